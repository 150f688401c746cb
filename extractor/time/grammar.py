"""The time grammar: word classes of ``lexicons/time.yaml`` compiled into rules and helper patterns.

A rule is a name, a regular expression and the name of the builder (in ``parse``) its matches feed.
Built once per process.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from extractor import lexicon


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
class Rule:
    name: str
    regex: re.Pattern[str]
    builder: str  # name of the function in parse.BUILDERS that turns a match into a Spec
    weak: bool = False  # only accepted after a time preposition/modifier (e.g. a bare "May", "the fall")


@dataclass
class Grammar:
    lex: dict
    rules: list[Rule]
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


@functools.cache
def grammar() -> Grammar:
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
        Rule(
            "mdy",
            rx(
                r"(?:(?P<wd>{ANYWEEKDAY}),?\s+)?(?P<mon>{MONTH})\s+(?P<day>{DAY})"
                r"(?:(?:,\s*|\s+)(?P<year>{ANYYEAR}|" + y2 + "))?"
            ),
            "date",
        ),
        Rule(  # "the week of March 9": a week, promised as its month
            "week_of",
            rx(r"(?:(?i:the)\s+)?(?i:week)\s+(?i:of)\s+(?P<mon>{MONTH})\s+(?P<day>{DAY})(?:,?\s+(?P<year>{ANYYEAR}))?"),
            "week_of",
        ),
        Rule(
            "dmy",
            rx(
                r"(?:(?P<wd>{ANYWEEKDAY}),?\s+)?(?:(?i:the)\s+)?(?P<day>{DAY})\s+(?:(?i:of)\s+)?"
                r"(?P<mon>{MONTH})(?:,?\s+(?P<year>{ANYYEAR}))?"
            ),
            "date",
        ),
        Rule("my", rx(r"(?P<mon>{MONTH})(?:\s+(?i:of))?,?\s+(?P<year>{ANYYEAR}|" + y2 + ")"), "date"),
        Rule(
            "month_rel_year",
            rx(r"(?P<mon>{MONTH})(?:\s+(?P<day>{DAY}))?,?\s+(?P<ydeix>(?i:this|last|next))\s+(?i:year)"),
            "date",
        ),
        Rule(
            "day_range",
            rx(
                r"(?<![\d/.])(?:{DAY})\s*[-–]\s*(?:{DAY})\s+(?:(?i:of)\s+)?(?:{MONTH})(?:,?\s+(?:{ANYYEAR}))?"
                r"|(?:{MONTH})\s+(?:{DAY})\s*[-–]\s*(?:{DAY})(?:,?\s+(?:{ANYYEAR}))?"
            ),
            "range",
        ),
        Rule("month", rx(r"(?P<mon>{FULLMONTH}|{DOTMONTH})"), "date"),
        Rule("ambmonth", rx(r"(?P<mon>{AMBMONTH})"), "date", weak=True),
        Rule("iso", rx(r"(?P<year>{ANYYEAR})-(?P<m>0[1-9]|1[0-2])(?:-(?P<d>0[1-9]|[12]\d|3[01]))?"), "iso"),
        Rule(  # "14/03/2026": day first when it cannot be a month
            "numeric_dmy",
            rx(r"(?<![\d/.])(?P<d>3[01]|2\d|1[3-9])/(?P<m>1[0-2]|0?[1-9])/(?P<y>\d{4}|\d\d)(?![\d/])"),
            "numeric",
        ),
        Rule(
            "numeric",
            rx(
                r"(?<![\d/.])(?P<m>1[0-2]|0?[1-9])/(?P<d>3[01]|[12]\d|0?[1-9])"
                r"(?:/(?P<y>\d{4}|\d\d))?(?![\d/])"
            ),
            "numeric",
        ),
        Rule(
            "year",
            rx(
                r"(?:(?P<pre>(?i:the\s+year|this\s+year,?|calendar\s+year|calendar))\s+)?"
                r"(?P<year>{YEAR})(?![.,]\d)"
                r"|(?i:the\s+year)\s+(?P<y2k>(?i:two\s+thousand(?:\s+(?:and\s+)?(?:" + ones + "|" + teens + "))?))"
            ),
            "year",
        ),
        Rule("year_span", rx(r"(?:1\d|20)\d\d\s*[-–]\s*\d\d(?![\d%])"), "range"),
        Rule(
            "century",
            rx(r"(?<!-)(?:(?i:the)\s+)?(?P<ord>\d{1,2}(?:st|nd|rd|th)|(?i:{ORD}))[-\s]+(?i:century)"),
            "century",
        ),
        Rule("bc_year", rx(r"(?P<n>\d{1,4})\s*(?:B\.C\.|BCE|BC)(?!\w)|(?P<n2>\d{1,4})\s*B\.C(?![\w.])"), "bc"),
        Rule("old_year", rx(r"(?P<year>1[0-8]\d\d)(?![\d%]|[.,]\d)"), "year", weak=True),
        Rule("old_year_range", rx(r"(?P<a>1[0-8]\d\d)\s*[-–]\s*(?P<b>1[0-9]\d\d)(?![\d%]|[.,]\d)"), "old_range"),
        Rule("fiscal", rx(r"(?P<fy>(?i:fiscal(?:\s+year)?)\s+|FY\s?)(?P<year>{YEAR}|\d\d(?!\d))"), "year"),
        Rule("decade", rx(r"(?:(?i:the)\s+)?(?P<dec>(?:1\d|20)\d0|'\d0|[1-9]0)'?s"), "decade"),
        Rule(
            "decade_word",
            rx(r"(?i:the)\s+(?P<decw>(?i:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties))"),
            "decade",
        ),
        Rule(  # "Q1 FY26", "Q1 of fiscal 2026", "FY26 Q1": one fiscal quarter, not a quarter and a year
            "fiscal_qcode",
            rx(
                r"Q(?P<q>[1-4])\s+(?:(?i:of)\s+)?(?P<fy>FY\s?|(?i:fiscal(?:\s+year)?)\s+)(?P<year>{YEAR}|\d\d(?!\d))"
                r"|(?P<fy2>FY\s?|(?i:fiscal(?:\s+year)?)\s+)(?P<year2>{YEAR}|\d\d)\s+Q(?P<q2>[1-4])"
            ),
            "quarter",
        ),
        Rule(
            "qcode",
            rx(
                r"(?:(?P<fy>(?i:fiscal)\s+|FY\s?))?(?:Q(?P<q>[1-4])|(?P<q2>[1-4])Q)"
                r"(?:\s*(?P<year>{YEAR}|'\d\d)|(?P<yy>\d\d)(?!\d))?"
            ),
            "quarter",
        ),
        Rule("yq", rx(r"(?P<year>{YEAR})\s+Q(?P<q>[1-4])"), "quarter"),
        Rule(
            "hcode",
            rx(r"(?:H(?P<h>[12])|(?P<h2>[12])H)(?:\s*(?P<year>{YEAR}|'\d\d)|(?P<yy>\d\d)(?!\d))?"),
            "half",
        ),
        Rule(
            "quarter",
            rx(
                r"(?:(?i:the|this\s+year's|next\s+year's|last\s+year's)\s+(?=(?:(?i:fiscal)\s+)?(?i:{ORD})\s))?"
                r"(?:(?P<fy>(?i:fiscal))\s+)?(?P<ord>(?i:{ORD}))[-\s]+(?:(?i:fiscal)\s+)?"
                r"(?i:quarter)(?:\s+(?i:of)\s+(?:(?P<fy2>(?i:fiscal))\s+|(?i:calendar)\s+)?(?P<year>{YEAR})"
                r"|\s+(?P<year2>{YEAR})|\s+(?i:of)\s+(?P<ydeix>(?i:this|next|last))\s+(?i:year))?"
            ),
            "quarter",
        ),
        Rule(
            "half",
            rx(
                r"(?:(?i:the)\s+)?(?P<h>(?i:{HALFW}))[-\s]+(?i:half)(?:\s+(?i:of)\s+(?:(?P<fy2>(?i:fiscal))\s+|(?i:calendar)\s+)?(?P<year>{YEAR})"
                r"|\s+(?P<year2>{YEAR})|\s+(?i:of)\s+(?P<ydeix>(?i:this|next|last))\s+(?i:year)"
                r"|\s+(?i:of)\s+(?P<ythe>(?i:the|this))\s+(?:(?P<fy3>(?i:fiscal|financial))\s+)?(?i:year))?"
            ),
            "half",
        ),
        Rule("season", rx(r"(?P<deix>(?i:{DEIX}))\s+(?P<season>(?i:{SEASON}))"), "season"),
        Rule(
            "season_year",
            rx(r"(?:(?i:the)\s+)?(?P<season>(?i:{SEASON}))\s+(?:(?i:of)\s+)?(?P<year>{ANYYEAR})"),
            "season",
        ),
        Rule(  # "the June quarter of 2026" (Australian usage): the quarter that holds the month
            "month_quarter",
            rx(r"(?:(?i:the)\s+)?(?P<mq>{FULLMONTH}|{AMBMONTH})\s+(?i:quarter)(?:\s+(?i:of)\s+(?P<year>{YEAR}))?"),
            "month_quarter",
        ),
        Rule("season_bare", rx(r"(?:(?i:the)\s+)?(?P<season>(?i:{SEASON}))(?!\s+(?i:{SEASONNOUN})\b)"), "season",
              weak=True),
        Rule(
            "deictic",
            rx(
                r"(?P<deix>(?i:{DEIX}))\s+(?:(?P<fy>(?i:fiscal|financial))\s+(?=(?i:year|quarter)))?"
                r"(?P<unit>(?i:day(?!\s+of\b)|week|weekend|month|quarter|year|decade|century))"
            ),
            "deictic",
        ),
        Rule(
            "deictic_month",
            rx(r"(?P<deix>(?i:next|last|this|this\s+past|this\s+coming))\s+(?P<mon>{MONTH})"),
            "date",
        ),
        Rule(
            "deictic_wd",
            rx(
                r"(?P<deix>(?i:next|last|this|this\s+past|this\s+coming|coming))\s+(?P<wd>{WEEKDAY})"
                r"(?:\s+(?P<dp>(?i:{DAYPART})))?"
            ),
            "weekday",
        ),
        Rule("weekday", rx(r"(?P<wd>{WEEKDAY})(?:\s+(?P<dp>(?i:{DAYPART})))?"), "weekday"),
        Rule(
            "the_unit",
            rx(
                r"(?i:the)\s+(?:(?P<fy>(?i:full\s+fiscal|fiscal|financial|full))\s+(?=(?i:year)))?"
                r"(?P<unit>(?i:year|quarter|weekend|week|month|decade))(?!-)"
            ),
            "the_unit",
            weak=True,
        ),
        Rule(
            "part_unit",
            rx(
                r"(?P<part>(?i:end|the\s+end|beginning|start|middle))\s+(?i:of)\s+"
                r"(?P<unit>(?i:year|month|quarter|week|decade))"
            ),
            "the_unit",
        ),
        Rule(
            "year_ago",
            rx(
                r"(?:(?i:the)\s+)?(?:(?i:same|comparable|corresponding)\s+)?(?i:year-(?:earlier|ago))"
                r"(?:\s+(?:(?:(?P<fy>(?i:fiscal))\s+)?(?P<ord>(?i:{ORD}))[-\s]+)?(?P<unit>(?i:quarter|period)))?"
            ),
            "year_ago",
        ),
        Rule(
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
            "report_period",
        ),
        Rule("midyear", rx(r"(?P<unit>(?i:mid-?year))"), "the_unit"),
        Rule(
            # TimeBank keeps the modifier: "late yesterday", "earlier yesterday", "mid-afternoon yesterday"
            "part_yesterday",
            rx(r"(?P<pw>(?i:early|late|earlier|later|mid-?morning|mid-?afternoon))\s+(?i:yesterday)"),
            "part_yesterday",
        ),
        Rule(
            "daypart",
            rx(r"(?P<rel>(?i:this|yesterday|tomorrow|today|last|tonight))\s+(?P<dp>(?i:{DAYPART}))"),
            "daypart",
        ),
        Rule(
            "fixed",
            rx(r"(?P<fixed>(?i:{FIXED}))(?!\s+(?i:after|afterwards|thereafter)\b)(?!(?<=(?i:soon))\s+(?i:as)\b)"),
            "fixed",
        ),
        Rule(
            "holiday",
            rx(r"(?:(?P<deix>(?i:this\s+past|this|next|last|the))\s+)?(?P<hol>{HOLIDAY})(?:,?\s+(?P<year>{ANYYEAR}))?"),
            "holiday",
        ),
        Rule(
            "clock",
            rx(
                r"(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))"
                r"(?:\s+(?P<tz>[A-Z]{2,3}T))?"
            ),
            "clock",
        ),
        Rule(
            "clock_day",
            rx(
                r"(?P<h>1[0-2]|0?[1-9])(?::(?P<min>[0-5]\d))?\s*(?P<ampm>(?i:a\.m\.?|p\.m\.?|am|pm))"
                r"(?:\s+[A-Z]{2,3}T)?,?\s+(?:(?i:on)\s+)?(?P<day>{WEEKDAY}|{MONTH}\s+{DAY})"
            ),
            "clock",
        ),
        Rule(
            "noon_day",
            rx(r"(?P<nm>(?i:noon|midnight))\s+(?:(?i:on)\s+)?(?P<day>{WEEKDAY}|{MONTH}\s+{DAY})"),
            "noon_day",
        ),
        Rule(
            "clock24",
            rx(r"(?<![\d:])(?P<h>[01]?\d|2[0-3]):(?P<min>[0-5]\d)(?![\d:])(?:\s+(?P<tz>[A-Z]{2,3}T))?"),
            "clock",
        ),
        Rule(
            "duration",
            rx(
                r"(?:(?P<mod>(?i:{DURMOD}))\s+|(?i:the)\s+(?=(?i:{NUMNOTA})\s))?"
                r"(?:(?i:{NUMNOTA})\s*(?:(?i:to|or)|[-–])\s*(?=(?i:{NUMNOTA})\s))?"  # "12 to 18 months": the longer
                r"(?P<num>(?i:{NUM}|{VAGUEQ}))"
                r"(?:\s+(?i:{FILLER}))?[-\s]+(?P<unit>(?i:{UNIT}))(?P<half>\s+(?i:and\s+a\s+half))?"
                r"(?:\s+(?P<dir>(?i:{DIR})))?"
            ),
            "duration",
        ),
        Rule(
            "half_unit",
            rx(
                r"(?:(?P<mod>(?i:{DURMOD}))\s+)?(?i:half\s+an?|a\s+half)[-\s]+(?P<unit>(?i:{UNIT}))"
                r"(?:\s+(?P<dir>(?i:{DIR})))?"
            ),
            "duration",
        ),
        Rule(
            "the_duration",
            rx(
                r"(?i:the)\s+(?P<deix>(?i:past|last|next|coming|first|previous|following|final"
                r"|latest|same|prior))\s+(?:(?P<num>(?i:{NUM}|{VAGUEQ}))\s+)?"
                r"(?P<unit>(?i:{UNIT}))"
            ),
            "the_duration",
        ),
        Rule(
            "plural_units",
            rx(
                r"(?:(?P<mod>(?i:{DURMOD}))\s+)?(?P<unit>(?i:years|months|weeks|days|decades|hours"
                r"|minutes|centuries))(?:\s+(?P<dir>(?i:ago|later|earlier)))?"
            ),
            "duration",
        ),
        Rule(
            "set_every",
            rx(
                r"(?P<q>(?i:every|each|per))\s+(?:(?P<other>(?i:other))\s+|(?i:single)\s+)?"
                r"(?:(?P<num>(?i:{NUM}))\s+)?(?:(?P<unit>(?i:{UNIT}))|(?P<dp>(?i:{DAYPART})))"
            ),
            "set",
        ),
        Rule("set_weekday", rx(r"(?i:every|each)\s+(?P<wd>{WEEKDAY})"), "set"),
        Rule("set_weekdays", rx(r"(?P<wd>{FULLWEEKDAY})s|(?P<wd2>{FULLWEEKDAY})\s+(?P<dp>(?i:{DAYPART}))s"), "set"),
        Rule("set_month", rx(r"(?i:every|each)\s+(?P<mon>{FULLMONTH}|{AMBMONTH})"), "set"),
        Rule("set_weekends", rx(r"(?P<we>(?i:weekends))"), "set"),
        Rule("set_word", rx(r"(?P<word>(?i:{SETW}))"), "set"),
        Rule("set_times", rx(r"(?i:once|twice|\w+\s+times)\s+(?i:a|per)\s+(?P<unit>(?i:{UNIT}))"), "set"),
    ]

    prefix_bound: dict[str, str] = {}
    for bound, words in lex["prefixes"].items():
        for w in words:
            prefix_bound[" ".join(w.lower().split())] = bound
    part_words = list(lex["parts"])
    context_words = list(prefix_bound) + part_words + list(lex["deictics"])
    context_words += ["of", "and", "or", "to", "-", "mid", "into"]
    return Grammar(
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


# "that year", "later that year", "the following month": counted from the last date the text named
ANAPHOR_RX = re.compile(
    r"(?i)(?:(?:earlier|later)\s+)?(?P<deix>that(?:\s+same)?|the\s+following|the\s+previous|the\s+same)\s+"
    r"(?P<unit>year|quarter|month|day)"
)
