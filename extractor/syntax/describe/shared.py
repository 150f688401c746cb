"""What the subject and `what` modules of a claim's description share: the sentence's context and the
syntax lexicon's word lists."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from extractor import classify, lexicon


@dataclass(frozen=True)
class Context:
    """What a sentence's description needs besides its parse: the sentence (from ``base`` in the
    document), the names found in it, the article's main subject and the last person named."""

    text: str
    base: int
    mentions: list[classify.Mention]
    main: str
    last_person: str = ""
    government: str = ""  # the government of the country the article is about, if any
    previous: str = ""  # the organisation opening the sentence before, in its paragraph: "the company" there
    before: str = ""  # the article up to the sentence: the names a definite description ("the council") refers to


@cache
def vocab(key: str) -> frozenset[str]:
    """A word list of lexicons/syntax.yaml, read once."""
    return lexicon.words("syntax", key)


def span(np: dict[str, Any], ctx: Context, key: str = "") -> tuple[int, int]:
    """A phrase's offsets (``key`` "head_": its head's) within the sentence rather than the document."""
    return np[f"{key}start"] - ctx.base, np[f"{key}end"] - ctx.base
