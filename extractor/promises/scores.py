"""How good a grouping is (pairwise and B-cubed against gold labels) and how its cost grows (a benchmark)."""

from __future__ import annotations

import math
import time
from collections import Counter
from collections.abc import Iterable, Sequence
from datetime import timedelta
from typing import Any

import pandas as pd

from extractor.promises.grouping import groups
from extractor.promises.mentions import mentions


def grouping_scores(pred_ids: Sequence[Any], gold_ids: Sequence[Any]) -> dict[str, float]:
    """Pairwise precision/recall/F1 of a clustering: over pairs of items, is "same group" right?

    Items are aligned by position. With no predicted (gold) pairs, precision (recall) is 1.0:
    nothing was wrongly merged (nothing needed merging).
    """
    if len(pred_ids) != len(gold_ids):
        raise ValueError(f"grouping_scores: {len(pred_ids)} predicted ids but {len(gold_ids)} gold ids")

    def pairs(counts: Iterable[int]) -> int:
        return sum(n * (n - 1) // 2 for n in counts)

    pred = [str(p) for p in pred_ids]
    gold = [str(g) for g in gold_ids]
    both = pairs(Counter(zip(pred, gold, strict=True)).values())
    n_pred = pairs(Counter(pred).values())
    n_gold = pairs(Counter(gold).values())
    precision = both / n_pred if n_pred else 1.0
    recall = both / n_gold if n_gold else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    b_p, b_r = _bcubed(pred, gold)
    b_f1 = 2 * b_p * b_r / (b_p + b_r) if b_p + b_r else 0.0
    return {"precision": precision, "recall": recall, "f1": f1, "pred_pairs": n_pred, "gold_pairs": n_gold,
            "bcubed_precision": b_p, "bcubed_recall": b_r, "bcubed_f1": b_f1}


def _bcubed(pred: Sequence[str], gold: Sequence[str]) -> tuple[float, float]:
    """B-cubed precision and recall: per item, the share of its predicted group that shares its gold group
    (and the converse), averaged over items. Unlike pair counts, a big group does not outweigh many small ones."""
    if not pred:
        return 1.0, 1.0
    both = Counter(zip(pred, gold, strict=True))
    in_pred, in_gold = Counter(pred), Counter(gold)
    precision = sum(both[p, g] / in_pred[p] for p, g in zip(pred, gold, strict=True)) / len(pred)
    recall = sum(both[p, g] / in_gold[g] for p, g in zip(pred, gold, strict=True)) / len(pred)
    return precision, recall


def _scaled(claims: pd.DataFrame, size: int) -> pd.DataFrame:
    """`size` claim rows built from the given ones: copies as other documents on later days (every copy
    its own outlet), so blocks fill up as they would with a year of news about the same companies."""
    base = claims.reset_index(drop=True)
    repeats = -(-size // max(len(base), 1))
    frames = []
    for k in range(repeats):
        copy = base.copy()
        shift = timedelta(days=7 * k)
        copy["doc_id"] = copy["doc_id"].astype(str) + f"~{k}"
        copy["provider"] = copy["provider"].astype(str) + f" {k}"
        published = pd.to_datetime(copy["published"], errors="coerce") + shift
        copy["published"] = published.dt.strftime("%Y-%m-%d").fillna("")
        frames.append(copy)
    return pd.concat(frames, ignore_index=True).head(size)


def grouping_benchmark(claims: pd.DataFrame, sizes: Iterable[int] = (2000, 8000, 32000)) -> list[dict[str, Any]]:
    """Seconds to group `size` claim rows made from `claims` (see `_scaled`), per size, with the growth
    against the previous size beside the growth n log n predicts (for `extractor bench --sizes`)."""
    out: list[dict[str, Any]] = []
    for size in sizes:
        frame = _scaled(claims, size)
        t0 = time.perf_counter()
        found = groups(mentions(frame))
        seconds = time.perf_counter() - t0
        row = {"claims": size, "seconds": seconds, "promises": len(found)}
        if out:
            prev = out[-1]
            row["growth"] = seconds / prev["seconds"] if prev["seconds"] else float("nan")
            row["n_log_n_growth"] = (size * _log(size)) / (prev["claims"] * _log(prev["claims"]))
        out.append(row)
    return out


def _log(n: int) -> float:
    return math.log(max(n, 2))
