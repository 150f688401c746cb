"""A claim's guidelines category from milestone words and weighted keywords (lexicons/categories.yaml)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from extractor import lexicon, rxcache
from extractor.classify.what import clause, milestone_index


@dataclass(frozen=True)
class _Keyword:
    """A category keyword's pattern, and the lower-cased word it opens with: a window without that word
    (or, for a one-word stem such as "launch*", without a word starting with it) cannot match."""

    category: str
    pattern: re.Pattern[str]
    weight: int
    first: str
    stem: bool


@cache
def _category_patterns() -> list[_Keyword]:
    data = lexicon.load("categories")
    weights = data["weights"]
    out = []
    for name in data["order"]:
        for strength, words in (data["categories"].get(name) or {}).items():
            for word in words:
                body = re.escape(word.rstrip("*")) + (r"\w*" if word.endswith("*") else "")
                first = re.match(r"\w*", word.lower())[0]
                stem = word.endswith("*") and first == word[:-1].lower()
                pattern = rxcache.compile(r"(?<!\w)" + body + r"(?!\w)", re.I)
                out.append(_Keyword(name, pattern, weights[strength], first, stem))
    return out


def category_of(text: str, unit: str = "", anchor: int | None = None) -> str:
    """Guidelines category. The milestone word nearest the time expression (at ``anchor``) in its
    clause decides; else weighted keyword evidence in that clause, else in the sentence; a target's
    unit adds strong evidence."""
    data = lexicon.load("categories")
    lo, hi = clause(text, anchor) if anchor is not None else (0, len(text))
    if anchor is not None:
        pattern, index, _ = milestone_index()
        mapped = [(abs(m.start() - anchor), data["milestone_categories"][index[m.group(0).lower()]])
                  for m in pattern.finditer(text, lo, hi) if index[m.group(0).lower()] in data["milestone_categories"]]
        if mapped:
            return min(mapped)[1]
    for window in (text[lo:hi], text):
        best = _best_category(window, unit)
        if best:
            return best
    return "other"


@cache
def _stem_lengths() -> frozenset[int]:
    return frozenset(len(k.first) for k in _category_patterns() if k.stem)


@lru_cache(maxsize=4096)  # a sentence with several expressions is weighed once
def _best_category(window: str, unit: str) -> str:
    """The category with the most weighted keyword evidence in ``window`` (a target's unit adds
    strong evidence); "" when there is none."""
    data = lexicon.load("categories")
    scores = {name: 0 for name in data["order"]}
    words = set(re.findall(r"\w+", window.lower())) if window.isascii() else None  # else case folding differs
    keywords = _category_patterns()
    if words is not None:
        stems = {w[:n] for w in words for n in _stem_lengths()}
        keywords = [k for k in keywords if not k.first or (k.first in stems if k.stem else k.first in words)]
    for k in keywords:
        scores[k.category] += k.weight * len(k.pattern.findall(window))
    hint = data["units"].get(unit)
    if hint:
        scores[hint] += data["weights"]["strong"]
    best = max(data["order"], key=lambda n: (scores[n], -data["order"].index(n)))
    return best if scores[best] > 0 else ""
