"""Claim detection and dates on unseen styles: bounds of "until", fiscal definition clauses, split fiscal
labels, comparators, event names, spans named by their last month, durations anchored to a named time.

Sentences written for this test (none taken from a corpus), published 2024-05-15.
"""

from __future__ import annotations

import pytest
from test_claims import claims

CASES = [
    # "until" is a deadline; negated ("not ... until", "no longer expected until") a start
    ("The ministry will keep the tariff in place until 2031.", [("2031", "by")]),
    ("The bank will run the branch network until the end of 2026.", [("2026-12", "by")]),
    ("The new line will not open until 2029.", [("2029", "from")]),
    ("Rates are not expected to fall back to the 3% goal until mid-2026, the bank said.", [("2026-06", "from")]),
    ("The carmaker no longer expects the pickup until early 2027.", [("2027-H1", "from")]),
    ("Prices should stay high until at least the second half of next year.", [("2025-H2", "from")]),
    # a split fiscal label before its noun, or with a slash, is one fiscal year
    ("Ottawa will spend C$9 billion on housing in the 2026/27 fiscal year.", [("2027-03", "by")]),
    ("The Australian government expects a budget surplus in the 2025-26 financial year.", [("2026-06", "by")]),
    # a comparator's time is no due date
    ("Acme expects margins in fiscal 2026 to be wider than in fiscal 2025.", [("2026", "on")]),
    # a year naming an event, when the sentence dates the event otherwise
    ("The 2026 Commonwealth Games will open in Glasgow on July 23, 2026.", [("2026-07-23", "on")]),
    ("Los Angeles will host the 2028 Olympics.", [("2028", "on")]),
    ("The stadium will be finished in summer 2026, ready for 2030 World Cup inspections.", [("2026-Q3", "on")]),
    ("By 2026 the venues will be ready, and by 2030 Acme Games will open a studio.", [("2026", "by"), ("2030", "by")]),
    # a day range joined by a word is one expression when the year closes it
    ("The 2029 Asian Winter Games will be held between February 2 and 12, 2029.", [("2029-02-12", "by")]),
    # a span named by the month that closes it is due by that month
    ("The utility plans to spend $12 billion in the four years to March 2028.", [("2028-03", "by")]),
    ("The airline expects a profit in the 12 months ending June 2025.", [("2025-06", "by")]),
    # a duration anchored to a named time is that period's length, not an offset
    ("Fares will be capped for the three years from January 2025, the regulator said.", [("2025-01", "from")]),
    ("The plant will open two years from now.", [("2026", "on")]),
    ("The bank will hold an investor day in about two months to present its plan.", [("2024-07", "on")]),
    # "to be paid" is an infinitive to come, not a past verb
    ("The board proposed a dividend of 40 cents a share, to be paid on July 12.", [("2024-07-12", "on")]),
    # "step down from the role on" is a phrasal verb, not the baseline of a comparison ("up from 18 in 2023")
    ("The chief financial officer said she would step down from the post on August 31.", [("2024-08-31", "on")]),
    ("Sales will reach 30,000 units in 2025, up from 18,000 in 2024.", [("2025", "on")]),
    # "compared with" after a time opens a comparison: "compared" is no past verb dating it
    ("Our ambition is to raise capacity by 60% by 2030 compared with 2021 levels, the chief executive said.",
     [("2030", "by")]),
    # guidance is a forecast: a bullet of an operational update
    ("2024 production guidance of 40,000 to 44,000 boepd.", [("2024", "on")]),
    # a reporting noun dates a statement only as its medium ("in a statement on Monday")
    ("The treasurer, who will deliver a budget speech on October 8, said growth was slowing.", [("2024-10-08", "on")]),
    ("Acme said in a statement on Monday that it would open the mill in 2026.", [("2026", "on")]),
    # an ambiguous season before an event noun is a season ("a fall launch"), not the verb
    ("Zenko plans a fall debut for the console.", [("2024-Q4", "on")]),
    ("Analysts expect prices to fall sharply next year.", [("2025", "on")]),
    ("The arena will be built in Spring Hill and is due to open in 2027.", [("2027", "on")]),  # a place's name
    # a weekday hung on a future verb, however far the verb ("will launch a scheme for ... on Monday")
    ("The city will also launch a bus scheme for pensioners and students on Monday.", [("2024-05-20", "on")]),
    # "the last" of a series is no past marker ("the first in 2030 and the last by 2033")
    ("The army will receive the first tank in 2030 and the last by 2033.", [("2030", "on"), ("2033", "by")]),
    # a hyphenated -ed compound is an adjective, not a past verb that turns a yearless date back
    ("The agency will list the age-restricted apps by the end of June, the minister said.", [("2024-06", "by")]),
    ("The state-owned lender will open its Lagos branch in August.", [("2024-08", "on")]),
    # a yearless deadline reads forward with no cue ("to deploy by March" in a headline); a past verb keeps it back
    ("Acme's first robots to ship by March, second plant later", [("2025-03", "by")]),
    ("Acme had finished the work by March.", []),
    # a target restated ("was reaffirmed", "were reiterated") is still ahead
    ("The goal of 40 GW of offshore wind by 2035 was reaffirmed on Monday.", [("2035", "by")]),
    # a length before "to" and a date is how far a date moved: the date alone is due
    ("The opening has been delayed by about two years to March 2027.", [("2027-03", "on")]),
    # an old plan, then the current one after "will now": only the old date is superseded
    ("The tram link had been promised for 2023 and will now open this autumn.", [("2024-Q4", "on")]),
    ("The tram link had been promised for 2025.", []),
    # "after" a thing itself planned for a date: that date is still to come
    ("The agency expects the probe to launch in 2026, after a drop test planned for November.",
     [("2026", "on"), ("2024-11", "on")]),
    ("Sales recovered after the company cut prices in March.", []),
    # an interviewer's prompt states nothing; nor does a question with a forward word
    ("Q: The 2032 Olympic bid?", []),
    ("Is the phone finally coming this year?", []),
    # the months a results report covers are no due date when the sentence dates the report
    ("Its half-year results, for the six months to September, will be published on November 12.",
     [("2024-11-12", "on")]),
    ("Acme will spend $2 billion in the 12 months to June and $3 billion by 2028.",
     [("2024-06", "on"), ("2028", "by")]),
    # "over" after an amount spans the years ahead; after "for" it is "more than" and dates nothing
    ("The province will invest R1.5 billion over three years in clinics.", [("2027", "by")]),
    ("Acme has worked on the chip for over four years.", []),
    # a budget for a split fiscal year running on past publication, or set aside for this year, is spending to come
    ("The space agency has a budget of 140 billion rupees for 2024-25.", [("2025", "by")]),
    ("The provincial budget sets aside Rp 3.2 trillion for rail works this year.", [("2024", "on")]),
    ("The agency spent 120 billion rupees in 2024-25.", []),
    ("The space agency had a budget of 120 billion rupees for 2023-24.", []),
    # an irregular past form after an article is an adjective, not the clause's past verb; after "that" it is one
    ("The retailer will launch a paid membership in November.", [("2024-11", "on")]),
    ("The app will open to everyone on June 1, ending a preview that began in January.", [("2024-06-01", "on")]),
    # guidance changed for a period is a forecast due in it; guidance to be published on a date dates the event
    ("Tasman Power raised its guidance for the 2025 financial year to $600 million, citing rain in the first half.",
     [("2025", "on")]),
    ("Acme will publish its guidance for 2025 together with its first-quarter results on April 24.",
     [("2025-04-24", "on")]),
    # "ramp up from" a month is a phrasal verb's start; "up from" a year after a value compares it
    ("Output at the smelter will ramp up from September.", [("2024-09", "from")]),
    ("Sales will reach 30,000 units in 2025, up from 2024.", [("2025", "on")]),
    # in reported speech "was" after the time is the speaker's "is" shifted back; outside it a past event
    ("The president told analysts that a release in the first half of 2025 was the most likely outcome.",
     [("2025-H1", "on")]),
    ("The gap in the first half of 2025 was the widest on record, analysts said.", []),
    # a length counted from an event the sentence dates counts from that date, not from publication
    ("Dredging will be finished within 30 months of the contract award in June.",
     [("2026-12", "by"), ("2024-06", "on")]),
    ("The plant will open within two years of the permit decision in March 2025.", [("2027", "by"), ("2025-03", "on")]),
    # an adverb between an auxiliary and its participle keeps it a participle, not a past verb dating the time
    ("The treaty is due to be formally adopted in October.", [("2024-10", "on")]),
    ("The plant was formally opened in March.", []),
    # results scheduled for a day: the day is due (the quarter only labels the results)
    ("First-quarter results are scheduled for July 11.", [("2024-07-11", "on")]),
    # a capitalised -ed word inside a name is no past verb ("its updated Nationally Determined Contribution")
    ("Chile will file its revised Nationally Determined Contribution with the UN secretariat in September.",
     [("2024-09", "on")]),
    # (its bound: due before an event the month dates, a deadline, since the "before the <event>" class)
    ("The ministry will publish the Integrated Water Resources Plan before the summit in October.",
     [("2024-10", "by")]),
    # "once approved", "if approved": a participle of a condition to come, not a past verb
    ("The loan, which once approved by the board in July would fund two dams, is the largest yet.",
     [("2024-07", "on")]),
    ("The rent law, once signed by the governor in June, will cap increases at 3%.", [("2024-06", "on")]),
    # an infinitive of a plan or an instruction governs a time that runs at publication
    ("The regulator ordered the operator to add two turbines, with 300 MW to enter service this year.",
     [("2024", "on")]),
    ("The premier instructed the treasury to ensure that spending this year exceeds the plan.", [("2024", "on")]),
    # a deadline in days is due in the month it falls in
    ("The list of bidders will be published within 14 days.", [("2024-05", "by")]),
    # a span of years after a name, when the sentence gives another time, only names a plan
    ("The council's Regional Transport Strategy 2024-2030, adopted in March, targets 200 new buses by 2027.",
     [("2027", "by")]),
    # a fiscal label naming a budget whose step the sentence dates otherwise, with no amount, is no due date
    ("The draft fiscal 2026 budget goes to the cabinet in June.", [("2024-06", "on")]),
    ("The budget for 2025-26 will be tabled in parliament on June 12, the minister said.", [("2024-06-12", "on")]),
    ("The fiscal 2026 budget request, sent to lawmakers in March, includes $90 million for the dam.", [("2026", "on")]),
    # the period a report covers, when the sentence dates the report
    ("Annual filings are due on 30 June 2025, covering 2024.", [("2025-06-30", "on")]),
    # a length told in the past after a year already over counts from that past event
    ("Critics noted that the ministry ignored an order in 2021 to publish the data within 60 days.", []),
    ("The regulator ordered Acme to sell the unit within 90 days.", [("2024-08", "by")]),
    # "thereafter" counts a length from the date before it, here the previous sentence's deadline
    ("Lenders must file the returns no later than 31st August, 2024. Penalties shall apply within fourteen (14) days "
     "thereafter.", [("2024-08-31", "by"), ("2024-09", "by")]),
    # a programme that slipped, was deferred or brought forward: the new date is the claim, not the old one
    ("The frigate programme has slipped from 2026 to 2028.", [("2028", "on")]),
    ("The referendum was deferred from June to October.", [("2024-10", "on")]),
    ("The coal exit was brought forward from 2040 to 2035.", [("2035", "on")]),
    # a day said to open a fiscal year defines it: the label is no claim, the day is
    ("The levy will rise to 3% with effect from 1st July, 2024, being the beginning of the financial year 2024/25.",
     [("2024-07-01", "from")]),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_detect_classes(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.promised, c.bound) for c in claims(text)] == expected


FISCAL_DEFINITIONS = [
    # the clause that defines a fiscal period is no claim of its own
    ("Zenko expects revenue of $9 billion for the second quarter of fiscal 2025, which ends in late July.", 1),
    ("Zenko expects churn to rise in the third fiscal quarter, which runs from April through June.", 1),
    ("Zenko said sales in fiscal 2026, which begins in October 2025, would rise 4%.", 1),
    ("Zenko reaffirmed it expects earnings growth in fiscal 2024, which ends in September, and a buyback.", 1),
    ("The shire expects a deficit of $40 million in the 2025/26 year, which runs from 1 July 2025 to 30 June 2026.", 1),
]


@pytest.mark.parametrize(("text", "count"), FISCAL_DEFINITIONS)
def test_fiscal_definition_clause_is_no_claim(text: str, count: int) -> None:
    found = claims(text)
    assert len(found) == count
    assert all(c.fiscal for c in found)


def test_split_label_defined_by_its_days_sets_the_calendar() -> None:
    found = claims("The shire expects a deficit of $40 million in the 2025/26 year, which runs from 1 July 2025 to "
                   "30 June 2026.")
    assert [(c.date_text, c.promised) for c in found] == [("2025/26", "2026-06")]


def test_fiscal_definition_with_year_sets_the_calendar() -> None:
    (claim,) = claims("Zenko said sales in fiscal 2026, which begins in October 2025, would rise 4%.")
    assert (claim.promised, claim.bound) == ("2026-09", "by")


def test_quarter_definition_places_the_quarter() -> None:
    (claim,) = claims("Zenko expects revenue of $9 billion for the second quarter of fiscal 2025, "
                      "which ends in late July.")
    assert claim.promised == "2024-07"


def test_headline_season_before_an_event_noun_is_the_next_one() -> None:
    found = claims("Zenko said so.", title="Zenko sets fall launch for its console")
    assert [(c.promised, c.section) for c in found] == [("2024-Q4", "title")]


def test_a_headline_reporting_a_plan_in_the_infinitive_reads_forward() -> None:
    assert [(c.promised, c.bound) for c in claims("Body.", title="Kestrel says deliveries to resume from March")] == [
        ("2025-03", "from")]
    assert claims("Body.", title="Kestrel says sales to retailers rose in March") == []
