"""Builders of calendar dates by their written form: a month and day, a year, an ISO or numeric date, a week, a
season of a sport, a decade or a century."""

from __future__ import annotations

import calendar
import re
from dataclasses import replace
from datetime import date

from extractor.time.model import Spec
from extractor.time.words import day_number, deictic_offset, lex, month_number, num, unit_name, year_number


def b_date(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    month = month_number(g["mon"])
    day = day_number(g["day"]) if g.get("day") else None
    year = year_number(g.get("year"))
    if day and day > calendar.monthrange(year or 2000, month)[1]:
        # "February 30, 2031": one expression that names no real day, so no period (not "February")
        return Spec(year=year, month=month, invalid=f"impossible date: {g['mon']} {day}")
    if g.get("deix"):
        return Spec(month=month, rel=("year", 0), lean=deictic_offset(g["deix"]))
    if g.get("ydeix"):
        return Spec(month=month, day=day, rel=("year", deictic_offset(g["ydeix"])))
    return Spec(year=year, month=month, day=day)


def b_span_end(m: re.Match[str]) -> Spec | None:
    """ "the five years to March 2030": a span is due by the month that closes it."""
    spec = b_date(m)
    return replace(spec, bound="by") if spec is not None and spec.invalid is None else spec


def b_span_from(m: re.Match[str]) -> Spec | None:
    """ "over five years from 2026": the span's last year (2030), due by then."""
    n = num(m["num"])
    if n is None or n < 1 or n != int(n):
        return None
    return Spec(year=int(m["year"]) + int(n) - 1, fiscal=bool(m["fy"]), bound="by")


def b_week_of(m: re.Match[str]) -> Spec | None:
    spec = b_date(m)
    return replace(spec, day=None) if spec is not None else None


def b_iso(m: re.Match[str]) -> Spec | None:
    d = m.groupdict().get("d")
    return Spec(year=int(m["year"]), month=int(m["m"]), day=int(d) if d else None)


def b_split_season(m: re.Match[str]) -> Spec | None:
    """ "the 2026-27 season": the year it starts in (the second year must follow the first); "the start of the
    2026-27 season": the month it starts in."""
    start = int(m["a"])
    if (start + 1) % 100 != int(m["b"]):
        return None
    return Spec(year=start, month=int(lex()["split_season_start_month"])) if m.groupdict().get("start") else Spec(
        year=start)


def b_sport_season(m: re.Match[str]) -> Spec | None:
    """ "next season": counted in sports seasons from the one under way (resolver: named by its start year)."""
    return Spec(rel=("sport_season", deictic_offset(m["deix"])))


def b_iso_week(m: re.Match[str]) -> Spec | None:
    """ "2025-W03": the week's Thursday decides its month (as for "next week")."""
    try:
        thursday = date.fromisocalendar(int(m["year"]), int(m["w"]), 4)
    except ValueError:
        return None  # week 53 of a 52-week year
    return Spec(year=thursday.year, month=thursday.month)


def b_numeric(m: re.Match[str]) -> Spec | None:
    month, day, year = int(m["m"]), int(m["d"]), m.groupdict().get("y")
    if not year and month < 10 and day < 10 and month < day:
        return None  # 1/2, 3/4: a fraction
    if day > calendar.monthrange(year_number(year) or 2000, month)[1]:
        # "2/30/2025" names no real day; "2/30" alone is no date at all
        return Spec(year=year_number(year), month=month, invalid=f"impossible date: {m.group()}") if year else None
    return Spec(year=year_number(year), month=month, day=day)


def b_day_of_month(m: re.Match[str]) -> Spec | None:
    """ "the 20th of next month": a day of a month counted from the anchor's."""
    day = day_number(m["day"])
    offset = deictic_offset(m["deix"])
    return Spec(day=day, rel=("month", offset)) if 0 < day <= 31 else None


def b_offset_from_day(m: re.Match[str]) -> Spec | None:
    """ "two days after today", "a week from tomorrow": the day reached, counted from a named day."""
    amount = num(m["num"])
    if amount is None:
        return None
    unit = unit_name(m["unit"])
    sign = -1 if m["dir"].lower() == "before" else 1
    base = int(lex()["day_offsets"][m["day"].lower()])
    total = sign * amount + (base if unit == "day" else 0)
    return Spec(dur=(abs(total), unit), direction=-1 if total < 0 else 1)


def b_year(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    return Spec(year=year_number(g["year"] or g.get("y2k")), fiscal=bool(g.get("fy")))


def b_bc(m: re.Match[str]) -> Spec | None:
    n = int(m["n"] or m["n2"])
    # "499 BC" (no calendar arithmetic before year 1); "2024 BC Partners" is a modern year and a name
    return Spec(set_value=f"BC{n:04d}") if 0 < n < 1900 else None


def b_century(m: re.Match[str]) -> Spec | None:
    word = m["ord"].lower()
    n = int(word[:-2]) if word[:-2].isdigit() else int(lex()["ordinals"].get(word, 0))
    return Spec(century=n - 1) if 0 < n <= 21 else None


def b_decade(m: re.Match[str]) -> Spec | None:
    if m.groupdict().get("decw"):
        return Spec(decade=int(lex()["decade_words"][m["decw"].lower()]))  # "the nineties": the 1990s
    d = m["dec"].strip("'")
    if len(d) == 4:
        return Spec(decade=int(d[:3]))
    return Spec(decade=(190 if int(d) >= 20 else 200) + int(d) // 10)
