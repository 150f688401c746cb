#!/usr/bin/env python3
"""CPU seconds of each pipe of one or more syntax models over the same sentences, run as the claims
pipeline runs them (extractor.syntax.component: words in, numpy BLAS on one thread, batches of 64).

usage: time_syntax.py CONLLU MODEL [MODEL ...] [--sentences N] [--rounds R]

The models take turns, R rounds, and the median per pipe is printed. Why: `extractor bench`'s ratio on a
shared machine moves by 0.1 between two runs of the same model; the per-pipe CPU seconds of two models on
the same sentences say whether a wider parser or tok2vec costs the 0.8x bound.
"""

from __future__ import annotations

import argparse
import statistics
import time
from pathlib import Path

from spacy.tokens import Doc

from extractor.syntax.component import SyntaxAnnotator, _threads


def sentences(conllu: Path, limit: int) -> list[tuple[list[str], list[bool]]]:
    """Words and spaces of the first ``limit`` sentences (multi-word tokens spelt out as their parts)."""
    out: list[tuple[list[str], list[bool]]] = []
    words: list[str] = []
    spaces: list[bool] = []
    for line in conllu.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if words:
                out.append((words, spaces))
                if len(out) >= limit:
                    break
            words, spaces = [], []
        elif not line.startswith("#"):
            cols = line.split("\t")
            if cols[0].isdigit():
                words.append(cols[1])
                spaces.append("SpaceAfter=No" not in cols[9])
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("conllu", type=Path)
    ap.add_argument("models", type=Path, nargs="+")
    ap.add_argument("--sentences", type=int, default=800)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    sents = sentences(args.conllu, args.sentences)
    annotators = []
    for model in args.models:
        annotator = SyntaxAnnotator(str(model), 64)
        annotator._ensure()
        annotators.append(annotator)
    times: dict[tuple[int, str], list[float]] = {}
    with _threads.limit(limits=1, user_api="blas"):
        measure(annotators, sents, args.rounds, times)
    report(args.models, annotators, sents, args.rounds, times)


def measure(annotators: list[SyntaxAnnotator], sents: list[tuple[list[str], list[bool]]], rounds: int,
            times: dict[tuple[int, str], list[float]]) -> None:
    """Each model in turn, ``rounds`` times, each pipe timed per batch of 64 sentences."""
    for _ in range(rounds):
        for i, annotator in enumerate(annotators):
            assert annotator.parser is not None
            docs = [Doc(annotator.parser.vocab, words=w, spaces=s) for w, s in sents]
            for batch_start in range(0, len(docs), 64):
                batch = docs[batch_start:batch_start + 64]
                for step in annotator.steps:
                    name = getattr(step, "name", None) or getattr(step, "__name__", "step")
                    t0 = time.process_time()
                    batch = list(step.pipe(batch, batch_size=len(batch))) if hasattr(step, "pipe") \
                        else [step(doc) for doc in batch]
                    times.setdefault((i, name), []).append(time.process_time() - t0)


def report(models: list[Path], annotators: list[SyntaxAnnotator], sents: list[tuple[list[str], list[bool]]],
           rounds: int, times: dict[tuple[int, str], list[float]]) -> None:
    tokens = sum(len(w) for w, _ in sents)
    print(f"{len(sents)} sentences, {tokens} tokens; CPU seconds per pass, median of {rounds} rounds")
    for i, model in enumerate(models):
        names = list(dict.fromkeys(getattr(s, "name", None) or getattr(s, "__name__", "step")
                                   for s in annotators[i].steps))
        per = {}
        for n in names:
            chunks = times[(i, n)]
            per_round = len(chunks) // rounds
            per[n] = statistics.median(sum(chunks[r * per_round:(r + 1) * per_round]) for r in range(rounds))
        print(f"{str(model):40s} total {sum(per.values()):.3f}  " + " ".join(f"{n} {v:.3f}" for n, v in per.items()))


if __name__ == "__main__":
    main()
