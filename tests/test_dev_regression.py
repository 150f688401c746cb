"""Accuracy floors on the shared dev set, measured as the product is judged: `extractor run` on the
folder, then `../shared/corpus/score.py` on the CSV (skipped cleanly when ../shared is absent).

Reached now: dev detect P 1.000 R 0.990 F1 0.995, strict F1 0.984, date_acc 0.990, value_acc 0.944 (n=18); dev2: see
DEV2_FLOORS.
Floors sit a little under; raise them as the extractor improves, never lower them to pass a change.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from extractor import evaluate
from extractor.run import run

FLOORS = {"detect_p": 0.97, "detect_r": 0.97, "detect_f1": 0.97, "strict_f1": 0.96, "date_acc": 0.97,
          "value_acc": 0.90}


# dev2 (24 articles from other sectors and countries, 7 plain texts with datelines): first run detect P 0.846
# R 0.886 F1 0.865, strict F1 0.550, date_acc 0.635, value_acc 0.612 (n=67); now detect P 0.994 R 0.934 F1 0.963,
# strict F1 0.957, date_acc 0.994, value_acc 0.917 (n=72).
DEV2_FLOORS = {"detect_p": 0.96, "detect_r": 0.90, "detect_f1": 0.93, "strict_f1": 0.92, "date_acc": 0.96,
               "value_acc": 0.88}


def _scored(shared_dir: Path, name: str, tmp_path: Path, floors: dict[str, float]) -> dict:
    corpus = shared_dir / "corpus" / name
    if not corpus.is_dir():
        pytest.skip(f"{corpus} not present")
    result = run([str(corpus)], tmp_path, warn=lambda _: None)
    assert result.exit_code == 0
    csv_path = tmp_path / "claims.csv"
    done = subprocess.run([sys.executable, str(shared_dir / "corpus" / "score.py"), str(corpus), str(csv_path),
                           "--json"], capture_output=True, text=True, check=True)
    reference = json.loads(done.stdout.splitlines()[-1])
    ours = evaluate.score_csv(corpus, csv_path)
    assert {k: ours[k] for k in floors} == {k: reference[k] for k in floors}
    return reference


@pytest.mark.slow
@pytest.mark.parametrize(("name", "floors"), [("dev", FLOORS), ("dev2", DEV2_FLOORS)])
def test_shared_corpus_floors(shared_dir: Path, tmp_path: Path, name: str, floors: dict[str, float]) -> None:
    reference = _scored(shared_dir, name, tmp_path, floors)
    low = {k: reference[k] for k, floor in floors.items() if reference[k] is None or reference[k] < floor}
    assert not low, f"{name} under its floors: {low}"
