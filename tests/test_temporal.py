"""Time-expression recognition and resolution: the classes claims rely on, TimeML values, false positives."""

from __future__ import annotations

from datetime import date

import pytest

from extractor.time import Period, Timex, find_timexes, range_ends, resolve


def _only(sentence: str, span: str) -> Timex:
    """The timex with exactly this text (fails listing what was found otherwise)."""
    found = find_timexes(sentence)
    hits = [t for t in found if t.text == span]
    assert hits, f"{span!r} not found in {sentence!r}; found {[t.text for t in found]}"
    return hits[0]


# sentence, anchor, span, prefix, bound, label, granularity, start, end
# fmt: off
CLAIMS = [
    ("The plant opens on March 14, 2025.", "2024-06-01", "March 14, 2025", "on", "on",
     "2025-03-14", "day", "2025-03-14", "2025-03-14"),
    ("Shipments start Oct. 3.", "2024-06-01", "Oct. 3", "", "on", "2024-10-03", "day", "2024-10-03", "2024-10-03"),
    ("Deliveries from Nov 2nd onward.", "2024-06-01", "Nov 2nd", "from", "from",
     "2024-11-02", "day", "2024-11-02", "2024-11-02"),
    ("The launch moved to 9/15.", "2024-06-01", "9/15", "", "on", "2024-09-15", "day", "2024-09-15", "2024-09-15"),
    ("The update ships in August 2025.", "2024-06-01", "August 2025", "in", "on",
     "2025-08", "month", "2025-08-01", "2025-08-31"),
    ("The cars arrive in February.", "2024-06-01", "February", "in", "on",
     "2025-02", "month", "2025-02-01", "2025-02-28"),
    ("The factory will be finished by 2026.", "2024-06-01", "2026", "by", "by",
     "2026", "year", "2026-01-01", "2026-12-31"),
    ("It will be ready the year 2027.", "2024-06-01", "the year 2027", "", "on",
     "2027", "year", "2027-01-01", "2027-12-31"),
    ("Output should double 2030 or so.", "2024-06-01", "2030 or so", "", "on",
     "2030", "year", "2030-01-01", "2030-12-31"),
    ("Revenue should recover in Q4 2025.", "2024-06-01", "Q4 2025", "in", "on",
     "2025-Q4", "quarter", "2025-10-01", "2025-12-31"),
    ("The trial ends in the second quarter of 2025.", "2024-06-01", "the second quarter of 2025", "in", "on",
     "2025-Q2", "quarter", "2025-04-01", "2025-06-30"),
    ("Sales will rise in the fourth quarter.", "2024-06-01", "the fourth quarter", "in", "on",
     "2024-Q4", "quarter", "2024-10-01", "2024-12-31"),
    ("Volume production follows in H1 2026.", "2024-06-01", "H1 2026", "in", "on",
     "2026-H1", "half", "2026-01-01", "2026-06-30"),
    ("Pilot lines run in the first half of 2026.", "2024-06-01", "the first half of 2026", "in", "on",
     "2026-H1", "half", "2026-01-01", "2026-06-30"),
    ("The beta opens this summer.", "2024-03-10", "this summer", "", "on",
     "2024-Q3", "quarter", "2024-07-01", "2024-09-30"),
    ("Margins improve in FY2026.", "2024-06-01", "FY2026", "in", "on", "2026", "year", "2026-01-01", "2026-12-31"),
    ("Margins improve in fiscal 2026.", "2024-06-01", "fiscal 2026", "in", "on",
     "2026", "year", "2026-01-01", "2026-12-31"),
    ("The chip tapes out by the end of 2025.", "2024-06-01", "the end of 2025", "by", "by",
     "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("Testing wraps up end of 2025.", "2024-06-01", "end of 2025", "", "on",
     "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("A new model arrives in early 2026.", "2024-06-01", "early 2026", "in", "on",
     "2026-H1", "half", "2026-01-01", "2026-06-30"),
    ("A new model arrives in late 2026.", "2024-06-01", "late 2026", "in", "on",
     "2026-H2", "half", "2026-07-01", "2026-12-31"),
    ("The refresh lands in late October.", "2024-06-01", "late October", "in", "on",
     "2024-10", "month", "2024-10-01", "2024-10-31"),
    ("Orders open mid-July.", "2024-06-01", "mid-July", "", "on", "2024-07", "month", "2024-07-01", "2024-07-31"),
    ("They expect approval by year-end.", "2024-06-01", "year-end", "by", "by",
     "2024-12", "month", "2024-12-01", "2024-12-31"),
    ("The service expands by end of year.", "2024-06-01", "end of year", "by", "by",
     "2024-12", "month", "2024-12-01", "2024-12-31"),
    ("Another update comes later this year.", "2024-06-01", "later this year", "", "on",
     "2024", "year", "2024-01-01", "2024-12-31"),
    ("Another update comes late this year.", "2024-06-01", "late this year", "", "on",
     "2024-H2", "half", "2024-07-01", "2024-12-31"),
    ("Hiring starts early next year.", "2024-06-01", "early next year", "", "on",
     "2025-H1", "half", "2025-01-01", "2025-06-30"),
    ("The site closes by the end of next year.", "2024-06-01", "the end of next year", "by", "by",
     "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("Approval is due by the end of this year 2024.", "2024-06-01", "the end of this year 2024", "by", "by",
     "2024-12", "month", "2024-12-01", "2024-12-31"),
    ("The upgrade is due at the end of next month.", "2024-06-01", "the end of next month", "at", "on",
     "2024-07", "month", "2024-07-01", "2024-07-31"),
    ("The demo is next week.", "2024-07-11", "next week", "", "on", "2024-07", "month", "2024-07-01", "2024-07-31"),
    ("A decision comes this week.", "2024-03-12", "this week", "", "on",
     "2024-03", "month", "2024-03-01", "2024-03-31"),
    ("Production begins next month.", "2024-12-05", "next month", "", "on",
     "2025-01", "month", "2025-01-01", "2025-01-31"),
    ("The rollout widens next quarter.", "2024-11-20", "next quarter", "", "on",
     "2025-Q1", "quarter", "2025-01-01", "2025-03-31"),
    ("The rollout widens next year.", "2024-11-20", "next year", "", "on",
     "2025", "year", "2025-01-01", "2025-12-31"),
    ("Output will grow this year.", "2024-11-20", "this year", "", "on", "2024", "year", "2024-01-01", "2024-12-31"),
    ("The event is in about a month.", "2021-06-21", "a month", "in", "on",
     "2021-07", "month", "2021-07-01", "2021-07-31"),
    ("Expect a reveal within 18 months.", "2024-06-01", "18 months", "within", "by",
     "2025-12", "month", "2025-12-01", "2025-12-31"),
    ("The network goes live in two years.", "2024-06-01", "two years", "in", "on",
     "2026", "year", "2026-01-01", "2026-12-31"),
    ("Service should begin in three weeks.", "2024-06-01", "three weeks", "in", "on",
     "2024-06", "month", "2024-06-01", "2024-06-30"),
    ("Full service starts two years later.", "2024-06-01", "two years later", "", "on",
     "2026", "year", "2026-01-01", "2026-12-31"),
    ("The flight is at least 2.5 months away.", "2024-09-11", "at least 2.5 months away", "", "from",
     "2024-11", "month", "2024-11-01", "2024-11-30"),
    ("Deliveries begin after 2025.", "2024-06-01", "2025", "after", "from",
     "2026", "year", "2026-01-01", "2026-12-31"),
    ("Rates hold until late November.", "2024-09-11", "late November", "until", "by",  # a deadline (Conventions)
     "2024-11", "month", "2024-11-01", "2024-11-30"),
    ("Rates will not fall until late November.", "2024-09-11", "late November", "not before", "from",
     "2024-11", "month", "2024-11-01", "2024-11-30"),
    ("Sales could start as early as next year.", "2024-06-01", "next year", "as early as", "from",
     "2025", "year", "2025-01-01", "2025-12-31"),
    ("Funding is secured no later than March 2026.", "2024-06-01", "March 2026", "no later than", "by",
     "2026-03", "month", "2026-03-01", "2026-03-31"),
    ("The firm plans to build 50 sites over the next two years.", "2024-06-01", "the next two years", "over", "by",
     "2026", "year", "2026-01-01", "2026-12-31"),
    # ranges promise their later end, bound by, from the start of the earlier (GUIDELINES Conventions)
    ("Construction runs 2025-2026.", "2024-06-01", "2025-2026", "", "by", "2026", "year", "2025-01-01", "2026-12-31"),
    ("Trials run between 2025 and 2027.", "2024-06-01", "between 2025 and 2027", "", "by",
     "2027", "year", "2025-01-01", "2027-12-31"),
    ("The recall covers June to August 2025.", "2024-06-01", "June to August 2025", "", "by",
     "2025-08", "month", "2025-06-01", "2025-08-31"),
    ("The recall covers June-August 2025.", "2024-06-01", "June-August 2025", "", "by",
     "2025-08", "month", "2025-06-01", "2025-08-31"),
    ("The board meets on Monday.", "2024-06-05", "Monday", "on", "on",
     "2024-06-10", "day", "2024-06-10", "2024-06-10"),
    ("Deliveries come in 2026, at the earliest.", "2024-06-01", "2026", "in", "from",
     "2026", "year", "2026-01-01", "2026-12-31"),
    ("Approval is not expected before late November 2024.", "2024-09-11", "late November 2024", "not before", "from",
     "2024-11", "month", "2024-11-01", "2024-11-30"),
    # a duration range after "over the next" promises its longer end; "the calendar year" is the year
    ("The line opens over the next eight to ten years.", "2025-06-12", "eight to ten years", "over the next", "by",
     "2035", "year", "2035-01-01", "2035-12-31"),
    ("A decision is due by the end of the calendar year.", "2025-06-12", "the end of the calendar year", "by", "by",
     "2025-12", "month", "2025-12-01", "2025-12-31"),
    # the negation reaches over a split label between it and "before" ("the 2025/26 crop")
    ("The board will not sign a loan for the 2025/26 crop before January.", "2025-10-06", "January", "not before",
     "from", "2026-01", "month", "2026-01-01", "2026-01-31"),
    ("They will spend $2 billion over next year.", "2024-06-01", "next year", "over", "by",
     "2025", "year", "2025-01-01", "2025-12-31"),
    ("The upgrade ships before July.", "2024-03-01", "July", "before", "by",
     "2024-06", "month", "2024-06-01", "2024-06-30"),
    # a named day keeps its day: the deadline is that day, not the one before
    ("The permit must be filed before September 30, 2025.", "2024-03-01", "September 30, 2025", "before", "by",
     "2025-09-30", "day", "2025-09-30", "2025-09-30"),
    ("The store opens after 14 May 2025.", "2024-03-01", "14 May 2025", "after", "from",
     "2025-05-15", "day", "2025-05-15", "2025-05-15"),
    ("The app launches by Christmas.", "2024-06-01", "Christmas", "by", "by",
     "2024-12-25", "day", "2024-12-25", "2024-12-25"),
    ("Sales open on Black Friday.", "2024-06-01", "Black Friday", "on", "on",
     "2024-11-29", "day", "2024-11-29", "2024-11-29"),
    ("Pilots run in 2025-26.", "2024-06-01", "2025-26", "in", "by", "2026", "year", "2025-01-01", "2026-12-31"),
    ("The line restarts after the weekend.", "2024-06-05", "the weekend", "after", "from",
     "2024-06", "month", "2024-06-01", "2024-06-30"),
    ("The pilot ends three months later.", "2024-06-01", "three months later", "", "on",
     "2024-09", "month", "2024-09-01", "2024-09-30"),
    ("A decision is due in a couple of weeks.", "2024-06-20", "a couple of weeks", "in", "on",
     "2024-07", "month", "2024-07-01", "2024-07-31"),
    ("Output doubles in the second half of next year.", "2024-06-01", "the second half of next year", "in", "on",
     "2025-H2", "half", "2025-07-01", "2025-12-31"),
    ("The sale closes by the end of the quarter.", "2024-05-10", "the end of the quarter", "by", "by",
     "2024-06", "month", "2024-06-01", "2024-06-30"),
    ("Margins recover in Q1 '25.", "2024-06-01", "Q1 '25", "in", "on",
     "2025-Q1", "quarter", "2025-01-01", "2025-03-31"),
]
# fmt: on


@pytest.mark.parametrize(("sentence", "anchor", "span", "prefix", "bound", "label", "gran", "start", "end"), CLAIMS)
def test_claim_periods(sentence, anchor, span, prefix, bound, label, gran, start, end):
    t = _only(sentence, span)
    assert (t.prefix, t.bound) == (prefix, bound)
    p = resolve(t, date.fromisoformat(anchor), prefer_future=True).period
    assert p is not None
    assert (p.label, p.granularity, p.start.isoformat(), p.end.isoformat()) == (label, gran, start, end)


VAGUE = [
    ("The feature arrives in the coming months.", "2023-06-21", "the coming months", "2023", "year"),
    ("A fix is coming soon.", "2024-07-11", "soon", "2024", "year"),
    ("Prices settle in the short term.", "2022-06-03", "the short term", "2022", "year"),
    ("The launch slips to mid-2025.", "2024-01-01", "mid-2025", "2025-06", "month"),
    ("The launch is planned for this spring.", "2022-01-28", "this spring", "2022-Q2", "quarter"),
    ("Output doubles 2027 or so.", "2023-11-16", "2027 or so", "2027", "year"),
]


@pytest.mark.parametrize(("sentence", "anchor", "span", "label", "gran"), VAGUE)
def test_vague_periods(sentence, anchor, span, label, gran):
    p = resolve(_only(sentence, span), date.fromisoformat(anchor), prefer_future=True).period
    assert (p.label, p.granularity, p.vague) == (label, gran, True)


def test_fiscal_flag():
    p = resolve(_only("Capex peaks in fiscal 2026.", "fiscal 2026"), date(2024, 6, 1)).period
    assert p.fiscal and p.label == "2026"


@pytest.mark.parametrize(
    ("span", "anchor", "prefer_future", "label"),
    [
        ("March", "2023-02-05", True, "2023-03"),
        ("January", "2023-05-05", True, "2024-01"),
        ("January", "2023-05-05", None, "2023-01"),
        ("October", "2023-05-05", False, "2022-10"),
        ("Dec. 1", "2022-10-07", True, "2022-12-01"),
        ("May 3", "2024-09-11", True, "2025-05-03"),
        ("the third quarter", "2023-10-18", True, "2023-Q3"),
        ("the first quarter", "2023-10-18", True, "2024-Q1"),
        ("late February", "2023-02-05", True, "2023-02"),
    ],
)
def test_underspecified_year_choice(span, anchor, prefer_future, label):
    t = _only(f"It happens in {span} as planned.", span)
    assert resolve(t, date.fromisoformat(anchor), prefer_future).period.label == label


def test_durations_without_offset_have_no_period():
    r = resolve(_only("The battery lasts three years.", "three years"), date(2024, 6, 1))
    assert (r.value, r.period) == ("P3Y", None)


def test_relative_needs_anchor():
    r = resolve(_only("Shipping starts next month.", "next month"), None)
    assert r.relative and r.period is None
    absolute = resolve(_only("Shipping starts in July 2025.", "July 2025"), None)
    assert not absolute.relative and absolute.period.label == "2025-07"


@pytest.mark.parametrize(
    ("sentence", "span", "type_", "value"),
    [
        ("It grew for three years.", "three years", "DURATION", "P3Y"),
        ("It took 18 months.", "18 months", "DURATION", "P18M"),
        ("It took a few days.", "a few days", "DURATION", "PXD"),
        ("The talks lasted two hours.", "two hours", "DURATION", "PT2H"),
        ("Over the past three years it grew.", "the past three years", "DURATION", "P3Y"),
        ("It took a decade.", "a decade", "DURATION", "P10Y"),
        ("They meet every week.", "every week", "SET", "P1W"),
        ("They report annually.", "annually", "SET", "P1Y"),
        ("The paper is printed daily.", "daily", "SET", "P1D"),
        ("They met yesterday.", "yesterday", "DATE", "1998-01-07"),
        ("They meet today.", "today", "DATE", "1998-01-08"),
        ("It is over now.", "now", "DATE", "PRESENT_REF"),
        ("Prices rose last year.", "last year", "DATE", "1997"),
        ("Prices rose last month.", "last month", "DATE", "1997-12"),
        ("Prices rose last week.", "last week", "DATE", "1998-W01"),
        ("It closed a year ago.", "a year ago", "DATE", "1997"),
        ("It closed two weeks ago.", "two weeks ago", "DATE", "1997-W52"),
        ("Prices peaked in the 1990s.", "the 1990s", "DATE", "199"),
        ("Talks resume at 3 p.m.", "3 p.m.", "TIME", "1998-01-08T15:00"),
        ("He spoke this morning.", "this morning", "TIME", "1998-01-08TMO"),
        ("He spoke last night.", "last night", "TIME", "1998-01-07TNI"),
        ("Sales fell in the third quarter.", "the third quarter", "DATE", "1997-Q3"),
        ("Sales fell third-quarter.", "third-quarter", "DATE", "1997-Q3"),
        ("Sales rise in the first quarter.", "the first quarter", "DATE", "1998-Q1"),
        ("Sales fell in fiscal 1997.", "fiscal 1997", "DATE", "1997"),
        ("They won in the fall.", "the fall", "DATE", "1997-FA"),
        ("Demand stayed high well into the summer.", "the summer", "DATE", "1997-SU"),
        ("The store closed on Christmas.", "Christmas", "DATE", "1997-12-25"),
        ("Turnout rose on Election Day.", "Election Day", "DATE", "1997-11-04"),
        ("Trading resumes after Easter 1998.", "Easter 1998", "DATE", "1998-04-12"),
        ("They rested over the weekend.", "the weekend", "DATE", "1998-W01-WE"),  # news: the weekend just past
        ("The firm will decide over the weekend.", "the weekend", "DATE", "1998-W02-WE"),
        ("Sales slowed this past spring.", "this past spring", "DATE", "1997-SP"),
        ("Traders sold ahead of the weekend.", "the weekend", "DATE", "1998-W02-WE"),
        ("The firm lost money for nearly two years.", "nearly two years", "DURATION", "P2Y"),
        ("Crime fell through the nineties.", "the nineties", "DATE", "199"),
        ("The court meets at midday.", "midday", "TIME", "1998-01-08T12:00"),
        ("Shares slid by mid-afternoon.", "mid-afternoon", "TIME", "1998-01-08TAF"),
        ("The rules apply by year's end.", "year's end", "DATE", "1998"),
        ("Repay the loan as soon as possible.", "as soon as possible", "DATE", "FUTURE_REF"),
        ("Terms will be set at a later date.", "a later date", "DATE", "FUTURE_REF"),
        ("Rates peaked in the early 1980s.", "the early 1980s", "DATE", "198"),
        ("The city fell in 404 BC.", "404 BC", "DATE", "BC0404"),
        ("Officials declined to comment late yesterday.", "late yesterday", "DATE", "1998-01-07"),
        ("Shares slid at mid-afternoon yesterday.", "mid-afternoon yesterday", "TIME", "1998-01-07TAF"),
        ("The merger should close by year-end.", "year-end", "DATE", "1998-12-31"),
        ("The index is up 4% since year-end.", "year-end", "DATE", "1997-12-31"),
        ("In 1997 BC Partners bought it.", "1997", "DATE", "1997"),
        ("The vote came ten days before the strike.", "ten days", "DURATION", "P10D"),
        # anaphora: counted from the last date the text named
        ("She moved in May 1994 and left later that year.", "later that year", "DATE", "1994"),
        ("The mill opened in 1990, and the following year it doubled.", "the following year", "DATE", "1991"),
        ("The pact was signed on May 2, 1995. That same day, troops left.", "That same day", "DATE", "1995-05-02"),
        ("The deal closed on March 3, 1996. Earlier that day, shares fell.", "Earlier that day", "DATE",
         "1996-03-03"),
        ("It shaped the 20th century.", "the 20th century", "DATE", "19"),
        ("The colony was founded in 1776.", "1776", "DATE", "1776"),
        ("The assembly met on 4 August 1789.", "4 August 1789", "DATE", "1789-08-04"),
        ("Prices fell in June last year.", "June last year", "DATE", "1997-06"),
        ("Profit fell from the year-ago quarter.", "the year-ago quarter", "DATE", "1996-Q4"),
        ("They walk every morning.", "every morning", "SET", "XXXX-XX-XXTMO"),
        ("The shop closes on Mondays.", "Mondays", "SET", "XXXX-WXX-1"),
        ("The fair returns each July.", "each July", "SET", "XXXX-07"),
        ("The bus runs Friday nights.", "Friday nights", "SET", "XXXX-WXX-5TNI"),
        ("It earns $5 million a year.", "a year", "SET", "P1Y"),
        ("The strike lasted a couple of years.", "a couple of years", "DURATION", "P2Y"),
        ("The trial took 2 1/2 years.", "2 1/2 years", "DURATION", "P2Y6M"),
        ("Talks ran for about five hours.", "five hours", "DURATION", "PT5H"),
        ("Net rose in the nine months.", "the nine months", "DURATION", "P9M"),
        ("He returned three days later.", "three days later", "DURATION", "P3D"),
        ("The plant shut two years ago.", "two years ago", "DATE", "1996"),
        ("They met the next day.", "the next day", "DATE", "1998-01-09"),
        ("Profit rose in the quarter.", "the quarter", "DATE", "1997-Q4"),
        ("Talks begin at 9 a.m. Tuesday.", "9 a.m. Tuesday", "TIME", "1998-01-06T09:00"),
        # a forward cue in the clause makes a bare weekday / yearless month the next one, a reporting verb does not
        ("The court is scheduled to rule Monday.", "Monday", "DATE", "1998-01-12"),
        ("The crew could fly home as soon as Tuesday.", "Tuesday", "DATE", "1998-01-13"),
        ("The mayor said Monday the court will rule.", "Monday", "DATE", "1998-01-05"),
        ("The offer had been scheduled to expire Tuesday.", "Tuesday", "DATE", "1998-01-06"),
        ("The team will visit the site in November.", "November", "DATE", "1998-11"),
        ("Sales doubled in the fiscal year ended Oct. 31.", "Oct. 31", "DATE", "1997-10-31"),
        ("Since it bought the unit in March, costs fell.", "March", "DATE", "1997-03"),
        # quarterly results: "a year earlier" is the reported quarter a year back
        ("Net rose to $5 million in the fourth quarter from $4 million a year earlier.", "a year earlier", "DATE",
         "1996-Q4"),
        ("Third-quarter sales fell to $9 million from $11 million a year ago.", "a year ago", "DATE", "1996-Q4"),
        # reported periods in business news
        ("Net fell from the 1996 third quarter.", "the 1996 third quarter", "DATE", "1996-Q3"),
        ("Net fell from the 1996 quarter.", "the 1996 quarter", "DATE", "1996-Q4"),
        ("Costs rose in the year-ago second quarter.", "the year-ago second quarter", "DATE", "1997-Q2"),
        ("Sales beat last year's quarter.", "last year's quarter", "DATE", "1996-Q4"),
        ("Net doubled from the same period last year.", "the same period last year", "DATE", "1996-Q4"),
        ("Margins widened in the latest period.", "the latest period", "DATE", "1997-Q4"),
        ("Sales grew in the current fiscal year.", "the current fiscal year", "DATE", "1998"),
        ("Profit should rise for the full year.", "the full year", "DATE", "1998"),
        ("Profit rose for the year ended June 30.", "the year", "DURATION", "P1Y"),
        ("The stock was issued 2024-10.", "2024-10", "DATE", "2024-10"),
        # spelled-out years (transcripts), noon/midnight of a day, vague plurals, "the past year"
        ("The mill closed in nineteen eighty-two.", "nineteen eighty-two", "DATE", "1982"),
        ("It was built in March nineteen sixty-one.", "March nineteen sixty-one", "DATE", "1961-03"),
        ("Debt should halve by the year two thousand.", "the year two thousand", "DATE", "2000"),
        ("The bid lapses at midnight Friday.", "midnight Friday", "TIME", "1998-01-02T24:00"),
        ("Prices have climbed in recent years.", "recent years", "DATE", "PAST_REF"),
        ("Rates may ease in coming quarters.", "coming quarters", "DATE", "FUTURE_REF"),
        ("Funds may sell in the weeks ahead.", "the weeks ahead", "DURATION", "PXW"),
        ("Rents rose over the past year.", "the past year", "DATE", "1997"),
    ],
)
def test_timeml_values(sentence, span, type_, value):
    t = _only(sentence, span)
    assert t.type == type_
    assert resolve(t, date(1998, 1, 8)).value == value


@pytest.mark.parametrize(
    "sentence",
    [
        "You may want to march on the capital.",
        "The price is $10 and the second car costs $2025.",
        "The Model 3 uses 4680 cells and rides on a Falcon 9.",
        "They sold 2000 vehicles and 1950 cells.",
        "May I ask a question?",
        "Add 1/2 cup of flour.",
        "Prices fall when sellers spring into action.",
        "Spending is expected to fall to 30% and to spring back later.",
        "The 6-year-old boy and his 44-year-old uncle.",
        "About three-quarters of voters agreed.",
        "It was the last day of the trial.",
        "Thus the plan failed.",
        "She was in her 30s and he in his early forties.",
    ],
)
def test_no_false_positives(sentence):
    assert find_timexes(sentence) == []


def test_event_name_keeps_only_the_year():
    assert [t.text for t in find_timexes("Tesla AI Day 2022 was streamed.")] == ["2022"]


def test_spans_are_sorted_and_disjoint():
    found = find_timexes("By the end of 2024, and in about a month, then on Dec. 1 and next year, every week.")
    assert [t.text for t in found] == [
        "the end of 2024",
        "a month",
        "Dec. 1",
        "next year",
        "every week",
    ]
    assert all(a.end <= b.start for a, b in zip(found, found[1:], strict=False))


def test_range_ends_are_timexes():
    text = "Trials run between 2025 and 2027."
    (t,) = find_timexes(text)
    start, end = range_ends(t)
    assert (text[start.start : start.end], text[end.start : end.end]) == ("2025", "2027")
    assert range_ends(_only("Trials run in 2025.", "2025")) is None


@pytest.mark.parametrize(
    ("text", "ends"),
    [
        ("The fair runs 12-14 May 2026 in Oslo.", [("12", "2026-05-12"), ("14 May 2026", "2026-05-14")]),
        ("The fair runs June 10-12, 2026.", [("June 10", "2026-06-10"), ("12, 2026", "2026-06-12")]),
        ("Losses mounted in 1915-17.", [("1915", "1915"), ("17", "1917")]),
        ("The siege lasted 1861-1865.", [("1861", "1861"), ("1865", "1865")]),
        ("Symptoms last two to six days.", [("two", "P2D"), ("six days", "P6D")]),
        ("It could take between 12 and 18 months.", [("12", "P12M"), ("18 months", "P18M")]),
        ("Repairs need 3-5 weeks.", [("3", "P3W"), ("5 weeks", "P5W")]),
    ],
)
def test_short_range_ends_resolve_through_the_range(text, ends):
    (t,) = find_timexes(text)
    got = [(e.text, resolve(e, date(2024, 6, 1)).value) for e in range_ends(t)]
    assert got == ends


def test_bound_from_suffix_and_negation():
    assert _only("It ships in 2026 at the latest.", "2026").bound == "by"
    t = _only("A ruling isn't likely until March.", "March")
    assert (t.prefix, t.bound) == ("not before", "from")


def test_hand_made_timex_resolves():
    t = Timex(0, 12, "October 2024", "DATE", "by", "by")
    assert resolve(t, date(2023, 6, 21)).period == Period("2024-10", date(2024, 10, 1), date(2024, 10, 31), "month")


# (sentence, anchor, span, label, bound, fiscal): classes added after the first table, one row each
MORE_PERIODS = [
    ("Sales should recover by end-2025.", "2024-05-15", "end-2025", "2025-12", "by", False),
    ("Supply improves in the second half of fiscal 2025.", "2024-05-15", "the second half of fiscal 2025",
     "2025-H2", "on", True),
    ("Margins peak in the third quarter of fiscal 2025.", "2024-05-15", "the third quarter of fiscal 2025",
     "2025-Q3", "on", True),
    ("The service starts in fall 2025.", "2024-05-15", "fall 2025", "2025-Q4", "on", False),
    ("Profit will be flat in Q1 FY26.", "2025-07-01", "Q1 FY26", "2026-Q1", "on", True),
    ("Profit will be flat in FY26 Q1.", "2025-07-01", "FY26 Q1", "2026-Q1", "on", True),
    ("Profit will be flat in Q1 of FY26.", "2025-07-01", "Q1 of FY26", "2026-Q1", "on", True),
    ("Profit will be flat in Q1 fiscal 2026.", "2025-07-01", "Q1 fiscal 2026", "2026-Q1", "on", True),
    ("Spending continues through 2030.", "2025-07-01", "2030", "2030", "by", False),
    ("The plan runs through 2028.", "2025-07-01", "2028", "2028", "by", False),
    ("Older jets keep flying well into 2027.", "2025-07-01", "2027", "2027", "from", False),
    ("Subscribers should double within the next 12 to 18 months.", "2025-03-01", "12 to 18 months", "2026-09", "by",
     False),
    ("The plant opens in two to three years.", "2025-03-01", "two to three years", "2028", "on", False),
    ("A sale is due within 90 days.", "2026-04-08", "90 days", "2026-07", "by", False),
    ("It ships in 10 days.", "2026-04-08", "10 days", "2026-04-18", "on", False),
    # a part of "the new year" narrows it (GUIDELINES: "early X" -> its first half)
    ("Rides begin early in the new year.", "2025-11-08", "early in the new year", "2026-H1", "on", False),
    ("Rides begin in the new year.", "2025-11-08", "the new year", "2026", "on", False),
    ("The start of the new year brought news.", "2024-01-04", "The start of the new year", "2024-01", "on", False),
    ("The plant opens late in 2026.", "2025-11-08", "late in 2026", "2026-H2", "on", False),
    ("Margins should recover by the end of the decade.", "2026-02-01", "the end of the decade", "2029-12", "by",
     False),
    ("Deliveries start the week of March 9.", "2026-02-01", "the week of March 9", "2026-03", "on", False),
    ("We don't see trucks reaching parity with diesel before 2035.", "2026-02-01", "2035", "2035", "from", False),
    ("Nobody in this space is getting certified before 2030.", "2026-02-01", "2030", "2030", "from", False),
    ("Nobody in this space is getting a product approved through the FDA before 2030.", "2026-02-01", "2030",
     "2030", "from", False),
]


@pytest.mark.parametrize(("sentence", "anchor", "span", "label", "bound", "fiscal"), MORE_PERIODS)
def test_more_claim_periods(sentence, anchor, span, label, bound, fiscal):
    t = _only(sentence, span)
    p = resolve(t, date.fromisoformat(anchor), prefer_future=True).period
    assert (p.label, t.bound, p.fiscal) == (label, bound, fiscal)


def test_as_soon_as_is_a_prefix_not_a_time():
    (t,) = find_timexes("The plant could open as soon as this fall.")
    assert (t.text, t.prefix, t.bound) == ("this fall", "as soon as", "from")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a past-tense clause leans a yearless date back, unless the next one is much nearer
        ("He was fired from his job in July.", "2012-07"),
        ("He plans to retire in July.", "2013-07"),
        ("The offer was extended to March 30.", "2013-03-30"),
        # "since" and "ended" settle it in the past
        ("Sales have doubled since April.", "2012-04"),
        # a reporting verb tells nothing of the date's tense; "the United States" is no reporting verb
        ("He said the unit was sold and will reopen in July.", "2013-07"),
        ("The father will be traveling to the United States in July.", "2013-07"),
        # a part of this year told in the past is last year's
        ("The outbreak peaked by the end of the year.", "2012"),
        ("The outbreak will peak by the end of the year.", "2013"),
    ],
)
def test_clause_tense_chooses_the_year_of_a_yearless_date(text, value):
    (t,) = find_timexes(text)
    assert resolve(t, date(2013, 3, 22)).value == value


@pytest.mark.parametrize(
    ("text", "kind", "value"),
    [
        ("Coal use will surge over the next decade.", "DURATION", "P10Y"),
        ("Over the following decade it paid $19bn.", "DURATION", "P10Y"),
        ("In the following decade it grew.", "DATE", "202"),
    ],
)
def test_a_coming_decade_after_over_or_for_is_a_length(text, kind, value):
    (t,) = find_timexes(text)
    assert (t.type, resolve(t, date(2013, 3, 22)).value) == (kind, value)


def test_a_version_number_is_no_dotted_date():
    assert find_timexes("Version 1.2.15 shipped, then 10.4.3.") == []


@pytest.mark.parametrize("text", ["Sales rose in the six months ended Oct. 1.",
                                  "Revenue grew 4% in the 12 months to June."])
def test_a_past_or_yearless_reporting_span_keeps_its_dates_apart(text: str) -> None:
    """'the five years to March 2030' is one span due by its end; a span that ended, or names no year, is a
    reporting period: its length and its date stay two expressions."""
    assert len(find_timexes(text)) == 2


@pytest.mark.parametrize(
    ("text", "date_text", "label"),
    [
        ("The opening will be delayed by about two years to December 2031.", "December 2031", "2031-12"),
        ("Completion was pushed back by six months to March 2027.", "March 2027", "2027-03"),
        ("The launch slips three quarters to 2028.", "2028", "2028"),
    ],
)
def test_a_length_a_date_moved_is_no_range_with_that_date(text: str, date_text: str, label: str) -> None:
    found = {t.text: t for t in find_timexes(text)}
    assert date_text in found
    assert resolve(found[date_text], date(2025, 1, 9), prefer_future=True).period.label == label


def test_a_span_to_a_month_is_still_one_period() -> None:
    assert [t.text for t in find_timexes("Sales rose in the five years to March 2030.")] == [
        "the five years to March 2030"]


@pytest.mark.parametrize(
    ("text", "texts"),
    [
        ("Two further units are expected in 2027 and 2028, respectively.", ["2027", "2028"]),
        ("The plants open in April and May respectively.", ["April", "May"]),
        ("Two further units are expected in 2027 and 2028.", ["2027 and 2028"]),  # without it: a range
    ],
)
def test_respectively_keeps_two_dates_apart(text: str, texts: list[str]) -> None:
    assert [t.text for t in find_timexes(text)] == texts


def test_a_span_is_parsed_once_however_often_a_text_asks_for_it() -> None:
    """The finder, its framing pass and the resolver ask for the same spans again: the second text's spans are
    all cache hits (a repeated parse costs no rule matching), and the shared Spec is the one a fresh parse gives."""
    from extractor.time import parse as time_parse

    text = "In 2027, the plant opens in March; the second line follows in June and the third by the summer."
    find_timexes(text)
    before = time_parse.parse.cache_info()
    found = find_timexes(text)
    after = time_parse.parse.cache_info()
    assert found and after.misses == before.misses and after.hits > before.hits
    cached = time_parse.parse("June")
    time_parse.parse.cache_clear()
    assert time_parse.parse("June") == cached
