"""Time expressions: find them in text and resolve them against a reference date.

The API other modules rely on:

    find_timexes(text: str) -> list[Timex]
        Every time expression in ``text``, sorted, non-overlapping, with TimeML-style spans
        (no leading preposition: "by October 2024" -> span "October 2024", prefix "by").
    resolve(timex: Timex, anchor: date | None, prefer_future: bool | None = None) -> Resolution
        TimeML value (for TempEval) and, for expressions that name or imply a calendar period,
        the Period a claim is due in. ``anchor`` is the publication date / DCT.
    range_ends(timex: Timex) -> tuple[Timex, Timex] | None
        The two ends of a range expression as expressions of their own.
    without_clock(text: str) -> str
        The day named by a clock time on a day ("May 3, 2026 at 9 a.m." -> "May 3, 2026"), else the text.

Pure functions over strings and the YAML time lexicon: no spaCy, no I/O beyond loading lexicons.
One job per module: ``grammar`` compiles the lexicon into rules, ``parse`` turns a span into a
``Spec`` (each rule's builder, looked up by name), ``finder`` finds spans, ``calendar`` does the
period arithmetic, ``resolver`` applies a reference date; ``model`` holds the records.
"""

from extractor.time.finder import find_timexes, range_ends, without_clock
from extractor.time.model import Period, Resolution, Timex
from extractor.time.resolver import resolve

__all__ = ["Period", "Resolution", "Timex", "find_timexes", "range_ends", "resolve", "without_clock"]
