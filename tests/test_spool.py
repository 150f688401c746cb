"""Streaming claims: whole rows wait on disk, memory holds the columns grouping and the timeline read, and
claims.csv is written a batch at a time, to a temporary file renamed at the end."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from extractor import promises, spool, table
from extractor import run as run_mod
from extractor.articles import read_articles
from extractor.pipeline import extract_articles

REPO = Path(__file__).resolve().parent.parent
SMALL = [str(REPO / "seeds"), str(REPO / "tests" / "fixtures" / "styles_corpus")]


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    return extract_articles(read_articles(SMALL)).frame


def _rows(frame: pd.DataFrame) -> list[tuple]:
    """The frame's rows as compact tuples, in a shuffled arrival order (files interleaved)."""
    plain = table.plain(frame).astype(object).where(frame.notna(), None)
    rows = list(plain.itertuples(index=False, name=None))
    return rows[1::2] + rows[::2]


def test_spool_gives_rows_back_in_any_order(tmp_path: Path) -> None:
    rows = [("a", 1, None, 2.5), ("b", 2, True, None), ("c", 3, False, 0.1)]
    with spool.Spool(tmp_path) as held:
        assert not list(tmp_path.iterdir())  # nothing on disk before the first row
        held.add(rows)
        assert list(held.rows()) == rows
        assert list(held.rows([2, 0, 1])) == [rows[2], rows[0], rows[1]]
        assert list(held.batches(2, [1, 2, 0])) == [[rows[1], rows[2]], [rows[0]]]
    assert not list(tmp_path.iterdir())  # closed: the file is gone


def test_spool_reads_back_without_pread(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Where os.pread is missing (Windows) rows are read by seek and read, and rows added after a read still
    append at the end."""
    monkeypatch.delattr(spool.os, "pread", raising=False)
    rows = [("a", 1, None, 2.5), ("b", 2, True, None), ("c", 3, False, 0.1)]
    with spool.Spool(tmp_path) as held:
        held.add(rows[:2])
        assert list(held.rows([1, 0])) == [rows[1], rows[0]]
        held.add(rows[2:])
        assert list(held.rows([2, 0, 1])) == [rows[2], rows[0], rows[1]]
        assert list(held.rows()) == rows


def test_held_columns_round_trip_to_the_frame_of_whole_rows(frame: pd.DataFrame, tmp_path: Path) -> None:
    rows = _rows(frame)
    whole = table.from_rows(rows)
    with spool.ClaimStore(tmp_path, run_mod.HELD) as store:
        for k in range(0, len(rows), 7):
            store.add(rows[k:k + 7])
        held, order = store.frame()
        pd.testing.assert_frame_equal(held, whole[list(held.columns)])
        assert set(held.columns) == set(run_mod.HELD)
        again = [row for batch in store.claims(order, {}) for row in batch]
    pd.testing.assert_frame_equal(table.from_rows(again), whole)


def test_claims_csv_written_in_batches_is_the_whole_table_s_bytes(frame: pd.DataFrame, tmp_path: Path) -> None:
    rows = list(table.plain(frame).astype(object).where(frame.notna(), None).itertuples(index=False, name=None))
    table.write_csv(table.from_rows(rows), tmp_path / "whole.csv")
    table.write_rows_csv((rows[k:k + 5] for k in range(0, len(rows), 5)), tmp_path / "batches.csv")
    assert (tmp_path / "batches.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    table.write_rows_csv([], tmp_path / "none.csv")
    table.write_csv(table.from_rows([]), tmp_path / "none-whole.csv")
    assert (tmp_path / "none.csv").read_bytes() == (tmp_path / "none-whole.csv").read_bytes()


def test_interrupted_claims_csv_leaves_no_part_of_one(frame: pd.DataFrame, tmp_path: Path) -> None:
    rows = list(table.plain(frame).astype(object).where(frame.notna(), None).itertuples(index=False, name=None))

    def batches():  # noqa: ANN202 - a generator that stops the write half-way
        yield rows[:5]
        raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        table.write_rows_csv(batches(), tmp_path / "claims.csv")
    assert not list(tmp_path.iterdir())


def test_interrupted_run_leaves_no_claims_csv_and_no_spool(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def stop(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(promises, "promises_table", stop)  # after every claim is spooled, before any output
    with pytest.raises(KeyboardInterrupt):
        run_mod.run([str(REPO / "seeds")], tmp_path / "out", as_of=date(2026, 1, 1))
    assert not list((tmp_path / "out").iterdir())


def test_run_writes_what_the_whole_frame_writes(tmp_path: Path) -> None:
    result = run_mod.run(SMALL, tmp_path, as_of=date(2026, 1, 1))
    whole = extract_articles(read_articles(SMALL)).frame
    table.write_csv(whole, tmp_path / "whole.csv")
    assert (tmp_path / "claims.csv").read_bytes() == (tmp_path / "whole.csv").read_bytes()
    assert result.report["counts"]["claims"] == len(whole)
    assert not list(tmp_path.glob(".claims-*"))
