"""`extractor bench`: the whole `extractor run`, timed and measured, beside baselines on the same texts.

The measured run is a real one (reading, the pipeline, description, grouping, every output) in a
child process, so its peak RSS is the run's own (the largest of its processes, read from the
kernel when it exits), not this process's. The baselines run here, over the same texts: spaCy's
blank English pipeline with the rule sentencizer (the floor any spaCy pipeline pays) and the naive
peer, dateparser's ``search_dates`` over the sentences holding a future cue. The machine's speed
cancels out of the ratios, which is what to compare across machines or busy runs. When the syntax
model is in use, one more 1-process run goes without it (``EXTRACTOR_SYNTAX_MODEL=none``) over the same
texts, so the model's cost is a ratio of two runs of this bench.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from extractor import lexicon, nlp, records, synthetic
from extractor.articles import Article, read_articles
from extractor.syntax import component as syntax

AS_OF = "2026-01-01"  # a fixed "as of" so that repeated runs write the same outputs
WITHOUT_SYNTAX = "extractor run, without syntax model"


@dataclass
class RunFigures:
    """One measured `extractor run`."""

    label: str
    docs: int
    words: int
    wall: float  # seconds, start-up included
    peak_mb: float  # largest resident set of the run's processes
    stages: dict[str, float] = field(default_factory=dict)  # run.json "seconds"
    claims: int = 0
    promises: int = 0
    timeline_mb: float = 0.0
    cpu: float = 0.0  # CPU seconds (user + system) of the run's processes, start-up included: steadier than wall

    @property
    def seconds(self) -> float:
        """The run's own time, reading to the last output (start-up and imports excluded)."""
        return self.stages.get("total", self.wall)


def words(texts: Sequence[str]) -> int:
    return sum(len(t.split()) for t in texts)


def measure_run(inputs: Sequence[str | Path], label: str, n_process: int = 1, dask: str | None = None,
                texts: Sequence[str] = (), extra_env: dict[str, str] | None = None) -> RunFigures:
    """Run ``extractor run`` on ``inputs`` in a child process (its environment plus ``extra_env``) and
    read its time, memory and report."""
    package_root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, **(extra_env or {}),
           "PYTHONPATH": os.pathsep.join(filter(None, [package_root, os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryDirectory(prefix="extractor-bench-") as out:
        cmd = [sys.executable, "-m", "extractor", "run", *map(str, inputs), "--out", out, "--as-of", AS_OF,
               "--n-process", str(n_process), *(["--dask", dask] if dask else [])]
        t0 = time.perf_counter()
        child = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)  # usage of the child and the workers it waited for
        wall = time.perf_counter() - t0
        child.returncode = os.waitstatus_to_exitcode(status)
        err = child.stderr.read().decode("utf-8", "replace") if child.stderr else ""
        if child.returncode not in (0, 2):
            raise RuntimeError(f"extractor run failed ({child.returncode}): {err.strip().splitlines()[-1:]}")
        report = json.loads((Path(out) / "run.json").read_text(encoding="utf-8"))
        timeline = Path(out) / "timeline.html"
        return RunFigures(
            label=label,
            docs=report["counts"]["documents_read"],
            words=words(texts),
            wall=wall,
            peak_mb=usage.ru_maxrss / 1024,
            stages=report["seconds"],
            claims=report["counts"]["claims"],
            promises=report["counts"].get("promises", 0),
            timeline_mb=timeline.stat().st_size / 1e6 if timeline.is_file() else 0.0,
            cpu=usage.ru_utime + usage.ru_stime,
        )


def blank_baseline(texts: Sequence[str]) -> float:
    """Seconds for ``spacy.blank("en")`` + sentencizer over the texts."""
    import spacy

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp(texts[0] if texts else "")
    t0 = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=64):
        pass
    return time.perf_counter() - t0


def dateparser_baseline(texts: Sequence[str]) -> float:
    """Seconds for the naive peer: sentencizer, then ``search_dates`` on each sentence with a future cue."""
    import spacy
    from dateparser.search import search_dates

    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    cues = lexicon.words("claims", "future")
    search_dates("warm up in July 2023", languages=["en"])
    t0 = time.perf_counter()
    for doc in nlp.pipe(texts, batch_size=64):
        for sent in doc.sents:
            if any(t.lower_ in cues for t in sent):
                search_dates(sent.text, languages=["en"])
    return time.perf_counter() - t0


def uses_syntax() -> bool:
    """Whether ``extractor run`` here runs the syntax model (present, and not switched off)."""
    chosen = os.environ.get(nlp.SYNTAX_ENV, "")
    return chosen != "none" and (Path(chosen or syntax.MODEL_DIR) / "config.cfg").is_file()


def corpus(articles: Sequence[Article], size: int, folder: Path) -> tuple[Path, list[str]]:
    """A synthetic JSON Lines corpus of ``size`` articles and the texts the pipeline will read from it."""
    path = synthetic.write(articles, size, folder / f"bench-{size}.jsonl")
    return path, [records.compose(a)[0] for a in read_articles([path]).articles]


@dataclass
class Bench:
    """What `extractor bench` measured."""

    docs: int
    words: int
    blank_s: float
    peer_s: float
    runs: list[RunFigures]
    sizes: list[RunFigures] = field(default_factory=list)


def run(inputs: Sequence[str | Path], repeat: int = 1, n_process: int = 2, sizes: Sequence[int] = (),
        size_n_process: int = 1) -> Bench:
    """Whole runs with one process and with ``n_process``, the baselines over the same texts, and one run per
    synthetic corpus size. ``repeat`` > 1 measures a synthetic corpus of ``repeat`` copies of the articles."""
    articles = read_articles(inputs).articles
    with tempfile.TemporaryDirectory(prefix="extractor-corpus-") as tmp:
        if repeat > 1:
            path, texts = corpus(articles, repeat * len(articles), Path(tmp))
            measured: Sequence[str | Path] = [path]
        else:
            measured, texts = inputs, [records.compose(a)[0] for a in articles]
        blank_s, peer_s = blank_baseline(texts), dateparser_baseline(texts)
        runs = [measure_run(measured, "extractor run, 1 process", 1, texts=texts)]
        if uses_syntax():
            runs.append(measure_run(measured, WITHOUT_SYNTAX, 1, texts=texts, extra_env={nlp.SYNTAX_ENV: "none"}))
        if n_process > 1:
            runs.append(measure_run(measured, f"extractor run, {n_process} processes", n_process, texts=texts))
        scale = []
        for size in sizes:
            path, size_texts = corpus(articles, size, Path(tmp))
            scale.append(measure_run([path], f"{size} articles", size_n_process, texts=size_texts))
            path.unlink()
    return Bench(len(texts), words(texts), blank_s, peer_s, runs, scale)


def growth(small: RunFigures, big: RunFigures) -> str:
    """How much more the biggest corpus cost than the smallest, beside how much bigger it is (linear: equal)."""
    def times(a: float, b: float) -> str:
        return f"{b / a:.2f}x" if a else "-"

    group = times(small.stages.get("group", 0), big.stages.get("group", 0))
    return (f"growth {small.docs} -> {big.docs} articles ({times(small.docs, big.docs)}): run time "
            f"{times(small.seconds, big.seconds)}, grouping {group}, peak MB {times(small.peak_mb, big.peak_mb)}")


def render(bench: Bench) -> str:
    """The throughput table with ratios to the baselines, the stages, and the growth table."""
    def rate(n: float, s: float) -> float:
        return n / s if s else float("inf")

    blank_wps = rate(bench.words, bench.blank_s)
    lines = [f"corpus: {bench.docs} documents, {bench.words} words",
             f"{'what':34} {'seconds':>8} {'docs/s':>8} {'words/s':>9} {'x blank':>8} {'peak MB':>8} "
             f"{'wall s':>7}",
             f"{'spacy.blank(en) + sentencizer':34} {bench.blank_s:8.2f} {rate(bench.docs, bench.blank_s):8.1f} "
             f"{blank_wps:9.0f} {1.0:8.3f} {'':>8}",
             f"{'dateparser search_dates, cue sents':34} {bench.peer_s:8.2f} {rate(bench.docs, bench.peer_s):8.1f} "
             f"{rate(bench.words, bench.peer_s):9.0f} {rate(bench.words, bench.peer_s) / blank_wps:8.3f} {'':>8}"]
    for r in bench.runs:
        wps = rate(r.words, r.seconds)
        lines.append(f"{r.label:34} {r.seconds:8.2f} {rate(r.docs, r.seconds):8.1f} {wps:9.0f} "
                     f"{wps / blank_wps:8.3f} {r.peak_mb:8.0f} {r.wall:7.2f}")
    one = bench.runs[0]
    lines.append(f"extractor / dateparser peer: {bench.peer_s / one.seconds:.2f}x; "
                 f"extractor / blank spaCy: {bench.blank_s / one.seconds:.3f}x")
    for r in bench.runs[1:]:
        if r.label == WITHOUT_SYNTAX:
            lines.append(f"throughput with the syntax model: {r.seconds / one.seconds:.2f}x of without")
        else:
            lines.append(f"{r.label} / 1 process: {one.seconds / r.seconds:.2f}x; with start-up (imports, the "
                         f"pipeline's load; workers start inside the run's time): {one.wall / r.wall:.2f}x")
    for r in bench.runs:
        stages = ", ".join(f"{k} {v:.2f}" for k, v in r.stages.items())
        lines.append(f"stages, {r.label} (s): {stages}; wall with start-up {r.wall:.2f}; CPU {r.cpu:.2f}; "
                     f"{r.claims} claims, {r.promises} promises")
    if bench.sizes:
        lines.append(f"{'articles':>9} {'claims':>8} {'seconds':>8} {'docs/s':>7} {'extract':>8} {'group':>7} "
                     f"{'write':>7} {'peak MB':>8} {'timeline MB':>12}")
        for r in bench.sizes:
            s = r.stages
            lines.append(f"{r.docs:9d} {r.claims:8d} {r.seconds:8.1f} {rate(r.docs, r.seconds):7.1f} "
                         f"{s.get('documents', s.get('extract', 0)):8.1f} {s.get('group', 0):7.1f} "
                         f"{s.get('write', 0):7.1f} {r.peak_mb:8.0f} {r.timeline_mb:12.1f}")
        if len(bench.sizes) > 1:
            lines.append(growth(bench.sizes[0], bench.sizes[-1]))
    lines.append("(seconds: the run's own time, reading to the last output, worker start included; wall s: the "
                 "whole process, start-up included; peak MB: the largest process of the run; CPU: user + system "
                 "seconds of its processes, start-up included; figures from one run on this machine: compare ratios, "
                 "and CPU seconds on a busy one)")
    return "\n".join(lines)
