"""A Doc's text and its tokens' strings, read once per Doc.

spaCy builds ``Doc.text`` from the tokens on every access (a Token object each), so a component asking for it
per candidate pays for the whole document again each time; a look-up such as ``doc[i].lower_`` likewise makes a
Token object per call, and the claim candidates make hundreds of thousands of them. The tokens of a Doc never
change once made, so the first reading is kept in ``doc.user_data`` and every component and the claim records
share it.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc

_KEY = "extractor.text"
_WORDS = "extractor.words"


def text_of(doc: Doc) -> str:
    """``doc.text``, built from the tokens only on the first call for this Doc."""
    text = doc.user_data.get(_KEY)
    if text is None:
        text = doc.user_data[_KEY] = doc.text
    return text


@dataclass(frozen=True)
class Words:
    """Token attributes as lists indexed like the Doc (``text[i]`` is ``doc[i].text``)."""

    text: list[str]
    lower: list[str]
    whitespace: list[str]
    is_space: list[bool]
    like_num: list[bool]
    is_title: list[bool]


def words_of(doc: Doc) -> Words:
    """The Doc's token strings, read in one pass over its tokens on the first call for this Doc."""
    words = doc.user_data.get(_WORDS)
    if words is None:
        tokens = list(doc)
        words = doc.user_data[_WORDS] = Words([t.text for t in tokens], [t.lower_ for t in tokens],
                                              [t.whitespace_ for t in tokens], [t.is_space for t in tokens],
                                              [t.like_num for t in tokens], [t.is_title for t in tokens])
    return words
