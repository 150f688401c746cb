"""Lemmas from the trained rule lemmatizer, worked out once per word form, tag and morphology.

spaCy's rule lemmatizer caches only the forms that reach its suffix rules: every singular noun,
positive adjective or infinitive goes through its part-of-speech and morphology checks again on each
occurrence. Its answer depends only on the token's form, part of speech and morphology, so one
dictionary keyed on those gives the same lemma for a fraction of the work.
"""

from __future__ import annotations

from spacy.pipeline import Lemmatizer
from spacy.tokens import Doc


class LemmaCache:
    """Sets ``token.lemma`` as ``lemmatizer`` would, each (form, POS, morphology) worked out once."""

    def __init__(self, lemmatizer: Lemmatizer) -> None:
        self.lemmatizer = lemmatizer
        self.strings = lemmatizer.vocab.strings
        self.known: dict[tuple[int, int, int], int] = {}

    def __call__(self, doc: Doc) -> Doc:
        overwrite = self.lemmatizer.overwrite
        for token in doc:
            if not overwrite and token.lemma != 0:
                continue
            key = (token.orth, token.pos, token.morph.key)
            lemma = self.known.get(key)
            if lemma is None:
                lemma = self.known[key] = self.strings.add(self.lemmatizer.lemmatize(token)[0])
            token.lemma = lemma
        return doc
