"""Articles -> spaCy Docs -> claim records -> DataFrame: the extraction a run and a notebook share."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from extractor import nlp as nlp_mod
from extractor import promises, records, table
from extractor.articles import Article, ReadResult, read_articles


@dataclass
class Extraction:
    """The claims frame plus what a run report needs to account for every document."""

    frame: pd.DataFrame
    read: ReadResult
    claims_per_doc: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)


def _docs(articles: list[Article], batch_size: int, n_process: int, progress: bool,
          ner_model: str | None) -> Iterator[tuple[Article, list[tuple[str, int, int]], object]]:
    nlp = nlp_mod.load(ner_model=ner_model)
    composed = [records.compose(a) for a in articles]
    stream = ((text, i) for i, (text, _) in enumerate(composed))
    docs = nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, total=len(articles), unit="doc", desc="extracting", leave=False)
    for doc, i in docs:
        yield articles[i], composed[i][1], doc


def extract_articles(read: ReadResult, batch_size: int = 32, n_process: int = 1,
                     progress: bool = False, ner_model: str | None = None) -> Extraction:
    """Run the pipeline over already-read articles (``ner_model``: an optional pretrained pipeline
    whose organisations and people help name subjects and speakers)."""
    t0 = time.perf_counter()
    rows: list[dict] = []
    per_doc: dict[str, int] = {}
    for article, sections, doc in _docs(read.articles, batch_size, n_process, progress, ner_model):
        found = records.claims_from_doc(doc, article, sections)
        per_doc[f"{article.source_file}#{article.part}"] = len(found)
        rows.extend(asdict(c) for c in found)
    t1 = time.perf_counter()
    frame = table.to_frame(rows)
    if len(frame):
        frame = promises.assign_promises(frame)
    return Extraction(frame, read, per_doc, {"extract": t1 - t0, "frame": time.perf_counter() - t1})


def extract(inputs: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
            n_process: int = 1, ner_model: str | None = None) -> pd.DataFrame:
    """Claims found in the articles below ``inputs``, as a validated DataFrame (one row per mention) with pandas
    dtypes: dates as datetime64, closed sets (category, bound, ...) as `category` (see ``table.typed``)."""
    found = extract_articles(read_articles(inputs, manifest), n_process=n_process, ner_model=ner_model)
    return table.typed(found.frame)
