"""Title-case lines ("Tesla To Spend $10B In Training And Inference AI In 2024") case-folded for the parser.

The tagger learnt capitals as names: in a line where most words are capitalised it reads every word
as a proper noun, finds no verb and the milestone comes out as a heap of names. Such a line is parsed
from a copy whose common words are lower-cased, each the same length as written, so token offsets
stay the article's. A word stays as written when it opens the line, is not plain Title-case ("AI",
"iPhone"), lies in a name the alias lexicon knows, or is written capitalised inside an ordinary
sentence of the same article ("Elon Musk", "AI Day"); it is folded when the article also writes it in
lower case, it is a function word, reporting or framing verb (lexicons/syntax.yaml, claims.yaml), or
the model's lemmatizer knows it as a common word ("Arrive", "Output").
"""

from __future__ import annotations

from functools import cache
from typing import Any

from spacy.tokens import Doc, Span

from extractor import classify, entities, lexicon

TITLE_SHARE = 0.8  # of a line's words of 3+ letters written Title-case or in capitals
TITLE_MIN = 4  # such words a line needs to count as title-case


@cache
def _function_words() -> frozenset[str]:
    """Words a title capitalises that are never names: function words and the verbs that frame a claim
    (with their third-person forms, "Says", "Plans")."""
    syntax = lexicon.load("syntax")
    verbs = {str(w).lower() for key in ("reporting", "framing") for w in syntax[key]}
    plain = {str(w).lower() for key in ("what_edge_words", "what_drop_determiners", "future_aux", "conditional_aux")
             for w in syntax[key]}
    return frozenset(plain | verbs | {v + "s" for v in verbs} | {v + "es" for v in verbs}
                     | lexicon.words("claims", "what_stopwords"))


def _title(word: str) -> bool:
    return word[:1].isupper() and (len(word) == 1 or word[1:].islower()) and word.isalpha()


def is_title_case(tokens: Span | Doc) -> bool:
    """Most of the line's longer words capitalised, as in a headline written in Title Case."""
    longer = [t.text for t in tokens if t.is_alpha and len(t.text) >= 3]
    capital = sum(1 for w in longer if w[:1].isupper())
    return len(longer) >= TITLE_MIN and capital >= TITLE_SHARE * len(longer)


class Evidence:
    """How an article writes its words outside title-case lines: in lower case, or capitalised
    inside a sentence (a name)."""

    def __init__(self, doc: Doc) -> None:
        lower: set[str] = set()
        named: set[str] = set()
        for sent in doc.sents:
            if is_title_case(sent):
                continue
            for token in sent:
                if not token.is_alpha:
                    continue
                if token.text.islower():
                    lower.add(token.text)
                elif token.i > sent.start and not doc[token.i - 1].is_space and _title(token.text):
                    named.add(token.text)
        self.lower = frozenset(lower)
        self.named = frozenset(named)


INFLECTIONS = (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"))


def common_words(lookups: Any) -> frozenset[str]:
    """The words a rule lemmatizer's tables list (its index of nouns, verbs, adjectives and adverbs
    and its exceptions), lower-cased: English common words, the reference for folding."""
    found: set[str] = set()
    for name in ("lemma_index", "lemma_exc"):  # per part of speech: a list of words, a word -> lemmas map
        for words in (lookups.get_table(name).values() if lookups.has_table(name) else ()):
            found.update(words)  # strings, as spaCy's lemmatizer tables hold them
    return frozenset(filter(str.islower, found))


def _known(word: str, common: frozenset[str]) -> bool:
    """``word`` (lower case) or its stem by a regular inflection is a common word ("arrives": arrive)."""
    return word in common or any(word.endswith(end) and word[:-len(end)] + base in common
                                 for end, base in INFLECTIONS if len(word) > len(end) + 2)


def folded_words(sent: Span, evidence: Evidence, common: frozenset[str] = frozenset()) -> list[str]:
    """The words of ``sent`` as the parser should read them: a title-case line's common words in
    lower case, every other word (and every word of any other line) as written; ``common``: the
    model's common words (common_words)."""
    words = [t.text for t in sent]
    if not is_title_case(sent):
        return words
    known = entities.load()
    names = [(m.start, m.end) for m in classify.find_mentions(sent.text) if m.name in known]
    first = next((t.i for t in sent if t.is_alpha), sent.start)
    for k, token in enumerate(sent):
        word = token.text
        at = token.idx - sent.start_char
        if token.i == first or not _title(word) or any(a <= at < b for a, b in names):
            continue
        lower = word.lower()
        if lower in _function_words() or word not in evidence.named and (
                lower in evidence.lower or _known(lower, common)):
            words[k] = lower
    return words
