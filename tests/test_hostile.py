"""A hostile-input corpus, generated in a temporary folder: the run finishes, every input is in run.json,
every good claim survives, nothing executes, no output cell starts a formula, the page stays inert."""

from __future__ import annotations

import csv
import json
import os
import resource
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

from extractor import hostile
from extractor.articles import display
from extractor.run import run

_NUMERIC = {"value", "lead_days", "mentions", "sources", "providers", "revisions", "slip_days"}


def _inputs_on_disk(root: Path) -> set[str]:
    """Every entry below root a run must account for (files, links, pipes), as run.json names them."""
    names = set()
    for folder, dirs, files in os.walk(root):
        for name in files + [d for d in dirs if (Path(folder) / d).is_symlink()]:
            names.add(display(Path(folder) / name))
    return names


def _formula_cells(path: Path) -> list[tuple[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return [(k, v) for row in csv.DictReader(fh) for k, v in row.items()
                if k not in _NUMERIC and v and v[0] in "=+-@\t\r"]


def _check(corpus: hostile.Corpus, out: Path) -> dict:
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    seen = {i["source"] for i in report["inputs"]}
    assert _inputs_on_disk(corpus.root) <= seen, _inputs_on_disk(corpus.root) - seen
    with (out / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    found: dict[tuple[str, str], int] = {}
    for row in rows:
        key = (Path(row["source_file"]).name, row["date_text"])
        found[key] = found.get(key, 0) + 1
    for key in set(corpus.claims):
        assert found.get(key, 0) >= corpus.claims.count(key), (key, found.get(key, 0))
    assert not corpus.canary.exists()  # nothing executed
    assert _formula_cells(out / "claims.csv") == [] and _formula_cells(out / "promises.csv") == []
    page = (out / "timeline.html").read_text(encoding="utf-8")
    assert "<script>alert(1)" not in page and "<img src=x" not in page  # article text stays escaped
    return report


@pytest.fixture(scope="module")
def hostile_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[hostile.Corpus, Path, int, list[str]]:
    """Every hostile case at reduced sizes (the full sizes run in the slow test below)."""
    tmp = tmp_path_factory.mktemp("hostile")
    corpus = hostile.build(tmp / "in", big_mb=0.5, one_line_kb=120, related=300)
    warnings: list[str] = []
    result = run([str(corpus.root)], tmp / "out", as_of=date(2025, 6, 1), warn=warnings.append)
    return corpus, tmp / "out", result.exit_code, warnings


def test_run_finishes_and_accounts_for_everything(hostile_run: tuple) -> None:
    corpus, out, code, warnings = hostile_run
    assert code == 0
    report = _check(corpus, out)
    status = {Path(i["source"]).name: i["status"] for i in report["inputs"]}
    assert status["empty.txt"] == status["whitespace.md"] == status["binary.txt"] == "skipped"
    assert status["random.txt"] == "skipped" and status["dangling.txt"] == "skipped"
    assert status["loop"] == "ignored" and status.get("a-pipe.txt", "ignored") == "ignored"
    assert status["story-column.csv"] == "partial" and status["alias-bomb.md"] == "partial"
    assert all("\n" not in w and "Traceback" not in w for w in warnings)  # one line per problem


def test_every_problem_names_input_stage_and_error(hostile_run: tuple) -> None:
    _, out, _, _ = hostile_run
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    assert report["problems"] and all({"input", "stage", "error"} <= set(p) for p in report["problems"])
    assert {p["stage"] for p in report["problems"]} <= {"read", "process", "describe", "validate"}
    failed = report["counts"]["documents_failed"]
    assert failed == len({(p["input"], p["part"]) for p in report["problems"] if p["stage"] in ("process", "describe")})


def test_query_strings_are_different_documents(hostile_run: tuple) -> None:
    _, out, _, _ = hostile_run
    with (out / "claims.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["source_file"].endswith("stories.jsonl")]
    assert len({r["doc_id"] for r in rows}) == 2


def test_encodings_named_in_the_report(hostile_run: tuple) -> None:
    _, out, _, _ = hostile_run
    report = json.loads((out / "run.json").read_text(encoding="utf-8"))
    encoding = {Path(i["source"]).name: i["encoding"] for i in report["inputs"]}
    assert encoding["utf16.txt"] == encoding["utf16be.txt"] == "utf-16"
    assert encoding["utf32.txt"] == "utf-32" and encoding["cp1252.txt"] == "cp1252"


def test_strict_exits_1_on_any_problem(hostile_run: tuple, tmp_path: Path) -> None:
    corpus, _, _, _ = hostile_run
    result = run([str(corpus.root / "empty.txt"), str(corpus.root / "crlf.md")], tmp_path / "o", strict=True,
                 warn=lambda _: None)
    assert result.exit_code == 1 and (tmp_path / "o" / "claims.csv").is_file()


@pytest.mark.slow
def test_twenty_megabytes_in_bounded_memory(tmp_path: Path) -> None:
    """The full-size corpus in a child process: a 20 MB text and a 1 MB one-line page read whole, every
    claim at their ends kept, 3,000 related items, peak RSS under 1 GB."""
    corpus = hostile.build(tmp_path / "in", big_mb=20, one_line_kb=1000)
    done = subprocess.run([sys.executable, "-m", "extractor", "run", str(corpus.root), "--out", str(tmp_path / "out")],
                          capture_output=True, text=True, timeout=1800)
    assert done.returncode == 0, done.stderr[-2000:]
    assert resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss < 1024 * 1024  # KB on Linux
    _check(corpus, tmp_path / "out")


def _articles(tmp_path: Path, texts: dict[str, str]) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in texts.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_failing_component_costs_one_document(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from extractor import components
    from extractor.articles import read_articles
    from extractor.pipeline import extract_articles

    original = components.TimexRecognizer.__call__

    def flaky(self: components.TimexRecognizer, doc: object) -> object:
        if "EXPLODE" in doc.text:
            raise RuntimeError("boom")
        return original(self, doc)

    monkeypatch.setattr(components.TimexRecognizer, "__call__", flaky)
    folder = _articles(tmp_path, {f"{k}.txt": f"News {k}\nAcme will open plant {k} in March 2031."
                                  for k in range(5)} | {"bad.txt": "Bad\nEXPLODE will open in 2031."})
    extraction = extract_articles(read_articles(folder))
    assert len(extraction.frame) == 5
    (failure,) = extraction.failures
    assert failure["input"].endswith("bad.txt") and failure["stage"] == "process" and "boom" in failure["error"]


def test_a_failing_description_costs_one_document(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from extractor.records import batch
    from extractor.run import run as run_job

    original = batch.describer  # one document's description (claims_from_docs runs it per document)

    def flaky(doc: object, article: object, sections: object, failures: object = None) -> object:
        if article.title == "Bad":
            raise OverflowError("date value out of range")
        return original(doc, article, sections, failures)

    monkeypatch.setattr(batch, "describer", flaky)
    folder = _articles(tmp_path, {"a.txt": "Good\nAcme will open its plant in March 2031.",
                                  "bad.txt": "Bad\nAcme will open its plant next month."})
    lines: list[str] = []
    result = run_job([str(folder)], tmp_path / "out", warn=lines.append)
    assert result.exit_code == 0 and result.report["counts"]["documents_failed"] == 1
    assert any("bad.txt" in line and "describe" in line and "OverflowError" in line for line in lines)
    problem = next(p for p in result.report["problems"] if p["input"].endswith("bad.txt"))
    assert problem["stage"] == "describe" and "out of range" in problem["error"]


def test_a_failing_claim_costs_only_that_claim(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from extractor import classify
    from extractor.articles import read_articles
    from extractor.pipeline import extract_articles

    original = classify.category_of

    def flaky(text: str, *args: object, **kwargs: object) -> str:
        if "EXPLODE" in text:
            raise ValueError("boom")
        return original(text, *args, **kwargs)

    monkeypatch.setattr(classify, "category_of", flaky)
    folder = _articles(tmp_path, {"a.txt": "News\nAcme will open its plant in March 2031. "
                                           "The EXPLODE line will ship in May 2032."})
    extraction = extract_articles(read_articles(folder))
    assert list(extraction.frame["date_text"]) == ["March 2031"]
    (failure,) = extraction.failures
    assert failure["stage"] == "describe" and "ValueError: boom" in failure["error"]


def test_an_absurd_excerpt_is_read_whole(tmp_path: Path) -> None:
    from extractor import extract

    record = {"title": "T", "excerpt": "Filler words here. " * 80_000 + "Acme will open its plant in March 2031.",
              "text": "Short body.", "published": "2025-01-02"}
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.jsonl").write_text(json.dumps(record) + "\n", encoding="utf-8")
    frame = extract(folder)
    assert list(frame["date_text"]) == ["March 2031"]
