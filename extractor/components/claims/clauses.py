"""Clause breaks of a doc, and negations and conditions governing a time in its clause."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import numpy
from spacy.attrs import ORTH, SENT_START, SPACY
from spacy.strings import hash_string
from spacy.tokens import Doc

from extractor.components.text import words_of

CLAUSE_BREAKS = {";", ":", "—", "–", "(", ")"}


_OPEN, _CLOSE = hash_string("("), hash_string(")")


_EN_DASH = hash_string("–")  # between two words with no space ("the Dublin–Marrakesh route") it joins, not breaks


NEGATION_REACH = 12


def clause_before(doc: Doc, span: Any, sent: Any, reach: int | None = None) -> Iterator[int]:
    """The indices of the tokens before ``span`` in its clause, nearest first: back to a clause break or a comma,
    at most ``reach`` tokens (else to the sentence's start). Every backward look for a cue in the clause reads
    these (their words from `words_of`: no Token object per look)."""
    text = words_of(doc).text
    stop = sent.start if reach is None else max(sent.start, span.start - reach)
    for i in range(span.start - 1, stop - 1, -1):
        if text[i] in CLAUSE_BREAKS or text[i] in {",", ";"}:
            return
        yield i


class ClauseEvidence:
    """Clause breaks, and a negation or condition governing a time in its clause. Reads the word sets
    ``ClaimCandidates.__init__`` loads from the lexicon."""

    def _breaks(self, doc: Doc) -> list[int]:
        """Clause breaks before each token, so a clause check is one comparison (read from the ORTH column:
        iterating the tokens would make a Python object per token). An en dash between two words with no space joins
        them ("the Dublin–Marrakesh route"). A closed parenthesis is an aside: its
        inside is a clause of its own, but "will start mass production (HBM4) in the third quarter" keeps the
        cue and the time in one clause, so its closing bracket takes the break back."""
        orth = doc.to_array([ORTH]).reshape(-1)
        step = numpy.isin(orth, self.break_hashes).astype(numpy.int64)
        dashes = numpy.flatnonzero(orth == _EN_DASH)
        if dashes.size:
            spaced = doc.to_array([SPACY]).reshape(-1)
            for i in dashes.tolist():
                if 0 < i < len(doc) - 1 and not spaced[i - 1] and not spaced[i]:
                    step[i] = 0  # "Dublin–Marrakesh", "2027–28": one compound, the clause goes on
        brackets = numpy.flatnonzero((orth == _OPEN) | (orth == _CLOSE))
        if brackets.size:
            sentence = numpy.cumsum(doc.to_array([SENT_START]).reshape(-1) == 1)
            open_at: list[int] = []
            current = -1
            for i in brackets.tolist():
                if sentence[i] != current:  # an aside closes within its sentence
                    open_at.clear()
                    current = sentence[i]
                if orth[i] == _OPEN:
                    open_at.append(i)
                elif open_at:
                    open_at.pop()
                    step[i] = -1
        return [0, *numpy.cumsum(step).tolist()]

    @staticmethod
    def _same_clause(breaks: list[int], s: int, e: int, span: Any) -> bool:
        lo, hi = (e, span.start) if e <= span.start else (span.end, s)
        return hi <= lo or breaks[hi] == breaks[lo]

    def _negated(self, doc: Doc, span: Any, sent: Any) -> bool:
        """A negation governs the expression in its clause ("will not introduce new models this year")."""
        lower = words_of(doc).lower
        return any(lower[i] in self.negations for i in clause_before(doc, span, sent, NEGATION_REACH))

    def _in_condition(self, doc: Doc, span: Any, sent: Any) -> bool:
        """The expression sits in an if/unless clause: the condition's time, not the promise's."""
        lower = words_of(doc).lower
        return any(lower[i] in self.condition_words for i in clause_before(doc, span, sent))
