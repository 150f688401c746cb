"""Scoring a fresh run of the extractor over a corpus, as `extractor evaluate CORPUS` does."""

from __future__ import annotations

from pathlib import Path

from extractor.evaluate.gold import gold_dates
from extractor.evaluate.scoring import score_frame


def evaluate(corpus_dir: str | Path, show: bool = False) -> dict:
    """Run the extractor over the corpus's articles and score its claims. Articles without a date
    in their metadata get the one the gold gives, as the analyst resolved relative dates against it."""
    from extractor.articles import parse_date
    from extractor.pipeline import extract

    manifest = {name: day for name, text in gold_dates(corpus_dir).items() if (day := parse_date(text))}
    return score_frame(corpus_dir, extract(corpus_dir, manifest=manifest), show)
