"""The fiscal calendar of the country an article's words point to: the fallback for organisations the lexicon
does not know."""

from __future__ import annotations

import re
from functools import cache

from extractor import lexicon, rxcache
from extractor.fiscal.calendar import FiscalCalendar, parse_rule
from extractor.fiscal.evidence.data import lex


@cache
def _conventions() -> list[tuple[re.Pattern[str], FiscalCalendar | None, bool]]:
    out = []
    for country, info in lex()["conventions"].items():
        cues = lexicon.alternation(info["cues"])
        cal = None
        if "ends" in info:  # a country whose organisations share no fiscal year has none
            month = parse_rule(str(info["ends"]))
            if month is None:
                raise lexicon.LexiconError(f"fiscal.yaml: conventions: {country}: unreadable year end {info['ends']!r}")
            cal = FiscalCalendar(month, info.get("naming", lex()["default_naming"]), str(info["ends"]), "",
                                 "convention")
        # "Tokyo-based" counts, "US$" does not; a currency cue ("A$", "NZ$", "¥", "₹") runs into its amount
        out.append((rxcache.compile(r"(?<![\w$])(?:" + cues + r")(?:(?<=[$¥₹£])|(?![\w$]))"), cal,
                    bool(info.get("split_only"))))
    return out


def convention(text: str, split: bool = False) -> FiscalCalendar | None:
    """The fiscal calendar of the country an article's words point to, None when they point to none; a country
    whose convention holds for split labels only ("2026/27") gives it only when ``split``."""
    counts = sorted(((len(rx.findall(text)), i) for i, (rx, _, _) in enumerate(_conventions())), reverse=True)
    if not counts or counts[0][0] < int(lex()["convention_least"]):
        return None
    if len(counts) > 1 and counts[1][0] == counts[0][0]:
        return None
    _, cal, split_only = _conventions()[counts[0][1]]
    return cal if split or not split_only else None
