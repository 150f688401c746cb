"""Synthetic JSON Lines corpora of any size, made from given articles, for measuring scale.

Each copy of a source article is moved by a whole number of years (its publication date and every
four-digit year in its text move together, so relative and absolute dates stay consistent) plus a
few days, and gets its own URL: the copies are distinct documents with distinct claims, spread over
time the way a year of sector news is, rather than one document repeated.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from extractor.articles import Article

_YEAR = re.compile(r"\b(19[5-9]\d|20\d\d)\b")
YEAR_SPREAD = 9  # copies are moved by 0..8 years
DAY_SPREAD = 29  # and by 0..28 days


def _shift_years(text: str, years: int) -> str:
    return _YEAR.sub(lambda m: str(int(m[1]) + years), text) if years else text


def _moved(day: date | None, years: int, days: int) -> str:
    if day is None:
        return ""
    try:
        moved = day.replace(year=day.year + years)
    except ValueError:  # 29 February
        moved = day.replace(year=day.year + years, day=28)
    return (moved + timedelta(days=days)).isoformat()


def record(article: Article, copy: int) -> dict[str, str]:
    """The ``copy``-th variant of an article as a JSON Lines record."""
    years, days = copy % YEAR_SPREAD, (copy * 7) % DAY_SPREAD
    host = article.url.split("//", 1)[-1].split("/", 1)[0] if article.url else "example.com"
    return {
        "title": _shift_years(article.title, years),
        "excerpt": _shift_years(article.excerpt, years),
        "text": _shift_years(article.body, years),
        "published": _moved(article.published, years, days),
        "url": f"https://{host}/synthetic/{copy}/{article.doc_id}",
        "provider": article.provider,
    }


def write(articles: Sequence[Article], size: int, path: Path) -> Path:
    """``size`` records cycling through ``articles`` (copy k of article i is record k*len+i)."""
    if not articles:
        raise ValueError("no articles to build a synthetic corpus from")
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as fh:
        for n in range(size):
            fh.write(json.dumps(record(articles[n % len(articles)], n // len(articles)), ensure_ascii=False) + "\n")
    return path
