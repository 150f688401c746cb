"""The timeline page in a real headless Chromium: it renders, logs no errors, hovers, clicks and filters.

Needs Debian's chromium and chromium-driver (.ci/install-browser.sh); skips when either is missing.
"""

from __future__ import annotations

import html
import re
import shutil
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from extractor import table, timeline

webdriver = pytest.importorskip("selenium.webdriver")
from selenium.common.exceptions import NoAlertPresentException  # noqa: E402
from selenium.webdriver.common.action_chains import ActionChains  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.remote.webelement import WebElement  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

FIXTURE = Path(__file__).parent / "fixtures" / "claims_small.csv"
AS_OF = date(2023, 10, 1)
BROWSER = shutil.which("chromium") or "/usr/bin/chromium"
DRIVER = shutil.which("chromedriver") or "/usr/bin/chromedriver"
# The machine has no network: without these Chromium stalls on background fetches.
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-dev-shm-usage", "--enable-unsafe-swiftshader", "--window-size=1280,800"]
SIZES = [(1000, 700), (1400, 900)]  # every new behaviour is checked, and photographed, at both
POINTS = ".cartesianlayer .scatterlayer .point"  # the main plot's markers, not the range slider's copies
# Which figure trace and point index a rendered marker is (plotly binds its calcdata to the DOM).
POINT_IDS_JS = """
return Array.from(document.querySelectorAll(arguments[0])).map(function (p) {
  return [p.parentNode.parentNode.__data__[0].trace.index, p.__data__.i];
});
"""

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not (Path(BROWSER).exists() and Path(DRIVER).exists()),
                       reason="needs chromium and chromedriver (run .ci/install-browser.sh)"),
]


@pytest.fixture(scope="module")
def fig() -> timeline.go.Figure:
    return timeline.figure(table.read_csv(FIXTURE), as_of=AS_OF)


@pytest.fixture(scope="module")
def browser(tmp_path_factory: pytest.TempPathFactory) -> Iterator[webdriver.Chrome]:
    options = webdriver.ChromeOptions()
    options.binary_location = BROWSER
    for flag in FLAGS:
        options.add_argument(flag)
    options.add_argument(f"--user-data-dir={tmp_path_factory.mktemp('chromium-profile')}")
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=webdriver.ChromeService(executable_path=DRIVER))
    driver.set_page_load_timeout(300)
    _resize(driver, 1280, 800)
    yield driver
    driver.quit()


def _resize(driver: webdriver.Chrome, width: int, height: int) -> None:
    """--window-size counts the window frame: size the window until the page itself is width x height."""
    driver.set_window_size(width, height)
    for _ in range(20):  # a resize lands a little later: repeat until the page has the size
        time.sleep(0.1)
        inner = driver.execute_script("return [window.innerWidth, window.innerHeight];")
        if inner == [width, height]:
            return
        frame = driver.get_window_size()
        driver.set_window_size(frame["width"] + width - inner[0], frame["height"] + height - inner[1])
    raise AssertionError(f"the window would not take the size {width}x{height}")


@pytest.fixture(params=SIZES, ids=lambda size: f"{size[0]}x{size[1]}")
def sized(request: pytest.FixtureRequest, browser: webdriver.Chrome) -> Iterator[tuple[int, int]]:
    """The browser at one of the two sizes, back at 1280x800 afterwards."""
    _resize(browser, *request.param)
    yield request.param
    _resize(browser, 1280, 800)


@pytest.fixture()
def page(browser: webdriver.Chrome, fig: timeline.go.Figure, tmp_path: Path) -> webdriver.Chrome:
    """The fixture's timeline, freshly loaded and rendered."""
    path = timeline.write_html(fig, tmp_path / "timeline.html")
    browser.get(path.as_uri())
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, POINTS))
    return browser


def _points(page: webdriver.Chrome) -> list[tuple[WebElement, int, int]]:
    elements = page.find_elements(By.CSS_SELECTOR, POINTS)
    ids = page.execute_script(POINT_IDS_JS, POINTS)
    return [(el, trace, i) for el, (trace, i) in zip(elements, ids, strict=True)]


def _hover_text(page: webdriver.Chrome, point: WebElement) -> str:
    ActionChains(page).move_to_element(point).perform()
    WebDriverWait(page, 10).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".hoverlayer .hovertext"))
    return page.execute_script(
        "return document.querySelector('.hoverlayer .hovertext').textContent;")


def _squash(text: str) -> str:
    """Hover lines are separate SVG tspans: compare text without whitespace."""
    return "".join(text.split())


def test_renders_one_point_per_plotted_claim(page: webdriver.Chrome, fig: timeline.go.Figure,
                                             tmp_path: Path) -> None:
    expected = sum(len(t.x) for t in fig.data if t.hovertext is not None)
    assert expected == 9
    assert len(page.find_elements(By.CSS_SELECTOR, POINTS)) == expected
    assert page.find_elements(By.CSS_SELECTOR, ".rangeslider-container")
    assert page.execute_script("return [window.innerWidth, window.innerHeight];") == [1280, 800]
    page.save_screenshot(str(tmp_path / "timeline.png"))
    assert (tmp_path / "timeline.png").stat().st_size > 10_000


def test_no_console_errors_and_nothing_fetched(page: webdriver.Chrome) -> None:
    severe = [entry for entry in page.get_log("browser") if entry["level"] == "SEVERE"]
    assert severe == []
    fetched = page.execute_script("return performance.getEntriesByType('resource').map(e => e.name);")
    assert fetched == []  # plotly.js is inlined: the page works offline


def test_hovering_each_point_shows_its_sentence(page: webdriver.Chrome, fig: timeline.go.Figure) -> None:
    sentences = table.read_csv(FIXTURE).set_index("url")["sentence"]
    for point, trace, i in _points(page):
        sentence = sentences[fig.data[trace].customdata[i]]
        assert _squash(sentence) in _squash(_hover_text(page, point))


def test_script_in_a_title_shows_as_text_and_never_runs(page: webdriver.Chrome, fig: timeline.go.Figure) -> None:
    point = next(el for el, trace, i in _points(page) if "&lt;script" in fig.data[trace].hovertext[i])
    assert "<script>alert(1)</script>" in _hover_text(page, point)
    with pytest.raises(NoAlertPresentException):
        page.switch_to.alert.text  # noqa: B018 - reading the alert is the check
    assert not page.find_elements(By.CSS_SELECTOR, "#" + timeline.DIV_ID + " script")


def test_clicking_a_point_opens_its_url(page: webdriver.Chrome, fig: timeline.go.Figure) -> None:
    page.execute_script("window.__opened = []; window.open = function (url) { window.__opened.push(url); };")
    point, trace, i = _points(page)[0]
    ActionChains(page).move_to_element(point).click().perform()
    assert page.execute_script("return window.__opened;") == [fig.data[trace].customdata[i]]


def test_category_dropdown_filters_points(page: webdriver.Chrome) -> None:
    page.find_element(By.CSS_SELECTOR, ".updatemenu-header").click()
    buttons = page.find_elements(By.CSS_SELECTOR, ".updatemenu-dropdown-button")
    launch = next(b for b in buttons if b.get_attribute("textContent") == "launch")
    launch.click()
    WebDriverWait(page, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, POINTS)) == 2)


def test_title_legends_menu_and_plot_do_not_overlap(page: webdriver.Chrome) -> None:
    boxes = page.execute_script("""
        var rect = function (el) { var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        var box = function (sel) { return rect(document.querySelector(sel)); };
        var note = Array.from(document.querySelectorAll('.annotation')).find(
            function (a) { return a.textContent.indexOf('not plotted') >= 0; });
        return {plot: box('.nsewdrag'), subjects: box('.legend'), categories: box('.legend2'),
                title: box('.gtitle'), menu: box('.updatemenu-header'), tools: box('.modebar'), note: rect(note)};
    """)

    def apart(a: list[float], b: list[float]) -> bool:
        return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]

    names = sorted(boxes)
    clashes = [(a, b) for a in names for b in names if a < b and not apart(boxes[a], boxes[b])]
    assert clashes == []
    assert all(0 <= v <= 1280 for v in (boxes["subjects"][2], boxes["menu"][2]))


def test_legend_click_hides_a_subject(page: webdriver.Chrome) -> None:
    items = page.find_elements(By.CSS_SELECTOR, ".legend .traces")
    intel = next(i for i in items if i.get_attribute("textContent").startswith("Intel"))
    intel.find_element(By.CSS_SELECTOR, ".legendtoggle").click()
    WebDriverWait(page, 10).until(lambda d: len(d.find_elements(By.CSS_SELECTOR, POINTS)) == 7)


# ---------------------------------------------------------------- the page's defaults, at 1000x700 and 1400x900


def _open(browser: webdriver.Chrome, fig: timeline.go.Figure, path: Path, plot: bool = True) -> webdriver.Chrome:
    browser.get(timeline.write_html(fig, path).as_uri())
    ready = POINTS if plot else f"#{timeline.TABLE_ID}"
    WebDriverWait(browser, 60).until(lambda d: d.find_elements(By.CSS_SELECTOR, ready))
    return browser


def _shot(browser: webdriver.Chrome, tmp_path: Path, name: str, size: tuple[int, int]) -> Path:
    assert browser.execute_script("return [window.innerWidth, window.innerHeight];") == list(size)
    out = tmp_path / f"{name}-{size[0]}x{size[1]}.png"
    browser.save_screenshot(str(out))
    assert out.stat().st_size > 10_000
    return out


def _texts(page: webdriver.Chrome, selector: str) -> list[str]:
    return page.execute_script(
        "return Array.from(document.querySelectorAll(arguments[0])).map(e => e.textContent);", selector)


def test_x_axis_spans_the_publications_and_names_an_out_of_range_as_of(
        browser: webdriver.Chrome, sized: tuple[int, int], tmp_path: Path) -> None:
    claims = table.read_csv(FIXTURE)
    page = _open(browser, timeline.figure(claims), tmp_path / "default.html")
    _shot(page, tmp_path, "default-as-of", sized)
    low, high = page.execute_script(f"return document.getElementById('{timeline.DIV_ID}')._fullLayout.xaxis.range;")
    published = pd.to_datetime(claims["published"].replace("", None)).dropna()
    assert pd.Timestamp(low) < published.min() and pd.Timestamp(high) > published.max()
    assert (pd.Timestamp(high) - published.max()).days < 120  # not stretched to today
    subtitle = _texts(page, ".gtitle-subtitle")[0]
    assert f"as of {date.today().isoformat()}, after the last publication (not drawn)" in subtitle
    assert not [t for t in _texts(page, ".annotation-text") if t.startswith("as of")]

    page = _open(browser, timeline.figure(claims, as_of=AS_OF), tmp_path / "asked.html")
    _shot(page, tmp_path, "asked-as-of", sized)
    assert "as of 2023-10-01" in _texts(page, ".annotation-text")
    assert "as of 2023-10-01 (red line)" in _texts(page, ".gtitle-subtitle")[0]


def _boxes(page: webdriver.Chrome) -> dict[str, list[float]]:
    return page.execute_script("""
        var rect = function (el) { var r = el.getBoundingClientRect(); return [r.left, r.top, r.right, r.bottom]; };
        var box = function (sel) { return rect(document.querySelector(sel)); };
        var note = Array.from(document.querySelectorAll('.annotation')).find(
            function (a) { return a.textContent.indexOf('claims from') >= 0; });
        return {plot: box('.nsewdrag'), subjects: box('.legend'), categories: box('.legend2'),
                title: box('.gtitle'), subtitle: box('.gtitle-subtitle'), menu: box('.updatemenu-header'),
                tools: box('.modebar'), note: rect(note)};
    """)


def _clashes(boxes: dict[str, list[float]]) -> list[tuple[str, str]]:
    def apart(a: list[float], b: list[float]) -> bool:
        return a[2] <= b[0] or b[2] <= a[0] or a[3] <= b[1] or b[3] <= a[1]

    names = sorted(boxes)
    return [(a, b) for a in names for b in names if a < b and not apart(boxes[a], boxes[b])]


@pytest.mark.parametrize("as_of", [None, AS_OF], ids=["today", "asked"])
def test_title_and_subtitle_never_meet_the_mode_bar(browser: webdriver.Chrome, sized: tuple[int, int],
                                                    tmp_path: Path, as_of: date | None) -> None:
    page = _open(browser, timeline.figure(table.read_csv(FIXTURE), as_of=as_of), tmp_path / "t.html")
    ActionChains(page).move_to_element(page.find_element(By.CSS_SELECTOR, ".nsewdrag")).perform()  # mode bar shown
    _shot(page, tmp_path, "title-and-mode-bar", sized)
    boxes = _boxes(page)
    assert _clashes(boxes) == []
    assert all(box[0] >= 0 and box[2] <= sized[0] for box in boxes.values())


def _coinciding() -> pd.DataFrame:
    """Six outlets report the Dojo July 2023 claim on the same day: one place on the plot."""
    claims = table.read_csv(FIXTURE)
    dojo = claims[claims.claim_id == "c03"]
    extra = pd.concat([dojo] * 5, ignore_index=True)
    extra["claim_id"] = [f"c03-{i}" for i in range(5)]
    extra["url"] = [f"https://example.com/copy/{i}" for i in range(5)]
    extra["sentence"] = [f"Outlet {i} repeats that Dojo is due in July 2023." for i in range(5)]
    return pd.concat([claims, extra], ignore_index=True)


def test_coinciding_points_show_a_count_and_every_mention_in_one_hover(
        browser: webdriver.Chrome, sized: tuple[int, int], tmp_path: Path) -> None:
    fig = timeline.figure(_coinciding(), as_of=AS_OF)
    page = _open(browser, fig, tmp_path / "together.html")
    assert len(page.find_elements(By.CSS_SELECTOR, POINTS)) == 9  # 14 placeable claims at 9 places
    badges = [t for t in _texts(page, ".scatterlayer .textpoint") if t]
    assert badges[: len(badges) // 2] == ["×6"]  # the range slider draws its own copy
    point = next(el for el, trace, i in _points(page) if "6 mentions here" in fig.data[trace].hovertext[i])
    text = _squash(_hover_text(page, point))
    _shot(page, tmp_path, "coinciding", sized)
    assert _squash("6 mentions here") in text
    assert _squash("Tesla said Dojo would be fully operational in July 2023.") in text
    assert all(_squash(f"Outlet {i} repeats that Dojo is due in July 2023.") in text for i in range(5))


def test_undated_claims_are_a_table_under_the_plot(browser: webdriver.Chrome, sized: tuple[int, int],
                                                   tmp_path: Path) -> None:
    page = _open(browser, timeline.figure(table.read_csv(FIXTURE), as_of=AS_OF), tmp_path / "t.html")
    plot_bottom = page.execute_script(
        f"return document.getElementById('{timeline.DIV_ID}').getBoundingClientRect().bottom;")
    section = page.find_element(By.ID, timeline.TABLE_ID)
    assert section.rect["y"] >= plot_bottom - 1  # under the plot, not over it
    page.execute_script("arguments[0].scrollIntoView();", section)
    _shot(page, tmp_path, "undated-under-plot", sized)
    rows = section.find_elements(By.CSS_SELECTOR, "tbody tr")
    assert [r.find_elements(By.TAG_NAME, "td")[2].text for r in rows] == [
        "Intel will start 18A production next year.", "SpaceX plans to send Starship to Mars in 2026."]
    assert section.find_element(By.TAG_NAME, "h2").text == "2 claims without a publication date"


def test_a_corpus_without_dates_shows_the_table_not_an_empty_chart(browser: webdriver.Chrome,
                                                                  sized: tuple[int, int], tmp_path: Path) -> None:
    undated = table.read_csv(FIXTURE).query("published == ''")
    page = _open(browser, timeline.figure(undated, as_of=AS_OF), tmp_path / "undated.html", plot=False)
    _shot(page, tmp_path, "undated-only", sized)
    assert not page.find_elements(By.CSS_SELECTOR, ".main-svg")
    section = page.find_element(By.ID, timeline.TABLE_ID)
    assert section.is_displayed() and section.rect["y"] < sized[1]  # on the first screen
    assert len(section.find_elements(By.CSS_SELECTOR, "tbody tr")) == 2
    assert "No claim can be placed" in page.find_element(By.TAG_NAME, "body").text
    assert [e for e in page.get_log("browser") if e["level"] == "SEVERE"] == []


# ---------------------------------------------------------------- scale


def _gl_point_position(page: webdriver.Chrome) -> tuple[int, int]:
    """Where the first WebGL marker is, relative to the plot div's centre; hovers are recorded from then on."""
    return page.execute_script("""
        var gd = document.getElementById(arguments[0]);
        gd.on('plotly_hover', function (e) { window.__hovered = [e.points[0].curveNumber, e.points[0].pointNumber]; });
        var xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
        var trace = gd._fullData.find(function (t) { return t.type === 'scattergl' && t.mode === 'markers'; });
        var box = gd.getBoundingClientRect();
        var px = xa._offset + xa.l2p(trace.x[0]), py = ya._offset + ya.l2p(trace.y[0]);
        return [Math.round(px - box.width / 2), Math.round(py - box.height / 2)];
    """, timeline.DIV_ID)


@pytest.mark.slow
def test_a_page_of_100000_claims_renders_and_hovers(browser: webdriver.Chrome, big_claims: pd.DataFrame,
                                                     sized: tuple[int, int], tmp_path: Path) -> None:
    fig = timeline.figure(big_claims, as_of=AS_OF)
    path = timeline.write_html(fig, tmp_path / "big.html")
    assert path.stat().st_size < 20_000_000
    browser.get(path.as_uri())
    WebDriverWait(browser, 240).until(lambda d: d.execute_script(
        "var gd = document.getElementById(arguments[0]); return !!(gd && gd._fullLayout && gd._fullData"
        " && gd.querySelector('.gl-canvas-context'));", timeline.DIV_ID))
    assert [e for e in browser.get_log("browser") if e["level"] == "SEVERE"] == []
    assert "one point per promise" in " ".join(_texts(browser, ".annotation-text"))
    dx, dy = _gl_point_position(browser)
    plot = browser.find_element(By.ID, timeline.DIV_ID)
    ActionChains(browser).move_to_element_with_offset(plot, dx, dy).perform()
    WebDriverWait(browser, 30).until(lambda d: d.find_elements(By.CSS_SELECTOR, ".hoverlayer .hovertext"))
    shown = browser.execute_script("return document.querySelector('.hoverlayer .hovertext').textContent;")
    _shot(browser, tmp_path, "100000-claims", sized)
    trace, i = browser.execute_script("return window.__hovered;")
    label = fig.data[trace].hovertext[i]  # the promise's compact label: what, period, mentions, sentence
    assert re.search(r"\d+ mentions?, \d+ sources?, published", shown)
    assert _squash(html.unescape(re.sub(r"<[^>]+>", "", label.replace("<br>", " ")))) == _squash(shown)
