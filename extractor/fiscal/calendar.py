"""Fiscal-calendar arithmetic: where a company's fiscal year, half, quarter or month lies in the calendar.

A fiscal period is written the way the Conventions (GUIDELINES.md) ask: as the calendar quarter, half
or year it coincides with, else as the calendar month in which it ends, bound ``by``. That month is the
nominal one (Target's fiscal 2023 is "2024-01" although its 53rd week ends on February 3): it is what the
company and its analysts call the year's end, and what a reader can check. Floating year ends ("last
Sunday of January", "Thursday nearest August 31") still give the period's exact first and last days.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta

from extractor.time import Period

MONTHS = {name.lower()[:3]: n for n, name in enumerate(calendar.month_name) if name}
WEEKDAYS = {name.lower(): n for n, name in enumerate(calendar.day_name)}
SIZES = {"year": 12, "half": 6, "quarter": 3, "month": 1}
_WEEK_QUARTER_DAYS = 91  # a 52/53-week year's quarter is 13 weeks

_LAST_RX = re.compile(r"(?i)last\s+(?P<wd>[a-z]+day)\s+(?:of|in)\s+(?P<mon>[a-z]+)")
_NEAREST_RX = re.compile(r"(?i)(?P<wd>[a-z]+day)\s+(?:nearest|closest\s+to)\s+(?P<mon>[a-z]+)\.?\s+(?P<day>\d{1,2})")
_FIXED_RX = re.compile(r"(?i)(?P<mon>[a-z]+)\.?(?:\s+(?P<day>\d{1,2}))?")


def month_number(word: str) -> int | None:
    """1-12 for a month name or abbreviation ("Sept.", "march"), else None."""
    return MONTHS.get(word.strip(". ").lower()[:3])


def _month_add(year: int, month: int, k: int) -> tuple[int, int]:
    i = year * 12 + month - 1 + k
    return i // 12, i % 12 + 1


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class FiscalCalendar:
    """When a fiscal year ends, and which calendar year its label names."""

    end_month: int  # nominal last month (the `fiscal_year_end` column)
    naming: str = "end"  # end | start: the year a label like "fiscal 2025" names
    rule: str = ""  # the last day as written: "June 30", "last Saturday of September", "March"
    owner: str = ""  # the company or government it belongs to, when known
    source: str = "lexicon"  # lexicon | text

    @property
    def weekly(self) -> bool:
        """52/53-week years: quarters are 13 weeks, the year ends on a weekday."""
        return bool(_LAST_RX.fullmatch(self.rule) or _NEAREST_RX.fullmatch(self.rule))

    def end_year(self, label: int) -> int:
        """Calendar year in which the fiscal year labelled ``label`` (nominally) ends."""
        return label + (self.naming == "start" and self.end_month != 12)

    def containing(self, day: date) -> int:
        """End year of the fiscal year that holds ``day`` (by nominal months)."""
        return day.year + (day.month > self.end_month)

    def year_end(self, end_year: int) -> date:
        """The actual last day of the fiscal year ending (nominally) in ``end_year``."""
        m = _LAST_RX.fullmatch(self.rule)
        if m:
            last = _last_day(end_year, self.end_month)
            return last - timedelta(days=(last.weekday() - WEEKDAYS[m["wd"].lower()]) % 7)
        m = _NEAREST_RX.fullmatch(self.rule)
        if m:
            target = date(end_year, self.end_month, min(int(m["day"]), _last_day(end_year, self.end_month).day))
            shift = (WEEKDAYS[m["wd"].lower()] - target.weekday()) % 7
            return target + timedelta(days=shift if shift <= 3 else shift - 7)
        m = _FIXED_RX.fullmatch(self.rule.strip())
        if m and m["day"] and month_number(m["mon"]) == self.end_month:
            return date(end_year, self.end_month, min(int(m["day"]), calendar.monthrange(end_year, self.end_month)[1]))
        return _last_day(end_year, self.end_month)

    def month_of(self, day: date) -> int:
        """1-12: the fiscal month of the year that holds ``day`` (nominal months)."""
        return (day.month - self.end_month - 1) % 12 + 1

    def position_end(self, end_year: int, last_month: int) -> date:
        """Actual last day of the span of fiscal months ending with fiscal month ``last_month``."""
        if last_month == 12:
            return self.year_end(end_year)
        if self.weekly and last_month % 3 == 0:
            return self.year_end(end_year - 1) + timedelta(days=_WEEK_QUARTER_DAYS * last_month // 3)
        return _last_day(*_month_add(end_year - 1, self.end_month, last_month))


def parse_rule(rule: str) -> int | None:
    """The nominal month of a year-end rule ("Sunday nearest October 31" -> 10), None if unreadable."""
    for rx in (_LAST_RX, _NEAREST_RX, _FIXED_RX):
        m = rx.fullmatch(rule.strip())
        if m and month_number(m["mon"]):
            return month_number(m["mon"])
    return None


def to_calendar(cal: FiscalCalendar, end_year: int, gran: str, n: int, bound: str,
                vague: bool = False) -> tuple[Period, str]:
    """The calendar period and bound of fiscal ``gran`` number ``n`` of the fiscal year ending in ``end_year``."""
    size = SIZES[gran]
    first, last = (n - 1) * size + 1, n * size  # fiscal months
    y0, m0 = _month_add(end_year - 1, cal.end_month, first)
    y1, m1 = _month_add(end_year - 1, cal.end_month, last)
    if (m0 - 1) % size == 0 and gran != "month":  # coincides with a calendar year, half or quarter
        label = f"{y0}" if gran == "year" else f"{y0}-{'H' if gran == 'half' else 'Q'}{(m0 - 1) // size + 1}"
        return Period(label, date(y0, m0, 1), _last_day(y1, m1), gran, True, vague), bound
    if gran == "month":
        return Period(f"{y0}-{m0:02d}", date(y0, m0, 1), _last_day(y0, m0), "month", True, vague), bound
    start = (cal.position_end(end_year, first - 1) if first > 1 else cal.year_end(end_year - 1)) + timedelta(days=1)
    end = cal.position_end(end_year, last)
    # written as the month in which it ends, like any fiscal period that is no calendar one (GUIDELINES); "not
    # before" it keeps its bound, and its first day stays the period's start
    return Period(f"{y1}-{m1:02d}", start, end, "month", True, vague), "from" if bound == "from" else "by"
