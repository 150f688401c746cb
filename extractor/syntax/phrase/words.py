"""Token tests and joining shared by every step of the phrase: framing and pooling words, the preposition a
nominal hangs by, and the kept tokens written out as in the sentence."""

from __future__ import annotations

from typing import TYPE_CHECKING

from spacy.tokens import Doc, Token

from extractor.components.text import words_of

if TYPE_CHECKING:
    from extractor.syntax.features import Rules


HYPHENS = ("-", "‑", "–")


POSSESSIVE = ("'s", "’s", "'", "’")


def frames(token: Token, rules: Rules) -> bool:
    """A framing verb or adjective by its lemma or its form ("slated", whose lemma may come out as "slat")."""
    return token.lemma_.lower() in rules.framing or token.lower_ in rules.framing


def pooling(token: Token, rules: Rules) -> bool:
    """A participle after the noun phrase it pools ("AI training and inference combined", "all costs
    included"): a modifier, not a clause's verb."""
    before = token.doc[token.i - 1] if token.i else token
    return token.lower_ in rules.pooling and token.head.i < token.i and before.pos_ in ("NOUN", "PROPN", "NUM") \
        and not any(c.dep_ in ("obj", "nsubj", "nsubj:pass") or preposition(c) == "with" for c in token.children)


def preposition(token: Token) -> str:
    """The preposition a nominal hangs by ("ahead of" -> "ahead"; also one the parser made an
    adverb of, "alongside"), lower-cased; "" when none."""
    return next((c.lower_ for c in token.children if c.i < token.i and (
        c.dep_ == "case" or c.dep_ == "advmod" and c.pos_ in ("ADP", "ADV", "SCONJ"))), "")


def case_word(token: Token) -> str:
    """A case marker's own word ("as" of "known as Optimus"), "" for any other token."""
    return token.lower_ if token.dep_ == "case" else ""


def join(doc: Doc, indices: set[int]) -> str:
    """The kept tokens in sentence order, spaced as written where adjacent; a hyphen between two
    kept words stays ("self-driving", "next-gen"), and the commas of a list ("Delhi, Kolkata and Chennai")."""
    indices = set(indices)
    words = words_of(doc)  # the sentence's strings read once: no Token made per word it passes over
    text, space = words.text, words.whitespace
    for i in range(1, len(doc) - 1):
        if text[i] in HYPHENS and i - 1 in indices and i + 1 in indices and not space[i - 1] and not space[i]:
            indices.add(i)
    parts: list[str] = []
    previous = -2
    for i in sorted(indices):
        token = doc[i]
        if token.is_space or token.is_punct and token.text not in ("%", "$", "&", ",", *HYPHENS):
            continue
        if parts and token.text != "," and (previous != i - 1 or doc[previous].whitespace_):
            parts.append(" ")
        parts.append(token.text)
        previous = i
    return "".join(parts).strip()
