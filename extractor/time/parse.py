"""The meaning of a span of text: each grammar rule's builder turns its match into a Spec.

Builders are looked up by the name a rule gives (``Rule.builder``); ``parse`` re-reads any span
(found or written by hand), composing ranges, hedges and part-of modifiers around the rules.
"""

from __future__ import annotations

import calendar
import functools
import re
from collections.abc import Callable
from dataclasses import replace
from datetime import date

from extractor.time.calendar import duration_value
from extractor.time.grammar import Rule, grammar
from extractor.time.model import Spec
from extractor.time.words import day_number, deictic_offset, lex, month_number, num, unit_name, year_number


def _b_date(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    month = month_number(g["mon"])
    day = day_number(g["day"]) if g.get("day") else None
    year = year_number(g.get("year"))
    if day and day > calendar.monthrange(year or 2000, month)[1]:
        # "February 30, 2031": one expression that names no real day, so no period (not "February")
        return Spec(year=year, month=month, invalid=f"impossible date: {g['mon']} {day}")
    if g.get("deix"):
        return Spec(month=month, rel=("year", 0), lean=deictic_offset(g["deix"]))
    if g.get("ydeix"):
        return Spec(month=month, day=day, rel=("year", deictic_offset(g["ydeix"])))
    return Spec(year=year, month=month, day=day)


def _b_span_end(m: re.Match[str]) -> Spec | None:
    """ "the five years to March 2030": a span is due by the month that closes it."""
    spec = _b_date(m)
    return replace(spec, bound="by") if spec is not None and spec.invalid is None else spec


def _b_span_from(m: re.Match[str]) -> Spec | None:
    """ "over five years from 2026": the span's last year (2030), due by then."""
    n = num(m["num"])
    if n is None or n < 1 or n != int(n):
        return None
    return Spec(year=int(m["year"]) + int(n) - 1, fiscal=bool(m["fy"]), bound="by")


def _b_week_of(m: re.Match[str]) -> Spec | None:
    spec = _b_date(m)
    return replace(spec, day=None) if spec is not None else None


def _b_iso(m: re.Match[str]) -> Spec | None:
    d = m.groupdict().get("d")
    return Spec(year=int(m["year"]), month=int(m["m"]), day=int(d) if d else None)


def _b_split_season(m: re.Match[str]) -> Spec | None:
    """ "the 2026-27 season": the year it starts in (the second year must follow the first); "the start of the
    2026-27 season": the month it starts in."""
    start = int(m["a"])
    if (start + 1) % 100 != int(m["b"]):
        return None
    return Spec(year=start, month=int(lex()["split_season_start_month"])) if m.groupdict().get("start") else Spec(
        year=start)


def _b_sport_season(m: re.Match[str]) -> Spec | None:
    """ "next season": counted in sports seasons from the one under way (resolver: named by its start year)."""
    return Spec(rel=("sport_season", deictic_offset(m["deix"])))


def _b_iso_week(m: re.Match[str]) -> Spec | None:
    """ "2025-W03": the week's Thursday decides its month (as for "next week")."""
    try:
        thursday = date.fromisocalendar(int(m["year"]), int(m["w"]), 4)
    except ValueError:
        return None  # week 53 of a 52-week year
    return Spec(year=thursday.year, month=thursday.month)


def _b_numeric(m: re.Match[str]) -> Spec | None:
    month, day, year = int(m["m"]), int(m["d"]), m.groupdict().get("y")
    if not year and month < 10 and day < 10 and month < day:
        return None  # 1/2, 3/4: a fraction
    if day > calendar.monthrange(year_number(year) or 2000, month)[1]:
        # "2/30/2025" names no real day; "2/30" alone is no date at all
        return Spec(year=year_number(year), month=month, invalid=f"impossible date: {m.group()}") if year else None
    return Spec(year=year_number(year), month=month, day=day)


def _b_day_of_month(m: re.Match[str]) -> Spec | None:
    """ "the 20th of next month": a day of a month counted from the anchor's."""
    day = day_number(m["day"])
    offset = deictic_offset(m["deix"])
    return Spec(day=day, rel=("month", offset)) if 0 < day <= 31 else None


def _b_offset_from_day(m: re.Match[str]) -> Spec | None:
    """ "two days after today", "a week from tomorrow": the day reached, counted from a named day."""
    amount = num(m["num"])
    if amount is None:
        return None
    unit = unit_name(m["unit"])
    sign = -1 if m["dir"].lower() == "before" else 1
    base = int(lex()["day_offsets"][m["day"].lower()])
    total = sign * amount + (base if unit == "day" else 0)
    return Spec(dur=(abs(total), unit), direction=-1 if total < 0 else 1)


def _b_year(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    return Spec(year=year_number(g["year"] or g.get("y2k")), fiscal=bool(g.get("fy")))


def _b_bc(m: re.Match[str]) -> Spec | None:
    n = int(m["n"] or m["n2"])
    # "499 BC" (no calendar arithmetic before year 1); "2024 BC Partners" is a modern year and a name
    return Spec(set_value=f"BC{n:04d}") if 0 < n < 1900 else None


def _b_old_range(m: re.Match[str]) -> Spec | None:
    """ "1861-1865": years before 1900 need a context word alone, but a span of a few years is dates."""
    return parse_range(m.group()) if 0 < int(m["b"]) - int(m["a"]) <= 30 else None


def _b_century(m: re.Match[str]) -> Spec | None:
    word = m["ord"].lower()
    n = int(word[:-2]) if word[:-2].isdigit() else int(lex()["ordinals"].get(word, 0))
    return Spec(century=n - 1) if 0 < n <= 21 else None


def _b_decade(m: re.Match[str]) -> Spec | None:
    if m.groupdict().get("decw"):
        return Spec(decade=int(lex()["decade_words"][m["decw"].lower()]))  # "the nineties": the 1990s
    d = m["dec"].strip("'")
    if len(d) == 4:
        return Spec(decade=int(d[:3]))
    return Spec(decade=(190 if int(d) >= 20 else 200) + int(d) // 10)


def _b_quarter(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    q = int(g.get("q") or g.get("q2") or lex()["ordinals"][g["ord"].lower()])
    if q > 4:
        return None
    year = year_number(g.get("year") or g.get("year2") or g.get("yy"))
    rel = ("year", deictic_offset(g["ydeix"])) if g.get("ydeix") else ("year", 0) if g.get("ythe") else None
    if year is None and rel is None and re.match(r"(?i)(next|last) year's", m.group()):
        rel = ("year", 1 if m.group().lower().startswith("next") else -1)
    return Spec(quarter=q, year=year, rel=rel, fiscal=bool(g.get("fy") or g.get("fy2") or g.get("fy3")))


def _b_edge_months(m: re.Match[str]) -> Spec | None:
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


def _b_month_quarter(m: re.Match[str]) -> Spec | None:
    month = int(lex()["months"][m["mq"].lower()])
    return Spec(quarter=(month - 1) // 3 + 1, year=year_number(m.group("year") or m.group("year2")))


def _b_half(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    h = g.get("h") or g.get("h2")
    half = int(h) if h.isdigit() else int(lex()["halves"][h.lower()])
    year = year_number(g.get("year") or g.get("year2") or g.get("yy"))
    rel = ("year", deictic_offset(g["ydeix"])) if g.get("ydeix") else ("year", 0) if g.get("ythe") else None
    return Spec(half=half, year=year, rel=rel, fiscal=bool(g.get("fy2") or g.get("fy3")))


def _b_season(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    season = lex()["seasons"][g["season"].lower()]
    if g.get("deix"):
        if " ".join(g["deix"].lower().split()) == "this past":  # the latest one begun: "this past spring"
            return Spec(season=season, rel=("year", 0), lean=-1, vague=True)
        return Spec(season=season, rel=("year", deictic_offset(g["deix"])), vague=True)
    return Spec(season=season, year=year_number(g.get("year")), vague=True)


def _b_deictic(m: re.Match[str]) -> Spec | None:
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


def _b_full_year(m: re.Match[str]) -> Spec | None:
    """ "full-year guidance": the year under way, fiscal when the company's year is (placed by extractor.fiscal)."""
    return Spec(rel=("year", 0), fiscal=True)


def _b_deictic_far(m: re.Match[str]) -> Spec | None:
    """ "the year after next": the unit counted twice from now."""
    return Spec(rel=(m["unit"].lower(), int(lex()["far_deictics"][" ".join(m["far"].lower().split())])))


def _b_weekday(m: re.Match[str]) -> Spec | None:
    g = m.groupdict()
    wd = int(lex()["weekdays"][g["wd"].lower().rstrip(".")])
    dp = lex()["day_parts"][g["dp"].lower()] if g.get("dp") else None
    if dp == "NI":
        dp = None  # TimeBank dates "Friday night" to the day
    rel = ("week", deictic_offset(g["deix"])) if g.get("deix") else None
    return Spec(type="TIME" if dp else "DATE", weekday=wd, daypart=dp, rel=rel)


def _b_the_unit(m: re.Match[str]) -> Spec | None:
    unit = m["unit"].lower()
    if unit.replace("-", "") == "midyear":
        return Spec(rel=("year", 0), part="mid")
    part = " ".join(m["part"].lower().split()) + " of" if m.groupdict().get("part") else None
    fiscal = "fiscal" in (m.groupdict().get("fy") or "").lower()
    # A bare "the quarter" in news is the one being reported on, i.e. the last one, and "over the
    # weekend" the one just past, unless the sentence looks ahead ("by the end of the quarter").
    lean = -1 if unit in ("quarter", "weekend") and part is None else 0
    return Spec(rel=(unit, 0), part=part, lean=lean, fiscal=fiscal)


def _b_year_ago(m: re.Match[str]) -> Spec | None:
    """ "the year-ago quarter": the latest reported quarter, a year back (business-news usage)."""
    if m["ord"]:
        q = int(lex()["ordinals"][m["ord"].lower()])
        return Spec(quarter=q, rel=("year", -1), fiscal=bool(m["fy"])) if q <= 4 else None
    return Spec(rel=("quarter", -5) if m["unit"] else ("year", -1))


def _b_report_period(m: re.Match[str]) -> Spec | None:
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


def _b_holiday(m: re.Match[str]) -> Spec | None:
    key = " ".join(m["hol"].lower().split())
    deix = " ".join(m["deix"].lower().split()) if m["deix"] else "the"
    lean = 0 if deix == "the" else deictic_offset(deix)
    if m["year"]:
        return Spec(holiday=key, year=year_number(m["year"]))
    return Spec(holiday=key, rel=("year", 0) if lean else None, lean=lean)


def _b_part_yesterday(m: re.Match[str]) -> Spec | None:
    pw = m["pw"].lower().replace("-", "")
    if pw.startswith("mid"):
        return Spec(type="TIME", rel=("day", -1), daypart="MO" if pw.endswith("morning") else "AF")
    return Spec(rel=("day", -1))


def _b_daypart(m: re.Match[str]) -> Spec | None:
    rel = int(lex()["day_offsets"][m["rel"].lower()])
    return Spec(type="TIME", rel=("day", rel), daypart=lex()["day_parts"][m["dp"].lower()])


def _b_fixed(m: re.Match[str]) -> Spec | None:
    key = " ".join(m["fixed"].lower().split())
    return Spec(type=lex()["fixed"][key]["type"], fixed=key)


def _b_clock(m: re.Match[str]) -> Spec | None:
    hour = int(m["h"])
    ampm = (m.groupdict().get("ampm") or "").lower()
    if ampm.startswith("p") and hour < 12:
        hour += 12
    elif ampm.startswith("a") and hour == 12:
        hour = 0
    clock = f"{hour:02d}:{m['min'] or '00'}"
    day = parse(m["day"]) if m.groupdict().get("day") else None
    if day is not None:  # "9 a.m. Tuesday", "5 p.m. EST Nov. 9": that day's clock time
        return replace(day, type="TIME", clock=clock)
    return Spec(type="TIME", rel=("day", 0), clock=clock)


def _b_noon_day(m: re.Match[str]) -> Spec | None:
    day = parse(m["day"])
    if day is None:
        return None
    return replace(day, type="TIME", clock="12:00" if m["nm"].lower() == "noon" else "24:00")


def _b_duration(m: re.Match[str]) -> Spec | None:
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


def _b_the_duration(m: re.Match[str]) -> Spec | None:
    unit = unit_name(m["unit"])
    deix = m["deix"].lower()
    plural = m["unit"].lower().endswith("s") or m["unit"].lower() == "centuries"
    if m["num"] is None and not plural:
        return None  # "the next year" is a date, left to the deictic rule
    amount = num(m["num"]) if m["num"] else None
    forward = int(lex()["deictics"].get(" ".join(deix.split()), 0)) > 0
    return Spec(type="DURATION", dur=(amount, unit), offset=forward, bound="by" if forward else None)


def _b_set(m: re.Match[str]) -> Spec | None:
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


@functools.cache
def legal_echo() -> re.Pattern[str]:
    """The figures that repeat a number word in legal drafting ("thirty (30)")."""
    return re.compile(lex()["legal_number_echo"])


@functools.lru_cache(maxsize=65536)
def parse(text: str) -> Spec | None:
    """Meaning of a span produced by find_timexes (or written by hand); None if not a time expression.

    Memoised: the finder, its framing pass and the resolver parse the same few spans of a text again and again
    (every candidate, then each found expression once per later one), and a Spec is frozen, so one is shared."""
    g = grammar()
    text = " ".join(legal_echo().sub("", text).split())  # "thirty (30) days": the figure only repeats the word
    hedge = g.rx["hedge_end"].search(text)
    if hedge:
        inner = parse(text[: hedge.start()])
        return replace(inner, vague=True) if inner else None
    ranged = parse_range(text) or parse_narrowed(text)
    if ranged:
        return ranged
    for rule in g.rules:
        m = rule.regex.fullmatch(text)
        if m:
            spec = build(rule, m)
            if spec is not None:
                return spec
    part = g.rx["part_start"].match(text)
    if part:
        inner = parse(text[part.end() :])
        if inner and inner.type == "DATE" and inner.dur is None and partable(inner) and inner.end is None:
            key = " ".join(part["p"].lower().split())
            info = lex()["parts"][key]
            # half of a decade spans years: due by its last one
            bound = "by" if info.get("decade") is not None and _decade(inner) else inner.bound
            return replace(inner, part=key, vague=inner.vague or bool(info.get("vague")), bound=bound)
    return None


def _decade(spec: Spec) -> bool:
    """A decade, named ("the 2030s") or counted from now ("the decade", "the next decade")."""
    return spec.decade is not None or (spec.rel is not None and spec.rel[0] == "decade")


def partable(spec: Spec) -> bool:
    """Whether a part-of word may narrow the expression: not a fixed one ("now"), unless it is a year ("the new
    year": "early in the new year")."""
    return spec.fixed is None or bool(lex()["fixed"][spec.fixed].get("partable"))


def parse_range(text: str) -> Spec | None:
    """ "2025-2026", "between 2025 and 2027", "June to August 2024", "2025-26": start spec with .end set."""
    split_pair = grammar().rx["range_words"].fullmatch(text)  # "2026/27 to 2028/29": from one year to the other
    m = split_pair or grammar().rx["range"].fullmatch(text)
    if not m:
        return None
    a_text, b_text = m["a"], m["b"]
    if split_pair:
        a, b = parse(a_text), parse(b_text)
        if a is None or b is None or a.end is None or b.end is None:
            return None
        return replace(a, end=b.end, bound="by")  # the first label's first year to the last label's last
    if text[m.end("a") : m.start("b")] == "-" and a_text[-1:].islower() and b_text[:1].islower():
        return None  # a compound word ("the year-earlier quarter"), not a range ("June-August" is one)
    if re.fullmatch(r"(?:1\d|20)\d\d", a_text) and re.fullmatch(r"\d\d", b_text):
        if int(b_text) <= int(a_text[2:]):
            return None  # "2024-10" is a month, not a range back to 2010
        b: Spec | None = Spec(year=int(a_text[:2] + b_text))
    else:
        b = parse(b_text)
    a = parse(a_text)
    bare_a = grammar().rx["bare_day"].fullmatch(a_text)
    bare_b = grammar().rx["bare_day"].fullmatch(b_text)
    if a is None and bare_a and b is not None and b.day is not None and b.end is None:
        if not 0 < int(bare_a["d"]) < b.day:
            return None
        a = replace(b, day=int(bare_a["d"]))  # "22-25 April 1951"
    elif b is None and bare_b and a is not None and a.day is not None and a.end is None and a.month is not None:
        year = year_number(bare_b["y"]) if bare_b["y"] else a.year
        if not a.day < int(bare_b["d"]) <= calendar.monthrange(year or 2000, a.month)[1]:
            return None
        a = replace(a, year=year)
        b = replace(a, day=int(bare_b["d"]))  # "June 10-12, 2025"
    if not a or not b or a.type != "DATE" or b.type != "DATE" or a.dur or b.dur or a.fixed or b.fixed:
        return None
    if a.invalid or b.invalid:
        return None
    if _quarter_months(a, b):
        return replace(b, year=b.year if b.year is not None else a.year, rel=b.rel or a.rel)
    if year_only(a) and b.year is None and b.rel is None and b.end is None and b.weekday is None:
        return None  # "2024-H1", "2024 Q3": a part of that year, not a range
    if a.year is None and a.rel is None and a.month is not None:
        if b.year is not None:
            a = replace(a, year=b.year)  # "June to August 2024"
        elif b.rel is not None and b.rel[0] == "year":
            a = replace(a, rel=b.rel)  # "April or May next year"
    return replace(a, end=b, bound="by")  # a range or alternative promises its later end, at the latest


def _quarter_months(a: Spec, b: Spec) -> bool:
    """ "the October-December quarter": a quarter named by its first and last months is that quarter, happening
    in it (bound on), not a range of months ending in it."""
    return (a.month is not None and a.day is None and a.end is None and b.quarter is not None and b.month is None
            and b.end is None and a.month == 3 * (b.quarter - 1) + 1
            and (a.year is None or b.year is None or a.year == b.year))


def year_only(s: Spec) -> bool:
    """A whole year, given or relative ("2025", "next year"), and nothing finer."""
    given = s.year is not None or (s.rel is not None and s.rel[0] == "year")
    finer = (s.month, s.quarter, s.half, s.season, s.weekday, s.holiday, s.end, s.dur, s.fixed, s.part, s.decade,
             s.century)  # fmt: skip
    return given and all(v is None for v in finer) and not s.reported


def parse_narrowed(text: str) -> Spec | None:
    """ "this year during the third quarter": a year, then the part of it meant; the part, in that year."""
    m = grammar().rx["narrow"].fullmatch(text)
    if not m:
        return None
    a, b = parse(m["a"]), parse(m["b"])
    if a is None or b is None or a.type != "DATE" or b.type != "DATE":
        return None
    named_part = any(v is not None for v in (b.quarter, b.half, b.month, b.season))
    if not (year_only(a) and b.year is None and b.rel is None and named_part):
        return None
    if a.fiscal and (b.season is not None or b.month is not None):
        return None  # "the budget for fiscal 2028 in the spring": seasons and months are the calendar's, not a part
    return replace(b, year=a.year, rel=a.rel, fiscal=a.fiscal or b.fiscal, lean=0)


BUILDERS: dict[str, Callable[[re.Match[str]], Spec | None]] = {
    "date": _b_date,
    "span_end": _b_span_end,
    "week_of": _b_week_of,
    "iso": _b_iso,
    "sport_season": _b_sport_season,
    "numeric": _b_numeric,
    "year": _b_year,
    "bc": _b_bc,
    "old_range": _b_old_range,
    "century": _b_century,
    "decade": _b_decade,
    "span_from": _b_span_from,
    "quarter": _b_quarter,
    "month_quarter": _b_month_quarter,
    "day_of_month": _b_day_of_month,
    "iso_week": _b_iso_week,
    "split_season": _b_split_season,
    "offset_from_day": _b_offset_from_day,
    "edge_months": _b_edge_months,
    "half": _b_half,
    "season": _b_season,
    "deictic": _b_deictic,
    "deictic_far": _b_deictic_far,
    "weekday": _b_weekday,
    "the_unit": _b_the_unit,
    "full_year": _b_full_year,
    "year_ago": _b_year_ago,
    "report_period": _b_report_period,
    "holiday": _b_holiday,
    "part_yesterday": _b_part_yesterday,
    "daypart": _b_daypart,
    "fixed": _b_fixed,
    "clock": _b_clock,
    "noon_day": _b_noon_day,
    "duration": _b_duration,
    "the_duration": _b_the_duration,
    "set": _b_set,
    "range": lambda m: parse_range(m.group()),
}


def build(rule: Rule, m: re.Match[str]) -> Spec | None:
    """The Spec a rule's match means (None rejects the match)."""
    return BUILDERS[rule.builder](m)
