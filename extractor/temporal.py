"""Time expressions: find them in text and resolve them against a reference date.

CONTRACT (filled in by the temporal work; other modules rely on exactly this API):

    find_timexes(text: str) -> list[Timex]
        Every time expression in ``text``, sorted, non-overlapping, with TimeML-style spans
        (no leading preposition: "by October 2024" -> span "October 2024", prefix "by").
    resolve(timex: Timex, anchor: date | None, prefer_future: bool | None = None) -> Resolution
        TimeML value (for TempEval) and, for expressions that name or imply a calendar period,
        the Period a claim is due in. ``anchor`` is the publication date / DCT.

Pure functions over strings and the YAML time lexicon: no spaCy, no I/O beyond loading lexicons.

How it works: a set of regular-expression rules (built once from ``lexicons/time.yaml``) finds
candidate spans; the longest non-overlapping ones win, are widened by part-of modifiers ("the end
of", "mid-") and hedges ("or so"), joined into ranges, and get their governing prefix. ``resolve``
re-parses the span text into a small semantic record (``_Spec``) and computes the TimeML value and
the claim period from it, so a Timex built by hand resolves the same way as a found one.

``Timex.context`` carries what the surrounding text says and the span does not: a forward or past
cue in the clause ("is scheduled to close Monday"), quarterly reporting ("up from $5 million a year
earlier"), the last explicit date for an anaphor ("later that year"), the range a short end belongs
to ("17" of "1915-17"). It only steers ``resolve`` when no ``prefer_future`` is given (TempEval);
claim periods never depend on it.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta

from extractor import lexicon


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


# --------------------------------------------------------------------------------------------------
# Lexicon and patterns (built once)
# --------------------------------------------------------------------------------------------------


def _alt(words: Iterable[object], flags: str = "i") -> str:
    """Regex alternation of words/phrases, longest first, inner spaces matching any whitespace."""
    items = sorted({str(w) for w in words}, key=len, reverse=True)
    body = "|".join(r"\s+".join(re.escape(p) for p in w.split()) for w in items)
    return f"(?{flags}:{body})" if flags else f"(?:{body})"


def _capitalised(words: list[str], dotted: bool) -> str:
    """Case-sensitive alternation: Title-case or UPPER-case forms; abbreviations may take a dot."""
    forms = []
    for w in sorted(words, key=len, reverse=True):
        for form in (w.capitalize(), w.upper()):
            abbreviation = len(w) <= 4 and w not in ("may", "june", "july")
            forms.append(re.escape(form) + (r"\.?" if dotted and abbreviation else ""))
    return "(?:" + "|".join(forms) + ")"


@dataclass(frozen=True)
class _Rule:
    name: str
    regex: re.Pattern[str]
    build: Callable[[re.Match[str]], _Spec | None]
    weak: bool = False  # only accepted after a time preposition/modifier (e.g. a bare "May", "the fall")


@dataclass
class _Grammar:
    lex: dict
    rules: list[_Rule]
    prefix_rx: re.Pattern[str]
    part_rx: re.Pattern[str]
    hedge_rx: re.Pattern[str]
    hedge_end_rx: re.Pattern[str]
    part_start_rx: re.Pattern[str]
    context_rx: re.Pattern[str]
    season_context_rx: re.Pattern[str]
    range_rx: re.Pattern[str]
    range_open_rx: re.Pattern[str]
    blockers_rx: re.Pattern[str]
    age_rx: re.Pattern[str]
    rate_rx: re.Pattern[str]
    negation_rx: re.Pattern[str]
    bound_suffix_rx: re.Pattern[str]
    rate_context_rx: re.Pattern[str]
    future_rx: re.Pattern[str]
    quarter_context_rx: re.Pattern[str]
    prefix_bound: dict[str, str]


@dataclass(frozen=True)
class _Spec:
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
    end: _Spec | None = None  # range end
    holiday: str | None = None  # key of lexicon "holidays"
    lean: int = 0  # "next March" (+1) / "last November" (-1): which occurrence of a yearless month
    reported: bool = False  # "the 1988 quarter": the latest reported quarter's number, in the given year


@functools.cache
def _grammar() -> _Grammar:
    lex = lexicon.load("time")  # the shared, cached parse (decide.py reads it too); never mutated
    months = list(lex["months"])
    full_months = [m for m in months if len(m) > 4 or m in ("may", "june", "july")]
    amb_months = set(lex["ambiguous_months"])
    weekdays = list(lex["weekdays"])
    amb_wd = set(lex["ambiguous_weekdays"])
    units = list(lex["units"]) + list(lex["unit_plurals"])
    nums = lex["number_words"]
    ones = _alt([w for w, v in nums.items() if isinstance(v, int) and 0 < v < 10 and len(w) > 2], "")
    teens = _alt([w for w, v in nums.items() if isinstance(v, int) and 10 <= v < 20], "")
    tens = _alt([w for w, v in nums.items() if v in (20, 30, 40, 50, 60, 70, 80, 90)], "")
    # "nineteen ninety-six", "twenty oh five": broadcast transcripts spell years out
    spelled_year = (
        rf"(?i:(?:nineteen|twenty)[-\s]+(?:{tens}(?:[-\s]+{ones})?|{teens}|oh[-\s]+{ones}|hundred))(?![-\w])"
    )
    p = {
        "MONTH": _capitalised(months, dotted=True),
        "FULLMONTH": _capitalised([m for m in full_months if m not in amb_months], dotted=False),
        "AMBMONTH": _capitalised([m for m in full_months if m in amb_months], dotted=False),
        "DOTMONTH": "(?:"
        + "|".join(re.escape(m.capitalize()) + r"\." for m in months if len(m) <= 4 and m not in full_months)
        + ")",
        "WEEKDAY": _capitalised([w for w in weekdays if w not in amb_wd], dotted=True),
        "ANYWEEKDAY": _capitalised(weekdays, dotted=True),
        "FULLWEEKDAY": _capitalised([w for w in weekdays if w.endswith("day")], dotted=False),
        "DAY": r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?!\d|:\d)",
        "YEAR": r"(?:(?:19|20)\d\d(?![\d%])|" + spelled_year + ")",
        "ANYYEAR": r"(?:(?:1\d|20)\d\d(?![\d%])|" + spelled_year + ")",
        "NUM": r"(?:\d+(?:\.\d+)?(?:\s+1/2)?|"
        + _alt([w for w, v in lex["number_words"].items() if v in (20, 30, 40, 50, 60, 70, 80, 90)], "")
        + r"[-\s]+"
        + _alt([w for w, v in lex["number_words"].items() if isinstance(v, int) and 0 < v < 10 and len(w) > 2], "")
        + "|"
        + _alt(lex["number_words"], "")
        + ")",
        "NUMNOTA": r"(?:\d+|" + _alt([w for w in lex["number_words"] if w not in ("a", "an")], "") + ")",
        "FILLER": _alt(lex["unit_fillers"], ""),
        "HOLIDAY": "(?:"
        + "|".join(
            r"\s+".join(re.escape(w[:1].upper() + w[1:]) for w in h.split())
            for h in sorted(lex["holidays"], key=len, reverse=True)
        )
        + ")",
        "VAGUEQ": _alt(lex["vague_quantities"], ""),
        "UNIT": "(?:" + _alt(units, "") + "s?)",
        "ORD": _alt(lex["ordinals"], ""),
        "DEIX": _alt(lex["deictics"], ""),
        "SEASON": _alt(lex["seasons"], ""),
        "SEASONNOUN": _alt(lex["season_nouns"], ""),
        "DURMOD": _alt(lex["duration_modifiers"], ""),
        "DIR": _alt(lex["duration_directions"], ""),
        "FIXED": _alt(lex["fixed"], ""),
        "DAYPART": _alt(lex["day_parts"], ""),
        "SETW": _alt(lex["set_words"], ""),
        "HALFW": _alt(lex["halves"], ""),
    }

    def rx(pattern: str, flags: int = 0) -> re.Pattern[str]:
        for key in sorted(p, key=len, reverse=True):
            pattern = pattern.replace("{" + key + "}", p[key])
        return re.compile(r"(?<![\w$£€#])" + pattern + r"(?![\w])", flags)

    y2 = r"'\d\d"
    rules = [
        _Rule(
            "mdy",
            rx(
                r"(?:(?P<wd>{ANYWEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})"
                r"(?:(?:,\s*|\s+)(?P<year>{ANYYEAR}|" + y2 + "))?"
            ),
            _b_date,
        ),
        _Rule(  # "the week of March 9": a week, promised as its month
            "week_of",
            rx(r"(?:(?i:the)\s+)?(?i:week)\s+(?i:of)\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{ANYYEAR}))?"),
            _b_week_of,
        ),
        _Rule(
            "dmy",
            rx(
                r"(?:(?P<wd>{ANYWEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?P<day>{DAY})\s+(?:(?i:of)\s+)?"
                r"(?P<mon>{MONTH})(?:,?\s+(?P<year>{ANYYEAR}))?"
            ),
            _b_date,
        ),
        _Rule("my", rx(r"(?P<mon>{MONTH})(?:\s+(?i:of))?,?\s+(?P<year>{ANYYEAR}|" + y2 + ")"), _b_date),
        _Rule(
            "month_rel_year",
            rx(r"(?P<mon>{MONTH})(?:\s+(?P<day>{DAY}))?,?\s+(?P<ydeix>(?i:this|last|next))\s+(?i:year)"),
            _b_date,
        ),
        _Rule(
            "day_range",
            rx(
                r"(?<![\d/.])(?:{DAY})\s*[-–]\s*(?:{DAY})\s+(?:(?i:of)\s+)?(?:{MONTH})(?:,?\s+(?:{ANYYEAR}))?"
                r"|(?:{MONTH})\s+(?:{DAY})\s*[-–]\s*(?:{DAY})(?:,?\s+(?:{ANYYEAR}))?"
            ),
            lambda m: _parse_range(m.group()),
        ),
        _Rule("month", rx(r"(?P<mon>{FULLMONTH}|{DOTMONTH})"), _b_date),
        _Rule("ambmonth", rx(r"(?P<mon>{AMBMONTH})"), _b_date, weak=True),
        _Rule("iso", rx(r"(?P<year>{ANYYEAR})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?"), _b_iso),
        _Rule(  # "14/03/2026": day first when it cannot be a month
            "numeric_dmy",
            rx(r"(?<![\d/.])(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])/(?P<y>\d{4}|\d\d)(?![\d/])"),
            _b_numeric,
        ),
        _Rule(
            "numeric",
            rx(
                r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])"
                r"(?:/(?P<y>\d{4}|\d\d))?(?![\d/])"
            ),
            _b_numeric,
        ),
        _Rule(
            "year",
            rx(
                r"(?:(?P<pre>(?i:the\s+year|this\s+year,?|calendar\s+year|calendar))\s+)?"
                r"(?P<year>{YEAR})(?![.,]\d)"
                r"|(?i:the\s+year)\s+(?P<y2k>(?i:two\s+thousand(?:\s+(?:and\s+)?(?:" + ones + "|" + teens + "))?))"
            ),
            _b_year,
        ),
        _Rule("year_span", rx(r"(?:1\d|20)\d\d\s*[-–]\s*\d\d(?![\d%])"), lambda m: _parse_range(m.group())),
        _Rule(
            "century",
            rx(r"(?<!-)(?:(?i:the)\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?i:{ORD}))[-\s]+(?i:century)"),
            _b_century,
        ),
        _Rule("bc_year", rx(r"(?P<n>\d{1,4})\s*(?:B\.C\.|BCE|BC)(?!\w)|(?P<n2>\d{1,4})\s*B\.C(?![\w.])"), _b_bc),
        _Rule("old_year", rx(r"(?P<year>1[0-8]\d\d)(?![\d%]|[.,]\d)"), _b_year, weak=True),
        _Rule("old_year_range", rx(r"(?P<a>1[0-8]\d\d)\s*[-–]\s*(?P<b>1[0-9]\d\d)(?![\d%]|[.,]\d)"), _b_old_range),
        _Rule("fiscal", rx(r"(?P<fy>(?i:fiscal(?:\s+year)?)\s+|FY\s?)(?P<year>{YEAR}|\d\d(?!\d))"), _b_year),
        _Rule("decade", rx(r"(?:(?i:the)\s+)?(?P<dec>(?:1\d|20)\d0|'\d0|[1-9]0)'?s"), _b_decade),
        _Rule(
            "decade_word",
            rx(r"(?i:the)\s+(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"),
            _b_decade,
        ),
        _Rule(  # "Q1 FY26", "Q1 of fiscal 2026", "FY26 Q1": one fiscal quarter, not a quarter and a year
            "fiscal_qcode",
            rx(
                r"Q(?P<q>[1-4])\s+(?:(?i:of)\s+)?(?P<fy>FY\s?|(?i:fiscal(?:\s+year)?)\s+)(?P<year>{YEAR}|\d\d(?!\d))"
                r"|(?P<fy2>FY\s?|(?i:fiscal(?:\s+year)?)\s+)(?P<year2>{YEAR}|\d\d)\s+Q(?P<q2>[1-4])"
            ),
            _b_quarter,
        ),
        _Rule(
            "qcode",
            rx(
                r"(?:(?P<fy>(?i:fiscal)\s+|FY\s?))?(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)"
                r"(?:\s*(?P<year>{YEAR}|'\d\d)|(?P<yy>\d\d)(?!\d))?"
            ),
            _b_quarter,
        ),
        _Rule("yq", rx(r"(?P<year>{YEAR})\s+Q(?P<q>[1-4])"), _b_quarter),
        _Rule(
            "hcode",
            rx(r"(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s*(?P<year>{YEAR}|'\d\d)|(?P<yy>\d\d)(?!\d))?"),
            _b_half,
        ),
        _Rule(
            "quarter",
            rx(
                r"(?:(?i:the|this\s+year's|next\s+year's|last\s+year's)\s+(?=(?:(?i:fiscal)\s+)?(?i:{ORD})\s))?"
                r"(?:(?P<fy>(?i:fiscal))\s+)?(?P<ord>(?i:{ORD}))[-\s]+(?:(?i:fiscal)\s+)?"
                r"(?i:quarter)(?:\s+(?i:of)\s+(?:(?P<fy2>(?i:fiscal))\s+|(?i:calendar)\s+)?(?P<year>{YEAR})"
                r"|\s+(?P<year2>{YEAR})|\s+(?i:of)\s+(?P<ydeix>(?i:this|next|last))\s+(?i:year))?"
            ),
            _b_quarter,
        ),
        _Rule(
            "half",
            rx(
                r"(?:(?i:the)\s+)?(?P<h>(?i:{HALFW}))[-\s]+(?i:half)(?:\s+(?i:of)\s+(?:(?P<fy2>(?i:fiscal))\s+|(?i:calendar)\s+)?(?P<year>{YEAR})"
                r"|\s+(?P<year2>{YEAR})|\s+(?i:of)\s+(?P<ydeix>(?i:this|next|last))\s+(?i:year)"
                r"|\s+(?i:of)\s+(?P<ythe>(?i:the|this))\s+(?:(?P<fy3>(?i:fiscal|financial))\s+)?(?i:year))?"
            ),
            _b_half,
        ),
        _Rule("season", rx(r"(?P<deix>(?i:{DEIX}))\s+(?P<season>(?i:{SEASON}))"), _b_season),
        _Rule(
            "season_year",
            rx(r"(?:(?i:the)\s+)?(?P<season>(?i:{SEASON}))\s+(?:(?i:of)\s+)?(?P<year>{ANYYEAR})"),
            _b_season,
        ),
        _Rule(  # "the June quarter of 2026" (Australian usage): the quarter that holds the month
            "month_quarter",
            rx(r"(?:(?i:the)\s+)?(?P<mq>{FULLMONTH}|{AMBMONTH})\s+(?i:quarter)(?:\s+(?i:of)\s+(?P<year>{YEAR}))?"),
            _b_month_quarter,
        ),
        _Rule("season_bare", rx(r"(?:(?i:the)\s+)?(?P<season>(?i:{SEASON}))(?!\s+(?i:{SEASONNOUN})\b)"), _b_season,
              weak=True),
        _Rule(
            "deictic",
            rx(
                r"(?P<deix>(?i:{DEIX}))\s+(?:(?P<fy>(?i:fiscal|financial))\s+(?=(?i:year|quarter)))?"
                r"(?P<unit>(?i:day(?!\s+of\b)|week|weekend|month|quarter|year|decade|century))"
            ),
            _b_deictic,
        ),
        _Rule(
            "deictic_month",
            rx(r"(?P<deix>(?i:next|last|this|this\s+past|this\s+coming))\s+(?P<mon>{MONTH})"),
            _b_date,
        ),
        _Rule(
            "deictic_wd",
            rx(
                r"(?P<deix>(?i:next|last|this|this\s+past|this\s+coming|coming))\s+(?P<wd>{WEEKDAY})"
                r"(?:\s+(?P<dp>(?i:{DAYPART})))?"
            ),
            _b_weekday,
        ),
        _Rule("weekday", rx(r"(?P<wd>{WEEKDAY})(?:\s+(?P<dp>(?i:{DAYPART})))?"), _b_weekday),
        _Rule(
            "the_unit",
            rx(
                r"(?i:the)\s+(?:(?P<fy>(?i:full\s+fiscal|fiscal|financial|full))\s+(?=(?i:year)))?"
                r"(?P<unit>(?i:year|quarter|weekend|week|month|decade))(?!-)"
            ),
            _b_the_unit,
            weak=True,
        ),
        _Rule(
            "part_unit",
            rx(
                r"(?P<part>(?i:end|the\s+end|beginning|start|middle))\s+(?i:of)\s+"
                r"(?P<unit>(?i:year|month|quarter|week|decade))"
            ),
            _b_the_unit,
        ),
        _Rule(
            "year_ago",
            rx(
                r"(?:(?i:the)\s+)?(?:(?i:same|comparable|corresponding)\s+)?(?i:year-(?:earlier|ago))"
                r"(?:\s+(?:(?:(?P<fy>(?i:fiscal))\s+)?(?P<ord>(?i:{ORD}))[-\s]+)?(?P<unit>(?i:quarter|period)))?"
            ),
            _b_year_ago,
        ),
        _Rule(
            # business news: "the 1988 third quarter", "the 1989 period", "last year's quarter",
            # "the quarter a year ago", "the same period last year", "the latest period"
            "report_period",
            rx(
                r"(?i:the)\s+(?P<year>{YEAR})\s+(?:(?P<fy>(?i:fiscal))\s+)?(?:(?P<ord>(?i:{ORD}))[-\s]+)?"
                r"(?P<unit>(?i:quarter|period))"
                r"|(?P<last>(?i:last\s+year's))\s+(?:(?P<ord2>(?i:{ORD}))[-\s]+)?(?i:quarter|period)"
                r"|(?i:the)\s+(?:(?i:same|comparable|corresponding)\s+)?(?i:quarter|period)\s+"
                r"(?P<back>(?i:a\s+year\s+(?:ago|earlier)|last\s+year))"
                r"|(?i:the)\s+(?P<latest>(?i:latest|most\s+recent))\s+(?i:period)"
            ),
            _b_report_period,
        ),
        _Rule("midyear", rx(r"(?P<unit>(?i:mid-?year))"), _b_the_unit),
        _Rule(
            # TimeBank keeps the modifier: "late yesterday", "earlier yesterday", "mid-afternoon yesterday"
            "part_yesterday",
            rx(r"(?P<pw>(?i:early|late|earlier|later|mid-?morning|mid-?afternoon))\s+(?i:yesterday)"),
            _b_part_yesterday,
        ),
        _Rule(
            "daypart",
            rx(r"(?P<rel>(?i:this|yesterday|tomorrow|today|last|tonight))\s+(?P<dp>(?i:{DAYPART}))"),
            _b_daypart,
        ),
        _Rule(
            "fixed",
            rx(r"(?P<fixed>(?i:{FIXED}))(?!\s+(?i:after|afterwards|thereafter)\b)(?!(?<=(?i:soon))\s+(?i:as)\b)"),
            _b_fixed,
        ),
        _Rule(
            "holiday",
            rx(r"(?:(?P<deix>(?i:this\s+past|this|next|last|the))\s+)?(?P<hol>{HOLIDAY})(?:,?\s+(?P<year>{ANYYEAR}))?"),
            _b_holiday,
        ),
        _Rule(
            "clock",
            rx(
                r"(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))"
                r"(?:\s+(?P<tz>[A-Z]{2,3}T))?"
            ),
            _b_clock,
        ),
        _Rule(
            "clock_day",
            rx(
                r"(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))"
                r"(?:\s+[A-Z]{2,3}T)?,?\s+(?:(?i:on)\s+)?(?P<day>{WEEKDAY}|{MONTH}\s+{DAY})"
            ),
            _b_clock,
        ),
        _Rule(
            "noon_day",
            rx(r"(?P<nm>(?i:noon|midnight))\s+(?:(?i:on)\s+)?(?P<day>{WEEKDAY}|{MONTH}\s+{DAY})"),
            _b_noon_day,
        ),
        _Rule(
            "clock24",
            rx(r"(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])(?:\s+(?P<tz>[A-Z]{2,3}T))?"),
            _b_clock,
        ),
        _Rule(
            "duration",
            rx(
                r"(?:(?P<mod>(?i:{DURMOD}))\s+|(?i:the)\s+(?=(?i:{NUMNOTA})\s))?"
                r"(?:(?i:{NUMNOTA})\s*(?:(?i:to|or)|[-–])\s*(?=(?i:{NUMNOTA})\s))?"  # "12 to 18 months": the longer
                r"(?P<num>(?i:{NUM}|{VAGUEQ}))"
                r"(?:\s+(?i:{FILLER}))?[-\s]+(?P<unit>(?i:{UNIT}))(?P<half>\s+(?i:and\s+a\s+half))?"
                r"(?:\s+(?P<dir>(?i:{DIR})))?"
            ),
            _b_duration,
        ),
        _Rule(
            "half_unit",
            rx(
                r"(?:(?P<mod>(?i:{DURMOD}))\s+)?(?i:half\s+an?|a\s+half)[-\s]+(?P<unit>(?i:{UNIT}))"
                r"(?:\s+(?P<dir>(?i:{DIR})))?"
            ),
            _b_duration,
        ),
        _Rule(
            "the_duration",
            rx(
                r"(?i:the)\s+(?P<deix>(?i:past|last|next|coming|first|previous|following|final"
                r"|latest|same|prior))\s+(?:(?P<num>(?i:{NUM}|{VAGUEQ}))\s+)?"
                r"(?P<unit>(?i:{UNIT}))"
            ),
            _b_the_duration,
        ),
        _Rule(
            "plural_units",
            rx(
                r"(?:(?P<mod>(?i:{DURMOD}))\s+)?(?P<unit>(?i:years|months|weeks|days|decades|hours"
                r"|minutes|centuries))(?:\s+(?P<dir>(?i:ago|later|earlier)))?"
            ),
            _b_duration,
        ),
        _Rule(
            "set_every",
            rx(
                r"(?P<q>(?i:every|each|per))\s+(?:(?P<other>(?i:other))\s+|(?i:single)\s+)?"
                r"(?:(?P<num>(?i:{NUM}))\s+)?(?:(?P<unit>(?i:{UNIT}))|(?P<dp>(?i:{DAYPART})))"
            ),
            _b_set,
        ),
        _Rule("set_weekday", rx(r"(?i:every|each)\s+(?P<wd>{WEEKDAY})"), _b_set),
        _Rule("set_weekdays", rx(r"(?P<wd>{FULLWEEKDAY})s|(?P<wd2>{FULLWEEKDAY})\s+(?P<dp>(?i:{DAYPART}))s"), _b_set),
        _Rule("set_month", rx(r"(?i:every|each)\s+(?P<mon>{FULLMONTH}|{AMBMONTH})"), _b_set),
        _Rule("set_weekends", rx(r"(?P<we>(?i:weekends))"), _b_set),
        _Rule("set_word", rx(r"(?P<word>(?i:{SETW}))"), _b_set),
        _Rule("set_times", rx(r"(?i:once|twice|\w+\s+times)\s+(?i:a|per)\s+(?P<unit>(?i:{UNIT}))"), _b_set),
    ]

    prefix_bound: dict[str, str] = {}
    for bound, words in lex["prefixes"].items():
        for w in words:
            prefix_bound[" ".join(w.lower().split())] = bound
    part_words = list(lex["parts"])
    context_words = list(prefix_bound) + part_words + list(lex["deictics"])
    context_words += ["of", "and", "or", "to", "-", "mid", "into"]
    return _Grammar(
        lex=lex,
        rules=rules,
        prefix_rx=re.compile(
            r"(?:^|(?<=[^\w-]))(?P<p>" + _alt(prefix_bound) + r")(?:\s+" + _alt(lex["approximators"]) + r")?\s+$"
        ),
        part_rx=re.compile(r"(?:^|(?<=[^\w-]))(?P<p>" + _alt(part_words) + r")(?:\s+|-)$"),
        hedge_rx=re.compile(r",?\s+(?P<h>" + _alt(lex["hedges"]) + r")(?!\w)"),
        hedge_end_rx=re.compile(r",?\s+" + _alt(lex["hedges"]) + r"$"),
        part_start_rx=re.compile(r"(?:(?i:the)\s+(?=(?i:early|late|mid)\b))?(?P<p>" + _alt(part_words) + r")(?:\s+|-)"),
        context_rx=re.compile(r"(?:^|(?<=\W))" + _alt(context_words) + r"\s+$"),
        season_context_rx=re.compile(r"(?:^|(?<=\W))" + _alt(lex["ambiguous_season_context"]) + r"\s+$", re.I),
        range_rx=re.compile(r"\s*(?P<c>-|–|—|(?i:to|through|until|till|and))\s*"),
        range_open_rx=re.compile(r"(?:^|(?<=\W))(?P<p>(?i:between|from))\s+$"),
        negation_rx=re.compile(r"(?i:\bnot|n't|\bnever|\bneither|\bnobody|\bno\s+one|\bnone)(?:\s+[\w-]+){0,12}\s+$"),
        bound_suffix_rx=re.compile(r",?\s+(?P<w>" + _alt(lex["bound_suffixes"]) + r")(?!\w)"),
        rate_rx=re.compile(r"(?i:an?)\s+" + _alt(lex["units"])),
        rate_context_rx=re.compile(r"(?:\d|%|" + _alt(lex["rate_words"]) + r")[^.;:!?\n]{0,25}\s+$"),
        age_rx=re.compile(r"[-\s]+(?i:old|olds)\b"),
        blockers_rx=re.compile(r"\s+" + _alt(lex["year_blockers_after"]) + r"\b"),
        future_rx=re.compile(r"(?:^|(?<=\W))" + _alt(lex["future_cues"]) + r"(?!\w)(?:\W+\w+){0,8}?\W+$"),
        quarter_context_rx=re.compile(r"(?i:quarter|quarterly)"),
        prefix_bound=prefix_bound,
    )


def _lex() -> dict:
    return _grammar().lex


# --------------------------------------------------------------------------------------------------
# Spec builders: one per rule, each turns a match into a _Spec (None rejects the match)
# --------------------------------------------------------------------------------------------------


def _num(word: str) -> float | None:
    """Numeric value of "3", "2.5", "three", "twenty-five", "a"; None for vague quantities."""
    w = " ".join(word.lower().replace("-", " ").split())
    if re.fullmatch(r"\d+(?:\.\d+)?", w):
        return float(w)
    if re.fullmatch(r"\d+ 1/2", w):
        return float(w.split()[0]) + 0.5
    nums = _lex()["number_words"]
    if w in nums:
        return float(nums[w])
    parts = w.split()
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:
        return float(nums[parts[0]] + nums[parts[1]])
    return None


def _spelled_year(text: str) -> int | None:
    """ "nineteen ninety-six" -> 1996, "twenty oh five" -> 2005, "two thousand and one" -> 2001."""
    words = text.lower().replace("-", " ").split()
    nums = _lex()["number_words"]
    if words[:2] == ["two", "thousand"]:
        rest = [w for w in words[2:] if w != "and"]
        return 2000 + sum(int(nums[w]) for w in rest)
    head = int(nums[words[0]])
    rest = [w for w in words[1:] if w != "oh"]
    if rest == ["hundred"]:
        return head * 100
    return head * 100 + sum(int(nums[w]) for w in rest)


def _month(word: str) -> int:
    return int(_lex()["months"][word.lower().rstrip(".")])


def _year(text: str | None) -> int | None:
    """4-digit year, or a 2-digit one ("'24", "FY25") read as 19xx/20xx."""
    if not text:
        return None
    if text[:1].isalpha():
        return _spelled_year(text)
    digits = text.strip("'")
    if len(digits) == 4:
        return int(digits)
    n = int(digits)
    return 2000 + n if n < 50 else 1900 + n


def _deix(word: str) -> int:
    return int(_lex()["deictics"][" ".join(word.lower().split())])


def _b_date(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    month = _month(g["mon"])
    day = int(re.match(r"\d+", g["day"]).group()) if g.get("day") else None
    year = _year(g.get("year"))
    if day and day > calendar.monthrange(year or 2000, month)[1]:
        return None
    if g.get("deix"):
        return _Spec(month=month, rel=("year", 0), lean=_deix(g["deix"]))
    if g.get("ydeix"):
        return _Spec(month=month, day=day, rel=("year", _deix(g["ydeix"])))
    return _Spec(year=year, month=month, day=day)


def _b_week_of(m: re.Match[str]) -> _Spec | None:
    spec = _b_date(m)
    return replace(spec, day=None) if spec is not None else None


def _b_iso(m: re.Match[str]) -> _Spec | None:
    return _Spec(year=int(m["year"]), month=int(m["m"]), day=int(m["d"]) if m["d"] else None)


def _b_numeric(m: re.Match[str]) -> _Spec | None:
    month, day = int(m["m"]), int(m["d"])
    if not m["y"] and month < 10 and day < 10 and month < day:
        return None  # 1/2, 3/4: a fraction
    return _Spec(year=_year(m["y"]), month=month, day=day)


def _b_year(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    return _Spec(year=_year(g["year"] or g.get("y2k")), fiscal=bool(g.get("fy")))


def _b_bc(m: re.Match[str]) -> _Spec | None:
    n = int(m["n"] or m["n2"])
    # "499 BC" (no calendar arithmetic before year 1); "2024 BC Partners" is a modern year and a name
    return _Spec(set_value=f"BC{n:04d}") if 0 < n < 1900 else None


def _b_old_range(m: re.Match[str]) -> _Spec | None:
    """ "1861-1865": years before 1900 need a context word alone, but a span of a few years is dates."""
    return _parse_range(m.group()) if 0 < int(m["b"]) - int(m["a"]) <= 30 else None


def _b_century(m: re.Match[str]) -> _Spec | None:
    word = m["ord"].lower()
    n = int(word[:-2]) if word[:-2].isdigit() else int(_lex()["ordinals"].get(word, 0))
    return _Spec(century=n - 1) if 0 < n <= 21 else None


_DECADE_WORDS = ("twenties", "thirties", "forties", "fifties", "sixties", "seventies", "eighties", "nineties")


def _b_decade(m: re.Match[str]) -> _Spec | None:
    if m.groupdict().get("decw"):
        return _Spec(decade=192 + _DECADE_WORDS.index(m["decw"].lower()))  # "the nineties": the 1990s
    d = m["dec"].strip("'")
    if len(d) == 4:
        return _Spec(decade=int(d[:3]))
    return _Spec(decade=(190 if int(d) >= 20 else 200) + int(d) // 10)


def _b_quarter(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    q = int(g.get("q") or g.get("q2") or _lex()["ordinals"][g["ord"].lower()])
    if q > 4:
        return None
    year = _year(g.get("year") or g.get("year2") or g.get("yy"))
    rel = ("year", _deix(g["ydeix"])) if g.get("ydeix") else None
    if year is None and rel is None and re.match(r"(?i)(next|last) year's", m.group()):
        rel = ("year", 1 if m.group().lower().startswith("next") else -1)
    return _Spec(quarter=q, year=year, rel=rel, fiscal=bool(g.get("fy") or g.get("fy2")))


def _b_month_quarter(m: re.Match[str]) -> _Spec | None:
    month = int(_lex()["months"][m["mq"].lower()])
    return _Spec(quarter=(month - 1) // 3 + 1, year=_year(m.group("year")))


def _b_half(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    h = g.get("h") or g.get("h2")
    half = int(h) if h.isdigit() else int(_lex()["halves"][h.lower()])
    year = _year(g.get("year") or g.get("year2") or g.get("yy"))
    rel = ("year", _deix(g["ydeix"])) if g.get("ydeix") else ("year", 0) if g.get("ythe") else None
    return _Spec(half=half, year=year, rel=rel, fiscal=bool(g.get("fy2") or g.get("fy3")))


def _b_season(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    season = _lex()["seasons"][g["season"].lower()]
    if g.get("deix"):
        if " ".join(g["deix"].lower().split()) == "this past":  # the latest one begun: "this past spring"
            return _Spec(season=season, rel=("year", 0), lean=-1, vague=True)
        return _Spec(season=season, rel=("year", _deix(g["deix"])), vague=True)
    return _Spec(season=season, year=_year(g.get("year")), vague=True)


def _b_deictic(m: re.Match[str]) -> _Spec | None:
    unit = m["unit"].lower()
    deix = " ".join(m["deix"].lower().split())
    offset = _deix(deix)
    if deix == "the past":
        if unit == "year":
            return _Spec(rel=("year", -1))  # TimeBank: "over the past year" is last year
        return _Spec(type="DURATION", dur=(1.0, unit))
    if deix in ("latest", "the latest") and unit == "quarter":
        offset = -1
    return _Spec(rel=(unit, offset), fiscal=bool(m["fy"]))


def _b_weekday(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    wd = int(_lex()["weekdays"][g["wd"].lower().rstrip(".")])
    dp = _lex()["day_parts"][g["dp"].lower()] if g.get("dp") else None
    if dp == "NI":
        dp = None  # TimeBank dates "Friday night" to the day
    rel = ("week", _deix(g["deix"])) if g.get("deix") else None
    return _Spec(type="TIME" if dp else "DATE", weekday=wd, daypart=dp, rel=rel)


def _b_the_unit(m: re.Match[str]) -> _Spec | None:
    unit = m["unit"].lower()
    if unit.replace("-", "") == "midyear":
        return _Spec(rel=("year", 0), part="mid")
    part = " ".join(m["part"].lower().split()) + " of" if m.groupdict().get("part") else None
    fiscal = "fiscal" in (m.groupdict().get("fy") or "").lower()
    # A bare "the quarter" in news is the one being reported on, i.e. the last one, and "over the
    # weekend" the one just past, unless the sentence looks ahead ("by the end of the quarter").
    lean = -1 if unit in ("quarter", "weekend") and part is None else 0
    return _Spec(rel=(unit, 0), part=part, lean=lean, fiscal=fiscal)


def _b_year_ago(m: re.Match[str]) -> _Spec | None:
    """ "the year-ago quarter": the latest reported quarter, a year back (business-news usage)."""
    if m["ord"]:
        q = int(_lex()["ordinals"][m["ord"].lower()])
        return _Spec(quarter=q, rel=("year", -1), fiscal=bool(m["fy"])) if q <= 4 else None
    return _Spec(rel=("quarter", -5) if m["unit"] else ("year", -1))


def _b_report_period(m: re.Match[str]) -> _Spec | None:
    """Reported periods of business news: a named quarter, else the latest reported quarter (of a year)."""
    ord_ = m["ord"] or m["ord2"]
    q = int(_lex()["ordinals"][ord_.lower()]) if ord_ else None
    if q is not None and q > 4:
        return None
    if m["year"]:
        return _Spec(year=_year(m["year"]), quarter=q, fiscal=bool(m["fy"]), reported=q is None)
    if m["latest"]:
        return _Spec(rel=("quarter", -1))
    if q is not None:
        return _Spec(quarter=q, rel=("year", -1))
    return _Spec(rel=("quarter", -5))


def _b_holiday(m: re.Match[str]) -> _Spec | None:
    key = " ".join(m["hol"].lower().split())
    deix = " ".join(m["deix"].lower().split()) if m["deix"] else "the"
    lean = 0 if deix == "the" else _deix(deix)
    if m["year"]:
        return _Spec(holiday=key, year=_year(m["year"]))
    return _Spec(holiday=key, rel=("year", 0) if lean else None, lean=lean)


def _holiday(key: str, year: int) -> date:
    """Date of a named holiday in a year: fixed day, n-th weekday of a month, or Easter-relative."""
    rule = _lex()["holidays"][key]
    if "easter" in rule:
        a, b, c = year % 19, year // 100, year % 100  # anonymous Gregorian computus
        d, e = b // 4, b % 4
        g = (8 * b + 13) // 25
        h = (19 * a + b - d - g + 15) % 30
        i, k = c // 4, c % 4
        l_ = (32 + 2 * e + 2 * i - h - k) % 7
        m = (a + 11 * h + 19 * l_) // 433
        month, day = (h + l_ - 7 * m + 114) // 31, (h + l_ - 7 * m + 114) % 31 + 1
        return date(year, month, day) + timedelta(days=int(rule["easter"]))
    if "day" in rule:
        return date(year, rule["month"], rule["day"])
    first = date(year, rule["month"], rule.get("from_day", 1))
    if rule["nth"] > 0:
        first += timedelta(days=(rule["weekday"] - 1 - first.weekday()) % 7)
        return first + timedelta(weeks=rule["nth"] - 1)
    last = date(year, rule["month"], calendar.monthrange(year, rule["month"])[1])
    return last - timedelta(days=(last.weekday() - (rule["weekday"] - 1)) % 7)


def _b_part_yesterday(m: re.Match[str]) -> _Spec | None:
    pw = m["pw"].lower().replace("-", "")
    if pw.startswith("mid"):
        return _Spec(type="TIME", rel=("day", -1), daypart="MO" if pw.endswith("morning") else "AF")
    return _Spec(rel=("day", -1))


def _b_daypart(m: re.Match[str]) -> _Spec | None:
    rel = {"this": 0, "today": 0, "tonight": 0, "yesterday": -1, "last": -1, "tomorrow": 1}[m["rel"].lower()]
    return _Spec(type="TIME", rel=("day", rel), daypart=_lex()["day_parts"][m["dp"].lower()])


def _b_fixed(m: re.Match[str]) -> _Spec | None:
    key = " ".join(m["fixed"].lower().split())
    return _Spec(type=_lex()["fixed"][key]["type"], fixed=key)


def _b_clock(m: re.Match[str]) -> _Spec | None:
    hour = int(m["h"])
    ampm = (m.groupdict().get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    clock = f"{hour:02d}:{m['min'] or '00'}"
    day = _parse(m["day"]) if m.groupdict().get("day") else None
    if day is not None:  # "9 a.m. Tuesday", "5 p.m. EST Nov. 9": that day's clock time
        return replace(day, type="TIME", clock=clock)
    return _Spec(type="TIME", rel=("day", 0), clock=clock)


def _b_noon_day(m: re.Match[str]) -> _Spec | None:
    day = _parse(m["day"])
    if day is None:
        return None
    return replace(day, type="TIME", clock="12:00" if m["nm"].lower() == "noon" else "24:00")


def _unit_name(word: str) -> str:
    w = word.lower()
    plurals = _lex()["unit_plurals"]
    if w in plurals:
        return str(plurals[w])
    return w[:-1] if w.endswith("s") and w[:-1] in _lex()["units"] else w


def _b_duration(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    unit = _unit_name(g["unit"])
    if "-" in m.group() and g["unit"].lower() != unit and g.get("num") and not g.get("dir"):
        return None  # hyphenated durations are singular ("two-year"); "three-quarters" is a fraction
    if g.get("num") is not None:
        amount = _num(g["num"])
        if unit == "second" and g["num"].lower() in ("a", "an"):
            return None  # "a second factory"
        if amount is not None and g.get("half"):
            amount += 0.5
    else:
        amount = 0.5 if "half" in m.group().lower() and g["unit"].lower()[-1] != "s" else None
    mod = " ".join(g["mod"].lower().split()) if g.get("mod") else None
    bound = _lex()["duration_modifiers"][mod] if mod else None
    way = _lex()["duration_directions"][" ".join(g["dir"].lower().split())] if g.get("dir") else {}
    direction = int(way.get("sign", 0))
    return _Spec(
        type="DATE" if way.get("point") else "DURATION",
        dur=(amount, unit),
        direction=direction,
        bound=None if bound == "on" else bound,
    )


def _b_the_duration(m: re.Match[str]) -> _Spec | None:
    unit = _unit_name(m["unit"])
    deix = m["deix"].lower()
    plural = m["unit"].lower().endswith("s") or m["unit"].lower() == "centuries"
    if m["num"] is None and not plural:
        return None  # "the next year" is a date, left to the deictic rule
    amount = _num(m["num"]) if m["num"] else None
    forward = deix in ("next", "coming", "following")
    return _Spec(type="DURATION", dur=(amount, unit), offset=forward, bound="by" if forward else None)


def _b_set(m: re.Match[str]) -> _Spec | None:
    g = m.groupdict()
    if g.get("word"):
        return _Spec(type="SET", set_value=str(_lex()["set_words"][g["word"].lower()]))
    if g.get("mon"):
        return _Spec(type="SET", set_value=f"XXXX-{_month(g['mon']):02d}")
    if g.get("wd2"):
        wd = _lex()["weekdays"][g["wd2"].lower()]
        return _Spec(type="SET", set_value=f"XXXX-WXX-{wd}T{_lex()['day_parts'][g['dp'].lower()]}")
    if g.get("wd"):
        return _Spec(type="SET", set_value=f"XXXX-WXX-{_lex()['weekdays'][g['wd'].lower().rstrip('.')]}")
    if g.get("we"):
        return _Spec(type="SET", set_value="XXXX-WXX-WE")
    if g.get("dp"):
        return _Spec(type="SET", set_value=f"XXXX-XX-XXT{_lex()['day_parts'][g['dp'].lower()]}")
    unit = _unit_name(g["unit"])
    n = _num(g["num"]) if g.get("num") else 1.0
    if g.get("other"):
        n = 2.0
    return _Spec(type="SET", set_value=_duration_value(n, unit))


# --------------------------------------------------------------------------------------------------
# Finding
# --------------------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=65536)
def _parse(text: str) -> _Spec | None:
    """Meaning of a span produced by find_timexes (or written by hand); None if not a time expression."""
    g = _grammar()
    text = " ".join(text.split())
    hedge = g.hedge_end_rx.search(text)
    if hedge:
        inner = _parse(text[: hedge.start()])
        return replace(inner, vague=True) if inner else None
    ranged = _parse_range(text)
    if ranged:
        return ranged
    for rule in g.rules:
        m = rule.regex.fullmatch(text)
        if m:
            spec = rule.build(m)
            if spec is not None:
                return spec
    part = g.part_start_rx.match(text)
    if part:
        inner = _parse(text[part.end() :])
        if inner and inner.type == "DATE" and inner.dur is None and inner.fixed is None and inner.end is None:
            key = " ".join(part["p"].lower().split())
            return replace(inner, part=key, vague=inner.vague or bool(_lex()["parts"][key].get("vague")))
    return None


_RANGE_RX = re.compile(
    r"(?i:(?:between|from)\s+)?(?P<a>.+?)(?:\s*(?:-|–|—)\s*|\s+(?i:to|through|until|till|and)\s+)(?P<b>.+)", re.S
)


_BARE_DAY_RX = re.compile(r"(?P<d>3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?(?:,?\s+(?P<y>(?:1\d|20)\d\d))?")


def _parse_range(text: str) -> _Spec | None:
    """ "2025-2026", "between 2025 and 2027", "June to August 2024", "2025-26": start spec with .end set."""
    m = _RANGE_RX.fullmatch(text)
    if not m:
        return None
    a_text, b_text = m["a"], m["b"]
    if text[m.end("a") : m.start("b")] == "-" and a_text[-1:].islower() and b_text[:1].islower():
        return None  # a compound word ("the year-earlier quarter"), not a range ("June-August" is one)
    if re.fullmatch(r"(?:1\d|20)\d\d", a_text) and re.fullmatch(r"\d\d", b_text):
        if int(b_text) <= int(a_text[2:]):
            return None  # "2024-10" is a month, not a range back to 2010
        b: _Spec | None = _Spec(year=int(a_text[:2] + b_text))
    else:
        b = _parse(b_text)
    a = _parse(a_text)
    bare_a = _BARE_DAY_RX.fullmatch(a_text)
    bare_b = _BARE_DAY_RX.fullmatch(b_text)
    if a is None and bare_a and b is not None and b.day is not None and b.end is None:
        if not 0 < int(bare_a["d"]) < b.day:
            return None
        a = replace(b, day=int(bare_a["d"]))  # "22-25 April 1951"
    elif b is None and bare_b and a is not None and a.day is not None and a.end is None and a.month is not None:
        year = _year(bare_b["y"]) if bare_b["y"] else a.year
        if not a.day < int(bare_b["d"]) <= calendar.monthrange(year or 2000, a.month)[1]:
            return None
        a = replace(a, year=year)
        b = replace(a, day=int(bare_b["d"]))  # "June 10-12, 2025"
    if not a or not b or a.type != "DATE" or b.type != "DATE" or a.dur or b.dur or a.fixed or b.fixed:
        return None
    if a.year is None and a.rel is None and b.year is not None and a.month is not None:
        a = replace(a, year=b.year)  # "June to August 2024"
    return replace(a, end=b)


def range_ends(timex: Timex) -> tuple[Timex, Timex] | None:
    """The two ends of a range timex as timexes of their own (TimeML annotates each end); else None."""
    spec = _parse(timex.text)
    m = _RANGE_RX.fullmatch(timex.text) if spec is not None and spec.end is not None else None
    if m is None:
        return None
    whole = "range=" + "_".join(timex.text.split())

    def end(side: str, prefix: str) -> Timex:
        # an end that is no date alone ("22" of "22-25 April", "17" of "1915-17") resolves through the range
        alone = _parse(m[side])
        needs = alone is None or (alone.year is None and (spec.end if side == "b" else spec).year is not None)
        context = f"{timex.context} {whole} side={side}".strip() if needs else timex.context
        return Timex(timex.start + m.start(side), timex.start + m.end(side), m[side], "DATE", prefix, timex.bound,
                     context)  # fmt: skip

    return end("a", timex.prefix), end("b", "")


_AGE_OWNER_RX = re.compile(r"(?i)\b(?:his|her|their|its|my|your|our)\s+(?:early\s+|late\s+|mid-?)?$")
_THE_BEFORE_RX = re.compile(r"(?:^|(?<=\W))(?i:the)\s+$")
_DURATION_RULES = frozenset({"duration", "half_unit", "the_duration", "plural_units"})


def _candidates(text: str) -> list[tuple[int, int]]:
    g = _grammar()
    found: list[tuple[int, int]] = []
    for rule in g.rules:
        for m in rule.regex.finditer(text):
            s, e = m.span()
            if rule.weak and not g.context_rx.search(text, max(0, s - 30), s):
                continue
            if (rule.name == "season_bare" and m.group("season").lower() in g.lex["ambiguous_seasons"]
                    and m.group(0)[:3].lower() != "the" and not g.season_context_rx.search(text, max(0, s - 30), s)):
                continue  # "expected to fall", "and spring": verbs and nouns, not seasons
            if rule.name == "year" and g.blockers_rx.match(text, e):
                continue
            if rule.name in ("decade", "decade_word") and _AGE_OWNER_RX.search(text, max(0, s - 20), s):
                continue  # "in his 30s", "in their forties": an age, not a decade
            if rule.name in _DURATION_RULES and g.age_rx.match(text, e):
                continue  # "a 6-year-old": an age, not a time
            if rule.build(m) is None:
                continue
            found.append((s, e))
    return found


def _select(cands: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Longest non-overlapping spans, in text order."""
    chosen: list[tuple[int, int]] = []
    for s, e in sorted(set(cands), key=lambda c: (c[0] - c[1], c[0])):
        if all(e <= cs or s >= ce for cs, ce in chosen):
            chosen.append((s, e))
    return sorted(chosen)


def _widen(text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Add part-of modifiers on the left, hedges on the right, and join ranges."""
    g = _grammar()
    out: list[tuple[int, int]] = []
    for s, e in spans:
        spec = _parse(text[s:e])
        if spec and spec.type == "DATE" and spec.dur is None and spec.fixed is None and spec.part is None:
            m = g.part_rx.search(text, max(0, s - 30), s)
            if m and m.end() == s and _parse(text[m.start("p") : e]):
                s = m.start("p")
                the = _THE_BEFORE_RX.search(text, max(0, s - 6), s)
                if the and m["p"].lower() in ("early", "late", "mid"):
                    s = the.start()  # TimeBank: "<TIMEX3>the early 1980s</TIMEX3>"
        h = g.hedge_rx.match(text, e)
        if h:
            e = h.end()
        out.append((s, e))
    joined: list[tuple[int, int]] = []
    for s, e in out:
        gap = g.range_rx.fullmatch(text, joined[-1][1], s) if joined else None
        if gap:
            ps = joined[-1][0]
            opener = g.range_open_rx.search(text, max(0, ps - 10), ps)
            start = opener.start("p") if opener and opener.end() == ps else ps
            between = opener is not None and opener.end() == ps and opener["p"].lower() == "between"
            if (gap["c"].lower() != "and" or between) and _parse(text[start:e]):
                joined[-1] = (start, e)
                continue
        joined.append((s, e))
    return joined


def _bound(prefix: str, spec: _Spec) -> str:
    bound = _grammar().prefix_bound.get(prefix, "on") if prefix else "on"
    if bound == "on" and spec.bound:
        return spec.bound
    return bound


def find_timexes(text: str) -> list[Timex]:
    """Every time expression in ``text``: sorted, non-overlapping, prefix split off."""
    g = _grammar()
    result = []
    for s, e in _widen(text, _select(_candidates(text))):
        span = text[s:e]
        spec = _parse(span)
        if spec is None:
            continue
        pm = g.prefix_rx.search(text, max(0, s - 30), s)
        prefix = " ".join(pm["p"].lower().split()) if pm else ""
        negated = _lex()["negated_prefixes"].get(prefix)
        if negated and g.negation_rx.search(text, max(0, pm.start() - 120), pm.start()):
            prefix = negated
        suffix = g.bound_suffix_rx.match(text, e)
        kind = spec.type
        if (
            kind == "DURATION"
            and not prefix
            and g.rate_rx.fullmatch(span)
            and g.rate_context_rx.search(text, max(0, s - 40), s)
        ):
            kind = "SET"  # "$5 million a year", "twice a day": a rate, not a length of time
        if kind == "DATE" and _THE_YEAR_RX.fullmatch(span) and _ENDED_RX.match(text, e):
            kind = "DURATION"  # "for the year ended March 31": TimeML marks the year's length
        bound = _lex()["bound_suffixes"][" ".join(suffix["w"].lower().split())] if suffix else _bound(prefix, spec)
        context = _context(text, s)
        if _ANAPHOR_RX.fullmatch(" ".join(span.split())):
            ref = next((t for t in reversed(result) if _explicit(t.text)), None)
            if ref is not None:
                context = (context + " ref=" + "_".join(ref.text.split())).strip()
        result.append(Timex(s, e, span, kind, prefix, bound, context))
    return result


# "that year", "later that year", "the following month": counted from the last date the text named
_ANAPHOR_RX = re.compile(
    r"(?i)(?:(?:earlier|later)\s+)?(?P<deix>that(?:\s+same)?|the\s+following|the\s+previous|the\s+same)\s+"
    r"(?P<unit>year|quarter|month|day)"
)


def _explicit(text: str) -> bool:
    spec = _parse(text)
    return (
        spec is not None and spec.year is not None and spec.rel is None and spec.dur is None
        and not spec.reported and spec.type == "DATE"
    )  # fmt: skip


def _anaphor_value(text: str, ref_text: str) -> str | None:
    """Value of "that year" / "the following month" given the text of the date it refers back to."""
    m = _ANAPHOR_RX.fullmatch(" ".join(text.split()))
    ref = _parse(ref_text)
    c = _base_cal(ref, None, None) if ref is not None and m else None
    if c is None:
        return None
    unit = m["unit"].lower()
    if c.gran == "day":
        d = c.day
        cal = {
            "year": _Cal("year", d.year), "quarter": _Cal("quarter", d.year, (d.month - 1) // 3 + 1),
            "month": _Cal("month", d.year, d.month), "day": c,
        }[unit]  # fmt: skip
    elif unit == "year" and c.gran in ("year", "half", "quarter", "month", "season"):
        cal = _Cal("year", c.year)
    elif unit == "quarter" and c.gran in ("quarter", "month"):
        cal = c if c.gran == "quarter" else _Cal("quarter", c.year, (c.n - 1) // 3 + 1)
    elif unit == "month" and c.gran == "month":
        cal = c
    else:
        return None
    deix = " ".join(m["deix"].lower().split())
    return _value(_shift(cal, {"the following": 1, "the previous": -1}.get(deix, 0)))


# A past cue in the clause before a yearless date: its last occurrence, not the nearest one
_PAST_RX = re.compile(r"(?i)\b(?:ended|since|began|bought|brought)\b(?:\W+\w+){0,8}?\W+$")
_THE_YEAR_RX = re.compile(r"(?i)the\s+(?:full\s+|fiscal\s+)*year")
_ENDED_RX = re.compile(r"\s+(?i:ended|ending)\b")
_CLAUSE_END_RX = re.compile(r"[.!?;:,\n]\s|[\"“”]|''|``")
# "had been scheduled to expire Friday": a forward cue told from the past
_PLUPERFECT_RX = re.compile(r"(?i)\b(?:had|previously|originally)\b(?:\W+\w+){0,2}?\W*$")
_REPORTING_RX = re.compile(r"(?i)\b(?:said|says|told|announced|reported|added)\b")
_CONTEXT_REACH = 90  # characters before an expression searched for a forward cue (within its clause)
_QUARTER_REACH = 250  # characters before "a year earlier" searched for quarterly reporting


def _context(text: str, s: int) -> str:
    g = _grammar()
    cues = []
    clause = text[max(0, s - _CONTEXT_REACH) : s]
    ends = list(_CLAUSE_END_RX.finditer(clause))
    if ends:
        clause = clause[ends[-1].end() :]
    cue = g.future_rx.search(clause)
    if cue and not _REPORTING_RX.search(clause, cue.start()) and not _PLUPERFECT_RX.search(clause[: cue.start()]):
        cues.append("future")
    elif _PAST_RX.search(clause):
        cues.append("past")
    if g.quarter_context_rx.search(text, max(0, s - _QUARTER_REACH), s):
        cues.append("quarter")
    return " ".join(cues)


# --------------------------------------------------------------------------------------------------
# Resolving
# --------------------------------------------------------------------------------------------------

# How far before the anchor a yearless date may end and still be "this" occurrence for a forward-looking
# claim ("the third quarter" said on Oct 18 is still Q3); past that, the next year's occurrence is meant.
_SLACK = {"day": 14, "month": 31, "quarter": 45, "half": 45, "season": 45}


@dataclass(frozen=True)
class _Cal:
    """A calendar unit: gran year|half|quarter|month|week|day|season|decade, with its year and index."""

    gran: str
    year: int
    n: int = 0  # half, quarter, month, season quarter, decade
    day: date | None = None  # day, or a reference day inside a week
    weekend: bool = False  # a week's weekend ("2024-W28-WE")


def _month_add(y: int, m: int, k: int) -> tuple[int, int]:
    i = y * 12 + m - 1 + k
    return i // 12, i % 12 + 1


def _shift(c: _Cal, k: int) -> _Cal:
    if c.gran == "year" or c.gran == "season":
        return replace(c, year=c.year + k)
    if c.gran in ("half", "quarter"):
        per = 2 if c.gran == "half" else 4
        i = c.year * per + c.n - 1 + k
        return replace(c, year=i // per, n=i % per + 1)
    if c.gran == "month":
        y, m = _month_add(c.year, c.n, k)
        return replace(c, year=y, n=m)
    if c.gran in ("day", "week"):
        d = c.day + timedelta(days=k * (7 if c.gran == "week" else 1))
        return replace(c, year=d.year, day=d)
    if c.gran in ("decade", "century"):
        return replace(c, n=c.n + k)
    return c


def _bounds(c: _Cal) -> tuple[date, date]:
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


def _value(c: _Cal) -> str:
    if c.gran == "year":
        return f"{c.year:04d}"
    if c.gran == "half":
        return f"{c.year:04d}-H{c.n}"
    if c.gran == "quarter":
        return f"{c.year:04d}-Q{c.n}"
    if c.gran == "season":
        code = {v: k for k, v in _lex()["season_quarters"].items()}[c.n]
        return f"{c.year:04d}-{code}"
    if c.gran == "month":
        return f"{c.year:04d}-{c.n:02d}"
    if c.gran == "day":
        return c.day.isoformat()
    if c.gran == "week":
        iy, iw, _ = c.day.isocalendar()
        return f"{iy:04d}-W{iw:02d}" + ("-WE" if c.weekend else "")
    return f"{c.n:03d}" if c.gran == "decade" else f"{c.n:02d}"


def _period(c: _Cal, fiscal: bool = False, vague: bool = False, last: _Cal | None = None) -> Period | None:
    """Claim period of a calendar unit; weeks become their month, decades and centuries have none."""
    if c.gran in ("decade", "century"):
        return None
    if c.gran == "week":
        thursday = _bounds(c)[0] + timedelta(days=3)
        c = _Cal("month", thursday.year, thursday.month)
    gran = "quarter" if c.gran == "season" else c.gran
    label = _value(replace(c, gran=gran)) if c.gran == "season" else _value(c)
    start, end = _bounds(c)
    if last is not None and _period(last) is not None:
        end = _period(last).end
    return Period(label, start, end, gran, fiscal, vague)


def _pick_year(make: Callable[[int], _Cal], anchor: date, prefer_future: bool | None) -> _Cal:
    """Occurrence of a yearless date: the anchor's year, moved forward or back as preferred."""
    c = make(anchor.year)
    start, end = _bounds(c)
    if prefer_future and end < anchor - timedelta(days=_SLACK[c.gran]):
        return make(anchor.year + 1)
    if prefer_future is False and start > anchor:
        return make(anchor.year - 1)
    if prefer_future is None:  # news default: the nearest occurrence ("Nov. 25" in a February article)
        return min((make(anchor.year + k) for k in (0, -1, 1)), key=lambda o: _distance(o, anchor))
    return c


_FUTURE_WEIGHT = 2  # news mostly reports the past: a yearless date ahead counts as twice as far


def _distance(c: _Cal, anchor: date) -> float:
    start, end = _bounds(c)
    return max(_FUTURE_WEIGHT * (start - anchor).days, (anchor - end).days, 0)


def _weekday_cal(spec: _Spec, anchor: date, prefer_future: bool | None) -> _Cal:
    wd = spec.weekday - 1
    if spec.rel:
        monday = anchor - timedelta(days=anchor.weekday()) + timedelta(weeks=spec.rel[1])
        d = monday + timedelta(days=wd)
    else:
        back = anchor - timedelta(days=(anchor.weekday() - wd) % 7)
        fwd = anchor + timedelta(days=(wd - anchor.weekday()) % 7)
        d = fwd if prefer_future else back
    return _Cal("day", d.year, day=d)


def _rel_cal(unit: str, k: int, anchor: date) -> _Cal:
    if unit == "year":
        return _Cal("year", anchor.year + k)
    if unit == "century":
        return _Cal("century", anchor.year, anchor.year // 100 + k)
    if unit == "decade":
        return _Cal("decade", anchor.year, anchor.year // 10 + k)
    if unit == "quarter":
        return _shift(_Cal("quarter", anchor.year, (anchor.month - 1) // 3 + 1), k)
    if unit == "half":
        return _shift(_Cal("half", anchor.year, (anchor.month - 1) // 6 + 1), k)
    if unit == "month":
        return _shift(_Cal("month", anchor.year, anchor.month), k)
    if unit in ("week", "weekend"):
        return _shift(_Cal("week", anchor.year, day=anchor, weekend=unit == "weekend"), k)
    return _shift(_Cal("day", anchor.year, day=anchor), k)


def _base_cal(spec: _Spec, anchor: date | None, prefer_future: bool | None) -> _Cal | None:
    """The calendar unit a point expression names (None when it needs a missing anchor)."""
    if spec.decade is not None:
        return _Cal("decade", spec.decade * 10, spec.decade)
    if spec.century is not None:
        return _Cal("century", spec.century * 100, spec.century)
    if spec.reported:
        if anchor is None:
            return _Cal("year", spec.year)
        return replace(_rel_cal("quarter", -1, anchor), year=spec.year)
    year_given = spec.year
    if year_given is None and spec.rel and spec.rel[0] == "year" and anchor:
        year_given = anchor.year + spec.rel[1]
    if any(v is not None for v in (spec.month, spec.quarter, spec.half, spec.season, spec.holiday)):

        def make(y: int) -> _Cal:
            if spec.holiday is not None:
                return _Cal("day", y, day=_holiday(spec.holiday, y))
            if spec.day is not None:
                return _Cal("day", y, day=date(y, spec.month, min(spec.day, calendar.monthrange(y, spec.month)[1])))
            if spec.month is not None:
                return _Cal("month", y, spec.month)
            if spec.quarter is not None:
                return _Cal("quarter", y, spec.quarter)
            if spec.half is not None:
                return _Cal("half", y, spec.half)
            return _Cal("season", y, int(_lex()["season_quarters"][spec.season]))

        if year_given is not None:
            c = make(year_given)
            if spec.lean and anchor:  # "next March", "last Christmas"
                c = _pick_year(make, anchor, spec.lean > 0)
            if spec.season == "WI" and spec.rel and spec.rel[1] == 0 and anchor and anchor.month >= 7:
                c = make(year_given + 1)
            return c
        return _pick_year(make, anchor, prefer_future) if anchor else None
    if (
        year_given is not None
        and spec.weekday is None
        and spec.rel is None
        or (spec.year is not None and spec.weekday is None)
    ):
        return _Cal("year", year_given)
    if anchor is None:
        return None
    if spec.weekday is not None:
        return _weekday_cal(spec, anchor, prefer_future)
    if spec.rel:
        back = spec.lean < 0 and prefer_future is not True and spec.part is None
        if spec.rel[0] == "weekend" and (anchor.weekday() >= 5 or prefer_future is not None):
            back = False  # said on a Saturday or Sunday: this weekend; claims choose their own direction
        return _rel_cal(spec.rel[0], spec.rel[1] - back, anchor)
    return None


def _apply_part(c: _Cal, part: str | None) -> tuple[_Cal, bool]:
    """Narrow a unit by "early/mid/late/end of...": returns the unit and whether it is vague."""
    if part is None:
        return c, False
    info = _lex()["parts"][part]
    vague = bool(info.get("vague"))
    if c.gran == "year":
        target = info["year"]
        if target.startswith("H"):
            return _Cal("half", c.year, int(target[1])), vague
        if target.startswith("M"):
            return _Cal("month", c.year, int(target[1:])), vague
        return c, vague
    if c.gran in ("half", "quarter") and info.get("last"):
        _, end = _bounds(c)
        return _Cal("month", c.year, end.month), vague
    if c.gran == "week":
        thursday = _bounds(c)[0] + timedelta(days=3)
        return _Cal("month", thursday.year, thursday.month), vague
    if c.gran == "decade" and info.get("last"):  # "by the end of the decade": its last December
        return _Cal("month", c.n * 10 + 9, 12), vague
    return c, vague


def _add(anchor: date, amount: float, unit: str, sign: int) -> date:
    """anchor +/- a duration; fractions of a month/year count in days."""
    info = _lex()["units"][unit]
    amount *= info.get("factor", 1)
    code = info["code"]
    whole, frac = int(amount), amount - int(amount)
    if code in ("Y", "M", "Q"):
        months = whole * {"Y": 12, "M": 1, "Q": 3}[code]
        y, m = _month_add(anchor.year, anchor.month, sign * months)
        d = date(y, m, min(anchor.day, calendar.monthrange(y, m)[1]))
        return d + timedelta(days=sign * round(frac * {"Y": 365, "M": 30.4, "Q": 91}[code]))
    days = {"W": 7, "WE": 7, "D": 1}.get(code, 0) * amount
    return anchor + timedelta(days=sign * round(days))


def _offset_cal(d: date, unit: str) -> _Cal:
    """Calendar unit a point reached by a duration falls in, at the duration's own granularity."""
    if unit in ("year", "decade", "century"):
        return _Cal("year", d.year)
    if unit == "quarter":
        return _Cal("quarter", d.year, (d.month - 1) // 3 + 1)
    if unit in ("month", "week", "weekend", "fortnight"):
        return _Cal("month", d.year, d.month)
    return _Cal("day", d.year, day=d)


_SPLIT = {"Y": (12, "M"), "M": (30, "D"), "W": (7, "D"), "D": (24, "H"), "H": (60, "M"), "TM": (60, "S")}


def _duration_value(amount: float | None, unit: str) -> str:
    """TimeML duration: "P3Y", "PT2H", "PXM"; a fraction goes to the next unit ("P2Y6M", "PT5H30M")."""
    info = _lex()["units"][unit]
    code = info["code"]
    time = bool(info.get("time"))
    if amount is None:
        return f"PTX{code}" if time else f"PX{code}"
    amount *= info.get("factor", 1)
    whole, frac = int(amount), amount - int(amount)
    text = f"{whole}{code}" if whole else ""
    key = "TM" if time and code == "M" else code
    if frac and key in _SPLIT:
        per, sub = _SPLIT[key]
        rest = frac * per
        if not float(rest).is_integer():
            return f"PT{amount:g}{code}" if time else f"P{amount:g}{code}"
        if code == "D":
            return f"P{text}T{int(rest)}H"
        text += f"{int(rest)}{sub}"
    elif frac:
        text = f"{amount:g}{code}"
    return f"PT{text}" if time else f"P{text}"


NEW_YEAR_FROM_MONTH = 9  # from September on, "the new year" is the next one
_VAGUE_AMOUNT = 3.0  # "a few", "several" when a period must be computed
_DAYS_AS_MONTH = 28  # an offset of this many days or more is promised at month granularity


def _resolve_duration(spec: _Spec, anchor: date | None, prefix: str) -> Resolution:
    amount, unit = spec.dur
    offset = spec.offset or spec.direction != 0 or prefix in _lex()["offset_prefixes"]
    value = _duration_value(amount, unit)
    if not offset:
        return Resolution(value, None, False)
    sign = -1 if spec.direction < 0 else 1
    point = spec.type == "DATE"  # "two years ago": the value is the point reached, not the length
    if anchor is None:
        return Resolution("XXXX" if point else value, None, True)
    d = _add(anchor, amount if amount is not None else _VAGUE_AMOUNT, unit, sign)
    long_in_days = unit == "day" and amount is not None and amount >= _DAYS_AS_MONTH  # "within 90 days"
    c = _offset_cal(d, "month" if long_in_days else unit)
    period = _period(c, vague=spec.vague or amount is None)
    if point:
        if amount is None:
            value = "PAST_REF" if sign < 0 else "FUTURE_REF"
        elif unit in ("week", "weekend", "fortnight"):
            value = _value(_Cal("week", d.year, day=d))
        else:
            value = _value(c)
    return Resolution(value, period, True)


def _resolve_fixed(spec: _Spec, anchor: date | None, prefix: str = "") -> Resolution:
    info = _lex()["fixed"][spec.fixed]
    value = str(info["value"])
    kind = info.get("period")
    if not value.startswith("ANCHOR"):
        if kind == "anchor_year" and anchor:
            return Resolution(value, _period(_Cal("year", anchor.year), vague=bool(info.get("vague"))), True)
        return Resolution(value, None, kind is not None)
    if anchor is None:
        return Resolution("XXXX-XX-XX", None, True)
    if value == "ANCHOR_NEXT_YEAR":  # "the new year": the coming one late in a year, else the one just begun
        year = anchor.year + (anchor.month >= NEW_YEAR_FROM_MONTH)
        return Resolution(str(year), _period(_Cal("year", year)), True)
    if value == "ANCHOR_YEAR":
        return Resolution(str(anchor.year), _period(_Cal("month", anchor.year, 12)), True)
    if value == "ANCHOR_YEAR_END":  # "by year-end": its last day; "since year-end": last year's
        year = anchor.year - (prefix == "since")
        return Resolution(f"{year}-12-31", _period(_Cal("month", anchor.year, 12)), True)
    m = re.fullmatch(r"ANCHOR([+-]\d)?(T.*)?", value)
    d = anchor + timedelta(days=int(m[1] or 0))
    return Resolution(d.isoformat() + (m[2] or ""), _period(_Cal("day", d.year, day=d)), True)


def _is_relative(spec: _Spec) -> bool:
    if spec.year is not None and spec.rel is None and spec.weekday is None and not spec.reported:
        return spec.end is not None and _is_relative(spec.end)
    return spec.decade is None and spec.century is None


def resolve(timex: Timex, anchor: date | None, prefer_future: bool | None = None) -> Resolution:
    """TimeML value and claim period of a found (or hand-made) time expression."""
    spec = _range_side(timex.context) or _parse(timex.text)
    if spec is None:
        return Resolution("", None, False)
    if timex.type == "SET" and spec.dur is not None and spec.dur[0] is not None:
        return Resolution(_duration_value(1.0, spec.dur[1]), None, False)
    cues = timex.context.split()
    ref = next((c[4:].replace("_", " ") for c in cues if c.startswith("ref=")), None)
    if prefer_future is None and "future" in cues:
        prefer_future = True
    elif prefer_future is None and "past" in cues and spec.month is not None and spec.year is None and not spec.rel:
        prefer_future = False  # "since it bought the unit in February": the last February
    res = _resolve_spec(spec, anchor, prefer_future, timex.prefix)
    if timex.type == "DURATION" and spec.type == "DATE" and spec.dur is None and spec.rel and spec.rel[0] == "year":
        res = replace(res, value="P1Y")  # "the year ended June 30" (its claim period is kept)
    if ref is not None:
        value = _anaphor_value(timex.text, ref)
        if value is not None:
            res = replace(res, value=value)  # claims treat these as anaphoric; the period is left alone
    if "quarter" in cues and anchor and _YEAR_BACK_RX.fullmatch(" ".join(timex.text.split())):
        # "up from $5 million a year earlier" in quarterly results: the reported quarter, a year back
        res = replace(res, value=_value(_rel_cal("quarter", -5, anchor)))
    return res


def _range_side(context: str) -> _Spec | None:
    """The spec of one end of a range, for an end that means nothing alone (see range_ends)."""
    if "range=" not in context:
        return None
    cues = dict(c.split("=", 1) for c in context.split() if c.startswith(("range=", "side=")))
    whole = _parse(cues["range"].replace("_", " "))
    if whole is None or whole.end is None:
        return None
    return whole.end if cues.get("side") == "b" else replace(whole, end=None)


_YEAR_BACK_RX = re.compile(r"(?i)(?:an?|one)\s+year\s+(?:ago|earlier)|(?:the\s+)?year-(?:ago|earlier)")


def _resolve_spec(spec: _Spec, anchor: date | None, prefer_future: bool | None, prefix: str) -> Resolution:
    if spec.type == "SET" or spec.set_value:  # a set, or a year before the common era
        return Resolution(spec.set_value or "", None, False)
    if spec.dur is not None:
        return _resolve_duration(spec, anchor, prefix)
    if spec.fixed:
        return _resolve_fixed(spec, anchor, prefix)
    relative = _is_relative(spec)
    c = _base_cal(spec, anchor, prefer_future)
    if c is None:
        return Resolution(_unanchored_value(spec), None, True)
    value = _value(c)
    if spec.type == "TIME":
        day = c.day if c.gran == "day" else anchor
        value = day.isoformat() + ("T" + spec.clock if spec.clock else "T" + spec.daypart if spec.daypart else "")
    narrowed, part_vague = _apply_part(c, spec.part)
    shift = _lex()["shifting_prefixes"].get(prefix, 0)
    if shift and not (spec.part and _lex()["parts"][spec.part].get("last")):
        narrowed = _shift(narrowed, shift)
    last = None
    if spec.end is not None:
        end_res = _base_cal(spec.end, anchor, prefer_future)
        if end_res is not None:
            last, _ = _apply_part(end_res, spec.end.part)
    period = _period(narrowed, spec.fiscal, spec.vague or part_vague, last)
    return Resolution(value, period, relative)


def _unanchored_value(spec: _Spec) -> str:
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
