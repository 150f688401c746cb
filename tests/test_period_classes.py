"""Periods an article defines and then uses (tests/fixtures/heldout12_corpus and heldout11_corpus): a definition of a
period's months is no claim but sets the calendar of later mentions; a defined season's label is due at its start when
the words around it say so.

Sentences written for this test across sectors (none taken from a corpus). Each case is (text, published, expected
(date_text, promised, bound) in text order).
"""

from __future__ import annotations

from datetime import date

import pytest
from test_claims import claims


def found(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(c.date_text, c.promised, c.bound) for c in claims(text, published)]


DEFINITIONS = [
    # a season's definition with a scope between its relative word and verb ("which in the Atlantic runs ...")
    ("Work will pause during the hurricane season, which in the Atlantic runs from June to November, and the bridge "
     "will open in 2028.", date(2027, 6, 2), [("2028", "2028", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DEFINITIONS)
def test_a_definition_of_a_period_is_no_claim(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected
