"""The figures of predicted rows against the gold: detection, strict (right date too), values, categories and
promise grouping, one tally over every file so the figures are micro-averaged."""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from extractor.evaluate.cells import cell, number, show_number
from extractor.evaluate.gold import GoldClaim, load_gold
from extractor.evaluate.matching import pair, unit
from extractor.metrics import prf


@dataclass
class _Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0
    strict_tp: int = 0
    value_ok: int = 0
    value_n: int = 0
    by_category: Counter[str] = field(default_factory=Counter)
    found_by_category: Counter[str] = field(default_factory=Counter)
    misses: list[dict[str, str]] = field(default_factory=list)
    extras: list[dict[str, str]] = field(default_factory=list)
    wrong_dates: list[dict[str, str]] = field(default_factory=list)
    wrong_values: list[dict[str, str]] = field(default_factory=list)
    pred_groups: list[str] = field(default_factory=list)
    gold_groups: list[str] = field(default_factory=list)


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    return prf(tp, tp + fp, tp + fn)


def _score_file(name: str, rows: list[Mapping[str, Any]], golds: list[GoldClaim], t: _Tally) -> None:
    pairing = pair(rows, golds)
    for r, row in enumerate(rows):
        if r not in pairing:
            t.fp += 1
            extra = {"file": name, "date_text": cell(row.get("date_text"))}
            t.extras.append({**extra, "sentence": cell(row.get("sentence"))})
            continue
        g = golds[pairing[r]]
        if g.optional:
            continue
        t.tp += 1
        t.found_by_category[g.category] += 1
        got = str(row.get("promised", "")).strip()
        if got == g.promised:
            t.strict_tp += 1
        else:
            t.wrong_dates.append({"file": name, "date_text": g.date_text, "gold": g.promised, "got": got})
        if g.value is not None:
            t.value_n += 1
            pv = number(row.get("value"))
            close = pv is not None and abs(pv - g.value) <= 0.01 * abs(g.value)
            if close and unit(row.get("unit")) == unit(g.unit):
                t.value_ok += 1
            else:
                gold_value = f"{show_number(g.value)} {g.unit}".strip()
                got_value = f"{show_number(pv)} {cell(row.get('unit'))}".strip()
                t.wrong_values.append({"file": name, "date_text": g.date_text, "gold": gold_value, "got": got_value})
        pid = cell(row.get("promise_id"))
        if g.promise is not None and pid:
            t.pred_groups.append(pid)
            t.gold_groups.append(g.promise)
    for i, g in enumerate(golds):
        if not g.optional:
            t.by_category[g.category] += 1
            if i not in pairing.values():
                t.fn += 1
                t.misses.append({"file": name, "date_text": g.date_text, "sentence": g.sentence})


def _grouping(pred: Sequence[str], gold: Sequence[str]) -> dict[str, float]:
    """Pairwise grouping figures from the promises module (it owns the definition)."""
    from extractor.promises import grouping_scores

    return grouping_scores(pred, gold)


def score_rows(
    gold: Mapping[str, list[GoldClaim]], rows: Sequence[Mapping[str, Any]], show: bool = False
) -> dict:
    """Figures for predicted rows (mappings with source_file, sentence, date_text, promised, ...)."""
    by_file: dict[str, list[Mapping[str, Any]]] = {}
    for row in rows:
        by_file.setdefault(Path(str(row.get("source_file") or "")).name, []).append(row)
    t = _Tally()
    for name in sorted(gold):
        _score_file(name, by_file.get(name, []), gold[name], t)
    dp, dr, df = _prf(t.tp, t.fp, t.fn)
    wrong = t.tp - t.strict_tp
    sp, sr, sf = _prf(t.strict_tp, t.fp + wrong, t.fn + wrong)
    result: dict[str, Any] = {
        "gold": t.tp + t.fn,
        "predicted_scored": t.tp + t.fp,
        "tp": t.tp,
        "fp": t.fp,
        "fn": t.fn,
        "detect_p": dp,
        "detect_r": dr,
        "detect_f1": df,
        "strict_p": sp,
        "strict_r": sr,
        "strict_f1": sf,
        "date_acc": t.strict_tp / t.tp if t.tp else 0.0,
        "value_acc": t.value_ok / t.value_n if t.value_n else None,
        "value_n": t.value_n,
        "category_recall": {
            cat: {"recall": t.found_by_category[cat] / n, "found": t.found_by_category[cat], "gold": n}
            for cat, n in sorted(t.by_category.items())
        },
    }
    if t.gold_groups:
        g = _grouping(t.pred_groups, t.gold_groups)
        result.update(group_p=g["precision"], group_r=g["recall"], group_f1=g["f1"])
        result.update(group_bcubed_p=g["bcubed_precision"], group_bcubed_r=g["bcubed_recall"],
                      group_bcubed_f1=g["bcubed_f1"])
        result["group_n"] = len(t.gold_groups)
    if show:
        result.update(misses=t.misses, extras=t.extras, wrong_dates=t.wrong_dates, wrong_values=t.wrong_values)
    return result


def score_frame(gold_path_or_dir: str | Path, claims_df: pd.DataFrame, show: bool = False) -> dict:
    """Score a claims DataFrame (extractor/table.py columns; at least source_file, sentence, date_text,
    promised) against a gold.yaml or a corpus folder holding one."""
    rows = [{k: cell(v) for k, v in rec.items()} for rec in claims_df.to_dict("records")]
    return score_rows(load_gold(gold_path_or_dir), rows, show)


def score_csv(corpus_dir: str | Path, csv_path: str | Path, show: bool = False) -> dict:
    """Score a claims CSV against the corpus's gold.yaml, reading every cell as text."""
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return score_rows(load_gold(corpus_dir), rows, show)
