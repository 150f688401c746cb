"""Command line: argument handling only; every command calls a plain function of the package."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path
from typing import Annotated

import typer

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Extract dated forward-looking claims from news articles into claims.csv and a timeline.",
)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)") from err


@app.command("run")
def run_cmd(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (recursive) or - for JSON Lines on stdin.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder.")] = Path("outputs"),
    published_manifest: Annotated[
        Path | None, typer.Option(help="YAML or CSV: file name -> publication date.")] = None,
    as_of: Annotated[str | None, typer.Option(help="Date promises are judged at (default: today).")] = None,
    outcomes: Annotated[Path | None, typer.Option(help="YAML of known outcomes (met/missed/cancelled).")] = None,
    color_by: Annotated[str, typer.Option(help="Timeline colours: 'subject' or promise 'status'.")] = "subject",
    n_process: Annotated[int, typer.Option(help="Worker processes for the NLP pipeline.")] = 1,
    ner_model: Annotated[str | None, typer.Option(
        help="An installed pretrained spaCy pipeline (e.g. en_core_web_sm) whose ORG/PERSON entities help name "
             "subjects and speakers. Optional: the rules never need one.")] = None,
) -> None:
    """Extract claims: write OUT/claims.csv, OUT/timeline.html and OUT/run.json."""
    from extractor.run import run, summary

    if color_by not in ("subject", "status"):
        raise typer.BadParameter("--color-by takes 'subject' or 'status'")
    result = run(inputs, out, published_manifest, _date(as_of), outcomes=outcomes, color_by=color_by,
                 n_process=n_process, progress=sys.stderr.isatty(), ner_model=ner_model)
    typer.echo(summary(result), err=True)
    raise typer.Exit(result.exit_code)


@app.command("build-model")
def build_model_cmd(
    path: Annotated[Path | None, typer.Argument(help="Where to write the pipeline.")] = None,
) -> None:
    """Regenerate the spaCy pipeline under models/claims from code and lexicons."""
    from extractor import nlp

    typer.echo(f"wrote {nlp.save(path) if path else nlp.save()}")


@app.command("train-syntax")
def train_syntax_cmd(
    ud: Annotated[Path, typer.Option(help="Folder of the UD English EWT treebank (en_ewt-ud-*.conllu).")],
    out: Annotated[Path, typer.Option(help="Where the trained model goes.")] = Path("models/syntax"),
    work: Annotated[Path | None, typer.Option(
        help="Folder for converted data and checkpoints (default: a temporary one).")] = None,
    max_steps: Annotated[int | None, typer.Option(help="Stop after this many steps (default: the config's).")] = None,
) -> None:
    """Train the syntax model (tagger, morphologizer, parser, lemmatizer) on UD English EWT; print test scores."""
    import tempfile

    from extractor.syntax import train

    with tempfile.TemporaryDirectory(prefix="syntax-") as tmp:
        scores = train.train(ud, out, work or Path(tmp), max_steps=max_steps)
    typer.echo(" ".join(f"{k} {v:.2f}" for k, v in scores.items()))


@app.command("bench")
def bench_cmd(
    inputs: Annotated[list[str] | None, typer.Argument(help="Articles to measure on (default: seeds/).")] = None,
    repeat: Annotated[int, typer.Option(help="How many times the articles are processed.")] = 20,
) -> None:
    """Throughput and memory of the pipeline, with ratios to baselines measured in the same run."""
    from extractor import bench

    typer.echo(bench.render(bench.run(inputs or ["seeds"], repeat=repeat)))


@app.command("eval-timex")
def eval_timex_cmd(
    tml_dir: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (recursive), e.g. TempEval-3.")],
    as_json: Annotated[bool, typer.Option("--json", help="Also print one JSON object on the last line.")] = False,
) -> None:
    """Score the time-expression recogniser and normaliser on TimeML (TempEval-3 figures)."""
    import json

    from extractor.timeml import evaluate, report, tml_files

    files = tml_files(tml_dir)
    if not files:
        raise typer.BadParameter(f"no .tml files under {tml_dir}")
    figures = evaluate(files).figures()
    typer.echo(f"files: {len(files)}")
    typer.echo(report(figures))
    if as_json:
        typer.echo(json.dumps(figures))


@app.command("eval")
def eval_cmd(
    corpus: Annotated[Path, typer.Argument(file_okay=False, help="A corpus folder: articles + gold.yaml.")],
    claims: Annotated[
        Path | None, typer.Option(dir_okay=False, help="Score this claims.csv instead of running extraction.")
    ] = None,
    show: Annotated[bool, typer.Option("--show", help="List every miss, extra, wrong date and value.")] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Also print one JSON object last.")] = False,
) -> None:
    """Score the extractor (or a claims.csv) against the corpus's gold.yaml: detection, dates, values."""
    import json

    from extractor import evaluate

    try:
        result = evaluate.score_csv(corpus, claims, show) if claims else evaluate.evaluate(corpus, show)
    except (evaluate.GoldError, OSError) as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    typer.echo(evaluate.render(result))
    if as_json:
        details = ("misses", "extras", "wrong_dates", "wrong_values")
        typer.echo(json.dumps({k: v for k, v in result.items() if k not in details}))


@app.command("timeline")
def timeline_cmd(
    claims: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A claims.csv table.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="The HTML page to write.")] = Path("timeline.html"),
    as_of: Annotated[str | None, typer.Option(help="Date of the 'as of' line (default: today).")] = None,
    png: Annotated[Path | None, typer.Option(help="Also a 1280x800 PNG (needs kaleido, Chromium).")] = None,
    color_by: Annotated[str, typer.Option(help="Colour by 'subject' or promise 'status'.")] = "subject",
    outcomes: Annotated[Path | None, typer.Option(help="YAML of met/missed/cancelled (status colours).")] = None,
) -> None:
    """Draw the interactive timeline (one self-contained HTML page) of a claims table."""
    from extractor import promises, table, timeline

    if color_by not in ("subject", "status"):
        raise typer.BadParameter(f"{color_by!r}: choose subject or status", param_hint="--color-by")
    day = _date(as_of) or date.today()
    frame = table.read_csv(claims)
    if color_by == "status" and "status" not in frame.columns:
        frame = timeline.with_status(frame, day, promises.load_outcomes(outcomes) if outcomes else None)
    fig = timeline.figure(frame, as_of=day, color_by=color_by)
    typer.echo(f"wrote {timeline.write_html(fig, out)}")
    if png:
        try:
            typer.echo(f"wrote {timeline.write_png(fig, png)}")
        except timeline.PngExportError as err:
            typer.echo(f"no PNG: {err}", err=True)
            raise typer.Exit(1) from err


@app.command("promises")
def promises_cmd(
    claims: Annotated[Path, typer.Argument(exists=True, dir_okay=False, help="A claims.csv table.")],
    out: Annotated[Path | None, typer.Option("--out", "-o", help="Default: promises.csv beside CLAIMS.")] = None,
    as_of: Annotated[str | None, typer.Option(help="Date statuses are judged at (default: today).")] = None,
    outcomes: Annotated[Path | None, typer.Option(help="YAML of known outcomes (met, missed, cancelled).")] = None,
) -> None:
    """Group a claims table's mentions into promises: write promises.csv (revisions, slip, status)."""
    from extractor import promises, table

    try:
        known = promises.load_outcomes(outcomes) if outcomes else None
    except ValueError as err:
        typer.echo(f"error: {err}", err=True)
        raise typer.Exit(2) from err
    frame = promises.promises_table(table.read_csv(claims), _date(as_of) or date.today(), known)
    path = out or claims.with_name("promises.csv")
    promises.write_promises_csv(frame, path)
    typer.echo(f"wrote {path} ({len(frame)} promises)")


def main() -> None:
    """Console-script entry point."""
    app()
