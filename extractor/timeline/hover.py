"""Hover labels, built column by column (a list per field, joined per row) rather than row by row.

Article text reaches plotly's pseudo-HTML hover labels, so every free-text field is HTML-escaped here; the only
markup in a label is the one this module writes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

import pandas as pd

_WRAP = 90
_SHORT = 100  # characters of a sentence kept in compact labels (one point per promise, several mentions)
MAX_LISTED = 6  # mentions spelled out in the label of points that coincide


def _wrap(value: str, width: int) -> list[str]:
    """Words into lines of at most ``width`` characters (a longer word gets a line of its own)."""
    words = value.split()
    flat = " ".join(words)
    if len(flat) <= width:  # most labels' fields fit on one line: no word-by-word pass
        return [flat]
    lines: list[str] = []
    line = ""
    for word in words:
        if line and len(line) + 1 + len(word) > width:
            lines.append(line)
            line = word
        else:
            line = f"{line} {word}" if line else word
    return [*lines, line]


def esc(value: str, width: int = _WRAP) -> str:
    """Escaped for plotly's label markup and wrapped into lines joined by <br>."""
    return "<br>".join(html.escape(line, quote=False) for line in _wrap(value, width))


def _short(value: str) -> str:
    flat = " ".join(value.split())
    return esc(flat if len(flat) <= _SHORT else flat[: _SHORT - 1].rstrip() + "…")


def _join(*parts: str, sep: str = " · ") -> str:
    return sep.join(p for p in parts if p)


def _days(values: pd.Series) -> list[str]:
    return [d.isoformat() for d in values.dt.date]


def periods(rows: pd.DataFrame) -> list[str]:
    """The promised period as a label: its bound, its label, and its days unless it is a single day."""
    out = []
    for label, bound, start, end in zip(rows["promised"], rows["bound"], _days(rows["_start"]),
                                        _days(rows["_end"]), strict=True):
        prefix = f"{bound} " if bound in ("by", "from") else ""
        out.append(f"{prefix}{label}" if start == end == label else f"{prefix}{label} ({start} to {end})")
    return out


def _number(value: str) -> str:
    try:
        return f"{float(value):,.15g}"
    except ValueError:
        return value


def values(rows: pd.DataFrame) -> list[str]:
    """The target value as written, else the number and unit."""
    return [written or (_join(_number(value), unit, sep=" ") if value else "")
            for written, value, unit in zip(rows["value_text"], rows["value"], rows["unit"], strict=True)]


def _field(name: str, column: Sequence[str]) -> list[str]:
    return [f"<b>{name}:</b> {esc(v)}" if v else "" for v in column]


def full(rows: pd.DataFrame) -> list[str]:
    """Each claim's label: article, sentence, then the extracted fields."""
    heads = [f"<b>{esc(t or '(untitled)')}</b>" for t in rows["title"]]
    sources = [html.escape(_join(p, f"published {d}"), quote=False)
               for p, d in zip(rows["provider"], _days(rows["_x"]), strict=True)]
    sentences = [f"“{esc(s)}”" for s in rows["sentence"]]
    status = rows["status"] if "status" in rows.columns else pd.Series("", index=rows.index)
    fields = [
        _field("Date text", rows["date_text"]),
        _field("Promised", periods(rows)),
        _field("Subject", [_join(s, w) for s, w in zip(rows["subject"], rows["what"], strict=True)]),
        _field("Category", [_join(c, m) for c, m in zip(rows["category"], rows["commitment"], strict=True)]),
        _field("Value", values(rows)),
        _field("Status", list(status)),
        _field("Source", rows["source_file"]),
        _field("URL", rows["url"]),
    ]
    clicks = ["<i>click the point to open the article</i>" if u.lower().startswith(("http://", "https://")) else ""
              for u in rows["url"]]
    out = []
    for head, source, sentence, *rest, click in zip(heads, sources, sentences, *fields, clicks, strict=True):
        out.append("<br>".join([head, source, "", sentence, "", *(f for f in rest if f), *([click] if click else [])]))
    return out


def mentions(rows: pd.DataFrame) -> list[str]:
    """Each claim in two or three lines, for a label that lists several mentions: article, outlet, sentence."""
    return [f"<b>{esc(title or '(untitled)')}</b>{' · ' + html.escape(provider) if provider else ''}<br>“{_short(s)}”"
            for title, provider, s in zip(rows["title"], rows["provider"], rows["sentence"], strict=True)]


def together(entries: Sequence[str], published: str, period: str, subject: str) -> str:
    """One label for mentions drawn at the same place: a count, what they share, then each mention (the first
    few: a label taller than the plot would not show at all)."""
    shown = list(entries[:MAX_LISTED])
    more = len(entries) - len(shown)
    head = (f"<b>{len(entries)} mentions here</b> · published {published}<br>"
            f"<b>Promised:</b> {html.escape(period, quote=False)}" + (f"<br><b>Subject:</b> {esc(subject)}"
                                                                      if subject else ""))
    tail = [f"<i>… and {more} more (see claims.csv)</i>"] if more else []
    return "<br>─────<br>".join([head, *shown, *tail])


def compact(promises: pd.DataFrame) -> list[str]:
    """The short label of one promise (used when the page draws one point per promise): a few hundred bytes,
    so that a page of tens of thousands of promises stays small."""
    out = []
    for subject, what, period, mentions, sources, first, last, sentence in zip(
            promises["subject"], promises["what"], periods(promises), promises["_mentions"], promises["_sources"],
            _days(promises["_first"]), _days(promises["_x"]), promises["sentence"], strict=True):
        said = f"{mentions} mention{'s' if mentions != 1 else ''}, {sources} source{'s' if sources != 1 else ''}"
        when = first if first == last else f"{first} to {last}"
        out.append(f"<b>{esc(_join(subject, what) or '(no subject)')}</b><br>promised {html.escape(period)}<br>"
                   f"{said}, published {when}<br>“{_short(sentence)}”")
    return out
