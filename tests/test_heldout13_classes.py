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
    # a sentence that is only a time, a run-in heading, says nothing of it
    ("2025.", []),
    ("2025. Acme expects revenue of $2 billion in FY25.", [("FY25", "2025", "on")]),
]


@pytest.mark.parametrize(("text", "expected"), LABELS_AND_DEFINITIONS)
def test_definitions_valuation_labels_and_bare_headings_are_no_claims(
        text: str, expected: list[tuple[str, str, str]]) -> None:
    assert found(text) == expected
