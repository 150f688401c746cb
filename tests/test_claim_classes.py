"""Claim decision classes met on unseen news (issue 9): statement dates, superseded targets,
clauses opened by a past time, cue words read as nouns, anaphoric times and reported speech.

Each case is (text, expected promised labels in text order, [] for no claim), published 2024-05-15,
written for this test across companies and sectors (none taken from a corpus).
"""

from __future__ import annotations

import pytest
from test_claims import claims

CASES = [
    # a day named as a due date reads forward
    ("Veran's drug gets an FDA decision date of January 10.", ["2025-01-10"]),
    # a day a thing is set for reads forward even after a past verb
    ("Dockworkers have called a strike for January 10 over pay.", ["2025-01-10"]),
    # an en dash joining two names is no clause break: the cue before it still governs the times after it
    ("Aerlink will open a Cork–Lisbon route on June 4 and begin flights to Porto from January.",
     ["2024-06-04", "2025-01"]),
    # a past stating verb right before a time dates the statement, not the promise
    ("Analysts forecast in March that sales would reach 2 million units by 2026.", ["2026"]),
    ("The bank pledged in November to lend $5 billion over the next three years.", ["2026"]),
    ("Profit beat the $3 billion it projected in February.", []),
    ("Unilever announced in January that it would sell the unit by the end of 2025.", ["2025-12"]),
    # ... but not as a participle or with the time as its object
    ("Output is projected in 2026 to reach 40 GW.", ["2026"]),
    ("The utility forecast 2025 earnings of $2.10 a share.", ["2025"]),
    # superseded targets: the date a plan had
    ("The opening, which had been scheduled for September 30, is now set for June 2025.", ["2025-06"]),
    ("The mill is expected to start in 2027, later than the 2026 start originally planned.", ["2027"]),
    ("Airbus delayed the first flight from October to February.", ["2025-02"]),
    # a time that opens a past clause is past
    ("In March the minister paused work on the line.", []),
    ("On June 3 the regulator fined the bank, and it will appeal by August.", ["2024-08"]),
    # cue homographs read as nouns
    ("In April, the utility cancelled two wind projects off Maine, taking a charge in the first quarter.", []),
    ("The company projects revenue of $4 billion in 2025.", ["2025"]),
    # narrative anaphors count from the date they refer to
    ("The carrier ordered the jets in December 2019, planning to fly them early the following year.", []),
    ("A court upheld the permit in 2021 and the mine opened in July of that year.", []),
    ("The plant will open in 2026 and reach full output early the following year.", ["2026", "2027-H1"]),
    # ... also from a relative year, counted from publication; not from the day a statement is dated
    ("The mall will open next year, the developer said on Monday. Rents will rise the following year.",
     ["2025", "2026"]),
    ("The state will tender the bus routes in September, and new contracts will start the year after next.",
     ["2024-09", "2026"]),
    # a subordinate clause told in the past dates what happened, whatever the main clause promises
    ("Acme expects sales to fall in the third quarter after it raised prices in October.", ["2024-Q3"]),
    ("The bank said pay rises would come in the first quarter, as they were delayed to the autumn.", ["2025-Q1"]),
    ("The line will reopen when the bridge is repaired in August.", ["2024-08"]),
    ("Fees will fall after the regulator capped them from January 2025.", ["2025-01"]),
    # a negated minimum wait is a start
    ("The rules will not take effect for at least 12 months.", ["2025-05"]),
    # a bare half or quarter told in the past (a past stating verb, a cited reason) is not the period ahead
    ("Vela Foods trimmed its outlook, citing weak exports in the first half.", []),
    ("The bank expects the cost programme unveiled in the third quarter to save $200 million by 2026.", ["2026"]),
    ("Orion cut its forecast, citing expected weakness in the second half.", ["2024-H2"]),
    # legal boilerplate and a newsletter's sign-off state no news, whatever times they name
    ("This announcement contains forward-looking statements, including our outlook for 2025.", []),
    ("See you all next Thursday.", []),
    ("The council will see you at the hearing on June 20.", ["2024-06-20"]),
    # a year heading a list line or a sentence dates the bare months, seasons and parts after it, which are the claims
    ("- 2026: the ferry, in service in the spring and on the night route from October;", ["2026-Q2", "2026-10"]),
    ("In 2026, the museum reopens in March.", ["2026-03"]),
    ("2025: pilot plant trials in the second half;", ["2025-H2"]),
    ("- 2027: a second terminal.", ["2027"]),
    ("In 2019, the mine opened; it will expand in March.", ["2025-03"]),
    # a timeline's line for the year under way is a step still ahead; a past one, or one told in the past, is not
    ("Milestones:\n\n2024: financial close;\n2025: first power.", ["2024", "2025"]),
    ("History:\n\n2024: the second line opened;\n2023: the plant opened.", []),
    # a start from a period under way, told without a past verb, is still to come
    ("* Volume production from the first half of 2024, and 3nm chips in 2026.", ["2024-H1", "2026"]),
    ("Sales have grown from the first half of 2024.", []),
    # a correction quotes the text it retracts: no claim
    ("Correction, May 16: An earlier version of this story said the plant would open in 2026.", []),
    # a label defined in brackets is no due date; the period it names is
    ("Tarn expects sales of $2 billion in the 2025 financial year (\"FY25\").", ["2025"]),
    # a calendar the text states makes a label past ("FY24" ended in March), whatever the calendar year says
    ("Harbour Bank reported a profit for the year to March 31. Its FY24 annual report will be out on June 20.",
     ["2024-06-20"]),
    # a length counted from an event the sentence dates earlier: from the end of that period
    ("The satellite is due for launch in the third quarter, and will enter service within two months of launch.",
     ["2024-Q3", "2024-11"]),
]


@pytest.mark.parametrize(("text", "promised"), CASES)
def test_claim_classes(text: str, promised: list[str]) -> None:
    assert [c.promised for c in claims(text)] == promised


def test_reported_speech_counts_from_its_statement_date() -> None:
    found = claims("The fund pledged in December to invest $10 billion over the next four years.")
    assert [(c.date_text, c.promised) for c in found] == [("over the next four years", "2027")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Harbor Rail will add 40 trains next year, the operator said on 4 June 2024.", [("next year", "2025")]),
    ("The agency announced on March 3, 2023 that the scheme would end in two years.", [("in two years", "2025")]),
    # a statement date that is itself relative gives nothing to count from
    ("The firm said on Tuesday that it would hire 300 staff next year.", [("next year", "")]),
])
def test_an_undated_article_counts_from_a_full_statement_date(text: str, expected: list[tuple[str, str]]) -> None:
    assert [(c.date_text, c.promised) for c in claims(text, published=None)] == expected


def test_negated_minimum_wait_is_a_from_bound_not_a_negation() -> None:
    (claim,) = claims("The ban will not take effect for at least 12 months.")
    assert (claim.bound, claim.negated) == ("from", False)


MORE_CASES = [
    # the reporting period of a document is not its due date when the sentence names the day
    ("Acme will report results for its fiscal second quarter on July 29.", ["2024-07-29"]),
    ("It will publish full-year results and guidance for 2025 on January 30.", ["2025-01-30"]),
    # a period that already ended
    ("Rival Nortek said it would post a loss for the year that ended in March.", []),
    # an earlier target the new one replaces
    ("The minister will reach the goal by 2027, bringing forward his earlier target of 2029.", ["2027"]),
    ("The agency had originally planned to start the mandate on January 1.", []),
    # "and" joins two periods of one shape into a span that promises its later end
    ("The plant will be completed in 2026 and 2027.", ["2027"]),
    ("Elections are due in April and May.", ["2024-05"]),
    # "unlikely before" is a start, like "not before"
    ("Analysts say the network is unlikely to make money before 2027.", ["2027"]),
    # a clock time counts as the day it names
    ("The president will address the nation on Monday evening, his office said.", ["2024-05-20"]),
    ("The CEO will speak at 9 a.m. on June 3.", ["2024-06-03"]),
    # a future modal governs a long clause
    ("Some of the new features will also reach older phones including the Nova 5, the Nova 6 Mini and the Nova "
     "Fold through a software update in the second half of this year.", ["2024-H2"]),
    # "within the year" is this year
    ("The shipyard aims to win its first navy contract within the year.", ["2024"]),
    # a closed parenthesis is an aside: the cue before it still governs the time after it
    ("The insurer will launch a motor product (its first outside Lagos) in the fourth quarter.", ["2024-Q4"]),
    ("Delivery of the frigates (two built in Busan) is due by March 2026.", ["2026-03"]),
    ("The mill (which opened in 2019) will double its output.", []),
    # a narrative anaphor counts from the date before it, with or without a part of it
    ("The port will be finished by 2030 and take all traffic in the following year.", ["2030", "2031"]),
    ("The mine opened in 2019 and its owner sold it the following year.", []),
    ("Sales of the 2026 model were strong. At a briefing the next day, he said deliveries will start.", []),
    # "the full year" refers to a year named elsewhere
    ("The lender expects to turn a profit for the full year in 2026.", ["2026"]),
    ("The brewer gave no outlook for the full year.", []),
    # a quarter code read as the period a report covers when the sentence dates the report
    ("Brightline Bank will report Q3 on Oct. 30.", ["2024-10-30"]),
    ("Acme's Q2 results are due on July 25.", ["2024-07-25"]),
    ("Acme expects Q3 sales to rise.", ["2024-Q3"]),
    # "earlier than" compares two dates; it does not make the first one past
    ("The line will be finished by 2026, earlier than the 2030 target.", ["2026", "2030"]),
    ("The mill opened in 2019, two years earlier.", []),
    # guidance is a forecast
    ("Capital spending is guided at $2 billion for 2025.", ["2025"]),
    # a span of years that runs on past publication is a plan; one told in the past is not
    ("The insurer has confirmed investment of $3 billion over the period 2023-2027.", ["2027"]),
    ("Premiums grew 30% over the period 2020-2025.", []),
    # "the year ended March 31" names a period; its participle is not the past verb of a later date's clause
    ("The utility will publish results for the year ended March 31 on Tuesday, May 21.", ["2024-05-21"]),
    ("Profit for the year ended March 31 rose 5%.", []),
    # a span of years between a determiner and a noun describes the noun, unless the noun is the span
    ("The ministry will award the first contracts of its 2025-2029 rail programme by September.", ["2024-09"]),
    ("The agency projects deficits of $2 trillion over the 2025-2034 period.", ["2034"]),
    # a reporting verb, then the occasion of the statement, then its day: the day dates the statement
    ("The miner will cut 500 jobs by June, its chief executive said at a quarterly results briefing on Tuesday.",
     ["2024-06"]),
    ("The airline will show its new cabins at an investor event on Tuesday.", ["2024-05-21"]),
]


@pytest.mark.parametrize(("text", "promised"), MORE_CASES)
def test_more_claim_classes(text: str, promised: list[str]) -> None:
    assert [c.promised for c in claims(text)] == promised


def test_past_verbs_rule_even_without_a_publication_date() -> None:
    text = "When the firm broke ground in September 2022, it said production would begin in 2025."
    assert [c.date_text for c in claims(text, published=None)] == ["2025"]


LIST_ITEM_CASES = [
    # a list item is written verblessly: its bare -ed form dates a step, it does not tell the past
    ("The utility set out its works:\n\n- New substation commissioned in September.\n- Grid link finished by March.",
     ["2024-09", "2025-03"]),
    ("The club posted a thread:\n\n1/ Stands repainted in August.\n2/ Reopening on 1 September.",
     ["2024-08", "2024-09-01"]),
    # ... unless an auxiliary makes it past, or its time is over
    ("Works so far:\n\n- The old depot was demolished in April.\n- Car park resurfaced in March 2023.", []),
    # outside a list the same words read as past
    ("New substation commissioned in September.", []),
]


@pytest.mark.parametrize(("text", "promised"), LIST_ITEM_CASES)
def test_list_item_participles_date_steps(text: str, promised: list[str]) -> None:
    assert [c.promised for c in claims(text)] == promised


COLON_LIST_CASES = [
    # each item of a list a forward clause opens with a colon inherits its cue, across the semicolons
    ("The council will widen the scheme in two steps: the pilot in March; national rollout from April.",
     ["2025-03", "2025-04"]),
    ("The ferry line is scheduled to reopen in stages: the harbour route in February; the island link by April.",
     ["2025-02", "2025-04"]),
    # a list opened by a past clause, or an item told in the past, stays past
    ("The scheme was widened in two steps: the pilot in March; national rollout from April.", []),
    ("The board will decide in two rounds: the first vote in July; the second, which was held in March.",
     ["2024-07"]),
]


@pytest.mark.parametrize(("text", "promised"), COLON_LIST_CASES)
def test_colon_list_items_inherit_the_forward_cue(text: str, promised: list[str]) -> None:
    assert [c.promised for c in claims(text)] == promised


HEADING_LIST_CASES = [
    # the items of a list under a heading of steps to come are forward, even with a yearless month just past
    ("Next steps:\n\n- Public consultation closes in April.\n- Contractor appointed by June.", ["2025-04", "2024-06"]),
    ("## What happens next\n\n- Ticket office reopens in March.", ["2025-03"]),
    # ... unless an item is told in the past; another heading gives no cue
    ("Next steps:\n\n- The survey was finished in April.", []),
    ("Highlights:\n\n- Public consultation closes in April.", []),
]


@pytest.mark.parametrize(("text", "promised"), HEADING_LIST_CASES)
def test_items_under_a_next_steps_heading_are_forward(text: str, promised: list[str]) -> None:
    assert [c.promised for c in claims(text)] == promised


LIST_ITEM_WHAT_CASES = [
    # an item's marker is layout, and a participle with no finite verb stays as written, not conjugated
    ("The borough council will carry out the following works:\n\n- Market square repaved by March 2026.",
     "Market square repaved"),
    ("The ministry will roll out the scheme in phases:\n\n- All regions covered in September 2026.",
     "regions covered"),
    ("Next steps:\n\n3) Factory expansion completed in June 2026.", "Factory expansion completed"),
]


@pytest.mark.parametrize(("text", "what"), LIST_ITEM_WHAT_CASES)
def test_list_item_what_drops_marker_and_keeps_participle(text: str, what: str) -> None:
    assert [c.what for c in claims(text)] == [what]
