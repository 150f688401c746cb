"""Table cells as the scorer reads them: a CSV row and a DataFrame row must give the same figures."""

from __future__ import annotations

import math
from typing import Any

import pandas as pd


def number(x: Any) -> float | None:
    """A float from a cell or YAML scalar; blanks, NaN and text are no value."""
    if x is None or (isinstance(x, str) and not x.strip()):
        return None
    try:
        v = float(x)
    except (TypeError, ValueError):
        return None
    return None if math.isnan(v) else v


def show_number(v: float | None) -> str:
    """1000000000 rather than 1e+09 or 1000000000.0, for reading in the details."""
    if v is None:
        return ""
    return str(int(v)) if v.is_integer() else f"{v:g}"


def cell(value: Any) -> str:
    """A frame cell as the CSV would hold it: missing values are empty text."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return str(value)
