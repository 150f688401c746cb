"""Lemmas from the trained rule lemmatizer, worked out once per word form, tag and morphology.

spaCy's rule lemmatizer caches only the forms that reach its suffix rules: every singular noun,
positive adjective or infinitive goes through its part-of-speech and morphology checks again on each
occurrence. Its answer depends only on the token's form, part of speech and morphology, so one
dictionary keyed on those gives the same lemma for a fraction of the work. The forms it does work out
are looked up in the rule tables' word index as sets (spaCy keeps each part of speech's index as a
list, so every suffix rule that applies scans tens of thousands of words).
"""

from __future__ import annotations

import copy
from collections.abc import Callable

import numpy
from spacy.attrs import LEMMA, MORPH, ORTH, POS
from spacy.lookups import Lookups
from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc, Token


def _indexed(lookups: Lookups) -> Lookups:
    """``lookups`` with each part of speech's word index as a frozenset: the same answers to ``in``."""
    out = Lookups()
    for name in lookups.tables:
        table = lookups.get_table(name)
        out.add_table(name, {key: frozenset(words) for key, words in table.items()} if name == "lemma_index"
                      else dict(table.items()))
    return out


def _fast(lemmatizer: Lemmatizer) -> Callable[[Token], list[str]]:
    """``lemmatizer.lemmatize``; in rule mode, on a copy whose word index is made of sets."""
    if lemmatizer.mode != "rule" or not lemmatizer.lookups.has_table("lemma_index"):
        return lemmatizer.lemmatize
    twin = copy.copy(lemmatizer)
    twin.lookups = _indexed(lemmatizer.lookups)
    twin.cache = {}
    return twin.rule_lemmatize


class LemmaCache:
    """Sets ``token.lemma`` as ``lemmatizer`` would, each (form, POS, morphology) worked out once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.lemmatize = _fast(lemmatizer)
        self.strings = lemmatizer.vocab.strings
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        """The Doc's lemmas set in one array write, read from its (form, POS, morphology) array: no
        Token object is made for a key seen before."""
        overwrite = self.lemmatizer.overwrite
        lemmas = []
        for i, (orth, pos, morph, lemma) in enumerate(doc.to_array([ORTH, POS, MORPH, LEMMA]).tolist()):
            if not overwrite and lemma != 0:
                lemmas.append(lemma)
                continue
            key = (orth, pos, morph)
            found = self.known.get(key)
            if found is None:
                found = self.known[key] = self.strings.add(self.lemmatize(doc[i])[0])
            lemmas.append(found)
        if lemmas:
            doc.from_array([LEMMA], numpy.array(lemmas, dtype="uint64"))
        return doc
