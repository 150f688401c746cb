"""Fiscal calendars: fiscal periods resolved to the calendar per GUIDELINES "Conventions / Fiscal periods".

The main table is (text naming the company, the expression, publication date) -> (promised, bound,
fiscal_year_end): every naming convention (named by the year it ends: US, India, Australia, US federal;
by the year it begins: Japan; split labels "2024-25"), floating year ends, relative and bare periods, and
calendars the text states itself.
"""

from __future__ import annotations

from datetime import date

import pytest

from extractor import fiscal, lexicon, nlp, records
from extractor import time as temporal
from extractor.articles import Article
from extractor.fiscal import evidence
from extractor.fiscal.calendar import FiscalCalendar, to_calendar


def resolve(text: str, expression: str, published: date) -> tuple[str, str, str] | None:
    """(promised, bound, fiscal_year_end) of ``expression`` as it stands in ``text``; None if not fiscal."""
    timex = next(t for t in temporal.find_timexes(text) if t.text == expression)
    period = temporal.resolve(timex, published, prefer_future=True).period
    subject = next((key for _, key in evidence.mentions(text)), "")  # as the claim's subject would be
    found = fiscal.Context(text, published).resolve(period, timex.text, timex.bound, subject, "", (0, len(text)), text)
    return (found.period.label, found.bound, found.year_end) if found else None


@pytest.mark.parametrize(
    ("text", "expression", "published", "expected"),
    [
        # named by the year it ends: Walmart fiscal 2025 = Feb 2024 - Jan 2025
        ("Walmart expects sales to grow 3% to 4% in fiscal 2025.", "fiscal 2025", date(2024, 2, 20),
         ("2025-01", "by", "01")),
        ("Walmart expects capital expenditures of about 3% of sales this fiscal year.", "this fiscal year",
         date(2024, 2, 20), ("2025-01", "by", "01")),
        ("Walmart expects the margin to widen by the end of fiscal 2025.", "the end of fiscal 2025",
         date(2024, 2, 20), ("2025-01", "by", "01")),
        # a bare quarter in earnings news is the company's fiscal quarter
        ("For the first quarter, Walmart expects adjusted earnings of $1.48 to $1.56 a share.", "the first quarter",
         date(2024, 2, 20), ("2024-04", "by", "01")),
        # named by the year it begins (Japan): Takeda fiscal 2024 = Apr 2024 - Mar 2025
        ("Takeda projected revenue of 4.35 trillion yen for fiscal 2024.", "fiscal 2024", date(2024, 5, 9),
         ("2025-03", "by", "03")),
        ("Takeda expects to record the charges in the first quarter of fiscal 2024.",
         "the first quarter of fiscal 2024", date(2024, 5, 9), ("2024-Q2", "on", "03")),
        ("Takeda expects readouts in the second half of fiscal 2025.", "the second half of fiscal 2025",
         date(2024, 5, 9), ("2026-03", "by", "03")),
        ("Japan plans to double defence spending by fiscal 2027.", "fiscal 2027", date(2022, 12, 16),
         ("2028-03", "by", "03")),
        # India names by the end year; an alias finds the company ("InterGlobe Aviation" = IndiGo)
        ("InterGlobe Aviation expects capacity to grow 20% in the first quarter of fiscal 2024.",
         "the first quarter of fiscal 2024", date(2023, 6, 19), ("2023-Q2", "on", "03")),
        ("India's capital expenditure will rise 11% in FY25.", "FY25", date(2024, 2, 1), ("2025-03", "by", "03")),
        ("Gross market borrowing by India for the next fiscal year is pegged at 14 lakh crore rupees.",
         "the next fiscal year", date(2024, 2, 1), ("2025-03", "by", "03")),
        # split labels name the year ending in their second year
        ("India's fiscal deficit will narrow to 5.1% of GDP in fiscal 2024-25.", "fiscal 2024-25", date(2024, 2, 1),
         ("2025-03", "by", "03")),
        # fiscal halves written as codes and as words
        ("Infosys expects margins to improve in H1 FY26.", "H1 FY26", date(2025, 4, 17), ("2025-09", "by", "03")),
        ("Microsoft expects Azure growth to speed up in the second half of FY26.", "the second half of FY26",
         date(2025, 7, 30), ("2026-H1", "on", "06")),
        # a year named by its last month
        ("IndiGo expects to keep that pace through the fiscal year ending March 2024.",
         "the fiscal year ending March 2024", date(2023, 6, 19), ("2024-03", "by", "03")),
        ("India set a fiscal deficit target of 5.1% of GDP for 2024-25.", "2024-25", date(2024, 2, 1),
         ("2025-03", "by", "03")),
        # July-June: a fiscal half or quarter that is a calendar one is written as that
        ("Qantas expects domestic capacity in the first half of fiscal 2025 to be 5% higher.",
         "the first half of fiscal 2025", date(2024, 8, 29), ("2024-H2", "on", "06")),
        ("Qantas expects net capital expenditure of A$3.8 billion for fiscal 2025.", "fiscal 2025",
         date(2024, 8, 29), ("2025-06", "by", "06")),
        ("Microsoft expects Azure revenue growth of 35% in Q1 FY26.", "Q1 FY26", date(2025, 7, 30),
         ("2025-Q3", "on", "06")),
        # US federal government: October-September, named by the end year
        ("The CBO expects a deficit of $1.9 trillion in fiscal 2024.", "fiscal 2024", date(2024, 6, 18),
         ("2024-09", "by", "09")),
        ("The CBO projects debt at 99% of GDP at the end of this fiscal year.", "the end of this fiscal year",
         date(2024, 6, 18), ("2024-09", "on", "09")),
        # floating year ends: the month the period really ends in
        ("Nvidia expects revenue of $37.5 billion in the fourth quarter of fiscal 2025.",
         "the fourth quarter of fiscal 2025", date(2024, 11, 20), ("2025-01", "by", "01")),
        ("Nvidia expects revenue in the current fiscal quarter of $37.5 billion.", "the current fiscal quarter",
         date(2024, 11, 20), ("2025-01", "by", "01")),
        ("Target expects comparable sales to be flat in fiscal 2023.", "fiscal 2023", date(2023, 5, 17),
         ("2024-01", "by", "01")),  # named by its start; its 53 weeks end Feb 3, 2024: the nominal month
        ("Broadcom expects AI revenue of $10 billion in fiscal 2024.", "fiscal 2024", date(2024, 3, 7),
         ("2024-10", "by", "10")),  # to the Sunday nearest Oct 31 (Nov 3, 2024)
        ("Micron expects record revenue in fiscal 2024.", "fiscal 2024", date(2024, 3, 20), ("2024-08", "by", "08")),
        ("Apple expects revenue to grow in the first quarter of fiscal 2025.", "the first quarter of fiscal 2025",
         date(2024, 10, 31), ("2024-Q4", "on", "09")),
        # what the text says wins over the lexicon, and works for companies the lexicon does not know
        ("Acme Widgets, whose fiscal year runs from April to March, expects profit to double in fiscal 2025.",
         "fiscal 2025", date(2024, 5, 1), ("2025-03", "by", "03")),
        ("Acme's fiscal year, which begins in February, should bring record sales in fiscal 2026.", "fiscal 2026",
         date(2024, 5, 1), ("2026-01", "by", "01")),
        # a part of "the fiscal year": the year under way, though a part of that number ended weeks ago
        ("Takeda expects margins to widen in the second half of the fiscal year.",
         "the second half of the fiscal year", date(2024, 5, 9), ("2025-03", "by", "03")),
        ("Microsoft expects Azure growth to pick up in the second half of the financial year.",
         "the second half of the financial year", date(2024, 8, 1), ("2025-H1", "on", "06")),
        # a bare quarter after a labelled fiscal quarter in its sentence: the same fiscal year, earnings or not
        ("Microsoft will finish the design by the end of the first quarter of fiscal 2026 and start testing in the"
         " third quarter.", "the third quarter", date(2025, 3, 1), ("2026-Q1", "on", "06")),
        ("Microsoft will ship the console in the second half of FY27 and the handheld in the first half.",
         "the first half", date(2025, 3, 1), ("2026-H2", "on", "06")),
        ("Acme's fiscal 2026 ends in June 2026, and it expects revenue of $5 billion in fiscal 2026.", "fiscal 2026",
         date(2025, 3, 1), ("2026-06", "by", "06")),
        ("Acme expects a net loss in the fiscal year through March 2025.", "the fiscal year through March 2025",
         date(2024, 5, 9), ("2025-03", "by", "03")),
        ("Japan will spend 43 trillion yen by fiscal 2027. Its fiscal 2023 begins in April.", "fiscal 2027",
         date(2022, 12, 16), ("2028-03", "by", "03")),
        # unknown calendar: the labelled year; a calendar-year company: the year, month 12
        ("Acme expects revenue to grow 15% in fiscal 2025.", "fiscal 2025", date(2024, 5, 1), ("2025", "on", "")),
        ("Alphabet expects capital spending to rise in fiscal 2025.", "fiscal 2025", date(2024, 5, 1),
         ("2025", "on", "12")),
        # not fiscal: a bare quarter outside earnings news, a calendar-year company, a split label without a calendar
        ("Walmart will open the store in the first quarter.", "the first quarter", date(2024, 2, 20), None),
        ("Tesla expects revenue to rise in the fourth quarter.", "the fourth quarter", date(2024, 7, 1), None),
        ("The programme will run in 2024-25.", "2024-25", date(2024, 2, 1), None),
    ],
)
def test_fiscal_periods_resolve_to_the_calendar(text: str, expression: str, published: date,
                                                expected: tuple[str, str, str] | None) -> None:
    assert resolve(text, expression, published) == expected


@pytest.mark.parametrize(
    ("text", "end_month", "naming"),
    [
        ("The federal government's fiscal year runs from Oct. 1 to Sept. 30.", 9, None),
        ("Takeda's fiscal year ends in March.", 3, None),
        ("The fiscal year concludes in March.", 3, None),
        ("IndiGo, whose fiscal year runs from April to March, expects growth.", 3, None),
        ("Spending will total 43 trillion yen over the five years from fiscal 2023, which begins in April.", 3,
         "start"),
        ("For the first quarter, which ends April 30, Walmart expects earnings of $1.50 a share.", 1, None),
        ("Revenue should reach $2 billion in the fiscal year ending June 30, 2026.", 6, None),
        ("Acme's fiscal 2026 ends in June 2026.", 6, "end"),
        ("Launch slips from fiscal 2027, which runs from October 2026 to September 2027.", 9, "end"),
        # a label defined by its last day in an appositive shows the naming: this one is named by its start
        ("Acme sees sales of $4 billion for fiscal 2023, which ends January 31, 2024.", 1, "start"),
        # the calendar as an adjective, and a start written day first
        ("Like its peers, Acme keeps a July-June financial year.", 6, None),
        ("Acme works to an October-to-September fiscal year.", 9, None),
        ("The council's financial year starting on 1 April sets the fees.", 3, None),
        # a year's last month written with its year after "runs to" or "ends in late"
        ("Acme will pay A$180 million in the 2026 financial year, which runs to June 30, 2026.", 6, None),
        ("Acme sees profit of £210 million in its 2026/27 financial year, which ends in late February 2027.", 2,
         None),
        # a label, then the year it names by its last day ("the year ending ...")
        ("Acme sees sales up 4% in fiscal 2026, the year ending January 30, 2027, as shoppers return.", 1, "start"),
        # a quarter's first month is not the year's: the year ends two quarters after the fourth quarter begins
        ("Work starts in the fourth quarter of fiscal 2026, which begins in July.", 9, None),
        # a year's end written day first, and a label followed by "year" before its definition
        ("Dortwerk AG, the pump maker whose fiscal year ends on 30 September, sees orders pick up.", 9, None),
        ("Acme sees net sales of $3 billion for the full fiscal 2027 year, which ends January 29, 2028.", 1,
         "start"),
        # a year end written day first after "ending", and the period a results announcement covers
        ("Tarn Minerals gives guidance for the financial year ending 31 March 2027.", 3, None),
        ("Harbour Bank reported a net profit of A$1.2 billion for the year to September 30.", 9, None),
        ("Brightwell plc announces results for the year ended 30 April 2026.", 4, None),
    ],
)
def test_what_the_text_says_of_its_fiscal_year(text: str, end_month: int, naming: str | None) -> None:
    (statement,) = fiscal.Context(text, date(2022, 12, 16)).statements
    assert (statement.end_month, statement.naming) == (end_month, naming)


@pytest.mark.parametrize(
    ("text", "end_month"),
    [
        # the only cue a split label before a bare "year", or "business year", or an upper-case "FISCAL YEAR"
        ("The 2026/27 year, which runs from 1 July 2026 to 30 June 2027, brings new fees.", 6),
        ("Dortwerk's business year, which ends in September, closes the books.", 9),
        ("THE COMPANY'S FISCAL YEAR ENDS IN MARCH.", 3),
        ("The second quarter, which ends in late June, is busy.", 12),
    ],
)
def test_the_fiscal_word_prefilter_keeps_every_statement(text: str, end_month: int) -> None:
    (statement,) = evidence.statements(text, date(2026, 1, 5), [])
    assert statement.end_month == end_month


def test_a_text_without_a_fiscal_word_has_no_statement() -> None:
    assert evidence.statements("The plant opens in April and runs from May to June 2027.", None, []) == []


@pytest.mark.parametrize(
    ("text", "expression", "definition"),
    [
        ("The federal government's fiscal year runs from Oct. 1 to Sept. 30.", "from Oct. 1 to Sept. 30", True),
        ("Takeda's fiscal year ends in March.", "March", True),
        ("Launch slips from fiscal 2027, which runs from October 2026 to September 2027.",
         "from October 2026 to September 2027", True),
        ("IndiGo, whose fiscal year runs from April to March, expects growth.", "from April to March", True),
        ("Spending will total 43 trillion yen from fiscal 2023, which begins in April.", "April", True),
        ("Spending will total 43 trillion yen from fiscal 2023, which begins in April.", "fiscal 2023", False),
        ("Revenue should reach $2 billion in the fiscal year ending June 30, 2026.",
         "the fiscal year ending June 30, 2026", False),
        ("Acme sees sales of $4 billion for fiscal 2023, which ends January 31, 2024.", "January 31, 2024", True),
        ("The board will set fees for 2026/27, the authority's financial year starting on 1 April.", "1 April", True),
        ("Ottawa budgeted $1 billion for 2027-28, the fiscal year that starts next April.", "next April", True),
    ],
)
def test_a_calendar_definition_dates_nothing(text: str, expression: str, definition: bool) -> None:
    timex = next(t for t in temporal.find_timexes(text) if t.text == expression)
    assert fiscal.Context(text, date(2024, 5, 1)).is_definition(timex.start, timex.end) is definition


@pytest.mark.parametrize(
    ("text", "expression", "published", "expected"),
    [
        # Japanese organisations the lexicon does not know name their April-March year by the year it begins
        ("OSAKA -- Kansai Monorail, the Japanese operator, plans to open the branch line in fiscal 2027, "
         "its president told a Tokyo briefing.", "fiscal 2027", date(2025, 3, 1), ("2028-03", "by", "03")),
        ("The Tokyo maker said its fiscal year runs from April to March. Hoshino Robotics, Japan's largest, "
         "will ship the arm in the fourth quarter of fiscal 2026.", "the fourth quarter of fiscal 2026",
         date(2025, 3, 1), ("2027-Q1", "on", "03")),
        # ... but a Japanese company the lexicon knows keeps its own naming (Toyota: by the year it ends)
        ("TOKYO -- Toyota, Japan's largest carmaker, expects record profit in fiscal 2026, in yen terms.",
         "fiscal 2026", date(2025, 5, 8), ("2026-03", "by", "03")),
        # a label the text defines by its end in the same sentence, and the text's other labels with it
        ("Meridian Retail expects profit of $2 billion in fiscal 2026, which ends January 31, 2027.", "fiscal 2026",
         date(2025, 3, 1), ("2027-01", "by", "01")),
        ("For fiscal 2026, which ends January 31, 2027, Meridian sees growth. Meridian plans 40 stores by the end "
         "of fiscal 2028.", "the end of fiscal 2028", date(2025, 3, 1), ("2029-01", "by", "01")),
        # Indian labels of unknown companies: April-March, named by the year they end
        ("Bengaluru-based Kaveri Foods, whose shares trade on the NSE, aims to double exports to Rs 900 crore by FY28.",
         "FY28", date(2025, 3, 1), ("2028-03", "by", "03")),
        ("Kaveri Foods keeps an April-March financial year. It plans a US filing in Q2 FY27.", "Q2 FY27",
         date(2025, 3, 1), ("2026-Q3", "on", "03")),
        # a definition in another sentence of the text applies
        ("Its financial year runs July to June. Coral Minerals expects output to rise in FY26.", "FY26",
         date(2025, 3, 1), ("2026-06", "by", "06")),
        ("The Perth miner, listed on the ASX, expects to restart the mill in the second half of FY27.",
         "the second half of FY27", date(2025, 3, 1), ("2027-H1", "on", "06")),
        # New Zealand public bodies and companies: July-June, like Australia's
        ("The Wellington council says Auckland and Christchurch face the same gap: $300 million in 2027/28.",
         "2027/28", date(2025, 3, 1), ("2028-06", "by", "06")),
        # UK split labels with a slash: the year ending in March of the second year
        ("The authority's financial year starts on 1 April. Fees will rise by 3% in 2026/27.", "2026/27",
         date(2025, 3, 1), ("2027-03", "by", "03")),
        # a half or quarter of a split label is one of that fiscal year, not of its first calendar year
        ("Kaveri Foods keeps an April-March financial year and will launch the drug in the second half of 2026-27.",
         "the second half of 2026-27", date(2025, 3, 1), ("2027-03", "by", "03")),
        ("Kaveri Foods keeps an April-March financial year; exports start in Q1 2026-27.", "Q1 2026-27",
         date(2025, 3, 1), ("2026-Q2", "on", "03")),
        # a country's currency cue runs into its amount ("NZ$640 million", "A$310 million")
        ("Kauri Power sees EBITDAF of NZ$640 million and capex of NZ$450 million in FY27.", "FY27",
         date(2026, 2, 24), ("2027-06", "by", "06")),
        ("Coral Ports will spend between A$310 million and A$340 million in FY26.", "FY26", date(2025, 8, 19),
         ("2026-06", "by", "06")),
        # a quarter's stated start dates the quarter, never the year: the US federal year ends in September
        ("The levee will be finished by the end of fiscal 2029. Work starts in the fourth quarter of fiscal 2026, "
         "which begins in July.", "the end of fiscal 2029", date(2026, 6, 25), ("2029-09", "by", "09")),
        # a year defined in an appositive by its last day, and the text's other labels with it
        ("Brightwater sees sales up in fiscal 2026, the year ending January 30, 2027. It targets $3.5 billion by "
         "fiscal 2028.", "fiscal 2028", date(2026, 3, 5), ("2029-01", "by", "01")),
        # a bare half in earnings news is a half of the year the text states
        ("Acme sees profit in its 2026/27 financial year, which ends in late February 2027. It expects "
         "like-for-like sales growth of 3% to 4% in the second half.", "the second half", date(2026, 4, 15),
         ("2027-02", "by", "02")),
        # a bare quarter the claim's own sentence defines ("which ends in early May") follows that definition
        ("For the first quarter, which ends in early May, Acme expects earnings of $0.38 a share.",
         "the first quarter", date(2026, 3, 5),
         ("2026-05", "by", "02")),
        # a Japanese company by its exchange ticker and yen amounts, though the text also names the U.S.
        ("Yamabuki Chemical Co., Ltd. (TSE: 4021) sees sales of ¥90 billion in the first half of fiscal 2027 and a "
         "U.S. filing; its fiscal year runs from April to March.", "the first half of fiscal 2027",
         date(2026, 5, 1), ("2027-09", "by", "03")),
        # sub-national governments keep their country's April-March year (Canada, India, South Africa)
        ("The Manitoba government will pay $40 million toward the arena in 2027-28.", "2027-28", date(2026, 5, 1),
         ("2028-03", "by", "03")),
        ("Maharashtra will spend ₹2,000 crore on the coastal road in 2027-28.", "2027-28", date(2026, 5, 1),
         ("2028-03", "by", "03")),
        ("Gauteng has set aside R1.2 billion for clinics in 2026/27.", "2026/27", date(2026, 5, 1),
         ("2027-03", "by", "03")),
        # a range or pair of split labels: the later label's fiscal year, by
        ("The province will pay R900 million over the 2027/28 to 2029/30 period, Gauteng said.",
         "2027/28 to 2029/30", date(2026, 5, 1), ("2030-03", "by", "03")),
        ("Manitoba will fund the rink over the 2026-27 and 2027-28 fiscal years.", "2026-27 and 2027-28",
         date(2026, 5, 1), ("2028-03", "by", "03")),
        # a quarter "of the new fiscal year" is of the year under way (a September year-end: October-December)
        ("Dortwerk AG, whose fiscal year ends on 30 September, expects weaker orders in the first quarter of the new "
         "fiscal year.", "the first quarter of the new fiscal year", date(2026, 11, 12), ("2026-Q4", "on", "09")),
        # after a fiscal label in the sentence, "the end of the first half" and "next year" are fiscal
        ("Larchmont Stores' fiscal 2026 ends January 30, 2027. It will open 12 stores in fiscal 2027 and refit 30 by "
         "the end of the first half.", "the end of the first half", date(2026, 11, 20), ("2027-07", "by", "01")),
        ("Larchmont Stores sees capex of $200 million in fiscal 2026, the year ending January 30, 2027, and $250 "
         "million next year.", "next year", date(2026, 11, 20), ("2028-01", "by", "01")),
        # "not before" a fiscal year that is no calendar one: written as the month it ends, bound from
        ("India's new debt rule will apply from 2026-27, Sitharaman said.", "2026-27", date(2026, 2, 1),
         ("2027-03", "from", "03")),
        ("Opposition MPs said NSW would not return to surplus before 2029-30.", "2029-30", date(2026, 6, 23),
         ("2030-06", "from", "06")),
        # East African and Thai governments, and their agencies, keep July-June and October-September years
        ("Kenya's roads agency will tarmac 900 km of feeder roads by the end of the 2028/29 financial year, the "
         "Nairobi ministry said.", "the end of the 2028/29 financial year", date(2026, 8, 1), ("2029-06", "by", "06")),
        ("Thailand's rail authority expects the Korat line to carry passengers in fiscal 2029, a Bangkok official "
         "said.", "fiscal 2029", date(2026, 8, 1), ("2029-09", "by", "09")),
        ("Uganda's power regulator in Kampala plans new tariffs in fiscal 2028.", "fiscal 2028", date(2026, 8, 1),
         ("2028-06", "by", "06")),
        # no country and no calendar: the labelled year, as before
        ("Meridian expects revenue to grow in FY26.", "FY26", date(2025, 3, 1), ("2026", "on", "")),
    ],
)
def test_unknown_organisations_keep_their_countrys_or_their_texts_calendar(
        text: str, expression: str, published: date, expected: tuple[str, str, str]) -> None:
    assert resolve(text, expression, published) == expected


def test_a_statistic_over_a_trailing_year_states_no_fiscal_calendar() -> None:
    assert fiscal.Context("Prices rose 3.1% in the year to March, the ONS said.", date(2026, 4, 15)).statements == []


@pytest.mark.parametrize(
    ("text", "expression", "expected"),
    [
        # a results period states the year end the company's labels then follow
        ("Harbour Bank reported a profit of A$1.2 billion for the year to September 30 and expects costs to rise 2% "
         "in FY27.", "FY27", ("2027-09", "by", "09")),
        ("Tarn Minerals gives guidance for the financial year ending 30 June 2027. Output will rise in the second "
         "half of FY27.", "the second half of FY27", ("2027-H1", "on", "06")),
        # a UK split label is the April-March year of the public bodies and tax; a UK "fiscal 2027" stays as written
        ("The NHS trust in Leeds expects its deficit to narrow to £12 million in 2026/27, from £20 million.",
         "2026/27", ("2027-03", "by", "03")),
        ("Britain's water companies will raise bills by 9% in 2026/27, Ofwat said.", "2026/27",
         ("2027-03", "by", "03")),
        ("Brightwell, the British retailer listed on the FTSE 250, expects sales of £3 billion in fiscal 2027.",
         "fiscal 2027", ("2027", "on", "")),
        # the end of a bare fiscal quarter after a possessive: the next such quarter to end, as its last month
        ("Tallis Defense's fiscal year ends September 30, and it expects full staffing by the end of our fiscal second"
         " quarter.", "the end of our fiscal second quarter", ("2027-03", "by", "09")),
        # a year before "financial year" after a possessive, with the year's end stated after it
        ("Harrow Power plans to add 2 GW by the end of its 2027 financial year, which ends in March.",
         "its 2027 financial year", ("2027-03", "by", "03")),
    ],
)
def test_results_periods_and_uk_split_years(text: str, expression: str, expected: tuple[str, str, str]) -> None:
    assert resolve(text, expression, date(2026, 10, 28)) == expected


def test_july_june_countries_lend_their_year_to_an_unknown_organisation() -> None:
    text = "Karachi's port trust, Pakistan's busiest, expects cargo to grow 8% in FY27, officials in Islamabad said."
    assert resolve(text, "FY27", date(2026, 8, 5)) == ("2027-06", "by", "06")
    text = "Cairo's metro authority in Egypt plans to open the line in fiscal 2027/28."
    assert resolve(text, "fiscal 2027/28", date(2026, 8, 5)) == ("2028-06", "by", "06")


@pytest.mark.parametrize(("published", "expected"), [(date(2026, 5, 20), "2027-06"), (date(2026, 7, 10), "2027-06"),
                                                    (date(2026, 11, 2), "2028-06")])
def test_the_fiscal_year_starting_on_a_day_is_the_one_that_begins_then(published: date, expected: str) -> None:
    text = "Kenya's treasury targets a deficit of 4% of GDP in the fiscal year starting July 1, Nairobi officials said."
    assert resolve(text, "the fiscal year", published) == (expected, "by", "06")


def test_a_country_needs_more_cues_than_any_other() -> None:
    assert evidence.convention("Sony said in Tokyo it will sell yen bonds.").naming == "start"
    assert evidence.convention("The Tokyo fund bought Mumbai shares.") is None  # one cue each: no country
    assert evidence.convention("Acme, based in Ohio, plans a plant.") is None
    # Canada and South Africa keep April-March years (governments, agencies, state companies)
    assert evidence.convention("The Ottawa agency and the Toronto transit board agreed.").end_month == 3
    assert evidence.convention("Eskom told Johannesburg lawmakers it needs more.").end_month == 3
    # Kenya, Pakistan and Egypt keep July-June years, Thailand an October-September one
    assert evidence.convention("A Nairobi court fined the Kenyan insurer KSh 2 million.").end_month == 6
    assert evidence.convention("Karachi traders said Pakistan's exports fell.").end_month == 6
    assert evidence.convention("Cairo said Egyptian wheat stocks are ample.").end_month == 6
    assert evidence.convention("Bangkok hotels want the Thai visa rule extended.").end_month == 9
    # an American article that names Japan twice lends no Japanese year to an American company
    assert evidence.convention("The New York chipmaker, listed on the Nasdaq, sells to Japan and Japanese "
                               "carmakers; U.S. demand is weak.") is None


PUBLISHED = date(2024, 5, 9)


def claims(text: str) -> list[records.Claim]:
    article = Article("doc", "f.txt", "", "", text, PUBLISHED, "metadata")
    composed, sections = records.compose(article)
    return records.claims_from_doc(nlp.load()(composed), article, sections)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a sentence that only defines the fiscal year is no claim
        ("The federal government's fiscal year runs from Oct. 1 to Sept. 30.", []),
        ("Takeda's fiscal year ends in March.", []),
        # ... and it sets the calendar of the claims around it
        ("Takeda's fiscal year ends in March. Takeda expects to return to growth in fiscal 2025.",
         [("2026-03", "by", True, "03")]),
        ("Acme, whose fiscal year runs from July to June, will open the plant in fiscal 2025.",
         [("2025-06", "by", True, "06")]),
        # "the next two financial years" are the government's: India's end in March
        ("Gujarat said India's Centre will match the grant over the next two financial years.",
         [("2027-03", "by", True, "03")]),
        # an NHS trust keeps the April-March year
        ("Northfield NHS Trust runs three NHS hospitals. The trust expects to clear its backlog by the end of the "
         "financial year.",
         [("2025-03", "by", True, "03")]),
        # a bare half after a labelled one shares its calendar, the country's when the company is unknown
        ("Sydney-based Southern Skies, listed on the ASX, said domestic capacity would grow 3% in the first half of "
         "FY25, while international capacity would rise 9% in the second half.",
         [("2024-H2", "on", True, "06"), ("2025-H1", "on", True, "06")]),
        # "the United States" is a name, not a reporting verb dating the statement
        ("Japan will start receiving the missiles from the United States in the current fiscal year.",
         [("2025-03", "by", True, "03")]),
        # a 52/53-week year stated by its weekday ("ends on the last Sunday of October"): no claim of its own
        ("Corvane Tools, whose fiscal year ends on the last Sunday of October, expects sales to grow in fiscal 2025.",
         [("2025-10", "by", True, "10")]),
        # a fiscal quarter that is still ahead once placed in the company's calendar is a claim
        ("Takeda expects to record the bulk of the charges in the first quarter of fiscal 2024.",
         [("2024-Q2", "on", True, "03")]),
        # no fiscal calendar needed: nothing changes
        ("Acme plans to launch the product in 2026.", [("2026", "on", False, "")]),
    ],
)
def test_claims_carry_the_fiscal_calendar(text: str, expected: list[tuple[str, str, bool, str]]) -> None:
    assert [(c.promised, c.bound, c.fiscal, c.fiscal_year_end) for c in claims(text)] == expected


def test_the_lexicon_covers_the_companies_and_governments_analysts_follow() -> None:
    known = evidence.calendars()
    assert len(known) >= 60
    assert {k: known[k].end_month for k in ("Apple", "Microsoft", "Walmart", "Toyota", "Infosys", "Qantas")} == {
        "Apple": 9, "Microsoft": 6, "Walmart": 1, "Toyota": 3, "Infosys": 3, "Qantas": 6}
    assert evidence.entity_of("InterGlobe Aviation") == "IndiGo"
    assert evidence.entity_of("Congressional Budget Office") == "US federal government"
    assert all(c.naming in ("end", "start") for c in known.values())
    assert lexicon.load("fiscal")["default_naming"] == "end"


@pytest.mark.parametrize(
    ("rule", "year", "last_day"),
    [
        ("last Sunday of January", 2025, date(2025, 1, 26)),  # Nvidia fiscal 2025
        ("last Saturday of September", 2024, date(2024, 9, 28)),  # Apple fiscal 2024
        ("Thursday nearest August 31", 2024, date(2024, 8, 29)),  # Micron fiscal 2024
        ("Sunday nearest October 31", 2024, date(2024, 11, 3)),  # Broadcom fiscal 2024
        ("Saturday nearest January 31", 2024, date(2024, 2, 3)),  # Target fiscal 2023
        ("January 31", 2025, date(2025, 1, 31)),  # Walmart fiscal 2025
        ("February", 2024, date(2024, 2, 29)),
    ],
)
def test_floating_year_ends(rule: str, year: int, last_day: date) -> None:
    month = last_day.month if "nearest" not in rule else int(
        {"August": 8, "October": 10, "January": 1}[rule.split()[-2]])
    assert FiscalCalendar(month, rule=rule).year_end(year) == last_day


def test_a_floating_year_is_written_as_its_nominal_month_with_its_exact_days() -> None:
    target = evidence.calendars()["Target"]
    period, bound = to_calendar(target, target.end_year(2023), "year", 1, "on")
    assert (period.label, period.start, period.end, bound) == ("2024-01", date(2023, 1, 29), date(2024, 2, 3), "by")


def test_quarters_of_a_52_53_week_year_are_13_weeks() -> None:
    nvidia = evidence.calendars()["Nvidia"]
    ends = [to_calendar(nvidia, 2025, "quarter", q, "on")[0].end for q in (1, 2, 3, 4)]
    assert ends == [date(2024, 4, 28), date(2024, 7, 28), date(2024, 10, 27), date(2025, 1, 26)]


@pytest.mark.parametrize(
    ("text", "subject", "main", "expected"),
    [
        # a company the lexicon does not know borrows no calendar from the country it works in ...
        ("Acme plc expects UK sales to rise in fiscal 2025. The UK market is weak.", "Acme plc", "Acme plc", "2025"),
        # ... nor from a company it merely names
        ("Obsidian expects capex of $40 billion in fiscal 2027, more than Nvidia's.", "Obsidian", "Obsidian", "2027"),
        # a government's year serves public money, whoever the sentence's subject seems to be
        ("India set a fiscal deficit target for 2024-25. India's budget was cautious.", "Reuters", "", "2025-03"),
        # the claim's own subject wins over the article's main company (Arm runs April-March, named by its end)
        ("SoftBank said Arm will sell server chips in Q4 FY26.", "Arm Holdings", "SoftBank", "2026-Q1"),
        # a split label is a fiscal year by its form: it borrows the government the sentence names
        ("Queensland will spend A$7 billion on the venues in 2027-28.", "Acme", "Acme", "2028-06"),
        ("Ofwat expects bills to rise in 2025-26.", "Thames Water", "Thames Water", "2026-03"),
        # a definition in the claim's own sentence outranks the lexicon (Toyota's year ends in March)
        ("Toyota, whose fiscal year runs from July to June, expects profit to fall in fiscal 2026.", "Toyota",
         "Toyota", "2026-06"),
        ("Infosys expects revenue to grow in fiscal 2027, which begins in April 2026.", "Infosys", "Infosys",
         "2027-03"),
        # an analyst's bank named in a results call lends no calendar to the Australian company the call is about
        # (Macquarie's year ends in March; the Perth miner's, like its country's, in June)
        ("Jane Roe, Macquarie: And capex? Anna Lee, Wattle Metals: The Perth miner plans A$200 million in FY28. "
         "Jane Roe, Macquarie: Thanks.", "Wattle Metals", "Wattle Metals", "2028-06"),
    ],
)
def test_whose_calendar(text: str, subject: str, main: str, expected: str) -> None:
    timex = next(t for t in temporal.find_timexes(text) if "FY" in t.text or "fiscal" in t.text or "-" in t.text)
    period = temporal.resolve(timex, date(2024, 5, 1), prefer_future=True).period
    found = fiscal.Context(text, date(2024, 5, 1)).resolve(period, timex.text, timex.bound, subject, main,
                                                             (0, len(text)), text)
    assert found.period.label == expected


def test_a_year_counted_from_now_is_fiscal_only_after_a_fiscal_label_in_its_sentence() -> None:
    text = "Larchmont Stores, whose fiscal year ends in January, expects sales to rise next year."
    assert resolve(text, "next year", date(2026, 11, 20)) is None


def test_a_year_moved_to_a_date_is_no_year_named_by_its_end() -> None:
    texts = [t.text for t in temporal.find_timexes("The element was postponed by a year to January 1, 2026.")]
    assert "January 1, 2026" in texts


@pytest.mark.parametrize(
    "text",
    [
        "Congress passed a stopgap budget through March 14 to keep the government open.",
        "Inflation in the year to March slowed to 3.2%.",
        "The plant will run from April to March next year.",
    ],
)
def test_no_fiscal_calendar_is_read_into_other_spans(text: str) -> None:
    assert fiscal.Context(text, date(2024, 5, 1)).statements == []


def test_a_part_of_the_fiscal_year_under_way_stays_in_it() -> None:
    """"the end of the second quarter of the fiscal year" in November of an October-September year is March next
    year, though the calendar reading of "the second quarter" (June) has already passed and moved a year on."""
    text = ("Thailand's Budget Bureau expects 80% of capital spending to be disbursed by the end of the second "
            "quarter of the fiscal year.")
    article = Article("doc", "f.txt", "", "", text, date(2026, 11, 20), "metadata")
    composed, sections = records.compose(article)
    found = records.claims_from_doc(nlp.load()(composed), article, sections)
    assert [(c.promised, c.bound, c.fiscal_year_end) for c in found] == [("2027-03", "by", "09")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # an agency the lexicon does not know, in a text about one government, keeps that government's year
        ("The GAO said the Army's scout helicopter will now enter service in fiscal 2030. The Government "
         "Accountability Office blamed engine delays.", "2030-09"),
        # ... not when a company is named as often: its year is unknown, the label stands
        ("The GAO said Acme's scout helicopter will now enter service in fiscal 2030. The GAO and Boeing blamed Acme; "
         "Boeing declined to comment.", "2030"),
    ],
)
def test_an_unknown_agency_keeps_its_governments_year(text: str, expected: str) -> None:
    timex = next(t for t in temporal.find_timexes(text) if "fiscal" in t.text)
    period = temporal.resolve(timex, date(2026, 4, 1), prefer_future=True).period
    found = fiscal.Context(text, date(2026, 4, 1)).resolve(period, timex.text, timex.bound, "Army", "Army",
                                                             (0, len(text)), text)
    assert found.period.label == expected


@pytest.mark.parametrize(
    ("text", "published", "expected"),
    [
        # "the fiscal year that begins on October 1", said in March: the year beginning then, not the one under way
        ("The Thai government will release 900 million baht for the dam in the fiscal year that begins on October 1.",
         date(2026, 3, 16), "2027-09"),
        # said in November, the next October is almost a year away
        ("Bangkok will release 900 million baht for the dam in the fiscal year that begins in October.",
         date(2026, 11, 20), "2028-09"),
    ],
)
def test_the_fiscal_year_that_begins_next(text: str, published: date, expected: str) -> None:
    article = Article("doc", "f.txt", "", "", text, published, "metadata")
    composed, sections = records.compose(article)
    found = records.claims_from_doc(nlp.load()(composed), article, sections)
    assert [c.promised for c in found] == [expected]


def test_statements_found_in_one_scan_are_every_patterns_own_matches(monkeypatch: pytest.MonkeyPatch) -> None:
    """The statement patterns are tried only where they can start (`starts.scan`): the statements are those of
    every pattern's own ``finditer``, on the fixture corpora and on statements of every form."""
    from pathlib import Path

    from extractor.articles import read_articles
    from extractor.fiscal.evidence.statement import statement_index
    from extractor.time import starts

    assert not statement_index().unread  # every pattern's starts are read: none scans the whole text
    corpora = sorted((Path(__file__).parent / "fixtures").glob("*_corpus"))
    texts = [records.compose(a)[0] for a in read_articles(corpora).articles]
    texts += ["IndiGo, whose fiscal year runs from April to March, said FY27 runs from June 2026 to May 2027.",
              "The 2026/27 sugar season, which began on 1 April; the first quarter, which ends April 30.",
              "Results for the year ended 30 June 2026 ($FY2026), and fiscal 2025, which ends February 28, 2026."]
    indexed = [evidence.statements(t, date(2026, 1, 1), evidence.mentions(t)) for t in texts]

    def every_pattern(text: str, idx: starts.StartIndex):
        for i, rx in enumerate(idx.patterns):
            for m in rx.finditer(text):
                yield i, m

    monkeypatch.setattr(starts, "scan", every_pattern)
    plain = [evidence.statements(t, date(2026, 1, 1), evidence.mentions(t)) for t in texts]
    assert indexed == plain and sum(map(len, plain)) > 20
