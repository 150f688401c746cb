"""Calendar arithmetic: units (year, half, quarter, month, week, day, ...) as ``Cal``, their shifts,
bounds, TimeML values and claim periods; holidays; offsets by a duration.
"""

from __future__ import annotations

import calendar
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from dateutil.easter import easter

from extractor.time.model import Period, Spec
from extractor.time.words import lex

# How far before the anchor a yearless date may end and still be "this" occurrence for a forward-looking
# claim ("the third quarter" said on Oct 18 is still Q3); past that, the next year's occurrence is meant.
SLACK = {"day": 14, "month": 31, "quarter": 45, "half": 45, "season": 45}


@dataclass(frozen=True)
class Cal:
    """A calendar unit: gran year|half|quarter|month|week|day|season|decade, with its year and index."""

    gran: str
    year: int
    n: int = 0  # half, quarter, month, season quarter, decade
    day: date | None = None  # day, or a reference day inside a week
    weekend: bool = False  # a week's weekend ("2024-W28-WE")


def month_add(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def shift(c: Cal, k: int) -> Cal:
    if c.gran == "year" or c.gran == "season":
        return replace(c, year=c.year + k)
    if c.gran in ("half", "quarter"):
        per = 2 if c.gran == "half" else 4
        i = c.year * per + c.n - 1 + k
        return replace(c, year=i // per, n=i % per + 1)
    if c.gran == "month":
        y, m = month_add(c.year, c.n, k)
        return replace(c, year=y, n=m)
    if c.gran in ("day", "week"):
        d = c.day + timedelta(days=k * (7 if c.gran == "week" else 1))
        return replace(c, year=d.year, day=d)
    if c.gran in ("decade", "century"):
        return replace(c, n=c.n + k)
    return c


def bounds(c: Cal) -> tuple[date, date]:
    if c.gran == "year":
        return date(c.year, 1, 1), date(c.year, 12, 31)
    if c.gran in ("half", "quarter", "season"):
        size = 6 if c.gran == "half" else 3
        first = (c.n - 1) * size + 1
        last = first + size - 1
        return date(c.year, first, 1), date(c.year, last, calendar.monthrange(c.year, last)[1])
    if c.gran == "month":
        return date(c.year, c.n, 1), date(c.year, c.n, calendar.monthrange(c.year, c.n)[1])
    if c.gran == "day":
        return c.day, c.day
    if c.gran == "week":
        monday = c.day - timedelta(days=c.day.weekday())
        return monday, monday + timedelta(days=6)
    size = 10 if c.gran == "decade" else 100
    return date(max(1, c.n * size), 1, 1), date(c.n * size + size - 1, 12, 31)


def value_of(c: Cal) -> str:
    if c.gran == "year":
        return f"{c.year:04d}"
    if c.gran == "half":
        return f"{c.year:04d}-H{c.n}"
    if c.gran == "quarter":
        return f"{c.year:04d}-Q{c.n}"
    if c.gran == "season":
        code = {v: k for k, v in lex()["season_quarters"].items()}[c.n]
        return f"{c.year:04d}-{code}"
    if c.gran == "month":
        return f"{c.year:04d}-{c.n:02d}"
    if c.gran == "day":
        return c.day.isoformat()
    if c.gran == "week":
        iy, iw, _ = c.day.isocalendar()
        return f"{iy:04d}-W{iw:02d}" + ("-WE" if c.weekend else "")
    return f"{c.n:03d}" if c.gran == "decade" else f"{c.n:02d}"


def period_of(c: Cal, fiscal: bool = False, vague: bool = False, last: Cal | None = None) -> Period | None:
    """Claim period of a calendar unit; weeks become their month, decades and centuries have none."""
    if c.gran in ("decade", "century"):
        return None
    if c.gran == "week":
        thursday = bounds(c)[0] + timedelta(days=3)
        c = Cal("month", thursday.year, thursday.month)
    gran = "quarter" if c.gran == "season" else c.gran
    label = value_of(replace(c, gran=gran)) if c.gran == "season" else value_of(c)
    start, end = bounds(c)
    later = period_of(last) if last is not None else None
    if later is not None:  # a range or alternative: the later period, from the start of the earlier
        return Period(later.label, min(start, later.start), max(end, later.end), later.granularity, fiscal, vague)
    return Period(label, start, end, gran, fiscal, vague)


def year_shift(c: Cal, k: int) -> Cal:
    """The same unit k years later (earlier for k < 0)."""
    per = {"half": 2, "quarter": 4, "month": 12}.get(c.gran)
    if per is not None:
        return shift(c, k * per)
    if c.gran in ("day", "week") and c.day is not None:
        y = c.day.year + k
        d = date(y, c.day.month, min(c.day.day, calendar.monthrange(y, c.day.month)[1]))
        return replace(c, year=y, day=d)
    if c.gran in ("decade", "century"):
        return c
    return replace(c, year=c.year + k)


_UNIT_MONTHS = {"year": 12, "half": 6, "quarter": 3, "month": 1}


def shift_period(period: Period, amount: int, unit: str) -> Period | None:
    """A claim period moved by a whole length, kept at its granularity ("2028-10" a year on: "2029-10"); None when
    the length is finer than the period ("six months" after a year) or no calendar unit."""
    months = _UNIT_MONTHS.get(unit, 0) * amount
    if not months:
        return None
    if period.granularity == "day":
        y, m = month_add(period.start.year, period.start.month, months)
        d = date(y, m, min(period.start.day, calendar.monthrange(y, m)[1]))
        return period_of(Cal("day", y, day=d), period.fiscal, period.vague)
    size = _UNIT_MONTHS.get(period.granularity)
    if size is None or months % size:
        return None
    y, m = month_add(period.start.year, period.start.month, months)
    return period_of(Cal(period.granularity, y, (m - 1) // size + 1), period.fiscal, period.vague)


def pick_year(make: Callable[[int], Cal], anchor: date, prefer_future: bool | None) -> Cal:
    """Occurrence of a yearless date: the anchor's year, moved forward or back as preferred."""
    c = make(anchor.year)
    start, end = bounds(c)
    if prefer_future and end < anchor - timedelta(days=SLACK[c.gran]):
        return make(anchor.year + 1)
    if prefer_future is False and start > anchor:
        return make(anchor.year - 1)
    if prefer_future is None:  # news default: the nearest occurrence ("Nov. 25" in a February article)
        return min((make(anchor.year + k) for k in (0, -1, 1)), key=lambda o: distance(o, anchor))
    return c


FUTURE_WEIGHT = 2  # news mostly reports the past: a yearless date ahead counts as twice as far


def distance(c: Cal, anchor: date) -> float:
    start, end = bounds(c)
    return max(FUTURE_WEIGHT * (start - anchor).days, (anchor - end).days, 0)


def weekday_cal(spec: Spec, anchor: date, prefer_future: bool | None) -> Cal:
    wd = spec.weekday - 1
    if spec.rel:
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=spec.rel[1])
        d = monday + timedelta(days=wd)
    else:
        back = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
        fwd = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
        d = fwd if prefer_future else back
    return Cal("day", d.year, day=d)


def holiday_cal(key: str, year: int) -> Cal:
    """The day of a holiday, or the month or quarter of a named period ("CES", "the holiday season")."""
    named = lex()["named_periods"].get(key)
    if named is None:
        return Cal("day", year, day=holiday(key, year))
    if "quarter" in named:
        return Cal("quarter", year, int(named["quarter"]))
    return Cal("month", year, int(named["month"]))


def holiday(key: str, year: int) -> date:
    """Date of a named holiday in a year: fixed day, n-th weekday of a month, or Easter-relative."""
    rule = lex()["holidays"][key]
    if "easter" in rule:
        return easter(year) + timedelta(days=int(rule["easter"]))
    if "day" in rule:
        return date(year, rule["month"], rule["day"])
    first = date(year, rule["month"], rule.get("from_day", 1))
    if rule["nth"] > 0:
        first += timedelta(days=(rule["weekday"] - 1 - first.weekday()) % 7)
        return first + timedelta(weeks=rule["nth"] - 1)
    last = date(year, rule["month"], calendar.monthrange(year, rule["month"])[1])
    return last - timedelta(days=(last.weekday() - (rule["weekday"] - 1)) % 7)


def rel_cal(unit: str, k: int, anchor: date) -> Cal:
    if unit == "year":
        return Cal("year", anchor.year + k)
    if unit == "century":
        return Cal("century", anchor.year, anchor.year // 100 + k)
    if unit == "decade":
        return Cal("decade", anchor.year, anchor.year // 10 + k)
    if unit == "quarter":
        return shift(Cal("quarter", anchor.year, (anchor.month - 1) // 3 + 1), k)
    if unit == "half":
        return shift(Cal("half", anchor.year, (anchor.month - 1) // 6 + 1), k)
    if unit == "month":
        return shift(Cal("month", anchor.year, anchor.month), k)
    if unit in ("week", "weekend"):
        return shift(Cal("week", anchor.year, day=anchor, weekend=unit == "weekend"), k)
    return shift(Cal("day", anchor.year, day=anchor), k)


def add(anchor: date, amount: float, unit: str, sign: int) -> date:
    """anchor +/- a duration; fractions of a month/year count in days."""
    info = lex()["units"][unit]
    amount *= info.get("factor", 1)
    code = info["code"]
    whole, frac = int(amount), amount - int(amount)
    if code in ("Y", "M", "Q"):
        months = whole * {"Y": 12, "M": 1, "Q": 3}[code]
        y, m = month_add(anchor.year, anchor.month, sign * months)
        d = date(y, m, min(anchor.day, calendar.monthrange(y, m)[1]))
        return d + timedelta(days=sign * round(frac * {"Y": 365, "M": 30.4, "Q": 91}[code]))
    days = {"W": 7, "WE": 7, "D": 1}.get(code, 0) * amount
    return anchor + timedelta(days=sign * round(days))


def offset_cal(d: date, unit: str) -> Cal:
    """Calendar unit a point reached by a duration falls in, at the duration's own granularity."""
    if unit in ("year", "decade", "century"):
        return Cal("year", d.year)
    if unit == "quarter":
        return Cal("quarter", d.year, (d.month - 1) // 3 + 1)
    if unit in ("month", "week", "weekend", "fortnight"):
        return Cal("month", d.year, d.month)
    return Cal("day", d.year, day=d)


SPLIT = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "TM": (60, "S")}


def duration_value(amount: float | None, unit: str) -> str:
    """TimeML duration: "P3Y", "PT2H", "PXM"; a fraction goes to the next unit ("P2Y6M", "PT5H30M")."""
    info = lex()["units"][unit]
    code = info["code"]
    time = bool(info.get("time"))
    if amount is None:
        return f"PTX{code}" if time else f"PX{code}"
    amount *= info.get("factor", 1)
    whole, frac = int(amount), amount - int(amount)
    text = f"{whole}{code}" if whole else ""
    key = "TM" if time and code == "M" else code
    if frac and key in SPLIT:
        per, sub = SPLIT[key]
        rest = frac * per
        if not float(rest).is_integer():
            return f"PT{amount:g}{code}" if time else f"P{amount:g}{code}"
        if code == "D":
            return f"P{text}T{int(rest)}H"
        text += f"{int(rest)}{sub}"
    elif frac:
        text = f"{amount:g}{code}"
    return f"PT{text}" if time else f"P{text}"
