"""The timeline as files: one self-contained HTML page (plotly.js inlined) and a static PNG through kaleido.

Claims without a publication date have no place on the plot; the page lists them in a table under it (or alone,
instead of an empty chart, when nothing can be placed). The figure carries those rows in ``layout.meta``.
"""

from __future__ import annotations

import base64
import html
import importlib.util
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
from _plotly_utils.utils import is_homogeneous_array, is_skipped_key, to_typed_array_spec

from extractor import promises
from extractor.timeline.layout import figure, spec

DIV_ID = "claims-timeline"
TABLE_ID = "undated-claims"

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

# The page around the plot: no margins, so a 100vh plot fills the window; a table below it scrolls into view.
_PAGE = """<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>{title}</title>
<style>
html, body {{ margin: 0; padding: 0; overflow-x: hidden; font-family: Arial, Helvetica, sans-serif; }}
section {{ margin: 16px 20px 24px 80px; color: #222; font-size: 13px; }}
section h1 {{ font-size: 18px; font-weight: normal; margin: 12px 0 4px; }}
section h2 {{ font-size: 15px; margin: 8px 0; }}
table {{ border-collapse: collapse; }}
th, td {{ text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #ddd; }}
th {{ background: #f4f4f4; }}
</style>
</head>
<body>
{plot}
{table}
</body>
</html>
"""
_HEADERS = ("Article", "Provider", "Sentence", "Date text", "Promised", "Subject", "Category")


class PngExportError(RuntimeError):
    """A PNG could not be written (no kaleido, or no Chromium/Chrome for kaleido to drive)."""


def _as_figure(df_or_fig: pd.DataFrame | go.Figure, as_of: date | None, color_by: str) -> go.Figure:
    """A figure object, for kaleido's PNG (the HTML page is written from the plain dict: `_as_dict`)."""
    if isinstance(df_or_fig, go.Figure):
        return df_or_fig
    return figure(df_or_fig, as_of=as_of, color_by=color_by)


def _as_dict(df_or_fig: pd.DataFrame | go.Figure, as_of: date | None, color_by: str) -> dict:
    """The figure as the dict its page is written from: a table's `spec` (no figure object built), or a
    figure's ``to_dict()``; either way with numeric arrays as typed arrays, as ``to_dict`` writes them."""
    if isinstance(df_or_fig, go.Figure):
        return df_or_fig.to_dict()
    fig = spec(df_or_fig, as_of=as_of, color_by=color_by)
    _typed_arrays(fig)
    return fig


_PLAIN = (str, int, float, bool, type(None))  # never an array: plotly's own walk asks each of them, slowly


def _typed_arrays(obj: object) -> None:
    """What plotly's ``convert_to_base64`` (``to_dict``'s step) does to a figure dict, the same values in the same
    places: each array-like value of a dict (not under a skipped key) becomes a typed array. Faster: strings and
    numbers in lists are not asked one by one, and a 1-D float64 array (each trace's points) is encoded here, where
    plotly's copy goes through narwhals at about a third of a millisecond an array (a page has thousands)."""
    if isinstance(obj, dict):
        for key, value in obj.items():
            if isinstance(value, _PLAIN) or is_skipped_key(key):
                continue
            if isinstance(value, (dict, list, tuple)):
                _typed_arrays(value)
            elif isinstance(value, np.ndarray) and value.dtype == np.float64 and value.ndim == 1 and value.size:
                obj[key] = {"dtype": "f8", "bdata": base64.b64encode(np.ascontiguousarray(value)).decode("ascii")}
            elif is_homogeneous_array(value):
                obj[key] = to_typed_array_spec(value)
    elif isinstance(obj, (list, tuple)):
        for value in obj:
            if isinstance(value, (dict, list, tuple)):
                _typed_arrays(value)


def _has_points(fig: dict) -> bool:
    return any(t.get("hovertext") is not None and len(t.get("x", ())) for t in fig["data"])


def _title(fig: dict) -> str:
    return fig["layout"].get("title", {}).get("text") or ""


def _cell(value: object) -> str:
    return html.escape(" ".join(str(value or "").split()))


def _article(row: dict) -> str:
    title = _cell(row.get("title")) or "(untitled)"
    url = str(row.get("url") or "")
    if url.lower().startswith(("http://", "https://")):
        return f'<a href="{html.escape(url)}" target="_blank" rel="noopener">{title}</a>'
    return title


def _table(fig: dict) -> str:
    """The claims without a publication date as an HTML table ('' when there are none)."""
    meta = fig["layout"].get("meta")
    meta = meta if isinstance(meta, dict) else {}
    rows = meta.get("undated") or []
    if not rows:
        return ""
    total = int(meta.get("undated_total") or len(rows))
    more = f" (the first {len(rows)}; all are in claims.csv)" if total > len(rows) else ""
    body = "\n".join(
        "<tr>" + "".join(f"<td>{cell}</td>" for cell in (
            _article(r), _cell(r.get("provider")), _cell(r.get("sentence")), _cell(r.get("date_text")),
            _cell(r.get("promised")), _cell(r.get("subject")), _cell(r.get("category")))) + "</tr>"
        for r in rows)
    head = "".join(f"<th>{h}</th>" for h in _HEADERS)
    return (f'<section id="{TABLE_ID}"><h2>{total} claim{"s" if total != 1 else ""} without a publication date'
            f'{more}</h2>\n<p>They cannot be placed on the timeline: relative dates stay unresolved.</p>\n'
            f"<table><thead><tr>{head}</tr></thead>\n<tbody>\n{body}\n</tbody></table></section>")


def _heading(fig: dict) -> str:
    """Title and notes in words, for a page that has no plot to carry them."""
    notes = [a.get("text") for a in fig["layout"].get("annotations", ()) if a.get("name") == "left-out"]
    return (f"<section><h1>{html.escape(_title(fig))}</h1>"
            + "".join(f"<p>{html.escape(n)}</p>" for n in notes) + "</section>")


def write_html(df_or_fig: pd.DataFrame | go.Figure, path: str | Path, as_of: date | None = None,
               color_by: str = "subject", subjects: pd.DataFrame | None = None) -> Path:
    """One self-contained page (plotly.js inlined: works offline) with click-to-open-article; with
    `subjects` (promises.subjects_table), the per-subject slippage table under the plot."""
    fig = _as_dict(df_or_fig, as_of, color_by)
    if _has_points(fig):
        plot = pio.to_html(
            fig, validate=False, full_html=False, include_plotlyjs=True, div_id=DIV_ID, post_script=_CLICK_JS,
            default_width="100%", default_height="100vh",
            config={"displaylogo": False, "responsive": True, "modeBarButtonsToRemove": ["select2d", "lasso2d"],
                    "toImageButtonOptions": {"filename": "timeline"}})
    else:
        plot = _heading(fig)
    out = Path(path)
    out.parent.mkdir(parents=True, exist_ok=True)
    tables = _table(fig) + (promises.subjects_html(subjects) if subjects is not None else "")
    out.write_text(_PAGE.format(title=html.escape(_title(fig) or "Claims timeline"), plot=plot,
                                table=tables), encoding="utf-8")
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
