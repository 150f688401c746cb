"""run.json: every input accounted for, with versions and timings.

A reader of the report can tell, for each file given, whether it was read, partly read, skipped
or ignored and why, and how many documents and claims came from it.
"""

from __future__ import annotations

import json
import platform
from dataclasses import asdict
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from extractor import __version__
from extractor.pipeline import Extraction

PACKAGES = ("spacy", "dateparser", "pandas", "plotly", "pyyaml", "charset-normalizer", "python-frontmatter", "w3lib")


def versions() -> dict[str, str]:
    out = {"extractor": __version__, "python": platform.python_version()}
    for name in PACKAGES:
        try:
            out[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            out[name] = "not installed"
    return out


def build(extraction: Extraction, args: dict[str, Any], outputs: dict[str, str],
          seconds: dict[str, float], promises: int | None = None) -> dict[str, Any]:
    """The report as a JSON-ready dict."""
    frame = extraction.frame
    per_file: dict[str, int] = {}
    for key, n in extraction.claims_per_doc.items():
        source = key.rsplit("#", 1)[0]
        per_file[source] = per_file.get(source, 0) + n
    failed: dict[str, list[dict[str, str]]] = {}
    for failure in extraction.failures:
        failed.setdefault(failure["input"], []).append(failure)
    inputs = []
    for rep in extraction.inputs:
        entry = asdict(rep)
        entry["claims"] = per_file.get(rep.source, 0)
        for failure in failed.get(rep.source, []):
            reason = f"{failure['part']}: failed at {failure['stage']}: {failure['error']}"
            entry["reasons"] = [*entry["reasons"], reason]
            entry["status"] = "partial" if entry["status"] == "ok" else entry["status"]
        inputs.append(entry)
    documents = extraction.documents
    documents_failed = {(f["input"], f["part"].split("@")[0]) for f in extraction.failures if f["stage"] != "validate"}
    return {
        "tool": "extractor",
        "versions": versions(),
        "finished": datetime.now(UTC).isoformat(timespec="seconds"),
        "arguments": args,
        "counts": {
            "inputs_seen": len(inputs),
            "inputs_read": sum(1 for i in inputs if i["status"] in ("ok", "partial")),
            "inputs_partial": sum(1 for i in inputs if i["status"] == "partial"),
            "inputs_skipped": sum(1 for i in inputs if i["status"] == "skipped"),
            "inputs_ignored": sum(1 for i in inputs if i["status"] == "ignored"),
            "inputs_manifest": sum(1 for i in inputs if i["status"] == "manifest"),
            "documents_read": documents.read,
            "documents_distinct": len(documents.copies),
            "documents_without_date": documents.without_date,
            "documents_failed": len(documents_failed),
            "claims_dropped": sum(1 for f in extraction.failures if f["stage"] == "validate"),
            "claims": len(frame),
            "claims_unresolved": int((frame["promised"] == "").sum()) if len(frame) else 0,
            **({"promises": promises} if promises is not None else {}),
        },
        "inputs": inputs,
        "problems": problems(extraction),
        "outputs": outputs,
        "seconds": {k: round(v, 3) for k, v in seconds.items()},
    }


def problems(extraction: Extraction) -> list[dict[str, Any]]:
    """Every problem of the run, one entry each: the input, the stage (read, process, describe,
    validate) and the error; reading problems also keep their status and list of reasons."""
    out: list[dict[str, Any]] = [
        {"input": rep.source, "stage": "read", "status": rep.status, "error": "; ".join(rep.reasons),
         "source": rep.source, "reasons": list(rep.reasons)}
        for rep in extraction.inputs if rep.status not in ("ok", "manifest")
    ]
    out += [{"input": f["input"], "part": f["part"], "stage": f["stage"], "status": "failed", "error": f["error"]}
            for f in extraction.failures]
    return out


def write(report: dict[str, Any], path: str | Path) -> Path:
    """run.json, written atomically."""
    from extractor.table import atomic_write

    body = json.dumps(report, indent=2, ensure_ascii=False) + "\n"
    return atomic_write(path, lambda tmp: tmp.write_text(body, encoding="utf-8"))
