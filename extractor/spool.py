"""Claim rows held on disk while a run streams, so memory holds per claim only what grouping needs.

Each compact row (a tuple in the schema's column order) is pickled once, in arrival order, into a temporary
file beside the outputs, and its offset kept in a flat array (8 bytes a claim). Rows are read back in any
order, a batch at a time, when claims.csv is written; the file is removed when the spool is closed, also
when a run is interrupted.
"""

from __future__ import annotations

import os
import pickle
import tempfile
from abc import ABC, abstractmethod
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import islice
from pathlib import Path
from types import TracebackType
from typing import BinaryIO, Self

import pandas as pd

from extractor.table import COLUMNS, held_frame

BATCH = 4096  # rows per batch written to claims.csv: the frame of a batch is small, the calls to pandas few


def _read_at(file: BinaryIO, size: int, offset: int) -> bytes:
    """``size`` bytes at ``offset``. ``os.pread`` where the platform has it (POSIX: one call, the file position
    untouched); elsewhere (Windows) a seek and a read, then back to where rows are appended."""
    if hasattr(os, "pread"):
        return os.pread(file.fileno(), size, offset)
    end = file.tell()
    file.seek(offset)
    data = file.read(size)
    file.seek(end)
    return data


class Closing(ABC):
    """``with`` closes on the way out, also on an error, so a run's temporary file never outlives it."""

    @abstractmethod
    def close(self) -> None:
        """Give back what the object holds (its temporary file)."""

    def __enter__(self) -> Self:
        return self

    def __exit__(self, kind: type[BaseException] | None, error: BaseException | None,
                 trace: TracebackType | None) -> None:
        self.close()


class Spool(Closing):
    """An append-only store of rows on disk; ``rows(order)`` gives them back in any order."""

    def __init__(self, folder: str | Path) -> None:
        self.folder = Path(folder)
        self.path: Path | None = None  # made with the first row: a run that reads nothing writes nothing
        self._file: BinaryIO | None = None
        self._offsets = array("q", [0])

    def __len__(self) -> int:
        return len(self._offsets) - 1

    def add(self, rows: Iterable[tuple]) -> None:
        """Append rows (written at once: nothing of them stays in memory)."""
        for row in rows:
            if self._file is None:
                self.folder.mkdir(parents=True, exist_ok=True)
                fd, name = tempfile.mkstemp(prefix=".claims-", suffix=".rows", dir=self.folder)
                self.path, self._file = Path(name), os.fdopen(fd, "w+b")
            data = pickle.dumps(row, protocol=pickle.HIGHEST_PROTOCOL)
            self._file.write(data)
            self._offsets.append(self._offsets[-1] + len(data))

    def rows(self, order: Iterable[int] | None = None) -> Iterator[tuple]:
        """The rows in ``order`` (default: as added)."""
        if self._file is None:
            return
        self._file.flush()
        file, offsets = self._file, self._offsets  # read, not mapped: mapped pages would count as resident
        for k in range(len(self)) if order is None else order:
            yield pickle.loads(_read_at(file, offsets[k + 1] - offsets[k], offsets[k]))

    def batches(self, size: int, order: Sequence[int] | None = None) -> Iterator[list[tuple]]:
        """The rows in ``order``, ``size`` at a time."""
        it = self.rows(order)
        while batch := list(islice(it, size)):
            yield batch

    def close(self) -> None:
        """Remove the file (idempotent)."""
        if self._file is not None and not self._file.closed:
            self._file.close()
        if self.path is not None:
            self.path.unlink(missing_ok=True)


# Columns whose values repeat over a document's claims (or a run's): held once however many rows repeat them.
_SHARED = frozenset({"doc_id", "source_file", "url", "provider", "title", "published", "published_source",
                     "promised", "promised_start", "promised_end", "granularity", "bound", "subject", "speaker",
                     "category", "unit", "commitment", "section"})


class ClaimStore(Closing):
    """A run's claims as they stream in: every row in a `Spool`, and in memory only the columns ``held``
    (what grouping and the timeline read), one list each, repeated values held once."""

    def __init__(self, folder: str | Path, held: Sequence[str]) -> None:
        self.spool = Spool(folder)
        self.held = [name for name in COLUMNS if name in set(held)]
        self._at = [COLUMNS.index(name) for name in self.held]
        self._shared = [name in _SHARED for name in self.held]
        self.columns: dict[str, list] = {name: [] for name in self.held}
        self._once: dict[str, str] = {}

    def __len__(self) -> int:
        return len(self.spool)

    def add(self, rows: Iterable[tuple]) -> None:
        """Store rows (tuples in the schema's column order)."""
        rows = list(rows)
        self.spool.add(rows)
        once = self._once.setdefault
        for name, at, shared in zip(self.held, self._at, self._shared, strict=True):
            column = self.columns[name]
            if shared:
                column.extend(once(row[at], row[at]) if isinstance(row[at], str) else row[at] for row in rows)
            else:
                column.extend(row[at] for row in rows)

    def frame(self) -> tuple[pd.DataFrame, Sequence[int]]:
        """The held columns as the claims table types and orders them (`table.held_frame`), and the arrival
        position of each of its rows. The lists are handed over (emptied here)."""
        columns, self.columns = self.columns, {name: [] for name in self.held}
        self._once = {}
        return held_frame(columns)

    def claims(self, order: Sequence[int], fill: Mapping[str, Sequence]) -> Iterator[list[tuple]]:
        """Whole rows in table order (``order``: arrival positions), ``BATCH`` at a time, with the columns in
        ``fill`` (known only once every claim is in: copies, promise_id) replaced by its values in table
        order."""
        at = [(COLUMNS.index(name), values) for name, values in fill.items()]
        k = 0
        for batch in self.spool.batches(BATCH, order):
            out = []
            for row in batch:
                row = list(row)
                for i, values in at:
                    row[i] = values[k]
                out.append(tuple(row))
                k += 1
            yield out

    def close(self) -> None:
        self.spool.close()
