"""The figure: traces placed on date axes, the as-of line and shading, titles, legends and the category menu.

The x axis spans the publications (padded), and reaches the as-of date only when one is asked for; an as-of date
outside the plotted range is named in the subtitle instead of stretching the axis. Past ``PER_PROMISE_CLAIMS``
claims the page draws one point per promise (its mentions counted in the label) and says so.
"""

from __future__ import annotations

import json
import marshal
from datetime import date
from typing import Any

import pandas as pd
import plotly
import plotly.graph_objects as go

from extractor import kept
from extractor.timeline import prep, traces

PER_PROMISE_CLAIMS = 20_000
MAX_PROMISES = 40_000  # at most this many promise points (the most mentioned, then the latest): a bounded page
UNDATED_LISTED = 200  # claims without a publication date listed under the plot (the rest: claims.csv)
TITLE = "Claims and milestones"
_UNDATED_COLUMNS = ("title", "url", "provider", "sentence", "date_text", "promised", "subject", "category")
TEMPLATE = "plotly_white"
TEMPLATES = kept.Store("plotly-templates", tag=plotly.__version__, kept=8)  # name -> the template as a figure has it


def _bounds(rows: pd.DataFrame, as_of: pd.Timestamp | None) -> tuple[pd.Timestamp, ...]:
    """Axis ranges covering all claims (and the as-of date when asked for), with a margin."""
    extra = [as_of] if as_of is not None else []
    xs = [*extra, rows["_x"].min(), rows["_x"].max()] if len(rows) else extra
    ys = [*extra, rows["_start"].min(), rows["_stop"].max()] if len(rows) else extra
    x0, x1 = (min(xs), max(xs)) if xs else (pd.Timestamp(date.today()),) * 2
    y0, y1 = (min(ys), max(ys)) if ys else (x0, x1)
    xpad = max((x1 - x0) * 0.04, pd.Timedelta(days=20))
    ypad = max((y1 - y0) * 0.04, pd.Timedelta(days=20))
    return x0 - xpad, x1 + xpad, y0 - ypad, y1 + ypad


def _left_out_note(claims: prep.Claims) -> str:
    reasons = [
        (claims.no_published, "without a publication date"),
        (claims.no_promised, "with a promised date that could not be resolved"),
    ]
    total = claims.no_published + claims.no_promised
    if not total:
        return "all claims plotted"
    parts = ", ".join(f"{n:,} {why}" for n, why in reasons if n)
    listed = " (listed below)" if claims.no_published else ""
    return f"{total:,} claim{'s' if total != 1 else ''} not plotted ({parts}){listed}"


def _subtitle(as_of: date, drawn: bool, x1: pd.Timestamp) -> str:
    """What the axes mean and where the as-of date is."""
    if drawn:
        when = f"as of {as_of.isoformat()} (red line)"
    else:
        side = "after the last" if pd.Timestamp(as_of) > x1 else "before the first"
        when = f"as of {as_of.isoformat()}, {side} publication (not drawn)"
    return f"Published (x) against promised (y) · {when}"


def _per_promise_note(shown: int, total: int) -> str:
    which = f"{total:,}" if shown == total else f"the {shown:,} most mentioned of {total:,}"
    return f"one point per promise ({which}), its mentions counted in its label"


def _undated(claims: prep.Claims) -> dict:
    """The claims without a publication date, for the table under the plot (the first ``UNDATED_LISTED``)."""
    rows = claims.undated.loc[:, list(_UNDATED_COLUMNS)].head(UNDATED_LISTED)
    return {"undated": rows.to_dict("records"), "undated_total": claims.no_published}


def _ordered(value: Any) -> Any:
    """An object given whole to plotly as plotly writes it once validated: properties alphabetically at every
    level, in lists of objects too (its generated constructors set them in that order)."""
    if isinstance(value, dict):
        return {k: _ordered(value[k]) for k in sorted(value)}
    if isinstance(value, list) and value and isinstance(value[0], dict):
        return [_ordered(v) for v in value]
    return value


def _trace(trace: dict) -> dict:
    """A trace as plotly writes it: `_ordered`, ``type`` last."""
    return {**_ordered({k: v for k, v in trace.items() if k != "type"}), "type": trace["type"]}


def _shape(**props: Any) -> dict:
    """A layout shape or annotation as plotly writes it (`_ordered`)."""
    return _ordered(props)


def template() -> dict:
    """The ``plotly_white`` template as a figure carries it (the dict plotly's validation makes of it, in its
    order), kept across runs for this plotly version: validating it costs a few hundredths of a second. Each call
    gets its own copy, so a caller's change reaches neither another caller nor the kept one."""
    found = TEMPLATES.get(TEMPLATE)
    if found is None:
        found = go.Layout(template=TEMPLATE).to_plotly_json()["template"]
        found = json.loads(json.dumps(found))  # plain data, as the page's JSON writes it
        TEMPLATES.put(TEMPLATE, found)
    return marshal.loads(marshal.dumps(found))  # plain data: marshal copies it faster than deepcopy


def spec(df: pd.DataFrame, as_of: date | None = None, color_by: str = "subject") -> dict:
    """The interactive timeline of a claims table as plotly's figure dict (``{"data": ..., "layout": ...}``),
    written the way a validated ``go.Figure`` writes itself, so that the page needs no figure object: building
    and validating one costs more than the rest of the page (the tests compare the two).

    Publication date on x, promised date on y; ``as_of`` (default today) is the date of the as-of line; only
    a date asked for stretches the x axis."""
    if color_by not in df.columns:
        raise ValueError(f"cannot colour by {color_by!r}: the claims table has no such column")
    asked = as_of is not None
    as_of = as_of or date.today()
    cut = pd.Timestamp(as_of)
    claims = prep.prepare(df)
    rows = claims.rows
    per_promise = len(rows) > PER_PROMISE_CLAIMS
    drawn = prep.per_promise(rows) if per_promise else rows
    promises = len(drawn)
    if per_promise and promises > MAX_PROMISES:
        kept = drawn.sort_values(["_mentions", "_x"], ascending=False, kind="stable").index[:MAX_PROMISES]
        drawn = drawn.loc[sorted(kept)]
    data, categories = traces.build(drawn, color_by, per_promise)
    x0, x1, y0, y1 = _bounds(rows, cut if asked else None)
    in_range = x0 <= cut <= x1

    shapes, annotations = [], []
    if in_range and cut > y0:
        shapes.append(_shape(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=y0, y1=min(cut, y1), layer="below",
                             fillcolor="rgba(228, 87, 86, 0.08)", line={"width": 0}))
        annotations.append(_shape(x=0.005, y=min(cut, y1), xref="paper", yref="y", showarrow=False, xanchor="left",
                                  yanchor="top", text="shaded: promised by the as-of date (already due)",
                                  font={"color": "#B03A38", "size": 11}))
    if in_range:
        shapes.append(_shape(type="line", xref="x", yref="paper", x0=cut, x1=cut, y0=0, y1=1,
                             line={"color": "#E45756", "width": 1.5}))
        annotations.append(_shape(x=cut, y=1, xref="x", yref="paper", text=f"as of {as_of.isoformat()}",
                                  showarrow=False, xanchor="right", yanchor="top",
                                  font={"color": "#E45756", "size": 12}))
    shapes.append(_shape(type="line", xref="x", yref="y", x0=x0, y0=x0, x1=x1, y1=x1, layer="below",
                         line={"color": "#888888", "width": 1, "dash": "dash"}))
    if max(x0, y0) < min(x1, y1):  # the diagonal crosses the plot
        diagonal_at = max(x0, y0) + (min(x1, y1) - max(x0, y0)) * 0.1
        annotations.append(_shape(x=diagonal_at, y=diagonal_at, text="due when announced", showarrow=False,
                                  textangle=0, xanchor="left", yanchor="top", font={"color": "#666666", "size": 11}))
    articles = rows["doc_id"].nunique()
    note = [f"{len(rows):,} claims from {articles:,} articles" if len(rows) else "No claim can be placed",
            _left_out_note(claims)]
    lines = [" · ".join(note), *([_per_promise_note(len(drawn), promises)] if per_promise else [])]
    annotations.append(_shape(name="left-out", x=0, y=1.01, xref="paper", yref="paper", xanchor="left",
                              yanchor="bottom", showarrow=False, font={"size": 12, "color": "#444444"},
                              align="left", text="<br>".join(lines)))
    # The layout in the order plotly writes one set through update_layout: at each level the nested
    # objects first, then the plain values, each in the order given.
    layout = {
        "template": template(),
        "shapes": shapes,
        "annotations": annotations,
        "title": {"pad": {"t": 10}, "font": {"size": 18},
                  "subtitle": {"font": {"size": 12, "color": "#444444"}, "text": _subtitle(as_of, in_range, x1)},
                  "text": TITLE, "xref": "paper", "x": 0, "xanchor": "left", "yref": "container", "y": 1,
                  "yanchor": "top"},
        "font": {"family": "Arial, Helvetica, sans-serif", "size": 12},
        "margin": {"l": 80, "r": 20, "t": 76 + 16 * len(lines), "b": 60},
        "xaxis": {"title": {"text": "Published (date of the article)"},
                  "rangeslider": {"visible": True, "thickness": 0.07, "range": [x0, x1]},
                  "type": "date", "range": [x0, x1]},
        "yaxis": {"title": {"text": "Promised date (bar: the whole promised period)"}, "type": "date",
                  "range": [y0, y1], "fixedrange": False},
        "legend": {"title": {"text": f"{color_by.capitalize()}<br><sup>click: hide · double-click: only</sup>"},
                   "x": 1.01, "xanchor": "left", "y": 0.91, "yanchor": "top", "groupclick": "togglegroup",
                   "maxheight": 0.45},
        "legend2": {"title": {"text": "Category (marker)"}, "x": 1.01, "xanchor": "left", "y": 0, "yanchor": "bottom",
                    "itemclick": False, "itemdoubleclick": False},
        "meta": _undated(claims),
        "hovermode": "closest",
        "updatemenus": [_ordered(traces.category_menu(categories))],
    }
    return {"data": [_trace(t) for t in data], "layout": layout}


def figure(df: pd.DataFrame, as_of: date | None = None, color_by: str = "subject") -> go.Figure:
    """The interactive timeline of a claims table as a plotly figure (`spec`, validated): publication date on
    x, promised date on y. ``as_of`` (default today) is the date of the as-of line; only a date asked for
    stretches the x axis."""
    return go.Figure(spec(df, as_of, color_by))
