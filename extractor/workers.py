"""Per-document work (spaCy, claim decision, description, values) in worker processes.

Everything that depends on one document runs where the document is processed, and what comes back
is compact: one tuple of plain values per claim, in `Claim`'s field order. The main process only
merges the batches, in input order, so the merged rows are the same whatever the number of workers.
A worker loads the pipeline once (``nlp.load`` is cached per process) and keeps it for every batch.
"""

from __future__ import annotations

import multiprocessing
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import astuple, dataclass, fields
from itertools import islice

from extractor import nlp as nlp_mod
from extractor import records
from extractor.articles import Article

FIELDS: tuple[str, ...] = tuple(f.name for f in fields(records.Claim))
ARTICLES_PER_TASK = 16  # big enough to amortise a task's pickling, small enough to keep both cores busy


@dataclass(frozen=True)
class DocResult:
    """What one document gave: its key in the run report and its claims as compact rows."""

    key: str
    rows: list[tuple]


def process(articles: Sequence[Article], ner_model: str | None = None, batch_size: int = 32) -> list[DocResult]:
    """Run the whole per-document chain over ``articles`` in this process."""
    nlp = nlp_mod.load(ner_model=ner_model)
    composed = [records.compose(a) for a in articles]
    docs = nlp.pipe((text for text, _ in composed), batch_size=batch_size)
    out = []
    for article, (_, sections), doc in zip(articles, composed, docs, strict=True):
        found = records.claims_from_doc(doc, article, sections)
        out.append(DocResult(f"{article.source_file}#{article.part}", [astuple(c) for c in found]))
    return out


def batches(articles: Iterable[Article], size: int | None = None) -> Iterator[list[Article]]:
    """Consecutive runs of ``size`` articles (default ``ARTICLES_PER_TASK``)."""
    size = size or ARTICLES_PER_TASK
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def _task(args: tuple[list[Article], str | None]) -> list[DocResult]:
    return process(*args)


def _warm(ner_model: str | None) -> None:
    nlp_mod.load(ner_model=ner_model)


def run_local(articles: Sequence[Article], n_process: int = 1, ner_model: str | None = None,
              on_batch: Callable[[int], None] | None = None) -> Iterator[DocResult]:
    """Results in input order, from ``n_process`` worker processes (1: this process)."""
    chunks = batches(articles)
    n_process = min(n_process, -(-len(articles) // ARTICLES_PER_TASK))  # no worker without a batch to do
    if n_process <= 1:
        for chunk in chunks:
            yield from process(chunk, ner_model)
            if on_batch:
                on_batch(len(chunk))
        return
    with multiprocessing.get_context().Pool(n_process, initializer=_warm, initargs=(ner_model,)) as pool:
        for result in pool.imap(_task, ((chunk, ner_model) for chunk in chunks)):
            yield from result
            if on_batch:
                on_batch(len(result))
