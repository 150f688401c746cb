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
    pretty_exceptions_enable=False,
    help="Extract dated forward-looking claims from news articles into claims.csv and a timeline.",
)
DEBUG_FLAG = "--debug"


@app.callback()
def _options(
    debug: Annotated[bool, typer.Option(DEBUG_FLAG, help="Show the traceback of an unexpected error (may also "
                                        "follow the command).")] = False,
) -> None:
    """Options of every command (``main`` reads --debug before the command runs)."""


def _fail(message: str, code: int = 2) -> typer.Exit:
    """One line on stderr naming what is wrong; the exit to raise."""
    typer.echo(f"error: {message}", err=True)
    return typer.Exit(code)


def _date(value: str | None) -> date | None:
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError as err:
        raise typer.BadParameter(f"--as-of {value!r} is not a date (YYYY-MM-DD)") from err


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
    dask: Annotated[str | None, typer.Option(
        help="Spread the documents over a Dask cluster: local[N] (N local workers) or a scheduler address "
             "(tcp://host:8786). Needs the [dask] extra.")] = None,
    text_column: Annotated[str | None, typer.Option(help="CSV column / JSON key holding the article text.")] = None,
    title_column: Annotated[str | None, typer.Option(help="CSV column / JSON key holding the title.")] = None,
    date_column: Annotated[str | None, typer.Option(help="CSV column / JSON key holding the publication date.")
                           ] = None,
    max_file_mb: Annotated[float | None, typer.Option(
        help="Skip (never cut) files larger than this many MB (default 200).")] = None,
    strict: Annotated[bool, typer.Option("--strict", help="Exit 1 when any input or document had a problem.")
                      ] = False,
) -> None:
    """Extract claims: write OUT/claims.csv, OUT/promises.csv, OUT/subjects.csv, OUT/timeline.html and
    OUT/run.json."""
    from extractor.distributed import DaskError
    from extractor.run import UsageError, run, summary

    columns = {k: v for k, v in (("text", text_column), ("title", title_column), ("published", date_column)) if v}
    try:
        result = run(inputs, out, published_manifest, _date(as_of), outcomes=outcomes, color_by=color_by,
                     n_process=n_process, progress=sys.stderr.isatty(), ner_model=ner_model, columns=columns,
                     max_file_mb=max_file_mb, strict=strict, dask=dask)
    except (UsageError, DaskError) as err:
        raise _fail(str(err)) from None
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
    resume: Annotated[Path | None, typer.Option(
        help="Continue from this trained syntax model's weights (training/syntax-resume.cfg) "
             "instead of training from scratch.")] = None,
) -> None:
    """Train the syntax model (tagger, morphologizer, parser, lemmatizer) on UD English EWT; print test scores."""
    import tempfile

    from extractor.syntax import train

    with tempfile.TemporaryDirectory(prefix="syntax-") as tmp:
        scores = train.train(ud, out, work or Path(tmp), max_steps=max_steps, resume=resume)
    typer.echo(" ".join(f"{k} {v:.2f}" for k, v in scores.items()))


@app.command("bench")
def bench_cmd(
    inputs: Annotated[list[str] | None, typer.Argument(help="Articles to measure on (default: seeds/).")] = None,
    repeat: Annotated[int, typer.Option(
        help="Measure a synthetic JSON Lines corpus of this many copies of the articles (1: the inputs).")] = 1,
    n_process: Annotated[int, typer.Option(help="Also measure the run with this many processes.")] = 2,
    sizes: Annotated[str, typer.Option(
        help="Comma-separated corpus sizes (e.g. 2000,8000,32000): one run each on a synthetic JSON Lines "
             "corpus built from the articles, to show how time and memory grow.")] = "",
    size_n_process: Annotated[int, typer.Option(help="Processes for the --sizes runs.")] = 1,
    hostile: Annotated[bool, typer.Option("--hostile", help="Instead: time `extractor run` over a generated "
                                          "hostile-input corpus (a 20 MB text among bad files); seconds, peak RSS.")
                       ] = False,
    hostile_mb: Annotated[float, typer.Option(help="Size of the hostile corpus's long text, MB.")] = 20.0,
) -> None:
    """Time and memory of whole `extractor run`s, with ratios to baselines measured on the same texts
    (or, with --hostile, of a run over a generated hostile-input corpus)."""
    if hostile:
        from extractor import hostile as hostile_corpus

        typer.echo(hostile_corpus.bench(big_mb=hostile_mb))
        return
    from extractor import bench

    try:
        counts = [int(s) for s in sizes.split(",") if s.strip()]
    except ValueError as err:
        raise typer.BadParameter(f"{sizes!r}: comma-separated numbers of articles", param_hint="--sizes") from err
    typer.echo(bench.render(bench.run(inputs or ["seeds"], repeat=repeat, n_process=n_process, sizes=counts,
                                      size_n_process=size_n_process)))


@app.command("eval-timex")
def eval_timex_cmd(
    tml_dir: Annotated[Path, typer.Argument(help="Folder of TimeML .tml files (recursive), e.g. TempEval-3.")],
    as_json: Annotated[bool, typer.Option("--json", help="Also print one JSON object on the last line.")] = False,
    show: Annotated[bool, typer.Option("--show", help="List every miss, extra and wrong span, type or value.")] = False,
) -> None:
    """Score the time-expression recogniser and normaliser on TimeML (TempEval-3 figures)."""
    import json

    from extractor.timeml import evaluate, render_errors, report, tml_files

    files = tml_files(tml_dir)
    if not files:
        raise typer.BadParameter(f"no .tml files under {tml_dir}")
    score = evaluate(files)
    figures = score.figures()
    if show:
        typer.echo(render_errors(score.errors))
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
        raise _fail(f"--color-by {color_by}: choose subject or status")
    day = _date(as_of) or date.today()
    try:
        known = promises.load_outcomes(outcomes) if outcomes else None
        frame = table.read_csv(claims)
    except (ValueError, OSError) as err:
        raise _fail(str(err)) from None
    if color_by == "status" and "status" not in frame.columns:
        frame = timeline.with_status(frame, day, known)
    asked = _date(as_of)  # only a date asked for stretches the axis
    table.atomic_write(out, lambda tmp: timeline.write_html(frame, tmp, as_of=asked, color_by=color_by))
    typer.echo(f"wrote {out}")
    if png:
        try:
            typer.echo(f"wrote {timeline.write_png(frame, png, as_of=asked, color_by=color_by)}")
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
        claims_frame = table.read_csv(claims)
    except (ValueError, OSError) as err:
        raise _fail(str(err)) from None
    frame = promises.promises_table(claims_frame, _date(as_of) or date.today(), known)
    path = out or claims.with_name("promises.csv")
    promises.write_promises_csv(frame, path)
    typer.echo(f"wrote {path} ({len(frame)} promises)")


def main(argv: list[str] | None = None) -> None:
    """Console-script entry point: usage errors and unexpected failures end in one line on stderr
    (exit 2 and 1); ``--debug`` shows the traceback instead."""
    args = list(sys.argv[1:] if argv is None else argv)
    debug = DEBUG_FLAG in args
    if debug:  # accepted anywhere on the line; given to the top-level options
        args = [DEBUG_FLAG, *(a for a in args if a != DEBUG_FLAG)]
    try:
        code = app(args=args, prog_name="extractor", standalone_mode=False)
    except typer.Abort:
        typer.echo("aborted", err=True)
        sys.exit(130)
    except Exception as err:
        usage_code = getattr(err, "exit_code", None)
        if hasattr(err, "format_message") and isinstance(usage_code, int):  # the CLI library's usage errors
            if type(err).__name__ != "NoArgsIsHelpError":  # (help was printed already)
                typer.echo(f"error: {err.format_message()}", err=True)
            sys.exit(usage_code)
        if debug:
            raise
        typer.echo(f"error: {type(err).__name__}: {err} (run with {DEBUG_FLAG} for the traceback)", err=True)
        sys.exit(1)
    sys.exit(code or 0)
