"""The linking pairs of a grouping, most similar first, in bounded memory: an external sort.

A big corpus has many times more linking pairs than fit comfortably in memory as Python tuples, so they are held
as three flat arrays of at most ``_RUN`` pairs; past that each run is sorted into a temporary file and the runs are
merged back from it (pairs are distinct, so the order is the same either way). The file is made only when the
pairs outgrow one run: a small corpus needs no temporary folder, and most groupings never touch the disk.
"""

from __future__ import annotations

import heapq
import tempfile
from array import array
from collections.abc import Iterable, Iterator
from contextlib import ExitStack
from typing import BinaryIO

import numpy as np

_CHUNK = 65_536  # linking pairs turned into Python numbers at a time
_RUN = 1 << 18  # linking pairs held in memory at most (6 MB); more are sorted into a temporary file a run at a time
_LINK = np.dtype([("score", "<f8"), ("first", "<i8"), ("second", "<i8")])  # one linking pair on disk


def _sorted(score: array, first: array, second: array) -> np.ndarray:
    """The pairs as records, most similar first (ties: earliest)."""
    firsts, seconds = np.frombuffer(first, dtype=np.int64), np.frombuffer(second, dtype=np.int64)
    scores = np.frombuffer(score, dtype=np.float64)
    order = np.lexsort((seconds, firsts, scores))
    out = np.empty(len(order), dtype=_LINK)
    out["score"], out["first"], out["second"] = scores[order], firsts[order], seconds[order]
    return out


def _slices(records: np.ndarray) -> Iterator[tuple[float, int, int]]:
    """The records as (score, first, second), turned into Python numbers a slice at a time."""
    for at in range(0, len(records), _CHUNK):
        part = records[at:at + _CHUNK]
        yield from zip(part["score"].tolist(), part["first"].tolist(), part["second"].tolist(), strict=True)


def _spilled(file: BinaryIO, start: int, count: int) -> Iterator[tuple[float, int, int]]:
    """One sorted run read back from ``file``, a slice at a time."""
    for at in range(0, count, _CHUNK):
        file.seek(start + at * _LINK.itemsize)
        yield from _slices(np.fromfile(file, dtype=_LINK, count=min(_CHUNK, count - at)))


def ordered(links: Iterable[tuple[float, int, int]]) -> Iterator[tuple[int, int]]:
    """The (first, second) of each (similarity, first, second) link, most similar first (ties: earliest). Held as
    three flat arrays (a tuple per link would weigh many times as much) of at most ``_RUN`` links: a bigger corpus's
    pairs are sorted a run at a time into a temporary file and merged back from it, so memory stays bounded however
    many pairs there are."""
    score, first, second = array("d"), array("q"), array("q")
    spill: BinaryIO | None = None
    with ExitStack() as closing:  # the file, once made, is closed (and so removed) however the pairs' reader ends
        runs: list[tuple[int, int]] = []  # (offset, count) of each sorted run in the file
        for similar, i, j in links:
            score.append(-similar)
            first.append(i)
            second.append(j)
            if len(score) >= _RUN:
                spill = spill or closing.enter_context(tempfile.TemporaryFile())
                runs.append((spill.tell(), len(score)))
                _sorted(score, first, second).tofile(spill)
                score, first, second = array("d"), array("q"), array("q")
        if spill is None:
            yield from ((a, b) for _, a, b in _slices(_sorted(score, first, second)))
            return
        if score:
            runs.append((spill.tell(), len(score)))
            _sorted(score, first, second).tofile(spill)
        del score, first, second
        spill.flush()
        yield from ((a, b) for _, a, b in heapq.merge(*(_spilled(spill, at, n) for at, n in runs)))
