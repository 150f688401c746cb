"""The milestone written as the noun phrase an analyst writes ("start producing chips" -> "chips production
start", "spend $10 billion on Dojo" -> "Dojo spending")."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules
from extractor.syntax.phrase.words import join


def phase(core: Token, keep: set[int], rules: Rules) -> str:
    """ "start producing 2-nanometer chips" -> "2-nanometer chips production start": a phase verb and
    the verb it governs, both written as nouns (``rules.nominal``, ``rules.gerunds``); "" when either
    has no noun ("begin trading" stays)."""
    if core.lemma_.lower() in rules.phase_verbs:
        phase, act = core, next((c for c in core.children if c.dep_ == "xcomp" and c.pos_ == "VERB"), None)
    elif core.dep_ == "xcomp" and core.head.lemma_.lower() in rules.phase_verbs:
        phase, act = core.head, core
    else:
        return ""
    if act is None:
        return ""
    lemma = act.lemma_.lower()
    noun, start = rules.gerunds.get(lemma) or rules.nominal.get(lemma), rules.nominal.get(phase.lemma_.lower())
    if not noun or not start:
        return ""
    order = sorted(keep - {phase.i, act.i} - {c.i for c in act.children if c.dep_ == "mark"})
    if order and core.doc[order[0]].pos_ == "ADP":
        order = order[1:]
    rest = join(core.doc, set(order))
    if not rest:
        return f"{noun} {start}"
    if any(core.doc[i].pos_ == "ADP" for i in order[1:]) or len(rest.split()) > rules.nominal_before:
        return f"{start} of {noun} of {rest}"
    return f"{rest} {noun} {start}"


def governs_noun(core: Token, verb: str) -> bool:
    """The kept verb is the clause's own (not a phase verb above it) and governs a noun object."""
    return core.lemma_.lower() == verb and any(c.dep_ == "obj" and c.pos_ in ("NOUN", "PROPN", "SYM", "NUM")
                                               for c in core.children)


def nominalised(core: Token, keep: set[int], verb: str, rules: Rules) -> tuple[str, str]:
    """ "begin production" -> ("", "production start"); "spend $10 billion on Dojo" -> ("", "Dojo
    spending"): the milestone as the noun phrase an analyst writes, the amount left to the value
    column. (verb, rest) as they were when nothing but the amount would be left."""
    words = keep - {core.i}
    if verb in rules.amount_verbs:
        amount = next(c for c in core.children if c.dep_ == "obj")
        spent = {amount.i} | {t.i for c in amount.children if not c.dep_.startswith("nmod") for t in c.subtree}
        without = words - spent  # "19.8 billion pounds in its network": what it goes to stays
        if any(core.doc[i].pos_ in ("NOUN", "PROPN") for i in without):
            words = without
    if not words:
        return verb, ""
    noun = rules.nominal[verb]
    order = sorted(words)
    if core.doc[order[0]].pos_ == "ADP" and len(order) > 1:  # "spend ... on AI training": the preposition goes
        order = order[1:]
    rest = join(core.doc, set(order))
    inner = any(core.doc[i].pos_ == "ADP" for i in order[1:])
    if noun and (inner or len(rest.split()) > rules.nominal_before):
        return "", f"{noun} of {rest}"  # "opening of 40 new restaurants in Canada": the noun survives a cut
    return "", f"{rest} {noun}".strip()
