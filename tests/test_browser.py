"""The timeline page in a real headless Chromium: it renders, logs no errors, hovers, clicks and filters.

Needs Debian's chromium and chromium-driver (.ci/install-browser.sh); skips when either is missing.
"""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from datetime import date
from pathlib import Path

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
         "--disable-dev-shm-usage", "--window-size=1280,800"]
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
    driver.set_page_load_timeout(60)
    # --window-size counts the window frame: grow the window until the page itself is 1280x800.
    inner = driver.execute_script("return [window.innerWidth, window.innerHeight];")
    frame = driver.get_window_size()
    driver.set_window_size(frame["width"] + 1280 - inner[0], frame["height"] + 800 - inner[1])
    yield driver
    driver.quit()


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
