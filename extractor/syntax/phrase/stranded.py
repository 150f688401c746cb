"""The thing a subjectless verb is said of, where the parser hung that noun elsewhere: "the harvest will start in
late October and exports will peak in January" read with "exports" as a conjunct of "October", "construction
would start in 2026-27" after "and" read with "construction" as a conjunct of the date before it. The milestone
is then the noun's and the verb's ("exports peak"), not the verb alone."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Token

if TYPE_CHECKING:
    from extractor.syntax.features import Rules


def stranded_subject(core: Token | None, timex: set[int], rules: Rules) -> Token | None:
    """The noun right before ``core``'s own function words (`what_stranded_openers`: "will", "would be", "is due
    to") when ``core`` is a verb with no subject of its own and the parser made that noun something else's;
    None when the verb has a subject or an object, no such words open it, or what precedes them is no noun or
    hangs by a preposition other than `what_stranded_cases` ("with Brisbane due to reopen before Christmas")."""
    if core is None or core.pos_ != "VERB" or any(c.dep_.startswith(("nsubj", "csubj", "expl", "obj"))
                                                   for c in core.children):
        return None  # a verb with an object is done by an actor ("Klarvik to launch pay-by-bank"), not a thing
    doc = core.doc
    i = core.i - 1
    opened = False
    while i >= 0 and doc[i].head.i == core.i and doc[i].lower_ in rules.stranded_openers:
        opened = opened or doc[i].dep_ in ("aux", "aux:pass", "mark", "cop")
        i -= 1
    if not opened or i < 0:
        return None
    noun = doc[i]
    if noun.pos_ not in ("NOUN", "PROPN") or noun.i in timex or noun.head.i == core.i \
            or noun.dep_.startswith(("nsubj", "compound", "amod", "nmod:poss")) \
            or _inside_phrase(noun, timex, rules):
        return None
    return noun


def _inside_phrase(noun: Token, timex: set[int], rules: Rules) -> bool:
    """A noun that hangs by a preposition, itself or as a conjunct or apposition of a noun that does ("required
    under section 41 of the Act will be laid", "flights from Sydney to London and New York to follow"): a phrase
    inside another's words, not the subject. A conjunct of a time expression is none: the parser joined two clauses
    there ("start in late October and exports will peak")."""
    token = noun
    for _ in range(len(noun.doc)):
        if any(c.dep_ == "case" and c.lower_ not in rules.stranded_cases for c in token.children):
            return True
        if token.dep_ not in ("conj", "appos", "flat", "flat:name") or token.head.i == token.i \
                or token.head.i in timex:
            return False
        token = token.head
    return False
