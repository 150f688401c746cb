"""Time expressions: find them in text and resolve them against a reference date.

CONTRACT (filled in by the temporal work; other modules rely on exactly this API):

    find_timexes(text: str) -> list[Timex]
        Every time expression in ``text``, sorted, non-overlapping, with TimeML-style spans
        (no leading preposition: "by October 2024" -> span "October 2024", prefix "by").
    resolve(timex: Timex, anchor: date | None, prefer_future: bool | None = None) -> Resolution
        TimeML value (for TempEval) and, for expressions that name or imply a calendar period,
        the Period a claim is due in. ``anchor`` is the publication date / DCT.

Pure functions over strings and the YAML time lexicon: no spaCy, no I/O beyond loading lexicons.
"""

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


@dataclass(frozen=True)
class Resolution:
    value: str  # TimeML value: "2024-10", "2024-Q3", "P3Y", "PRESENT_REF", "XXXX-07", ...
    period: Period | None  # the due period for claims; None for durations without an offset prefix, sets, unresolvable
    relative: bool  # True when the anchor was needed (and so `period` is None without one)
