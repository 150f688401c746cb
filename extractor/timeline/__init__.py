"""The interactive timeline: every claim as (publication date, promised date), slippage as a staircase.

This package is the only place that imports plotly: ``prep`` turns the claims table into plottable rows,
``hover`` writes the labels, ``traces`` the markers, bars and staircases, ``layout`` the figure, ``page`` the
HTML and PNG files.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

import pandas as pd

from extractor import promises
from extractor.timeline.layout import PER_PROMISE_CLAIMS, figure
from extractor.timeline.page import DIV_ID, TABLE_ID, PngExportError, write_html, write_png
from extractor.timeline.traces import CATEGORY_SYMBOLS, GL_POINTS, STATUS_COLOURS


def with_status(claims: pd.DataFrame, as_of: date, outcomes: Sequence[promises.Outcome] | None = None,
                ) -> pd.DataFrame:
    """The claims with promise ids and their promise's status as of a date, so they can be coloured by it.

    Ids are reassigned by the same grouping that computes the statuses, so every row finds its status.
    """
    grouped = promises.assign_promises(claims)
    rows = promises.promises_table(grouped, as_of, outcomes)
    status = dict(zip(rows["promise_id"], rows["status"], strict=True))
    return grouped.assign(status=grouped["promise_id"].map(lambda pid: status.get(pid, "")))


__all__ = ["CATEGORY_SYMBOLS", "DIV_ID", "GL_POINTS", "PER_PROMISE_CLAIMS", "STATUS_COLOURS", "TABLE_ID",
           "PngExportError", "figure", "with_status", "write_html", "write_png"]
