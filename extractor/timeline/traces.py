"""The data traces: a marker per claim (or per promise), its promised-period bar, staircases of restatements.

Points that coincide (same trace, same publication day, same promised period) are drawn once, with a count
beside them and every mention in one label. Past ``GL_POINTS`` markers the traces are WebGL (``scattergl``) and
dates travel as numbers, which keeps a big page small and quick to draw.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
import pandas as pd
import plotly.graph_objects as go
from plotly.colors import qualitative

from extractor.timeline import hover
from extractor.timeline.prep import epoch_ms

GL_POINTS = 2_000  # more markers than this: WebGL traces

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
UNKNOWN_SYMBOL = "circle-open"
NONE_LABEL = "(none)"
_PALETTE: list[str] = qualitative.Plotly + qualitative.Dark24


def _colours(rows: pd.DataFrame, color_by: str) -> dict[str, str]:
    """Group label -> colour; statuses keep fixed colours, other groups by size then name."""
    labels = rows[color_by].replace("", NONE_LABEL)
    if color_by == "status":
        known = [s for s in STATUS_COLOURS if s in set(labels)]
        others = sorted(set(labels) - set(known))
        return {**{s: STATUS_COLOURS[s] for s in known}, **{s: "#555555" for s in others}}
    counts = labels.value_counts()
    order = sorted(counts.index, key=lambda name: (-counts[name], name))
    return {name: _PALETTE[i % len(_PALETTE)] for i, name in enumerate(order)}


def _segments(xs: Iterable, y0s: Iterable, y1s: Iterable) -> tuple[list, list]:
    """Pairs of points as one line trace's coordinates, separated by gaps."""
    out_x: list = []
    out_y: list = []
    for x, y0, y1 in zip(xs, y0s, y1s, strict=True):
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


def _coinciding(part: pd.DataFrame) -> tuple[pd.DataFrame, list[str], list[int]]:
    """One row per place (publication day, promised period), its label and how many mentions it holds."""
    labels = hover.full(part)
    place = part["_x"].astype("int64").astype(str) + "|" + part["_start"].astype("int64").astype(str) + "|" + \
        part["_stop"].astype("int64").astype(str)
    if not place.duplicated().any():
        return part, labels, [1] * len(part)
    by_place: dict[str, list[int]] = {}
    for i, key in enumerate(place):
        by_place.setdefault(key, []).append(i)
    firsts = [members[0] for members in by_place.values()]
    entries, periods = hover.mentions(part), hover.periods(part)
    subjects = [" · ".join(p for p in pair if p) for pair in zip(part["subject"], part["what"], strict=True)]
    merged = [labels[m[0]] if len(m) == 1 else hover.together(
        [entries[i] for i in m], part["_x"].iloc[m[0]].date().isoformat(), periods[m[0]], subjects[m[0]])
        for m in by_place.values()]
    return part.iloc[firsts], merged, [len(m) for m in by_place.values()]


def _sizes(counts: list[int], per_promise: bool) -> int | list[int]:
    """Marker sizes: a point holding several mentions is drawn larger."""
    single, several = (8, 11) if per_promise else (11, 14)
    return single if max(counts) == 1 else [single if n == 1 else several for n in counts]


def _svg_markers(part: pd.DataFrame, name: str, category: str, colour: str, labels: list[str],
                 counts: list[int]) -> list[go.Scatter]:
    """SVG traces: the promised-period bars, the markers, and a count beside points holding several mentions."""
    bar_x, bar_y = _segments(part["_x"], part["_start"], part["_stop"])
    xs, ys = list(part["_x"]), list(part["_y"])
    out = [
        go.Scatter(x=bar_x, y=bar_y, mode="lines", legendgroup=name, showlegend=False, hoverinfo="skip",
                   line={"color": colour, "width": 4}, opacity=0.35, name=f"{name}: promised period"),
        go.Scatter(x=xs, y=ys, mode="markers", legendgroup=name, showlegend=False,
                   name=f"{name}: {category or NONE_LABEL}",
                   marker={"color": colour, "symbol": CATEGORY_SYMBOLS.get(category, UNKNOWN_SYMBOL),
                           "size": _sizes(counts, False), "opacity": 0.8, "line": {"color": "white", "width": 1}},
                   hovertext=labels, hoverinfo="text", customdata=list(part["url"]), hoverlabel={"align": "left"}),
    ]
    badge = [(x, y, f"×{n}") for x, y, n in zip(xs, ys, counts, strict=True) if n > 1]
    if badge:
        out.append(go.Scatter(
            x=[b[0] for b in badge], y=[b[1] for b in badge], text=[b[2] for b in badge], mode="text",
            textposition="top right", legendgroup=name, showlegend=False, hoverinfo="skip",
            textfont={"color": "#333333", "size": 12}, name=f"{name}: mentions at one place"))
    return out


def _gl_segments(xs: pd.Series, y0s: pd.Series, y1s: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Bars as one line trace: numbers (ms since 1970) with NaN gaps, one typed array per axis."""
    gaps = np.full(len(xs), np.nan)
    x = np.column_stack([epoch_ms(xs), epoch_ms(xs), gaps]).ravel()
    y = np.column_stack([epoch_ms(y0s), epoch_ms(y1s), gaps]).ravel()
    return x, y


def _gl_markers(part: pd.DataFrame, name: str, category: str, colour: str, labels: list[str],
                counts: list[int], per_promise: bool) -> list[go.Scattergl]:
    """WebGL traces: the promised-period bars and the markers; dates travel as numbers (ms since 1970, one
    typed array each) rather than as lists of date strings. (Plotly's WebGL error bars fail on date axes.)"""
    bar_x, bar_y = _gl_segments(part["_x"], part["_start"], part["_stop"])
    return [
        go.Scattergl(x=bar_x, y=bar_y, mode="lines", legendgroup=name, showlegend=False, hoverinfo="skip",
                     line={"color": colour, "width": 3}, opacity=0.35, name=f"{name}: promised period"),
        go.Scattergl(
            x=epoch_ms(part["_x"]), y=epoch_ms(part["_y"]), mode="markers", legendgroup=name, showlegend=False,
            name=f"{name}: {category or NONE_LABEL}",
            marker={"color": colour, "symbol": CATEGORY_SYMBOLS.get(category, UNKNOWN_SYMBOL),
                    "size": _sizes(counts, per_promise), "opacity": 0.8, "line": {"color": "white", "width": 1}},
            hovertext=labels, hoverinfo="text", customdata=list(part["url"]), hoverlabel={"align": "left"}),
    ]


def build(rows: pd.DataFrame, color_by: str, per_promise: bool) -> tuple[list, list[str | None]]:
    """All data traces, and for each the category it belongs to (None: not filtered by category).

    ``rows`` are claims, or promises (one row each, with ``_mentions``) when ``per_promise``."""
    gl = len(rows) > GL_POINTS
    traces: list = []
    categories: list[str | None] = []
    colours = _colours(rows, color_by)
    groups = rows[color_by].replace("", NONE_LABEL)
    for name, colour in colours.items():
        mine = rows[groups == name]
        count = int(mine["_mentions"].sum()) if per_promise else len(mine)
        # A legend entry of its own, so the legend shows the colour, not one category's marker.
        traces.append(go.Scatter(
            x=[None], y=[None], mode="markers", name=f"{name} ({count})", legendgroup=name,
            marker={"color": colour, "symbol": "square", "size": 11}, hoverinfo="skip"))
        categories.append(None)
        for category, part in mine.groupby("category", sort=True):
            if per_promise:
                labels, counts = hover.compact(part), list(part["_mentions"])
            else:
                part, labels, counts = _coinciding(part)
            drawn = (_gl_markers(part, name, category, colour, labels, counts, per_promise) if gl
                     else _svg_markers(part, name, category, colour, labels, counts))
            step_x, step_y = ([], []) if per_promise else _staircases(mine[mine["_milestone_category"] == category])
            if step_x:
                scatter = go.Scattergl if gl else go.Scatter
                drawn.append(scatter(
                    x=step_x, y=step_y, mode="lines", legendgroup=name, showlegend=False, hoverinfo="skip",
                    line={"color": colour, "width": 1.5, "dash": "dot", "shape": "hv"},
                    name=f"{name}: restated milestone"))
            traces += drawn
            categories += [category] * len(drawn)
    for category in sorted(set(rows["category"])):
        traces.append(go.Scatter(
            x=[None], y=[None], mode="markers", name=category or NONE_LABEL, legend="legend2",
            marker={"color": "#666666", "size": 10, "symbol": CATEGORY_SYMBOLS.get(category, UNKNOWN_SYMBOL)},
            hoverinfo="skip"))
        categories.append(None)
    return traces, categories


def category_menu(categories: list[str | None]) -> dict:
    """A dropdown that shows all claims or those of one category."""
    present = sorted({c for c in categories if c is not None})
    everything = [True] * len(categories)
    buttons = [{"label": "All categories", "method": "restyle", "args": [{"visible": everything}]}]
    buttons += [
        {"label": c or NONE_LABEL, "method": "restyle",
         "args": [{"visible": [t is None or t == c for t in categories]}]}
        for c in present
    ]
    return {"buttons": buttons, "direction": "down", "showactive": True, "x": 1.01, "xanchor": "left",
            "y": 1, "yanchor": "top", "bgcolor": "white", "pad": {"r": 0, "t": 0}}
