"""Invariants of the time resolver, over random expressions and reference dates (hypothesis)."""

from __future__ import annotations

import re
from datetime import date, timedelta

from hypothesis import given, settings
from hypothesis import strategies as st

from extractor.time import Period, find_timexes, resolve

MONTHS = ["January", "February", "March", "April", "June", "July", "August", "September", "October", "November",
          "December", "Jan.", "Sept.", "Dec."]  # fmt: skip
UNITS = ["day", "days", "week", "weeks", "month", "months", "quarter", "year", "years", "decade"]
DEIXIS = ["next", "this", "last", "the coming"]

years = st.integers(min_value=1000, max_value=2099).map(str)
days = st.integers(min_value=1, max_value=31).map(str)
months = st.sampled_from(MONTHS)
point = st.one_of(
    st.builds(lambda m, y: f"{m} {y}", months, years),
    st.builds(lambda m, d, y: f"{m} {d}, {y}", months, days, years),
    st.builds(lambda m, d: f"{m} {d}", months, days),
    st.builds(lambda q, y: f"Q{q} {y}", st.integers(1, 4), years),
    st.builds(lambda h, y: f"{y} H{h}", st.integers(1, 2), years),
    st.builds(lambda d, u: f"{d} {u}", st.sampled_from(DEIXIS), st.sampled_from(UNITS)),
    st.builds(lambda n, u: f"in {n} {u}", st.integers(1, 400), st.sampled_from(UNITS)),
    st.builds(lambda n, u: f"{n} {u} after tomorrow", st.integers(1, 90), st.sampled_from(UNITS)),
    st.sampled_from(["Christmas", "Thanksgiving", "Easter", "CES", "the holiday season", "back-to-school",
                     "the 20th of next month", "next week on Tuesday", "this year during the third quarter",
                     "the final three months of next year", "tomorrow", "the end of the year", "mid-2025",
                     "spring", "in the fall", "Q3'25", "2H 2026", "22/04", "2016/11", "2015-3"]),
    years,
)
expressions = st.one_of(
    point,
    st.builds(lambda a, j, b: f"{a} {j} {b}", point, st.sampled_from(["or", "to", "-", "and", "through"]), point),
    st.builds(lambda a, b: f"between {a} and {b}", point, point),
)
anchors = st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31))
preference = st.sampled_from([True, False, None])

_LABEL = re.compile(r"(\d{4})(?:-(?:H(?P<h>[12])|Q(?P<q>[1-4])|(?P<m>\d\d))(?:-(?P<d>\d\d))?)?")


def _label_bounds(p: Period) -> tuple[date, date]:
    """First and last day of the period a label names, computed from the label alone."""
    m = _LABEL.fullmatch(p.label)
    assert m, p.label
    y = int(m[1])
    if m["d"]:
        d = date(y, int(m["m"]), int(m["d"]))
        return d, d
    first, size = (int(m["m"]), 1) if m["m"] else ((int(m["q"]) - 1) * 3 + 1, 3) if m["q"] else (
        ((int(m["h"]) - 1) * 6 + 1, 6) if m["h"] else (1, 12))  # fmt: skip
    last = first + size - 1
    end = (date(y + 1, 1, 1) if last == 12 else date(y, last + 1, 1)) - timedelta(days=1)
    return date(y, first, 1), end


@settings(max_examples=400, deadline=None)
@given(expressions, anchors, preference)
def test_periods_are_never_wrong_way_round_and_hold_their_label(text, anchor, prefer):
    for t in find_timexes(f"The plant opens {text}."):
        res = resolve(t, anchor, prefer_future=prefer)  # never raises, whatever the anchor
        if res.period is None:
            continue
        p = res.period
        assert p.start <= p.end
        first, last = _label_bounds(p)
        assert p.start <= first <= last <= p.end, (text, p)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), anchors, preference)
def test_any_text_and_any_anchor_never_raise(text, anchor, prefer):
    for t in find_timexes(text):
        res = resolve(t, anchor, prefer_future=prefer)
        assert res.period is None or res.period.start <= res.period.end


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(MONTHS + ["Christmas", "Halloween", "CES", "Q3", "the fourth quarter"]),
       st.one_of(st.none(), days), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)), preference)
def test_a_yearless_date_resolves_within_twelve_months_of_its_reference(name, day, anchor, prefer):
    text = f"{name} {day}" if day and name in MONTHS else name
    found = [t for t in find_timexes(f"It ships on {text}.") if t.text.startswith(name.split()[0])]
    for t in found:
        p = resolve(t, anchor, prefer_future=prefer).period
        if p is None:
            continue
        assert p.start - timedelta(days=366) <= anchor <= p.end + timedelta(days=366), (text, anchor, p)


def test_impossible_dates_and_overflow_give_a_reason_not_a_crash():
    (t,) = find_timexes("It ships February 30, 2031.")
    res = resolve(t, date(2030, 5, 1), prefer_future=True)
    assert res.period is None and "impossible" in res.reason
    for text in ("next month", "in 3 years", "next year", "the 20th of next month", "Christmas"):
        for anchor in (date(9999, 12, 31), date(1, 1, 1)):
            for t in find_timexes(text):
                res = resolve(t, anchor, prefer_future=True)
                assert res.period is None or res.period.start <= res.period.end
    (t,) = find_timexes("next month")
    res = resolve(t, date(9999, 12, 31), prefer_future=True)
    assert res.period is None and res.reason
