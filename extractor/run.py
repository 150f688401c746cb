"""The batch job behind `extractor run`: read, extract, write claims.csv, timeline.html, run.json."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extractor import promises, report, table, timeline
from extractor.articles import read_articles
from extractor.pipeline import Extraction, extract_articles


@dataclass
class RunResult:
    extraction: Extraction
    outputs: dict[str, str]
    report: dict
    exit_code: int  # 0 when anything was processed, 2 when nothing was


def run(inputs: list[str], out: Path, manifest: Path | None = None, as_of: date | None = None,
        outcomes: Path | None = None, color_by: str = "subject", n_process: int = 1, progress: bool = False,
        ner_model: str | None = None,
        warn: Callable[[str], None] | None = None) -> RunResult:
    """Run the whole job; problems with inputs are reported (``warn``) and never stop the run."""
    warn = warn or (lambda msg: print(msg, file=sys.stderr))
    asked = as_of  # the timeline's x axis reaches only an as-of date that was asked for
    as_of = as_of or date.today()
    rules = promises.load_outcomes(outcomes) if outcomes else None
    t0 = time.perf_counter()
    read = read_articles(inputs, manifest)
    for rep in read.inputs:
        if rep.status not in ("ok", "manifest"):
            warn(f"{rep.status}: {rep.source}: {'; '.join(rep.reasons)}")
    t1 = time.perf_counter()
    extraction = extract_articles(read, n_process=n_process, progress=progress, ner_model=ner_model)
    t2 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    frame = extraction.frame
    outputs = {"claims": str(table.write_csv(frame, out / "claims.csv"))}
    promise_rows = promises.promises_table(frame, as_of, rules)
    promises.write_promises_csv(promise_rows, out / "promises.csv")
    outputs["promises"] = str(out / "promises.csv")
    status = dict(zip(promise_rows["promise_id"], promise_rows["status"], strict=True))
    plotted = frame.assign(status=frame["promise_id"].map(status).fillna("")) if len(frame) else frame
    outputs["timeline"] = str(timeline.write_html(plotted, out / "timeline.html", as_of=asked, color_by=color_by))
    t3 = time.perf_counter()
    seconds = {"read": t1 - t0, "extract": t2 - t1, "write": t3 - t2, "total": t3 - t0}
    outputs["report"] = str(out / "run.json")
    args = {"inputs": inputs, "out": str(out), "manifest": str(manifest or ""), "as_of": as_of.isoformat(),
            "outcomes": str(outcomes or ""), "ner_model": ner_model or ""}
    rep = report.build(extraction, args, outputs, seconds, promises=len(promise_rows))
    report.write(rep, out / "run.json")
    code = 0 if read.articles else 2
    return RunResult(extraction, outputs, rep, code)


def summary(result: RunResult) -> str:
    """The one line printed at the end of a run."""
    c = result.report["counts"]
    problems = c["inputs_skipped"] + c["inputs_partial"]
    return (f"{c['inputs_read']} of {c['inputs_seen']} inputs read ({c['documents_read']} documents"
            f"{f', {problems} with problems' if problems else ''}) -> {c['claims']} claims,"
            f" {c['promises']} promises"
            f" in {result.report['seconds']['total']:.1f}s; wrote {', '.join(result.outputs.values())}")
