"""`extractor bench`: throughput and memory of the extraction, against baselines measured in the same run.

Figures are ratios as well as absolutes, so they mean something on any machine: the full pipeline
is compared with spaCy's bare tokenizer over the same texts (the floor any spaCy pipeline pays) and
with the naive peer that runs dateparser's ``search_dates`` over whole texts.
"""

from __future__ import annotations

import resource
import time
import tracemalloc
from collections.abc import Callable
from dataclasses import dataclass
from functools import partial
from pathlib import Path

from spacy.language import Language

from extractor import nlp as nlp_mod
from extractor import records
from extractor.articles import read_articles


@dataclass
class Figure:
    name: str
    seconds: float
    docs: int
    chars: int
    peak_mb: float

    @property
    def docs_per_s(self) -> float:
        return self.docs / self.seconds if self.seconds else float("inf")


def _measure(name: str, texts: list[str], work: Callable[[list[str]], object]) -> Figure:
    """Time one pass untraced, then measure peak Python allocations in a second, traced pass
    (tracemalloc slows code several-fold, so it never overlaps the timing)."""
    t0 = time.perf_counter()
    work(texts)
    seconds = time.perf_counter() - t0
    tracemalloc.start()
    work(texts)
    peak = tracemalloc.get_traced_memory()[1] / 1e6
    tracemalloc.stop()
    return Figure(name, seconds, len(texts), sum(map(len, texts)), peak)


def run(inputs: list[str | Path], repeat: int = 20, peer_docs: int = 20) -> list[Figure]:
    """Measure tokenizer-only, the full pipeline, and (on a sample) the naive dateparser peer."""
    read = read_articles(inputs)
    texts = [records.compose(a)[0] for a in read.articles] * repeat
    nlp = nlp_mod.load()
    nlp(texts[0])  # warm caches and compiled patterns outside the timing

    def tokenize(batch: list[str]) -> None:
        for text in batch:
            nlp.make_doc(text)

    def pipeline(batch: list[str], model: Language = nlp) -> None:
        articles = (read.articles * repeat)[:len(batch)]
        for doc, article in zip(model.pipe(batch, batch_size=64), articles, strict=True):
            records.claims_from_doc(doc, article, records.compose(article)[1])

    def peer(batch: list[str]) -> None:
        from dateparser.search import search_dates

        for text in batch:
            search_dates(text, languages=["en"])

    if "syntax" in nlp.pipe_names:  # the model's first batch allocates its buffers: warm it up too
        pipeline(texts[:len(read.articles)])
    figures = [_measure("tokenizer only", texts, tokenize), _measure("extractor pipeline", texts, pipeline)]
    if "syntax" in nlp.pipe_names:  # the same pipeline without the syntax model, for its cost
        rules = nlp_mod.load(syntax_model=None)
        pipeline(texts[:len(read.articles)], model=rules)  # the same warm-up as the pipeline's
        figures.append(_measure("  without the syntax model", texts, partial(pipeline, model=rules)))
    figures.append(_measure("dateparser search_dates peer", texts[:peer_docs], peer))
    return figures


def render(figures: list[Figure]) -> str:
    """A table with each figure's ratio to the tokenizer-only baseline."""
    base = figures[0].docs_per_s
    lines = [f"{'what':32} {'docs':>6} {'docs/s':>10} {'ms/doc':>8} {'x tokenizer':>12} {'peak MB':>8}"]
    for f in figures:
        lines.append(f"{f.name:32} {f.docs:6d} {f.docs_per_s:10.1f} {1000 / f.docs_per_s:8.2f} "
                     f"{base / f.docs_per_s:12.1f} {f.peak_mb:8.1f}")
    by_name = {f.name.strip(): f for f in figures}
    if "without the syntax model" in by_name:
        ratio = by_name["extractor pipeline"].docs_per_s / by_name["without the syntax model"].docs_per_s
        lines.append(f"throughput with the syntax model: {ratio:.2f}x of without")
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    lines.append(f"process peak RSS: {rss:.0f} MB")
    return "\n".join(lines)
