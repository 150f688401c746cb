"""The batch job behind `extractor run`: check, then read and extract as one stream, write claims.csv,
promises.csv, timeline.html, run.json.

Arguments and side files are checked before anything is read, and a run that read nothing writes
nothing. Problems with one input or one document are reported (``warn``, one line each, and
run.json ``problems[]``) and never stop the run.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from extractor import promises, report, table, timeline
from extractor.articles import InputReport, load_manifest, stream_articles
from extractor.pipeline import Extraction, extract_stream
from extractor.promises.mentions import READ as GROUPING_READ
from extractor.spool import ClaimStore
from extractor.timeline.prep import READ as TIMELINE_READ

# What a run holds in memory per claim: the columns grouping and the timeline read (the whole rows wait on disk).
HELD: tuple[str, ...] = tuple(dict.fromkeys([*GROUPING_READ, *TIMELINE_READ]))


class UsageError(ValueError):
    """A bad argument or an unusable side file: one line that names it."""


@dataclass
class RunResult:
    extraction: Extraction | None
    outputs: dict[str, str]
    report: dict
    exit_code: int  # 0 when anything was processed, 2 when nothing was, 1 with --strict and any problem
    notes: list[str] = field(default_factory=list)


def _writable_folder(out: Path) -> None:
    if out.exists() and not out.is_dir():
        raise UsageError(f"--out {out}: is a file, not a folder")
    parent = out
    while not parent.exists():
        parent = parent.parent
    if not parent.is_dir():
        raise UsageError(f"--out {out}: {parent} is a file, not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise UsageError(f"--out {out}: {parent} is not writable")


def check_arguments(out: Path, manifest: Path | None, outcomes: Path | None, n_process: int,
                    color_by: str) -> list[promises.Outcome] | None:
    """Everything that can be wrong with the arguments, found before any extraction; returns the outcomes."""
    if n_process < 1:
        raise UsageError(f"--n-process {n_process}: must be 1 or more")
    if color_by not in ("subject", "status"):
        raise UsageError(f"--color-by {color_by}: choose subject or status")
    _writable_folder(out)
    if manifest is not None:
        if not manifest.is_file():
            raise UsageError(f"--published-manifest {manifest}: no such file")
        try:
            load_manifest(manifest)
        except ValueError as err:
            raise UsageError(f"--published-manifest {err}") from err
    if outcomes is None:
        return None
    if not outcomes.is_file():
        raise UsageError(f"--outcomes {outcomes}: no such file")
    try:
        return promises.load_outcomes(outcomes)
    except ValueError as err:
        raise UsageError(f"--outcomes {err}") from err


def run(inputs: list[str], out: Path, manifest: Path | None = None, as_of: date | None = None,
        outcomes: Path | None = None, color_by: str = "subject", n_process: int = 1, progress: bool = False,
        ner_model: str | None = None, warn: Callable[[str], None] | None = None,
        columns: Mapping[str, str] | None = None, max_file_mb: float | None = None,
        strict: bool = False, dask: str | None = None) -> RunResult:
    """Run the whole job; raises UsageError (before reading anything) for a bad argument or side file."""
    warn = warn or (lambda msg: print(msg, file=sys.stderr))
    asked = as_of  # the timeline's x axis reaches only an as-of date that was asked for
    as_of = as_of or date.today()
    rules = check_arguments(out, manifest, outcomes, n_process, color_by)
    t0 = time.perf_counter()
    reports: list[InputReport] = []
    try:
        articles = stream_articles(inputs, reports, manifest, columns=columns, max_file_mb=max_file_mb)
    except ValueError as err:  # a published.yaml found beside the inputs that cannot be used
        raise UsageError(str(err)) from err
    store = ClaimStore(out, HELD)  # the whole rows on disk until claims.csv is written; removed however the run ends
    try:
        extraction = extract_stream(articles, reports, n_process=n_process, progress=progress, ner_model=ner_model,
                                    dask=dask, store=store)
        for rep in reports:
            if rep.status not in ("ok", "manifest"):
                warn(f"{rep.status}: {rep.source}: {'; '.join(rep.reasons)}")
        if not extraction.documents.read:
            return RunResult(None, {}, {}, 2, ["nothing read; no outputs written"])
        for failure in extraction.failures:
            warn(f"failed: {failure['input']} ({failure['part']}) at {failure['stage']}: {failure['error']}")
        t2 = time.perf_counter()
        frame = extraction.frame  # the held columns, in table order
        promise_rows = promises.promises_table(frame, as_of, rules, grouping=extraction.grouping)
        extraction.grouping = None  # its mentions are not needed past this point
        promises.write_promises_csv(promise_rows, out / "promises.csv")
        outputs = {"promises": str(out / "promises.csv")}
        subject_rows = promises.subjects_table(promise_rows)
        promises.write_subjects_csv(subject_rows, out / "subjects.csv")
        outputs["subjects"] = str(out / "subjects.csv")
        copies = extraction.documents.copies
        fill = {"copies": [copies[doc] for doc in frame["doc_id"]], "promise_id": frame["promise_id"].tolist()}
        outputs = {"claims": str(table.write_rows_csv(store.claims(extraction.order, fill), out / "claims.csv")),
                   **outputs}
        status = dict(zip(promise_rows["promise_id"], promise_rows["status"], strict=True))
        if len(frame):  # a column added for the page and taken off after it: no copy of the held frame
            frame["status"] = frame["promise_id"].map(status).fillna("")
        try:
            table.atomic_write(out / "timeline.html", lambda tmp: timeline.write_html(
                frame, tmp, as_of=asked, color_by=color_by, subjects=subject_rows))
        finally:
            if "status" in frame:
                del frame["status"]
        outputs["timeline"] = str(out / "timeline.html")
        t3 = time.perf_counter()
        seconds = {"read": extraction.seconds["read"], "extract": t2 - t0, "documents": extraction.seconds["extract"],
                   "group": extraction.seconds["frame"], "write": t3 - t2, "total": t3 - t0}
        outputs["report"] = str(out / "run.json")
        args = {"inputs": inputs, "out": str(out), "manifest": str(manifest or ""), "as_of": as_of.isoformat(),
                "outcomes": str(outcomes or ""), "ner_model": ner_model or "", "columns": dict(columns or {}),
                "strict": strict}
        rep = report.build(extraction, args, outputs, seconds, promises=len(promise_rows))
        report.write(rep, out / "run.json")
        serious = [p for p in rep["problems"] if p["status"] != "ignored"]
        return RunResult(extraction, outputs, rep, 1 if strict and serious else 0)
    finally:
        store.close()


def summary(result: RunResult) -> str:
    """The one line printed at the end of a run."""
    if not result.report:
        return "; ".join(result.notes)
    c = result.report["counts"]
    problems = c["inputs_skipped"] + c["inputs_partial"]
    failed = c["documents_failed"]
    return (f"{c['inputs_read']} of {c['inputs_seen']} inputs read ({c['documents_read']} documents"
            f"{f', {problems} inputs with problems' if problems else ''}"
            f"{f', {failed} documents failed' if failed else ''}) -> {c['claims']} claims,"
            f" {c['promises']} promises"
            f" in {result.report['seconds']['total']:.1f}s; wrote {', '.join(result.outputs.values())}")
