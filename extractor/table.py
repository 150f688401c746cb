"""The claims table: its columns, its schema, the DataFrame and the deterministic CSV.

This is the only module that knows the column list. Everything downstream (timeline,
promises, evaluation, notebooks) reads these names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

import pandas as pd

# name -> kind; order is the CSV's column order (the first 25 are fixed by the product's owner).
SCHEMA: dict[str, str] = {
    "claim_id": "str",
    "doc_id": "str",
    "source_file": "str",
    "url": "str",
    "provider": "str",
    "title": "str",
    "published": "date",
    "published_source": "str",
    "sentence": "str",
    "date_text": "str",
    "promised": "str",
    "promised_start": "date",
    "promised_end": "date",
    "granularity": "str",
    "bound": "str",
    "fiscal": "bool",
    "subject": "str",
    "speaker": "str",
    "what": "str",
    "category": "str",
    "value": "float",
    "unit": "str",
    "value_text": "str",
    "commitment": "str",
    "lead_days": "int",
    # extra columns
    "vague": "bool",
    "negated": "bool",
    "section": "str",
    "copies": "int",
    "promise_id": "str",
}
COLUMNS: list[str] = list(SCHEMA)

_EMPTY = {"str": "", "date": "", "bool": False, "float": None, "int": None}
# Columns drawn from a closed set of values: pandas `category` dtype in the typed frame (see `typed`).
ENUMS: dict[str, tuple[str, ...]] = {
    "published_source": ("metadata", "related", "manifest", "unknown"),
    "granularity": ("year", "half", "quarter", "month", "day"),
    "bound": ("on", "by", "from"),
    "category": ("production", "launch", "delivery", "event", "capacity", "spending", "financial", "regulatory",
                 "research", "other"),
    "commitment": ("firm", "planned", "hedged", "conditional"),
    "section": ("title", "excerpt", "body"),
}


class SchemaError(ValueError):
    """The claims frame does not match the declared schema."""


def to_frame(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A frame with exactly the schema's columns (missing ones filled empty), in a stable row order."""
    rows = [{name: rec.get(name, _EMPTY[kind]) for name, kind in SCHEMA.items()} for rec in records]
    frame = pd.DataFrame(rows, columns=COLUMNS)
    for name, kind in SCHEMA.items():
        if kind in ("str", "date"):
            frame[name] = frame[name].fillna("").astype(str)
        elif kind == "bool":
            frame[name] = frame[name].fillna(False).astype(bool)
        elif kind == "float":
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("Float64")
        elif kind == "int":
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("Int64")
    frame = frame.sort_values("source_file", kind="stable").reset_index(drop=True)  # text order within a file
    validate(frame)
    return frame


def typed(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame for pandas users: dates as datetime64 (NaT when empty), closed sets as `category` (NaN when
    empty). Dates are kept at second resolution so far-off years (2300) do not overflow nanoseconds."""
    out = frame.copy()
    for name, kind in SCHEMA.items():
        if kind == "date":
            days = pd.Series(out[name], dtype=object).replace("", None)
            out[name] = pd.Series(days.to_numpy(dtype="datetime64[D]"), index=out.index).astype("datetime64[s]")
        elif name in ENUMS:
            seen = [v for v in pd.unique(out[name].astype(str)) if v and v not in ENUMS[name]]
            levels = pd.CategoricalDtype([*ENUMS[name], *sorted(seen)])
            out[name] = out[name].astype(str).replace("", None).astype(levels)
    return out


def plain(frame: pd.DataFrame) -> pd.DataFrame:
    """The inverse of `typed`: ISO text dates and plain text, as the CSV holds them (a no-op on a plain frame)."""
    out = frame.copy()
    for name, kind in SCHEMA.items():
        if name not in out.columns:
            continue
        if kind == "date" and pd.api.types.is_datetime64_any_dtype(out[name]):
            out[name] = out[name].dt.strftime("%Y-%m-%d").fillna("").astype(str)
        elif isinstance(out[name].dtype, pd.CategoricalDtype):
            out[name] = out[name].astype(object).fillna("").astype(str)
    return out


def validate(frame: pd.DataFrame) -> None:
    """Check columns, order and value shapes before anything is written (of the plain or the typed frame)."""
    frame = plain(frame)
    if list(frame.columns[: len(COLUMNS)]) != COLUMNS:
        raise SchemaError(f"columns differ from the schema: {list(frame.columns)}")
    iso = r"^(\d{4}-\d{2}-\d{2})?$"
    for name, kind in SCHEMA.items():
        if kind == "date" and not frame[name].str.match(iso).all():
            bad = frame.loc[~frame[name].str.match(iso), name].iloc[0]
            raise SchemaError(f"column {name}: not an ISO date: {bad!r}")
    label = r"^(\d{4}(-(H[12]|Q[1-4]|\d{2}(-\d{2})?))?)?$"
    if not frame["promised"].str.match(label).all():
        bad = frame.loc[~frame["promised"].str.match(label), "promised"].iloc[0]
        raise SchemaError(f"column promised: not YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM | YYYY-MM-DD: {bad!r}")
    allowed = {name: {"", *ENUMS[name]} for name in ("bound", "commitment", "granularity")}
    allowed["published_source"] = set(ENUMS["published_source"])
    for name, values in allowed.items():
        extra = set(frame[name]) - values
        if extra:
            raise SchemaError(f"column {name}: unexpected values {sorted(extra)}")
    if frame["claim_id"].duplicated().any():
        raise SchemaError("column claim_id: duplicate ids")


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """UTF-8 CSV with LF line ends and fixed float formatting: same frame, same bytes (typed or plain)."""
    frame = plain(frame)
    validate(frame)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    frame.to_csv(out, index=False, encoding="utf-8", lineterminator="\n", float_format="%.15g")
    return out


def read_csv(path: str | Path) -> pd.DataFrame:
    """A claims CSV back into a frame with the schema's dtypes (empty text stays "")."""
    frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8")
    for name, kind in SCHEMA.items():
        if name not in frame.columns:
            frame[name] = _EMPTY[kind] if kind != "float" else None
        if kind == "bool":
            frame[name] = frame[name].astype(str).str.lower().isin(["true", "1"])
        elif kind == "float":
            frame[name] = pd.to_numeric(frame[name].replace("", None), errors="coerce").astype("Float64")
        elif kind == "int":
            frame[name] = pd.to_numeric(frame[name].replace("", None), errors="coerce").astype("Int64")
    return frame
