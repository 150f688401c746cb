"""Every quantity of a sentence: a number with its unit, ranges and fractions of change."""

from __future__ import annotations

import re
from dataclasses import dataclass

from extractor.quantities.numbers import after_name, is_scaled, lower_bound, names_something, number_value, range_after
from extractor.quantities.patterns import (
    COUNT_MODIFIER,
    COUNT_OPENER,
    COUNTED_MEASURE,
    ELIDED_OPENER,
    ELIDED_PRICE_LINK,
    FRACTION_RE,
    FRACTIONS,
    MASKS,
    NUMBER,
    OF_THE,
    PERIODS,
    RANGE,
    RATE_RE,
    RATED,
    RESTATED,
    SCALED_RE,
    SCALED_UNITS,
    SHARE_NOT_AFTER,
    SHARE_RE,
    SHARES,
    SIZE_MODIFIER,
    SIZE_OF,
    SUBCUR,
    SUBCUR_RE,
    UNITS_CONTEXT,
    fold,
)
from extractor.quantities.units import (
    base_unit,
    currency_prefix,
    fraction_currency,
    implicit_unit,
    measured_duration,
    money_rate,
    per_period,
    ratio_unit,
    unit_after,
)


@dataclass(frozen=True)
class Quantity:
    """A number with its unit; a range ("10-20%", "$60 billion to $65 billion") has its lower bound
    as ``value`` and ``ranged`` set; ``unit`` is "" for bare counts."""

    start: int
    end: int
    value: float | None
    unit: str
    value_text: str
    ranged: bool = False


def find_quantities(text: str, context: str = "") -> list[Quantity]:
    """Every quantity in ``text``, in order, non-overlapping; ``context`` (the article) tells currency
    words the sentence leaves open."""
    masked = [(mm.start(), mm.end()) for mm in MASKS.finditer(text)]
    found: list[Quantity] = []
    covered = 0
    for m in NUMBER.finditer(text):
        if m.start() < covered or any(a <= m.start() < b for a, b in masked):
            continue
        if m.group("digits") and (duration := measured_duration(text, m.start(), m.end())):  # "waiting time to 50 days"
            covered = duration[1]
            found.append(Quantity(m.start(), covered, number_value(m), duration[0], text[m.start():covered]))
            continue
        if names_something(text, m):
            covered = max(covered, m.end())
            continue
        value: float | None = number_value(m)
        end = m.end()
        rng = range_after(text, m, end)
        if rng:
            value, end = lower_bound(m, rng), rng.end()
        if scaled := SCALED_RE.match(text, end):  # "110 mtpa"
            unit, scale = SCALED_UNITS[fold(scaled.group("u"))]
            covered = scaled.end()
            found.append(Quantity(m.start(), covered, value * scale, unit, text[m.start():covered], bool(rng)))
            continue
        fraction = False
        if m.group("cur"):
            unit, end = money_rate(text, currency_prefix(m.group("cur"), context), end, adverbs=True)
            unit = _elided_price(text, m.start(), unit, found)
        elif sub := SUBCUR_RE.match(text, end):  # "18 Australian cents" -> 0.18 AUD
            unit, scale = SUBCUR[fold(sub.group("u"))]
            unit = fraction_currency(sub.group("u"), text, context) or unit
            value = value * scale if value is not None else None
            unit, end = money_rate(text, unit, sub.end())  # "1.5 US cents per litre": USD per litre
            fraction = True
        else:
            # digits may have lower-case modifiers before their noun; spelled-out numbers only after a size
            # ("twelve 16,000-TEU methanol ships"): "the three security documents" is a reference, not an amount
            sized = bool(m.group("word")) and bool(SIZE_MODIFIER.match(text, end) or COUNT_MODIFIER.match(text, end)
                                                   or COUNT_OPENER.search(text, max(0, m.start() - 12), m.start()))
            modified = (bool(m.group("digits")) or sized) and not after_name(text, m.start())
            restated = RESTATED.match(text, end)  # "two crore (20 million) more rural houses"
            after = unit_after(text, end, context, modified) or (
                unit_after(text, restated.end(), context, modified) if restated else None
            ) or _elided_rate(text, end, found) or ratio_unit(text, m.start(), end)
            if after is None:
                elided = ELIDED_OPENER.search(text, max(0, m.start() - 20), m.start())
                if not m.group("digits") and not is_scaled(m) and not elided:
                    continue  # a spelled-out number with no unit is prose ("one of the"), not "another six"
                unit = implicit_unit(text, m.start())
            else:
                unit, end = after
        # "by 2 cents to C$1.12": a change in cents, then the new amount with its sign, is never a range
        cents_then_sign = fraction and (nxt := RANGE.match(text, end)) is not None and bool(nxt.group("cur"))
        if unit and not rng and not cents_then_sign and (rng := range_after(text, m, end)):
            second = currency_prefix(rng.group("cur"), context) if rng.group("cur") else None
            second_unit, second_end = (second, rng.end()) if second else unit_after(text, rng.end()) or ("", 0)
            if second_unit == unit:
                end = second_end  # "13% to 15%", "$5 billion to $6 billion": the lower bound
            else:
                rng = None
        covered = end
        found.append(Quantity(m.start(), end, value, unit, text[m.start() : end], bool(rng)))
    for rx, values in ((FRACTION_RE, FRACTIONS), (SHARE_RE, SHARES)):  # "by half", "half its fleet": percent
        for f in rx.finditer(text):
            start = f.start("q") if f.group("q") else f.start("f")
            whole = _whole_after(text, f.end(), found) if rx is SHARE_RE else None
            if whole is not None:  # "half of the 30 gigawatt-hours": 15 GWh
                found.remove(whole)
                share = values[fold(f.group("f"))] / 100 * (whole.value or 0.0)
                found.append(Quantity(start, whole.end, share, whole.unit, text[start : whole.end], whole.ranged))
            elif not any(q.start <= start < q.end for q in found) and (rx is FRACTION_RE or _a_share(text, f, found)):
                found.append(Quantity(start, f.end(), values[fold(f.group("f"))], "%", text[start : f.end()]))
                if rx is SHARE_RE and (size := SIZE_OF.match(text, f.end())):  # "half of its fleet of 62 jets"
                    found[:] = [q for q in found if q.start != size.end()]
    return sorted(found, key=lambda q: q.start)


def _whole_after(text: str, pos: int, found: list[Quantity]) -> Quantity | None:
    """The amount a share word is a share of, right after it ("half of the 30 gigawatt-hours")."""
    of = OF_THE.match(text, pos)
    start = len(text) - len(text[of.end():].lstrip()) if of else -1
    return next((q for q in found if q.start == start and q.unit and q.unit != "%" and q.value), None)


def _a_share(text: str, f: re.Match[str], found: list[Quantity]) -> bool:
    """A share word that is a share: not a period ("the second half of 2026"), not a restatement of the
    count before it ("1,618 satellites, half of its constellation"), not around another quantity."""
    start = f.start("q") if f.group("q") else f.start("f")
    period = SHARE_NOT_AFTER.search(text, max(0, start - 12), start)
    restated = any(q.unit and 0 <= start - q.end <= 2 and text[q.end:start].startswith(",") for q in found)
    return not period and not restated and not any(start <= q.start < f.end() for q in found)


def _elided_price(text: str, start: int, unit: str, before: list[Quantity]) -> str:
    """A price whose physical unit is left out ("US$900 a tonne in 2026 and US$1,250 in 2027"): the unit of
    the price of the same currency just before it, when only a short link stands between."""
    last = before[-1] if before else None
    if last is None or " per " in unit or not last.unit.startswith(unit + " per ") or last.unit.split()[-1] in PERIODS:
        return unit
    return last.unit if ELIDED_PRICE_LINK.fullmatch(text, last.end, start) else unit


def _elided_rate(text: str, pos: int, before: list[Quantity]) -> tuple[str, int] | None:
    """A rate whose noun is left out ("47 jets a month ... to 52 a month", "the A350 ... to 12 a
    month"): the noun of the last counted rate before it, else the thing the sentence names."""
    rate = RATE_RE.match(text, pos)
    if rate is None:
        return None
    counted = [base_unit(q.unit) for q in before  # a known rated noun, or a plural noun written with a rate
               if base_unit(q.unit) in RATED or " per " in q.unit and q.unit[0].islower()] or [
        q.unit for q in before if q.unit[:1].islower()]  # ... else any counted noun ("20 engines ... two a month")
    measured = [m.group("u").lower() for m in COUNTED_MEASURE.finditer(text, 0, pos)]  # "the number of trains"
    noun = counted[-1] if counted else measured[-1] if measured else next(
        (c for c, rx in UNITS_CONTEXT.items() if rx.search(text)), None)
    return per_period(noun, rate) if noun and noun != "units" else None
