"""Clause boundaries of the milestone: the clause holding the date, its head, and what opens or follows it that
is not part of it (a label before a colon, a dateline, the next item of a coordination)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules
from extractor.syntax.phrase.words import HYPHENS


def clause(doc: Doc, start: int, end: int, links: frozenset[str]) -> set[int]:
    """The tokens of the clause holding the date ``start:end`` when ``doc`` joins clauses with one of
    ``links`` (a comma, a semicolon, a subordinating "as": "Rio Tinto starts underground production, targets
    500,000 tonnes of copper a year from 2028"); empty when it joins none."""
    cuts = [t.i for t in doc if t.lower_ in links and (t.is_punct or t.dep_ == "mark" and t.pos_ == "SCONJ")]
    if not cuts:
        return set()
    lo = max((i + 1 for i in cuts if i < start), default=0)
    hi = min((i for i in cuts if i >= end), default=len(doc))
    return set(range(lo, hi))


def clause_root(doc: Doc, tokens: set[int], timex: set[int], start: int) -> Token | None:
    """The head of a clause's words as the parse hangs them, of the words whose head lies outside it: a verb
    if one is, the last before the date ``start`` (the parse may split "Arianespace plans second flight by
    year-end" into "Arianespace plans" and "second flight"), else the first; None when it holds only dates."""
    roots = [doc[i] for i in sorted(tokens - timex) if doc[i].head.i not in tokens or doc[i].head.i == i]
    roots = [t for t in roots if not t.is_punct]
    roots = [t for t in roots if t.pos_ in ("VERB", "AUX")] or roots
    return next((t for t in reversed(roots) if t.i < start), roots[0] if roots else None)


def before_next_item(core: Token, keep: set[int], own: set[int] | frozenset[int], timex: set[int]) -> set[int]:
    """``keep`` up to a coordinator after the claim's date, when the date follows the verb: what comes after
    it is the next item of a coordination ("grow 3% to 4% in fiscal 2025 and adjusted earnings of ...", "open
    in 2027 and employ 2,000 people"), with a date of its own or none, which the parser may hang anywhere."""
    if not own or min(own) < core.i:
        return keep
    doc = core.doc
    nominal = ("NOUN", "PROPN", "NUM")
    cut = next((t.i for t in doc[max(own) + 1:] if t.dep_ == "cc" and t.i not in timex and not (
        t.head.dep_ == "conj" and t.head.head.i > max(own) and t.head.pos_ in nominal and t.head.head.pos_ in nominal
    ) or t.tag_ in ("VBG", "VBN") and doc[t.i - 1].text == ","), None)  # a list of nouns all after the date
    # ("mostly in Nairobi and Kigali") is one item; a participle after a comma opens a clause of its own
    return keep if cut is None else {i for i in keep if i < cut}


def label(core: Token, rules: Rules) -> set[int]:
    """The tokens of a label before a colon that opens the sentence ahead of the clause ("Railways: 200 new
    trains will be manufactured ...", "Phase 2: Commercial vehicles will be charged ...", "LEE: The task order
    kicks off in January"): a topic, a speaker or a stage, not part of the milestone; one with a verb is a clause."""
    doc = core.doc
    colon = next((t.i for t in doc[:rules.label_words + 1] if t.text == ":"), None)
    if colon is None or not 0 < colon < core.i or any(t.pos_ in ("VERB", "AUX") for t in doc[:colon]):
        return set()  # "Commerzbank raises targets: ..." is a clause of its own
    return set(range(colon + 1))


def dateline(doc: Doc, reach: int = 10) -> set[int]:
    """The tokens of a dateline that opens the sentence ("DETROIT, Nov 6 - ", "SÃO PAULO -"): a
    place in capitals, up to the dash that ends it."""
    if not doc or not doc[0].is_upper or len(doc[0].text) < 3:
        return set()
    for token in doc[1:reach]:
        if token.text in (*HYPHENS, "—", "--") and token.whitespace_ and doc[token.i - 1].whitespace_:
            return set(range(token.i + 1))
    return set()
