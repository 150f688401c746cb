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

from extractor.decide.narrowing import split_label_year
from extractor.decide.patterns import claim_words
from extractor.time.model import Timex


def found(text: str, published: date) -> list[tuple[str, str, str]]:
    return [(c.date_text, c.promised, c.bound) for c in claims(text, published)]


DEFINITIONS = [
    # a fiscal year defined in the perfect is a definition, and its naming is shared with the label that shows it
    ("Norvik, whose fiscal year has run from April to March since 2023, plans to spend $2 billion in fiscal 2026, "
     "which ends in March 2027.", date(2026, 11, 4), [("fiscal 2026", "2027-03", "by")]),
    ("Velka Foods, whose financial year has always run from July to June, will open the plant in fiscal 2028.",
     date(2026, 11, 4), [("fiscal 2028", "2028-06", "by")]),
    # a quarter's months in apposition define it
    ("Norvik, whose fiscal year runs from April to March, expects profit in its fiscal third quarter, from October to "
     "December, to improve.", date(2026, 11, 4), [("fiscal third quarter", "2026-Q4", "on")]),
    ("Kobe Rail expects operating profit to rise in its fiscal second quarter (July to September).", date(2027, 5, 20),
     [("fiscal second quarter", "2027-Q3", "on")]),
    # a season's definition with a scope between its relative word and verb ("which in the Alps runs ...")
    ("Work will pause during the hurricane season, which in the Atlantic runs from June to November, and the bridge "
     "will open in 2028.", date(2027, 6, 2), [("2028", "2028", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DEFINITIONS)
def test_a_definition_of_a_period_is_no_claim(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


DEFINED_SEASONS = [
    # a defined season's label after a start or deadline word: its first month
    ("The terminal is due to be ready in time for the 2027-28 cruise season, which in the eastern Caribbean runs "
     "from November to April.", date(2026, 7, 14), [("2027-28", "2027-11", "by")]),
    ("The new lifts will be finished ahead of the 2027-28 ski season. The ski season runs from December to April.",
     date(2026, 7, 14), [("2027-28", "2027-12", "by")]),
    # a league's season (regular season defined): its labels start in the first month, its opener too, "through" ends
    ("The league, whose regular season runs from October to April, will add two teams for the 2028-29 season. The "
     "arena will be finished in time for the 2029-30 opener. The current deal runs through the 2027-28 season.",
     date(2026, 9, 3), [("the 2028-29 season", "2028-10", "on"), ("2029-30", "2029-10", "by"),
                        ("the 2027-28 season", "2028-04", "by")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DEFINED_SEASONS)
def test_a_defined_season_dates_its_labels(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


SEASON_MENTIONS = [
    # a season of a kind the text defines, mentioned as a time: due by its last month; its definition is no claim
    ("The port expects to handle 40 ships a day during the coming dry season, which runs from November to April. "
     "Dredging will continue through the dry season.", date(2026, 7, 1),
     [("the coming dry season", "2027-04", "by"), ("the dry season", "2027-04", "by")]),
    ("Farmers expect a record harvest next monsoon season. The monsoon season, which runs from June to September, "
     "brings most of the rain.", date(2026, 11, 3), [("next monsoon season", "2027-09", "by")]),
    # ... a bare definition's head stays a definition; a season the text does not define is no time
    ("Work will pause during the hurricane season, which in the Atlantic runs from June to November, and the bridge "
     "will open in 2028.", date(2027, 6, 2), [("2028", "2028", "on")]),
    ("The canal will keep its maximum draft through the dry season.", date(2026, 7, 1), []),
]


@pytest.mark.parametrize(("text", "published", "expected"), SEASON_MENTIONS)
def test_a_defined_season_mentioned_as_a_time(text: str, published: date,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


NARROWED = [
    # a coarse period a month narrows is one expression: the month is the claim, with the period's deadline
    ("The assembly will pass the bill before it breaks for the summer in June.", date(2026, 3, 17),
     [("June", "2026-06", "by")]),
    ("The clinic will open by the start of the 2027/28 academic year in September.", date(2026, 8, 3),
     [("September", "2027-09", "by")]),
    ("The agency plans three more tenders before the end of the fiscal year in March.", date(2026, 10, 2),
     [("March", "2027-03", "by")]),
    # ... not a period that names its year: "next year in March" keeps both
    ("The line will open next year in March.", date(2026, 10, 2),
     [("next year", "2027", "on"), ("March", "2027-03", "on")]),
    # ... nor a period's start or end after a verb or participle
    ("The agency will release the funds in the fiscal year that begins in October.", date(2027, 3, 2),
     [("the fiscal year", "2028-09", "by")]),
    ("For the third quarter ending in September, Acme expects revenue of $4 billion.", date(2026, 7, 2),
     [("the third quarter", "2026-Q3", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), NARROWED)
def test_a_month_narrows_the_period_before_it(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


BASES = [
    # a change's base set off by ", from" with its value: its time is the base's, not a due date
    ("Voa aims to cut its leverage to below 3.5 times by the end of 2028, from 5.1 times at the end of June.",
     date(2026, 8, 13), [("the end of 2028", "2028-12", "by")]),
    ("The group expects its margin to reach 18% in 2027, from 12.5% in the first half of this year.",
     date(2026, 5, 13), [("2027", "2027", "on")]),
    # ... a start after a comma with no value between stays a claim; so does a change's own time
    ("The plant will build 500 cars a month, from April 2027.", date(2026, 8, 13), [("April 2027", "2027-04", "from")]),
    ("The fee will fall to 420 crowns from 495 crowns at the start of 2027.", date(2026, 8, 13),
     [("the start of 2027", "2027-01", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), BASES)
def test_a_changes_base_is_no_claim(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


TITLE = "Norvik to start cell output in 1Q, cuts fiscal 2026 capex"
FISCAL = "Norvik, whose fiscal year runs from April to March, said it will begin mass production of the cells in "


def test_a_headline_code_takes_the_bodys_calendar_reading() -> None:
    got = [(c.date_text, c.promised, c.fiscal) for c in claims(FISCAL + "the first quarter of next year.",
                                                                date(2026, 11, 4), title=TITLE)]
    assert got[0] == ("1Q", "2027-Q1", False)


def test_a_headline_code_stays_fiscal_when_the_body_reads_it_so() -> None:
    got = [(c.date_text, c.promised) for c in claims(FISCAL + "its fiscal first quarter.", date(2026, 11, 4),
                                                     title=TITLE)]
    assert got[0] == ("1Q", "2027-Q2")


MISSED = [
    # a passive with an adverb in a "when" clause is present, not past ("when it is fully ramped by ...")
    ("The mill will make 30,000 tonnes a month when it is fully ramped by the end of calendar 2028, the CEO said.",
     date(2026, 9, 15), [("the end of calendar 2028", "2028-12", "by")]),
    ("Sales will double when the line is finally completed in 2027.", date(2026, 9, 15), [("2027", "2027", "on")]),
    ("Sales doubled after the line was completed in 2025.", date(2026, 9, 15), []),
    # a year labelling a forecast is the forecast's time ("reiterated its 2026 guidance"), a budget's is not
    ("The drugmaker reiterated its 2026 guidance for core operating profit.", date(2026, 10, 20),
     [("2026", "2026", "on")]),
    ("The carmaker cut its 2027 delivery forecast to 40,000 vehicles.", date(2026, 10, 20), [("2027", "2027", "on")]),
    ("The council approved its 2027 budget.", date(2026, 10, 20), []),
]


@pytest.mark.parametrize(("text", "published", "expected"), MISSED)
def test_missed_claims(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


def test_a_forecasts_year_is_no_claim_when_another_time_dates_the_act() -> None:
    text = "Acme plans to give its 2027 delivery guidance when it reports full-year results on Feb. 19."
    assert [c.date_text for c in claims(text, date(2026, 10, 20))] == ["Feb. 19"]


BUDGET_LABELS = [
    # a budget's label with the sentence's step dated otherwise is no claim, even with an amount in another clause
    ("The raise is paid for with money the Legislature put in the 2025-27 budget and by savings of $4 million a year "
     "through fiscal 2029.", date(2026, 10, 5), [("fiscal 2029", "2029", "by")]),
    # ... an amount in the label's own clause makes it the year the money is for
    ("The fiscal 2027 budget request includes $412 million for the levee, due in February.", date(2026, 10, 5),
     [("fiscal 2027", "2027", "on"), ("February", "2027-02", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), BUDGET_LABELS)
def test_budget_labels(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


def test_an_aside_between_commas_stays_in_the_labels_clause() -> None:
    text = "The Navy's fiscal 2027 budget request, sent to Congress in February, includes $412 million for the ship."
    assert [(c.date_text, c.promised) for c in claims(text, date(2026, 10, 5))] == [("fiscal 2027", "2027")]


FULL_YEAR = [
    # an unhyphenated "full year" before a noun is the adjective "full-year": the year under way
    ("Acme raised its full year guidance and now expects revenue of $5 billion.", date(2026, 5, 10),
     [("full year", "2026", "on")]),
    ("Acme said full year sales will rise 5%.", date(2026, 5, 10), [("full year", "2026", "on")]),
    # ... a report of it dated otherwise is that date's claim; a length is no adjective
    ("Acme will publish full year results on March 3.", date(2026, 5, 10), [("March 3", "2027-03-03", "on")]),
    ("Acme will sell 10 million phones in 2027, its first full year on the market.", date(2026, 5, 10),
     [("2027", "2027", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FULL_YEAR)
def test_full_year_as_an_adjective(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


SPAN_LABELS = [
    # a split year a verb takes as its object's label, when the sentence dates the act otherwise
    ("The board will set 2028-29 tuition next October.", date(2026, 10, 21), [("next October", "2027-10", "on")]),
    ("The regulator will publish 2027-28 tariffs in March.", date(2026, 10, 21), [("March", "2027-03", "on")]),
    # ... not a budget's own label, nor a metric's
    ("Acme expects 2027-28 revenue to grow 5% and will open a plant in March.", date(2026, 10, 21),
     [("2027-28", "2028", "by"), ("March", "2027-03", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SPAN_LABELS)
def test_a_split_years_label_after_a_verb(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


BEFORE_EVENTS = [
    # a length before an event the text dates: by the month of the event's date less the length
    ("The judge set a March 1, 2027 trial date. Both sides must file a pretrial order 21 days before trial.",
     date(2026, 8, 14), [("March 1, 2027", "2027-03-01", "on"), ("21 days", "2027-02", "by")]),
    ("The hearing will open on June 10, 2027. Objections are due two weeks before the hearing.", date(2026, 8, 14),
     [("June 10, 2027", "2027-06-10", "on"), ("two weeks", "2027-05", "by")]),
    # ... an event the text does not date gives no claim, nor does a vague length
    ("Both sides must file a pretrial order 21 days before trial.", date(2026, 8, 14), []),
    ("The vote is set for June 10, 2027, and talks will resume days before the vote.", date(2026, 8, 14),
     [("June 10, 2027", "2027-06-10", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), BEFORE_EVENTS)
def test_a_length_before_a_dated_event(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


FIGURE_ASIDES = [
    # a figure's current value in an aside before its verb: the aside's time is the figure's
    ("Net debt, $620 million at the end of March, will fall below $400 million by the end of 2027.", date(2026, 5, 10),
     [("the end of 2027", "2027-12", "by")]),
    ("Its order book, 1,200 aircraft as of June 30, is expected to grow to 1,500 by 2028.", date(2026, 5, 10),
     [("2028", "2028", "by")]),
    # ... a list of targets is no aside
    ("Capex will be $3 billion in 2026, $2 billion in 2027, and $1 billion in 2028.", date(2026, 5, 10),
     [("2026", "2026", "on"), ("2027", "2027", "on"), ("2028", "2028", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FIGURE_ASIDES)
def test_a_figures_date_in_an_aside(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


SAME_TIME = [
    # "at the same time" ending its clause after a dated claim: that claim's time and bound
    ("From January 1, 2027, members may choose a lower-risk profile. The fee will fall to 420 crowns at the same time.",
     date(2026, 11, 12), [("January 1, 2027", "2027-01-01", "from"), ("the same time", "2027-01-01", "from")]),
    # ... a discourse "at the same time," or "at the same time as" is no time
    ("The bank will cut 3,900 jobs by the end of 2027. At the same time, it plans to add jobs in Poland.",
     date(2026, 11, 12), [("the end of 2027", "2027-12", "by")]),
    ("The plant will open in March 2027, at the same time as the new port.", date(2026, 11, 12),
     [("March 2027", "2027-03", "on")]),
    # ... nor simultaneity with no dated statement near before it
    ("A one can be a one, or it can be a one and a zero and everything in between, all at the same time.",
     date(2026, 11, 12), []),
    ("The line will open in 2029. " + "Its trains will be longer and faster than the old ones on every route. " * 5
     + "Boarding and paying will happen at the same time.", date(2026, 11, 12), [("2029", "2029", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), SAME_TIME)
def test_at_the_same_time(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


def test_a_lower_case_abbreviation_ends_no_sentence() -> None:
    text = "Mgmt reiterated FY27 sales growth of 1% to 2% and adj. EPS of $3.70 to $3.80 for the year."
    got = [(c.date_text, c.promised) for c in claims(text, date(2026, 9, 24))]
    assert got == [("FY27", "2027"), ("the year", "2027")]


DAY_LABELS = [
    # a yearless day naming what recurs on it, with another time dating what is due
    ("- January 1 renewals: results on February 9, 2027", date(2026, 11, 20),
     [("February 9, 2027", "2027-02-09", "on")]),
    ("The April 1 renewals will be reported with first-quarter results in May.", date(2026, 11, 20),
     [("May", "2027-05", "on")]),
    # ... a day that is the time itself stays
    ("Prices rise on January 1 and talks resume in March.", date(2026, 11, 20),
     [("January 1", "2027-01-01", "on"), ("March", "2027-03", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAY_LABELS)
def test_a_yearless_day_naming_recurring_things(text: str, published: date,
                                               expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


def test_a_period_equated_with_a_fiscal_part_is_a_definition() -> None:
    text = "Its fiscal year ends in May, so the November quarter is its fiscal Q2. Sales will rise in fiscal 2027."
    assert [c.date_text for c in claims(text, date(2026, 9, 24))] == ["fiscal 2027"]


DAY_FIRST_YEAR_ENDS = [
    # a year named by its last day, the day written before the month: that month, bound by (as "June 30, 2027")
    ("The miner expects first gold by the fiscal year ending 30 June 2027.", date(2025, 3, 4),
     [("the fiscal year ending 30 June 2027", "2027-06", "by")]),
    ("The insurer will cut costs by 10% in the financial year ending 31 March 2026.", date(2025, 3, 4),
     [("the financial year ending 31 March 2026", "2026-03", "by")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), DAY_FIRST_YEAR_ENDS)
def test_a_year_named_by_a_day_first_end_date(text: str, published: date,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


FOLLOWING_YEAR_PARTS = [
    # a part of a year named by "of the following year" after a dated expression: that year + 1, not its own year
    ("The bridge will be finished by 2028, and tolls will start in the summer of the following year.",
     date(2025, 5, 15), [("2028", "2028", "by"), ("the summer", "2029-Q3", "on")]),
    ("The line will open in 2027 and reach full ridership in the first quarter of the following year.",
     date(2025, 5, 15), [("2027", "2027", "on"), ("the first quarter", "2028-Q1", "on")]),
    ("The plant will start in 2026 and add a second line in the spring of the year after.", date(2025, 5, 15),
     [("2026", "2026", "on"), ("the spring", "2027-Q2", "on")]),
    # ... a month too, with or without "of": the month is the claim, the anaphor no claim of its own
    ("The plant will start production in 2027, with full output in March of the following year.", date(2026, 7, 1),
     [("2027", "2027", "on"), ("March", "2028-03", "on")]),
    ("The museum will close in 2026 and reopen by May of the following year.", date(2025, 5, 15),
     [("2026", "2026", "on"), ("May", "2027-05", "by")]),
    ("The first ships arrive in 2028, and the last in October the following year.", date(2026, 7, 1),
     [("2028", "2028", "on"), ("October", "2029-10", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), FOLLOWING_YEAR_PARTS)
def test_a_period_of_the_following_year(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


PAST_OBJECT_VERBS = [
    # a form that is past, present and base alike ("cut") before its object is the past: a yearless month in its
    # clause leans back, so a month already over at publication is no claim
    ("The lender cut its 2025 guidance in March and now expects net interest income of PLN 9bn.", date(2025, 5, 15),
     [("2025", "2025", "on")]),
    ("The bank split its retail unit in March and will list it in 2026.", date(2025, 5, 15),
     [("2026", "2026", "on")]),
    # ... not after a modal or "to", nor as a noun with no object
    ("The central bank will cut its key rate in June.", date(2025, 5, 15), [("June", "2025-06", "on")]),
    ("The company plans to cut its workforce by 10% in June.", date(2025, 5, 15), [("June", "2025-06", "on")]),
    ("Traders expect a rate cut in June.", date(2025, 5, 15), [("June", "2025-06", "on")]),
]


TARGETS_TO_COME = [
    # a span of years labelling forecasts still to be presented: the presentation's time is the claim
    ("The company will host an investor day on March 4, 2027, where it will provide targets for 2027 through 2030.",
     date(2026, 11, 10), [("March 4, 2027", "2027-03-04", "on")]),
    ("The utility plans to present new targets for 2028-2031 at its capital markets day in June.", date(2026, 11, 10),
     [("June", "2027-06", "on")]),
    # ... targets set out already are due by the span's end
    ("Aurelis Re set out its financial targets for 2026-2028 at an investor day on Wednesday, aiming for a return on "
     "equity of at least 14%.", date(2025, 9, 30), [("2026-2028", "2028", "by")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), TARGETS_TO_COME)
def test_a_span_labelling_forecasts_to_come(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


LATER_LENGTHS = [
    # a length "later" counts from the claim just before it, at that claim's granularity
    ("The Honolulu team will begin play in 2028, and Boise will follow a year later.", date(2026, 9, 3),
     [("2028", "2028", "on"), ("a year later", "2029", "on")]),
    ("The first line will open in March 2027 and the second line will follow a year later.", date(2026, 7, 1),
     [("March 2027", "2027-03", "on"), ("a year later", "2028-03", "on")]),
    ("The league, whose regular season runs from October to April, will add Honolulu in the 2028-29 season, and "
     "Boise will follow a year later.", date(2026, 9, 3),
     [("the 2028-29 season", "2028-10", "on"), ("a year later", "2029-10", "on")]),
    # ... and a bare length before "after that" / "afterwards"
    ("A new line will start in the first quarter of 2027, and a second line will follow two years after that.",
     date(2026, 7, 1), [("the first quarter of 2027", "2027-Q1", "on"), ("two years", "2029-Q1", "on")]),
    ("The first phase opens in 2027 and the second phase will open a year afterwards.", date(2026, 7, 1),
     [("2027", "2027", "on"), ("a year", "2028", "on")]),
    # ... a comparison is no length counted from anything
    ("The authority now expects the terminal to begin operations in 2029, a year later than planned.",
     date(2026, 3, 9), [("2029", "2029", "on")]),
    ("Meta will not sell the glasses before 2028, its technology chief said in an interview on Wednesday, a year later "
     "than the 2027 target Meta set.", date(2026, 9, 17), [("2028", "2028", "from"), ("2027", "2027", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), LATER_LENGTHS)
def test_a_length_later_counts_from_the_claim_before(text: str, published: date,
                                                     expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


EARLIER_PROMISES = [
    # a promise told in the pluperfect with its content after "that ... would": superseded, however far the verb
    ("The minister had promised at the groundbreaking in 2024 that the first chips from the plant would come by the "
     "summer of 2027.", date(2026, 9, 30), []),
    ("The line will open in 2032, the budget papers confirm, after the government had promised that it would be "
     "running by 2030.", date(2026, 6, 23), [("2032", "2032", "on")]),
    # ... not a promise told in the past simple, which is the current one
    ("The company said that it would open the plant in 2027.", date(2026, 6, 23), [("2027", "2027", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), EARLIER_PROMISES)
def test_an_earlier_promise_in_the_pluperfect(text: str, published: date,
                                              expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


PAST_IN_ITS_CLAUSE = [
    # a period under way told by a past verb before it: a future cue in a later clause does not make it a due date
    ("Shipping lines have complained of berthing delays of up to four days at the port this year, and the national "
     "shippers' authority has asked the operator to publish monthly figures from November.", date(2026, 6, 3),
     [("November", "2026-11", "from")]),
    # ... a cue right after it still does
    ("Sales fell sharply, but this year will see a recovery.", date(2026, 6, 3), [("this year", "2026", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), PAST_IN_ITS_CLAUSE)
def test_a_period_under_way_told_as_past(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


WON = [
    # "won" after a number is the Korean currency, no past verb leaning a yearless month back
    ("Hanbit plans to list its unit within the first half of 2027, and to pay a quarterly dividend of 500 won per "
     "share starting with the April payout.", date(2026, 3, 3),
     [("the first half of 2027", "2027-H1", "by"), ("April", "2026-04", "from")]),
    ("Acme won the contract in March and will deliver in 2027.", date(2026, 5, 3), [("2027", "2027", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), WON)
def test_won_after_a_number_is_the_currency(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


ANSWERS = [
    # an interview's answer to a question about what is to come looks forward, though it states no future itself
    ("Reporter: Will it launch in Europe before the holidays?\n\nChief executive: No. Europe comes in the spring. "
     "Then France and the Nordics in the summer.", date(2026, 11, 2),
     [("the spring", "2027-Q2", "on"), ("the summer", "2027-Q3", "on")]),
    ("Q: When will the second terminal open? A: In March.", date(2026, 7, 1), [("March", "2027-03", "on")]),
    # ... not an answer to a question about the past, nor a sentence past the answer's paragraph
    ("Reporter: What happened last year?\n\nChief executive: Sales fell in the spring.", date(2026, 11, 2), []),
    ("Reporter: Will it launch in Europe?\n\nChief executive: Yes.\n\nSales in Asia slowed in the summer.",
     date(2026, 11, 2), []),
]


@pytest.mark.parametrize(("text", "published", "expected"), ANSWERS)
def test_an_answer_to_a_forward_question_looks_forward(text: str, published: date,
                                                        expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


LATER_TODAY = [
    # the publication day under a future word just before it is still to come; the clock time before it is the day's
    ("12:30 - The IOC president will hold a press conference at 14:00 today.", date(2025, 10, 14),
     [("today", "2025-10-14", "on")]),
    # ... not a statement's day, nor a comparison's
    ("The company said today it will open a plant in 2027.", date(2025, 10, 14), [("2027", "2027", "on")]),
    ("The federation projected today that output will reach 14.2 million bags in 2027.", date(2025, 10, 14),
     [("2027", "2027", "on")]),
    ("The airline aims to operate 120 jets by 2030, up from 71 today.", date(2025, 10, 14), [("2030", "2030", "by")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), LATER_TODAY)
def test_later_on_the_publication_day(text: str, published: date, expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


CHANGED_FORECASTS = [
    # a yearless time right after a forecast a past verb changed dates the change, not the forecast: past, no claim
    ("Acme lowered its delivery target in March, and now expects to ship 40,000 cars in 2026.", date(2026, 7, 1),
     [("2026", "2026", "on")]),
    ("The airline raised its capacity outlook on Tuesday and expects traffic to grow in the fourth quarter.",
     date(2026, 7, 1), [("the fourth quarter", "2026-Q4", "on")]),
    ("The miner trimmed its output guidance in February; it still aims to produce 300,000 tonnes by 2028.",
     date(2026, 5, 10), [("2028", "2028", "by")]),
    # ... or at the end of that verb's clause
    ("Roastery raised prices by an average of 3% in January, its first increase in two years.", date(2026, 3, 1), []),
    ("The agency cut the utility's credit rating to junk in October and will review it again in 2027.",
     date(2026, 2, 1), [("2027", "2027", "on")]),
    ("The bank cut rates in March and expects to cut again in June.", date(2026, 2, 1), [("June", "2026-06", "on")]),
    ("It plans to submit a revised basic plan to the National Assembly in March.", date(2026, 1, 10),
     [("March", "2026-03", "on")]),
    ("The agency is bracing for reduced flows in the third quarter.", date(2026, 5, 15),
     [("the third quarter", "2026-Q3", "on")]),
    # ... a change still to come keeps its time
    ("Acme will raise its target in March.", date(2026, 7, 1), [("March", "2027-03", "on")]),
    ("The bank plans to lower its guidance in September.", date(2026, 7, 1), [("September", "2026-09", "on")]),
]


@pytest.mark.parametrize(("text", "published", "expected"), CHANGED_FORECASTS)
def test_a_time_after_a_changed_forecast_dates_the_change(text: str, published: date,
                                                         expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(("text", "published", "expected"), PAST_OBJECT_VERBS)
def test_a_yearless_month_after_a_past_verb_with_an_object(text: str, published: date,
                                                          expected: list[tuple[str, str, str]]) -> None:
    assert found(text, published) == expected


@pytest.mark.parametrize(("edge", "year"), [(w, 2027) for w in sorted(claim_words("split_start_edges"))]
                         + [(w, 2028) for w in sorted(claim_words("split_end_edges"))])
def test_a_month_after_a_split_years_edge_takes_the_edges_year(edge: str, year: int) -> None:
    """claims.yaml's edge words (split_start_edges, split_end_edges) decide which year of "2027/28" an
    August after "the <edge> of the 2027/28 school year in" lies in: August alone would be the first's."""
    text = f"Classes move by the {edge} of the 2027/28 school year in August."
    at = text.index("August")
    month = Timex(at, at + len("August"), "August", "DATE")
    assert split_label_year(text, month) == year
