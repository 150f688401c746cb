"""Claim classes met on a held-out corpus of unseen articles (issue 10), each with several phrasings
written for this test (none taken from a corpus), published 2024-05-15 unless a case says otherwise.

Each case is (text, expected (date_text, promised, bound) in text order, [] for no claim).
"""

from __future__ import annotations

import pytest
from test_claims import claims

MONTH_OF_RELATIVE_YEAR = [
    # a month or season "of" a year counted from now is one time expression, not a month and a year
    ("The mall will open in March of next year.", [("March of next year", "2025-03", "on")]),
    ("The airline will resume flights in October of next year.", [("October of next year", "2025-10", "on")]),
    ("The regulator will rule by the June of next year.", [("the June of next year", "2025-06", "by")]),
    ("The rules take effect by the spring of next year.", [("the spring of next year", "2025-Q2", "by")]),
    ("The plant will start in the June of 2027.", [("June of 2027", "2027-06", "on")]),
    ("The mall will open in March of the coming year.", [("March of the coming year", "2025-03", "on")]),
    ("The vote was held in January of this year.", []),
]


def found(text: str) -> list[tuple[str, str, str]]:
    return [(c.date_text, c.promised, c.bound) for c in claims(text)]


@pytest.mark.parametrize(("text", "expected"), MONTH_OF_RELATIVE_YEAR)
def test_month_of_a_relative_year_is_one_expression(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


ED_AFTER_PREPOSITION = [
    # an -ed word right after a preposition is an adjective, not a past verb that makes the clause past
    ("The carrier will seek approval for extended routes by March.", [("March", "2025-03", "by")]),
    ("Investors are betting on improved margins in the second half.", [("the second half", "2024-H2", "on")]),
    ("The agency is bracing for reduced flows in the third quarter.", [("the third quarter", "2024-Q3", "on")]),
    ("The miner will press ahead with delayed expansion work by October.", [("October", "2024-10", "by")]),
    ("The airline ordered 20 jets for planned deliveries in 2027.", [("2027", "2027", "on")]),
    # a past verb not after a preposition still tells the past
    ("The carrier extended routes in March.", []),
    ("Investors improved margins in the second half.", []),
]


@pytest.mark.parametrize(("text", "expected"), ED_AFTER_PREPOSITION)
def test_ed_word_after_a_preposition_is_an_adjective(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


QUESTIONS = [
    # a question promises nothing, whatever modal or plan word it carries
    ("Will the plant open by 2027?", []),
    ("Can they ship in Q3?", []),
    ("Could the rules take effect in 2026?", []),
    ("Is the mine going to reopen in March?", []),
    ("So will the company really deliver the cars by next year?", []),
    ("Analysts ask whether the carrier will fly the route in 2025 (or will it be 2026?).", []),
    # ... but the answer that follows it in the same sentence does
    ("Q: When will the line open? A: The operator will open it in 2026.", [("2026", "2026", "on")]),
    ("When will the plant open? The company will open it in 2026.", [("2026", "2026", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), QUESTIONS)
def test_a_question_is_no_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


TIME_GIVEN = [
    # "has 30 days to ...": a deadline counted from publication, as "within 30 days" is
    ("The operator has 30 days to respond to the notice.", [("has 30 days", "2024-06", "by")]),
    ("Airlines have six months to comply with the rule.", [("have six months", "2024-11", "by")]),
    ("The company now has 90 days to file an appeal.", [("now has 90 days", "2024-08", "by")]),
    ("Lawmakers have a year to pass the bill.", [("have a year", "2025", "by")]),
    ("The seller was given two months to find a buyer.", [("was given two months", "2024-07", "by")]),
    # ... or gives someone that time
    ("Regulators give the bank 90 days to raise its capital.", [("give the bank 90 days", "2024-08", "by")]),
    ("U.S. gives TikTok 90 days to finalize sale of U.S. operations", [("gives TikTok 90 days", "2024-08", "by")]),
    ("The award gives investors 30% returns.", []),
    # "has until June to": the named time is the deadline
    ("The company has until June to sell the unit.", [("June", "2024-06", "by")]),
    ("Shareholders have until March 2025 to vote.", [("March 2025", "2025-03", "by")]),
    # a length held, not a time left to act
    ("The bank has 120 years of history.", []),
    ("The firm had 30 days to respond.", []),
]


@pytest.mark.parametrize(("text", "expected"), TIME_GIVEN)
def test_time_given_to_act_counts_from_publication(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


OBLIGATION = [
    # "must", "is required to", "has to", "needs to" look forward like "will"
    ("Banks must comply with the rules this year.", [("this year", "2024", "on")]),
    ("The utility has to repay the loan this year.", [("this year", "2024", "on")]),
    ("Operators are required to publish their tariffs later this year.", [("later this year", "2024", "on")]),
    ("The insurer needs to raise capital this quarter.", [("this quarter", "2024-Q2", "on")]),
    ("The operator must submit its plan by March 2027.", [("March 2027", "2027-03", "by")]),
    # told in the past, an obligation is history
    ("The company was required to file its accounts in March.", []),
    ("The company had to repay the loan in March.", []),
]


@pytest.mark.parametrize(("text", "expected"), OBLIGATION)
def test_an_obligation_looks_forward(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


PARTIAL_PERIODS = [
    # the first or last months of a year are its first or second half, as "early" and "late" are
    ("The mine will restart in the first months of next year.", [("the first months of next year", "2025-H1", "on")]),
    ("Acme expects to list its shares in the first few months of 2025.",
     [("the first few months of 2025", "2025-H1", "on")]),
    ("The plant will open in the final months of this year.", [("the final months of this year", "2024-H2", "on")]),
    ("The mine will restart in the early part of next year.", [("the early part of next year", "2025-H1", "on")]),
    # its first or last weeks are its first or last month
    ("The rules will take effect in the last weeks of the year.", [("the last weeks of the year", "2024-12", "on")]),
    ("The store will open in the first weeks of 2025.", [("the first weeks of 2025", "2025-01", "on")]),
    # half of a decade: its last year, a deadline (not the first half of this year)
    ("The firm plans to double output in the first half of the decade.",
     [("the first half of the decade", "2024", "by")]),
    ("The line will be completed in the second half of the decade.",
     [("the second half of the decade", "2029", "by")]),
    ("Reactors will be built in the first half of the next decade.",
     [("the first half of the next decade", "2034", "by")]),
    ("The port will be expanded in the second half of the 2020s.", [("the second half of the 2020s", "2029", "by")]),
    ("The plant will open in the back half of the decade.", [("the back half of the decade", "2029", "by")]),
]


@pytest.mark.parametrize(("text", "expected"), PARTIAL_PERIODS)
def test_partial_periods(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


EVENT_LENGTHS = [
    # a length counted from an undated event is not counted from publication: no due date, no claim
    ("The plant will be built within 18 months of approval.", []),
    ("The factory will open within three years of the deal closing.", []),
    ("Acme will repay the loan within two years of the merger.", []),
    ('The insurer plans to launch the policy "within weeks" of an approval.', []),
    ("The company will cut 500 jobs two years after the merger closes.", []),
    ("Production will start six months after the licence is granted.", []),
    # ... but from the event's date when the text dates it
    ("The line will open within 30 months of the contract award in June.",
     [("within 30 months", "2026-12", "by"), ("June", "2024-06", "on")]),
    ("The satellite is due for launch in the third quarter, and will enter service within two months of launch.",
     [("the third quarter", "2024-Q3", "on"), ("within two months", "2024-11", "by")]),
    ("The plant will start production 12 months after construction begins in March.",
     [("12 months", "2026-03", "on"), ("March", "2025-03", "on")]),
    # ... also when another sentence dates it, in another form of the word
    ("Acme plans to sell the unit in a share offering in December. It will cut costs 10% within five years of the "
     "sale.", [("December", "2024-12", "on"), ("within five years", "2029", "by")]),
    ("The prospectus will be filed in September. Approval is expected within 60 days of filing.",
     [("September", "2024-09", "on"), ("within 60 days", "2024-11", "by")]),
    # a length counted from now still is
    ("The plant will be built within 18 months.", [("within 18 months", "2025-11", "by")]),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_LENGTHS)
def test_a_length_from_an_event_is_not_counted_from_publication(text: str,
                                                                expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


CROP_SEASONS = [
    # a season or crop year defined by its months ends in its last month, bound by, like a fiscal year
    ("Output will reach 40 million tonnes in the 2026/27 crop year, which runs from October to September.",
     [("2026/27", "2027-09", "by")]),
    ("Exports will rise in the 2025/26 marketing year, which runs from September to August.",
     [("2025/26", "2026-08", "by")]),
    ("Mills expect to crush 30 million tonnes in the 2026-27 sugar season, which runs from April to March.",
     [("2026-27", "2027-03", "by")]),
    ("Brazil's cane crush will reach 600 million tonnes in the 2026/27 sugar year, which began on 1 April.",
     [("2026/27", "2027-03", "by")]),
    ("Growers expect 12 million bags in the 2025/26 cocoa season, which starts in October.",
     [("2025/26", "2026-09", "by")]),
    # without its months, the later year, bound by
    ("Exports are forecast to fall in the 2026-27 sugar season.", [("2026-27", "2027", "by")]),
    ("The USDA expects record soybean output in the 2025/26 marketing year.", [("2025/26", "2026", "by")]),
]


@pytest.mark.parametrize(("text", "expected"), CROP_SEASONS)
def test_crop_and_marketing_seasons(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


SPORTS_SEASONS = [
    # a split season is named by the year it starts in; its start is August of that year (a football season's)
    ("The club will play the 2026-27 season at a temporary ground.", [("the 2026-27 season", "2026", "on")]),
    ("The league will expand to 20 teams by the 2027-28 season.", [("the 2027-28 season", "2027", "by")]),
    ("The arena will host its first game at the start of the 2026-27 season.",
     [("the start of the 2026-27 season", "2026-08", "on")]),
    ("The new stand will be ready for the opening of the 2025/26 season.",
     [("the opening of the 2025/26 season", "2025-08", "on")]),
    # a one-year season is its year
    ("The stadium is expected to open for the 2027 season.", [("the 2027 season", "2027", "on")]),
    # "next season": the next one to start, named by its start year (May 2024: the 2024-25 season)
    ("The club will move into its new stadium next season.", [("next season", "2024", "on")]),
    ("The league plans to introduce video review from next season.", [("next season", "2024", "from")]),
    ("Ticket prices will rise for the coming season.", [("the coming season", "2024", "on")]),
    # a season opener dated by its month
    ("The team will debut its new kit at the season opener in September.", [("September", "2024-09", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), SPORTS_SEASONS)
def test_sports_seasons(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_clubs_season_is_no_fiscal_year() -> None:
    text = ("Harbour City FC, whose financial year ends in June, will move into its new stadium at the start of the "
            "2028-29 season.")
    assert found(text) == [("the start of the 2028-29 season", "2028-08", "on")]


FISCAL_CODES = [
    # an article that writes fiscal years as codes: a bare quarter is that fiscal year's quarter, in the company's
    # calendar (Microsoft's year ends in June: FY25's Q3 is January-March 2025; Infosys's in March: FY26's Q2 is
    # July-September 2025)
    ("Microsoft expects FY25 revenue growth in the low teens. It will launch the new Surface in Q3.",
     [("FY25", "2025-06", "by"), ("Q3", "2025-Q1", "on")]),
    ("Microsoft expects FY2025 revenue growth in the low teens. It will open the data centre in the third quarter.",
     [("FY2025", "2025-06", "by"), ("the third quarter", "2025-Q1", "on")]),
    ("Infosys expects FY26 revenue growth of 5%. Its new campus will open in Q2.",
     [("FY26", "2026-03", "by"), ("Q2", "2025-Q3", "on")]),
    # ... not when the company's calendar is unknown, nor without codes
    ("Acme Corp expects FY25 revenue growth. The plant will open in Q3.",
     [("FY25", "2025", "on"), ("Q3", "2024-Q3", "on")]),
    ("Microsoft will launch the new Surface in Q3.", [("Q3", "2024-Q3", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), FISCAL_CODES)
def test_bare_quarters_in_an_article_with_fiscal_codes(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def test_a_crop_season_without_its_months_is_due_by_its_later_year() -> None:
    # a split season in a sentence about a harvest, not sport: the later year, bound by (as "2025/26" alone)
    assert found("Farmers will harvest a record 170 million tonnes of soybeans in the 2025/26 season.") == [
        ("the 2025/26 season", "2026", "by")]
    assert found("Output could recover to 750,000 tonnes of sugar in the 2026/27 season.") == [
        ("the 2026/27 season", "2027", "by")]
