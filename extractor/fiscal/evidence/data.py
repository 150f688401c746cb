"""The fiscal lexicon (lexicons/fiscal.yaml), loaded once for every evidence module."""

from __future__ import annotations

from functools import cache

from extractor import lexicon


@cache
def lex() -> dict:
    """The parsed fiscal.yaml, shared by every module of the package."""
    return lexicon.load("fiscal")
