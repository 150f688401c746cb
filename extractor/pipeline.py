"""Articles -> spaCy Docs -> claim records -> DataFrame: the extraction a run and a notebook share."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from extractor import promises, table, workers
from extractor.articles import ReadResult, read_articles


@dataclass
class Extraction:
    """The claims frame plus what a run report needs to account for every document."""

    frame: pd.DataFrame
    read: ReadResult
    claims_per_doc: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)  # documents that failed: input, stage, error


def _results(read: ReadResult, n_process: int, progress: bool, ner_model: str | None,
             dask: str | None) -> Iterator[workers.DocResult]:
    """Per-document results in input order, from local workers or a Dask cluster."""
    bar = None
    if progress:
        from tqdm import tqdm

        bar = tqdm(total=len(read.articles), unit="doc", desc="extracting", leave=False)
    if dask:
        from extractor import distributed

        results = distributed.run(read.articles, dask, ner_model=ner_model, on_batch=bar.update if bar else None)
    else:
        results = workers.run_local(read.articles, n_process, ner_model, on_batch=bar.update if bar else None)
    yield from results
    if bar is not None:
        bar.close()


def extract_articles(read: ReadResult, n_process: int = 1, progress: bool = False,
                     ner_model: str | None = None, dask: str | None = None) -> Extraction:
    """Run the pipeline over already-read articles (``ner_model``: an optional pretrained pipeline
    whose organisations and people help name subjects and speakers; ``dask``: a scheduler address
    or ``local[N]`` to spread the documents over a Dask cluster)."""
    t0 = time.perf_counter()
    rows: list[tuple] = []  # compact: a tuple shares its strings with the frame built from it
    per_doc: dict[str, int] = {}
    failures: list[dict[str, str]] = []
    for result in _results(read, n_process, progress, ner_model, dask):
        per_doc[result.key] = len(result.rows)
        rows.extend(result.rows)
        failures.extend(result.failures)
    t1 = time.perf_counter()
    frame = table.to_frame(dict(zip(workers.FIELDS, row, strict=True)) for row in rows)
    del rows
    if len(frame):
        frame = promises.assign_promises(frame)
    return Extraction(frame, read, per_doc, {"extract": t1 - t0, "frame": time.perf_counter() - t1}, failures)


def extract(inputs: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
            n_process: int = 1, ner_model: str | None = None, dask: str | None = None) -> pd.DataFrame:
    """Claims found in the articles below ``inputs``, as a validated DataFrame (one row per mention) with pandas
    dtypes: dates as datetime64, closed sets (category, bound, ...) as `category` (see ``table.typed``)."""
    found = extract_articles(read_articles(inputs, manifest), n_process=n_process, ner_model=ner_model, dask=dask)
    return table.typed(found.frame)
