"""A claim's category from its clause: the verb, the object's head noun, a thing as subject, the unit.

Keywords anywhere in a sentence mislead ("Tesla's factory will host AI Day" names a factory; the
milestone is an event): the clause the date belongs to says what happens to what. The mapping is
data (lexicons/categories.yaml `clause:`), asked in a fixed precedence; "" when the clause names
nothing, and the caller falls back on the sentence's keywords (classify.category_of).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from typing import Any

from extractor import lexicon

NOMINAL = frozenset({"NOUN", "PROPN"})


@dataclass(frozen=True)
class Clause:
    """The words of a claim's clause that speak for its category (lemmas, lower case)."""

    verb: str = ""
    obj: str = ""
    obj_mods: tuple[str, ...] = ()
    subject: str = ""  # the head noun of the clause's subject ("" when an actor: who acts is no milestone)
    subject_mods: tuple[str, ...] = ()
    unit: str = ""
    dated: str = ""  # the noun the date modifies ("a planned debut in September 2026"), if any
    before: tuple[str, ...] = ()  # the nouns right before the date, nearest first
    regulator: bool | None = None  # the sentence names a regulator (whose decision is a ruling); None: ask `sentence`
    obliged: str = ""  # "command" ("ordered X to"), "modal" ("must", "shall", "told X to") or "" (clause.obliged)
    previous: str = ""  # the category of the claim before it in its paragraph ("..., with another six to follow")
    sentence: str = field(default="", repr=False, compare=False)

    @cached_property
    def regulated(self) -> bool:
        """Whether the sentence names a regulator, searched only when a decision's category hangs on it: most
        clauses never ask, and the regulator pattern is long."""
        return self.regulator if self.regulator is not None else names_regulator(self.sentence)

    @classmethod
    def of(cls, cand: dict[str, Any], unit: str, subject_is_actor: bool, sentence: str = "",
           previous: str = "") -> Clause:
        """The clause of a candidate's `syn_*` fields (features.describe); ``sentence``, its text, says
        whether a regulator is named; ``previous``: the category of the claim before it in its paragraph."""
        subject = {} if subject_is_actor else cand.get("syn_subject") or {}
        verb, obj = cand.get("syn_verb_lemma", ""), cand.get("syn_object", "")
        if cand.get("syn_verb_pos") in NOMINAL and not obj:
            verb, obj = "", verb  # a clause parsed round a noun ("Project Sunrise flights to 2027"): its milestone
        return cls(verb, obj,
                   tuple(cand.get("syn_object_mods") or ()), subject.get("lemma", ""),
                   () if subject_is_actor else tuple(cand.get("syn_subject_mods") or ()), unit,
                   cand.get("syn_date_noun", ""), tuple(cand.get("syn_nouns_before") or ()),
                   obliged=cand.get("syn_obliged", ""), previous=previous, sentence=sentence)


def names_regulator(sentence: str) -> bool:
    """The sentence names a regulator ("the FDA", "the energy regulator", "the Electricity Authority")."""
    return bool(sentence) and bool(_rules().regulators.search(sentence))


@dataclass(frozen=True)
class _Rules:
    precedence: tuple[str, ...]
    verbs: dict[str, str]
    weak_verbs: dict[str, str]
    count_verbs: frozenset[str]
    growth_verbs: frozenset[str]
    schedule_verbs: frozenset[str]
    scheduled: str
    scheduled_ruling: str  # what a thing scheduled is where the sentence names a regulator
    inherit_verbs: frozenset[str]  # "the other two will follow": the milestone of the claim before
    start_verbs: frozenset[str]  # "a 60,000-ton line will start in the first quarter": a rated thing starting up
    issue_verbs: frozenset[str]  # "the regulator will publish its new tariffs": a regulator's act is a ruling
    anaphors: frozenset[str]  # heads that stand for a thing named elsewhere ("which", "the other two")
    ruling_nouns: dict[str, str]
    dated_nouns: dict[str, str]
    nouns: dict[str, str]
    measured_units: frozenset[str]
    rate_marker: str
    money_unit: re.Pattern[str]
    counted_exclude: frozenset[str]
    count_heads: frozenset[str]  # heads that only count ("more", "number", "it"): any unit is theirs
    any_count_units: frozenset[str]  # units that stand for many nouns ("vehicles"): any head is theirs
    targets: dict[str, str]  # the category a measured, counted or money target names
    money_categories: frozenset[str]  # what the sentence's words may make a money target instead
    qualified: dict[str, dict[str, str]]  # noun -> qualifier -> category ("investment decision" is no ruling)
    verb_objects: dict[str, str]  # "verb object" -> category ("enter service" is a delivery)
    ratio_units: frozenset[str]  # a share or a change, no thing scheduled ("expects sales to reach 40%")
    money_verbs: dict[str, str]  # what a money target of these verbs is ("promised R2.4 billion for the project")
    receipt_verbs: frozenset[str]  # with a fleet's vehicles, a delivery ("the first aircraft will arrive")
    fleet_units: frozenset[str]
    fleet_nouns: frozenset[str]
    coverage_units: frozenset[str]  # a share target's units ("%")
    coverage_words: frozenset[str]  # what a share target covers ("coverage", "population", "renewables")
    completion_verbs: frozenset[str]
    completed: str  # what completing a thing that names no category is ("complete the sale")
    decision_words: frozenset[str]
    own_decision: str  # what a decision is where no regulator is named ("EDF will decide whether to extend")
    regulators: re.Pattern[str]


def _index(spec: dict[str, list[str]]) -> dict[str, str]:
    """word -> category (a word listed twice keeps its first category)."""
    out: dict[str, str] = {}
    for name, words in spec.items():
        for word in words:
            out.setdefault(str(word).lower(), name)
    return out


@cache
def _rules() -> _Rules:
    data = lexicon.load("categories")["clause"]
    index = {key: _index(data[key]) for key in ("verbs", "weak_verbs", "ruling_nouns", "dated_nouns", "nouns")}
    return _Rules(tuple(data["precedence"]), index["verbs"], index["weak_verbs"], frozenset(data["count_verbs"]),
                  frozenset(data["growth_verbs"]), frozenset(data["schedule_verbs"]), data["scheduled"],
                  data["scheduled_ruling"],
                  frozenset(data["inherit_verbs"]), frozenset(data["start_verbs"]),
                  frozenset(data["issue_verbs"]), frozenset(data["anaphors"]),
                  index["ruling_nouns"], index["dated_nouns"], index["nouns"],
                  frozenset(data["measured_units"]), data["rate_marker"], re.compile(data["money_unit"]),
                  frozenset(data["counted_exclude"]), frozenset(data["count_heads"]),
                  frozenset(data["any_count_units"]), dict(data["targets"]), frozenset(data["money_categories"]),
                  {noun: _index(spec) for noun, spec in (data.get("qualified_nouns") or {}).items()},
                  _index(data.get("verb_objects") or {}), frozenset(data["ratio_units"]), _index(data["money_verbs"]),
                  frozenset(data["receipt_verbs"]), frozenset(data["fleet_units"]), frozenset(data["fleet_nouns"]),
                  frozenset(data["coverage_units"]), frozenset(data["coverage_words"]),
                  frozenset(data["completion_verbs"]), data["completed"],
                  frozenset(data["decision_words"]), data["own_decision"],
                  re.compile(r"(?<![\w-])(?:" + "|".join(data["regulators"]) + r")(?![\w-])", re.I))


def _money(unit: str, rules: _Rules) -> bool:
    return bool(unit) and bool(rules.money_unit.match(unit.split(rules.rate_marker)[0]))


def _nouns(clause: Clause, index: dict[str, str]) -> str:
    """The category the object's (then the subject's) head noun names, else one of its qualifiers."""
    for head, mods in ((clause.obj, clause.obj_mods), (clause.subject, clause.subject_mods)):
        for word in (head, *mods):
            if word in index:
                return index[word]
    return ""


def _measured(clause: Clause, rules: _Rules) -> str:
    unit = clause.unit
    if not unit or _money(unit, rules):
        return ""
    return rules.targets["measured"] if unit in rules.measured_units or rules.rate_marker in unit else ""


def _counted(clause: Clause, rules: _Rules) -> str:
    unit = clause.unit
    counted = unit and not _money(unit, rules) and unit not in rules.counted_exclude
    if not counted or clause.verb not in rules.count_verbs:
        return ""
    return rules.targets["counted"] if _counts_its_thing(clause, rules) else ""


def _counts_its_thing(clause: Clause, rules: _Rules) -> bool:
    """The counted unit is what the verb acts on ("open 800 stores"), not a count of another clause ("open its
    fifth base at Riga, stationing four A220s"): the unit names the object's or thing-subject's head or a noun
    right before the date, or the heads only count ("more than 500 branches")."""
    if clause.unit in rules.any_count_units:
        return True
    named = {w.removesuffix(end) for w in clause.unit.lower().split() for end in ("s", "es")}
    heads = [w for w in (clause.obj, clause.subject) if w]
    if named & {clause.obj, clause.subject, clause.dated, *clause.before}:
        return True
    return not heads or any(w in rules.count_heads or not w.isalpha() for w in heads)


def _dated(clause: Clause, rules: _Rules) -> str:
    """The milestone noun the date modifies; when the parse hangs the date on a noun that names no
    milestone ("a planned debut alongside the iPhone 18 Pro in September 2026"), the nearest
    milestone noun before it in the same phrase."""
    if not clause.dated:
        return ""
    return next((rules.dated_nouns[w] for w in (clause.dated, *clause.before) if w in rules.dated_nouns), "")


def _qualified(clause: Clause, rules: _Rules) -> str:
    """A noun whose qualifier decides what it names, as object or thing-subject ("a final investment
    decision" is a company's step, "the next rate decision" a scheduled meeting, a bare decision a ruling)."""
    for head, mods in ((clause.obj, clause.obj_mods), (clause.subject, clause.subject_mods)):
        found = next((rules.qualified[head][m] for m in mods if m in rules.qualified.get(head, {})), "")
        if found:
            return found  # a decision of no regulator: category() turns it to own_decision, as any source's
    return ""


def _covered(clause: Clause, rules: _Rules) -> str:
    """A share of a population or a supply as the target ("95% 5G population coverage", "its network to 95 per cent
    of the population", "renewables target to 42%"): a capacity target, not a financial ratio."""
    words = {clause.verb, clause.obj, clause.subject, clause.dated, *clause.obj_mods, *clause.subject_mods,
             *clause.before}
    return rules.targets["covered"] if clause.unit in rules.coverage_units and words & rules.coverage_words else ""


def _started(clause: Clause, rules: _Rules) -> str:
    """A rated thing starting ("the line, designed for 800,000 tonnes a year, is to start operating in 2030",
    "deliveries of 1.2 GWh beginning in 2027"): what starts is the milestone, not the rating; a thing that names
    nothing is a production start. A count ("begin shipping to two customers") says nothing of what starts."""
    if clause.verb not in rules.start_verbs or not _measured(clause, rules):
        return ""
    return rules.nouns.get(clause.subject) or rules.nouns.get(clause.obj) or rules.targets["started"]


_SOURCES: dict[str, Callable[[Clause, _Rules], str]] = {
    # the thing-subject stands in for the object ("trains will run"), unless the object is a ruling noun (one that
    # names its category whatever the verb): then the subject is a misparsed actor ("the Commission plans to
    # publish draft regulations": no plan is published)
    "verb_object": lambda c, r: r.verb_objects.get(f"{c.verb} {c.obj}", "")
    or ("" if c.obj in r.ruling_nouns else r.verb_objects.get(f"{c.verb} {c.subject}", "")),
    "qualified_noun": _qualified,
    "dated_noun": _dated,
    "ruling_noun": lambda c, r: _nouns(c, r.ruling_nouns),
    "measured": _measured,
    "verb": lambda c, r: r.verbs.get(c.verb, ""),
    "growth": lambda c, r: _measured(c, r) if c.verb in r.growth_verbs else "",
    "counted": _counted,
    "object": lambda c, r: r.nouns.get(c.obj, ""),
    # a thing that follows another ("with the 787s following from 2028", "lines two and three follow next year") is
    # the same milestone as the claim before it, unless it names its own ("Sunday service is to follow in January")
    "inherited": lambda c, r: r.nouns.get(c.subject) or c.previous if c.verb in r.inherit_verbs else "",
    "started": _started,
    # what a regulator issues is a ruling ("IPART will release its draft determination in March", "the Ministry
    # expects to publish the new price formula"), where the sentence names one
    "issued": lambda c, r: "regulatory" if c.verb in r.issue_verbs and c.regulated else "",
    "subject": lambda c, r: r.nouns.get(c.subject, ""),
    "object_mods": lambda c, r: next((r.nouns[w] for w in c.obj_mods if w in r.nouns), ""),
    "subject_mods": lambda c, r: next((r.nouns[w] for w in c.subject_mods if w in r.nouns), ""),
    # a thing only scheduled is a release; where the sentence names a regulator, the regulator's scheduled decision
    # ("FDA accepts navrelimab BLA, sets October 9 PDUFA date", "Moderna flu-Covid shot pushed to 2027")
    "scheduled": lambda c, r: (r.scheduled_ruling if c.regulated else r.scheduled)
    if c.verb in r.schedule_verbs and {c.subject, c.obj} - r.anaphors - {""}
    and not (_money(c.unit, r) or c.unit in r.ratio_units) else "",
    "weak_verb": lambda c, r: r.weak_verbs.get(c.verb, ""),
    "completed": lambda c, r: r.completed if c.verb in r.completion_verbs and (c.obj or c.subject) else "",
    # a deadline set by a regulator, a court or a law (GUIDELINES: regulatory): a command, or a modal of obligation
    # where the sentence names one ("grid operators must submit their plans by 30 June, the Federal Network Agency
    # said"); a company's own "must" or "shall" names no ruling
    "obliged": lambda c, r: "regulatory" if c.obliged == "command" or c.obliged == "modal" and c.regulated else "",
    "covered": _covered,
    "ratio": lambda c, r: r.targets["ratio"] if c.unit in r.ratio_units else "",
    "received": lambda c, r: r.targets["received"] if c.verb in r.receipt_verbs and _fleet(c, r) else "",
}


def _fleet(clause: Clause, rules: _Rules) -> bool:
    """The clause counts or names vehicles of a fleet ("12 more Embraer jets", "the first aircraft", "two more
    freighters arriving")."""
    return clause.unit in rules.fleet_units or any(w in rules.fleet_nouns for w in (
        clause.obj, clause.subject, *clause.obj_mods, *clause.subject_mods))


def _own_decision(clause: Clause, rules: _Rules) -> bool:
    """The clause's only regulatory words are a decision ("decide", "decision") and the sentence names
    no regulator: a company's or a government's decision on its own plans, no ruling."""
    words = {clause.verb, clause.obj, clause.subject, clause.dated, *clause.obj_mods, *clause.subject_mods} - {""}
    ruling = {w for w in words if "regulatory" in (rules.ruling_nouns.get(w), rules.nouns.get(w), rules.verbs.get(w),
                                                  rules.weak_verbs.get(w), rules.dated_nouns.get(w))}
    return bool(ruling) and ruling <= rules.decision_words and not clause.regulated


def category(clause: Clause, by_words: str = "") -> str:
    """The first category the clause's sources name, in the lexicon's precedence; "" for none. A
    money target is the one source that asks the sentence's words (``by_words``, the keyword
    category): they choose between its categories ("spend ... $10 billion" is spending)."""
    rules = _rules()
    for source in rules.precedence:
        if source == "money":
            found = "" if not _money(clause.unit, rules) else rules.money_verbs.get(clause.verb) or \
                (by_words if by_words in rules.money_categories else rules.targets["money"])
        else:
            found = _SOURCES[source](clause, rules)
        if found:
            return rules.own_decision if found == "regulatory" and _own_decision(clause, rules) else found
    return ""
