"""Per-subject slippage: how late each subject's promises ran and how often they were kept on time.

One row per subject of the promises table: promises, mentions, promises with a firm date, promises that moved
(revisions > 0), the median slip in days over promises whose date is known, the largest slip, and, over the
promises whose outcome is known (met, met-late, missed, cancelled), how many were met on time and that share.
"""

from __future__ import annotations

import html
from pathlib import Path

import pandas as pd

SUBJECT_COLUMNS: list[str] = [
    "subject", "promises", "mentions", "dated", "moved", "median_slip_days", "max_slip_days",
    "outcomes_known", "met_on_time", "on_time_share",
]  # fmt: skip
_KNOWN = ("met", "met-late", "missed", "cancelled")


def subjects_table(promises: pd.DataFrame) -> pd.DataFrame:
    """One row per subject (most promises first, then by name); empty figures are blank, not zero. Worked out a
    column at a time (one grouped sum, median or count per figure): a loop over the subjects' groups cost about a
    millisecond a subject, and a big corpus has tens of thousands of subjects."""
    subject = promises["subject"].fillna("").astype(str).replace("", "(no subject)")
    slip = pd.to_numeric(promises["slip_days"], errors="coerce")
    known = promises["status"].isin(_KNOWN)
    figures = pd.DataFrame({
        "promises": 1, "mentions": promises["mentions"], "dated": slip.notna(), "moved": promises["revisions"] > 0,
        "outcomes_known": known, "met_on_time": known & (promises["status"] == "met"),
    }, index=promises.index).groupby(subject, sort=False).sum()
    by_subject = slip.groupby(subject, sort=False)
    median, largest = by_subject.median(), by_subject.max()
    table = pd.DataFrame({
        "subject": figures.index,
        "promises": figures["promises"].astype(int).to_numpy(),
        "mentions": [int(n) for n in figures["mentions"]],
        "dated": figures["dated"].astype(int).to_numpy(),
        "moved": figures["moved"].astype(int).to_numpy(),
        "median_slip_days": [_figure(v) if n else "" for v, n in zip(median[figures.index], figures["dated"],
                                                                      strict=True)],
        "max_slip_days": [_figure(v) if n else "" for v, n in zip(largest[figures.index], figures["dated"],
                                                                   strict=True)],
        "outcomes_known": figures["outcomes_known"].astype(int).to_numpy(),
        "met_on_time": figures["met_on_time"].astype(int).to_numpy(),
        "on_time_share": [f"{met / n:.2f}" if n else "" for met, n in zip(figures["met_on_time"],
                                                                         figures["outcomes_known"], strict=True)],
    }, columns=SUBJECT_COLUMNS)
    if table.empty:
        return table
    return table.sort_values(["promises", "subject"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _figure(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else f"{value:.1f}"


def write_subjects_csv(table: pd.DataFrame, path: str | Path) -> None:
    """UTF-8 CSV with "\\n" line ends and `SUBJECT_COLUMNS` order: same table, same bytes; spreadsheet-safe
    cells, written atomically."""
    from extractor.table import write_table

    write_table(table.reindex(columns=SUBJECT_COLUMNS).fillna(""), path)


_HEADERS = {
    "subject": "Subject", "promises": "Promises", "mentions": "Mentions", "dated": "With a date",
    "moved": "Moved", "median_slip_days": "Median slip (days)", "max_slip_days": "Largest slip (days)",
    "outcomes_known": "Outcomes known", "met_on_time": "Met on time", "on_time_share": "Share met on time",
}  # fmt: skip
_STYLE = (
    "body{overflow-y:auto!important}"
    ".subjects{font:14px/1.4 system-ui,sans-serif;margin:16px 24px 32px}"
    ".subjects table{border-collapse:collapse}"
    ".subjects th,.subjects td{padding:4px 10px;border-bottom:1px solid #ddd;text-align:right}"
    ".subjects th:first-child,.subjects td:first-child{text-align:left}"
)


def subjects_html(table: pd.DataFrame) -> str:
    """The per-subject table as a self-contained HTML section (its own style; every cell escaped), for a page
    to put under its plot; "" for an empty table."""
    if table.empty:
        return ""
    columns = [c for c in SUBJECT_COLUMNS if c in table.columns]
    head = "".join(f"<th>{html.escape(_HEADERS[c])}</th>" for c in columns)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(row[c]))}</td>" for c in columns) + "</tr>"
        for row in table.fillna("").to_dict("records")
    )
    return (
        f'<section class="subjects" id="subjects"><style>{_STYLE}</style>'
        "<h2>Promises by subject</h2><p>Slip counts only dates moved between independent sources or by an "
        "explicit rescheduling; outcomes come from an outcomes file.</p>"
        f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table></section>"
    )
