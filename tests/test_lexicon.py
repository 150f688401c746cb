"""The lexicon helpers every rule module builds its patterns with."""

import re

from extractor import lexicon


def test_alternation_puts_a_longer_word_before_the_word_it_starts_with() -> None:
    pattern = re.compile(rf"(?:{lexicon.alternation(['Sep', 'Sept', 'September'])})")
    assert pattern.match("September 2027").group() == "September"
    assert pattern.match("Sept. 2027").group() == "Sept"


def test_alternation_escapes_and_orders_ties_the_same_way_every_time() -> None:
    assert lexicon.alternation({"U.S.", "bn", "EU"}) == r"U\.S\.|EU|bn"
    assert lexicon.alternation(["b", "a", "c"]) == lexicon.alternation(["c", "b", "a"]) == "a|b|c"
