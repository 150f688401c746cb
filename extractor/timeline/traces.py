"""The data traces: a marker per claim (or per promise), its promised-period bar, staircases of restatements.

Points that coincide (same trace, same publication day, same promised period) are drawn once, with a count
beside them and every mention in one label. Past ``GL_POINTS`` markers the traces are WebGL (``scattergl``) and
dates travel as numbers, which keeps a big page small and quick to draw.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import pandas as pd
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


def _segments(xs: Sequence, y0s: Sequence, y1s: Sequence) -> tuple[list, list]:
    """Pairs of points as one line trace's coordinates, separated by gaps."""
    out_x: list = []
    out_y: list = []
    for x, y0, y1 in zip(xs, y0s, y1s, strict=True):
        out_x += [x, x, None]
        out_y += [y0, y1, None]
    return out_x, out_y


@dataclass
class _Columns:
    """The drawn rows' columns, read out of the frame once (as lists and arrays) and shared by every trace: a
    trace takes its rows by position, so nothing is sliced or grouped in pandas per trace."""

    rows: pd.DataFrame
    per_promise: bool
    x: list = field(init=False)
    y: list = field(init=False)
    start: list = field(init=False)
    stop: list = field(init=False)
    urls: list[str] = field(init=False)
    labels: list[str] = field(init=False)

    def __post_init__(self) -> None:
        rows = self.rows
        self.x, self.y = list(rows["_x"]), list(rows["_y"])
        self.start, self.stop = list(rows["_start"]), list(rows["_stop"])
        self.urls = list(rows["url"])
        self.labels = hover.compact(rows) if self.per_promise else hover.full(rows)

    @cached_property
    def places(self) -> list[tuple[int, int, int]]:
        """Each row's place: publication day, promised start and stop."""
        return list(zip(*(self.rows[c].to_numpy(dtype="datetime64[ns]").astype("int64").tolist()
                          for c in ("_x", "_start", "_stop")), strict=True))

    @cached_property
    def ms(self) -> dict[str, np.ndarray]:
        """The date columns as numbers (ms since 1970), for WebGL traces."""
        return {c: epoch_ms(self.rows[c]) for c in ("_x", "_y", "_start", "_stop")}

    @cached_property
    def mentions(self) -> list[str]:
        return hover.mentions(self.rows)

    @cached_property
    def periods(self) -> list[str]:
        return hover.periods(self.rows)

    @cached_property
    def subjects(self) -> list[str]:
        return [" · ".join(p for p in pair if p) for pair in zip(self.rows["subject"], self.rows["what"], strict=True)]

    def take(self, values: Sequence, at: list[int]) -> list:
        return [values[i] for i in at]


def _coinciding(cols: _Columns, at: list[int]) -> tuple[list[int], list[str], list[int]]:
    """One row per place (publication day, promised period), its label and how many mentions it holds."""
    by_place: dict[tuple[int, int, int], list[int]] = {}
    for i in at:
        by_place.setdefault(cols.places[i], []).append(i)
    if len(by_place) == len(at):
        return at, cols.take(cols.labels, at), [1] * len(at)
    merged = [cols.labels[m[0]] if len(m) == 1 else hover.together(
        [cols.mentions[i] for i in m], cols.x[m[0]].date().isoformat(), cols.periods[m[0]], cols.subjects[m[0]])
        for m in by_place.values()]
    return [m[0] for m in by_place.values()], merged, [len(m) for m in by_place.values()]


def _staircases(cols: _Columns, at: list[int], milestones: Sequence[str]) -> tuple[list, list]:
    """Each milestone stated in two or more of the rows ``at`` as a step line in publication order."""
    by_key: dict[str, list[int]] = {}
    for i in at:
        if milestones[i]:
            by_key.setdefault(milestones[i], []).append(i)
    out_x: list = []
    out_y: list = []
    for key in sorted(by_key):
        if len(by_key[key]) > 1:
            out_x += [*cols.take(cols.x, by_key[key]), None]
            out_y += [*cols.take(cols.y, by_key[key]), None]
    return out_x, out_y


def _sizes(counts: list[int], per_promise: bool) -> int | list[int]:
    """Marker sizes: a point holding several mentions is drawn larger."""
    single, several = (8, 11) if per_promise else (11, 14)
    return single if max(counts) == 1 else [single if n == 1 else several for n in counts]


def _svg_markers(cols: _Columns, at: list[int], name: str, category: str, colour: str, labels: list[str],
                 counts: list[int]) -> list[dict]:
    """SVG traces: the promised-period bars, the markers, and a count beside points holding several mentions."""
    xs, ys = cols.take(cols.x, at), cols.take(cols.y, at)
    bar_x, bar_y = _segments(xs, cols.take(cols.start, at), cols.take(cols.stop, at))
    out = [
        {"type": "scatter", "x": bar_x, "y": bar_y, "mode": "lines", "legendgroup": name, "showlegend": False,
         "hoverinfo": "skip", "line": {"color": colour, "width": 4}, "opacity": 0.35,
         "name": f"{name}: promised period"},
        {"type": "scatter", "x": xs, "y": ys, "mode": "markers", "legendgroup": name, "showlegend": False,
         "name": f"{name}: {category or NONE_LABEL}",
         "marker": {"color": colour, "symbol": CATEGORY_SYMBOLS.get(category, UNKNOWN_SYMBOL),
                    "size": _sizes(counts, False), "opacity": 0.8, "line": {"color": "white", "width": 1}},
         "hovertext": labels, "hoverinfo": "text", "customdata": cols.take(cols.urls, at),
         "hoverlabel": {"align": "left"}},
    ]
    badge = [(x, y, f"×{n}") for x, y, n in zip(xs, ys, counts, strict=True) if n > 1]
    if badge:
        out.append({"type": "scatter", "x": [b[0] for b in badge], "y": [b[1] for b in badge],
                    "text": [b[2] for b in badge], "mode": "text", "textposition": "top right", "legendgroup": name,
                    "showlegend": False, "hoverinfo": "skip", "textfont": {"color": "#333333", "size": 12},
                    "name": f"{name}: mentions at one place"})
    return out


def _gl_segments(xs: np.ndarray, y0s: np.ndarray, y1s: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Bars as one line trace: numbers (ms since 1970) with NaN gaps, one typed array per axis."""
    gaps = np.full(len(xs), np.nan)
    x = np.column_stack([xs, xs, gaps]).ravel()
    y = np.column_stack([y0s, y1s, gaps]).ravel()
    return x, y


def _gl_markers(cols: _Columns, at: list[int], name: str, category: str, colour: str, labels: list[str],
                counts: list[int]) -> list[dict]:
    """WebGL traces: the promised-period bars and the markers; dates travel as numbers (ms since 1970, one
    typed array each) rather than as lists of date strings. (Plotly's WebGL error bars fail on date axes.)"""
    ms = {c: values[at] for c, values in cols.ms.items()}
    bar_x, bar_y = _gl_segments(ms["_x"], ms["_start"], ms["_stop"])
    return [
        {"type": "scattergl", "x": bar_x, "y": bar_y, "mode": "lines", "legendgroup": name, "showlegend": False,
         "hoverinfo": "skip", "line": {"color": colour, "width": 3}, "opacity": 0.35,
         "name": f"{name}: promised period"},
        {"type": "scattergl", "x": ms["_x"], "y": ms["_y"], "mode": "markers", "legendgroup": name,
         "showlegend": False, "name": f"{name}: {category or NONE_LABEL}",
         "marker": {"color": colour, "symbol": CATEGORY_SYMBOLS.get(category, UNKNOWN_SYMBOL),
                    "size": _sizes(counts, cols.per_promise), "opacity": 0.8,
                    "line": {"color": "white", "width": 1}},
         "hovertext": labels, "hoverinfo": "text", "customdata": cols.take(cols.urls, at),
         "hoverlabel": {"align": "left"}},
    ]


def build(rows: pd.DataFrame, color_by: str, per_promise: bool) -> tuple[list[dict], list[str | None]]:
    """All data traces (as plotly trace dicts, validated once by the figure that takes them), and for each
    the category it belongs to (None: not filtered by category).

    ``rows`` are claims, or promises (one row each, with ``_mentions``) when ``per_promise``."""
    gl = len(rows) > GL_POINTS
    traces: list[dict] = []
    categories: list[str | None] = []
    colours = _colours(rows, color_by)
    cols = _Columns(rows, per_promise)
    groups = list(rows[color_by].replace("", NONE_LABEL))
    kinds = list(rows["category"])
    weights = list(rows["_mentions"]) if per_promise else [1] * len(rows)
    milestones = [] if per_promise else list(rows["_milestone"])
    milestone_kinds = [] if per_promise else list(rows["_milestone_category"])
    members: dict[str, dict[str, list[int]]] = {}  # group -> category -> row positions, in row order
    for i, (group, kind) in enumerate(zip(groups, kinds, strict=True)):
        members.setdefault(group, {}).setdefault(kind, []).append(i)
    for name, colour in colours.items():
        mine = members[name]
        count = int(sum(weights[i] for at in mine.values() for i in at))
        # A legend entry of its own, so the legend shows the colour, not one category's marker.
        traces.append({"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": f"{name} ({count})",
                       "legendgroup": name, "marker": {"color": colour, "symbol": "square", "size": 11},
                       "hoverinfo": "skip"})
        categories.append(None)
        rows_of_group = sorted(i for at in mine.values() for i in at)
        for category in sorted(mine):
            at = mine[category]
            if per_promise:
                labels, counts = cols.take(cols.labels, at), [int(n) for n in cols.take(weights, at)]
            else:
                at, labels, counts = _coinciding(cols, at)
            drawn = (_gl_markers(cols, at, name, category, colour, labels, counts) if gl
                     else _svg_markers(cols, at, name, category, colour, labels, counts))
            step_x, step_y = ([], []) if per_promise else _staircases(
                cols, [i for i in rows_of_group if milestone_kinds[i] == category], milestones)
            if step_x:
                drawn.append({"type": "scattergl" if gl else "scatter", "x": step_x, "y": step_y, "mode": "lines",
                              "legendgroup": name, "showlegend": False, "hoverinfo": "skip",
                              "line": {"color": colour, "width": 1.5, "dash": "dot", "shape": "hv"},
                              "name": f"{name}: restated milestone"})
            traces += drawn
            categories += [category] * len(drawn)
    for category in sorted(set(kinds)):
        traces.append({"type": "scatter", "x": [None], "y": [None], "mode": "markers", "name": category or NONE_LABEL,
                       "legend": "legend2", "marker": {"color": "#666666", "size": 10,
                                                       "symbol": CATEGORY_SYMBOLS.get(category, UNKNOWN_SYMBOL)},
                       "hoverinfo": "skip"})
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
