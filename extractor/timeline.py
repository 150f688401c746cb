"""The interactive timeline: every claim as (publication date, promised date), slippage as a staircase.

This is the only module that imports plotly. It reads the claims table by column name (see
``extractor.table``) and accepts either the typed frame of ``extractor.extract`` or a CSV read as
plain strings, so it parses the date columns itself. Rows that cannot be placed (no publication
date, or a promised date that could not be resolved) are counted on the figure, never dropped silently.

Article text reaches plotly's pseudo-HTML hover labels, so every free-text field is HTML-escaped
here; the only markup in a label is the one this module writes.
"""

from __future__ import annotations

import html
import importlib.util
import textwrap
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from extractor import promises

DIV_ID = "claims-timeline"

# Colour for promise statuses (the order is the legend's), and a marker per claim category.
STATUS_COLOURS: dict[str, str] = {
    "pending": "#4C78A8",
    "due": "#F58518",
    "overdue": "#E45756",
    "met": "#54A24B",
    "met-late": "#88D27A",
    "missed": "#9D2A2A",
    "cancelled": "#9D9DA0",
    "unknown": "#C9C9C9",
}
CATEGORY_SYMBOLS: dict[str, str] = {
    "production": "circle",
    "launch": "triangle-up",
    "delivery": "square",
    "event": "star",
    "capacity": "diamond",
    "spending": "pentagon",
    "financial": "hexagon",
    "regulatory": "cross",
    "research": "triangle-down",
    "other": "x",
}
_UNKNOWN_SYMBOL = "circle-open"
_PALETTE: list[str] = qualitative.Plotly + qualitative.Dark24
# The claims-table columns this module reads (see extractor.table); absent ones count as empty.
_READ = ("claim_id", "doc_id", "source_file", "url", "provider", "title", "published", "sentence", "date_text",
         "promised", "promised_start", "promised_end", "bound", "subject", "what", "category", "value", "unit",
         "value_text", "commitment", "promise_id")
_NONE_LABEL = "(none)"
_WRAP = 90

# Clicking a point opens its article; only http(s) links, in a new tab without an opener.
_CLICK_JS = """
var gd = document.getElementById('{plot_id}');
gd.on('plotly_click', function (event) {
  var point = event && event.points && event.points[0];
  var url = point && point.customdata;
  if (typeof url === 'string' && /^https?:\\/\\//i.test(url)) {
    window.open(url, '_blank', 'noopener');
  }
});
"""


# The page around the plot: no margins, so a 100vh plot fills the window without scroll bars.
_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>html, body {{ margin: 0; padding: 0; overflow: hidden; }}</style>
</head>
<body>
{plot}
</body>
</html>
"""


class PngExportError(RuntimeError):
    """A PNG could not be written (no kaleido, or no Chromium/Chrome for kaleido to drive)."""


@dataclass(frozen=True)
class _Claims:
    """The plottable rows (with parsed dates) and how many rows were left out, by reason."""

    rows: pd.DataFrame
    no_published: int
    no_promised: int


def _text(df: pd.DataFrame, column: str) -> pd.Series:
    """A column as clean strings ('' for missing), whatever its dtype and even when absent."""
    if column not in df.columns:
        return pd.Series([""] * len(df), index=df.index, dtype=object)
    return df[column].map(lambda v: "" if v is None or (not isinstance(v, str) and pd.isna(v)) else str(v))


def _dates(text: pd.Series) -> pd.Series:
    return pd.to_datetime(text.str.strip().replace("", None), errors="coerce")


def _prepare(df: pd.DataFrame) -> _Claims:
    """Parse the date columns, place each claim and split off the rows that have no place."""
    frame = pd.DataFrame(index=df.index)
    for column in [*df.columns, *(c for c in _READ if c not in df.columns)]:
        frame[column] = _text(df, column)
    frame["_x"] = _dates(frame["published"])
    frame["_start"] = _dates(frame["promised_start"])
    frame["_end"] = _dates(frame["promised_end"])
    has_x = frame["_x"].notna()
    has_y = frame["_start"].notna() & frame["_end"].notna() & (frame["promised"].str.strip() != "")
    rows = frame[has_x & has_y].copy()
    # The bar covers whole days: from the first day's start to the end of the last day.
    rows["_stop"] = rows["_end"] + pd.Timedelta(days=1)
    rows["_y"] = rows["_start"] + (rows["_stop"] - rows["_start"]) / 2
    rows = rows.sort_values(["_x", "_y"], kind="stable")
    return _Claims(rows, int((~has_x).sum()), int((has_x & ~has_y).sum()))


def _milestone(row: pd.Series) -> str:
    """Rows that restate one milestone: the same promise_id, else the same subject and `what`."""
    promise = row.get("promise_id", "").strip()
    if promise:
        return f"promise:{promise}"
    subject, what = row.get("subject", "").strip(), row.get("what", "").strip().lower()
    return f"milestone:{subject}\x1f{what}" if subject and what else ""


def _esc(value: str, width: int = _WRAP) -> str:
    """Escaped for plotly's label markup and wrapped into lines joined by <br>."""
    lines = textwrap.wrap(" ".join(value.split()), width) or [""]
    return "<br>".join(html.escape(line, quote=False) for line in lines)


def _period(row: pd.Series) -> str:
    start, end = row["_start"].date().isoformat(), row["_end"].date().isoformat()
    label = row.get("promised", "")
    bound = row.get("bound", "")
    prefix = f"{bound} " if bound in ("by", "from") else ""
    if start == end == label:  # a day needs no period spelled out
        return f"{prefix}{label}"
    return f"{prefix}{label} ({start} to {end})"


def _value(row: pd.Series) -> str:
    if row.get("value_text", ""):
        return row["value_text"]
    if not row.get("value", ""):
        return ""
    try:
        number = f"{float(row['value']):,.15g}"
    except ValueError:
        number = row["value"]
    return f"{number} {row.get('unit', '')}".strip()


def _hover(row: pd.Series) -> str:
    """The label of one point: article, sentence, then the extracted fields."""
    published = row["_x"].date().isoformat()
    head = f"<b>{_esc(row.get('title', '') or '(untitled)')}</b>"
    source = " · ".join(p for p in (row.get("provider", ""), f"published {published}") if p)
    lines = [head, html.escape(source, quote=False), "", f"“{_esc(row.get('sentence', ''))}”", ""]
    fields = [
        ("Date text", row.get("date_text", "")),
        ("Promised", _period(row)),
        ("Subject", " · ".join(p for p in (row.get("subject", ""), row.get("what", "")) if p)),
        ("Category", " · ".join(p for p in (row.get("category", ""), row.get("commitment", "")) if p)),
        ("Value", _value(row)),
        ("Status", row.get("status", "")),
        ("Source", row.get("source_file", "")),
        ("URL", row.get("url", "")),
    ]
    lines += [f"<b>{name}:</b> {_esc(value)}" for name, value in fields if value]
    if row.get("url", "").lower().startswith(("http://", "https://")):
        lines.append("<i>click the point to open the article</i>")
    return "<br>".join(lines)


def _colours(rows: pd.DataFrame, color_by: str) -> dict[str, str]:
    """Group label -> colour; statuses keep fixed colours, other groups by size then name."""
    labels = rows[color_by].replace("", _NONE_LABEL)
    if color_by == "status":
        known = [s for s in STATUS_COLOURS if s in set(labels)]
        others = sorted(set(labels) - set(known))
        return {**{s: STATUS_COLOURS[s] for s in known}, **{s: "#555555" for s in others}}
    counts = labels.value_counts()
    order = sorted(counts.index, key=lambda name: (-counts[name], name))
    return {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(order)}


def _segments(xs: Iterable, ys: Iterable) -> tuple[list, list]:
    """Pairs of points as one line trace's coordinates, separated by gaps."""
    out_x: list = []
    out_y: list = []
    for x, (y0, y1) in zip(xs, ys, strict=True):
        out_x += [x, x, None]
        out_y += [y0, y1, None]
    return out_x, out_y


def _staircases(rows: pd.DataFrame) -> tuple[list, list]:
    """Each milestone stated in two or more rows as a step line in publication order."""
    out_x: list = []
    out_y: list = []
    for key, group in rows.groupby("_milestone", sort=True):
        if key and len(group) > 1:
            out_x += list(group["_x"]) + [None]
            out_y += list(group["_y"]) + [None]
    return out_x, out_y


def _traces(rows: pd.DataFrame, color_by: str) -> tuple[list[go.Scatter], list[str | None]]:
    """All data traces, and for each the category it belongs to (None: not filtered by category)."""
    traces: list[go.Scatter] = []
    categories: list[str | None] = []
    colours = _colours(rows, color_by)
    groups = rows[color_by].replace("", _NONE_LABEL)
    for name, colour in colours.items():
        mine = rows[groups == name]
        # A legend entry of its own, so the legend shows the colour, not one category's marker.
        traces.append(go.Scatter(
            x=[None], y=[None], mode="markers", name=f"{name} ({len(mine)})", legendgroup=name,
            marker={"color": colour, "symbol": "square", "size": 11}, hoverinfo="skip"))
        categories.append(None)
        for category, part in mine.groupby("category", sort=True):
            symbol = CATEGORY_SYMBOLS.get(category, _UNKNOWN_SYMBOL)
            bar_x, bar_y = _segments(part["_x"], zip(part["_start"], part["_stop"], strict=True))
            traces.append(go.Scatter(
                x=bar_x, y=bar_y, mode="lines", legendgroup=name, showlegend=False, hoverinfo="skip",
                line={"color": colour, "width": 4}, opacity=0.35, name=f"{name}: promised period"))
            traces.append(go.Scatter(
                x=part["_x"], y=part["_y"], mode="markers", legendgroup=name, showlegend=False,
                name=f"{name}: {category or _NONE_LABEL}",
                marker={"color": colour, "size": 11, "symbol": symbol, "opacity": 0.8,
                        "line": {"color": "white", "width": 1}},
                hovertext=[_hover(row) for _, row in part.iterrows()], hoverinfo="text",
                customdata=list(part["url"]), hoverlabel={"align": "left"}))
            categories += [category] * 2
            step_x, step_y = _staircases(mine[mine["_milestone_category"] == category])
            if step_x:
                traces.append(go.Scatter(
                    x=step_x, y=step_y, mode="lines", legendgroup=name, showlegend=False, hoverinfo="skip",
                    line={"color": colour, "width": 1.5, "dash": "dot", "shape": "hv"},
                    name=f"{name}: restated milestone"))
                categories.append(category)
    for category in sorted(set(rows["category"])):
        traces.append(go.Scatter(
            x=[None], y=[None], mode="markers", name=category or _NONE_LABEL, legend="legend2",
            marker={"color": "#666666", "size": 10,
                    "symbol": CATEGORY_SYMBOLS.get(category, _UNKNOWN_SYMBOL)},
            hoverinfo="skip"))
        categories.append(None)
    return traces, categories


def _category_menu(categories: list[str | None]) -> dict:
    """A dropdown that shows all claims or those of one category."""
    present = sorted({c for c in categories if c is not None})
    everything = [True] * len(categories)
    buttons = [{"label": "All categories", "method": "restyle", "args": [{"visible": everything}]}]
    buttons += [
        {"label": c or _NONE_LABEL, "method": "restyle",
         "args": [{"visible": [t is None or t == c for t in categories]}]}
        for c in present
    ]
    return {"buttons": buttons, "direction": "down", "showactive": True, "x": 1.01, "xanchor": "left",
            "y": 1, "yanchor": "top", "bgcolor": "white", "pad": {"r": 0, "t": 0}}


def _bounds(rows: pd.DataFrame, as_of: pd.Timestamp) -> tuple[pd.Timestamp, pd.Timestamp, pd.Timestamp,
                                                               pd.Timestamp]:
    """Axis ranges covering all claims and the as-of date, with a margin."""
    xs = [as_of, *rows["_x"]]
    ys = [as_of, *rows["_start"], *rows["_stop"]]
    x0, x1, y0, y1 = min(xs), max(xs), min(ys), max(ys)
    xpad = max((x1 - x0) * 0.04, pd.Timedelta(days=20))
    ypad = max((y1 - y0) * 0.04, pd.Timedelta(days=20))
    return x0 - xpad, x1 + xpad, y0 - ypad, y1 + ypad


def _left_out_note(claims: _Claims) -> str:
    reasons = [
        (claims.no_published, "without a publication date"),
        (claims.no_promised, "with a promised date that could not be resolved"),
    ]
    total = claims.no_published + claims.no_promised
    if not total:
        return "all claims plotted"
    parts = ", ".join(f"{n} {why}" for n, why in reasons if n)
    return f"{total} claim{'s' if total != 1 else ''} not plotted ({parts})"


def figure(df: pd.DataFrame, as_of: date | None = None, color_by: str = "subject") -> go.Figure:
    """The interactive timeline of a claims table: publication date on x, promised date on y."""
    if color_by not in df.columns:
        raise ValueError(f"cannot colour by {color_by!r}: the claims table has no such column")
    as_of = as_of or date.today()
    cut = pd.Timestamp(as_of)
    claims = _prepare(df)
    rows = claims.rows
    rows["_milestone"] = rows.apply(_milestone, axis=1) if len(rows) else pd.Series(dtype=str)
    # A milestone's line is filtered with the category of its latest statement.
    latest = rows.groupby("_milestone")["category"].transform("last") if len(rows) else rows["category"]
    rows["_milestone_category"] = latest.where(rows["_milestone"] != "", rows["category"])
    traces, categories = _traces(rows, color_by)
    x0, x1, y0, y1 = _bounds(rows, cut)

    fig = go.Figure(traces)
    fig.add_shape(type="rect", xref="paper", x0=0, x1=1, yref="y", y0=y0, y1=cut, layer="below",
                  fillcolor="rgba(228, 87, 86, 0.08)", line={"width": 0})
    fig.add_shape(type="line", xref="x", yref="y", x0=x0, y0=x0, x1=x1, y1=x1, layer="below",
                  line={"color": "#888888", "width": 1, "dash": "dash"})
    fig.add_shape(type="line", xref="x", yref="paper", x0=cut, x1=cut, y0=0, y1=1,
                  line={"color": "#E45756", "width": 1.5})
    diagonal_at = max(x0, y0) + (min(x1, y1) - max(x0, y0)) * 0.1
    articles = rows["doc_id"].nunique()
    fig.add_annotation(x=diagonal_at, y=diagonal_at, text="due when announced", showarrow=False,
                       textangle=0, xanchor="left", yanchor="top", font={"color": "#666666", "size": 11})
    fig.add_annotation(x=cut, y=1, xref="x", yref="paper", text=f"as of {as_of.isoformat()}", showarrow=False,
                       xanchor="right", yanchor="top", font={"color": "#E45756", "size": 12})
    fig.add_annotation(x=0.005, y=cut, xref="paper", yref="y", showarrow=False, xanchor="left", yanchor="top",
                       text="shaded: promised by the as-of date (already due)",
                       font={"color": "#B03A38", "size": 11})
    fig.add_annotation(
        name="left-out", x=0, y=1.01, xref="paper", yref="paper", xanchor="left", yanchor="bottom",
        showarrow=False, font={"size": 12, "color": "#444444"}, align="left",
        text=f"{len(rows)} claims from {articles} articles · {_left_out_note(claims)}"
        if len(rows) else f"No claim can be placed · {_left_out_note(claims)}")
    fig.update_layout(
        title={"text": "Claims and milestones: when they were announced and when they were promised",
               "xref": "paper", "x": 0, "xanchor": "left", "y": 0.985, "yanchor": "top",
               "font": {"size": 18}},
        template="plotly_white",
        hovermode="closest",
        font={"family": "Arial, Helvetica, sans-serif", "size": 12},
        margin={"l": 80, "r": 20, "t": 62, "b": 60},
        xaxis={"title": {"text": "Published (date of the article)"}, "type": "date", "range": [x0, x1],
               "rangeslider": {"visible": True, "thickness": 0.07, "range": [x0, x1]}},
        yaxis={"title": {"text": "Promised date (bar: the whole promised period)"}, "type": "date",
               "range": [y0, y1], "fixedrange": False},
        legend={"title": {"text": f"{color_by.capitalize()}<br><sup>click: hide · double-click: only</sup>"},
                "x": 1.01, "xanchor": "left", "y": 0.91, "yanchor": "top", "groupclick": "togglegroup",
                "maxheight": 0.45},
        legend2={"title": {"text": "Category (marker)"}, "x": 1.01, "xanchor": "left", "y": 0, "yanchor": "bottom",
                 "itemclick": False, "itemdoubleclick": False},
        updatemenus=[_category_menu(categories)],
    )
    return fig


def with_status(claims: pd.DataFrame, as_of: date, outcomes: Sequence[promises.Outcome] | None = None,
                ) -> pd.DataFrame:
    """The claims with promise ids and their promise's status as of a date, so they can be coloured by it.

    Ids are reassigned by the same grouping that computes the statuses, so every row finds its status.
    """
    grouped = promises.assign_promises(claims)
    rows = promises.promises_table(grouped, as_of, outcomes)
    status = dict(zip(rows["promise_id"], rows["status"], strict=True))
    return grouped.assign(status=grouped["promise_id"].map(lambda pid: status.get(pid, "")))


def _as_figure(df_or_fig: pd.DataFrame | go.Figure, as_of: date | None, color_by: str) -> go.Figure:
    if isinstance(df_or_fig, go.Figure):
        return df_or_fig
    return figure(df_or_fig, as_of=as_of, color_by=color_by)


def write_html(df_or_fig: pd.DataFrame | go.Figure, path: str | Path, as_of: date | None = None,
               color_by: str = "subject", subjects: pd.DataFrame | None = None) -> Path:
    """One self-contained page (plotly.js inlined: works offline) with click-to-open-article; with
    `subjects` (promises.subjects_table), the per-subject slippage table under the plot."""
    fig = _as_figure(df_or_fig, as_of, color_by)
    plot = fig.to_html(
        full_html=False, include_plotlyjs=True, div_id=DIV_ID, post_script=_CLICK_JS,
        default_width="100%", default_height="100vh",
        config={"displaylogo": False, "responsive": True, "toImageButtonOptions": {"filename": "timeline"}})
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    plot += promises.subjects_html(subjects) if subjects is not None else ""
    out.write_text(_PAGE.format(title=html.escape(fig.layout.title.text or "Claims timeline"), plot=plot),
                   encoding="utf-8")
    return out


def write_png(df_or_fig: pd.DataFrame | go.Figure, path: str | Path, as_of: date | None = None,
              color_by: str = "subject", width: int = 1280, height: int = 800) -> Path:
    """A static image through kaleido, which drives a locally installed Chromium/Chrome."""
    if importlib.util.find_spec("kaleido") is None:
        raise PngExportError("PNG export needs kaleido: pip install 'claims-timeline-extractor[png]'")
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    try:
        _as_figure(df_or_fig, as_of, color_by).write_image(out, format="png", width=width, height=height)
    except (RuntimeError, OSError, ValueError) as err:
        raise PngExportError(
            f"PNG export failed; kaleido needs a Chromium or Chrome browser "
            f"(Debian: apt-get install chromium): {err}") from err
    return out


__all__ = ["DIV_ID", "PngExportError", "figure", "with_status", "write_html", "write_png"]
