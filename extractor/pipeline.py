"""Articles -> spaCy Docs -> claim records -> DataFrame: the extraction a run and a notebook share.

The articles arrive as a stream (read as the workers need them) and leave as compact rows, one tuple per
claim; the frame is built from the rows column-wise once the stream ends, so nothing per article and no
dict per claim is held for the whole run.
"""

from __future__ import annotations

import time
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extractor import records, table, workers
from extractor.articles import Article, InputReport, ReadResult, stream_articles
from extractor.promises.grouping import Grouping, group_claims, promise_column
from extractor.spool import ClaimStore


@dataclass
class Documents:
    """What the stream of articles held, counted as it went by (the articles themselves are not kept)."""

    read: int = 0
    without_date: int = 0
    copies: Counter[str] = field(default_factory=Counter)  # doc_id -> how many times it was read
    seconds: float = 0.0  # spent reading them (inside the extraction's time)

    def count(self, articles: Iterable[Article]) -> Iterator[Article]:
        """The articles, unchanged, counted (and the time spent reading them measured) as they pass."""
        it = iter(articles)
        while True:
            t0 = time.perf_counter()
            article = next(it, None)
            self.seconds += time.perf_counter() - t0
            if article is None:
                return
            self.read += 1
            self.without_date += article.published is None
            self.copies[article.doc_id] += 1
            yield article


@dataclass
class ClaimIds:
    """Claim ids kept unique over a run: a mention read again (one document under one file name in two inputs)
    gets `records.repeated_id`; a mention read once keeps the id its worker gave it."""

    seen: set[str] = field(default_factory=set)
    readings: Counter[str] = field(default_factory=Counter)

    def distinct(self, rows: Iterable[tuple]) -> Iterator[tuple]:
        """The rows, each with an id no earlier row of the run had (the id is a row's first field)."""
        for row in rows:
            claim_id = row[0]
            if claim_id in self.seen:
                while claim_id in self.seen:
                    self.readings[row[0]] += 1
                    claim_id = records.repeated_id(row[0], self.readings[row[0]] + 1)
                row = (claim_id, *row[1:])
            self.seen.add(claim_id)
            yield row


@dataclass
class Extraction:
    """The claims frame plus what a run report needs to account for every input and document."""

    frame: pd.DataFrame
    inputs: list[InputReport]
    documents: Documents
    claims_per_doc: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)  # documents that failed: input, stage, error
    grouping: Grouping | None = None  # the frame's promises, kept for the promises table (None once used)
    order: Sequence[int] = field(default_factory=list)  # with a `ClaimStore`: each frame row's position in it


def _results(articles: Iterable[Article], n_process: int, progress: bool, ner_model: str | None,
             dask: str | None) -> Iterator[workers.DocResult]:
    """Per-document results in input order, from local workers or a Dask cluster."""
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(articles) if isinstance(articles, list) else None, unit="doc", desc="extracting",
                   leave=False)
    if dask:
        from extractor import distributed

        results = distributed.run(articles, dask, ner_model=ner_model, on_batch=bar.update if bar else None)
    else:
        results = workers.run_local(articles, n_process, ner_model, on_batch=bar.update if bar else None)
    yield from results
    if bar is not None:
        bar.close()


def extract_stream(articles: Iterable[Article], inputs: list[InputReport], n_process: int = 1,
                   progress: bool = False, ner_model: str | None = None, dask: str | None = None,
                   store: ClaimStore | None = None) -> Extraction:
    """Run the pipeline over a stream of articles (``inputs``: the reports its reader fills as it goes;
    ``ner_model``: an optional pretrained pipeline whose organisations and people help name subjects and
    speakers; ``dask``: a scheduler address or ``local[N]`` to spread the documents over a Dask cluster;
    ``store``: where the whole rows go as they come, the frame then holding only the store's columns and
    `Extraction.order` the store position of each of its rows)."""
    t0 = time.perf_counter()
    documents = Documents()
    rows: list[tuple] = []  # compact: a tuple shares its strings with the frame built from it
    per_doc: dict[str, int] = {}
    failures: list[dict[str, str]] = []
    ids = ClaimIds()
    for result in _results(documents.count(articles), n_process, progress, ner_model, dask):
        per_doc[result.key] = len(result.rows)
        if store is None:
            rows.extend(ids.distinct(result.rows))
        else:
            store.add(ids.distinct(result.rows))
        failures.extend(result.failures)
    t1 = time.perf_counter()
    order: Sequence[int] = []
    if store is None:
        frame = table.from_rows(rows, copies=documents.copies)
    else:
        frame, order = store.frame()
    del rows
    grouping = None
    if len(frame):
        grouping = group_claims(frame)
        frame["promise_id"] = promise_column(len(frame), grouping)
    seconds = {"read": documents.seconds, "extract": t1 - t0, "frame": time.perf_counter() - t1}
    return Extraction(frame, inputs, documents, per_doc, seconds, failures, grouping, order)


def extract_articles(read: ReadResult, n_process: int = 1, progress: bool = False,
                     ner_model: str | None = None, dask: str | None = None) -> Extraction:
    """`extract_stream` over articles already read."""
    return extract_stream(read.articles, read.inputs, n_process=n_process, progress=progress, ner_model=ner_model,
                          dask=dask)


def extract(inputs: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
            n_process: int = 1, ner_model: str | None = None, dask: str | None = None) -> pd.DataFrame:
    """Claims found in the articles below ``inputs``, as a validated DataFrame (one row per mention) with pandas
    dtypes: dates as datetime64, closed sets (category, bound, ...) as `category` (see ``table.typed``)."""
    reports: list[InputReport] = []
    found = extract_stream(stream_articles(inputs, reports, manifest), reports, n_process=n_process,
                           ner_model=ner_model, dask=dask)
    return table.typed(found.frame)
