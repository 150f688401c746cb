"""The timeline figure, its HTML/PNG files and the `extractor timeline` command, on a hand-written table."""

from __future__ import annotations

import importlib.util
import shutil
import struct
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import pytest
from typer.testing import CliRunner

from extractor import table, timeline
from extractor.cli import app
from extractor.timeline.hover import _wrap

FIXTURE = Path(__file__).parent / "fixtures" / "claims_small.csv"
AS_OF = date(2023, 10, 1)


@pytest.fixture()
def claims() -> pd.DataFrame:
    return table.read_csv(FIXTURE)


def _points(fig: go.Figure) -> list[go.Scatter]:
    """The traces that carry claims (markers with hover labels), not keys or lines."""
    return [t for t in fig.data if t.mode == "markers" and t.hovertext is not None]


def _hovers(fig: go.Figure) -> list[str]:
    return [h for t in _points(fig) for h in t.hovertext]


def _trace(fig: go.Figure, name: str) -> go.Scatter:
    return next(t for t in fig.data if t.name == name)


def _note(fig: go.Figure) -> str:
    return next(a.text for a in fig.layout.annotations if a.name == "left-out")


def _day(value: object) -> date:
    return pd.Timestamp(value).date()


def test_every_placeable_claim_is_a_point_and_the_rest_are_counted(claims: pd.DataFrame) -> None:
    fig = timeline.figure(claims, as_of=AS_OF)
    assert sum(len(t.x) for t in _points(fig)) == 9
    assert "9 claims from 9 articles" in _note(fig)
    assert "2 claims not plotted (2 without a publication date)" in _note(fig)


def test_unresolved_promised_date_is_counted_separately(claims: pd.DataFrame) -> None:
    claims.loc[claims.claim_id == "c09", ["promised", "promised_start", "promised_end"]] = ""
    note = _note(timeline.figure(claims, as_of=AS_OF))
    assert "3 claims not plotted (2 without a publication date, 1 with a promised date that could not" in note


def test_year_claim_bar_spans_the_whole_year(claims: pd.DataFrame) -> None:
    bars = _trace(timeline.figure(claims, as_of=AS_OF), "Intel: promised period")
    pairs = [(_day(bars.x[i]), _day(bars.y[i]), _day(bars.y[i + 1])) for i in range(0, len(bars.x), 3)]
    assert (date(2022, 1, 21), date(2025, 1, 1), date(2026, 1, 1)) in pairs  # "begin production in 2025"


def test_restated_milestone_is_a_staircase_in_publication_order(claims: pd.DataFrame) -> None:
    steps = _trace(timeline.figure(claims, as_of=AS_OF), "Tesla: restated milestone")
    xs = [_day(x) for x in steps.x if x is not None]
    ys = [pd.Timestamp(y) for y in steps.y if y is not None]
    assert xs == [date(2021, 8, 20), date(2022, 9, 30), date(2023, 4, 19)]
    assert ys == sorted(ys) and len(set(ys)) == 3  # each restatement promised later: slippage
    assert steps.line.shape == "hv"


def test_promise_id_joins_restatements_worded_differently(claims: pd.DataFrame) -> None:
    steps = _trace(timeline.figure(claims, as_of=AS_OF), "SpaceX: restated milestone")
    assert [_day(x) for x in steps.x if x is not None] == [date(2021, 11, 17), date(2022, 2, 10)]


def test_article_text_is_escaped_in_hovers(claims: pd.DataFrame) -> None:
    hovers = _hovers(timeline.figure(claims, as_of=AS_OF))
    assert not any("<script" in h for h in hovers)
    assert any("&lt;script&gt;alert(1)&lt;/script&gt;" in h for h in hovers)
    assert any("R&amp;D spending" in h for h in hovers)
    assert any("<b>Promised:</b> 2022-09-30<br>" in h for h in hovers)  # a day claim, not a period


def test_hover_shows_sentence_date_text_period_value_source_and_url(claims: pd.DataFrame) -> None:
    hover = next(h for h in _hovers(timeline.figure(claims, as_of=AS_OF)) if "exaflops by October" in h)
    for expected in ("Tesla expects Dojo compute", "<b>Date text:</b> October 2024",
                     "by 2024-10 (2024-10-01 to 2024-10-31)", "<b>Value:</b> 100 exaflops",
                     "004_tesla_q2_2023.txt", "https://example.com/2023/07/tesla-q2", "click the point"):
        assert expected in hover


def test_clicks_open_the_claims_own_url(claims: pd.DataFrame) -> None:
    fig = timeline.figure(claims, as_of=AS_OF)
    for trace in _points(fig):
        for url, hover in zip(trace.customdata, trace.hovertext, strict=True):
            assert url in hover


def test_as_of_line_due_shading_and_diagonal(claims: pd.DataFrame) -> None:
    fig = timeline.figure(claims, as_of=AS_OF)
    cut = pd.Timestamp(AS_OF)
    assert any(s.type == "line" and s.yref == "paper" and s.x0 == s.x1 == cut for s in fig.layout.shapes)
    assert any(s.type == "rect" and s.y1 == cut for s in fig.layout.shapes)
    assert any(s.type == "line" and s.x0 == s.y0 and s.x1 == s.y1 for s in fig.layout.shapes)
    texts = {a.text for a in fig.layout.annotations}
    assert {"due when announced", "as of 2023-10-01"} <= texts


def test_as_of_defaults_to_today_named_in_the_subtitle_when_out_of_range(claims: pd.DataFrame) -> None:
    fig = timeline.figure(claims)
    today = date.today().isoformat()
    assert f"as of {today}, after the last publication (not drawn)" in fig.layout.title.subtitle.text
    assert not any(a.text.startswith("as of") for a in fig.layout.annotations)
    assert not any(s.type == "rect" for s in fig.layout.shapes)  # no "already due" shading either


def _x_range(fig: go.Figure) -> tuple[date, date]:
    start, end = fig.layout.xaxis.range
    return _day(start), _day(end)


def test_x_axis_spans_the_publications_padded(claims: pd.DataFrame) -> None:
    start, end = _x_range(timeline.figure(claims))
    published = pd.to_datetime(claims["published"].replace("", None)).dropna()
    first, last = published.min().date(), published.max().date()
    assert start < first and end > last
    assert (first - start).days < 120 and (end - last).days < 120  # a margin, not a stretch to today


@pytest.mark.parametrize(("as_of", "drawn", "subtitle"), [
    (date(2023, 10, 1), True, "as of 2023-10-01 (red line)"),
    (date(2022, 3, 1), True, "as of 2022-03-01 (red line)"),
    (date(2025, 6, 30), True, "as of 2025-06-30 (red line)"),  # asked for: the axis stretches to it
])
def test_an_as_of_date_asked_for_is_in_range_and_drawn(claims: pd.DataFrame, as_of: date, drawn: bool,
                                                       subtitle: str) -> None:
    fig = timeline.figure(claims, as_of=as_of)
    start, end = _x_range(fig)
    assert start <= as_of <= end
    assert (f"as of {as_of.isoformat()}" in {a.text for a in fig.layout.annotations}) is drawn
    assert subtitle in fig.layout.title.subtitle.text


def test_title_is_short_and_the_subtitle_says_what_the_axes_are(claims: pd.DataFrame) -> None:
    title = timeline.figure(claims, as_of=AS_OF).layout.title
    assert title.text == "Claims and milestones"
    assert title.subtitle.text.startswith("Published (x) against promised (y)")


def _coinciding(claims: pd.DataFrame, copies: int) -> pd.DataFrame:
    """The Dojo July 2023 claim restated by other outlets the same day: same place on the plot."""
    dojo = claims[claims.claim_id == "c03"]
    extra = pd.concat([dojo] * copies, ignore_index=True)
    extra["claim_id"] = [f"c03-{i}" for i in range(copies)]
    extra["url"] = [f"https://example.com/copy/{i}" for i in range(copies)]
    extra["sentence"] = [f"Outlet {i} repeats that Dojo is due in July 2023." for i in range(copies)]
    return pd.concat([claims, extra], ignore_index=True)


def test_coinciding_mentions_are_one_point_with_a_count_and_every_mention_in_its_label(
        claims: pd.DataFrame) -> None:
    fig = timeline.figure(_coinciding(claims, 5), as_of=AS_OF)
    assert sum(len(t.x) for t in _points(fig)) == 9  # 14 placeable claims, 9 places
    label = next(h for h in _hovers(fig) if "6 mentions here" in h)
    assert "Tesla said Dojo would be fully operational in July 2023." in label
    assert all(f"Outlet {i} repeats" in label for i in range(5))
    badge = _trace(fig, "Tesla: mentions at one place")
    assert list(badge.text) == ["×6"] and badge.mode == "text"
    assert _note(fig).startswith("14 claims from 9 articles")  # every mention counted


def test_many_coinciding_mentions_list_the_first_few_and_count_the_rest(claims: pd.DataFrame) -> None:
    label = next(h for h in _hovers(timeline.figure(_coinciding(claims, 20), as_of=AS_OF)) if "mentions here" in h)
    assert "21 mentions here" in label
    assert label.count("─────") == timeline.hover.MAX_LISTED + 1 and "… and 15 more" in label
    assert label.count("<br>") < 30  # a label taller than the plot would not show at all


def test_points_at_one_place_in_different_traces_stay_apart(claims: pd.DataFrame) -> None:
    other = _coinciding(claims, 1)
    other.loc[other.claim_id == "c03-0", "subject"] = "Dojo Inc"
    fig = timeline.figure(other, as_of=AS_OF)
    assert sum(len(t.x) for t in _points(fig)) == 10  # another colour: its own point


def test_axes_and_legend_are_in_words(claims: pd.DataFrame) -> None:
    layout = timeline.figure(claims, as_of=AS_OF).layout
    assert layout.xaxis.title.text.startswith("Published")
    assert layout.yaxis.title.text.startswith("Promised date")
    assert layout.xaxis.rangeslider.visible
    assert [t.name for t in timeline.figure(claims, as_of=AS_OF).data if t.showlegend is not False
            and t.legend != "legend2"] == ["Tesla (5)", "Intel (2)", "SpaceX (2)"]


def test_category_dropdown_shows_one_category(claims: pd.DataFrame) -> None:
    fig = timeline.figure(claims, as_of=AS_OF)
    buttons = fig.layout.updatemenus[0].buttons
    assert [b.label for b in buttons] == ["All categories", "capacity", "event", "launch", "production"]
    visible = next(b for b in buttons if b.label == "launch").args[0]["visible"]
    shown = [t for t, v in zip(fig.data, visible, strict=True) if v and t in _points(fig)]
    assert [t.name for t in shown] == ["SpaceX: launch"]


def test_colour_by_status_when_the_table_has_one(claims: pd.DataFrame) -> None:
    claims["status"] = ["missed", "missed", "met-late", "pending", "met", "missed", "missed", "pending",
                        "met", "", ""]
    fig = timeline.figure(claims, as_of=AS_OF, color_by="status")
    keys = {t.name: t.marker.color for t in fig.data if t.legendgroup and t.showlegend is not False}
    colour = timeline.STATUS_COLOURS
    assert keys == {"missed (4)": colour["missed"], "met (2)": colour["met"],
                    "met-late (1)": colour["met-late"], "pending (2)": colour["pending"]}
    assert any("<b>Status:</b> met-late" in h for h in _hovers(fig))


def test_colour_by_a_missing_column_is_an_error(claims: pd.DataFrame) -> None:
    with pytest.raises(ValueError, match="no such column"):
        timeline.figure(claims, color_by="status")


def test_table_without_placeable_claims_still_draws(claims: pd.DataFrame) -> None:
    fig = timeline.figure(claims[claims.published == ""], as_of=AS_OF)
    assert not _points(fig)
    assert _note(fig).startswith("No claim can be placed · 2 claims not plotted")


def _undated_rows(page: str) -> list[str]:
    table = page[page.index(f'<section id="{timeline.TABLE_ID}">'):]
    return table.split("<tbody>")[1].split("</tbody>")[0].strip().split("\n")


def test_claims_without_a_publication_date_are_listed_under_the_plot(claims: pd.DataFrame, tmp_path: Path) -> None:
    page = timeline.write_html(claims, tmp_path / "t.html", as_of=AS_OF).read_text(encoding="utf-8")
    assert page.index(f'id="{timeline.DIV_ID}"') < page.index(f'id="{timeline.TABLE_ID}"')
    rows = _undated_rows(page)
    assert len(rows) == 2
    assert "Intel will start 18A production next year." in rows[0] and ">next year<" in rows[0]
    assert '<a href="https://example.com/undated/intel" target="_blank" rel="noopener">' in rows[0]
    assert "SpaceX plans to send Starship to Mars in 2026." in rows[1] and ">2026<" in rows[1]
    assert "2 claims without a publication date" in page


def test_only_undated_claims_give_a_table_not_an_empty_chart(claims: pd.DataFrame, tmp_path: Path) -> None:
    undated = claims[claims.published == ""]
    page = timeline.write_html(undated, tmp_path / "t.html", as_of=AS_OF).read_text(encoding="utf-8")
    assert f'id="{timeline.DIV_ID}"' not in page and "Plotly.newPlot" not in page
    assert len(_undated_rows(page)) == 2
    assert "No claim can be placed" in page


def test_undated_text_is_escaped_in_the_table(claims: pd.DataFrame, tmp_path: Path) -> None:
    claims.loc[claims.claim_id == "c10", "sentence"] = "Intel <b>will</b> ship <script>alert(2)</script> next year."
    page = timeline.write_html(claims, tmp_path / "t.html", as_of=AS_OF).read_text(encoding="utf-8")
    assert "<script>alert(2)" not in page and "&lt;script&gt;alert(2)&lt;/script&gt;" in page


def test_a_page_without_undated_claims_has_no_table(claims: pd.DataFrame, tmp_path: Path) -> None:
    page = timeline.write_html(claims[claims.published != ""], tmp_path / "t.html", as_of=AS_OF)
    assert timeline.TABLE_ID not in page.read_text(encoding="utf-8")


def test_labels_are_built_column_wise(claims: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    def row_by_row(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("row-by-row iteration")

    monkeypatch.setattr(pd.DataFrame, "iterrows", row_by_row)
    assert len(_hovers(timeline.figure(claims, as_of=AS_OF))) == 9


def test_past_a_few_thousand_points_the_traces_are_webgl(claims: pd.DataFrame,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.traces, "GL_POINTS", 5)
    fig = timeline.figure(claims, as_of=AS_OF)
    points = [t for t in fig.data if t.hovertext is not None]
    assert points and all(t.type == "scattergl" for t in points)
    assert sum(len(t.x) for t in points) == 9
    assert _hovers(fig) == _hovers(timeline.figure(claims, as_of=AS_OF))
    intel = _trace(fig, "Intel: production")
    ms = [pd.Timestamp(v, unit="ms") for v in intel.x]
    assert ms[0].date() == date(2022, 1, 21)  # dates travel as numbers (ms since 1970)
    bars = _trace(fig, "Intel: promised period")
    assert bars.type == "scattergl" and np.isnan(bars.x[2])  # segments apart by NaN gaps
    ends = [pd.Timestamp(v, unit="ms") for v in bars.y[:2]]
    assert ends == [pd.Timestamp("2025-01-01"), pd.Timestamp("2026-01-01")]  # the Ohio fab: all of 2025


def test_past_the_threshold_one_point_per_promise(claims: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.layout, "PER_PROMISE_CLAIMS", 5)
    fig = timeline.figure(claims, as_of=AS_OF)
    labels = _hovers(fig)
    # Tesla's three Dojo statements are one promise (one milestone key), SpaceX's two are one promise_id.
    assert len(labels) == 6
    dojo = next(h for h in labels if "3 mentions, 3 sources" in h)
    assert "published 2021-08-20 to 2023-04-19" in dojo and "fully operational in July 2023" in dojo
    assert "one point per promise (6), its mentions counted in its label" in _note(fig)
    assert not any(t.name.endswith("restated milestone") for t in fig.data)


def test_the_number_of_promise_points_is_bounded(claims: pd.DataFrame, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(timeline.layout, "PER_PROMISE_CLAIMS", 5)
    monkeypatch.setattr(timeline.layout, "MAX_PROMISES", 2)
    fig = timeline.figure(claims, as_of=AS_OF)
    labels = _hovers(fig)
    assert len(labels) == 2 and any("3 mentions" in h for h in labels) and any("2 mentions" in h for h in labels)
    assert "the 2 most mentioned of 6" in _note(fig)


@pytest.mark.slow
def test_a_page_of_100000_claims_stays_under_20_mb(big_claims: pd.DataFrame, tmp_path: Path) -> None:
    fig = timeline.figure(big_claims, as_of=AS_OF)
    page = timeline.write_html(fig, tmp_path / "big.html")
    assert page.stat().st_size < 20_000_000
    assert all(t.type == "scattergl" for t in fig.data if t.hovertext is not None)
    assert "one point per promise" in _note(fig)


def test_string_csv_and_typed_frame_draw_the_same(claims: pd.DataFrame) -> None:
    raw = pd.read_csv(FIXTURE, dtype=str, keep_default_na=False)
    assert _hovers(timeline.figure(raw, as_of=AS_OF)) == _hovers(timeline.figure(claims, as_of=AS_OF))
    # extract()'s pandas dtypes (datetime64 dates, categories) draw the same figure
    assert _hovers(timeline.figure(table.typed(claims), as_of=AS_OF)) == _hovers(timeline.figure(claims, as_of=AS_OF))


def test_columns_read_are_the_tables() -> None:
    assert set(timeline.prep.READ) <= set(table.COLUMNS)


def test_a_minimal_table_is_enough() -> None:
    minimal = pd.DataFrame({"published": ["2024-01-05", ""], "promised": ["2025", "2026"],
                            "promised_start": ["2025-01-01", "2026-01-01"],
                            "promised_end": ["2025-12-31", "2026-12-31"], "subject": ["Acme", "Acme"]})
    fig = timeline.figure(minimal, as_of=AS_OF)
    assert sum(len(t.x) for t in _points(fig)) == 1
    assert "1 claim not plotted (1 without a publication date)" in _note(fig)


def test_html_is_self_contained(claims: pd.DataFrame, tmp_path: Path) -> None:
    page = timeline.write_html(claims, tmp_path / "t.html", as_of=AS_OF).read_text(encoding="utf-8")
    assert "<script src=" not in page and "<link" not in page  # plotly.js inlined, nothing fetched
    assert len(page) > 1_000_000
    assert f'id="{timeline.DIV_ID}"' in page and "plotly_click" in page
    assert "<script>alert(1)" not in page


def _png_size(path: Path) -> tuple[int, int]:
    width, height = struct.unpack(">II", path.read_bytes()[16:24])
    return width, height


@pytest.mark.browser
@pytest.mark.skipif(importlib.util.find_spec("kaleido") is None, reason="kaleido is not installed")
@pytest.mark.skipif(not (shutil.which("chromium") or shutil.which("google-chrome")),
                    reason="no Chromium/Chrome for kaleido to drive")
def test_png_export(claims: pd.DataFrame, tmp_path: Path) -> None:
    out = timeline.write_png(claims, tmp_path / "t.png", as_of=AS_OF)
    assert _png_size(out) == (1280, 800)


def test_cli_writes_the_page(tmp_path: Path) -> None:
    out = tmp_path / "page.html"
    result = CliRunner().invoke(app, ["timeline", str(FIXTURE), "-o", str(out), "--as-of", "2023-10-01"])
    assert result.exit_code == 0, result.output
    assert "as of 2023-10-01" in out.read_text(encoding="utf-8")


def test_with_status_gives_every_grouped_row_its_promise_status(claims: pd.DataFrame) -> None:
    coloured = timeline.with_status(claims, date(2022, 6, 1))
    assert (coloured["promise_id"] != "").all()
    status = coloured.set_index("claim_id")["status"]
    assert (status != "").all()
    # Starship's orbital flight was promised for January 2022: overdue by June; the 2025 Ohio fab is pending.
    assert (status["c06"], status["c08"]) == ("overdue", "pending")


def test_cli_colours_by_status(tmp_path: Path) -> None:
    out = tmp_path / "status.html"
    result = CliRunner().invoke(app, ["timeline", str(FIXTURE), "-o", str(out), "--as-of", "2022-06-01",
                                      "--color-by", "status"])
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    assert '"name":"overdue (' in page and '"name":"pending (' in page


@pytest.mark.parametrize(("args", "message"), [
    (["--color-by", "speaker"], "choose subject or status"),
    (["--as-of", "October"], "is not a date"),
])
def test_cli_rejects_bad_options(tmp_path: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["timeline", str(FIXTURE), "-o", str(tmp_path / "t.html"), *args])
    assert result.exit_code == 2
    assert message in result.output


def test_cli_png_failure_is_a_message(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def no_browser(*_args: object, **_kwargs: object) -> Path:
        raise timeline.PngExportError("no Chromium")

    monkeypatch.setattr(timeline, "write_png", no_browser)
    result = CliRunner().invoke(app, ["timeline", str(FIXTURE), "-o", str(tmp_path / "t.html"),
                                      "--png", str(tmp_path / "t.png")])
    assert result.exit_code == 1
    assert "no PNG: no Chromium" in result.output
    assert (tmp_path / "t.html").exists()


@pytest.mark.parametrize("rows", [None, 3 * timeline.GL_POINTS])
def test_the_page_dict_is_what_plotly_validates_it_to(claims: pd.DataFrame, rows: int | None) -> None:
    """The page is written from `layout.spec` without a figure object: validating it changes nothing (the
    traces not even in order), and a figure of it writes the same plot."""
    from _plotly_utils.utils import convert_to_base64
    from plotly.io.json import to_json_plotly

    from extractor.timeline import layout

    if rows:  # enough points for WebGL traces (numbers as typed arrays)
        claims = pd.concat([claims.assign(doc_id=claims["doc_id"] + f"-{k}", url=claims["url"] + f"/{k}")
                            for k in range(rows // len(claims) + 1)], ignore_index=True).head(rows)
    spec = layout.spec(claims, as_of=AS_OF)
    validated = go.Figure(spec).to_dict()
    convert_to_base64(spec)
    assert to_json_plotly(spec["data"]) == to_json_plotly(validated["data"])
    assert spec["layout"] == validated["layout"]
    assert (any(t["type"] == "scattergl" for t in spec["data"])) == bool(rows)


@pytest.mark.parametrize("rows", [None, 3 * timeline.GL_POINTS])
def test_the_page_s_typed_arrays_are_plotly_s(claims: pd.DataFrame, rows: int | None) -> None:
    """The page turns a figure dict's arrays into typed arrays itself (plotly's walk asks every string of every list
    and copies each trace's points through narwhals): the same dict as plotly's ``convert_to_base64``, on the page's
    figure and on odd values (empty, integer, 2-D, strided and string arrays, a Series, a numpy scalar, a skipped
    key, arrays inside lists and tuples)."""
    import copy

    from _plotly_utils.utils import convert_to_base64

    from extractor.timeline import layout, page

    if rows:
        claims = pd.concat([claims.assign(doc_id=claims["doc_id"] + f"-{k}", url=claims["url"] + f"/{k}")
                            for k in range(rows // len(claims) + 1)], ignore_index=True).head(rows)
    odd = {"a": np.array([1.5, np.nan, -0.0]), "b": np.array([], dtype=float), "c": np.array([1, 2]),
           "d": [np.array([3.0]), {"y": np.array([4.0])}], "e": {"range": np.array([1.0, 2.0])},
           "f": (np.array([[1.0, 2.0]]),), "g": {"x": np.array([[1.0, 2.0], [3.0, 4.0]])},
           "h": pd.Series([1.0, 2.0]), "i": np.float64(3.0), "j": np.array([1.0, 2.0, 3.0])[::2],
           "k": np.array(["a", "b"]), "m": np.array([1.0, 2.0], dtype=np.float32)}
    for value in (layout.spec(claims, as_of=AS_OF), odd):
        theirs, ours = copy.deepcopy(value), copy.deepcopy(value)
        convert_to_base64(theirs)
        page._typed_arrays(ours)
        assert repr(ours) == repr(theirs)


@pytest.mark.parametrize("value, width, lines", [
    ("", 90, [""]),
    ("  Acme   to open\nplant ", 90, ["Acme to open plant"]),  # fits: one line, spaces squeezed
    ("aa bb cc", 5, ["aa bb", "cc"]),
    ("a " + "x" * 12 + " b", 5, ["a", "x" * 12, "b"]),  # a longer word gets a line of its own
])  # fmt: skip
def test_hover_fields_wrap_word_by_word(value: str, width: int, lines: list[str]) -> None:
    assert _wrap(value, width) == lines
