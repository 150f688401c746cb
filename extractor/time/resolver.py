"""Resolve a time expression against a reference date: its TimeML value and the claim period it names.

``resolve`` re-parses the span text into a ``Spec``, so a Timex built by hand resolves the same way
as a found one. ``Timex.context`` only steers it when no ``prefer_future`` is given (TempEval).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date, timedelta

from extractor.time.calendar import (
    Cal,
    add,
    bounds,
    duration_value,
    holiday_cal,
    offset_cal,
    period_of,
    pick_year,
    rel_cal,
    shift,
    value_of,
    weekday_cal,
    year_shift,
)
from extractor.time.grammar import grammar
from extractor.time.model import Resolution, Spec, Timex
from extractor.time.parse import parse
from extractor.time.words import deictic_offset, lex, num


def anaphor_value(text: str, ref_text: str) -> str | None:
    """Value of "that year" / "the following month" given the text of the date it refers back to."""
    m = grammar().rx["anaphor"].fullmatch(" ".join(text.split()))
    ref = parse(ref_text)
    c = base_cal(ref, None, None) if ref is not None and m else None
    if c is None:
        return None
    unit = m["unit"].lower()
    if c.gran == "day":
        d = c.day
        cal = {
            "year": Cal("year", d.year), "quarter": Cal("quarter", d.year, (d.month - 1) // 3 + 1),
            "month": Cal("month", d.year, d.month), "day": c,
        }[unit]  # fmt: skip
    elif unit == "year" and c.gran in ("year", "half", "quarter", "month", "season"):
        cal = Cal("year", c.year)
    elif unit == "quarter" and c.gran in ("quarter", "month"):
        cal = c if c.gran == "quarter" else Cal("quarter", c.year, (c.n - 1) // 3 + 1)
    elif unit == "month" and c.gran == "month":
        cal = c
    else:
        return None
    return value_of(shift(cal, deictic_offset(m["deix"])))


def base_cal(spec: Spec, anchor: date | None, prefer_future: bool | None) -> Cal | None:
    """The calendar unit a point expression names (None when it needs a missing anchor)."""
    if spec.decade is not None:
        return Cal("decade", spec.decade * 10, spec.decade)
    if spec.century is not None:
        return Cal("century", spec.century * 100, spec.century)
    if spec.reported:
        if anchor is None:
            return Cal("year", spec.year)
        return replace(rel_cal("quarter", -1, anchor), year=spec.year)
    year_given = spec.year
    if year_given is None and spec.rel and spec.rel[0] == "year" and anchor:
        year_given = anchor.year + spec.rel[1]
    if any(v is not None for v in (spec.month, spec.quarter, spec.half, spec.season, spec.holiday)):

        def make(y: int) -> Cal:
            if spec.holiday is not None:
                return holiday_cal(spec.holiday, y)
            if spec.day is not None:
                return Cal("day", y, day=date(y, spec.month, min(spec.day, calendar.monthrange(y, spec.month)[1])))
            if spec.month is not None:
                return Cal("month", y, spec.month)
            if spec.quarter is not None:
                return Cal("quarter", y, spec.quarter)
            if spec.half is not None:
                return Cal("half", y, spec.half)
            return Cal("season", y, int(lex()["season_quarters"][spec.season]))

        if year_given is not None:
            c = make(year_given)
            if spec.lean and anchor:  # "next March", "last Christmas"
                c = pick_year(make, anchor, spec.lean > 0)
                start, end = bounds(c)
                if (spec.lean > 0 and start <= anchor) or (spec.lean < 0 and end >= anchor):
                    c = make(c.year + (1 if spec.lean > 0 else -1))  # "next October" written in October: a year on
            if spec.season == "WI" and spec.rel and spec.rel[1] == 0 and anchor and anchor.month >= 7:
                c = make(year_given + 1)
            return c
        return pick_year(make, anchor, prefer_future) if anchor else None
    if (
        year_given is not None
        and spec.weekday is None
        and spec.rel is None
        or (spec.year is not None and spec.weekday is None)
    ):
        return Cal("year", year_given)
    if anchor is None:
        return None
    if spec.weekday is not None:
        return weekday_cal(spec, anchor, prefer_future)
    if spec.rel and spec.rel[0] == "sport_season":  # "next season": the next to start, by its start year
        started = anchor.month >= int(lex()["split_season_start_month"])
        return Cal("year", anchor.year + started + spec.rel[1] - 1)
    if spec.rel and spec.rel[0] == "month" and spec.day is not None:  # "the 20th of next month"
        month = rel_cal("month", spec.rel[1], anchor)
        return Cal("day", month.year, day=date(month.year, month.n, min(spec.day, bounds(month)[1].day)))
    if spec.rel:
        back = spec.lean < 0 and prefer_future is not True and spec.part is None
        if spec.rel[0] == "weekend" and (anchor.weekday() >= 5 or prefer_future is not None):
            back = False  # said on a Saturday or Sunday: this weekend; claims choose their own direction
        return rel_cal(spec.rel[0], spec.rel[1] - back, anchor)
    return None


def apply_part(c: Cal, part: str | None) -> tuple[Cal, bool]:
    """Narrow a unit by "early/mid/late/end of...": returns the unit and whether it is vague."""
    if part is None:
        return c, False
    info = lex()["parts"][part]
    vague = bool(info.get("vague"))
    if c.gran == "year":
        target = info["year"]
        if target.startswith("H"):
            return Cal("half", c.year, int(target[1])), vague
        if target.startswith("M"):
            return Cal("month", c.year, int(target[1:])), vague
        return c, vague
    if c.gran in ("half", "quarter", "season") and info.get("last"):  # "by the end of the summer": September
        _, end = bounds(c)
        return Cal("month", c.year, end.month), vague
    if c.gran == "week":
        thursday = bounds(c)[0] + timedelta(days=3)
        return Cal("month", thursday.year, thursday.month), vague
    if c.gran == "decade" and info.get("last"):  # "by the end of the decade": its last December
        return Cal("month", c.n * 10 + 9, 12), vague
    if c.gran == "decade" and info.get("decade") is not None:  # "the second half of the decade": its last year
        return Cal("year", c.n * 10 + int(info["decade"])), vague
    return c, vague


NEW_YEAR_FROM_MONTH = 9  # from September on, "the new year" is the next one
_VAGUE_AMOUNT = 3.0  # "a few", "several" when a period must be computed
_DAYS_AS_MONTH = 28  # an offset of this many days or more is promised at month granularity
_DEADLINE_DAYS_AS_MONTH = 7  # ... and a deadline of a week or more, as "within two weeks" is


def _resolve_duration(spec: Spec, anchor: date | None, prefix: str) -> Resolution:
    amount, unit = spec.dur
    offset = spec.offset or spec.direction != 0 or prefix in lex()["offset_prefixes"] or (
        prefix in lex()["deadline_holders"] or prefix in lex()["deadline_givers"])
    value = duration_value(amount, unit)
    if not offset:
        return Resolution(value, None, False)
    sign = -1 if spec.direction < 0 else 1
    point = spec.type == "DATE"  # "two years ago": the value is the point reached, not the length
    if anchor is None:
        return Resolution("XXXX" if point else value, None, True)
    d = add(anchor, amount if amount is not None else _VAGUE_AMOUNT, unit, sign)
    long_in_days = unit == "day" and amount is not None and (  # "within 90 days", "within 14 days"
        amount >= _DAYS_AS_MONTH or (amount >= _DEADLINE_DAYS_AS_MONTH and (
            prefix in lex()["deadline_day_prefixes"] or prefix in lex()["deadline_holders"]
            or prefix in lex()["deadline_givers"])))
    c = offset_cal(d, "month" if long_in_days else unit)
    period = period_of(c, vague=spec.vague or amount is None)
    if point:
        if amount is None:
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        elif unit in ("week", "weekend", "fortnight"):
            value = value_of(Cal("week", d.year, day=d))
        else:
            value = value_of(c)
    return Resolution(value, period, True)


def _resolve_fixed(spec: Spec, anchor: date | None, prefix: str = "") -> Resolution:
    info = lex()["fixed"][spec.fixed]
    value = str(info["value"])
    kind = info.get("period")
    if not value.startswith("ANCHOR"):
        if kind == "anchor_year" and anchor:
            return Resolution(value, period_of(Cal("year", anchor.year), vague=bool(info.get("vague"))), True)
        return Resolution(value, None, kind is not None)
    if anchor is None:
        return Resolution("XXXX-XX-XX", None, True)
    if value == "ANCHOR_NEXT_YEAR":  # "the new year": the coming one late in a year, else the one just begun
        year = anchor.year + (anchor.month >= NEW_YEAR_FROM_MONTH)
        narrowed, part_vague = apply_part(Cal("year", year), spec.part)  # "early in the new year": its first half
        return Resolution(value_of(narrowed), period_of(narrowed, vague=part_vague), True)
    if value == "ANCHOR_YEAR":
        return Resolution(str(anchor.year), period_of(Cal("month", anchor.year, 12)), True)
    if value == "ANCHOR_YEAR_END":  # "by year-end": its last day; "since year-end": last year's
        year = anchor.year - (prefix == "since")
        return Resolution(f"{year}-12-31", period_of(Cal("month", anchor.year, 12)), True)
    m = re.fullmatch(r"ANCHOR([+-]\d)?(T.*)?", value)
    d = anchor + timedelta(days=int(m[1] or 0))
    return Resolution(d.isoformat() + (m[2] or ""), period_of(Cal("day", d.year, day=d)), True)


def _is_relative(spec: Spec) -> bool:
    if spec.year is not None and spec.rel is None and spec.weekday is None and not spec.reported:
        return spec.end is not None and _is_relative(spec.end)
    return spec.decade is None and spec.century is None


def resolve(timex: Timex, anchor: date | None, prefer_future: bool | None = None) -> Resolution:
    """TimeML value and claim period of a found (or hand-made) time expression."""
    spec = _range_side(timex.context) or parse(timex.text)
    if spec is None:
        return Resolution("", None, False)
    if timex.type == "SET" and spec.dur is not None and spec.dur[0] is not None:
        return Resolution(duration_value(1.0, spec.dur[1]), None, False)
    cues = timex.context.split()
    ref = next((c[4:].replace("_", " ") for c in cues if c.startswith("ref=")), None)
    frame = next((int(c[6:]) for c in cues if c.startswith("frame=")), None)
    if frame is not None and spec.year is None and spec.rel is None:  # "- 2027: ... in the summer"
        spec = replace(spec, year=frame)
    if prefer_future is None and "future" in cues:
        prefer_future = True
    elif prefer_future is None and "past" in cues and _yearless(spec):
        prefer_future = False  # "since it bought the unit in February": the last February
    if spec.invalid:
        return Resolution("", None, False, spec.invalid)
    try:
        res = _resolve_spec(spec, anchor, prefer_future, timex.prefix)
        back = _last_one(spec) if prefer_future is None and "told" in cues and anchor is not None else None
        if back is not None:
            res = _told_in_past(res, _resolve_spec(back, anchor, False, timex.prefix), anchor)
    except (ValueError, OverflowError):  # date arithmetic past year 9999 or before year 1
        return Resolution("", None, True, f"outside the calendar (years 1-9999) from {anchor}")
    if timex.type == "DURATION" and spec.type == "DATE" and spec.dur is None and spec.rel:
        # "the year ended June 30", "over the next decade": one unit long (its claim period is kept)
        res = replace(res, value=duration_value(1.0, spec.rel[0]))
    if ref is not None:
        value = anaphor_value(timex.text, ref)
        if value is not None:
            res = replace(res, value=value)  # claims treat these as anaphoric; the period is left alone
    if "quarter" in cues and anchor and grammar().rx["year_back"].fullmatch(" ".join(timex.text.split())):
        # "up from $5 million a year earlier" in quarterly results: the reported quarter, a year back
        res = replace(res, value=value_of(rel_cal("quarter", -5, anchor)))
    return res


PAST_CUE_WEIGHT = 4  # in a clause told in the past, a yearless date ahead counts as four times as far


def _yearless(spec: Spec) -> bool:
    return spec.month is not None and spec.year is None and not spec.rel


def _last_one(spec: Spec) -> Spec | None:
    """The spec's previous occurrence, for a yearless date (resolved looking back) or a part of this
    year ("by the end of the year": last year's end); None for anything else."""
    if _yearless(spec):
        return spec
    if spec.rel == ("year", 0) and spec.part is not None and spec.end is None:
        return replace(spec, rel=("year", -1))
    return None


def _told_in_past(near: Resolution, back: Resolution, anchor: date) -> Resolution:
    """A yearless date in a clause told in the past ("he was fired in July"): its last occurrence unless
    the next is much nearer ("was extended to Nov. 16" two weeks before it, a deadline still ahead)."""
    if near.period is None or back.period is None or near.period.start <= anchor:
        return near
    ahead, past = (near.period.start - anchor).days, (anchor - back.period.end).days
    return back if PAST_CUE_WEIGHT * ahead > past else near


def _range_side(context: str) -> Spec | None:
    """The spec of one end of a range, for an end that means nothing alone (see range_ends)."""
    if "range=" not in context:
        return None
    cues = dict(c.split("=", 1) for c in context.split() if c.startswith(("range=", "side=")))
    text = cues["range"].replace("_", " ")
    whole = parse(text)
    if whole is not None and whole.dur is not None:  # "two" of "two to six days": two days
        m = grammar().rx["amount_range"].search(text)
        amount = num(m["a"]) if m else None
        return replace(whole, dur=(amount, whole.dur[1])) if amount is not None else None
    if whole is None or whole.end is None:
        return None
    return whole.end if cues.get("side") == "b" else replace(whole, end=None)




def _resolve_spec(spec: Spec, anchor: date | None, prefer_future: bool | None, prefix: str) -> Resolution:
    if spec.type == "SET" or spec.set_value:  # a set, or a year before the common era
        return Resolution(spec.set_value or "", None, False)
    if spec.dur is not None:
        return _resolve_duration(spec, anchor, prefix)
    if spec.fixed:
        return _resolve_fixed(spec, anchor, prefix)
    relative = _is_relative(spec)
    c = base_cal(spec, anchor, prefer_future)
    if c is None:
        return Resolution(_unanchored_value(spec), None, True)
    value = value_of(c)
    if spec.type == "TIME":
        day = c.day if c.gran == "day" else anchor
        value = day.isoformat() + ("T" + spec.clock if spec.clock else "T" + spec.daypart if spec.daypart else "")
    narrowed, part_vague = apply_part(c, spec.part)
    shift_by = lex()["shifting_prefixes"].get(prefix, 0)
    if narrowed.gran == "day" and prefix in lex()["day_keeping_prefixes"]:
        shift_by = 0
        if spec.holiday is not None and narrowed.day is not None:  # "before Christmas": by that month
            narrowed = Cal("month", narrowed.day.year, narrowed.day.month)
    if shift_by and not (spec.part and lex()["parts"][spec.part].get("last")):
        if narrowed.gran == "season":  # "after the summer of 2026": the quarter after the season's, not a year on
            narrowed = replace(narrowed, gran="quarter")
        narrowed = shift(narrowed, shift_by)
    last = None
    if spec.end is not None:
        end_res = base_cal(spec.end, anchor, prefer_future)
        if end_res is not None:
            last, _ = apply_part(end_res, spec.end.part)
            start, end = bounds(narrowed)[0], bounds(last)[1]
            if start > end:  # "from November to March": the yearless side moves to the first year that fits
                gap = start.year - end.year
                if spec.end.year is None:
                    last = year_shift(last, gap)
                    last = last if bounds(last)[1] >= start else year_shift(last, 1)
                elif spec.year is None:
                    narrowed = year_shift(narrowed, -gap)
                    narrowed = narrowed if bounds(narrowed)[0] <= end else year_shift(narrowed, -1)
                else:
                    return Resolution(value, None, relative, "range ends before it starts")
    period = period_of(narrowed, spec.fiscal, spec.vague or part_vague, last)
    return Resolution(value, period, relative)


def _unanchored_value(spec: Spec) -> str:
    """TimeML value with the unknown year left as XXXX ("XXXX-07", "XXXX-Q3")."""
    if spec.month is not None:
        return f"XXXX-{spec.month:02d}" + (f"-{spec.day:02d}" if spec.day else "")
    if spec.quarter is not None:
        return f"XXXX-Q{spec.quarter}"
    if spec.half is not None:
        return f"XXXX-H{spec.half}"
    if spec.weekday is not None:
        return f"XXXX-WXX-{spec.weekday}"
    return "XXXX"
