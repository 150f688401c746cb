"""Shared fixtures: paths to the repository's seeds and to the optional ../shared material.

The suite keeps its run-to-run cache (extractor/kept.py) in a temporary folder of its own, set before the
extractor is imported: tests must not read a developer's ~/.cache (a stale entry would hide a bug) nor
write to it. The folder is removed at exit, after the stores have written to it (atexit runs handlers in
the reverse order of registration, and this one is registered first)."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

_CACHE = tempfile.mkdtemp(prefix="extractor-test-cache-")
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
os.environ["EXTRACTOR_CACHE_DIR"] = _CACHE

from extractor import table  # noqa: E402 - after the cache folder is chosen

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "seeds"
SHARED = REPO.parent / "shared"
BIG = 100_000  # claims in the synthetic table of the scale tests


@pytest.fixture(scope="session")
def repo() -> Path:
    return REPO


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return SEEDS


@pytest.fixture(scope="session")
def shared_dir() -> Path:
    """../shared beside the clone; tests that need it skip cleanly when it is absent."""
    if not SHARED.is_dir():
        pytest.skip("../shared/ is not beside this clone")
    return SHARED


@pytest.fixture(scope="session")
def big_claims() -> pd.DataFrame:
    """100,000 claims synthesised from the small hand-written table: each copy shifted in time (publication and
    promised period together), with its own URL and one of 25 subjects per company; four consecutive copies of
    a claim restate one promise."""
    small = table.read_csv(REPO / "tests" / "fixtures" / "claims_small.csv")
    copies = -(-BIG // len(small))
    k = np.repeat(np.arange(copies), len(small))[:BIG]
    big = small.iloc[np.tile(np.arange(len(small)), copies)[:BIG]].reset_index(drop=True)
    shift = pd.to_timedelta((k * 3) % 1500, unit="D")
    for column in ("published", "promised_start", "promised_end"):
        days = pd.to_datetime(big[column].replace("", None), format="%Y-%m-%d") + shift
        big[column] = days.dt.strftime("%Y-%m-%d").fillna("")
    promise = big["promise_id"].where(big["promise_id"] != "", big["claim_id"])
    big["promise_id"] = promise + "-" + (k // 4).astype(str)
    big["subject"] = big["subject"] + " " + ((k // 4) % 25).astype(str)
    big["claim_id"] = big["claim_id"] + "-" + k.astype(str)
    big["url"] = big["url"].where(big["url"] == "", big["url"] + "/" + k.astype(str))
    big["doc_id"] = big["doc_id"] + "-" + k.astype(str)
    return big
