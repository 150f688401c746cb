"""Score extracted claims against an analyst's gold.yaml (the corpus format of GUIDELINES.md).

Matching rules (the corpus's reference scorer applies the same ones, so figures agree exactly):
a predicted row matches a gold claim of the same file (base name of ``source_file``) when the
sentences overlap (one contains the other, or they share at least half of the smaller word set)
and the date_text strings overlap (one contains the other, case-insensitive). Pairs are made
one-to-one, identical date_text first, then by sentence similarity, then row and gold order, so the
result does not depend on which candidate is looked at first. A row that matches only an optional
gold claim is neither right nor wrong; rows for files the gold does not list are not scored.
"""

from __future__ import annotations

import csv
import math
import re
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from extractor import yamlio
from extractor.metrics import prf

GOLD_NAME = "gold.yaml"
_PROMISED = re.compile(r"^\d{4}(?:-H[12]|-Q[1-4]|-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?)?$")
_WORD = re.compile(r"[a-z0-9$%.]+")
_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_DOLLAR_UNITS = {"$", "us$", "dollars", "dollar"}


class GoldError(ValueError):
    """gold.yaml is malformed; the message names the file and every bad entry."""


@dataclass(frozen=True)
class GoldClaim:
    sentence: str
    date_text: str
    promised: str
    optional: bool
    value: float | None
    unit: str
    category: str
    promise: str | None  # the promise group this mention belongs to, when the analyst gave one


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


def _norm(text: Any) -> str:
    """Lower-case, straight quotes, single spaces: how sentences and dates are compared."""
    return " ".join(str(text or "").lower().translate(_QUOTES).split())


def _words(text: Any) -> set[str]:
    return set(_WORD.findall(_norm(text)))


def _sentences_overlap(a: Any, b: Any) -> bool:
    a, b = _norm(a), _norm(b)
    if not a or not b:
        return False
    if a in b or b in a:
        return True
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / (min(len(wa), len(wb)) or 1) >= 0.5


def _similarity(a: Any, b: Any) -> float:
    wa, wb = _words(a), _words(b)
    return len(wa & wb) / (len(wa | wb) or 1)


def _dates_overlap(a: Any, b: Any) -> bool:
    a, b = _norm(a), _norm(b)
    return bool(a and b) and (a in b or b in a)


def _number(x: Any) -> float | None:
    """A float from a cell or YAML scalar; blanks, NaN and text are no value."""
    if x is None or (isinstance(x, str) and not x.strip()):
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def _show_number(v: float | None) -> str:
    """1000000000 rather than 1e+09 or 1000000000.0, for reading in the details."""
    if v is None:
        return ""
    return str(int(v)) if v.is_integer() else f"{v:g}"


def _unit(u: Any) -> str:
    u = _norm(u).strip(" .")
    return "usd" if u in _DOLLAR_UNITS else u


def _prf(tp: int, fp: int, fn: int) -> tuple[float, float, float]:
    return prf(tp, tp + fp, tp + fn)


def _gold_path(gold_path_or_dir: str | Path) -> Path:
    path = Path(gold_path_or_dir)
    return path / GOLD_NAME if path.is_dir() else path


def _claim(c: Any, where: str, errors: list[str]) -> GoldClaim | None:
    """One validated gold claim, or None after recording what is wrong with it."""
    if not isinstance(c, Mapping):
        errors.append(f"{where}: not a mapping")
        return None
    bad = len(errors)
    for key in ("sentence", "date_text"):
        if not isinstance(c.get(key), str) or not c[key].strip():
            errors.append(f"{where}: {key} must be non-empty text")
    promised = c.get("promised")
    if isinstance(promised, int) and not isinstance(promised, bool):
        promised = str(promised)
    if not isinstance(promised, str) or not _PROMISED.match(promised.strip()):
        errors.append(f"{where}: promised {c.get('promised')!r} is not YYYY|YYYY-Hn|YYYY-Qn|YYYY-MM[-DD]")
    if not isinstance(c.get("optional", False), bool):
        errors.append(f"{where}: optional must be true or false, not {c.get('optional')!r}")
    value = c.get("value")
    if value is not None and (isinstance(value, bool) or not isinstance(value, int | float)):
        errors.append(f"{where}: value must be a number or null, not {value!r}")
    for key in ("unit", "category"):
        if c.get(key) is not None and not isinstance(c.get(key), str):
            errors.append(f"{where}: {key} must be text or null, not {c.get(key)!r}")
    promise = c.get("promise")
    if promise is not None and not isinstance(promise, str | int):
        errors.append(f"{where}: promise must be an id (text) or null, not {promise!r}")
    if len(errors) > bad:
        return None
    return GoldClaim(
        sentence=c["sentence"],
        date_text=c["date_text"],
        promised=str(promised).strip(),
        optional=bool(c.get("optional", False)),
        value=_number(value),
        unit=c.get("unit") or "",
        category=c.get("category") or "",
        promise=None if promise is None else str(promise),
    )


def load_gold(gold_path_or_dir: str | Path) -> dict[str, list[GoldClaim]]:
    """File name -> its gold claims (a file listed twice pools its claims); raises GoldError."""
    path = _gold_path(gold_path_or_dir)
    if not path.is_file():
        raise GoldError(f"{path}: no such gold file")
    try:
        data = yamlio.load(path)
    except Exception as err:  # noqa: BLE001 - any parse failure is reported with the file name
        raise GoldError(f"{path}: not valid YAML: {err}") from err
    if not isinstance(data, list):
        raise GoldError(f"{path}: the top level must be a list of articles")
    errors: list[str] = []
    gold: dict[str, list[GoldClaim]] = {}
    for i, entry in enumerate(data):
        if not isinstance(entry, Mapping) or not isinstance(entry.get("file"), str) or not entry["file"]:
            errors.append(f"entry {i}: needs a `file` name")
            continue
        claims = entry.get("claims") or []
        if not isinstance(claims, list):
            errors.append(f"entry {i} ({entry['file']}): claims must be a list")
            continue
        found = gold.setdefault(entry["file"], [])
        for j, c in enumerate(claims):
            claim = _claim(c, f"entry {i} ({entry['file']}) claim {j}", errors)
            if claim is not None:
                found.append(claim)
    if errors:
        raise GoldError(f"{path}: {len(errors)} problem(s):\n  " + "\n  ".join(errors))
    return gold


def gold_dates(gold_path_or_dir: str | Path) -> dict[str, str]:
    """File name -> the publication date the analyst resolved relative dates against."""
    data = yamlio.load(_gold_path(gold_path_or_dir)) or []
    return {e["file"]: str(e["published"]) for e in data if isinstance(e, Mapping) and e.get("published")}


def _cell(value: Any) -> str:
    """A frame cell as the CSV would hold it: missing values are empty text."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)


def _pair(rows: list[Mapping[str, Any]], golds: list[GoldClaim]) -> dict[int, int]:
    """Row index -> gold index, one-to-one, best candidates first (see module docstring)."""
    cands = []
    for r, row in enumerate(rows):
        for i, g in enumerate(golds):
            sentence, date_text = row.get("sentence"), row.get("date_text")
            if _sentences_overlap(sentence, g.sentence) and _dates_overlap(date_text, g.date_text):
                same = _norm(row.get("date_text")) == _norm(g.date_text)
                cands.append((-int(same), -_similarity(row.get("sentence"), g.sentence), r, i))
    pairing: dict[int, int] = {}
    taken: set[int] = set()
    for _, _, r, i in sorted(cands):
        if r not in pairing and i not in taken:
            pairing[r] = i
            taken.add(i)
    return pairing


def _score_file(name: str, rows: list[Mapping[str, Any]], golds: list[GoldClaim], t: _Tally) -> None:
    pairing = _pair(rows, golds)
    for r, row in enumerate(rows):
        if r not in pairing:
            t.fp += 1
            extra = {"file": name, "date_text": _cell(row.get("date_text"))}
            t.extras.append({**extra, "sentence": _cell(row.get("sentence"))})
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
            pv = _number(row.get("value"))
            close = pv is not None and abs(pv - g.value) <= 0.01 * abs(g.value)
            if close and _unit(row.get("unit")) == _unit(g.unit):
                t.value_ok += 1
            else:
                gold_value = f"{_show_number(g.value)} {g.unit}".strip()
                got_value = f"{_show_number(pv)} {_cell(row.get('unit'))}".strip()
                t.wrong_values.append({"file": name, "date_text": g.date_text, "gold": gold_value, "got": got_value})
        pid = _cell(row.get("promise_id"))
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
    rows = [{k: _cell(v) for k, v in rec.items()} for rec in claims_df.to_dict("records")]
    return score_rows(load_gold(gold_path_or_dir), rows, show)


def score_csv(corpus_dir: str | Path, csv_path: str | Path, show: bool = False) -> dict:
    """Score a claims CSV against the corpus's gold.yaml, reading every cell as text."""
    with open(csv_path, newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    return score_rows(load_gold(corpus_dir), rows, show)


def evaluate(corpus_dir: str | Path, show: bool = False) -> dict:
    """Run the extractor over the corpus's articles and score its claims. Articles without a date
    in their metadata get the one the gold gives, as the analyst resolved relative dates against it."""
    from extractor.articles import parse_date
    from extractor.pipeline import extract

    manifest = {name: day for name, text in gold_dates(corpus_dir).items() if (day := parse_date(text))}
    return score_frame(corpus_dir, extract(corpus_dir, manifest=manifest), show)


def render(result: Mapping[str, Any]) -> str:
    """The figures as text; the details (misses, extras, wrong dates and values) first when present."""
    lines = [f"MISS  {m['file']} | {m['date_text']} | {m['sentence']}" for m in result.get("misses", [])]
    lines += [f"EXTRA {e['file']} | {e['date_text']} | {e['sentence']}" for e in result.get("extras", [])]
    lines += [
        f"DATE  {w['file']} | {w['date_text']} | gold {w['gold']} | got {w['got']}"
        for w in result.get("wrong_dates", [])
    ]
    lines += [
        f"VALUE {w['file']} | {w['date_text']} | gold {w['gold']} | got {w['got'] or 'none'}"
        for w in result.get("wrong_values", [])
    ]
    r = result
    cats = r["category_recall"]
    va = "n/a" if r["value_acc"] is None else f"{r['value_acc']:.3f}"
    lines += [
        f"gold {r['gold']}  scored {r['predicted_scored']}  tp {r['tp']}  fp {r['fp']}  fn {r['fn']}",
        f"detect  P {r['detect_p']:.3f}  R {r['detect_r']:.3f}  F1 {r['detect_f1']:.3f}",
        f"strict  P {r['strict_p']:.3f}  R {r['strict_r']:.3f}  F1 {r['strict_f1']:.3f}",
        f"date_acc {r['date_acc']:.3f}  value_acc {va} (n={r['value_n']})",
        "recall by category: "
        + "  ".join(f"{c} {v['recall']:.2f} ({v['found']}/{v['gold']})" for c, v in cats.items()),
    ]
    if "group_f1" in r:
        figures = f"P {r['group_p']:.3f}  R {r['group_r']:.3f}  F1 {r['group_f1']:.3f}"
        lines.append(f"grouping (pairwise over {r['group_n']} matched mentions)  {figures}")
        bcubed = f"P {r['group_bcubed_p']:.3f}  R {r['group_bcubed_r']:.3f}  F1 {r['group_bcubed_f1']:.3f}"
        lines.append(f"grouping (B-cubed over {r['group_n']} matched mentions)  {bcubed}")
    return "\n".join(lines)
