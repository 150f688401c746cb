"""The syntax model's fast paths give what the plain ones give, and the pipeline runs with and without it.

Speed itself is measured by `extractor bench` (its row "without the syntax model"), never here.
"""

from __future__ import annotations

from dataclasses import astuple
from pathlib import Path

import pytest
import spacy

from extractor import bench, nlp, records, workers
from extractor.articles import pieces, read_articles
from extractor.syntax import component
from extractor.syntax.lemmas import LemmaCache

needs_model = pytest.mark.skipif(not (component.MODEL_DIR / "config.cfg").is_file(),
                                 reason="models/syntax is not present")


@pytest.fixture(scope="module")
def seeds(seeds_dir: Path) -> list:
    return read_articles([seeds_dir]).articles


def test_switched_off_model_runs_the_rules_without_warning(monkeypatch: pytest.MonkeyPatch,
                                                           capsys: pytest.CaptureFixture[str], seeds: list) -> None:
    monkeypatch.setenv(nlp.SYNTAX_ENV, "none")
    assert "syntax" not in nlp.load().pipe_names
    results = workers.process(seeds)
    assert capsys.readouterr().err == ""
    rows = [row for r in results for row in r.rows]
    assert rows and not any(f for r in results for f in r.failures)


@needs_model
def test_pipeline_runs_with_the_model_and_describes_differently(monkeypatch: pytest.MonkeyPatch,
                                                                  seeds: list) -> None:
    """The same seeds, the same claims found; the model changes descriptions, not detection."""
    monkeypatch.setenv(nlp.SYNTAX_ENV, "none")
    without = [row for r in workers.process(seeds) for row in r.rows]
    monkeypatch.delenv(nlp.SYNTAX_ENV)
    assert "syntax" in nlp.load().pipe_names
    with_model = [row for r in workers.process(seeds) for row in r.rows]
    ids = workers.FIELDS.index("claim_id")
    assert [r[ids] for r in with_model] == [r[ids] for r in without]
    assert with_model != without


def _claims(pipeline: spacy.language.Language, articles: list) -> list[tuple]:
    out = []
    for part in (p for a in articles for p in pieces(a)):
        text, sections = records.compose(part)
        out.extend(astuple(c) for c in records.claims_from_doc(pipeline(text), part, sections))
    return out


@needs_model
def test_lazy_parse_describes_as_parsing_every_candidate(seeds_dir: Path, repo: Path) -> None:
    """Parsing a candidate's sentence only once the claim decision keeps it gives the claims that parsing
    every candidate sentence in the pipeline gives, and parses fewer sentences."""
    articles = read_articles([seeds_dir, repo / "tests" / "fixtures" / "hard_corpus"]).articles
    runs = {}
    for lazy in (True, False):
        pipeline = nlp.build()
        pipeline.add_pipe(nlp.SYNTAX_FACTORY, name="syntax", config={"model": str(component.MODEL_DIR), "lazy": lazy})
        runs[lazy] = (_claims(pipeline, articles), len(pipeline.get_pipe("syntax").cache))
    (lazy_claims, lazy_parsed), (eager_claims, eager_parsed) = runs[True], runs[False]
    assert lazy_claims == eager_claims and len(lazy_claims) > 20
    assert lazy_parsed < eager_parsed


@needs_model
def test_lemma_cache_gives_the_lemmatizers_lemmas() -> None:
    model = spacy.load(component.MODEL_DIR)
    text = ("Tesla opened its plants and will open more plants; the plant opens in 2026. "
            "Shares were trading higher as the companies said they are planning bigger launches.")
    plain = model(text)
    cache = LemmaCache(model.get_pipe("lemmatizer"))
    with model.select_pipes(disable=["lemmatizer"]):
        for _ in range(2):  # the second pass answers from the cache
            cached = cache(model(text))
            assert [t.lemma_ for t in cached] == [t.lemma_ for t in plain]
    assert len(cache.known) < len(plain)  # repeated (form, tag, morphology) worked out once


def test_bench_prints_the_ratio_to_the_run_without_the_model() -> None:
    runs = [bench.RunFigures("extractor run, 1 process", 10, 1000, 12.0, 300, {"total": 10.0}, 20, 5),
            bench.RunFigures(bench.WITHOUT_SYNTAX, 10, 1000, 9.0, 250, {"total": 8.0}, 20, 5)]
    table = bench.render(bench.Bench(10, 1000, 0.1, 2.0, runs))
    assert "throughput with the syntax model: 0.80x of without" in table
    assert f"{bench.WITHOUT_SYNTAX:34}     8.00" in table


@needs_model
def test_a_batch_of_documents_describes_as_one_document_at_a_time(seeds_dir: Path, repo: Path,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """The claim sentences of a worker batch are parsed together; each document's claims and failures are
    those it gets when described alone."""
    articles = read_articles([seeds_dir, repo / "tests" / "fixtures" / "hard_corpus"]).articles
    batched = [(r.key, r.rows, r.failures) for r in workers.process(articles)]
    together = records.claims_from_docs

    def alone(docs: list, failures: list | None = None, isolate: bool = True) -> list:
        return [together([doc], [broken])[0] for doc, broken in zip(docs, failures or [None] * len(docs), strict=True)]

    monkeypatch.setattr(records, "claims_from_docs", alone)
    assert [(r.key, r.rows, r.failures) for r in workers.process(articles)] == batched
    assert sum(len(rows) for _, rows, _ in batched) > 20
