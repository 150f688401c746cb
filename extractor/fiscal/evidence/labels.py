"""Readings of a time expression and the words before it: fiscal labels ("FY27", "fiscal 2027"), deictic years,
numbered quarters. Each is one lexicon pattern, kept apart from the calendar logic that uses them."""

from __future__ import annotations

import re

from extractor.fiscal.evidence.data import lex


def deictic_offset(text: str) -> int | None:
    """Offset a deictic word gives ("next fiscal year" -> 1), None when the expression has none."""
    table = lex()["deictics"]
    return next((int(table[w]) for w in re.findall(r"[a-z]+", text.lower()) if w in table), None)


def of_current_year(text: str) -> bool:
    """Whether an expression names a part of "the fiscal year" itself, i.e. the one under way at publication."""
    return any(re.search(rx, text, re.I) for rx in lex()["current_year_parts"])


def writes_codes(text: str) -> bool:
    """Whether an article writes fiscal years as codes ("FY26", "FY 26/27"): its bare quarters are fiscal ones."""
    return re.search(lex()["fiscal_code"], text) is not None


def last_code_year(before: str) -> int | None:
    """The year the last fiscal code in ``before`` labels ("FY26" -> 2026, "FY2026" -> 2026, "FY 26/27" -> 2027),
    None when there is none."""
    m = next(reversed(list(re.finditer(lex()["fiscal_code"], before))), None)
    if m is None:
        return None
    year = m["end"] or m["year"]
    return int(year) if len(year) == 4 else 2000 + int(year)


def sentence_label_year(sentence: str, text: str) -> int | None:
    """The fiscal-year label of the last labelled quarter or half before ``text`` in its sentence, which a bare
    part after it shares; None when there is none."""
    return _last_label("sentence_part_label", sentence, text)


def sentence_year(sentence: str, text: str) -> int | None:
    """The year of the last fiscal-year label before ``text`` in its sentence ("fiscal 2027", "FY27"), None when
    there is none."""
    return _last_label("sentence_year_label", sentence, text)


def _last_label(key: str, sentence: str, text: str) -> int | None:
    """The year of the last match of the lexicon's label pattern ``key`` before ``text`` in ``sentence``
    ("FY2026", "fiscal 2027", "FY27"); None when ``text`` is not there or no label precedes it."""
    at = sentence.find(text)
    found = list(re.finditer(lex()[key], sentence[:at], re.I)) if at > 0 else []
    if not found:
        return None
    m = found[-1]
    return int(m["year"]) if m["year"] else 2000 + int(m["short"])


def part_end(text: str) -> bool:
    """Whether an expression is the end of a numbered half or quarter with no year ("the end of the first half")."""
    return re.search(lex()["part_end"], text) is not None


def deictic_year(text: str) -> bool:
    """Whether an expression is a year counted from now ("next year")."""
    return re.fullmatch(lex()["deictic_year"], " ".join(text.split())) is not None


def current_year(text: str) -> bool:
    """Whether an expression is "the current year", the year under way at publication."""
    return re.fullmatch(lex()["current_year"], " ".join(text.split())) is not None


def label_anaphor(text: str) -> bool:
    """Whether an expression is a bare "the year" that names the year labelled before it ("FY27 ... for the year")."""
    return re.fullmatch(lex()["label_anaphor"], " ".join(text.split())) is not None


def quarter_number(text: str) -> int | None:
    """The quarter an expression numbers ("Q4", "the fourth quarter"), None when it numbers none."""
    table = {str(k).lower(): v for k, v in lex()["quarters"].items()}
    return next((int(table[w]) for w in re.findall(r"[a-z0-9]+", text.lower()) if w in table), None)
