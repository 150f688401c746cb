"""The figures of a scoring as text for the terminal: the details first, so the summary ends the output."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any


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
