"""The claims table: its columns, its schema, the DataFrame and the deterministic CSV.

This is the only module that knows the column list. Everything downstream (timeline,
promises, evaluation, notebooks) reads these names.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import fields
from datetime import date
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from extractor.records import Claim

# name -> kind; order is the CSV's column order (the first 25 are fixed by the product's owner).
_KINDS = {"str": "str", "bool": "bool", "float | None": "float", "int | None": "int", "int": "int"}
# The claims schema, declared once: the `Claim` record's fields, in order, with their kinds.
SCHEMA: dict[str, str] = {f.name: f.metadata.get("kind") or _KINDS[str(f.type)] for f in fields(Claim)}
COLUMNS: list[str] = list(SCHEMA)

_EMPTY = {"str": "", "date": "", "bool": False, "float": None, "int": None}
# What `extractor timeline` and `extractor promises` need of an input table; the rest may be absent.
REQUIRED: tuple[str, ...] = ("claim_id", "doc_id", "source_file", "published", "sentence", "date_text", "promised",
                             "promised_start", "promised_end", "bound", "subject", "what", "category")
ALLOWED: dict[str, set[str]] = {
    "bound": {"", "on", "by", "from"},
    "commitment": {"", "firm", "planned", "hedged", "conditional"},
    "granularity": {"", "year", "half", "quarter", "month", "day"},
    "published_source": {"metadata", "related", "manifest", "text", "unknown"},
}
_LABEL = re.compile(r"^(\d{4})(?:-(?:H[12]|Q[1-4]|(\d{2})(?:-(\d{2}))?))?$")
_ISO = re.compile(r"^(\d{4})-(\d{2})-(\d{2})$")
# A cell a spreadsheet would run as a formula (OWASP, CSV injection); leading apostrophes are included so
# that neutralising stays reversible.
_FORMULA = re.compile(r"^'*[=+\-@\t\r]")
# How claims.csv writes floats: 15 significant digits, the most every double survives in both directions.
FLOAT_FORMAT = "%.15g"
# Columns drawn from a closed set of values: pandas `category` dtype in the typed frame (see `typed`).
ENUMS: dict[str, tuple[str, ...]] = {
    "published_source": ("metadata", "related", "manifest", "text", "unknown"),
    "granularity": ("year", "half", "quarter", "month", "day"),
    "bound": ("on", "by", "from"),
    "category": ("production", "launch", "delivery", "event", "capacity", "spending", "financial", "regulatory",
                 "research", "other"),
    "commitment": ("firm", "planned", "hedged", "conditional"),
    "section": ("title", "excerpt", "body"),
}


class SchemaError(ValueError):
    """The claims frame does not match the declared schema."""


def valid_day(text: str) -> bool:
    """Empty, or a real calendar day written YYYY-MM-DD (2024-02-30 is not)."""
    m = _ISO.match(text)
    if not m:
        return text == ""
    try:
        date(int(m[1]), int(m[2]), int(m[3]))
    except ValueError:
        return False
    return True


def valid_label(text: str) -> bool:
    """Empty, or a period label YYYY, YYYY-Hn, YYYY-Qn, YYYY-MM, YYYY-MM-DD naming a real period (not 2024-13)."""
    m = _LABEL.match(text)
    if not m:
        return text == ""
    if int(m[1]) == 0:
        return False
    if m[3]:
        return valid_day(text)
    return not m[2] or 1 <= int(m[2]) <= 12


def to_frame(records: Iterable[Mapping[str, Any]]) -> pd.DataFrame:
    """A frame with exactly the schema's columns (missing ones filled empty), in a stable row order."""
    rows = [{name: rec.get(name, _EMPTY[kind]) for name, kind in SCHEMA.items()} for rec in records]
    return _typed_columns(pd.DataFrame(rows, columns=COLUMNS))


def from_rows(rows: Sequence[tuple], copies: Mapping[str, int] | None = None) -> pd.DataFrame:
    """`to_frame` of compact rows (one tuple per claim, in the schema's column order), built column by column:
    no dict per claim. ``copies`` (doc_id -> times read), known only once all articles are read, fills that
    column."""
    columns = dict(zip(COLUMNS, map(list, zip(*rows, strict=True)), strict=True)) if rows else \
        {name: [] for name in COLUMNS}
    if copies is not None:
        columns["copies"] = [copies[doc] for doc in columns["doc_id"]]
    return _typed_columns(pd.DataFrame(columns, columns=COLUMNS))


def held_frame(columns: dict[str, list]) -> tuple[pd.DataFrame, np.ndarray]:
    """Some of the schema's columns (``columns``: name -> values in arrival order; emptied here), typed and ordered
    as `from_rows` types and orders the whole table, and the arrival position of each row: what a run holds in
    memory while the whole rows wait on disk. Built a column at a time, each list let go once its column is made,
    so the peak is the frame and one column, not several copies of the whole frame. Not validated here (the whole
    rows are, when written)."""
    names = [name for name in COLUMNS if name in columns]
    rows = len(columns[names[0]]) if names else 0
    if "source_file" in columns:  # text order in a file, as `_typed_columns` sorts
        files = _types(pd.DataFrame({"source_file": columns["source_file"]}))["source_file"].to_numpy()
        order = np.argsort(files, kind="stable")
    else:
        order = np.arange(rows)
    frame = pd.DataFrame(index=pd.RangeIndex(rows))
    for name in names:
        typed = _types(pd.DataFrame({name: columns.pop(name)}))[name]
        frame[name] = typed.array.take(order)
    return frame, order


def _typed_columns(frame: pd.DataFrame) -> pd.DataFrame:
    """The schema's dtypes, rows sorted by file (text order within a file), validated."""
    frame = _types(frame).sort_values("source_file", kind="stable").reset_index(drop=True)  # text order in a file
    validate(frame)
    return frame


def _types(frame: pd.DataFrame) -> pd.DataFrame:
    """The schema's dtypes for the columns the frame has."""
    for name, kind in SCHEMA.items():
        if name not in frame.columns:
            continue
        if kind in ("str", "date"):
            frame[name] = frame[name].fillna("").astype(str)
        elif kind == "bool":
            frame[name] = frame[name].fillna(False).astype(bool)
        elif kind == "float":  # held as claims.csv holds it: 4.35 * 1e12 is 4349999999999.9995 until written
            frame[name] = pd.to_numeric(frame[name], errors="coerce").map(as_written, na_action="ignore") \
                .astype("Float64")
        elif kind == "int":
            frame[name] = pd.to_numeric(frame[name], errors="coerce").astype("Int64")
    return frame


def as_written(value: float) -> float:
    """The float claims.csv gives back for ``value`` (`FLOAT_FORMAT`): the frame a run returns and the table
    read from its CSV then hold the same values, so what is computed from them (promise ids) agrees."""
    return float(FLOAT_FORMAT % value)


def record_problems(record: Mapping[str, Any]) -> list[str]:
    """What is wrong with one claim record (empty when it fits the schema): checked per claim, so one bad
    claim is reported and dropped instead of failing the table."""
    problems = []
    for name, kind in SCHEMA.items():
        value = record.get(name, _EMPTY[kind])
        if kind == "date" and not valid_day(str(value or "")):
            problems.append(f"{name}: not a calendar day: {value!r}")
    if not valid_label(str(record.get("promised") or "")):
        problems.append(f"promised: not a period label: {record.get('promised')!r}")
    for name, values in ALLOWED.items():
        if str(record.get(name) or "") not in values:
            problems.append(f"{name}: unexpected value {record.get(name)!r}")
    return problems


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
    """Check columns, order and values (real calendar days, real period labels, known labels) before
    anything is written (of the plain or the typed frame)."""
    frame = plain(frame)
    if list(frame.columns[: len(COLUMNS)]) != COLUMNS:
        raise SchemaError(f"columns differ from the schema: {list(frame.columns)}")
    for name, kind in SCHEMA.items():
        if kind == "date":
            bad = [v for v in frame[name].unique() if not valid_day(v)]
            if bad:
                raise SchemaError(f"column {name}: not a calendar day (YYYY-MM-DD): {bad[0]!r}")
    bad = [v for v in frame["promised"].unique() if not valid_label(v)]
    if bad:
        raise SchemaError(f"column promised: not YYYY | YYYY-Hn | YYYY-Qn | YYYY-MM | YYYY-MM-DD: {bad[0]!r}")
    for name, values in ALLOWED.items():
        extra = set(frame[name]) - values
        if extra:
            raise SchemaError(f"column {name}: unexpected values {sorted(extra)}")
    if frame["claim_id"].duplicated().any():
        raise SchemaError("column claim_id: duplicate ids")


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet will show as text: a leading apostrophe when it would start a formula."""
    return "'" + cell if _FORMULA.match(cell) else cell


def restore(cell: str) -> str:
    """The text `neutralise` was given."""
    return cell[1:] if cell.startswith("'") and _FORMULA.match(cell) else cell


def safe_cells(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame with every text cell neutralised; numeric, boolean and date columns untouched."""
    out = frame.copy()
    for name in out.columns:
        if out[name].dtype == object or pd.api.types.is_string_dtype(out[name]):
            out[name] = out[name].map(lambda v: neutralise(v) if isinstance(v, str) else v)
    return out


def atomic_write(path: str | Path, write: Callable[[Path], object]) -> Path:
    """Run ``write`` on a temporary file beside ``path``, then rename it into place: an interrupted run
    leaves the previous file (or none), never half of one."""
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{out.stem}-", suffix=out.suffix, dir=out.parent)
    os.close(fd)
    try:
        write(Path(tmp))
        os.replace(tmp, out)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return out


def write_table(frame: pd.DataFrame, path: str | Path, **options: Any) -> Path:
    """Any table as a spreadsheet-safe UTF-8 CSV with LF line ends, written atomically."""
    safe = safe_cells(frame)
    return atomic_write(path, lambda tmp: safe.to_csv(tmp, index=False, encoding="utf-8", lineterminator="\n",
                                                      **options))


def write_csv(frame: pd.DataFrame, path: str | Path) -> Path:
    """UTF-8 CSV with LF line ends and fixed float formatting: same frame, same bytes."""
    validate(frame)
    return write_table(frame, path, float_format=FLOAT_FORMAT)


def write_rows_csv(batches: Iterable[Sequence[tuple]], path: str | Path) -> Path:
    """claims.csv from compact rows, a batch at a time (each batch's frame as `write_csv` writes it, one header):
    the bytes of `write_csv` of the whole table when the batches come in the table's row order, without the
    whole table in memory. Written to a temporary file renamed at the end: an interrupted run leaves no part
    of a claims.csv."""
    def write(tmp: Path) -> None:
        with tmp.open("w", encoding="utf-8", newline="") as fh:
            header = True
            for batch in batches:
                safe_cells(from_rows(batch)).to_csv(fh, index=False, header=header, lineterminator="\n",
                                                    float_format=FLOAT_FORMAT)
                header = False
            if header:  # no claims: the header alone
                from_rows([]).to_csv(fh, index=False, lineterminator="\n")

    return atomic_write(path, write)


def read_csv(path: str | Path) -> pd.DataFrame:
    """A claims CSV back into a frame with the schema's dtypes (empty text stays "", neutralised cells
    restored); raises SchemaError naming the claims columns it lacks."""
    try:
        frame = pd.read_csv(path, dtype=str, keep_default_na=False, encoding="utf-8-sig")
    except (pd.errors.ParserError, pd.errors.EmptyDataError, UnicodeDecodeError) as err:
        raise SchemaError(f"{path}: not a claims table: {str(err).strip()}") from err
    missing = [name for name in REQUIRED if name not in frame.columns]
    if missing:
        raise SchemaError(f"{path}: not a claims table: missing columns {missing} (has {list(frame.columns)[:12]})")
    frame = frame.map(restore)
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
