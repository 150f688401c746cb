"""Builders of times counted from the reference date or fixed by name: "next month", "Tuesday", "a year ago",
holidays, parts of a day, "now"."""

from __future__ import annotations

import re

from extractor.time.model import Spec
from extractor.time.words import deictic_offset, lex, year_number


def b_same_time(m: re.Match[str]) -> Spec | None:
    """ "at the same time" ending a clause: the day of the time it refers back to (anchors.py gives that day)."""
    return Spec(rel=("day", 0))


def b_deictic(m: re.Match[str]) -> Spec | None:
    unit = m["unit"].lower()
    deix = " ".join(m["deix"].lower().split())
    offset = deictic_offset(deix)
    if deix == "the past":
        if unit == "year":
            return Spec(rel=("year", -1))  # TimeBank: "over the past year" is last year
        return Spec(type="DURATION", dur=(1.0, unit))
    if deix in ("latest", "the latest") and unit == "quarter":
        offset = -1
    return Spec(rel=(unit, offset), fiscal=bool(m["fy"]))


def b_deictic_far(m: re.Match[str]) -> Spec | None:
    """ "the year after next": the unit counted twice from now."""
    return Spec(rel=(m["unit"].lower(), int(lex()["far_deictics"][" ".join(m["far"].lower().split())])))


def b_weekday(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    wd = int(lex()["weekdays"][g["wd"].lower().rstrip(".")])
    dp = lex()["day_parts"][g["dp"].lower()] if g.get("dp") else None
    if dp == "NI":
        dp = None  # TimeBank dates "Friday night" to the day
    rel = ("week", deictic_offset(g["deix"])) if g.get("deix") else None
    return Spec(type="TIME" if dp else "DATE", weekday=wd, daypart=dp, rel=rel)


def b_the_unit(m: re.Match[str]) -> Spec | None:
    unit = m["unit"].lower()
    if unit.replace("-", "") == "midyear":
        return Spec(rel=("year", 0), part="mid")
    part = " ".join(m["part"].lower().split()) + " of" if m.groupdict().get("part") else None
    fiscal = "fiscal" in (m.groupdict().get("fy") or "").lower()
    # A bare "the quarter" in news is the one being reported on, i.e. the last one, and "over the
    # weekend" the one just past, unless the sentence looks ahead ("by the end of the quarter").
    lean = -1 if unit in ("quarter", "weekend") and part is None else 0
    return Spec(rel=(unit, 0), part=part, lean=lean, fiscal=fiscal)


def b_year_ago(m: re.Match[str]) -> Spec | None:
    """ "the year-ago quarter": the latest reported quarter, a year back (business-news usage)."""
    if m["ord"]:
        q = int(lex()["ordinals"][m["ord"].lower()])
        return Spec(quarter=q, rel=("year", -1), fiscal=bool(m["fy"])) if q <= 4 else None
    return Spec(rel=("quarter", -5) if m["unit"] else ("year", -1))


def b_holiday(m: re.Match[str]) -> Spec | None:
    key = " ".join(m["hol"].lower().split())
    deix = " ".join(m["deix"].lower().split()) if m["deix"] else "the"
    lean = 0 if deix == "the" else deictic_offset(deix)
    if m["year"]:
        return Spec(holiday=key, year=year_number(m["year"]))
    return Spec(holiday=key, rel=("year", 0) if lean else None, lean=lean)


def b_part_yesterday(m: re.Match[str]) -> Spec | None:
    pw = m["pw"].lower().replace("-", "")
    if pw.startswith("mid"):
        return Spec(type="TIME", rel=("day", -1), daypart="MO" if pw.endswith("morning") else "AF")
    return Spec(rel=("day", -1))


def b_daypart(m: re.Match[str]) -> Spec | None:
    rel = int(lex()["day_offsets"][m["rel"].lower()])
    return Spec(type="TIME", rel=("day", rel), daypart=lex()["day_parts"][m["dp"].lower()])


def b_fixed(m: re.Match[str]) -> Spec | None:
    key = " ".join(m["fixed"].lower().split())
    return Spec(type=lex()["fixed"][key]["type"], fixed=key)
