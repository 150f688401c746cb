"""Claim classes met on the thirteenth held-out corpus (tests/fixtures/heldout13_corpus), each with phrasings written
for this test (none taken from the corpus), published 2024-05-15 unless a case says otherwise.

Each case is (text, expected (date_text, promised, bound) in text order, [] for no claim).
"""

from __future__ import annotations

import pytest
from test_claims import claims


def found(text: str) -> list[tuple[str, str, str]]:
    return [(c.date_text, c.promised, c.bound) for c in claims(text)]


EVENT_PHRASE_LENGTHS = [
    # a length counted from an event another sentence dates a few words after naming it
    ("The agency will hold an auction of mobile spectrum in two bands on 12 March 2025. Winners must pay within 45 "
     "days of the auction.", [("12 March 2025", "2025-03-12", "on"), ("within 45 days", "2025-04", "by")]),
    # ... named by a phrase whose head is not its first word, in another form of the head
    ("Frequencies will be assigned to the two winning operators in September 2024. Each must launch services within "
     "12 months of the frequency assignment.", [("September 2024", "2024-09", "on"),
                                               ("within 12 months", "2025-09", "by")]),
    # ... or whose other word is what another sentence dates; working days count five in seven
    ("Applications from bidders must reach the ministry by 10 June 2024. The shortlist will be published within ten "
     "working days of the application deadline.", [("10 June 2024", "2024-06-10", "by"),
                                                  ("within ten working days", "2024-06", "by")]),
    # ... or dated in a relative clause right after it
    ("Opponents will sue within 30 days of the final count, which is scheduled for June 20.",
     [("within 30 days", "2024-07", "by"), ("June 20", "2024-06-20", "on")]),
    # a past event of the same name is another one: no date to count from
    ("The previous auction of spectrum in the band was held on 31 March 2022. Winners of the next one must pay within "
     "30 days of the auction.", []),
    # the phrase ends at a preposition: "their entry into force" is the entry, not another rule's "force"
    ("A related rule came into force in March 2024. The new rules will be reviewed within five years of their entry "
     "into force.", []),
]


@pytest.mark.parametrize(("text", "expected"), EVENT_PHRASE_LENGTHS)
def test_a_length_counts_from_an_event_phrase_dated_elsewhere(text: str,
                                                              expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


def values(text: str) -> list[tuple[str, float | None, str]]:
    return [(c.date_text, c.value, c.unit) for c in claims(text)]


COUNTED_NOUNS = [
    # a singular unit word before a plural noun modifies it: the plural noun is what is counted
    ("The transit agency will open four new express bus lanes by August.", [("August", 4.0, "lanes")]),
    ("The operator will train 250 more truck drivers by December.", [("December", 250.0, "drivers")]),
    ("The city will buy 300 electric buses by 2027.", [("2027", 300.0, "vehicles")]),  # the unit word is the head
    ("The chain will complete 500 store remodels by March.", [("March", 500.0, "stores")]),  # an action on stores
    # a spelled number before a hyphenated compound adjective still counts its noun
    ("Eight ship-to-shore gantries will be installed in the fourth quarter.",
     [("the fourth quarter", 8.0, "gantries")]),
    # ... but not one ending in a measure: a size of each thing, not what is counted
    ("Traders expect two half-point cuts by June, taking the rate to 4%.", [("June", 4.0, "%")]),
    # a price in cents per physical unit is a rate, as one in dollars is
    ("The mill will pay growers 2.5 US cents per litre more from July.", [("July", 0.025, "USD per litre")]),
    # a whole fronted at the sentence's start gives its noun to the bare part after it, and is no target itself
    ("Of the 900 posts advertised, about 250 will be filled by June.", [("June", 250.0, "posts")]),
    ("Of its 30 stores, 12 will close by June.", [("June", 12.0, "stores")]),
    # a clause after ", with" adds what goes with the claim: the main clause's amount is the target
    ("Output of 20,000 tonnes a year of refined zinc metal is expected from 2026, with silver credits of about 90,000 "
     "ounces a year.",
     [("2026", 20000.0, "tonnes per year")]),
    # a spelled number of tens and ones is one number
    ("Twenty-five per cent of the price will be paid by March.", [("March", 25.0, "%")]),
    ("The chain will open forty-two new stores by 2026.", [("2026", 42.0, "stores")]),
    # a count of the places another count is spread over says where, it is not the target
    ("The chain plans to run 45 clinics across six provinces by the end of 2027.",
     [("the end of 2027", 45.0, "clinics")]),
    ("The bank will have 900 branches in 14 countries by 2026.", [("2026", 900.0, "branches")]),
    ("The airline will fly to 12 countries by 2026.", [("2026", 12.0, "countries")]),  # no other count: the target
]


@pytest.mark.parametrize(("text", "expected"), COUNTED_NOUNS)
def test_counted_nouns_and_unit_prices(text: str, expected: list[tuple[str, float | None, str]]) -> None:
    got = values(text)
    assert [(d, u) for d, _, u in got] == [(d, u) for d, _, u in expected]
    assert all(abs((g or 0) - (e or 0)) < 1e-9 for (_, g, _), (_, e, _) in zip(got, expected, strict=True))


FORECASTS_RESTATED = [
    # a forecast changed or restated for a period not yet over is due in it, though told in the past tense
    ("Acme raised its 2024 profit guidance to $2 billion.", [("2024", "2024", "on")]),
    ("The lender cut FY24 loan growth guidance to 5%.", [("FY24", "2024", "on")]),
    ("Acme reiterated its 2025 outlook.", [("2025", "2025", "on")]),
    # ... not one for a period already over
    ("Acme cut its 2023 guidance twice.", []),
    # a budget presented for a period is the plan for it, though told in the past tense
    ("The treasurer presented a budget of $4 billion for 2024-25 on Friday.", [("2024-25", "2025", "by")]),
    ("The council tabled a $310 million budget for fiscal 2025.", [("fiscal 2025", "2025", "on")]),
    ("The minister presented a budget for 2022-23 last year.", []),
    ("The minister presented the national budget for 2024-25 in parliament on Sunday.", []),  # no amount: a label
]


@pytest.mark.parametrize(("text", "expected"), FORECASTS_RESTATED)
def test_a_forecast_restated_for_a_period_is_due_in_it(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


QUANTIFIED_ADJECTIVES = [
    # an -ed form between a quantifier and a noun describes the noun; the sentence stays forward
    ("The automaker expects to fix all affected cars by the end of September.", [("the end of September", "2024-09",
                                                                                 "by")]),
    ("The ministry will audit several delayed schemes by August.", [("August", "2024-08", "by")]),
    # ... before a determiner or a preposition it is the verb of the quantified subject, told as past
    ("The lenders all signed the accord in March.", []),
    ("The partners all agreed in April to build the plant.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUANTIFIED_ADJECTIVES)
def test_an_ed_form_after_a_quantifier_before_a_noun_is_an_adjective(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


LABELS_AND_DEFINITIONS = [
    # a yearless day a fiscal year ends on defines the calendar, it dates nothing
    ("All figures refer to the group's financial year ending 31 March.", []),
    ("Acme's fiscal year ends September 30.", []),
    # a fiscal label naming a valuation ratio's year is no due date
    ("The shares trade at 11x our FY25E P/E.", []),
    ("The stock trades on 6.5x FY2026 EV/EBITDA, a discount to peers.", []),
    # a plan named by its horizon, when the sentence dates something else
    ("A new strategy to 2028 will be unveiled at an investor day in September.", [("September", "2024-09", "on")]),
    ("The bank will extend its plan to 2030.", [("2030", "2030", "on")]),  # the year alone: the claim's time
    # a sentence that is only a time, a run-in heading, says nothing of it
    ("2025.", []),
    ("2025. Acme expects revenue of $2 billion in FY25.", [("FY25", "2025", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS_AND_DEFINITIONS)
def test_definitions_valuation_labels_and_bare_headings_are_no_claims(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


SEASON_OF_A_REFERRED_YEAR = [
    # a year named by reference after a season ("the spring of that year") belongs to the season: no claim of its own
    ("Production will start in the first quarter of 2025, with deliveries beginning in the spring of that year.",
     [("the first quarter of 2025", "2025-Q1", "on"), ("the spring", "2025-Q2", "from")]),
]


@pytest.mark.parametrize(("text", "expected"), SEASON_OF_A_REFERRED_YEAR)
def test_a_referred_year_after_a_season_is_no_claim(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


BROKEN_PROMISES = [
    # a promise reported as broken dates nothing to come
    ("The opposition said the government had failed to deliver on its promise to give every farmer $500 over two "
     "years.", []),
    ("The union said the company failed to keep its promise to pay every worker a bonus within a year.", []),
    ("Critics said the ministry failed to deliver on its promise to open 40 clinics in 2025.", []),
    # ... but a new date after it in another clause still does
    ("The city failed to meet its pledge to plant 10,000 trees by 2023, but will now plant them by 2026.",
     [("2026", "2026", "by")]),
]


@pytest.mark.parametrize(("text", "expected"), BROKEN_PROMISES)
def test_a_broken_promise_dates_nothing_to_come(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


CODED_REPORTED_PERIODS = [
    # a coded period naming a reported figure, the sentence dating something else: no due date
    ("The lender cut its 2024 guidance after 1Q24 NII of PLN 2.1bn, and will update it on July 30.",
     [("2024", "2024", "on"), ("July 30", "2024-07-30", "on")]),
    ("Output fell 3% following Q1 2024 deliveries of 9,000 units; the new line opens in June.",
     [("June", "2024-06", "on")]),
    # ... a coded period of a forecast figure, or a start, stays a time
    ("Acme expects FY25 revenue of $2 billion and will report in March.",
     [("FY25", "2025", "on"), ("March", "2025-03", "on")]),
    ("Production will move to Texas from Q1 2025 and exports will start in June.",
     [("Q1 2025", "2025-Q1", "from"), ("June", "2024-06", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), CODED_REPORTED_PERIODS)
def test_a_coded_period_naming_a_reported_figure_is_no_due_date(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected


PURPOSES = [
    # a time right after another one and "in time for" names the occasion the first is timed for: one milestone
    ("The terminal will open in March 2025, in time for the start of the 2025 summer season.",
     [("March 2025", "2025-03", "on")]),
    ("The library will reopen in August 2025, in time for the 2025-26 school year.",
     [("August 2025", "2025-08", "on")]),
    # ... alone, the occasion dates the claim
    ("The pier is due to be ready in time for the 2025-26 cruise season.", [("2025-26", "2026", "by")]),
]


@pytest.mark.parametrize(("text", "expected"), PURPOSES)
def test_the_occasion_a_dated_milestone_is_timed_for_is_no_claim(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
