"""A text's own statement of a fiscal calendar ("IndiGo, whose fiscal year runs from April to March", "fiscal
2023, which begins in April"): it wins over the lexicon, so it is read apart from it. A statement that only
defines the calendar is no claim: its time expression is returned as a `Statement.span`."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache

from extractor import lexicon, rxcache
from extractor.fiscal.calendar import FiscalCalendar, month_number
from extractor.fiscal.evidence.data import lex
from extractor.time import starts

_SENTENCE_END = rxcache.compile(r"[.!?](?=\s+[A-Z\"“(])|\n")
_OWNER_REACH = 300  # characters before a statement searched for its sentence's start
_BOUNDARY = r"(?<![\w-])"  # every statement pattern's left boundary
_KINDS = ("definitions", "periods")


@dataclass(frozen=True)
class Statement:
    """A text's word on a fiscal calendar."""

    start: int
    end: int
    end_month: int
    naming: str | None  # end | start when the text shows how it labels its years
    day: int | None  # the last day, when written
    owner: str  # lexicon key of the entity the sentence names, or ""
    span: tuple[int, int] | None  # a definition's time expression: not a due date


@cache
def _patterns() -> dict[str, list[re.Pattern[str]]]:
    st = lex()["statements"]
    quarters = lex()["quarters"]
    parts = {
        "{FY}": st["fy"],
        "{LABEL}": st["label"],
        "{PART}": st["part"],
        "{M}": r"(?:January|February|March|April|May|June|July|August|September|October|November|December"
               r"|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?(?![a-z])",
        "{D}": r"\d{1,2}(?:st|nd|rd|th)?(?!\d)",
        "{Y}": r"(?:19|20)\d\d",
        "{Q}": "(?:" + "|".join(sorted((re.escape(str(q)) for q in quarters), key=len, reverse=True)) + ")",
    }

    def build(text: str) -> re.Pattern[str]:
        for key, value in parts.items():
            text = text.replace(key, value)
        return rxcache.compile(_BOUNDARY + text, re.I)

    return {kind: [build(p) for p in st[kind]] for kind in _KINDS} | {
        "named_end": [build(lex()["named_end"])]
    }


def named_end(text: str) -> tuple[int, int] | None:
    """(year, month) of an expression naming a year by its last month ("the fiscal year through March 2025")."""
    m = _patterns()["named_end"][0].search(text)
    return (int(m["year"]), month_number(m["end"])) if m and month_number(m["end"]) else None


def _occurrence(month: int, anchor: date | None, past: bool) -> int | None:
    """Calendar year of the month meant by a yearless "begins in April" (the next one, or the last if past)."""
    if anchor is None:
        return None
    if past:
        return anchor.year - (month > anchor.month)
    return anchor.year + (month < anchor.month)


@cache
def _past_statement() -> re.Pattern[str]:
    return rxcache.compile(rf"(?i)\b(?:{lexicon.alternation(lex()['statement_past_verbs'])})\b")


def _naming(m: re.Match[str], anchor: date | None, end_month: int) -> str | None:
    """How a statement about a labelled year ("fiscal 2023, which begins in April") names its years."""
    groups = m.groupdict()
    if not groups.get("label"):
        return None
    digits = re.search(r"\d{4}|\d\d$", groups["label"])
    label = int(digits.group()) if len(digits.group()) == 4 else 2000 + int(digits.group())
    past = bool(_past_statement().search(m.group()))
    if groups.get("begin"):
        year = int(groups["year"]) if groups.get("year") else _occurrence(month_number(groups["begin"]), anchor, past)
        end_year = None if year is None else year + (end_month < month_number(groups["begin"]))
    else:
        end_year = int(groups["year"]) if groups.get("year") else _occurrence(end_month, anchor, past)
    if end_year is None or end_month == 12:
        return None
    return {label: "end", label + 1: "start"}.get(end_year)


@cache
def statement_index() -> starts.StartIndex:
    """The statement patterns, definitions then periods, indexed by where they can start (`starts`): one scan of a
    text instead of one pass per pattern."""
    return starts.build([rx for kind in _KINDS for rx in _patterns()[kind]], _BOUNDARY)


@cache
def _statement_cue() -> re.Pattern[str]:
    return rxcache.compile(lex()["statement_cue"])


def statements(text: str, anchor: date | None, found: list[tuple[int, str]]) -> list[Statement]:
    """Every statement of a fiscal calendar in ``text``, in text order."""
    if not _statement_cue().search(text):
        return []  # one pass over a text with no fiscal word instead of every pattern
    quarters = {str(k).lower(): v for k, v in lex()["quarters"].items()}
    matched: dict[int, list[re.Match[str]]] = {}  # each pattern's matches, in text order
    for i, m in starts.scan(text, statement_index()):
        matched.setdefault(i, []).append(m)
    out: list[Statement] = []
    for i, kind in enumerate(k for k in _KINDS for _ in _patterns()[k]):  # definitions first, as indexed
        for m in matched.get(i, ()):
            if kind == "periods" and any(s.span and s.start == m.start() for s in out):
                continue  # already read as a definition
            g = m.groupdict()
            if g.get("end"):
                end_month = month_number(g["end"])
            elif g.get("begin"):
                end_month = (month_number(g["begin"]) - 2) % 12 + 1
            else:  # a numbered quarter's last month, or its first ("which begins in July")
                q = quarters.get(g["q"].lower())
                qend = month_number(g["qend"]) if g.get("qend") else month_number(g["qbegin"]) % 12 + 2
                end_month = (qend + 3 * (4 - q) - 1) % 12 + 1
            where = m.group("span") if kind == "definitions" else m.group()
            day = re.search(r"(\d{1,2})(?:st|nd|rd|th)?\s*$", where)
            out.append(Statement(
                m.start(), m.end(), end_month, _naming(m, anchor, end_month),
                int(day.group(1)) if day and g.get("end") and not g.get("year") else None,
                _owner(text, m.start(), m.end(), found),
                m.span("span") if kind == "definitions" else None,
            ))
    return sorted(out, key=lambda s: s.start)


def _owner(text: str, start: int, end: int, found: list[tuple[int, str]]) -> str:
    """The entity named in the statement's sentence, nearest to it."""
    reach = max(0, start - _OWNER_REACH)
    left = max((e.end() for e in _SENTENCE_END.finditer(text, reach, start)), default=reach)
    stop = _SENTENCE_END.search(text, end, end + _OWNER_REACH)
    right = stop.start() if stop else min(len(text), end + _OWNER_REACH)
    near = [(min(abs(off - start), abs(off - end)), key) for off, key in found if left <= off < right]
    return min(near)[1] if near else ""


def share_naming(found: list[Statement]) -> list[Statement]:
    """Statements whose naming one of them shows: a text that says once how it labels a year ("fiscal 2025,
    which ends February 28, 2026") labels its other years of that calendar and owner the same way; a statement of
    nobody named ("its fiscal third quarter, from October to December") those of the calendar ending in its month,
    when they agree."""
    shown = {(s.owner, s.end_month): s.naming for s in found if s.naming}
    by_month: dict[int, set[str]] = {}
    for s in found:
        if s.naming:
            by_month.setdefault(s.end_month, set()).add(s.naming)

    def naming(s: Statement) -> str | None:
        agreed = by_month.get(s.end_month, set())
        return shown.get((s.owner, s.end_month)) or (next(iter(agreed)) if not s.owner and len(agreed) == 1 else None)

    return [s if s.naming else replace(s, naming=naming(s)) for s in found]


def from_statement(st: Statement, known: FiscalCalendar | None,
                   usual: FiscalCalendar | None = None) -> FiscalCalendar:
    """The calendar a statement gives; the lexicon fills in the naming and the floating rule it agrees with,
    else the country's convention (``usual``) fills in the naming of the calendar it agrees with."""
    agrees = known is not None and known.end_month == st.end_month
    rule = (known.rule if agrees and (st.day is None or known.weekly)
            else f"{date(2000, st.end_month, 1):%B}" + (f" {st.day}" if st.day else ""))
    naming = (st.naming or (known.naming if agrees else None)
              or (usual.naming if usual and usual.end_month == st.end_month else None) or lex()["default_naming"])
    return FiscalCalendar(st.end_month, naming, rule, st.owner or (known.owner if known else ""), "text")


def begins_next(sentence: str, text: str, anchor: date | None) -> date | None:
    """The first day of the month a clause right after ``text`` says its fiscal year begins in ("the fiscal year that
    begins on October 1"), at its next occurrence after ``anchor``; None when no such clause follows."""
    at = sentence.find(text)
    m = re.match(lex()["begins_next"], sentence[at + len(text):]) if at >= 0 else None
    month = month_number(m["begin"]) if m else None
    year = _occurrence(month, anchor, past=False) if month else None
    return date(year, month, 1) if month and year else None
