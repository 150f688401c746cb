"""The records the time package hands out (Period, Timex, Resolution) and the meaning of a span (Spec)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class Period:
    """A calendar period at the text's own granularity. Never invents a finer one."""

    label: str  # YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM | YYYY-MM-DD
    start: date  # first day
    end: date  # last day
    granularity: str  # year | half | quarter | month | day
    fiscal: bool = False
    vague: bool = False  # "the coming months", "soon", "mid-2025", "2027 or so"


@dataclass(frozen=True)
class Timex:
    """A time expression found in text (character offsets into that text)."""

    start: int
    end: int
    text: str
    type: str  # DATE | TIME | DURATION | SET
    prefix: str = ""  # the governing preposition/modifier before the span, lower-cased ("by", "within", "as early as")
    bound: str = "on"  # on | by | from, derived from prefix and the expression ("end of" keeps "on")
    context: str = ""  # cues from the surrounding text, space-separated: "future" (a forward cue governs it),
    # "quarter" (quarterly results are being reported); only used when resolve gets no prefer_future


@dataclass(frozen=True)
class Resolution:
    value: str  # TimeML value: "2024-10", "2024-Q3", "P3Y", "PRESENT_REF", "XXXX-07", ...
    period: Period | None  # the due period for claims; None for durations without an offset prefix, sets, unresolvable
    relative: bool  # True when the anchor was needed (and so `period` is None without one)
    reason: str = ""  # why an expression that names a date has no period ("impossible date: February 30")


@dataclass(frozen=True)
class Spec:
    """What a span means, before any anchor is applied."""

    type: str = "DATE"
    year: int | None = None
    rel: tuple[str, int] | None = None  # (unit, offset) from the anchor's own unit: ("year", 1) = next year
    month: int | None = None
    day: int | None = None
    quarter: int | None = None
    half: int | None = None
    season: str | None = None
    weekday: int | None = None
    decade: int | None = None  # 199 for "the 1990s"
    century: int | None = None  # 19 for "the 20th century"
    part: str | None = None  # key of lexicon "parts"
    fiscal: bool = False
    vague: bool = False
    daypart: str | None = None  # MO | AF | EV | NI
    clock: str | None = None  # "15:30"
    dur: tuple[float | None, str] | None = None  # (amount or None for "a few", unit name)
    direction: int = 0  # -1 "ago", +1 "later"/"away": a duration used as a point
    offset: bool = False  # "the next two years": a duration counted from the anchor
    fixed: str | None = None  # key of lexicon "fixed"
    set_value: str | None = None
    bound: str | None = None  # bound implied by the expression itself ("at least ... away")
    end: Spec | None = None  # range end
    holiday: str | None = None  # key of lexicon "holidays"
    lean: int = 0  # "next March" (+1) / "last November" (-1): which occurrence of a yearless month
    invalid: str | None = None  # why the text names no real date ("impossible date: February 30")
    reported: bool = False  # "the 1988 quarter": the latest reported quarter's number, in the given year
