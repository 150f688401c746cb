#!/usr/bin/env python3
"""Compare two score.sh runs (e.g. the shipped syntax model against a candidate), field by field.

usage: compare_runs.py BASE_TAG CAND_TAG [--out /work/out]

score.sh TAG writes OUT/TAG/CORPUS.json (the scorer's --fields --json). This prints, per corpus, every
field of BASE and the change in CAND, marks a drop of strict or detect F1 (the product owner's rule:
strict F1 must not drop on any corpus), and ends with each field's mean over the corpora and its mean
weighted by the corpus's gold claims. Why: a new syntax model moves category, subject and `what` on
many corpora at once, and the ship decision needs all of them side by side.
To score a candidate model without installing it: `EXTRACTOR_SYNTAX_MODEL=PATH score.sh TAG REPO`.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

FIELDS = (("detect_f1", "detec"), ("strict_f1", "stric"), ("date_acc", "date"), ("value_acc", "value"),
          ("bound_acc", "bound"), ("category_acc", "categ"), ("subject_acc", "subje"), ("what_f1", "what"))
GUARDED = ("detect_f1", "strict_f1")  # a drop of these on any corpus rules a candidate out


def read(out: Path, tag: str) -> dict[str, dict]:
    """corpus -> scorer figures of one score.sh run."""
    return {p.stem: json.loads(p.read_text()) for p in sorted((out / tag).glob("*.json")) if p.stat().st_size}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("base")
    ap.add_argument("cand")
    ap.add_argument("--out", type=Path, default=Path("/work/out"))
    args = ap.parse_args()
    base, cand = read(args.out, args.base), read(args.out, args.cand)
    corpora = [c for c in base if c in cand]
    print(f"{'corpus':10s} " + " ".join(f"{short:>13s}" for _, short in FIELDS))
    drops = []
    for c in corpora:
        cells = []
        for key, short in FIELDS:
            b, n = base[c].get(key), cand[c].get(key)
            if b is None or n is None:
                cells.append(f"{'-':>13s}")
                continue
            delta = n - b
            mark = "!" if key in GUARDED and delta < -1e-9 else " "
            if mark == "!":
                drops.append(f"{c} {short} {b:.3f} -> {n:.3f}")
            cells.append(f"{b:.3f} {delta:+.3f}{mark}")
        print(f"{c:10s} " + " ".join(cells))
    for weighted in (False, True):
        cells = []
        for key, _ in FIELDS:
            rows = [(base[c].get(key), cand[c].get(key), base[c].get("gold", 1) if weighted else 1)
                    for c in corpora]
            rows = [r for r in rows if r[0] is not None and r[1] is not None]
            w = sum(r[2] for r in rows) or 1
            b = sum(r[0] * r[2] for r in rows) / w
            n = sum(r[1] * r[2] for r in rows) / w
            cells.append(f"{b:.3f} {n - b:+.3f} ")
        print(f"{'gold-wtd' if weighted else 'mean':10s} " + " ".join(cells))
    print("strict/detect drops: " + ("; ".join(drops) if drops else "none"))


if __name__ == "__main__":
    main()
