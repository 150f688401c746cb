"""The plain fields of one parsed sentence's time expression (``describe``) and the lead sentence's subject."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from spacy.tokens import Doc, Token

from extractor.syntax import phrase
from extractor.syntax.features import clause, nouns, roles
from extractor.syntax.features.rules import Rules, default_rules


def describe(sent: Doc, start: int, end: int, others: Iterable[tuple[int, int]] = (),
             rules: Rules | None = None, base: int = 0) -> dict[str, Any]:
    """Syntax fields for the time expression at tokens ``start:end`` of the parsed ``sent``
    (``others``: the token ranges of the sentence's other time expressions; ``base``: the character
    offset of ``sent`` in the text the offsets returned refer to)."""
    rules = rules or default_rules()
    timex = set(range(start, end))
    for a, b in others:
        timex.update(range(a, b))
    head = clause.span_head(sent, start, end)
    governor = clause.governor(head, rules)
    core = clause.core(governor, rules)
    chain = clause.chain(core, rules)
    subject = roles.subject(core, chain, rules)
    reporting = roles.reporting(core, rules)
    speaker = roles.speaker(sent, reporting)
    tense, mood, aspect, frame = clause.tense(chain, reporting, rules)
    if governor is not core and governor.lemma_.lower() in rules.reporting and "Past" in governor.morph.get("Tense"):
        frame = "past"  # "trains will not run before 2030, the minister told MPs on Wednesday": the telling's day
    agent = roles.agent(chain, subject, rules)
    obj = roles.verb_object(core, timex)
    dated = clause.dated_noun(head)
    near = nouns.nouns_before(sent, start, timex)
    dated_verb = clause.coordinated_verb(core, start, timex) if core is not None else None
    what = _milestone(core, dated_verb, subject, head, timex, set(range(start, end)), rules)
    return {
        "syn_verb": core.text if core is not None else "",
        "syn_verb_lemma": core.lemma_.lower() if core is not None else "",
        "syn_verb_pos": core.pos_ if core is not None else "",
        # "New roof lighting installed in January.": a participle with no auxiliary, as a list item or note writes it
        "syn_bare_participle": bool(core is not None and core.tag_ == "VBN" and not any(
            c.dep_ in ("aux", "aux:pass", "cop") for c in core.children)),
        "syn_object": obj.lemma_.lower() if obj is not None else "",
        "syn_object_mods": nouns.modifiers(obj, timex),
        "syn_subject_mods": nouns.modifiers(subject, timex),
        "syn_date_noun": dated.lemma_.lower() if dated is not None else "",
        "syn_nouns_before": near,
        "syn_tense": tense,
        "syn_mood": mood,
        "syn_aspect": aspect,
        "syn_time": frame,
        "syn_transitive": bool(core is not None and any(c.dep_ == "obj" for c in core.children)),
        "syn_verb_clause": bool(core is not None and any(c.dep_ in ("xcomp", "ccomp") for c in core.children)),
        "syn_passive": bool(core is not None and any(c.dep_ in ("aux:pass", "nsubj:pass") for c in core.children)),
        "syn_obliged": clause.obliged(chain, rules),
        "syn_subject": nouns.noun_phrase(subject, base),
        "syn_possessor": nouns.noun_phrase(nouns.possessor(subject), base),
        "syn_agent": nouns.noun_phrase(agent, base),
        "syn_speaker": nouns.noun_phrase(speaker, base, keep_appos=True),
        "syn_reporting": reporting.lemma_.lower() if reporting is not None else "",
        "syn_what": what,
        "syn_clause_what": _clause_what(sent, start, end, head, core, timex, rules),
    }


def _milestone(core: Token, dated_verb: Token | None, subject: Token | None, head: Token, timex: set[int],
               own: set[int], rules: Rules) -> list[Any]:
    """`phrase.milestone` of the date's clause: of the clause a subordinate clause of time hangs from when the date
    only times it (`phrase.temporal_host`), and with the thing the parse lost or misread where it did
    (`phrase.stranded_subject`)."""
    host = phrase.temporal_host(core, timex, own, rules) if dated_verb is None else None
    timing: set[int] = set()
    if host is not None:
        timing = {t.i for t in core.subtree}  # the subordinate clause only times the milestone
        core = clause.core(host, rules)
        subject = roles.subject(core, clause.chain(core, rules), rules)
    thing = subject if dated_verb is not None or subject is not None and not phrase.frames(subject, rules) \
        else phrase.stranded_subject(core, timex, rules) or subject
    what = phrase.milestone(dated_verb or core, thing, head, timex, rules, own=own, outside=timing)
    if thing is None and dated_verb is None and not what[0]:
        what[0] = phrase.elliptic_thing(core, timex, own, rules)  # "with the first to be delivered in 2027"
    return what


def _clause_what(sent: Doc, start: int, end: int, head: Token, core: Token, timex: set[int],
                 rules: Rules) -> list[Any]:
    """The milestone of the date's own clause where the parse hangs the date on another clause's verb (a
    headline joins clauses: "Lithium Americas secures US loan, targets production in late 2027"), as
    `phrase.milestone` gives it; [] when the date's clause holds the verb or the sentence joins none."""
    tokens = phrase.clause(sent, start, end, rules.clause_links)
    if not tokens or core is None or core.i in tokens:
        return []
    root = phrase.clause_root(sent, tokens, timex, start)
    if root is None:
        return []
    inner = clause.core(root, rules)
    inner = inner if inner.i in tokens else root
    subject = next((c for c in inner.children if c.dep_.startswith("nsubj") and c.i in tokens), None)
    return phrase.milestone(inner, subject, head, timex, rules, own=set(range(start, end)),
                            outside=set(range(len(sent))) - tokens)


def lead_subject(sent: Doc, base: int = 0) -> dict[str, Any]:
    """The subject of the lead sentence's main verb ("IndiGo orders 500 Airbus jets": IndiGo);
    {} for a headline without a verb."""
    for root in (t for t in sent if t.dep_ == "ROOT"):
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubj:pass")), None)
        if subj is not None and root.pos_ in ("VERB", "AUX"):
            return nouns.noun_phrase(subj, base)
    return {}
