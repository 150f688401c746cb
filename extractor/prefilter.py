"""A cheap prefilter for the time-expression finder: text far from any time word is skipped.

The finder runs dozens of regular expressions over a whole text; most sentences of a news article
have no digit, month, weekday, season, period or relative-time word, and so no time expression. Only
the stretches around such trigger words (with margins wider than any context the finder looks at)
are given to the finder, joined by blank lines, and the offsets are mapped back, so the expressions
found are the same as over the whole text (a test compares them on every corpus at hand).
"""

from __future__ import annotations

import re
from dataclasses import replace
from functools import cache

from extractor import lexicon, rxcache
from extractor import time as temporal

BEFORE = 400  # characters kept before a trigger: the finder looks back at most ~280 (context, negation)
AFTER = 200  # characters kept after one: an expression runs on past its trigger, suffixes are read after it
JOIN = "\n\n"
WORTH = 0.75  # the stretches are used only when they leave out at least a quarter of the text


@cache
def trigger_rx(flags: int = re.IGNORECASE) -> re.Pattern[str]:
    """Digits and the trigger words of ``lexicons/timex_triggers.yaml``, as one pattern (case-insensitive
    unless ``flags`` says otherwise: matching lower-cased text case-sensitively is three times faster). The word
    lists are prefix trees (`lexicon.trie`: the same matches as alternations, twice as fast over whole texts)."""
    folded = bool(flags & re.IGNORECASE)

    def alt(key: str) -> str:
        return lexicon.trie(lexicon.word_list("timex_triggers", key), ignore_case=folded)

    time_words = lexicon.load("time")  # named days and periods count as written there, not listed twice
    names = lexicon.trie((max(n.split(), key=len) for key in ("holidays", "named_periods")
                          for n in time_words.get(key, {})), ignore_case=folded)
    return rxcache.compile(rf"\d+|(?:{alt('inside')})|\b(?:{alt('start')})|\b(?:{alt('word')}|{names})\b", flags)


def _triggers(text: str) -> list[tuple[int, int]]:
    lower = text.lower()
    if len(lower) != len(text):  # a few characters lower-case to two ("İ"): offsets would shift
        return [m.span() for m in trigger_rx().finditer(text)]
    return [m.span() for m in trigger_rx(0).finditer(lower)]


def regions(text: str, worth: float = 0.0) -> list[tuple[int, int]] | None:
    """Stretches of ``text`` that may hold a time expression, merged, in text order; None when they would
    not leave out at least ``1 - worth`` of the text (checked as they grow, to stop early)."""
    out: list[tuple[int, int]] = []
    left_out, budget = 0, (1 - worth) * len(text) if worth else 0
    for start, end in _triggers(text):
        a, b = max(0, start - BEFORE), min(len(text), end + AFTER)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
            continue
        left_out += a - (out[-1][1] if out else 0)
        if worth and left_out + len(text) - b < budget:
            return None
        out.append((a, b))
    left_out += len(text) - (out[-1][1] if out else 0)
    return None if worth and left_out < budget else out


def find_timexes(text: str) -> list[temporal.Timex]:
    """`temporal.find_timexes` over the live stretches of ``text`` only, offsets into ``text``."""
    spans = regions(text, WORTH)
    if spans is None:  # dense news text: the joins would cost more than they save
        return temporal.find_timexes(text)
    starts, pos = [], 0  # where each stretch begins in the joined text
    for a, b in spans:
        starts.append(pos)
        pos += b - a + len(JOIN)
    joined = JOIN.join(text[a:b] for a, b in spans)
    found, k = [], 0
    for t in temporal.find_timexes(joined):
        while k + 1 < len(starts) and starts[k + 1] <= t.start:
            k += 1
        shift = spans[k][0] - starts[k]
        if t.end - starts[k] > spans[k][1] - spans[k][0]:  # across a join: cannot happen with these margins
            return temporal.find_timexes(text)
        found.append(replace(t, start=t.start + shift, end=t.end + shift))
    return found
