"""Which way a time without a year resolves (ahead, back or the nearest occurrence) and the resolution itself:
a promise cannot be due in a yearless month already over."""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import Any

from extractor import lexicon
from extractor import time as temporal
from extractor.decide.patterns import CUE_REACH, alternation, claim_words
from extractor.time.parse import parse as parse_span

YEAR_SLACK_DAYS = 60  # at least the normaliser's slack for keeping a date just past


RECENT_DAY_DAYS = 14  # a yearless day this many days before publication is the one just past, whatever the cue


WEEKDAY_CUE_REACH = 5  # "will hold it on Thursday": only a close cue makes a weekday future


PERIOD_SUBJECT_REACH = 3  # tokens from a period adjective to the cue of the clause its noun opens ("net sales will")


TRAILING_CUE_REACH = 5  # "In March, Acme will ...": a cue after the expression governs it only when close


def _bare_weekday(text: str) -> bool:
    """ "Tuesday", "on Monday evening": a weekday that does not say "next" or "coming"."""
    words = text.lower().replace("’s", "").replace("'s", "").split()
    return bool(words) and words[-1] in lexicon.load("time")["weekdays"] and words[0] not in claim_words(
        "weekday_forward_words")


def _weekday_cue(cand: dict[str, Any]) -> bool:
    """A cue right before the expression ("will hold it on Thursday")."""
    near = [d for d in (cand["future_before"], cand["schedule_before"]) if d is not None]
    return bool(near) and min(near) <= WEEKDAY_CUE_REACH


def reads_parse(cand: dict[str, Any], timex_text: str) -> bool:
    """Whether the decision on ``cand`` reads the parse (its `syn_time`): a bare weekday with no cue
    right before it, which only a future verb makes a claim. The syntax component parses these
    before the decision, the other candidates' sentences only once they are claims."""
    return _bare_weekday(timex_text) and not _weekday_cue(cand)


def prefer_future(cand: dict[str, Any], timex: temporal.Timex) -> bool | None:
    """How to resolve a date without a year: forward when a cue governs it (one before it in its
    clause, or one right after it), backward when a past-tense verb is nearer ("took over in April"),
    else the nearest occurrence. A bare weekday is the recent past in news ("said Tuesday") unless a
    cue stands right before it or it says "next"."""
    before, after, past = cand["future_before"], cand["future_after"], cand["past_verb_before"]
    if _bare_weekday(timex.text):
        # or the verb the parser hangs it on is in the future ("will start a scheme for ... on Monday")
        return _weekday_cue(cand) or cand.get("syn_time") == "future"
    if cand["moved_to"] and cand["reschedule_distance"] is not None:
        return True
    if _scheduled_day(timex):
        return True  # "unions have called a strike for August 4": the day it is set for, whatever the verb's tense
    if cand.get("told_past"):
        return False  # "the plan announced in the third quarter", "citing demand in the first half": told as past
    if _reported_period_subject(cand, timex):
        return True  # "said third-quarter deliveries will rise": the period opens the reported clause
    if past is not None and (before is None or past < before):
        return False  # "took over in April": the nearest verb is past
    if cand["past_verb_after"] is not None:
        return False  # "In March the secretary paused work": the clause it opens is past
    scheduled = cand["schedule_before"] is not None and cand["schedule_before"] <= CUE_REACH
    governed = (before is not None and before <= CUE_REACH) or (after is not None and after <= TRAILING_CUE_REACH) \
        or bool(cand.get("list_cue"))
    deadline = (timex.prefix or "").lower() in lexicon.load("time")["forward_deadline_prefixes"]
    return True if governed or scheduled or deadline else None


def _reported_period_subject(cand: dict[str, Any], timex: temporal.Timex) -> bool:
    """A hyphenated period before its noun right after a reporting verb, with a future cue just after ("Acme said
    third-quarter deliveries will rise", "said full year sales will rise"): the past verb reports; the clause the
    period opens is to come."""
    after = cand["future_after"]
    adjective = "-" in timex.text or " ".join(timex.text.lower().split()) in claim_words("year_adjectives")
    return (adjective and not timex.prefix and bool(cand.get("reporting")) and after is not None
            and after <= PERIOD_SUBJECT_REACH and cand["past_verb_after"] is None)


CHANGED_FORECAST = re.compile(rf"\b(?P<before>[\w'’]+\s+)?(?:{alternation('forecast_changed_verbs')})\s+"
                              rf"(?:[\w'’-]+\s+){{0,4}}?(?:{alternation('forecast_nouns')})\s+"
                              rf"(?:{alternation('changed_forecast_prepositions')})\s+$", re.I)
CHANGED_OBJECT = re.compile(rf"\b(?P<before>[\w'’]+\s+)?(?:{alternation('forecast_changed_verbs')})\s+"
                            rf"(?:(?!\b(?:{alternation('change_clause_breakers')})\b)[^,;:.!?]){{1,70}}?\s+"
                            rf"(?:{alternation('changed_forecast_prepositions')})\s+$", re.I)
CHANGE_REACH = 80  # characters before a time searched for the forecast change it dates


def dates_a_change(text: str, timex: temporal.Timex) -> bool:
    """A yearless time right after a forecast a past verb changed ("lowered its delivery target in March", "cut its
    outlook on Tuesday"), or at the end of that verb's clause ("raised prices by 3% in January", "cut the rating to
    junk in October"): the time of the change, which lies back, not the forecast's due date; not after a modal or
    "to" ("will raise its target in March"), nor past another clause's word ("and expects to cut again in June")."""
    not_verb = claim_words("object_past_blockers") | claim_words("attributive_openers") | claim_words(
        "adjective_prepositions")  # "will raise"; an adjective: "a revised basic plan", "bracing for reduced flows"
    for pattern in (CHANGED_FORECAST, CHANGED_OBJECT):
        m = pattern.search(text, max(0, timex.start - CHANGE_REACH), timex.start)
        if m is not None and (m["before"] or "").strip().lower() not in not_verb:
            return True
    return False


def _scheduled_day(timex: temporal.Timex) -> bool:
    """A yearless day after a prefix of the day a thing is set for ("a strike for August 4")."""
    if (timex.prefix or "").lower() not in lexicon.load("time")["scheduled_day_prefixes"]:
        return False
    spec = parse_span(timex.text)
    return spec is not None and spec.day is not None and spec.month is not None and spec.year is None \
        and spec.rel is None


def names_an_event(text: str, timex: temporal.Timex) -> bool:
    """A yearless time used as an event's adjective ("sets fall launch", "a June debut", "sets October 9 PDUFA
    date") or named as a due date ("PDUFA date of Jan. 15") dates a plan: with no past verb against it, it is the
    next occurrence."""
    after = text[timex.end:timex.end + 20].lower().split()
    if after and after[0].strip(",.;:") in lexicon.load("time")["ambiguous_season_events"]:
        return True
    before = text[max(0, timex.start - 20):timex.start].lower().split()  # "gets PDUFA date of Jan. 15"
    return len(before) >= 2 and before[-1] == "of" and before[-2] in lexicon.load("time")["due_date_nouns"]


def resolve(timex: temporal.Timex, anchor: date | None, prefer_future: bool | None) -> temporal.Resolution:
    """Resolve for a claim. Without a governing cue a yearless date takes its nearest occurrence,
    unweighted: a claim reads forward as readily as back ("unveil on 8/8" in April is this August)."""
    if anchor is None or prefer_future is False:
        return temporal.resolve(timex, anchor, prefer_future=prefer_future)
    if prefer_future:
        return _ahead(timex, anchor, temporal.resolve(timex, anchor, prefer_future=True))
    ahead = temporal.resolve(timex, anchor, prefer_future=True)
    back = temporal.resolve(timex, anchor, prefer_future=False)
    if ahead.period is None or back.period is None or ahead.period == back.period:
        return ahead
    gap_ahead = (ahead.period.start - anchor).days
    gap_back = (anchor - back.period.end).days
    return ahead if gap_ahead < gap_back else back


def _ahead(timex: temporal.Timex, anchor: date, resolution: temporal.Resolution) -> temporal.Resolution:
    """A governed yearless date already over at publication is next year's ("will fly no earlier
    than April" in May): the normaliser's slack keeps a month just past, a promise cannot."""
    period = resolution.period
    if period is None or period.end >= anchor or not resolution.relative:
        return resolution
    if period.granularity == "day" and (anchor - period.end).days <= RECENT_DAY_DAYS:
        return resolution  # "after the investor update on November 12" four days on: that day, not next year's
    later = temporal.resolve(timex, anchor + timedelta(days=YEAR_SLACK_DAYS), prefer_future=True)
    moved = later.period
    same_shape = moved is not None and moved.granularity == period.granularity and moved.label[4:] == period.label[4:]
    return later if same_shape and moved.start.year == period.start.year + 1 else resolution
