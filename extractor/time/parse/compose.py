"""``parse``: a span's meaning, composing ranges, hedges and part-of modifiers around the rules; the builder table
the rules name, and the builders that parse a piece of their match again (a span of old years, a clock time's day)."""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import replace

from extractor.time.grammar import Rule, grammar
from extractor.time.model import Spec
from extractor.time.parse.dates import (
    b_bc,
    b_century,
    b_date,
    b_day_of_month,
    b_decade,
    b_iso,
    b_iso_week,
    b_numeric,
    b_offset_from_day,
    b_span_end,
    b_span_from,
    b_split_season,
    b_sport_season,
    b_week_of,
    b_year,
)
from extractor.time.parse.durations import b_duration, b_set, b_the_duration
from extractor.time.parse.periods import (
    b_edge_months,
    b_full_year,
    b_half,
    b_month_quarter,
    b_quarter,
    b_report_period,
    b_season,
)
from extractor.time.parse.relative import (
    b_daypart,
    b_deictic,
    b_deictic_far,
    b_fixed,
    b_holiday,
    b_part_yesterday,
    b_same_time,
    b_the_unit,
    b_weekday,
    b_year_ago,
)
from extractor.time.words import lex, year_number


def _b_old_range(m: re.Match[str]) -> Spec | None:
    """ "1861-1865": years before 1900 need a context word alone, but a span of a few years is dates."""
    return parse_range(m.group()) if 0 < int(m["b"]) - int(m["a"]) <= 30 else None


def _b_clock(m: re.Match[str]) -> Spec | None:
    hour = int(m["h"])
    ampm = (m.groupdict().get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    clock = f"{hour:02d}:{m['min'] or '00'}"
    day = parse(m["day"]) if m.groupdict().get("day") else None
    if day is not None:  # "9 a.m. Tuesday", "5 p.m. EST Nov. 9": that day's clock time
        return replace(day, type="TIME", clock=clock)
    return Spec(type="TIME", rel=("day", 0), clock=clock)


def _b_noon_day(m: re.Match[str]) -> Spec | None:
    day = parse(m["day"])
    if day is None:
        return None
    return replace(day, type="TIME", clock="12:00" if m["nm"].lower() == "noon" else "24:00")


@functools.cache
def legal_echo() -> re.Pattern[str]:
    """The figures that repeat a number word in legal drafting ("thirty (30)")."""
    return re.compile(lex()["legal_number_echo"])


@functools.lru_cache(maxsize=65536)
def parse(text: str) -> Spec | None:
    """Meaning of a span produced by find_timexes (or written by hand); None if not a time expression.

    Memoised: the finder, its framing pass and the resolver parse the same few spans of a text again and again
    (every candidate, then each found expression once per later one), and a Spec is frozen, so one is shared."""
    g = grammar()
    text = " ".join(legal_echo().sub("", text).split())  # "thirty (30) days": the figure only repeats the word
    hedge = g.rx["hedge_end"].search(text)
    if hedge:
        inner = parse(text[: hedge.start()])
        return replace(inner, vague=True) if inner else None
    ranged = parse_range(text) or parse_narrowed(text)
    if ranged:
        return ranged
    for rule in g.rules:
        m = rule.regex.fullmatch(text)
        if m:
            spec = build(rule, m)
            if spec is not None:
                return spec
    part = g.rx["part_start"].match(text)
    if part:
        inner = parse(text[part.end() :])
        if inner and inner.type == "DATE" and inner.dur is None and partable(inner) and inner.end is None:
            key = " ".join(part["p"].lower().split())
            info = lex()["parts"][key]
            # half of a decade spans years: due by its last one
            bound = "by" if info.get("decade") is not None and _decade(inner) else inner.bound
            return replace(inner, part=key, vague=inner.vague or bool(info.get("vague")), bound=bound)
    return None


def _decade(spec: Spec) -> bool:
    """A decade, named ("the 2030s") or counted from now ("the decade", "the next decade")."""
    return spec.decade is not None or (spec.rel is not None and spec.rel[0] == "decade")


def partable(spec: Spec) -> bool:
    """Whether a part-of word may narrow the expression: not a fixed one ("now"), unless it is a year ("the new
    year": "early in the new year")."""
    return spec.fixed is None or bool(lex()["fixed"][spec.fixed].get("partable"))


def parse_range(text: str) -> Spec | None:
    """ "2025-2026", "between 2025 and 2027", "June to August 2024", "2025-26": start spec with .end set."""
    split_pair = grammar().rx["range_words"].fullmatch(text)  # "2026/27 to 2028/29": from one year to the other
    m = split_pair or grammar().rx["range"].fullmatch(text)
    if not m:
        return None
    a_text, b_text = m["a"], m["b"]
    if split_pair:
        a, b = parse(a_text), parse(b_text)
        if a is None or b is None or a.end is None or b.end is None:
            return None
        return replace(a, end=b.end, bound="by")  # the first label's first year to the last label's last
    if text[m.end("a") : m.start("b")] == "-" and a_text[-1:].islower() and b_text[:1].islower():
        return None  # a compound word ("the year-earlier quarter"), not a range ("June-August" is one)
    if re.fullmatch(r"(?:1\d|20)\d\d", a_text) and re.fullmatch(r"\d\d", b_text):
        if int(b_text) <= int(a_text[2:]):
            return None  # "2024-10" is a month, not a range back to 2010
        b: Spec | None = Spec(year=int(a_text[:2] + b_text))
    else:
        b = parse(b_text)
    a = parse(a_text)
    bare_a = grammar().rx["bare_day"].fullmatch(a_text)
    bare_b = grammar().rx["bare_day"].fullmatch(b_text)
    if a is None and bare_a and b is not None and b.day is not None and b.end is None:
        if not 0 < int(bare_a["d"]) < b.day:
            return None
        a = replace(b, day=int(bare_a["d"]))  # "22-25 April 1951"
    elif b is None and bare_b and a is not None and a.day is not None and a.end is None and a.month is not None:
        year = year_number(bare_b["y"]) if bare_b["y"] else a.year
        if not a.day < int(bare_b["d"]) <= calendar.monthrange(year or 2000, a.month)[1]:
            return None
        a = replace(a, year=year)
        b = replace(a, day=int(bare_b["d"]))  # "June 10-12, 2025"
    if not a or not b or a.type != "DATE" or b.type != "DATE" or a.dur or b.dur or a.fixed or b.fixed:
        return None
    if a.invalid or b.invalid:
        return None
    if _quarter_months(a, b):
        return replace(b, year=b.year if b.year is not None else a.year, rel=b.rel or a.rel)
    if year_only(a) and b.year is None and b.rel is None and b.end is None and b.weekday is None:
        return None  # "2024-H1", "2024 Q3": a part of that year, not a range
    if a.year is None and a.rel is None and a.month is not None:
        if b.year is not None:
            a = replace(a, year=b.year)  # "June to August 2024"
        elif b.rel is not None and b.rel[0] == "year":
            a = replace(a, rel=b.rel)  # "April or May next year"
    return replace(a, end=b, bound="by")  # a range or alternative promises its later end, at the latest


def _quarter_months(a: Spec, b: Spec) -> bool:
    """ "the October-December quarter": a quarter named by its first and last months is that quarter, happening
    in it (bound on), not a range of months ending in it."""
    return (a.month is not None and a.day is None and a.end is None and b.quarter is not None and b.month is None
            and b.end is None and a.month == 3 * (b.quarter - 1) + 1
            and (a.year is None or b.year is None or a.year == b.year))


def year_only(s: Spec) -> bool:
    """A whole year, given or relative ("2025", "next year"), and nothing finer."""
    given = s.year is not None or (s.rel is not None and s.rel[0] == "year")
    finer = (s.month, s.quarter, s.half, s.season, s.weekday, s.holiday, s.end, s.dur, s.fixed, s.part, s.decade,
             s.century)  # fmt: skip
    return given and all(v is None for v in finer) and not s.reported


def parse_narrowed(text: str) -> Spec | None:
    """ "this year during the third quarter": a year, then the part of it meant; the part, in that year."""
    m = grammar().rx["narrow"].fullmatch(text)
    if not m:
        return None
    a, b = parse(m["a"]), parse(m["b"])
    if a is None or b is None or a.type != "DATE" or b.type != "DATE":
        return None
    named_part = any(v is not None for v in (b.quarter, b.half, b.month, b.season))
    if not (year_only(a) and b.year is None and b.rel is None and named_part):
        return None
    if a.fiscal and (b.season is not None or b.month is not None):
        return None  # "the budget for fiscal 2028 in the spring": seasons and months are the calendar's, not a part
    return replace(b, year=a.year, rel=a.rel, fiscal=a.fiscal or b.fiscal, lean=0)


BUILDERS: dict[str, Callable[[re.Match[str]], Spec | None]] = {
    "date": b_date,
    "span_end": b_span_end,
    "week_of": b_week_of,
    "iso": b_iso,
    "sport_season": b_sport_season,
    "numeric": b_numeric,
    "year": b_year,
    "bc": b_bc,
    "old_range": _b_old_range,
    "century": b_century,
    "decade": b_decade,
    "span_from": b_span_from,
    "quarter": b_quarter,
    "month_quarter": b_month_quarter,
    "day_of_month": b_day_of_month,
    "iso_week": b_iso_week,
    "split_season": b_split_season,
    "offset_from_day": b_offset_from_day,
    "edge_months": b_edge_months,
    "half": b_half,
    "season": b_season,
    "deictic": b_deictic,
    "same_time": b_same_time,
    "deictic_far": b_deictic_far,
    "weekday": b_weekday,
    "the_unit": b_the_unit,
    "full_year": b_full_year,
    "year_ago": b_year_ago,
    "report_period": b_report_period,
    "holiday": b_holiday,
    "part_yesterday": b_part_yesterday,
    "daypart": b_daypart,
    "fixed": b_fixed,
    "clock": _b_clock,
    "noon_day": _b_noon_day,
    "duration": b_duration,
    "the_duration": b_the_duration,
    "set": b_set,
    "range": lambda m: parse_range(m.group()),
}


def build(rule: Rule, m: re.Match[str]) -> Spec | None:
    """The Spec a rule's match means (None rejects the match)."""
    return BUILDERS[rule.builder](m)
