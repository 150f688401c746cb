"""Builders of periods of a year: quarters, halves, seasons, the first or last months, a reported period, the
full year."""

from __future__ import annotations

import re

from extractor.time.model import Spec
from extractor.time.words import deictic_offset, lex, num, year_number


def b_quarter(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    q = int(g.get("q") or g.get("q2") or lex()["ordinals"][g["ord"].lower()])
    if q > 4:
        return None
    year = year_number(g.get("year") or g.get("year2") or g.get("yy"))
    rel = ("year", deictic_offset(g["ydeix"])) if g.get("ydeix") else ("year", 0) if g.get("ythe") else None
    if year is None and rel is None and re.match(r"(?i)(next|last) year's", m.group()):
        rel = ("year", 1 if m.group().lower().startswith("next") else -1)
    return Spec(quarter=q, year=year, rel=rel, fiscal=bool(g.get("fy") or g.get("fy2") or g.get("fy3")))


def b_edge_months(m: re.Match[str]) -> Spec | None:
    """ "the final three months of 2024" -> 2024-Q4; "the first six months of next year" -> its H1."""
    first = int(lex()["year_edges"][" ".join(m["edge"].lower().split())]) > 0
    year = year_number(m["year"])
    rel = ("year", deictic_offset(m["ydeix"])) if m["ydeix"] else None
    fiscal = bool(m["fy"])
    months = num(m["n"])
    if months == 3:
        return Spec(quarter=1 if first else 4, year=year, rel=rel, fiscal=fiscal)
    if months == 6:
        return Spec(half=1 if first else 2, year=year, rel=rel, fiscal=fiscal)
    return None


def b_month_quarter(m: re.Match[str]) -> Spec | None:
    month = int(lex()["months"][m["mq"].lower()])
    return Spec(quarter=(month - 1) // 3 + 1, year=year_number(m.group("year") or m.group("year2")))


def b_half(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    h = g.get("h") or g.get("h2")
    half = int(h) if h.isdigit() else int(lex()["halves"][h.lower()])
    year = year_number(g.get("year") or g.get("year2") or g.get("yy"))
    rel = ("year", deictic_offset(g["ydeix"])) if g.get("ydeix") else ("year", 0) if g.get("ythe") else None
    return Spec(half=half, year=year, rel=rel, fiscal=bool(g.get("fy2") or g.get("fy3")))


def b_season(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    season = lex()["seasons"][g["season"].lower()]
    if g.get("deix"):
        if " ".join(g["deix"].lower().split()) == "this past":  # the latest one begun: "this past spring"
            return Spec(season=season, rel=("year", 0), lean=-1, vague=True)
        return Spec(season=season, rel=("year", deictic_offset(g["deix"])), vague=True)
    return Spec(season=season, year=year_number(g.get("year")), vague=True)


def b_full_year(m: re.Match[str]) -> Spec | None:
    """ "full-year guidance": the year under way, fiscal when the company's year is (placed by extractor.fiscal)."""
    return Spec(rel=("year", 0), fiscal=True)


def b_report_period(m: re.Match[str]) -> Spec | None:
    """Reported periods of business news: a named quarter, else the latest reported quarter (of a year)."""
    ord_ = m["ord"] or m["ord2"]
    q = int(lex()["ordinals"][ord_.lower()]) if ord_ else None
    if q is not None and q > 4:
        return None
    if m["year"]:
        return Spec(year=year_number(m["year"]), quarter=q, fiscal=bool(m["fy"]), reported=q is None)
    if m["latest"]:
        return Spec(rel=("quarter", -1))
    if q is not None:
        return Spec(quarter=q, rel=("year", -1))
    return Spec(rel=("quarter", -5))
