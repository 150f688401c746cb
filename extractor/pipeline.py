"""Articles -> spaCy Docs -> claim records -> DataFrame: the extraction a run and a notebook share."""

from __future__ import annotations

import time
from collections.abc import Iterable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path

import pandas as pd

from extractor import nlp as nlp_mod
from extractor import promises, records, table
from extractor.articles import Article, ReadResult, pieces, read_articles


@dataclass
class Extraction:
    """The claims frame plus what a run report needs to account for every document."""

    frame: pd.DataFrame
    read: ReadResult
    claims_per_doc: dict[str, int] = field(default_factory=dict)
    seconds: dict[str, float] = field(default_factory=dict)
    failures: list[dict[str, str]] = field(default_factory=list)  # documents that failed: input, stage, error


def _failure(article: Article, stage: str, error: object) -> dict[str, str]:
    message = f"{type(error).__name__}: {error}" if isinstance(error, BaseException) else str(error)
    return {"input": article.source_file, "part": article.part, "stage": stage, "error": message}


def _docs(articles: list[Article], batch_size: int, n_process: int, progress: bool, ner_model: str | None,
          failures: list[dict[str, str]]) -> Iterator[tuple[Article, list[tuple[str, int, int]], object]]:
    """Processed Docs of the articles (long ones in chunks); a document the pipeline fails on is
    dropped by spaCy's error handler and recorded in ``failures``, and the others go on."""
    nlp = nlp_mod.load(ner_model=ner_model)
    articles = [piece for a in articles for piece in pieces(a)]
    composed = [records.compose(a) for a in articles]
    errors: dict[int, BaseException] = {}

    def handler(name: str | None, proc: object, docs: list | None, err: BaseException) -> None:
        for doc in docs or []:
            errors[getattr(doc, "_context", None)] = err

    nlp.set_error_handler(handler)
    stream = ((text, i) for i, (text, _) in enumerate(composed))
    docs = nlp.pipe(stream, as_tuples=True, batch_size=batch_size, n_process=n_process)
    if progress:
        from tqdm import tqdm

        docs = tqdm(docs, total=len(articles), unit="doc", desc="extracting", leave=False)
    done = set()
    try:
        for doc, i in docs:
            done.add(i)
            yield articles[i], composed[i][1], doc
    except Exception:  # noqa: BLE001 - raised outside any component (e.g. making a Doc): one at a time
        for i, (text, spans) in enumerate(composed):
            if i in done:
                continue
            try:
                doc = nlp(text)
            except Exception as err:  # noqa: BLE001 - that document only
                errors[i] = err
                continue
            if None in errors:  # a component failed on it (reported through the handler)
                errors[i] = errors.pop(None)
                continue
            done.add(i)
            yield articles[i], spans, doc
    for i, article in enumerate(articles):  # dropped by the pipeline (in a worker, without its error)
        if i not in done:
            failures.append(_failure(article, "process", errors.get(i, "the spaCy pipeline failed on it")))


def extract_articles(read: ReadResult, batch_size: int = 32, n_process: int = 1,
                     progress: bool = False, ner_model: str | None = None) -> Extraction:
    """Run the pipeline over already-read articles (``ner_model``: an optional pretrained pipeline
    whose organisations and people help name subjects and speakers)."""
    t0 = time.perf_counter()
    rows: list[dict] = []
    per_doc: dict[str, int] = {}
    failures: list[dict[str, str]] = []
    for article, sections, doc in _docs(read.articles, batch_size, n_process, progress, ner_model, failures):
        try:
            found = records.claims_from_doc(doc, article, sections)
        except Exception as err:  # noqa: BLE001 - one document's failure never costs the run
            failures.append(_failure(article, "describe", err))
            continue
        kept = []
        for record in map(asdict, found):  # a claim that breaks the schema is reported, not written
            bad = table.record_problems(record)
            if bad:
                failures.append(_failure(article, "validate", f"claim {record['claim_id']}: {'; '.join(bad)}"))
            else:
                kept.append(record)
        per_doc[f"{article.source_file}#{article.part}"] = len(kept)
        rows.extend(kept)
    t1 = time.perf_counter()
    frame = table.to_frame(rows)
    if len(frame):
        frame = promises.assign_promises(frame)
    return Extraction(frame, read, per_doc, {"extract": t1 - t0, "frame": time.perf_counter() - t1}, failures)


def extract(inputs: Iterable[str | Path] | str | Path, manifest: str | Path | None = None,
            n_process: int = 1, ner_model: str | None = None) -> pd.DataFrame:
    """Claims found in the articles below ``inputs``, as a validated DataFrame (one row per mention)."""
    return extract_articles(read_articles(inputs, manifest), n_process=n_process, ner_model=ner_model).frame
