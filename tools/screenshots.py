"""Screenshots of the web UI's pictures in headless Chromium (issue 20).

    python tools/screenshots.py --db demo.db --out docs/screenshots
    python tools/screenshots.py --db /tmp/real.db --out /tmp/shots   # a real corpus: keep it out of the repo

Serves the store on a free 127.0.0.1 port, opens each page at 1400 px wide in
Debian's chromium (Playwright with ``executable_path``; nothing is
downloaded), checks that no two labels of a chart overlap and that none runs
outside its chart, and writes one PNG per page.  Exits 1 and names the labels
when a chart fails that check.  The browser tests run the same checks.
"""

from __future__ import annotations

import argparse
import socket
import sqlite3
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

CHROMIUM = "/usr/bin/chromium"
ARGS = [
    "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
WIDTH_PX = 1400
MAX_PAGE_PX = 4200

# In the page: every <text> box of each chart; pairs that overlap; boxes outside the svg.
LABEL_AUDIT_JS = """
() => {
  const problems = [];
  for (const svg of document.querySelectorAll('svg.chart')) {
    const frame = svg.getBoundingClientRect();
    const boxes = [];
    for (const t of svg.querySelectorAll('text')) {
      const r = t.getBoundingClientRect();
      if (r.width === 0) continue;
      boxes.push([t.textContent, r]);
      if (r.left < frame.left - 0.5 || r.right > frame.right + 0.5 ||
          r.top < frame.top - 0.5 || r.bottom > frame.bottom + 0.5)
        problems.push('outside its chart: ' + t.textContent);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
      const a = boxes[i][1], b = boxes[j][1];
      const w = Math.min(a.right, b.right) - Math.max(a.left, b.left);
      const h = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
      if (w > 1 && h > 2) problems.push('overlap: ' + boxes[i][0] + ' | ' + boxes[j][0]);
    }
  }
  return problems;
}
"""


# In the page: a name in a table cell or list broken inside a word (more line boxes
# than words) -- what narrow columns with overflow-wrap:anywhere did.
CUT_WORDS_JS = """
() => {
  const problems = [];
  for (const a of document.querySelectorAll('td a, td bdi, li a')) {
    const words = a.textContent.trim().split(/\\s+/).filter(Boolean).length;
    const lines = new Set(Array.from(a.getClientRects()).map(r => Math.round(r.top))).size;
    // a token longer than 30 characters (a URL, a file stem) may have to break
    const longest = Math.max(...a.textContent.trim().split(/\\s+/).map(w => w.length));
    if (words && lines > words && longest <= 30)
      problems.push('name broken inside a word: ' + a.textContent.trim());
  }
  return problems;
}
"""


def pages(db: Path) -> dict[str, str]:
    """The pages to shoot: overview, the most-connected entity, timeline, a source, reuse."""
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    try:
        entity = (
            con.execute(
                "SELECT e.id FROM entities e WHERE e.type = 'organization'"
                " ORDER BY e.mention_count DESC LIMIT 1"
            ).fetchone()
            or con.execute("SELECT id FROM entities ORDER BY mention_count DESC").fetchone()
        )
        outlet = con.execute(
            "SELECT coalesce(v.outlet, d.outlet) AS o FROM documents d"
            " LEFT JOIN outlet_variants v ON v.variant = d.outlet WHERE d.outlet IS NOT NULL"
            " GROUP BY o ORDER BY count(*) DESC LIMIT 1"
        ).fetchone()
    finally:
        con.close()
    out = {"overview": "/", "timeline": "/timeline", "sources": "/sources", "reuse": "/reuse"}
    if entity:
        out["entity"] = f"/entities/{quote(entity[0], safe='')}"
    if outlet:
        out["source"] = f"/source?outlet={quote(outlet[0], safe='')}"
    return out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@contextmanager
def serve(db: Path) -> Iterator[str]:
    import uvicorn

    from newsdossier.serve import create_app

    port = _free_port()
    server = uvicorn.Server(
        uvicorn.Config(create_app(str(db)), host="127.0.0.1", port=port, log_level="warning")
    )
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        if time.monotonic() > deadline:
            raise RuntimeError("the server did not start")
        time.sleep(0.02)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(5)


def shoot(db: Path, out: Path, only: list[str] | None = None) -> dict[str, list[str]]:
    """Write ``out/<page>.png``; return each page's label problems."""
    from playwright.sync_api import sync_playwright

    out.mkdir(parents=True, exist_ok=True)
    problems: dict[str, list[str]] = {}
    with serve(db) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True, args=ARGS)
        page = browser.new_page(viewport={"width": WIDTH_PX, "height": 1000})
        for name, path in pages(db).items():
            if only and name not in only:
                continue
            page.goto(url + path, wait_until="load")
            problems[name] = list(page.evaluate(LABEL_AUDIT_JS)) + list(page.evaluate(CUT_WORDS_JS))
            height = int(page.evaluate("document.documentElement.scrollHeight"))
            # long pages (every mention of an actor) are cut after MAX_PAGE_PX: the
            # pictures and the first rows of each list are what a reader looks at
            clip = {"x": 0, "y": 0, "width": WIDTH_PX, "height": min(height, MAX_PAGE_PX)}
            page.screenshot(path=str(out / f"{name}.png"), full_page=True, clip=clip)
            for i, fig in enumerate(page.locator("figure.chart").all()):
                fig.scroll_into_view_if_needed()
                fig.screenshot(path=str(out / f"{name}-chart{i + 1}.png"))
        browser.close()
    return problems


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--db", type=Path, required=True)
    ap.add_argument("--out", type=Path, required=True)
    ap.add_argument("--only", nargs="*")
    args = ap.parse_args(argv)
    found = shoot(args.db, args.out, args.only)
    bad = 0
    for name, items in found.items():
        print(f"{name}: {'ok' if not items else f'{len(items)} label problems'}")
        for item in items[:20]:
            print(f"   {item}")
        bad += len(items)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main())
