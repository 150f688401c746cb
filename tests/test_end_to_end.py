"""The seeds end to end: the acceptance rows, the CLI, the report, determinism, parallelism."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extractor import extract, table
from extractor.cli import app


@pytest.fixture(scope="module")
def seeds_frame(seeds_dir: Path) -> pd.DataFrame:
    return extract(seeds_dir)


def rows(df: pd.DataFrame, **where: object) -> pd.DataFrame:
    mask = pd.Series(True, index=df.index)
    for col, value in where.items():
        if col == "sentence_has":
            mask &= df["sentence"].str.contains(str(value), case=False, regex=False)
        else:
            mask &= df[col] == value
    return df[mask]


def test_dojo_production_from_title_and_body(seeds_frame: pd.DataFrame) -> None:
    dojo = rows(seeds_frame, promised="2023-07", sentence_has="Dojo production")
    texts = set(dojo["date_text"].str.lower())
    assert any("next month" in t for t in texts)
    assert any("july 2023" in t for t in texts)
    assert set(dojo["category"]) == {"production"}


def test_compute_targets(seeds_frame: pd.DataFrame) -> None:
    assert len(rows(seeds_frame, promised="2024-01", sentence_has="among the top in the world")) == 1
    (exa,) = rows(seeds_frame, promised="2024-10", sentence_has="exaflops").itertuples()
    assert exa.value == 100 and exa.unit == "exaflops" and exa.bound == "by"


def test_ten_billion_spend(seeds_frame: pd.DataFrame) -> None:
    spend = rows(seeds_frame, promised="2024", unit="USD")
    assert len(spend) >= 2  # the headline and the body sentence
    assert set(spend["value"]) == {10_000_000_000}
    assert set(spend["category"]) == {"spending"}


def test_ai_day_in_about_a_month(seeds_frame: pd.DataFrame) -> None:
    ai_day = rows(seeds_frame, promised="2021-07", sentence_has="AI Day")
    assert len(ai_day) >= 6  # three mentions in each of the 000 and 001 files
    assert set(ai_day["subject"]) == {"Tesla"}


def test_optimus_debut(seeds_frame: pd.DataFrame) -> None:
    assert len(rows(seeds_frame, promised="2022-09-30", sentence_has="September 30, 2022")) == 1


def test_no_undated_promises(seeds_frame: pd.DataFrame) -> None:
    assert rows(seeds_frame, sentence_has="Tesla will solve autonomy").empty
    assert not seeds_frame["date_text"].str.contains("due time", case=False).any()
    assert not seeds_frame["sentence"].str.contains("increased AI training compute", case=False).any()


def test_published_sources(seeds_frame: pd.DataFrame) -> None:
    assert set(seeds_frame["published_source"]) <= {"metadata", "related", "manifest"}
    dojo = rows(seeds_frame, sentence_has="Dojo production")
    assert set(dojo["published_source"]) == {"manifest"}


def test_schema_and_columns(seeds_frame: pd.DataFrame) -> None:
    assert list(seeds_frame.columns[:25]) == table.COLUMNS[:25]
    table.validate(seeds_frame)
    with pytest.raises(table.SchemaError):
        table.validate(seeds_frame.assign(promised="July"))


def test_cli_run_writes_outputs_and_is_deterministic(seeds_dir: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    outs = []
    for name in ("a", "b"):
        result = runner.invoke(app, ["run", str(seeds_dir), "--out", str(tmp_path / name)])
        assert result.exit_code == 0, result.output
        outs.append(tmp_path / name)
    first, second = ((o / "claims.csv").read_bytes() for o in outs)
    assert first == second
    report = json.loads((outs[0] / "run.json").read_text(encoding="utf-8"))
    assert report["counts"]["inputs_seen"] == 6  # five seeds + published.yaml, accounted for as the manifest
    (manifest,) = [i for i in report["inputs"] if i["source"].endswith("published.yaml")]
    assert manifest["status"] == "manifest" and "2 file(s)" in manifest["reasons"][0]
    assert report["problems"] == []
    assert report["counts"]["documents_read"] == 9
    with (outs[0] / "claims.csv").open(encoding="utf-8", newline="") as fh:
        header = next(csv.reader(fh))
    assert header[:25] == table.COLUMNS[:25]


def test_cli_exit_2_when_nothing_processed(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    result = CliRunner().invoke(app, ["run", str(tmp_path), "--out", str(tmp_path / "out")])
    assert result.exit_code == 2
    assert "empty.txt: empty file" in result.output and "nothing read" in result.output
    assert not (tmp_path / "out").exists()  # a run that read nothing writes nothing


@pytest.mark.parametrize(
    ("args", "named"),
    [
        (["run", "{seeds}", "--out", "{file}"], "--out"),
        (["run", "{seeds}", "--out", "{file}/sub"], "--out"),
        (["run", "{seeds}", "--out", "{out}", "--published-manifest", "{tmp}/missing.yaml"], "--published-manifest"),
        (["run", "{seeds}", "--out", "{out}", "--published-manifest", "{bad}"], "--published-manifest"),
        (["run", "{seeds}", "--out", "{out}", "--n-process", "0"], "--n-process"),
        (["run", "{seeds}", "--out", "{out}", "--outcomes", "{tmp}/missing.yaml"], "--outcomes"),
        (["run", "{seeds}", "--out", "{out}", "--color-by", "colour"], "--color-by"),
        (["run", "{seeds}", "--out", "{out}", "--as-of", "2024-13-01"], "--as-of"),
        (["run", "{tmp}/nothing-here", "--out", "{out}"], "nothing-here"),
        (["promises", "{seeds}/002_2faedc00c0d08911.txt", "-o", "{tmp}/p.csv"], "not a claims table"),
        (["timeline", "{seeds}/002_2faedc00c0d08911.txt", "-o", "{tmp}/t.html"], "not a claims table"),
        (["promises", "{claims}", "-o", "{tmp}/p.csv"], "missing columns ['claim_id'"),
        (["timeline", "{tmp}/missing.csv"], "missing.csv"),
    ],
)
def test_cli_errors_are_one_line_exit_2_and_write_nothing(seeds_dir: Path, tmp_path: Path, args: list[str],
                                                          named: str) -> None:
    import subprocess
    import sys

    (tmp_path / "file").write_text("x")
    (tmp_path / "bad.yaml").write_text("a.txt: [unclosed\n")
    (tmp_path / "articles.csv").write_text("title,text\nAcme,Acme will ship in 2030.\n")
    values = {"claims": tmp_path / "articles.csv", "seeds": seeds_dir, "file": tmp_path / "file",
              "out": tmp_path / "out", "tmp": tmp_path, "bad": tmp_path / "bad.yaml"}
    argv = [a.format(**values) for a in args]
    done = subprocess.run([sys.executable, "-m", "extractor", *argv], capture_output=True, text=True, timeout=120)
    assert done.returncode == 2, done.stderr
    lines = done.stderr.strip().splitlines()
    assert named in done.stderr and len(lines) <= 2 and "Traceback" not in done.stderr, done.stderr
    assert not (tmp_path / "out").exists() and not (tmp_path / "p.csv").exists()


def test_unexpected_errors_are_one_line_unless_debug(monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    from extractor import cli

    def boom(*args: object, **kwargs: object) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr("extractor.run.run", boom)
    with pytest.raises(SystemExit) as exit_info:
        cli.main(["run", "x", "--out", "y"])
    assert exit_info.value.code == 1
    assert capsys.readouterr().err.strip() == "error: RuntimeError: disk on fire (run with --debug for the traceback)"
    with pytest.raises(RuntimeError):
        cli.main(["run", "x", "--out", "y", "--debug"])


def test_cli_help_for_every_command() -> None:
    runner = CliRunner()
    for command in [None, *(c.name for c in app.registered_commands)]:
        args = [command, "--help"] if command else ["--help"]
        assert runner.invoke(app, args).exit_code == 0


def test_two_processes_same_rows(seeds_dir: Path, seeds_frame: pd.DataFrame) -> None:
    parallel = extract(seeds_dir, n_process=2)
    pd.testing.assert_frame_equal(parallel, seeds_frame)


def test_cli_reads_json_lines_from_stdin(tmp_path: Path) -> None:
    line = json.dumps({"title": "Acme to open plant in 2030", "text": "Acme will open the plant in 2030.",
                       "published": "2025-01-02", "url": "https://example.com/a", "source": "Wire"})
    result = CliRunner().invoke(app, ["run", "-", "--out", str(tmp_path)], input=line + "\n")
    assert result.exit_code == 0, result.output
    frame = table.read_csv(tmp_path / "claims.csv")
    assert set(frame["promised"]) == {"2030"} and set(frame["source_file"]) == {"-"}
    assert len(frame) == 2 and set(frame["provider"]) == {"Wire"}


def test_python_dash_m_runs_the_cli(seeds_dir: Path, tmp_path: Path) -> None:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "extractor", "run", str(seeds_dir), "--out", str(tmp_path)],
                          capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    assert "claims" in done.stderr and (tmp_path / "timeline.html").is_file()


def test_run_colours_the_timeline_by_status(seeds_dir: Path, tmp_path: Path) -> None:
    args = ["run", str(seeds_dir), "--out", str(tmp_path), "--as-of", "2024-06-30", "--color-by", "status"]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 0, result.output
    page = (tmp_path / "timeline.html").read_text(encoding="utf-8")
    assert "overdue (" in page  # legend entries are statuses, not subjects
    promises = pd.read_csv(tmp_path / "promises.csv", dtype=str, keep_default_na=False)
    assert set(promises["as_of"]) == {"2024-06-30"}
    report = json.loads((tmp_path / "run.json").read_text(encoding="utf-8"))
    assert report["counts"]["promises"] == len(promises)
    assert CliRunner().invoke(app, [*args[:-1], "colour"]).exit_code != 0
