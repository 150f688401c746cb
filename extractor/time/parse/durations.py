"""Builders of lengths of time and of recurring times ("three years", "the next five years", "every month")."""

from __future__ import annotations

import re

from extractor.time.calendar import duration_value
from extractor.time.model import Spec
from extractor.time.words import lex, month_number, num, unit_name


def b_duration(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    unit = unit_name(g["unit"])
    joint = m.string[m.end("num") : m.start("unit")] if g.get("num") else ""
    if "-" in joint and g["unit"].lower() != unit and not g.get("dir"):
        return None  # hyphenated durations are singular ("two-year"); "three-quarters" is a fraction
    if g.get("num") is not None:
        amount = num(g["num"])
        if unit == "second" and g["num"].lower() in lex()["articles"]:
            return None  # "a second factory"
        if amount is not None and g.get("half"):
            amount += 0.5
        if amount is not None and unit == "day" and (g.get("fill") or "").lower() in lex()["working_day_fillers"]:
            amount = -(-amount * 7 // 5)  # working days: five of every seven, rounded up to whole days
    else:
        amount = 0.5 if "half" in m.group().lower() and g["unit"].lower()[-1] != "s" else None
    mod = " ".join(g["mod"].lower().split()) if g.get("mod") else None
    bound = lex()["duration_modifiers"][mod] if mod else None
    way = lex()["duration_directions"][" ".join(g["dir"].lower().split())] if g.get("dir") else {}
    direction = int(way.get("sign", 0))
    return Spec(
        type="DATE" if way.get("point") else "DURATION",
        dur=(amount, unit),
        direction=direction,
        bound=None if bound == "on" else bound,
    )


def b_the_duration(m: re.Match[str]) -> Spec | None:
    unit = unit_name(m["unit"])
    deix = m["deix"].lower()
    plural = m["unit"].lower().endswith("s") or m["unit"].lower() == "centuries"
    if m["num"] is None and not plural:
        return None  # "the next year" is a date, left to the deictic rule
    amount = num(m["num"]) if m["num"] else None
    forward = int(lex()["deictics"].get(" ".join(deix.split()), 0)) > 0
    return Spec(type="DURATION", dur=(amount, unit), offset=forward, bound="by" if forward else None)


def b_set(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    if g.get("word"):
        return Spec(type="SET", set_value=str(lex()["set_words"][g["word"].lower()]))
    if g.get("mon"):
        return Spec(type="SET", set_value=f"XXXX-{month_number(g['mon']):02d}")
    if g.get("wd2"):
        wd = lex()["weekdays"][g["wd2"].lower()]
        return Spec(type="SET", set_value=f"XXXX-WXX-{wd}T{lex()['day_parts'][g['dp'].lower()]}")
    if g.get("wd"):
        return Spec(type="SET", set_value=f"XXXX-WXX-{lex()['weekdays'][g['wd'].lower().rstrip('.')]}")
    if g.get("we"):
        return Spec(type="SET", set_value="XXXX-WXX-WE")
    if g.get("dp"):
        return Spec(type="SET", set_value=f"XXXX-XX-XXT{lex()['day_parts'][g['dp'].lower()]}")
    unit = unit_name(g["unit"])
    n = num(g["num"]) if g.get("num") else 1.0
    if g.get("other"):
        n = 2.0
    return Spec(type="SET", set_value=duration_value(n, unit))
