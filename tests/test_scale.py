"""Scale machinery: worker processes, Dask, the finder's prefilter, synthetic corpora, the bench table.

Speed itself is measured by `extractor bench`, never here: these tests check that the fast paths give
exactly the outputs of the plain one.
"""

from __future__ import annotations

import importlib.util
from datetime import date
from pathlib import Path

import pytest

from extractor import bench, prefilter, records, synthetic, workers
from extractor import time as temporal
from extractor.articles import Article, read_articles
from extractor.run import run

REPO = Path(__file__).resolve().parent.parent
SMALL = [str(REPO / "seeds"), str(REPO / "tests" / "fixtures" / "styles_corpus")]
FIXTURES = sorted(p for p in (REPO / "tests" / "fixtures").glob("*_corpus") if p.is_dir())
OUTPUTS = ("claims.csv", "promises.csv", "timeline.html")


def _outputs(out: Path) -> dict[str, bytes]:
    return {name: (out / name).read_bytes() for name in OUTPUTS}


@pytest.fixture(scope="module")
def one_process(tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    out = tmp_path_factory.mktemp("one")
    run(SMALL, out, as_of=date(2026, 1, 1))
    return _outputs(out)


def test_two_processes_write_the_same_bytes(one_process: dict[str, bytes], tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "ARTICLES_PER_TASK", 3)  # many small tasks, finishing out of order
    result = run(SMALL, tmp_path, as_of=date(2026, 1, 1), n_process=2)
    assert _outputs(tmp_path) == one_process
    assert result.report["counts"]["claims"] > 50


@pytest.mark.skipif(importlib.util.find_spec("distributed") is None, reason="the [dask] extra is not installed")
def test_dask_local_cluster_writes_the_same_bytes(one_process: dict[str, bytes], tmp_path: Path) -> None:
    run(SMALL, tmp_path, as_of=date(2026, 1, 1), dask="local[2]")
    assert _outputs(tmp_path) == one_process


def test_unreachable_dask_scheduler_is_one_clear_error(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("distributed")
    from extractor import distributed

    monkeypatch.setattr(distributed, "CONNECT_SECONDS", 1)
    with pytest.raises(distributed.DaskError, match="no Dask scheduler reachable"):
        run([str(REPO / "seeds")], tmp_path, dask="tcp://127.0.0.1:9")


def test_workers_return_compact_rows_in_input_order() -> None:
    articles = read_articles(SMALL).articles
    results = list(workers.run_local(articles, n_process=1))
    assert [r.key for r in results] == [f"{a.source_file}#{a.part}" for a in articles]
    rows = [row for r in results for row in r.rows]
    assert rows and all(type(row) is tuple and len(row) == len(workers.FIELDS) for row in rows)
    assert all(isinstance(v, str | int | float | bool | type(None)) for row in rows for v in row)


FILLER = "The board met to discuss the company's strategy and its plans for growth in new markets. " * 12

PREFILTER_CASES = [
    "Production begins in July 2023.",
    FILLER + "Deliveries start next year, the company said." + FILLER + "It will not ship before March. " + FILLER,
    FILLER + "The plant opened in 2019." + FILLER + "Later that year, output doubled; the following month it fell.",
    FILLER + "Shares rose 3% on Tuesday." + FILLER * 3 + "The launch slipped to the second half." + FILLER,
    FILLER * 4,
    "",
]


@pytest.mark.parametrize("text", PREFILTER_CASES)
def test_prefilter_finds_exactly_what_the_whole_text_gives(text: str) -> None:
    assert prefilter.find_timexes(text) == temporal.find_timexes(text)


def test_prefilter_leaves_out_text_without_time_words() -> None:
    text = FILLER * 3 + "Deliveries start in 2027." + FILLER * 3
    kept = sum(b - a for a, b in prefilter.regions(text))
    assert kept < len(text) / 2
    assert prefilter.regions(FILLER) == []


def _fixture_texts() -> list[str]:
    return [records.compose(a)[0] for a in read_articles([str(p) for p in FIXTURES] + [str(REPO / "seeds")])]


@pytest.mark.slow
def test_every_time_expression_holds_a_trigger() -> None:
    """The prefilter's premise, over every corpus at hand: no time expression without a trigger word."""
    for text in _fixture_texts():
        for t in temporal.find_timexes(text):
            assert prefilter.trigger_rx().search(t.text), f"no trigger in {t.text!r}"


def test_the_trigger_pattern_as_prefix_trees_finds_what_the_alternations_find() -> None:
    """The trigger words are written as prefix trees: over every text at hand, lower-cased and as written, the
    same trigger spans as the same pattern written with plain alternations."""
    import re

    from extractor import lexicon

    def alt(key: str) -> str:
        return lexicon.alternation(lexicon.word_list("timex_triggers", key))

    time_words = lexicon.load("time")
    names = lexicon.alternation(max(n.split(), key=len) for key in ("holidays", "named_periods")
                                for n in time_words.get(key, {}))
    source = rf"\d+|(?:{alt('inside')})|\b(?:{alt('start')})|\b(?:{alt('word')}|{names})\b"
    for text in _fixture_texts():
        for flags, written in ((0, text.lower()), (re.IGNORECASE, text)):
            assert [m.span() for m in prefilter.trigger_rx(flags).finditer(written)] == \
                [m.span() for m in re.finditer(source, written, flags)]


@pytest.mark.slow
def test_prefilter_same_as_whole_text_on_the_fixture_corpora(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(prefilter, "WORTH", 1.0)  # use the stretches whenever there is anything to leave out
    for text in _fixture_texts():
        assert prefilter.find_timexes(text) == temporal.find_timexes(text)


def test_synthetic_copies_move_dates_and_years_together() -> None:
    article = Article("d1", "a.md", "Dojo in July 2023", "", "Production begins in 2023, not 1995 units.",
                      date(2023, 6, 1), "metadata", url="https://example.com/x")
    first, second = synthetic.record(article, 0), synthetic.record(article, 1)
    assert first["text"] == article.body and first["published"] == "2023-06-01"
    assert second["title"] == "Dojo in July 2024"
    assert second["text"] == "Production begins in 2024, not 1996 units."
    assert second["published"] == "2024-06-08"
    assert first["url"] != second["url"] and second["url"].startswith("https://example.com/")


def test_synthetic_corpus_has_distinct_documents(tmp_path: Path) -> None:
    articles = read_articles([str(REPO / "seeds")]).articles
    path = synthetic.write(articles, 3 * len(articles), tmp_path / "corpus.jsonl")
    copies = read_articles([path]).articles
    assert len(copies) == 3 * len(articles)
    assert len({a.doc_id for a in copies}) == 3 * len({a.doc_id for a in articles})  # copies stay copies


def test_bench_table_has_ratios_and_growth() -> None:
    runs = [bench.RunFigures("extractor run, 1 process", 10, 1000, 12.0, 300, {"total": 10.0}, 20, 5),
            bench.RunFigures("extractor run, 2 processes", 10, 1000, 8.0, 250, {"total": 5.0}, 20, 5)]
    sizes = [bench.RunFigures("2000 articles", 2000, 1, 60, 400, {"total": 50, "documents": 40, "group": 3,
                                                                    "write": 5}, 9000, 900, 14.6)]
    sizes.append(bench.RunFigures("8000 articles", 8000, 1, 220, 440, {"total": 200, "documents": 160, "group": 12,
                                                                     "write": 20}, 36000, 1600, 6.0))
    table = bench.render(bench.Bench(10, 1000, 0.1, 2.0, runs, sizes))
    assert "growth 2000 -> 8000 articles (4.00x): run time 4.00x, grouping 4.00x, peak MB 1.10x" in table
    assert "2 processes / 1 process: 2.00x; with start-up" in table
    assert "pipeline's load; workers start inside the run's time): 1.50x" in table  # wall 12.0 s against 8.0 s
    assert "extractor / dateparser peer: 0.20x" in table
    assert "extractor / blank spaCy: 0.010x" in table
    assert "     2000     9000     50.0" in table


def test_frame_from_compact_rows_is_the_frame_from_records() -> None:
    from extractor import table

    articles = read_articles(SMALL).articles
    rows = [row for r in workers.run_local(articles) for row in r.rows]
    records = [dict(zip(workers.FIELDS, row, strict=True)) for row in rows]
    built = table.from_rows(rows, copies={a.doc_id: a.copies for a in articles})
    assert len(built) > 50 and built.equals(table.to_frame(records))
    assert list(built.dtypes) == list(table.to_frame(records).dtypes)
    assert table.from_rows([]).equals(table.to_frame([]))


def test_workers_draw_articles_only_as_they_need_them(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(workers, "ARTICLES_PER_TASK", 2)
    articles = read_articles(SMALL).articles
    drawn: list[int] = []

    def stream():  # noqa: ANN202 - a generator of articles that records how far it was read
        for k, article in enumerate(articles):
            drawn.append(k)
            yield article

    results = workers.run_local(stream(), n_process=2)
    next(results)  # the first document, done here before the workers are forked
    assert len(drawn) == 1
    next(results)  # the first batch from a worker: the pool holds at most IN_FLIGHT batches per worker
    assert len(drawn) == 1 + 2 * 2 * workers.IN_FLIGHT < len(articles)
    assert [r.key for r in [*results]][-1] == f"{articles[-1].source_file}#{articles[-1].part}"
    assert len(drawn) == len(articles)


def test_claim_ids_stay_unique_when_two_inputs_hold_one_file_name(tmp_path: Path) -> None:
    name = "001_9c2ccb6796913730.txt"
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        for source in (name, "published.yaml"):
            (tmp_path / folder / source).write_bytes((REPO / "seeds" / source).read_bytes())
    alone = run([str(tmp_path / "a")], tmp_path / "alone", as_of=date(2026, 1, 1))
    both = run([str(tmp_path / "a"), str(tmp_path / "b")], tmp_path / "both", as_of=date(2026, 1, 1))
    ids = both.extraction.frame["claim_id"].tolist()
    once = alone.extraction.frame["claim_id"].tolist()
    assert len(once) > 0 and len(ids) == 2 * len(once) == len(set(ids))
    assert ids[: len(once)] == once  # the first reading keeps the ids a run of that input alone gives


def test_a_docs_text_is_read_once_and_shared_by_the_components() -> None:
    from extractor import nlp
    from extractor.components.text import text_of

    text = "Acme said on Monday it will open the plant in March 2027.\n\nThe line follows in 2028."
    doc = nlp.load(syntax_model=None)(text)
    kept = text_of(doc)
    assert kept == doc.text == text
    assert text_of(doc) is kept  # the components' reading, not built again from the tokens
    assert [doc._.timexes[c["timex"]]["text"] for c in doc._.candidates] == ["Monday", "March 2027", "2028"]


def test_one_process_describes_documents_in_big_batches(monkeypatch: pytest.MonkeyPatch) -> None:
    """One process hands `process` LOCAL_ARTICLES articles at a time, described as one batch (the syntax model parses
    their claim sentences together), and gives the results the workers give, in input order."""
    articles = read_articles(SMALL).articles
    calls: list[tuple[int, int]] = []
    plain = workers.process

    def counted(chunk, ner_model=None, batch_size=32):  # noqa: ANN001, ANN202 - records each call's size
        calls.append((len(chunk), batch_size))
        return plain(chunk, ner_model, batch_size)

    monkeypatch.setattr(workers, "process", counted)
    one = [*workers.run_local(iter(articles), n_process=1)]
    assert calls[0] == (min(len(articles), workers.LOCAL_ARTICLES), workers.LOCAL_ARTICLES) and len(articles) > 16
    monkeypatch.setattr(workers, "process", plain)
    assert one == [r for k in range(0, len(articles), 16) for r in workers.process(articles[k:k + 16])]
