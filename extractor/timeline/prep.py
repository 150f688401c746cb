"""Data preparation: the claims table as plottable rows (parsed dates, milestone keys), whatever its dtypes.

Reads the claims table by column name (see ``extractor.table``) and accepts the typed frame of
``extractor.extract`` (datetime64, category) as well as a CSV read as plain strings. Rows that cannot be
placed are kept aside and counted, never dropped silently.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

# The claims-table columns the timeline reads (see extractor.table); absent ones count as empty.
READ = ("claim_id", "doc_id", "source_file", "url", "provider", "title", "published", "sentence", "date_text",
        "promised", "promised_start", "promised_end", "bound", "subject", "what", "category", "value", "unit",
        "value_text", "commitment", "promise_id")


@dataclass(frozen=True)
class Claims:
    """The plottable rows (parsed dates, sorted), the rows without a publication date, and counts of both kinds
    of rows left out."""

    rows: pd.DataFrame
    undated: pd.DataFrame
    no_published: int
    no_promised: int


def text(df: pd.DataFrame, column: str) -> pd.Series:
    """A column as clean strings ('' for missing; dates as ISO days), whatever its dtype and even when absent."""
    if column not in df.columns:
        return pd.Series("", index=df.index, dtype=object)
    values = df[column]
    if values.dtype == object and pd.api.types.infer_dtype(values, skipna=False) == "string":
        return values  # already clean strings (a run's frame): no copy of the column
    if pd.api.types.is_datetime64_any_dtype(values):
        return values.dt.strftime("%Y-%m-%d").fillna("").astype(object)
    return values.astype(str).where(values.notna().to_numpy(), "").astype(object)


def _dates(values: pd.Series) -> pd.Series:
    return pd.to_datetime(values.str.strip().replace("", None), errors="coerce", format="%Y-%m-%d")


def milestones(rows: pd.DataFrame) -> pd.Series:
    """Rows that restate one milestone share a key: the promise_id, else the subject and `what`; '' for none."""
    promise = rows["promise_id"].str.strip()
    subject, what = rows["subject"].str.strip(), rows["what"].str.strip().str.lower()
    loose = ("milestone:" + subject + "\x1f" + what).where((subject != "") & (what != ""), "")
    return ("promise:" + promise).where(promise != "", loose)


def prepare(df: pd.DataFrame) -> Claims:
    """Parse the date columns, place each claim and split off the rows that have no place."""
    frame = pd.DataFrame({column: text(df, column) for column in dict.fromkeys([*df.columns, *READ])},
                         index=df.index, copy=False)  # the columns as they are: no copy of a big frame here
    frame["_x"] = _dates(frame["published"])
    frame["_start"] = _dates(frame["promised_start"])
    frame["_end"] = _dates(frame["promised_end"])
    has_x = frame["_x"].notna()
    has_y = frame["_start"].notna() & frame["_end"].notna() & (frame["promised"].str.strip() != "")
    # The bar covers whole days: from the first day's start to the end of the last day.
    stop = frame["_end"] + pd.Timedelta(days=1)
    middle = frame["_start"] + (stop - frame["_start"]) / 2
    at = np.flatnonzero((has_x & has_y).to_numpy())
    placed = pd.DataFrame({"_x": frame["_x"].to_numpy()[at], "_y": middle.to_numpy()[at]})
    rows = frame.take(at[placed.sort_values(["_x", "_y"], kind="stable").index])  # one copy, placed and sorted
    rows["_stop"] = rows["_end"] + pd.Timedelta(days=1)
    rows["_y"] = rows["_start"] + (rows["_stop"] - rows["_start"]) / 2
    rows["_milestone"] = milestones(rows)
    # A milestone's line is filtered with the category of its latest statement.
    latest = rows.groupby("_milestone")["category"].transform("last")
    rows["_milestone_category"] = latest.where(rows["_milestone"] != "", rows["category"])
    return Claims(rows, frame[~has_x], int((~has_x).sum()), int((has_x & ~has_y).sum()))


def per_promise(rows: pd.DataFrame) -> pd.DataFrame:
    """One row per promise (a claim without a milestone key is its own): its latest mention, placed where the
    promise stands now, with ``_mentions``, ``_sources`` and ``_first`` (first publication) added."""
    key = rows["_milestone"].where(rows["_milestone"] != "", "claim:" + rows.index.astype(str)).rename("_key")
    grouped = rows.groupby(key, sort=False)
    last = (grouped.cumcount(ascending=False) == 0).to_numpy()  # each promise's latest row (no copy of all rows)
    latest = rows[last].set_axis(pd.Index(key.to_numpy()[last], name="_key"))
    stats = grouped.agg(_mentions=("_x", "size"), _first=("_x", "min"), _sources=("doc_id", "nunique"))
    out = latest.join(stats)
    return out.sort_values(["_x", "_y"], kind="stable").reset_index(drop=True)


def epoch_ms(values: pd.Series) -> np.ndarray:
    """Dates as float milliseconds since 1970 (what a plotly date axis reads): compact in the page."""
    return (values.to_numpy(dtype="datetime64[ms]").astype("int64")).astype("float64")
