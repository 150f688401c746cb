"""Whether the sentence states something to come, judged against publication; a headline's cue."""

from __future__ import annotations

from datetime import date
from typing import Any

from extractor import time as temporal
from extractor.decide.direction import TRAILING_CUE_REACH
from extractor.decide.patterns import CUE_REACH, claim_words

TITLE_AHEAD_DAYS = 60  # a headline period that contains publication but lies mostly ahead is a claim


COARSE = {"year", "half", "quarter"}  # periods too coarse to date a statement ("now says 2029")


def _cued(cand: dict[str, Any]) -> bool:
    """A forward cue governs the expression: a future word near it in its clause, a rescheduling verb whose new
    date it is ("pushed to September 30", "delayed until 2025"), or the clause that opens its list ("will ...: the
    pilot in March; national rollout from September")."""
    future = cand["future_distance"]
    moved = cand["reschedule_distance"]
    return (future is not None and future <= CUE_REACH) or (moved is not None and cand["moved_to"]) or bool(
        cand.get("list_cue"))


TODAY_CUE_REACH = 8  # tokens from a future word to the publication day it governs ("will hold ... at 14:00 today")


def _later_today(cand: dict[str, Any], timex: temporal.Timex, anchor: date, period: temporal.Period) -> bool:
    """ "Today" under a future word just before it, nearer than any past verb ("will hold a press conference at
    14:00 today"): still to come that day; not a statement's day ("projected today": the verb right before it), nor
    another word for the day ("on Thursday" may be a day just past)."""
    before, past = cand["future_before"], cand["past_verb_before"]
    return (period.end == anchor and " ".join(timex.text.lower().split()) in claim_words("today_words")
            and before is not None and 0 < before <= TODAY_CUE_REACH and (past is None or past > before)
            and not cand["statement"] and not cand["past"])


def is_forward(cand: dict[str, Any], period: temporal.Period | None, anchor: date | None, section: str,
                year_span: bool = False, listed: bool = False, starting: bool = False,
                timex: temporal.Timex | None = None) -> bool:
    """The sentence states something to come, due in ``period`` (``year_span``: written as two years;
    ``listed``: the year opening a timeline line, "2026: financial close;"; ``starting``: bound from; ``timex``:
    the expression, read for "today")."""
    if cand["past"] or cand["condition"] or cand["superseded"]:
        return False
    if cand["question"]:
        return False  # "Will the plant open by 2027?", "Q: The 2036 Olympic bid?": a question promises nothing
    if cand["statement"] and not (period and anchor and period.start > anchor and period.granularity in COARSE):
        return False  # "said on Thursday" dates the statement; "now says 2029" cannot: it lies ahead
    if period is None or anchor is None:
        past = cand["past_verb_before"] is not None or cand["past_verb_after"] is not None
        if past and cand["future_before"] is None:
            return False  # "broke ground in September 2022": past, even with no date to judge by
        return _cued(cand) or section == "title"
    if period.end < anchor or (period.granularity == "day" and period.end <= anchor
                               and not (timex and _later_today(cand, timex, anchor, period))):
        return False
    if cand.get("told_past") and period.start <= anchor:
        return False  # "citing strong demand in the first half" while it runs: what it cites has happened
    if period.start > anchor:
        return True
    if section == "title" and (period.end - anchor).days > TITLE_AHEAD_DAYS:
        return True
    past_verb = cand["past_verb_before"] is not None or cand["past_verb_after"] is not None
    if year_span and period.end.year > anchor.year and not past_verb:
        return True  # a span of years running on past publication ("over the period 2023-2027") is a plan
    if listed and not past_verb:
        return True  # a timeline's line for the year under way ("2026: financial close;") is a step still ahead
    if starting and not past_verb and period.granularity in COARSE and not cand.get("told_past"):
        return True  # "2nm mass production from the second half of 2026", while it runs: a start still to come
    if _past_in_its_clause(cand):
        return False  # "have complained of delays at Tema this year, and ... has asked ... to publish": what has been
    scheduled = cand["schedule_before"] is not None and cand["schedule_before"] <= CUE_REACH
    return _cued(cand) or (scheduled and period.granularity in ("day", "month"))


def _past_in_its_clause(cand: dict[str, Any]) -> bool:
    """A period under way told by a past verb before it with no future cue between or right after it: the only cue
    the sentence has lies beyond the time, in another clause."""
    past, before, after = cand["past_verb_before"], cand["future_before"], cand["future_after"]
    return (past is not None and (before is None or past < before)
            and (after is None or after > TRAILING_CUE_REACH) and not cand.get("list_cue"))


def headline_cue(cand: dict[str, Any]) -> dict[str, Any]:
    """A headline's "Acme to fly ..." is a forward cue before every time of the headline, however far
    (a headline has no clauses to govern): the candidate with that cue added."""
    def nearer(d: int | None) -> int:
        return CUE_REACH if d is None else min(d, CUE_REACH)

    return {**cand, "future_before": nearer(cand["future_before"]), "future_distance": nearer(cand["future_distance"])}
