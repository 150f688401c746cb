"""The batch job behind `extractor run`: read, extract, write claims.csv, timeline.html, run.json."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from extractor import report, table
from extractor.articles import read_articles
from extractor.pipeline import Extraction, extract_articles


@dataclass
class RunResult:
    extraction: Extraction
    outputs: dict[str, str]
    report: dict
    exit_code: int  # 0 when anything was processed, 2 when nothing was


def run(inputs: list[str], out: Path, manifest: Path | None = None, as_of: date | None = None,
        n_process: int = 1, progress: bool = False, warn=None) -> RunResult:
    """Run the whole job; problems with inputs are reported (``warn``) and never stop the run."""
    warn = warn or (lambda msg: print(msg, file=sys.stderr))
    t0 = time.perf_counter()
    read = read_articles(inputs, manifest)
    for rep in read.inputs:
        if rep.status != "ok":
            warn(f"{rep.status}: {rep.source}: {'; '.join(rep.reasons)}")
    t1 = time.perf_counter()
    extraction = extract_articles(read, n_process=n_process, progress=progress)
    t2 = time.perf_counter()
    out.mkdir(parents=True, exist_ok=True)
    outputs = {"claims": str(table.write_csv(extraction.frame, out / "claims.csv"))}
    t3 = time.perf_counter()
    seconds = {"read": t1 - t0, "extract": t2 - t1, "write": t3 - t2, "total": t3 - t0}
    outputs["report"] = str(out / "run.json")
    rep = report.build(extraction, {"inputs": inputs, "out": str(out), "manifest": str(manifest or ""),
                                    "as_of": as_of.isoformat() if as_of else ""}, outputs, seconds)
    report.write(rep, out / "run.json")
    code = 0 if read.articles else 2
    return RunResult(extraction, outputs, rep, code)


def summary(result: RunResult) -> str:
    """The one line printed at the end of a run."""
    c = result.report["counts"]
    problems = c["inputs_skipped"] + c["inputs_partial"]
    return (f"{c['inputs_read']} of {c['inputs_seen']} inputs read ({c['documents_read']} documents"
            f"{f', {problems} with problems' if problems else ''}) -> {c['claims']} claims"
            f" in {result.report['seconds']['total']:.1f}s; wrote {', '.join(result.outputs.values())}")
