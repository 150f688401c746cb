"""Which quantity a claim promises: the target of a time expression, and the amounts coordinated
with it."""

from __future__ import annotations

import re
from dataclasses import replace

from extractor import time as temporal
from extractor.quantities.find import Quantity
from extractor.quantities.numbers import after_name
from extractor.quantities.patterns import (
    ANAPHORIC,
    ANCHOR_YEAR,
    ASIDES,
    BASELINE,
    CAPACITY,
    CHANGE_BACK,
    CHANGE_FROM,
    CHANGE_TO,
    CHANGE_TO_BEFORE,
    CHANGE_TO_LEVEL,
    CLAUSE_BREAK,
    CLAUSE_OPENER,
    CONDITION,
    COORDINATED,
    COORDINATOR,
    COUNTED_AFTER,
    COUNTED_MEASURE,
    ELIDED_COUNT,
    FRONTED_PART,
    FRONTED_WHOLE,
    FUTURE_ASIDE,
    ITEM_SIZE,
    LABEL,
    MONEY_RATE_ADJECTIVES,
    MONEY_RATED,
    NEW_CLAUSE,
    NOT_GENERIC,
    PARTITIVE_AFTER,
    PARTITIVE_BEFORE,
    PARTITIVE_LED,
    PLACE_RELATIVE,
    PLAIN_WORDS,
    PREPOSITION_ONLY,
    RATE_ADJECTIVES,
    RATE_MEASURE_REACH,
    RATE_RE,
    RATED_MEASURE,
    SIZED_AFTER,
    SIZED_BEFORE,
    SPREAD,
    TOLERANCE,
    UNIT_OF,
    UNIT_RE,
    WRITTEN,
    YEAR,
    YEAR_RATE_LINKS,
    fold,
)
from extractor.quantities.units import base_unit

MONEY_CODE = re.compile(r"[A-Z]{3}")  # an ISO currency code, the unit of an amount of money

# Extra cost, in characters of distance, of a candidate target with each weakness.
_COST = {"range": 50, "change_start": 200, "clause_break": 200, "baseline": 500, "other_date": 300,
         "rate_beside_total": 1000, "spread": 300}


def _with_elided_nouns(quantities: list[Quantity], sentence: str, start: int, end: int) -> list[Quantity]:
    """A bare number right by the date counts the thing the sentence counted before ("1,618
    satellites by July 2026, and all 3,236 by July 2029") or the thing its subject names ("5G
    subscriptions would reach about 500 million by 2027")."""
    out = []
    for q in quantities:
        gap = q.end
        if more := ELIDED_COUNT.match(sentence, gap):  # "and 30 more by the end of 2028"
            gap = more.end()
        near = PREPOSITION_ONLY.fullmatch(sentence, gap, start) if q.end <= start else None
        if q.unit or q.value is None or near is None or YEAR.fullmatch(q.value_text) or after_name(sentence, q.start):
            out.append(q)
            continue
        counted = [o.unit for o in quantities if o.end <= q.start and o.unit and o.unit[0].islower()
                   and o.unit not in ("%",)]
        measured = [m.group("u").lower() for m in COUNTED_MEASURE.finditer(sentence, 0, q.start)
                    if fold(m.group("u")) not in NOT_GENERIC]  # "the number of active soldiers to 260,000"
        measured += [m.group("u").lower() + "s" for m in COUNTED_AFTER.finditer(sentence, 0, q.start)
                     if fold(m.group("u")) not in NOT_GENERIC | PLAIN_WORDS]  # "passenger numbers to reach 21 million"
        if label := LABEL.search(sentence, 0, q.start):  # "Seats: 83,000 in place by February"
            measured.append(label.group("u").lower())
        money = [o.unit for o in quantities if o.end <= q.start and MONEY_CODE.fullmatch(o.unit)]
        if not counted and not measured and money and CHANGE_TO_BEFORE.search(sentence, 0, q.start):
            out.append(replace(q, unit=money[-1]))  # "5,100 zloty, rising to 5,400 in 2028": zloty
            continue
        named = UNIT_RE.search(sentence, 0, q.start) if not counted and not measured else None
        noun = counted[-1] if counted else measured[-1] if measured else _noun_of(named) if named else ""
        out.append(replace(q, unit=noun) if noun else q)
    return out


def _fronted_part(quantities: list[Quantity], sentence: str) -> tuple[list[Quantity], set[int]]:
    """ "Of the 1,200 jobs planned, around 400 are to be filled": the bare number opening the main clause after a
    fronted whole counts the whole's noun, and the whole (its start returned) is no target."""
    whole = next((q for q in quantities if q.unit and FRONTED_WHOLE.match(sentence[:q.start])), None)
    if whole is None:
        return quantities, set()
    comma = sentence.find(",", whole.end)
    out = [replace(q, unit=whole.unit) if comma >= 0 and not q.unit and q.value is not None and q.start > comma
           and FRONTED_PART.search(sentence[:q.start]) and not YEAR.fullmatch(q.value_text) else q for q in quantities]
    return out, ({whole.start} if out != quantities else set())


def _partitive_part(quantities: list[Quantity], sentence: str) -> tuple[list[Quantity], set[int]]:
    """ "1,100 base stations, of which 400 are due to be installed", "600 rooms, the first 250 of which should be
    ready": a bare number in a relative clause right after a counted whole counts the whole's noun, and the whole
    (its start returned) is no target."""
    out, wholes = list(quantities), set()
    for i, q in enumerate(quantities):
        if q.unit or q.value is None or YEAR.fullmatch(q.value_text):
            continue
        whole = next((w for w in reversed(quantities[:i]) if w.end <= q.start), None)
        if whole is None or not whole.unit[:1].islower() or " per " in whole.unit:
            continue
        between = sentence[whole.end:q.start]
        if PARTITIVE_LED.match(between) or (PARTITIVE_BEFORE.match(between) and PARTITIVE_AFTER.match(sentence, q.end)):
            out[i] = replace(q, unit=whole.unit)
            wholes.add(whole.start)
    return out, wholes


def _sizes_each(q: Quantity, quantities: list[Quantity], sentence: str) -> bool:
    """A measure that sizes each thing counted right before it ("14.2 million bags of 60 kilograms")."""
    return any(o.end < q.start and o.unit[:1].islower() and o.unit != q.unit and " per " not in o.unit
               and ITEM_SIZE.fullmatch(sentence, o.end, q.start) for o in quantities)


def _noun_of(m: re.Match[str]) -> str:
    alias = fold(m.group("u"))
    return alias if alias in WRITTEN else UNIT_OF[alias]


def _gap(q: Quantity, start: int, end: int) -> tuple[int, int]:
    """Character span between a quantity and a time expression."""
    return (q.end, start) if q.end <= start else (end, q.start)


def pick_target(
    quantities: list[Quantity], sentence: str, anchor_start: int, anchor_end: int,
    timexes: list[temporal.Timex] | None = None,
) -> Quantity | None:
    """The quantity most likely to be what a claim promises by the time expression at the anchor span.

    Bare counts are never targets, nor are quantities inside an aside that does not hold the anchor
    (parentheses, ", which sold 1.8 million cars,"). The nearest quantity wins, except that one across
    a clause break ("versus", "up from", ";"), one that belongs to another date of the sentence ("3 GWh
    by 2025 and 40% in 2027"), a range, or a rate when the sentence also states a total of the same
    thing ("12 flights a month, 144 for the year"), or the start of a change ("from 10% to 20%")
    ranks lower. A yearly rate tied to a named year
    ("50,000 units per year in 2024") is that year's total, so the rate is dropped. ``timexes``: the
    sentence's time expressions (offsets within it) when the caller has them, else they are found here.
    """
    asides = [(a.start(), a.end()) for rx in ASIDES for a in rx.finditer(sentence)
              if not FUTURE_ASIDE.search(a.group())]  # ", which would lift capacity to 155,000" holds a target
    asides = [(a, b) for a, b in asides if not a <= anchor_start < b]
    quantities, wholes = _fronted_part(_with_elided_nouns(quantities, sentence, anchor_start, anchor_end), sentence)
    quantities, parted = _partitive_part(quantities, sentence)
    wholes |= parted
    cands = [
        q
        for q in quantities
        if q.unit
        and (q.end <= anchor_start or q.start >= anchor_end)
        and not any(a <= q.start < b for a, b in asides)
        and not TOLERANCE.search(sentence, max(0, q.start - 20), q.start)  # "$43 billion, plus or minus 2%"
        and not _sizes_each(q, quantities, sentence)
    ]
    if not cands:
        return None
    dates = [
        (t.start, t.end)
        for t in (temporal.find_timexes(sentence) if timexes is None else timexes)
        if t.type == "DATE"
        and t.text.lower() not in ANAPHORIC  # "144 flights for the year" is the anchor's year
        and (t.end <= anchor_start or t.start >= anchor_end)
        and not any(q.start < t.end and t.start < q.end for q in quantities)
    ]

    def elsewhere(q: Quantity) -> bool:
        """The quantity belongs to another date of the sentence."""
        lo, hi = _gap(q, anchor_start, anchor_end)
        if any(lo <= a and b <= hi for a, b in dates):
            return True  # another date stands between
        if any(a >= q.end and PREPOSITION_ONLY.fullmatch(sentence, q.end, a) for a, _ in dates):
            return True  # "from 99% at the end of this year to 122% in 2034": 122% is 2034's
        # "3 GWh by 2025 and 40% in 2027": it opens the next dated clause
        opens_next = q.start >= anchor_end and bool(COORDINATOR.search(sentence, lo, hi))
        return opens_next and any(a >= q.end for a, _ in dates)

    def sized(q: Quantity) -> bool:
        return bool(SIZED_BEFORE.search(sentence, max(0, q.start - 12), q.start) and SIZED_AFTER.match(sentence, q.end))

    def baseline(q: Quantity) -> bool:
        if BASELINE.search(sentence, max(0, q.start - 30), q.start) or q.start in wholes:  # "compared with 1.1
            return True  # lira for 2024"; "Of the 1,200 jobs planned, around 400 ...": the whole
        if sized(q):
            return True  # "at its 9 billion dirham Al Marjan Bay project": the size of the thing, not the target
        # "to 52 cents from 46 cents": the start of a change written after the level it reaches
        return bool(CHANGE_BACK.search(sentence, max(0, q.start - 30), q.start)) and any(
            o.end <= q.start and o.unit == q.unit and CHANGE_TO_LEVEL.search(sentence, max(0, o.start - 30), o.start)
            and not CLAUSE_BREAK.search(sentence, o.end, q.start) for o in quantities)

    def change_start(q: Quantity) -> bool:
        """ "from 10% to 20%", "by $2 to $18.99 a month": where a change starts, or its size."""
        before = CHANGE_FROM.search(sentence, max(0, q.start - 30), q.start)
        return bool(before) and bool(CHANGE_TO.match(sentence, q.end))

    # this date's totals only; a baseline ("cut to NZ$9.40 a kilogram, from NZ$10.00") or the size of a change ("by $2
    # to $18.99 a month") is no total beside the rate
    totals = {q.unit for q in cands
              if " per " not in q.unit and not elsewhere(q) and not baseline(q) and not change_start(q)}

    def resized(q: Quantity) -> bool:
        """A percentage change followed by the level it reaches ("grow 15% in FY27 to 410 million dollars")."""
        return q.unit == "%" and any(
            o.unit not in ("%", "") and o.start > q.end
            and CHANGE_TO_BEFORE.search(sentence, max(0, o.start - 12), o.start)
            and not CLAUSE_BREAK.search(sentence, q.end, o.start) for o in cands)

    def cost(q: Quantity) -> tuple[int, int]:
        lo, hi = _gap(q, anchor_start, anchor_end)
        c = hi - lo
        if q.end <= anchor_start and PREPOSITION_ONLY.fullmatch(sentence, lo, hi):
            c = 0  # "$3.1 billion over four years on 17 new schools": the amount the time is attached to
        if CLAUSE_BREAK.search(sentence, lo, hi):
            c += _COST["clause_break"]
        if elsewhere(q):
            c += _COST["other_date"]
        if " per " in q.unit and base_unit(q.unit) in totals:
            c += _COST["rate_beside_total"]
        if q.ranged:
            c += _COST["range"]
        if change_start(q):
            c += _COST["change_start"]  # "from 10% to 20%": the change's starting point
        if baseline(q):
            c += _COST["baseline"]
        if resized(q):
            c += _COST["change_start"]  # the size of the change, not the level it promises
        if spread(q):
            c += _COST["spread"]
        return c, q.start

    def spread(q: Quantity) -> bool:
        """ "20 screens across four cities", "300 megawatts of geothermal across three sites": a count of the places
        another count or measure is spread over (not money: "15 destroyers at $84.5 billion" is a price)."""
        return q.unit[:1].islower() and any(
            o.end <= q.start and o.unit != q.unit and not MONEY_CODE.fullmatch(o.unit) and o.unit != "%"
            and SPREAD.fullmatch(sentence, o.end, q.start) for o in cands)

    def own_clause(q: Quantity) -> bool:
        """A quantity before the anchor that has its own date right after it, and a new clause (", and")
        before the anchor ("800,000 members by the end of next year, and the first statements in March")."""
        own = [b for a, b in dates
               if a >= q.end and b <= anchor_start and PREPOSITION_ONLY.fullmatch(sentence, q.end, a)]
        return bool(own) and bool(CLAUSE_OPENER.search(sentence, own[0], anchor_start))

    def next_clause(q: Quantity) -> bool:
        """A quantity after the anchor, past a joint ("," "and"), with its own date right after it: that date's
        ("start the line in fiscal Q3 2027, sees revenue topping RM2 billion by fiscal 2028")."""
        own = any(a >= q.end and PREPOSITION_ONLY.fullmatch(sentence, q.end, a) for a, _ in dates)
        return own and bool(COORDINATOR.search(sentence, anchor_end, q.start))

    def other_clause(q: Quantity) -> bool:
        """The quantity is of another clause than the anchor's: before it, one with its own date, one before a new
        clause's verb (", eyes IPO ...") or before a place's relative clause (", where construction ..."); after it,
        one with its own date in the next clause or one of the condition the claim waits on (", pending ...")."""
        if q.end <= anchor_start:
            return own_clause(q) or bool(NEW_CLAUSE.search(sentence, q.end, anchor_start)
                                         or PLACE_RELATIVE.search(sentence, q.end, anchor_start))
        return next_clause(q) or bool(CONDITION.search(sentence, anchor_end, q.start))

    cands = [q for q in cands if not other_clause(q) and not (MONEY_CODE.fullmatch(q.unit) and sized(q))]
    if not cands:
        return None
    best = min(cands, key=cost)
    capacity = CAPACITY.search(sentence, 0, best.start)
    if best.unit.endswith(" per year") and best.end <= anchor_start and RATE_RE.search(best.value_text) \
            and not capacity:
        link = fold(sentence[best.end : anchor_start])
        named_year = ANCHOR_YEAR.match(fold(sentence[anchor_start:anchor_end]))
        if (not link or link in YEAR_RATE_LINKS) and named_year:
            return replace(best, unit=base_unit(best.unit))
    return _as_rate(best, sentence)


def _as_rate(q: Quantity, sentence: str) -> Quantity:
    """A count that a rated measure introduces ("annual R2 capacity to 155,000 vehicles") is that rate; an amount of
    money an hourly price introduces ("the minimum hourly rate ... to 33.30 zloty") is a price per hour."""
    if MONEY_CODE.fullmatch(q.unit) and (hourly := MONEY_RATED.search(sentence, max(0, q.start - RATE_MEASURE_REACH),
                                                                      q.start)):
        return replace(q, unit=f"{q.unit} per {MONEY_RATE_ADJECTIVES[fold(hourly.group('adj'))]}")
    if not q.unit[:1].islower() or " per " in q.unit:
        return q  # money, percent and energy are never rates of a capacity
    measure = RATED_MEASURE.search(sentence, max(0, q.start - RATE_MEASURE_REACH), q.start)
    return replace(q, unit=f"{q.unit} per {RATE_ADJECTIVES[fold(measure.group('adj'))]}") if measure else q


def coordinated_targets(
    quantities: list[Quantity], sentence: str, target: Quantity | None, anchor_start: int, anchor_end: int,
    timexes: list[temporal.Timex],
) -> list[Quantity]:
    """Further targets of the same time expression: amounts chained to ``target`` by "and <measure> of"
    ("revenue of $2.4 billion and gross margin of 61% in the first quarter" promises both). A link may hold
    the anchor itself, never another time expression, and no amount may be followed by one (then it is that
    time's, as in "2.4 trillion won through 2027 and capacity to reach 150,000 wafers by 2026") or lie between
    another one and the anchor ("FY27 EPS at $3.74 and raise FY28 to $4.05": $3.74 is FY27's)."""
    if target is None:
        return []
    others = [(t.start, t.end) for t in timexes if (t.start, t.end) != (anchor_start, anchor_end)]
    units = sorted((q for q in quantities if q.unit and (q.end <= anchor_start or q.start >= anchor_end)),
                   key=lambda q: q.start)
    if target not in units or any(a >= min(q.start for q in units) for a, _ in others):
        return []

    def linked(left: Quantity, right: Quantity) -> bool:
        lo, hi = left.end, right.start
        gap = sentence[lo:hi]
        if lo <= anchor_start and anchor_end <= hi:
            gap = sentence[lo:anchor_start] + sentence[anchor_end:hi]
        return bool(COORDINATED.fullmatch(gap))

    def nearer_other(q: Quantity) -> bool:  # "FY27 EPS at $3.74 and raise FY28 to $4.05": $3.74 is FY27's
        return any(e <= q.start and q.end <= anchor_start for _, e in others)  # after another time, before the anchor

    i = units.index(target)
    lo = hi = i
    while lo > 0 and linked(units[lo - 1], units[lo]) and not nearer_other(units[lo - 1]):
        lo -= 1
    while hi + 1 < len(units) and linked(units[hi], units[hi + 1]) and not nearer_other(units[hi + 1]):
        hi += 1
    return [q for q in units[lo:hi + 1] if q is not target]
