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
    # "the other" or "the remaining" before a spelled number with no noun counts the thing counted before
    ("Two plants open in 2025 and the other three by 2027.", [("2025", 2.0, "plants"), ("2027", 3.0, "plants")]),
    ("The first two cranes arrive in May and the remaining four by December.",
     [("December", 4.0, "cranes")]),
    # a measure spread over places, with what it measures between: the places are no target
    ("Our target is 250 megawatts of wind across four sites by 2030.", [("2030", 250.0, "MW")]),
]


@pytest.mark.parametrize(("text", "expected"), VALUES)
def test_currency_words_flows_parts_of_a_whole_and_counts(text: str,
                                                          expected: list[tuple[str, float | None, str]]) -> None:
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


def found(text: str, title: str = "") -> list[tuple[str, str, str]]:
    return [(c.date_text, c.promised, c.bound) for c in claims(text, title=title)]


DEFINED_SEASONS = [
    # an article that defines one kind of season dates its kind-less labels by it; a crop or production season's label
    # (no start or end cue) is due in its last month, bound by, as a fiscal year's
    ("Output should reach 400,000 tons in the current 2024-25 season. Sugar seasons in Brazil run from April to March.",
     [("2024-25 season", "2025-03", "by")]),
    ("Analysts expect exports to rise 4% in the 2025-26 season. Ghana's cocoa seasons run from October to September.",
     [("the 2025-26 season", "2026-09", "by")]),
    # an academic year is a season: its months, said in the text, date its labels
    ("The college expects 6,000 students by the 2026-27 academic year. Its academic year runs from September to "
     "August.", [("2026-27", "2027-08", "by")]),
    # ... defined by the month it begins in, with its year; the definition dates nothing; the start is its first month
    ("The library is due to open at the start of the 2026-27 academic year, which begins on 1 September 2026.",
     [("2026-27", "2026-09", "on")]),
    ("The rooms should be ready by the start of the 2025-26 school year, which begins on 1 August 2025.",
     [("2025-26", "2025-08", "by")]),
    # a part of a season defined as a year: the fiscal calendar places it
    ("A new line will start in the first quarter of the 2025-26 season, which begins in October 2025.",
     [("the first quarter of the 2025-26", "2025-Q4", "on")]),
    # ... but a label a stated fiscal year places stays that year's, whatever season the article defines
    ("Growers expect a record crop this season, which runs from November to February. Tasman Milk, whose financial "
     "year runs from August to July, cut its forecast price for the 2025/26 season.",
     [("from November to February", "2025-02", "by"), ("the 2025/26 season", "2026-07", "by")]),
    # a municipal year stated in the plural, with its place
    ("The city will publish its register by the end of the 2025/26 municipal financial year. Municipal financial "
     "years in South Africa run from July to June.", [("2025/26", "2026-06", "by")]),
]


@pytest.mark.parametrize(("text", "expected"), DEFINED_SEASONS)
def test_seasons_and_years_the_text_defines_date_their_labels(text: str,
                                                              expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


NARROWED = [
    # a coarse period a month with its year narrows: the month is the claim, with the period's bound
    ("Wages will fall to 60% of revenue by the end of the 2025-26 season in May 2026.",
     [("May 2026", "2026-05", "by")]),
    ("The beach club is due to open in time for the winter tourist season in November 2024.",
     [("November 2024", "2024-11", "by")]),
    # a day in apposition after the edge of a period
    ("The sale should close by the end of its first half, on December 31.", [("December 31", "2024-12-31", "by")]),
    # a month of another year than the split label's is another claim
    ("Revenue will rise in the 2025-26 season and fall in June 2028.",
     [("the 2025-26 season", "2025", "on"), ("June 2028", "2028-06", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), NARROWED)
def test_a_month_or_day_narrows_the_coarse_period_before_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


NOT_TIMES = [
    # "that fall" is a relative clause's verb when a verb's complement follows it
    ("The firm plans to refinance bonds that fall due in 2026.", [("2026", "2026", "on")]),
    ("Costs that fall sharply next year will help margins.", [("next year", "2025", "on")]),
    # the compared value's own earlier forecast and its month are the comparison's baseline
    ("The bank now sees growth of 3.5% in 2025, down from 4.1% expected in its March forecast.",
     [("2025", "2025", "on")]),
    # a season after a plan named by its horizon is no part of the horizon's year
    ("The regulator will publish its new roadmap to 2035 in the autumn.", [("the autumn", "2024-Q4", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), NOT_TIMES)
def test_verbs_baselines_and_horizons_are_no_due_dates(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


BOUNDS = [
    # an event the expression dates, in time for or ahead of which something is due: a deadline
    ("The new pitch is due to be laid in time for pre-season training in July.", [("July", "2024-07", "by")]),
    ("The east stand will be ready ahead of the derby in March.", [("March", "2025-03", "by")]),
    # a span said to run to the expression
    ("The party would spend $3 billion on roads over the four-year term to 2028.", [("2028", "2028", "by")]),
    ("The fund will invest $2 billion in the period to 2030.", [("2030", "2030", "by")]),
    # "beyond" a time is after it; negated, the time is the latest (also with a quotation opening before the prefix)
    ("The utility will keep the plant running beyond 2030.", [("2030", "2031", "from")]),
    ('The chief executive said completion would not slip "beyond March 2026 in any case".',
     [("March 2026", "2026-03", "by")]),
    ('The minister said the plant would not open "before 2027", citing permits.', [("2027", "2027", "from")]),
]


@pytest.mark.parametrize(("text", "expected"), BOUNDS)
def test_deadlines_of_an_event_or_a_span(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


CURRENT_YEAR = [
    # "the current year" of results or a dividend, where the text states the fiscal calendar: the fiscal year under way
    ("Under its plan through fiscal 2026, which ends in February 2027, Acme targets sales of $9 billion. It will pay "
     "a dividend of 40 cents a share for the current year.",
     [("fiscal 2026", "2027-02", "by"), ("the current year", "2025-02", "by")]),
    # ... else the calendar year
    ("Acme will pay a dividend of 40 cents a share for the current year.", [("the current year", "2024", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), CURRENT_YEAR)
def test_the_current_year_of_results_is_the_stated_fiscal_year(text: str,
                                                              expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
