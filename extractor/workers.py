"""Per-document work (spaCy, claim decision, description, values) in worker processes.

Everything that depends on one document runs where the document is processed, and what comes back
is compact: one tuple of plain values per claim, in `Claim`'s field order. The main process only
merges the batches, in input order, so the merged rows are the same whatever the number of workers.
Workers are forked from a process that has loaded the pipeline, so they start warm (elsewhere each
loads it once: ``nlp.load`` is cached per process), and are fed lazily from a stream of articles.
"""

from __future__ import annotations

import multiprocessing
import multiprocessing.pool
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, fields
from itertools import chain, islice
from multiprocessing.pool import AsyncResult

from extractor import nlp as nlp_mod
from extractor import records, table
from extractor.articles import Article, pieces

FIELDS: tuple[str, ...] = tuple(f.name for f in fields(records.Claim))
ARTICLES_PER_TASK = 16  # big enough to amortise a task's pickling, small enough to keep both cores busy
# one process: articles per call of `process`, and documents per batch in it; the syntax model then parses the claim
# sentences of 64 documents at once (a sentence parses the same in any batch), about a tenth less of its time than 16
LOCAL_ARTICLES = 64
IN_FLIGHT = 3  # batches handed out per worker before the oldest is waited for: workers never idle, memory bounded


@dataclass(frozen=True)
class DocResult:
    """What one document gave: its key in the run report, its claims as compact rows, and the
    failure (input, part, stage, error) when it could not be processed whole."""

    key: str
    rows: list[tuple]
    failures: tuple[dict[str, str], ...] = ()


def _failure(article: Article, stage: str, error: object) -> dict[str, str]:
    message = f"{type(error).__name__}: {error}" if isinstance(error, BaseException) else str(error)
    return {"input": article.source_file, "part": article.part, "stage": stage, "error": message}


def _docs(nlp: object, texts: list[str], batch_size: int) -> Iterator[tuple[int, object | BaseException]]:
    """(index, Doc) per text, or (index, error) for a text the pipeline fails on: the others go on.
    A failure inside a component reaches spaCy's error handler; one outside any component (making
    the Doc) stops the stream, and the rest is then processed one at a time."""
    errors: dict[int | None, BaseException] = {}

    def handler(name: str | None, proc: object, docs: list | None, err: BaseException) -> None:
        for doc in docs or []:
            errors[getattr(doc, "_context", None)] = err

    nlp.set_error_handler(handler)
    done: set[int] = set()
    try:
        for doc, i in nlp.pipe(((t, i) for i, t in enumerate(texts)), as_tuples=True, batch_size=batch_size):
            done.add(i)
            yield i, doc
    except Exception:  # noqa: BLE001 - raised outside any component: one at a time from here
        for i, text in enumerate(texts):
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
            yield i, doc
    for i in range(len(texts)):
        if i not in done:
            yield i, errors.get(i) or RuntimeError("the spaCy pipeline failed on it")


def process(articles: Sequence[Article], ner_model: str | None = None, batch_size: int = 32) -> list[DocResult]:
    """Run the whole per-document chain over ``articles`` (long ones in chunks) in this process; a
    document that fails at any stage is reported in its result and costs only itself."""
    nlp = nlp_mod.load(ner_model=ner_model)
    parts = [piece for a in articles for piece in pieces(a)]
    composed = [records.compose(a) for a in parts]
    out: dict[int, DocResult] = {}
    docs = _docs(nlp, [text for text, _ in composed], batch_size)
    while batch := list(islice(docs, batch_size)):  # described together: their claims' parse is one batch
        made = []
        for i, doc in batch:
            if isinstance(doc, BaseException):
                out[i] = DocResult(_key(parts[i]), [], (_failure(parts[i], "process", doc),))
            else:
                made.append((i, doc))
        broken: list[list[str]] = [[] for _ in made]  # claims whose description failed: reported, others kept
        described = records.claims_from_docs([(doc, parts[i], composed[i][1]) for i, doc in made], broken)
        for (i, _), found, messages in zip(made, described, broken, strict=True):
            out[i] = _result(parts[i], found, messages)
    return [out[i] for i in sorted(out)]


def _key(article: Article) -> str:
    return f"{article.source_file}#{article.part}"


def _result(article: Article, found: list[records.Claim] | Exception, broken: list[str]) -> DocResult:
    """One document's rows and failures; a document whose description failed (``found`` is its error) costs
    only itself."""
    if isinstance(found, Exception):
        return DocResult(_key(article), [], (_failure(article, "describe", found),))
    rows, failures = [], [_failure(article, "describe", message) for message in broken]
    for claim in found:  # a claim that breaks the schema is reported, not written
        row = tuple(getattr(claim, name) for name in FIELDS)  # plain values: no deep copy (dataclasses.astuple)
        bad = table.record_problems(dict(zip(FIELDS, row, strict=True)))
        if bad:
            failures.append(_failure(article, "validate", f"claim {claim.claim_id}: {'; '.join(bad)}"))
        else:
            rows.append(row)
    return DocResult(_key(article), rows, tuple(failures))


def batches(articles: Iterable[Article], size: int | None = None) -> Iterator[list[Article]]:
    """Consecutive runs of ``size`` articles (default ``ARTICLES_PER_TASK``), taken from the stream only as
    they are asked for."""
    size = size or ARTICLES_PER_TASK
    it = iter(articles)
    while batch := list(islice(it, size)):
        yield batch


def _task(args: tuple[list[Article], str | None]) -> list[DocResult]:
    return process(*args)


def _warm(ner_model: str | None) -> None:
    nlp_mod.load(ner_model=ner_model)


def _pool(n_process: int, ner_model: str | None) -> multiprocessing.pool.Pool:
    """Worker processes holding a warm pipeline. Where processes can fork, they inherit this process's
    pipeline and every cache its first document filled (no load or first-use cost per worker, pages
    shared until written); elsewhere each loads its own."""
    if "fork" in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("fork").Pool(n_process)
    return multiprocessing.get_context().Pool(n_process, initializer=_warm, initargs=(ner_model,))


def run_local(articles: Iterable[Article], n_process: int = 1, ner_model: str | None = None,
              on_batch: Callable[[int], None] | None = None) -> Iterator[DocResult]:
    """Results in input order, from ``n_process`` worker processes (1: this process). With workers, this
    process does the first document itself (loading the pipeline and filling its caches before they are
    forked), then draws articles only as workers need them (at most ``IN_FLIGHT`` batches per worker
    ahead), so a stream of articles is read while it is processed and never held whole."""
    articles = iter(articles)
    if n_process <= 1:
        for chunk in batches(articles, LOCAL_ARTICLES):
            yield from _done(process(chunk, ner_model, batch_size=LOCAL_ARTICLES), on_batch)
        return
    first = list(islice(articles, 1))
    if first:
        yield from _done(process(first, ner_model), on_batch)
    chunks = batches(articles)
    ahead = list(islice(chunks, n_process))
    if len(ahead) <= 1:  # no worker without a batch to do
        for chunk in chain(ahead, chunks):
            yield from _done(process(chunk, ner_model), on_batch)
        return
    with _pool(len(ahead), ner_model) as pool:
        pending: deque[AsyncResult] = deque()
        for chunk in chain(ahead, chunks):
            pending.append(pool.apply_async(_task, ((chunk, ner_model),)))
            while len(pending) >= IN_FLIGHT * len(ahead):
                yield from _done(pending.popleft().get(), on_batch)
        while pending:
            yield from _done(pending.popleft().get(), on_batch)


def _done(result: list[DocResult], on_batch: Callable[[int], None] | None) -> list[DocResult]:
    if on_batch:
        on_batch(len(result))
    return result
