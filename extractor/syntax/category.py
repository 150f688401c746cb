"""A claim's category from its clause: the verb, the object's head noun, a thing as subject, the unit.

Keywords anywhere in a sentence mislead ("Tesla's factory will host AI Day" names a factory; the
milestone is an event): the clause the date belongs to says what happens to what. The mapping is
data (lexicons/categories.yaml `clause:`), asked in a fixed precedence; "" when the clause names
nothing, and the caller falls back on the sentence's keywords (classify.category_of).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from extractor import lexicon


@dataclass(frozen=True)
class Clause:
    """The words of a claim's clause that speak for its category (lemmas, lower case)."""

    verb: str = ""
    obj: str = ""
    obj_mods: tuple[str, ...] = ()
    subject: str = ""  # the head noun of the clause's subject ("" when an actor: who acts is no milestone)
    subject_mods: tuple[str, ...] = ()
    unit: str = ""

    @classmethod
    def of(cls, cand: dict[str, Any], unit: str, subject_is_actor: bool) -> Clause:
        """The clause of a candidate's `syn_*` fields (features.describe)."""
        subject = {} if subject_is_actor else cand.get("syn_subject") or {}
        return cls(cand.get("syn_verb_lemma", ""), cand.get("syn_object", ""),
                   tuple(cand.get("syn_object_mods") or ()), subject.get("lemma", ""),
                   () if subject_is_actor else tuple(cand.get("syn_subject_mods") or ()), unit)


@dataclass(frozen=True)
class _Rules:
    precedence: tuple[str, ...]
    verbs: dict[str, str]
    weak_verbs: dict[str, str]
    count_verbs: frozenset[str]
    ruling_nouns: dict[str, str]
    nouns: dict[str, str]
    measured_units: frozenset[str]
    rate_marker: str
    money_unit: re.Pattern[str]
    counted_exclude: frozenset[str]


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
    return _Rules(tuple(data["precedence"]), _index(data["verbs"]), _index(data["weak_verbs"]),
                  frozenset(data["count_verbs"]), _index(data["ruling_nouns"]), _index(data["nouns"]),
                  frozenset(data["measured_units"]), data["rate_marker"], re.compile(data["money_unit"]),
                  frozenset(data["counted_exclude"]))


def _money(unit: str, rules: _Rules) -> bool:
    return bool(unit) and bool(rules.money_unit.match(unit.split(rules.rate_marker)[0]))


def _nouns(clause: Clause, index: dict[str, str], with_subject: bool = True) -> str:
    """The category the object's (then the subject's) head noun names, else one of its qualifiers."""
    groups = [(clause.obj, clause.obj_mods)] + ([(clause.subject, clause.subject_mods)] if with_subject else [])
    for head, mods in groups:
        for word in (head, *mods):
            if word in index:
                return index[word]
    return ""


def _measured(clause: Clause, rules: _Rules) -> str:
    unit = clause.unit
    if not unit or _money(unit, rules):
        return ""
    return "capacity" if unit in rules.measured_units or rules.rate_marker in unit else ""


def _counted(clause: Clause, rules: _Rules) -> str:
    unit = clause.unit
    counted = unit and not _money(unit, rules) and unit not in rules.counted_exclude
    return "capacity" if counted and clause.verb in rules.count_verbs else ""


_SOURCES: dict[str, Callable[[Clause, _Rules], str]] = {
    "ruling_noun": lambda c, r: _nouns(c, r.ruling_nouns),
    "measured": _measured,
    "verb": lambda c, r: r.verbs.get(c.verb, ""),
    "counted": _counted,
    "object": lambda c, r: _nouns(c, r.nouns, with_subject=False),
    "subject": lambda c, r: _nouns(Clause(subject=c.subject, subject_mods=c.subject_mods), r.nouns),
    "money": lambda c, r: "financial" if _money(c.unit, r) else "",
    "weak_verb": lambda c, r: r.weak_verbs.get(c.verb, ""),
}


def category(clause: Clause) -> str:
    """The first category the clause's sources name, in the lexicon's precedence; "" for none."""
    rules = _rules()
    for source in rules.precedence:
        found = _SOURCES[source](clause, rules)
        if found:
            return found
    return ""
