"""The claims table: schema checks before writing, spreadsheet-safe cells, atomic writes."""

from __future__ import annotations

import contextlib
import csv
import dataclasses
from pathlib import Path

import pandas as pd
import pytest

from extractor import records, table


def _row(**values: object) -> dict[str, object]:
    base = {"claim_id": "c1", "doc_id": "d1", "source_file": "a.txt", "published": "2024-01-02",
            "published_source": "metadata", "sentence": "Acme will open a plant in 2026.", "date_text": "2026",
            "promised": "2026", "promised_start": "2026-01-01", "promised_end": "2026-12-31", "granularity": "year",
            "bound": "on", "subject": "Acme", "what": "open plant", "category": "launch", "commitment": "firm",
            "value": -5.0, "lead_days": -3}
    return {**base, **values}


def test_claim_record_and_schema_declare_the_same_columns() -> None:
    assert [f.name for f in dataclasses.fields(records.Claim)] == table.COLUMNS


@pytest.mark.parametrize(
    ("label", "ok"),
    [("", True), ("2024", True), ("2024-H2", True), ("2024-Q4", True), ("2024-12", True), ("2024-02-29", True),
     ("2024-13", False), ("2024-00", False), ("2023-02-29", False), ("2031-02-30", False), ("2024-Q5", False),
     ("0000", False), ("10000", False), ("2024-1", False), ("FY2024", False)],
)
def test_period_labels(label: str, ok: bool) -> None:
    assert table.valid_label(label) is ok
    assert (not table.record_problems(_row(promised=label))) is ok


@pytest.mark.parametrize(("day", "ok"), [("", True), ("2024-02-29", True), ("2024-02-30", False),
                                         ("2024-13-01", False), ("24-01-01", False), ("10000-01-01", False)])
def test_calendar_days(day: str, ok: bool) -> None:
    assert table.valid_day(day) is ok
    with pytest.raises(table.SchemaError) if not ok else contextlib.nullcontext():
        table.to_frame([_row(promised_end=day)])


@pytest.mark.parametrize(
    ("cell", "safe"),
    [("=HYPERLINK(\"http://x\",\"y\")", "'=HYPERLINK(\"http://x\",\"y\")"), ("+1+2", "'+1+2"), ("-2+3", "'-2+3"),
     ("@SUM(A1)", "'@SUM(A1)"), ("\tx", "'\tx"), ("\rx", "'\rx"), ("'=x", "''=x"), ("plain", "plain"),
     ("a=b", "a=b"), ("'quoted'", "'quoted'")],
)
def test_formula_cells_are_neutralised_and_restored(cell: str, safe: str) -> None:
    assert table.neutralise(cell) == safe
    assert table.restore(safe) == cell


def test_written_csv_has_no_formula_leading_text_cell_and_reads_back(tmp_path: Path) -> None:
    frame = table.to_frame([_row(title="=HYPERLINK(\"http://evil\",\"x\")", sentence="@cmd|' /C calc'!A0 in 2026",
                                 what="+fund", subject="-Acme")])
    path = table.write_csv(frame, tmp_path / "claims.csv")
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    numeric = {n for n, kind in table.SCHEMA.items() if kind in ("int", "float")}
    for row in rows:
        for name, cell in row.items():
            if name not in numeric:
                assert not cell or cell[0] not in "=+-@\t\r", (name, cell)
    assert rows[0]["value"] == "-5" and rows[0]["lead_days"] == "-3"  # numbers stay numbers
    back = table.read_csv(path)
    assert back.loc[0, "title"] == "=HYPERLINK(\"http://evil\",\"x\")" and back.loc[0, "subject"] == "-Acme"


def test_interrupted_write_leaves_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "claims.csv"
    target.write_text("old\n")

    def half(tmp: Path) -> None:
        tmp.write_text("half a fi")
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        table.atomic_write(target, half)
    assert target.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["claims.csv"]


def test_promises_csv_is_safe(tmp_path: Path) -> None:
    from extractor import promises

    row = {name: "" for name in promises.COLUMNS}
    frame = pd.DataFrame([{**row, "promise_id": "p1", "subject": "=cmd()", "what": "-x", "slip_days": -30}])
    promises.write_promises_csv(frame, tmp_path / "p.csv")
    text = (tmp_path / "p.csv").read_text(encoding="utf-8")
    assert "'=cmd()" in text and "'-x" in text and ",-30," in text
