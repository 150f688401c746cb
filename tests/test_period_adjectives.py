"""Period names used as adjectives in business copy and headlines: "full-year outlook", "first-quarter revenue of
$1.9 billion", and a bare "for the year" after a fiscal-year label in its sentence.

Sentences written for this test (none taken from a corpus), published 2024-05-15.
"""

from __future__ import annotations

import pytest
from test_claims import claims

CASES = [
    # "full-year" before its noun is the year under way
    ("Analysts expect full-year sales of 1.1 trillion yen.", [("full-year", "2024", "on")]),
    ("Acme reaffirmed its full-year guidance of $10 billion.", [("full-year", "2024", "on")]),
    # a forecast changed for the period is due in it, whatever else the sentence dates
    ("Acme raises full-year profit forecast, plans 1,000 store refits by February 2026",
     [("full-year", "2024", "on"), ("February 2026", "2026-02", "by")]),
    ("Acme cuts its first-quarter sales outlook, sees recovery in 2026",
     [("first-quarter", "2025-Q1", "on"), ("2026", "2026", "on")]),
    # a metric given a figure is forecast for the period its label names
    ("Acme forecasts first-quarter revenue of $1.9 billion, sees China sales easing in fiscal 2026",
     [("first-quarter", "2025-Q1", "on"), ("fiscal 2026", "2026", "on")]),
    ("Acme expects third-quarter sales of about $2 billion and a new plant in 2026.",
     [("third-quarter", "2024-Q3", "on"), ("2026", "2026", "on")]),
    # after a reporting verb, a period adjective opens the reported clause: its cue, not "said", sets the tense
    ("Acme said third-quarter deliveries will rise to 40,000 vehicles.", [("third-quarter", "2024-Q3", "on")]),
    ("Acme said second-half demand should recover.", [("second-half", "2024-H2", "on")]),
    ("Acme said full-year sales would rise 5%.", [("full-year", "2024", "on")]),
    # "for the year" after a fiscal or full-year label in its sentence is that labelled year
    ("Acme reiterated FY25 revenue of $2 billion and EPS of $3.10 for the year.",
     [("FY25", "2025", "on"), ("the year", "2025", "on")]),
    ("Acme raised its forecast for full-year 2025 net yield growth to 4.5% and said it expects earnings per share of "
     "$3.10 for the year.", [("2025", "2025", "on"), ("the year", "2025", "on")]),
    # a part of a fiscal year written as an adjective is one period, placed in the company's calendar
    ("Acme, whose fiscal year ends in June, expects first-quarter fiscal 2025 revenue of $455 million.",
     [("first-quarter fiscal 2025", "2024-Q3", "on")]),
    ("Acme, whose fiscal year ends in June, sees second-half FY25 sales of $1 billion.",
     [("second-half FY25", "2025-H1", "on")]),
    ("Acme, whose fiscal year ends in June, reiterated FY25 revenue of $2 billion and EPS of $3.10 for the year.",
     [("FY25", "2025-06", "by"), ("the year", "2025-06", "by")]),
]

UNCHANGED = [
    # a report dated by another time keeps that date only
    ("The company will report fourth-quarter results on Feb. 4.", [("Feb. 4", "2025-02-04", "on")]),
    # "for the year" with no label before it counts from elsewhere; the year the sentence names is the claim
    ("Looking ahead to 2025, the company aims to fly 144 flights for the year.", [("2025", "2025", "on")]),
    # "full-year" only repeats a year the sentence names
    ("Acme raised its full-year outlook and now expects sales growth of 5% in 2025.", [("2025", "2025", "on")]),
    ("Acme expects EPS of $3 for the year.", []),
    # a past verb in the reported clause keeps it past; a date right after "said" still dates the saying
    ("Acme said third-quarter sales rose 5% as demand for its trucks held up.", []),
    ("Acme said mid-June it would open a plant in 2026.", [("2026", "2026", "on")]),
    # ... nor does the statement's date: "said last month" dates the saying, not "the year"
    ("Acme said last month it would post a net loss of $50 million for the year that ended in March.", []),
]


@pytest.mark.parametrize(("text", "expected"), CASES + UNCHANGED)
def test_period_adjectives(text: str, expected: list[tuple[str, str, str]]) -> None:
    assert [(c.date_text, c.promised, c.bound) for c in claims(text)] == expected
