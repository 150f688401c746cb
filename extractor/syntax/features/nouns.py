"""Noun phrases as plain data: a head's phrase with its character spans, its modifiers and possessor, the nouns
right before a date."""

from __future__ import annotations

from typing import Any

from spacy.tokens import Doc, Token

BOUNDARY_DEPS = frozenset({"amod", "acl", "compound"})  # a verb in these relations does not end the phrase


def nouns_before(sent: Doc, start: int, timex: set[int], window: int = 8) -> list[str]:
    """Lemmas of the nouns right before the time expression, nearest first, back to the verb or
    punctuation that opens their phrase ("ahead of a planned debut alongside the iPhone 18 Pro in
    September 2026": pro, debut): a parse may hang the date on the wrong one."""
    found: list[str] = []
    for token in reversed(sent[max(0, start - window):start]):
        if token.i in timex:
            continue
        if token.is_punct or token.pos_ in ("AUX", "SCONJ", "PRON") or token.pos_ == "VERB" \
                and token.dep_ not in BOUNDARY_DEPS:
            break
        if token.pos_ in ("NOUN", "PROPN") and token.dep_ not in BOUNDARY_DEPS:  # heads, not "production" satellites
            found.append(token.lemma_.lower())
    return found


def modifiers(token: Token | None, timex: set[int]) -> list[str]:
    """Lemmas of the nouns and adjectives that qualify a head ("fiscal deficit target", "net
    interest outlays", "target of 5.1%": deficit, fiscal, interest, net), nearest first."""
    if token is None:
        return []
    found = [c for c in token.children if c.dep_ in ("compound", "amod", "nmod", "nmod:poss")]
    found += [g for c in found if c.dep_ == "compound" for g in c.children if g.dep_ in ("compound", "amod")]
    found = [c for c in found if c.i not in timex and c.pos_ != "NUM"]
    return [c.lemma_.lower() for c in sorted(found, key=lambda c: abs(c.i - token.i))]


def possessor(token: Token | None) -> Token | None:
    if token is None:
        return None
    return next((c for c in token.children if c.dep_ == "nmod:poss"), None)


NP_DEPS = frozenset({"det", "det:predet", "amod", "compound", "flat", "nmod", "nmod:poss", "nmod:desc", "nummod",
                     "case", "fixed", "goeswith", "compound:prt", "advmod"})  # what a noun phrase is made of


def noun_phrase(token: Token | None, base: int, keep_appos: bool = False) -> dict[str, Any]:
    """The noun phrase a token heads (without relative clauses, conjuncts and, unless
    ``keep_appos``, appositions): its character span and its head's, shifted by ``base``, text,
    head lemma, part of speech, relation and governor's lemma; {} when none."""
    if token is None:
        return {}
    keep = _np_tokens(token, NP_DEPS | {"appos", "punct"} if keep_appos else NP_DEPS)
    lo, hi = min(keep), max(keep)
    doc = token.doc
    return {"start": doc[lo].idx + base, "end": doc[hi].idx + len(doc[hi]) + base, "text": doc[lo:hi + 1].text,
            "head_start": token.idx + base, "head_end": token.idx + len(token) + base,
            "lemma": token.lemma_.lower(), "pos": token.pos_,
            "dep": token.dep_, "governor": token.head.lemma_.lower()}


def _np_tokens(token: Token, deps: frozenset[str]) -> set[int]:
    out = {token.i}
    for child in token.children:
        if child.dep_ in deps:
            out |= _np_tokens(child, deps)
    return out
