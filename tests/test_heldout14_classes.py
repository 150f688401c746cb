"""Claim classes met on the fourteenth held-out corpus (tests/fixtures/heldout14_corpus), each with phrasings written
for this test (none taken from the corpus), published 2024-05-15 unless a case says otherwise.

Each case is (text, expected ...) in text order, [] for no claim.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_claims import claims

from extractor import datelines

DATELINES = [
    # a place and a full date, then a desk or section after a bar or bullet, ending the line
    ("Rotterdam, 3 March 2025 | Port desk", date(2025, 3, 3), "place"),
    ("Bergen, 12 June 2026 · Energy", date(2026, 6, 12), "place"),
    ("Ghent, 9 October 2025 | Business | 3 min read", date(2025, 10, 9), "place"),
    # a wire dateline with an agency or outlet of one or two capitalised words between slashes after a full date
    ("TASHKENT, Feb 4, 2026 /Uzreport/ – The central bank said.", date(2026, 2, 4), "newswire"),
    ("BISHKEK, 18 May 2025 / Kabar Agency / - Acme said.", date(2025, 5, 18), "newswire"),
]


@pytest.mark.parametrize(("text", "expected", "pattern"), DATELINES)
def test_a_place_dateline_with_a_desk_or_an_outlet_between_slashes(text: str, expected: date,
                                                                   pattern: str) -> None:
    found = datelines.find("Headline of the story\n\n" + text)
    assert found is not None and (found.pattern, found.published) == (pattern, expected)


@pytest.mark.parametrize(
    "text",
    [
        "Acme said shipments rise, March 3, 2026 | Autos",  # lower-case words: a sentence, not a place
        "LONDON, March 3, 2026 /the plan/ - Acme said.",  # a lower-case phrase between slashes is no outlet
    ],
)
def test_not_such_datelines(text: str) -> None:
    assert datelines.find("Headline\n\n" + text) is None


def values(text: str, title: str = "") -> list[tuple[str, float | None, str]]:
    return [(c.date_text, c.value, c.unit) for c in claims(text, title=title)]


VALUES = [
    # currency words and signs of Peru and Qatar
    ("The utility will invest 3.1 billion soles in new reservoirs by 2028.", [("2028", 3.1e9, "PEN")]),
    ("The developer plans to issue a QR1.8 billion bond before the end of the year.",
     [("the end of the year", 1.8e9, "QAR")]),
    # a flow: a volume per second
    ("The desalination plant will supply 3 cubic metres per second from 2027.",
     [("2027", 3.0, "cubic metres per second")]),
    # a part of a counted whole told in a relative clause after it counts the whole's noun; the whole is no target
    ("The carrier will buy 900 buses, of which 300 are to be delivered by March.", [("March", 300.0, "vehicles")]),
    ("The builder will put up 1,200 flats, the first 400 of which should be handed over by June.",
     [("June", 400.0, "flats")]),
    ("The telecom will roll out 5,000 base stations by 2026.", [("2026", 5000.0, "base stations")]),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_currency_words_flows_and_parts_of_a_whole(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    got = values(text)
    assert [(d, u) for d, _, u in got] == [(d, u) for d, _, u in expected]
    assert all(abs((g or 0) - (e or 0)) < 1e-6 * max(1.0, abs(e or 0))
               for (_, g, _), (_, e, _) in zip(got, expected, strict=True))


def test_a_bare_dollar_is_the_us_dollar_where_the_article_signs_its_own_dollar() -> None:
    article = ("Markets roundup\n\nAUSTRALIA: Acme Wines of Adelaide, South Australia, expects to sell its Barossa "
               "estate for A$30 million by June. MONGOLIA: Steppe Wool plans to raise $90 million in a listing by "
               "September.")
    got = {c.date_text: c.unit for c in claims(article)}
    assert got == {"June": "AUD", "September": "USD"}
    # ... while an article that writes only "$" keeps its country's dollar
    local = ("Acme Wines of Adelaide, South Australia, listed on the ASX, expects to sell its Barossa estate for "
             "$30 million by June.")
    assert [c.unit for c in claims(local)] == ["AUD"]

