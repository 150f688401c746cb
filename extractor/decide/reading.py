"""The expression as a claim reads it: a move's new date, an offset counted from an event, a span after an
amount, a negated minimum wait."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date
from typing import Any

from extractor import anchors
from extractor import time as temporal
from extractor.decide.patterns import alternation
from extractor.time.calendar import Cal, period_of

OVER = re.compile(r"(?i)over\s+")


AMOUNT_BEFORE = re.compile(rf"(?:\d|{alternation('amount_scale_words')})\s+$", re.I)  # "$500 billion over"


EVENT_OFFSET = re.compile(rf"\s+(?:{alternation('event_offset_links')})\s+"
                          rf"(?:(?:{alternation('event_determiners')})\s+)?"
                          rf"(?:[\w'’-]+\s+){{1,4}}(?:{alternation('event_date_prepositions')})\s+\S", re.I)


def from_event(text: str, timex: temporal.Timex, reference: date | None) -> temporal.Timex:
    """ "12 months after construction begins in March": a bare length before "after" an event the text dates right
    there (anchors.py gives that date as ``reference``) is an offset from it, as "in 12 months" is from now."""
    if reference is None or timex.type != "DURATION" or timex.prefix or not (
            EVENT_OFFSET.match(text, timex.end) or anchors.after_that(text, timex)):
        return timex
    return replace(timex, prefix="in")  # ... and "two years after that", counted from the date before it


def before_event(text: str, timex: temporal.Timex, reference: date | None) -> temporal.Resolution | None:
    """ "21 days before trial", the trial dated in the text: a deadline in the month of the event's date less the
    length (anchors.py gives that day as ``reference``); None for any other expression."""
    if reference is None or not anchors.before_event(text, timex):
        return None
    return temporal.Resolution(f"{reference:%Y-%m}", period_of(Cal("month", reference.year, reference.month)), True)


def moved_to(timex: temporal.Timex, cand: dict[str, Any]) -> temporal.Timex:
    """After a rescheduling verb, "from this summer to the first quarter of 2027" promises its end."""
    if cand["reschedule_distance"] is None or not timex.text.lower().startswith("from "):
        return timex
    ends = temporal.range_ends(timex)
    return replace(ends[1], prefix="to", bound="on") if ends else timex


def span_after_amount(text: str, timex: temporal.Timex) -> temporal.Timex:
    """ "pledging up to $500 billion over four years": after an amount, "over" spans the years ahead (a deadline
    that far from publication), it is no "more than" (TimeBank's reading, kept elsewhere: "for over four years")."""
    m = OVER.match(timex.text)
    if timex.type != "DURATION" or timex.prefix or not m or not AMOUNT_BEFORE.search(
            text, max(0, timex.start - 30), timex.start):
        return timex
    return replace(timex, start=timex.start + m.end(), text=timex.text[m.end():], prefix="over the next", bound="by")


def not_for(cand: dict[str, Any], timex: temporal.Timex) -> temporal.Timex:
    """ "will not take effect for at least 12 months": a negated minimum wait is an offset start."""
    if timex.type == "DURATION" and timex.prefix == "for" and timex.bound == "from" and cand["negated"]:
        return replace(timex, prefix="in")
    return timex
