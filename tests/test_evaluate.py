"""The scorer: hand-computed figures on a tiny corpus, agreement with the corpus's reference scorer,
gold validation, and the `eval` command."""

from __future__ import annotations

import csv
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from extractor import evaluate, table
from extractor.cli import app

CORPUS = Path(__file__).parent / "fixtures" / "eval_corpus"
N1, N2, N3 = "001-northwind-ohio-plant.md", "002-helio-grid-storage.txt", "003-skyhook-launch-target.md"
S_PLANT = "Northwind Motors said on Tuesday that its Ohio plant will open in 2025."
S_OUTPUT = "The company expects to build 200,000 vehicles a year there by the end of 2026."
S_HELIO = "It aims to install 3 GWh of storage by September 2025 and to reach 40% renewable supply in 2027."
S_SKY = "Skyhook Aerospace is targeting 30 launches next year, up from 18 this year."

# Hand-written predictions; the comment says what each row is worth against gold.yaml.
PREDICTIONS = [
    # title claim, exact: TP, right date
    dict(source_file=f"in/{N1}", sentence="Northwind Motors to open Ohio plant in 2025", date_text="2025",
         promised="2025", promise_id="P1"),
    # (S_PLANT is never predicted: one miss)
    # date_text "the end of 2026" contains gold "end of 2026": TP, wrong date; value and unit right
    dict(source_file=N1, sentence=S_OUTPUT, date_text="the end of 2026", promised="2026", value="200000",
         unit="vehicles per year", promise_id="P1"),
    # matches only an optional gold claim: neither TP nor FP
    dict(source_file=N1, sentence="Chief executive Dana Reyes said a cheaper sedan could follow in the coming months.",
         date_text="the coming months", promised="2024", promise_id="P9"),
    # a past fact: FP
    dict(source_file=N1, sentence="Northwind sold 150,000 cars last year.", date_text="last year", promised="2023"),
    # the gold sentence contains this one: TP, right date; "$" is USD
    dict(source_file=N2, sentence="Helio Grid will invest $2 billion in battery storage next year",
         date_text="next year", promised="2025", value="2000000000", unit="$", promise_id="P3"),
    # "2025" overlaps gold "September 2025", but the next row's identical date_text wins that gold claim: FP
    dict(source_file=N2, sentence=S_HELIO, date_text="2025", promised="2025", promise_id="P3"),
    dict(source_file=N2, sentence=S_HELIO, date_text="September 2025", promised="2025-09", value="3", unit="GWh",
         promise_id="P3"),
    # value within 1%: right
    dict(source_file=N2, sentence=S_HELIO, date_text="2027", promised="2027", value="40.3", unit="%",
         promise_id="P4"),
    # shares more than half of the title's words: TP for the title claim (not for S_SKY, a closer row takes it)
    dict(source_file=N3, sentence="Skyhook now aims for 30 orbital launches next year", date_text="next year",
         promised="2025", value="30", unit="launches", promise_id="P5"),
    # TP, right date, wrong unit
    dict(source_file=N3, sentence=S_SKY, date_text="next year", promised="2025", value="30", unit="flights",
         promise_id="P5"),
    # TP, wrong date (month instead of day)
    dict(source_file=N3, sentence="The company will unveil its reusable booster at an event on March 3, 2025.",
         date_text="March 3", promised="2025-03", promise_id="P6"),
    # a file the gold does not list: not scored
    dict(source_file="999-elsewhere.md", sentence="Something will happen in 2030.", date_text="2030", promised="2030"),
]
# tp 8 (all required gold claims but S_PLANT), fp 2, fn 1, 6 of 8 dates right, 5 of 6 values right
EXPECTED = {
    "gold": 9,
    "predicted_scored": 10,
    "detect_p": 8 / 10,
    "detect_r": 8 / 9,
    "detect_f1": 16 / 19,
    "strict_p": 6 / 10,
    "strict_r": 6 / 9,
    "strict_f1": 12 / 19,
    "date_acc": 6 / 8,
    "value_acc": 5 / 6,
    "value_n": 6,
}


@pytest.fixture
def predictions_csv(tmp_path: Path) -> Path:
    path = tmp_path / "claims.csv"
    with path.open("w", newline="", encoding="utf-8") as fh:
        writer = csv.DictWriter(fh, fieldnames=table.COLUMNS, restval="")
        writer.writeheader()
        writer.writerows(PREDICTIONS)
    return path


def test_hand_computed_figures(predictions_csv: Path) -> None:
    result = evaluate.score_csv(CORPUS, predictions_csv)
    for key, value in EXPECTED.items():
        assert result[key] == pytest.approx(value), key
    assert result["category_recall"] == {
        "capacity": {"recall": 1.0, "found": 5, "gold": 5},
        "event": {"recall": 1.0, "found": 1, "gold": 1},
        "production": {"recall": 0.5, "found": 1, "gold": 2},
        "spending": {"recall": 1.0, "found": 1, "gold": 1},
    }
    # pairs of matched mentions: predicted together P1, P3, P5 (3 pairs); gold together only skyhook-30 (P5)
    assert (result["group_p"], result["group_r"], result["group_f1"]) == pytest.approx((1 / 3, 1.0, 0.5))
    assert result["group_n"] == 8


def test_show_lists_misses_extras_and_wrong_dates(predictions_csv: Path) -> None:
    result = evaluate.score_csv(CORPUS, predictions_csv, show=True)
    assert [m["sentence"] for m in result["misses"]] == [S_PLANT]
    assert [(e["file"], e["date_text"]) for e in result["extras"]] == [(N1, "last year"), (N2, "2025")]
    assert [(w["gold"], w["got"]) for w in result["wrong_dates"]] == [("2026-12", "2026"), ("2025-03-03", "2025-03")]
    assert [(w["gold"], w["got"]) for w in result["wrong_values"]] == [("30 launches", "30 flights")]
    assert "misses" not in evaluate.score_csv(CORPUS, predictions_csv)


def test_frame_and_csv_agree(predictions_csv: Path) -> None:
    frame = table.read_csv(predictions_csv)
    assert evaluate.score_frame(CORPUS, frame, show=True) == evaluate.score_csv(CORPUS, predictions_csv, show=True)


def test_row_order_does_not_matter(predictions_csv: Path) -> None:
    frame = table.read_csv(predictions_csv)
    reversed_frame = frame.iloc[::-1].reset_index(drop=True)
    figures = evaluate.score_frame(CORPUS, frame)
    assert evaluate.score_frame(CORPUS, reversed_frame) == figures


def test_agrees_with_reference_scorer(shared_dir: Path, predictions_csv: Path) -> None:
    script = shared_dir / "corpus" / "score.py"
    out = subprocess.run(
        [sys.executable, str(script), str(CORPUS), str(predictions_csv), "--json", "--show"],
        capture_output=True, text=True, check=True,
    ).stdout.splitlines()
    reference = json.loads(out[-1])
    ours = evaluate.score_csv(CORPUS, predictions_csv, show=True)
    assert {k: ours[k] for k in reference} == reference
    details = [line for line in evaluate.render(ours).splitlines() if line.startswith(("MISS", "EXTRA", "DATE"))]
    assert details == out[:-1]


@pytest.mark.slow
def test_agrees_with_reference_scorer_on_dev_corpus(shared_dir: Path, tmp_path: Path) -> None:
    """The dev gold itself as predictions, with some dates and values spoiled."""
    corpus = shared_dir / "corpus" / "dev"
    gold = evaluate.load_gold(corpus)
    rows = [
        dict(source_file=name, sentence=g.sentence, date_text=g.date_text.upper() if k % 5 == 0 else g.date_text,
             promised="1999" if k % 3 == 0 else g.promised, value=g.value * 1.02 if g.value and k % 2 else g.value,
             unit=g.unit)
        for name, claims in gold.items() for k, g in enumerate(claims) if k % 4 != 1
    ]
    path = tmp_path / "dev.csv"
    pd.DataFrame(rows).to_csv(path, index=False)
    out = subprocess.run([sys.executable, str(shared_dir / "corpus" / "score.py"), str(corpus), str(path), "--json"],
                         capture_output=True, text=True, check=True).stdout.splitlines()
    reference = json.loads(out[-1])
    ours = evaluate.score_csv(corpus, path)
    assert {k: ours[k] for k in reference} == reference


@pytest.mark.parametrize(
    ("yaml_text", "message"),
    [
        ("- file: a.md\n  claims:\n    - {sentence: s, date_text: d, promised: 2024-13}\n",
         "entry 0 (a.md) claim 0: promised '2024-13'"),
        ("- file: a.md\n  claims:\n    - {sentence: s, date_text: d, promised: '2024', optional: no}\n",
         "entry 0 (a.md) claim 0: optional must be true or false, not 'no'"),
        ("- file: a.md\n  claims:\n    - {sentence: s, promised: '2024'}\n",
         "entry 0 (a.md) claim 0: date_text must be non-empty text"),
        ("- file: a.md\n  claims:\n    - {sentence: s, date_text: d, promised: '2024', value: ten}\n",
         "value must be a number or null, not 'ten'"),
        ("- claims: []\n", "entry 0: needs a `file` name"),
        ("file: a.md\n", "the top level must be a list"),
    ],
)
def test_gold_errors_name_file_and_entry(tmp_path: Path, yaml_text: str, message: str) -> None:
    (tmp_path / "gold.yaml").write_text(yaml_text, encoding="utf-8")
    with pytest.raises(evaluate.GoldError) as err:
        evaluate.load_gold(tmp_path)
    assert str(tmp_path / "gold.yaml") in str(err.value)
    assert message in str(err.value)


def test_gold_loading_keeps_yaml_12_scalars(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text(
        "- file: a.md\n  published: 2024-01-02\n  claims:\n"
        "    - {sentence: s, date_text: d, promised: 2024, bound: on, optional: true, value: 5, unit: GWh}\n",
        encoding="utf-8",
    )
    (claim,) = evaluate.load_gold(tmp_path / "gold.yaml")["a.md"]
    assert (claim.promised, claim.optional, claim.value, claim.unit) == ("2024", True, 5.0, "GWh")
    assert evaluate.gold_dates(tmp_path) == {"a.md": "2024-01-02"}


def test_cli_scores_a_claims_file(predictions_csv: Path) -> None:
    result = CliRunner().invoke(app, ["eval", str(CORPUS), "--claims", str(predictions_csv), "--json", "--show"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert lines[0].startswith("MISS  001-northwind-ohio-plant.md | 2025 |")
    assert any(line.startswith("strict  P 0.600  R 0.667") for line in lines)
    figures = json.loads(lines[-1])
    assert figures["detect_f1"] == pytest.approx(16 / 19)
    assert "misses" not in figures


def test_cli_reports_bad_gold(tmp_path: Path) -> None:
    (tmp_path / "gold.yaml").write_text("file: a.md\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(tmp_path), "--claims", str(tmp_path / "gold.yaml")])
    assert result.exit_code == 2
    assert "top level must be a list" in result.output


def test_evaluate_runs_the_extractor_and_scores_its_table(tmp_path: Path) -> None:
    """evaluate() scores the table the extractor writes (undated articles get the gold's date)."""
    from extractor.pipeline import extract

    result = evaluate.evaluate(CORPUS, show=True)
    manifest = tmp_path / "published.yaml"
    manifest.write_text(f"{N2}: 2024-06-05\n", encoding="utf-8")
    written = table.write_csv(extract(CORPUS, manifest=manifest), tmp_path / "claims.csv")
    assert evaluate.score_csv(CORPUS, written, show=True) == result
    assert result["gold"] == 9
