"""A coarse period a month right after it narrows ("before it rises for the summer in June", "by the start of the
2027/28 school year in July"): one expression, whose narrowest part, the month, is the claim, in the split label's
year when a split label comes before it."""

from __future__ import annotations

import re

from extractor import lexicon
from extractor import time as temporal
from extractor.decide.patterns import SPLIT_LABEL, alternation, claim_words

NOUN = rf"(?!(?:{alternation('narrowing_blockers')})\b)[a-z][\w'’-]*(?<!ing)(?<!ed)"  # "school", no verb
PERIOD_NOUN = rf"(?:\s+{NOUN})?\s+(?:{alternation('narrowing_period_nouns')})"  # "school year"
MONTH_PART = rf"(?:(?:{alternation('narrowing_month_parts')})[\s-]+)?"  # "in early July"
_MONTHS = "|".join(m.capitalize() for m in lexicon.load("time")["months"])
NARROWING_MONTH = re.compile(
    rf"(?:{PERIOD_NOUN})?\s+(?:{alternation('narrowing_joints')})\s+{MONTH_PART}"
    rf"(?:{_MONTHS})\b(?:\.?,?\s*(?P<year>(?:19|20)\d\d)\b)?(?!\.?,?\s*\d)")
# "by the end of its first half, on December 31": the day an edge of a period falls on, in apposition after it
NARROWING_DAY = re.compile(rf",\s+on\s+(?:(?:{_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\s+(?:{_MONTHS}))\b(?!,?\s*\d)")
PERIOD_EDGE = re.compile(rf"(?i)\b(?:{alternation('narrowing_edges')})\s+of\b")
DEICTIC_WORDS = re.compile(rf"(?i)\b(?:{alternation('period_particular_words')}|last)\b")


def narrowed_by_month(text: str, timex: temporal.Timex, period: temporal.Period | None, sent_end: int) -> bool:
    """A coarse period a month right after it narrows ("before it rises for the summer in June", "by the start of the
    2027/28 school year in July", "before the end of the fiscal year in March", "by the end of the 2027-28 season in
    May 2028", "in time for the winter tourist season in November 2027"): one expression, whose narrowest part, the
    month, is the claim; so is a day in apposition after the edge of a period ("by the end of its first half, on
    December 31"). Only a period that names no year of its own but a split label's ("next year in March" keeps its
    year; a month's own year must be one of the split label's), and not a month set off by a comma ("its fiscal
    third quarter, in October": an aside) or after a participle ("the third quarter ending in September": the
    period's end)."""
    if period is None or period.granularity == "day" or DEICTIC_WORDS.search(timex.text) or any(
            w.strip(".,").lower() in lexicon.load("time")["months"] for w in timex.text.split() if w[:1].isupper()):
        return False  # "the end of the fiscal year" is a month too, but names none
    split = SPLIT_LABEL.search(timex.text)
    if any(c.isdigit() for c in (timex.text.replace(split.group(), "") if split else timex.text)):
        return False
    if PERIOD_EDGE.search(timex.text) and NARROWING_DAY.match(text[:sent_end], timex.end):
        return True
    month = NARROWING_MONTH.match(text[:sent_end], timex.end)
    if month is None or not (month["year"] and split):
        return month is not None
    first = int(split.group()[:4])
    return int(month["year"]) in (first, first + 1)


def narrowing_bound(text: str, timex: temporal.Timex, sentence_timexes: list[temporal.Timex]) -> str | None:
    """The bound of the coarse period a month or day narrows ("by the end of the 2027-28 season in May 2028": by),
    which the narrowest part carries; None when no such period comes right before ``timex``."""
    for other in sentence_timexes:
        if other.end > timex.start or other.bound != "by":
            continue
        month = NARROWING_MONTH.match(text, other.end)
        day = NARROWING_DAY.match(text, other.end) if PERIOD_EDGE.search(other.text) else None
        if any(m is not None and m.end() >= timex.end for m in (month, day)):
            return other.bound
    return None


SPLIT_EDGES = alternation("split_start_edges") + "|" + alternation("split_end_edges")
SPLIT_NARROWED = re.compile(rf"(?P<edge>\b(?:{SPLIT_EDGES})\s+of\s+(?:the\s+)?)?"
                            rf"(?P<year>(?:19|20)\d\d)\s*[-–/]\s*\d\d(?:{PERIOD_NOUN})?\s+"
                            rf"(?:{alternation('narrowing_joints')})\s+{MONTH_PART}$")
SPLIT_NARROWED_REACH = 80  # characters before a month searched for the split label it narrows
SPLIT_SECOND_YEAR_MONTHS = 6  # a split year's months up to this one (January-June) lie in its second year


def split_label_year(text: str, timex: temporal.Timex) -> int | None:
    """The calendar year of a month that narrows a split label before it ("by the start of the 2027/28 school year in
    September" -> 2027): the label's first year at its start, its second at its end, else the half of the split year
    (July-June) the month lies in; None when no split label comes right before."""
    month = lexicon.load("time")["months"].get(timex.text.lower().rstrip("."))
    m = SPLIT_NARROWED.search(text, max(0, timex.start - SPLIT_NARROWED_REACH), timex.start) if month else None
    if m is None:
        return None
    first = int(m["year"])
    if m["edge"]:
        return first if m["edge"].split()[0].lower() in claim_words("split_start_edges") else first + 1
    return first + (month <= SPLIT_SECOND_YEAR_MONTHS)
