"""Real-browser tests: Debian's chromium driven by Playwright (issue 7).

Skipped unless /usr/bin/chromium and the playwright package are present
(``make test`` installs chromium when run as root).  Playwright never downloads
a browser here: it launches ``executable_path="/usr/bin/chromium"``.  Each
page type is loaded from a real server on a free 127.0.0.1 port; screenshots
go to ``artifacts/screenshots/``.
"""

from __future__ import annotations

import os
import socket
import sqlite3
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier.serve import create_app

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
SHOTS = Path(__file__).resolve().parents[2] / "artifacts" / "screenshots"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip

if not os.access(CHROMIUM, os.X_OK):
    pytest.skip(f"{CHROMIUM} is not installed (make browser)", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _serve(db: Path) -> Iterator[str]:
    import uvicorn

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 10
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the test server did not start")
        time.sleep(0.02)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(5)


@pytest.fixture(scope="module")
def sample_url(sample_db: Path) -> Iterator[str]:
    yield from _serve(sample_db)


@pytest.fixture(scope="module")
def hostile_url(hostile_db: Path) -> Iterator[str]:
    yield from _serve(hostile_db)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        yield b
        b.close()


class Watch:
    """A page that records dialogs, console errors and CSP violations."""

    def __init__(self, browser: Any) -> None:
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.page = self.context.new_page()
        self.dialogs: list[str] = []
        self.errors: list[str] = []
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("console", lambda m: self.errors.append(m.text) if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def goto(self, url: str) -> Any:
        response = self.page.goto(url, wait_until="load")
        assert response is not None and response.status == 200, url
        return self.page

    def pwned(self) -> Any:
        return self.page.evaluate("window.__pwned")

    def close(self) -> None:
        self.context.close()


def _ids(db: Path) -> dict[str, str]:
    con = sqlite3.connect(db)
    try:
        entity = con.execute("SELECT id FROM entities ORDER BY mention_count DESC").fetchone()[0]
        doc = con.execute(
            "SELECT document_id FROM mentions GROUP BY document_id ORDER BY count(*) DESC"
        ).fetchone()[0]
        outlet = con.execute(
            "SELECT outlet FROM documents WHERE outlet IS NOT NULL GROUP BY outlet"
            " ORDER BY count(*) DESC"
        ).fetchone()[0]
    finally:
        con.close()
    return {"entity": entity, "doc": doc, "outlet": outlet}


def test_browser_each_page_type_loads_and_is_screenshot(
    browser: Any, sample_url: str, sample_db: Path
) -> None:
    ids = _ids(sample_db)
    SHOTS.mkdir(parents=True, exist_ok=True)
    pages = {
        "overview": "/",
        "search": "/search?q=camp+sarv",
        "entity": f"/entities/{ids['entity']}",
        "timeline": "/timeline",
        "document": f"/documents/{ids['doc']}",
        "sources": "/sources",
        "source": f"/source?outlet={ids['outlet']}",
        "error": "/entities/no-such-entity",
    }
    w = Watch(browser)
    try:
        for name, path in pages.items():
            if name == "error":
                w.page.goto(sample_url + path)
            else:
                w.goto(sample_url + path)
            assert w.page.locator("main h1").count() == 1, name
            w.page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=name != "entity")
        # Our own pages need no inline script or style: the CSP would report it.
        assert [e for e in w.errors if "404" not in e] == []  # the error page is a 404
    finally:
        w.close()


def test_browser_evidence_link_scrolls_to_highlighted_span(
    browser: Any, sample_url: str, sample_db: Path
) -> None:
    ids = _ids(sample_db)
    w = Watch(browser)
    try:
        page = w.goto(f"{sample_url}/entities/{ids['entity']}")
        link = page.locator("a.ctx").nth(3)
        link.scroll_into_view_if_needed()
        link.click()
        page.wait_for_url("**#evidence")
        marked = page.locator(".hl.k-evidence").first
        marked.wait_for()
        assert page.evaluate("document.getElementById('evidence') !== null")
        box = marked.bounding_box()
        assert box is not None and 0 <= box["y"] < 900, box  # scrolled into the viewport
        page.wait_for_function("document.activeElement.classList.contains('k-evidence')")
        page.screenshot(path=str(SHOTS / "document-evidence.png"))
        # The highlight toggles are CSS-only: unticking "mentions" clears their colour.
        mention = page.locator(".hl.k-mention:not(.k-evidence)").first
        before = mention.evaluate("e => getComputedStyle(e).backgroundColor")
        page.locator("label[for=show-mention]").click()
        after = mention.evaluate("e => getComputedStyle(e).backgroundColor")
        assert before != after and after == "rgba(0, 0, 0, 0)"
    finally:
        w.close()


def test_browser_hostile_corpus_runs_no_script(
    browser: Any, hostile_url: str, hostile_db: Path
) -> None:
    con = sqlite3.connect(hostile_db)
    docs = [r[0] for r in con.execute("SELECT id FROM documents")]
    ents = [r[0] for r in con.execute("SELECT id FROM entities")]
    outlets = [
        r[0] for r in con.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")
    ]
    con.close()
    paths = ["/", "/search?q=Harvan", "/search?q=script", "/timeline", "/sources"]
    paths += [f"/documents/{d}" for d in docs] + [f"/entities/{e}" for e in ents[:2]]
    paths += [f"/source?outlet={o}" for o in outlets]
    w = Watch(browser)
    try:
        for path in paths:
            page = w.goto(hostile_url + path)
            # Clicking the "link" inside the article text must not navigate anywhere.
            assert page.locator("a[href^='javascript']").count() == 0, path
            assert page.locator("img, svg:not(.chart), iframe, textarea").count() == 0, path
            assert w.pwned() is None, path
        page = w.goto(f"{hostile_url}/documents/{docs[0]}")
        page.screenshot(path=str(SHOTS / "hostile-document.png"))
        assert w.dialogs == []
    finally:
        w.close()


# ------------------------------------------------------------------ pictures (issue 20)
@pytest.mark.issue(20)
def test_browser_charts_have_no_overlapping_or_cut_labels_at_1400px(
    browser: Any, sample_url: str, sample_db: Path
) -> None:
    from tools.screenshots import CUT_WORDS_JS, LABEL_AUDIT_JS, pages

    context = browser.new_context(viewport={"width": 1400, "height": 1000})
    page = context.new_page()
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    try:
        seen = 0
        for name, path in pages(sample_db).items():
            page.goto(sample_url + path, wait_until="load")
            charts = page.locator("svg.chart")
            seen += charts.count()
            assert page.evaluate(LABEL_AUDIT_JS) == [], name
            assert page.evaluate(CUT_WORDS_JS) == [], name
            for i in range(charts.count()):
                box = charts.nth(i).bounding_box()
                # drawn at (nearly) its own size: text stays readable at 1400 px
                width = float(charts.nth(i).get_attribute("width") or 0)
                assert box is not None and box["width"] >= 0.95 * width, (name, i)
            page.screenshot(path=str(SHOTS / f"charts-{name}.png"), full_page=True)
        assert seen >= 6
        assert errors == []  # the CSP reports nothing: no inline style or script in the SVG
    finally:
        context.close()


@pytest.mark.issue(20)
def test_browser_chart_point_clicks_through_to_its_evidence(
    browser: Any, sample_url: str, sample_db: Path
) -> None:
    con = sqlite3.connect(sample_db)
    try:
        top = [
            r[0]
            for r in con.execute("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 15")
        ]
    finally:
        con.close()
    w = Watch(browser)
    try:
        for entity in top:  # the first with an estimates chart (the sample has several)
            page = w.goto(f"{sample_url}/entities/{entity}")
            if page.locator("svg.estimates a").count():
                break
        point = page.locator("svg.estimates a").first
        href = point.get_attribute("href")
        assert href and "#evidence" in href
        point.scroll_into_view_if_needed()
        point.click()
        page.wait_for_url("**#evidence")
        marked = page.locator(".hl.k-evidence").first
        marked.wait_for()
        box = marked.bounding_box()
        assert box is not None and 0 <= box["y"] < 900, box
        # the highlighted characters are the claim's: offsets from the link
        start, end = (int(x) for x in href.split("span=")[1].split("#")[0].split("-"))
        text = page.locator(".hl.k-evidence").all_inner_texts()
        assert sum(len(t) for t in text) == end - start
        # and from the corpus time axis: an event mark opens its evidence too
        page = w.goto(f"{sample_url}/timeline")
        mark = page.locator("svg.timeaxis a:has(.ev-dot), svg.timeaxis a:has(.ev-band)").first
        mark.click()
        page.wait_for_url("**#evidence")
        page.locator(".hl.k-evidence").first.wait_for()
        page.screenshot(path=str(SHOTS / "chart-click-evidence.png"))
    finally:
        w.close()


@pytest.mark.issue(20)
def test_browser_api_docs_run_locally_under_the_csp(browser: Any, sample_url: str) -> None:
    pytest.importorskip("swagger_ui_bundle")
    w = Watch(browser)
    requests: list[str] = []
    w.page.on("request", lambda r: requests.append(r.url))
    try:
        page = w.goto(f"{sample_url}/api/docs")
        page.locator(".opblock-summary-path").first.wait_for(timeout=15000)
        paths = page.locator(".opblock-summary-path").all_inner_texts()
        assert "/api/overview" in "".join(paths)
        assert w.errors == []  # no CSP violation, no script error
        assert all(u.startswith(sample_url) for u in requests)  # nothing from elsewhere
        page.screenshot(path=str(SHOTS / "api-docs.png"))
    finally:
        w.close()
