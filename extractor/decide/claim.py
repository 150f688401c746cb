"""The decision itself: the expression a candidate promises by and its resolution, or none."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace
from datetime import date
from typing import Any

from extractor import anchors, lexicon
from extractor import time as temporal
from extractor.decide.direction import dates_a_change, names_an_event, prefer_future, resolve
from extractor.decide.expression import (
    anchored_length,
    boilerplate,
    counted_from_past_year,
    due_date_expression,
    retrospective,
)
from extractor.decide.forward import is_forward
from extractor.decide.labels import (
    budget_label,
    day_label,
    event_name_year,
    named_year,
    plan_horizon,
    span_label,
    targets_to_come,
    year_adjective,
    year_named_apart,
)
from extractor.decide.narrowing import narrowed_by_month, narrowing_bound, split_label_year
from extractor.decide.patterns import SPLIT_LABEL, YEAR_SPAN, alternation, claim_words
from extractor.decide.periods import (
    defines_a_period,
    definition_or_reporting_period,
    forecast_restated,
    valuation_label,
)
from extractor.decide.reading import before_event, from_event, moved_to, not_for, span_after_amount

CLAIM_TYPES = {"DATE", "DURATION"}


BARE_HEADING = re.compile(r"[\W_]+")  # what may stand beside a time in a sentence that is only the time ("2027.")


DEFINED_TERM = (re.compile(r"\(\s*[\"“']\s*$"), re.compile(r"\s*[\"”']\s*\)"))  # ("FY27"): a term defined


CLOCK_DAY_GAP = re.compile(r"\s*,?\s*(?:on\s+)?")  # between a clock time and the day after it ("14:00 today")


NEGATED_TIME = re.compile(r"\bnot\s+(?:\w+\s+)?$", re.I)  # "starts on Monday, not next year"


PERFECT = re.compile(rf"(?<!\w)(?:{alternation('perfect_auxiliaries')})\s+\w+", re.I)  # "have grown"


PART_OF_YEAR = re.compile(rf"(?:(?:\b(?:{alternation('year_part_nouns')})|\b\d{{1,2}}(?:st|nd|rd|th)?\s+[A-Z][a-z]+|"
                          rf"\b[A-Z][a-z]+\.?\s+\d{{1,2}}(?:st|nd|rd|th)?)\s+of|"
                          rf"\b(?:{lexicon.alternation(lexicon.load('time')['months'])})\.?(?:\s+of)?)\s+$",
                          re.I)  # "in the summer of", "30 September of", "in March (of)": the part carries the year


REJECTED = re.compile(rf"\b(?:{alternation('rejection_verbs')})\s+(?:[\w'’-]+\s+){{0,4}}?"
                      rf"(?:{alternation('request_nouns')})\s+(?:to|for)\b[^.;:!?]*$", re.I)


REJECTED_REACH = 120  # characters before a time searched for the rejected request it belongs to


PURPOSE = re.compile(rf",?\s+(?:{alternation('purpose_links')})\s+(?:the\s+)?(?:(?:{alternation('purpose_parts')})"
                     rf"\s+of\s+(?:the\s+)?)?", re.I)  # "in August 2028, in time for the start of the 2028-29 season"


FAILURE_TURNS = lexicon.alternation(lexicon.word_list("claims", "failure_turns"), r"\s+")  # ", but will"
BROKEN = re.compile(rf"\b(?:{alternation('failure_verbs')})\s+to\s+(?:{alternation('failure_objects')})\b"
                    rf"(?:(?!,?\s+(?:{FAILURE_TURNS})\b)[^.;:!?])*$",
                    re.I)  # "had failed to deliver on its promise to give ... over two years"; not past ", but will"


EARLIER_PROMISE = re.compile(rf"\bhad\s+(?:{alternation('superseded_promise_verbs')})\b[^.;!?]*?\bwould\b[^.;!?]*$",
                             re.I)  # "had promised in 2024 that the first chips would come by"


FIGURE_ASIDE = (re.compile(rf",\s*(?:[^,]|,(?=\d)){{0,30}}?\d(?:[^,]|,(?=\d)){{0,25}}?\s"
                           rf"(?:{alternation('figure_date_links')})\s+$", re.I),  # ", $620 million at"
                re.compile(rf",\s+(?:{alternation('figure_aside_verbs')})\b", re.I))  # ", will"
FIGURE_ASIDE_REACH = 70  # characters before a time searched for the figure it dates


def _figure_aside(text: str, timex: temporal.Timex) -> bool:
    """A time inside an aside that gives a figure's current value between the subject and its verb ("Net debt, $620
    million at the end of March, will fall below $400 million by 2027"): the figure's date, not a due date. A list of
    targets ("$3 billion in 2026, $2 billion in 2027, and ...") has no verb after the aside."""
    return bool(FIGURE_ASIDE[0].search(text, max(0, timex.start - FIGURE_ASIDE_REACH), timex.start)
                and FIGURE_ASIDE[1].match(text, timex.end))


def due(cand: dict[str, Any], timex: temporal.Timex, text: str, anchor: date | None, section: str,
        sentence_timexes: Sequence[temporal.Timex], reference: date | None = None,
        fiscal: Callable[[temporal.Timex, temporal.Period | None], temporal.Period | None] | None = None,
        ) -> tuple[temporal.Timex, temporal.Resolution] | None:
    """The expression a candidate promises by and its resolution, or None when it is no claim.
    ``sentence_timexes``: the time expressions of its sentence as the Doc found them (``timex`` among them), so
    none is searched for again. ``reference`` is the date it counts from when that is not publication
    (anchors.py); past and future are still judged against publication. ``fiscal`` places a fiscal period in
    the calendar for that judgement ("fiscal 2023" of Japan runs to March 2024)."""
    if boilerplate(text[cand["sent_start"]:cand["sent_end"]]):
        return None
    if not BARE_HEADING.sub("", text[cand["sent_start"]:timex.start] + text[timex.end:cand["sent_end"]]):
        return None  # "2027." alone, a run-in heading: the sentence says nothing of the year
    count = len(sentence_timexes)
    restated = forecast_restated(text, timex)
    if restated:  # "cut FY26 NII guidance to PLN 9.4bn": the forecast for the period, whatever the verb's tense
        cand = {**cand, "past": False, "past_verb_before": None, "past_verb_after": None, "told_past": False,
                "future_before": 0, "future_distance": 0}
    if "frames" in timex.context.split():
        return None  # "- 2027: ... in the summer": the heading year dates the summer, which is the claim's time
    moved = moved_to(timex, cand)
    prefer = True if moved is not timex else prefer_future(cand, timex)  # a move's new date lies ahead
    if dates_a_change(text, timex):
        prefer = False  # "lowered its delivery target in March": the change, told as past, whatever cue is near
    if prefer is None and names_an_event(text, timex):
        prefer = True
    timex = span_after_amount(text, not_for(cand, moved))
    if timex.type not in CLAIM_TYPES | {"TIME"}:
        return None
    if carried := narrowing_bound(text, timex, sentence_timexes):  # "by the end of the season in May 2028": by May
        timex = replace(timex, bound=carried)
    split_year = split_label_year(text, timex)
    if split_year is not None:  # "by the start of the 2027/28 school year in September": that September
        reference, prefer = date(split_year - 1, 12, 31), True
    if reference is not None and anchors.in_named_year(text, timex):  # "in October the following year": that year's
        reference, prefer = date(reference.year, 1, 1), True
    before = before_event(text, timex, reference)  # "21 days before trial": by the event's date less the length
    timex = replace(timex, bound="by") if before else timex
    resolution = before or resolve(from_event(text, timex, reference), reference or anchor, prefer)
    if timex.type == "TIME" and (resolution.period is None or resolution.period.granularity != "day"):
        return None  # a clock time counts only as the day it names ("on Monday evening")
    if timex.type == "TIME" and any(o.type == "DATE" and CLOCK_DAY_GAP.fullmatch(text, timex.end, o.start)
                                    for o in sentence_timexes):
        return None  # "at 14:00 today", "at 9 a.m. on Monday": the day right after is the claim's time
    if resolution.period is None and not (resolution.relative and anchor is None):
        return None
    if (not due_date_expression(timex, resolution, reference is not None, anchors.later_length(text, timex))
            or retrospective(text, timex) or anchored_length(text, timex)):
        return None
    if not restated and (named_year(text, timex, count) or year_adjective(text, timex, count)
            or event_name_year(text, timex, count) or budget_label(cand, text, timex, count)
            or span_label(text, timex, count) or plan_horizon(text, timex, count) or day_label(text, timex, count)
            or targets_to_come(text, timex, count)):
        return None
    if year_named_apart(timex, sentence_timexes) or narrowed_by_month(text, timex, resolution.period,
                                                                        cand["sent_end"]):
        return None
    if timex.type == "DURATION" and counted_from_past_year(cand, text, timex, anchor):
        return None  # "ignored a similar order in 2022 to legislate within 180 days": counted from a past event
    if not timex.prefix and NEGATED_TIME.search(text, max(0, timex.start - 25), timex.start):
        return None  # "starts on Monday, not next year"; "not until 2027" keeps its prefix
    if _figure_aside(text, timex):
        return None  # "Net debt, $620 million at the end of March, will fall below ...": the figure's date
    if not restated and (definition_or_reporting_period(text, timex, count) or defines_a_period(text, timex)
                         or valuation_label(text, timex)):
        return None
    if " ".join(timex.text.lower().split()) in claim_words("referring_years") and PART_OF_YEAR.search(
            text, max(0, timex.start - 40), timex.start):
        return None  # "in the second semester of that year": the part carries the time
    if REJECTED.search(text, max(cand["sent_start"], timex.start - REJECTED_REACH), timex.start):
        return None  # "rejecting the company's request to push the trial into 2028": turned down, nothing to come
    if any(other.end <= timex.start and PURPOSE.fullmatch(text, other.end, timex.start) for other in sentence_timexes):
        return None  # "open in August 2028, in time for the start of the 2028-29 season": the first time dates it
    if EARLIER_PROMISE.search(text, cand["sent_start"], timex.start):
        return None  # "had promised in 2024 that the first chips would come by the summer of 2026": superseded
    if BROKEN.search(text, max(cand["sent_start"], timex.start - REJECTED_REACH), timex.start):
        return None  # "failed to deliver on its promise to give ... over two years": broken, nothing to come
    if DEFINED_TERM[0].search(text[max(0, timex.start - 4):timex.start]) and DEFINED_TERM[1].match(text, timex.end):
        return None  # "the financial year ending 30 June 2027 ("FY27")": the label it defines, no date of its own
    year_span = bool(YEAR_SPAN.search(timex.text) or SPLIT_LABEL.search(timex.text))
    listed = "listed" in timex.context.split()
    starting = timex.bound == "from" and not PERFECT.search(text, cand["sent_start"], timex.start)
    if not is_forward(cand, fiscal(timex, resolution.period) if fiscal else resolution.period, anchor, section,
                      year_span, listed, starting, timex):
        return None
    return timex, resolution
