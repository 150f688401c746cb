"""Answers in an interview: a sentence that answers a question about what is to come ("Will it launch in Europe
before the holidays?" then "No. Europe comes in the spring.") inherits the question's forward look, which a
verbless or present-tense answer does not state again."""

from __future__ import annotations

import re
from functools import cache

from extractor import lexicon

ANSWER_REACH = 1200  # characters back from an answer's sentence searched for the question it answers


PARAGRAPH_BREAK = re.compile(r"\n(?:[ \t]*\n)*")  # one or more line ends: one break between paragraphs


QUESTION_OPENERS = ".!?\n"  # what ends the text before a question


@cache
def _forward_question() -> re.Pattern[str]:
    words = lexicon.alternation(lexicon.word_list("claims", "forward_question_words"), r"\s+")
    return re.compile(rf"(?i)(?<![\w'’])(?:{words})(?![\w'’])")


def answers_forward_question(text: str, sent_start: int) -> bool:
    """The sentence starting at ``sent_start`` belongs to the answer right after a question about what is to come:
    the question ends the text before it (on the same line, "Q: When will it open? A: Late 2027.", or in the
    paragraph before, the answer's paragraph holding no other question)."""
    before = text[max(0, sent_start - ANSWER_REACH):sent_start]
    mark = before.rfind("?")
    if mark < 0 or len(PARAGRAPH_BREAK.findall(before, mark + 1)) > 1:
        return False
    opened = max(before.rfind(c, 0, mark) for c in QUESTION_OPENERS)
    return _forward_question().search(before, opened + 1, mark) is not None
