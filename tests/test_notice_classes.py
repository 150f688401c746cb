"""Claim classes met in notices, schedules, Q&As and analyst notes (tests/fixtures/heldout11_corpus's first run):
clock times on a day, definitions of a period, months named "next" in their own month, orders with deadlines.

Sentences written for this test across sectors (none taken from a corpus), published 2024-05-15 unless given.
"""

from __future__ import annotations

from datetime import date

import pytest
from test_claims import claims


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a clock time on a day: the claim is dated by the day, and a year after the day stays with it
        ("The hearing will be held on June 3, 2025, at 10:00 a.m. in Room 4.", [("June 3, 2025", "2025-06-03")]),
        ("Bids must be filed no later than 5:00 p.m. on August 1, 2025.", [("August 1, 2025", "2025-08-01")]),
        ("Objections are due by noon on 9 September 2025 and the board meets at 2 pm on 12 September 2025.",
         [("9 September 2025", "2025-09-09"), ("12 September 2025", "2025-09-12")]),
    ],
)
def test_a_clock_time_on_a_day_dates_the_claim_by_the_day(sentence: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.date_text, c.promised) for c in claims(sentence)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a recurring period defined by its months is no claim; a scheduled run is
        ("The league, whose regular season runs from October to April, will add two teams in 2028.",
         date(2026, 9, 3), ["2028"]),
        ("Shipping slows in the rainy season, which runs from May to November, and the port will reopen in 2027.",
         date(2026, 3, 2), ["2027"]),
        ("The festival will run from June 3 to June 8.", date(2026, 3, 2), ["2026-06-08"]),
        # ... but a particular period's months are the claim's time
        ("Growers expect to ship 600,000 tonnes this season, which runs from November to February.",
         date(2026, 9, 14), ["2027-02"]),
        # a fiscal label defined by its months: neither the label nor its months are a due date, and the
        # definition gives the company's calendar ("FY27" then ends in May)
        ("Orchard's fiscal year is unusual, so FY27 runs from June 2026 to May 2027. Sales will rise 4% in FY27.",
         date(2026, 9, 24), ["2027-05"]),
        ("Kogane aims for 5 million visitors in fiscal 2028 (April 2028 to March 2029).", date(2026, 12, 3),
         ["2029-03"]),
    ],
)
def test_a_period_defined_by_its_months_is_no_due_date(text: str, published: date, expected: list[str]) -> None:
    assert [c.promised for c in claims(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "next October" written in October is a year on; in September it is the coming one
        ("The board will set tuition next October.", date(2026, 10, 21), ["2027-10"]),
        ("The board will set tuition next October.", date(2026, 9, 21), ["2026-10"]),
    ],
)
def test_next_month_written_in_that_month(text: str, published: date, expected: list[str]) -> None:
    assert [c.promised for c in claims(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a reporting verb of an act to come dates that act ("will be announced in May"), not the statement
        ("The medium-term plan will be announced in May together with the full-year results.", date(2026, 12, 3),
         ["2027-05"]),
        ("The regulator is to announce the winners in March.", date(2026, 12, 3), ["2027-03"]),
        ("Acme announced in March that it will open a plant in 2027.", date(2026, 12, 3), ["2027"]),
        # irregular past verbs point back
        ("The government lent the corporation C$1.03 billion in January.", date(2026, 12, 1), []),
        ("The bank sought approval in March and will open the branch in 2027.", date(2026, 12, 1), ["2027"]),
        # an analyst's estimate columns name fiscal years; "on or after" a day is from that day
        ("We leave FY27E EPS at $3.74 and raise FY28E to $4.05 from $3.98.", date(2026, 9, 24), ["2027", "2028"]),
        ("New rates apply to policies written on or after April 1, 2027.", date(2026, 10, 27), ["2027-04-01"]),
    ],
)
def test_acts_to_come_past_forms_estimates(text: str, published: date, expected: list[str]) -> None:
    assert [c.promised for c in claims(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the compared value and a part of its period after "against" / "versus": the comparison's time
        ("Halvard Re targets a combined ratio below 88% for 2027, against 91.4% in the first nine months of 2024.",
         ["2027"]),
        ("Acme expects sales of $5 billion in 2026, versus $3.1 billion in the same period of 2024.", ["2026"]),
        # ... a change's size between "up"/"down" and "from", and a compared value opened by a word or a currency code
        ("The cabinet is expected to approve a defence budget of 6.8 trillion yen in December, up 26% from this year.",
         ["2024-12"]),
        ("Fares will be up 5% from January, and the extension will open in 2026.", ["2025-01", "2026"]),  # a start
        ("The Centre will spend 12.2 lakh crore in 2025-26, up from a revised 11.2 lakh crore in the current year.",
         ["2026-03"]),
        ("The state will spend Rs 65,000 crore in 2025-26, up from Rs 58,200 crore in the revised estimates for "
         "2024-25.", ["2026-03"]),
        # the year of results a company will report is the period reported; the report's date is the claim
        ("Meridian will report fourth-quarter and full-year 2024 results in late February 2025.", ["2025-02"]),
        ("Acme will publish its 2024 results on March 3.", ["2025-03-03"]),
    ],
)
def test_comparison_and_reported_years_are_no_due_dates(text: str, expected: list[str]) -> None:
    assert [c.promised for c in claims(text)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # an order with its addressee and an infinitive: the act ordered lies ahead
        ("She ordered the parties to finish fact discovery by Oct. 30.", date(2026, 8, 14), ["2026-10-30"]),
        ("The regulator directed the utility to file a plan by March.", date(2026, 8, 14), ["2027-03"]),
        # ... not a purchase, nor an order the time dates
        ("The airline ordered 20 jets to replace its fleet in March.", date(2026, 8, 14), []),
        ("The court ordered the company in March to pay damages.", date(2026, 8, 14), []),
        # a yearless day days before publication is the one just past, even under a forward word
        ("We raise our price target to CHF 142 after the investor update on November 12.", date(2026, 11, 16), []),
    ],
)
def test_orders_and_days_just_past(text: str, published: date, expected: list[str]) -> None:
    assert [c.promised for c in claims(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a determined span of years naming a plan or a season's games, when the sentence dates the step otherwise
        ("Brenner said it would publish new targets for the 2028-2030 plan at an investor day in June.",
         date(2026, 11, 16), ["2027-06"]),
        ("An expansion draft is scheduled for June 2028, after the 2027-28 playoffs.", date(2026, 9, 3), ["2028-06"]),
        # ... not the span a plan runs over
        ("Acme will build 40 plants over 2026-2030 and open the first in June.", date(2026, 11, 10),
         ["2030", "2027-06"]),
        ("The council expects a gap of $1.5b in the 2026/27 year, which runs from 1 July 2026 to 30 June 2027.",
         date(2026, 3, 2), ["2027-06"]),
        # a fiscal label is not narrowed by a season of the calendar
        ("The council will take up the budget for fiscal 2028 in the spring.", date(2026, 11, 25), ["2027-Q2"]),
    ],
)
def test_spans_of_years_as_labels(text: str, published: date, expected: list[str]) -> None:
    assert [c.promised for c in claims(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a request turned down dates nothing to come; one granted, or a later clause, does
        ("A judge set a March 1, 2025 trial date, rejecting the company's request to push the trial into 2026.",
         ["2025-03-01"]),
        ("The regulator denied a motion to delay the hearing until March.", []),
        ("The board approved a request to extend the deadline to 2030.", ["2030"]),
        ("The court rejected the appeal and will rule on damages in March.", ["2025-03"]),
    ],
)
def test_a_rejected_request_promises_nothing(text: str, expected: list[str]) -> None:
    assert [c.promised for c in claims(text)] == expected


def test_a_reporting_period_before_a_colon_is_no_due_date() -> None:
    found = claims("Upcoming dates:\n\n- Q2 results: Aug. 4.", date(2024, 2, 1))
    assert [c.date_text for c in found if c.date_text == "Q2"] == []


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # a year named by reference after a part of it and "of" is no claim of its own
        ("The ministry will present a bill in the first semester of 2027, and the fund would begin to operate in the "
         "second semester of that year.", date(2026, 10, 9), ["2027-H1", "2027-H2"]),
        ("The coffee year closes on 30 September of the next year, and output should reach 14 million bags in 2027.",
         date(2026, 10, 9), ["2027"]),
        # ... but a year named by reference on its own is the claim's time
        ("The plant will open in 2027 and reach full output the following year.", date(2026, 10, 9),
         ["2027", "2028"]),
    ],
)
def test_a_referring_year_after_a_part_of_it(text: str, published: date, expected: list[str]) -> None:
    assert [c.promised for c in claims(text, published)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a season label is due in the first month the article gives its season, in the label's first year
        ("The league, whose regular season runs from October to April, will add a team in the 2028-29 season.",
         ["2028-10"]),
        ("The league's regular season runs from March to September. The new club joins in the 2027-28 season.",
         ["2027-03"]),
        # without a definition the label keeps its year
        ("The new club will join the league in the 2027-28 season.", ["2027"]),
    ],
)
def test_a_season_label_starts_when_the_text_says_the_season_does(text: str, expected: list[str]) -> None:
    assert [c.promised for c in claims(text, date(2026, 9, 3))] == expected


def test_a_crop_seasons_months_do_not_start_another_season() -> None:
    found = claims("Cherry exports will peak this season, which runs from November to February. Dairy output will "
                   "rise 2% in the 2026/27 season.", date(2026, 9, 3))
    assert [c.promised for c in found if c.date_text.endswith("season")] and "2026-11" not in [
        c.promised for c in found]
