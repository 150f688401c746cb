"""A Doc's token strings read once (components/text.py) are the tokens' own attributes."""

from __future__ import annotations

from extractor import nlp
from extractor.components.text import words_of


def test_words_are_the_tokens_attributes_and_read_once() -> None:
    doc = nlp.load().make_doc("The Ministry of ICT said on Monday it will open 2 sites in Q3 2027, up 5%.\n\n- Next:")
    words = words_of(doc)
    assert words.text == [t.text for t in doc]
    assert words.lower == [t.lower_ for t in doc]
    assert words.whitespace == [t.whitespace_ for t in doc]
    assert words.is_space == [t.is_space for t in doc]
    assert words.like_num == [t.like_num for t in doc]
    assert words.is_title == [t.is_title for t in doc]
    assert True in words.is_title and True in words.like_num and True in words.is_space
    assert words_of(doc) is words
