"""Which predicted row is which gold claim: the overlap rules of the package docstring, kept in one place so
the pairing and the value check compare text the same way."""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from extractor.evaluate.gold import GoldClaim

_WORD = re.compile(r"[a-z0-9$%.]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_DOLLAR_UNITS = {"$", "us$", "dollars", "dollar"}


def norm(text: Any) -> str:
    """Lower-case, straight quotes, single spaces: how sentences and dates are compared."""
    return " ".join(str(text or "").lower().translate(_QUOTES).split())


def words(text: Any) -> set[str]:
    return set(_WORD.findall(norm(text)))


def sentences_overlap(a: Any, b: Any) -> bool:
    a, b = norm(a), norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = words(a), words(b)
    return len(wa & wb) / (min(len(wa), len(wb)) or 1) >= 0.5


def similarity(a: Any, b: Any) -> float:
    wa, wb = words(a), words(b)
    return len(wa & wb) / (len(wa | wb) or 1)


def dates_overlap(a: Any, b: Any) -> bool:
    a, b = norm(a), norm(b)
    return bool(a and b) and (a in b or b in a)


def unit(u: Any) -> str:
    """A unit as compared: "$", "US$" and "dollars" are one."""
    u = norm(u).strip(" .")
    return "usd" if u in _DOLLAR_UNITS else u


def pair(rows: list[Mapping[str, Any]], golds: list[GoldClaim]) -> dict[int, int]:
    """Row index -> gold index, one-to-one, best candidates first (see the package docstring)."""
    cands = []
    for r, row in enumerate(rows):
        for i, g in enumerate(golds):
            sentence, date_text = row.get("sentence"), row.get("date_text")
            if sentences_overlap(sentence, g.sentence) and dates_overlap(date_text, g.date_text):
                same = norm(row.get("date_text")) == norm(g.date_text)
                cands.append((-int(same), -similarity(row.get("sentence"), g.sentence), r, i))
    pairing: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, r, i in sorted(cands):
        if r not in pairing and i not in taken:
            pairing[r] = i
            taken.add(i)
    return pairing
