#!/usr/bin/env python3
"""The gold claims whose category, subject or `what` changed between two score.sh runs, worse ones first.

usage: field_diff.py BASE_OUT CAND_OUT [CORPUS ...] [--field category|subject|what]

BASE_OUT and CAND_OUT are /work/out/TAG folders (one claims.csv per corpus). Each run is paired with the
gold as the reference scorer pairs it (field_errors.pairs); a claim is listed when the field's score on it
differs ("-" it got worse, "+" better), with the gold, both values and the sentence. Why: a better parser
moves the fields of rules tuned on the old parses, and the classes of those moves are what to fix.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from field_errors import _scorer, corpus_dir, pairs


def _score(sc, field: str, pred: str, gold: str) -> float:
    if field == "what":
        return sc.what_f1(pred, gold)
    if field == "subject":
        return float(sc.norm_subject(pred) == sc.norm_subject(gold))
    return float(sc.norm(pred) == sc.norm(gold))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base", type=Path)
    ap.add_argument("cand", type=Path)
    ap.add_argument("corpora", nargs="*")
    ap.add_argument("--field", default="category", choices=("category", "subject", "what"))
    args = ap.parse_args()
    sc = _scorer()
    names = args.corpora or sorted(p.name for p in args.base.iterdir() if (p / "claims.csv").exists())
    net = 0.0
    for name in names:
        key = lambda f, g: (f, g["sentence"], g["date_text"])  # noqa: E731
        base = {key(f, g): (g, row) for f, g, row, _ in pairs(sc, corpus_dir(name), args.base / name / "claims.csv")}
        cand = {key(f, g): (g, row) for f, g, row, _ in pairs(sc, corpus_dir(name), args.cand / name / "claims.csv")}
        lines = []
        for k in base.keys() | cand.keys():
            g = (base.get(k) or cand.get(k))[0]
            gold = str(g.get(args.field) or "")
            b = base[k][1].get(args.field, "") if k in base else None
            c = cand[k][1].get(args.field, "") if k in cand else None
            sb = _score(sc, args.field, b, gold) if b is not None else 0.0
            scand = _score(sc, args.field, c, gold) if c is not None else 0.0
            if abs(sb - scand) > 1e-9:
                net += scand - sb
                lines.append((scand - sb, f"  {'+' if scand > sb else '-'} [{name}/{k[0]}] gold={gold!r} "
                                          f"base={b!r} cand={c!r}\n      {g['sentence'][:260]}"))
        for _, line in sorted(lines, key=lambda x: x[0]):
            print(line)
    print(f"net change of summed {args.field} scores: {net:+.2f}")


if __name__ == "__main__":
    main()
