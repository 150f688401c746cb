"""The sentence splitter of the claims pipeline: line breaks and sentence-final punctuation, and a cut
every max_tokens."""

from __future__ import annotations

import numpy
from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

from extractor import lexicon
from extractor.components.text import Words, words_of

SENT_END = {".", "!", "?", "…", "...", "?!", "!?"}


MONEY_SUFFIX_STOPS = {"m.", "bn.", "b.", "k.", "mn.", "tn."}  # the tokenizer keeps their period


CLOSERS = {'"', "'", "”", "’", ")", "]", "»"}


@Language.factory("extractor_sentences", default_config={"max_tokens": 200})
def make_sentences(nlp: Language, name: str, max_tokens: int) -> SentenceSplitter:
    return SentenceSplitter(max_tokens)


class SentenceSplitter:
    """Sentence starts for news text: after line breaks (titles, bullets, paragraphs) and after
    sentence-final punctuation followed by a capital, digit or opening quote. Over-long runs are cut
    every ``max_tokens`` so that one hostile paragraph cannot make later steps quadratic."""

    def __init__(self, max_tokens: int) -> None:
        self.max_tokens = max_tokens
        self.abbreviations = frozenset(lexicon.word_list("claims", "sentence_abbreviations"))

    def __call__(self, doc: Doc) -> Doc:
        tokens = words_of(doc)
        since, flags = 0, []
        for i in range(len(doc)):
            start = i == 0 or self._boundary(tokens, i) or since >= self.max_tokens
            flags.append(1 if start else -1)
            since = 0 if start else since + 1
        if flags:  # one array write: setting token.is_sent_start token by token rescans the doc each time
            values = numpy.array(flags, dtype="int64").astype("uint64")  # attribute arrays are uint64
            doc.from_array([SENT_START], values.reshape(-1, 1))
        return doc

    def _boundary(self, doc: Words, i: int) -> bool:
        text, space, ws = doc.text, doc.is_space, doc.whitespace
        if space[i - 1]:
            return "\n" in text[i - 1]
        if "\n" in ws[i - 1] or space[i]:
            return False
        j = i - 1
        while j > 0 and text[j] in CLOSERS:
            j -= 1
        money_end = doc.lower[j] in MONEY_SUFFIX_STOPS and j > 0 and doc.like_num[j - 1]  # "£310m. Next"
        if text[j] not in SENT_END and not text[j].endswith(("?", "!")) and not money_end:
            return False
        if not ws[i - 1]:
            return False
        if text[j] == "." and j > 0 and not ws[j - 1] and doc.lower[j - 1] in self.abbreviations:
            return False  # "and adj. EPS of $3.70": a lower-case abbreviation's period ends no sentence
        first = text[i][0]
        return first.isupper() or first.isdigit() or first in "\"“‘'([$£€¥"

