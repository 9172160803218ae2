"""A corpus of hostile articles, built by the real pipeline and served (issue 7).

Script tags, event-handler attributes, javascript: URLs, broken HTML, template
syntax, a 120,000-character line and right-to-left overrides: every page must
show them as text.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from newsdossier.serve import ServeSettings, create_app
from newsdossier.serve.db import StorePool
from newsdossier.serve.errors import QueryTooSlow

from .conftest import HOSTILE_STRINGS, HUGE, JS_URL, SCRIPT
from .helpers import markup_problems


def _hostile_urls(db: Path) -> list[str]:
    con = sqlite3.connect(db)
    try:
        docs = [r[0] for r in con.execute("SELECT id FROM documents")]
        ents = [r[0] for r in con.execute("SELECT id FROM entities")]
        outlets = [
            r[0]
            for r in con.execute("SELECT DISTINCT outlet FROM documents WHERE outlet IS NOT NULL")
        ]
    finally:
        con.close()
    urls = ["/", "/entities", "/timeline", "/sources", "/search?q=Harvan", "/search?q=script"]
    urls += [f"/documents/{d}" for d in docs] + [f"/documents/{d}?span=0-5" for d in docs]
    urls += [f"/entities/{e}" for e in ents] + [f"/timeline?entity={e}" for e in ents]
    urls += [f"/source?outlet={o}" for o in outlets]
    return urls


def test_hostile_corpus_keeps_its_payloads(hostile_db: Path) -> None:
    # Otherwise the tests below would prove nothing.
    con = sqlite3.connect(hostile_db)
    try:
        text = "".join(r[0] for r in con.execute("SELECT text FROM documents"))
        meta = " ".join(
            str(v)
            for r in con.execute("SELECT title, outlet, url, author FROM documents")
            for v in r
        )
    finally:
        con.close()
    assert SCRIPT in text and "<img src=x onerror=" in text and HUGE in text
    assert "\u202e" in text and SCRIPT in meta and JS_URL in meta


def test_hostile_pages_contain_no_foreign_markup(
    hostile_client: TestClient, hostile_db: Path
) -> None:
    urls = _hostile_urls(hostile_db)
    assert len(urls) > 10
    for url in urls:
        r = hostile_client.get(url)
        assert r.status_code == 200, (url, r.text[:300])
        assert markup_problems(r.text) == [], url
        # our own charts (issue 20) are the only <svg>, checked by markup_problems above
        body = r.text.replace('<svg class="chart ', "<our-chart ")
        for raw in HOSTILE_STRINGS:
            assert raw not in body, (url, raw)


def test_hostile_text_is_shown_escaped(hostile_client: TestClient, hostile_db: Path) -> None:
    con = sqlite3.connect(hostile_db)
    doc = con.execute("SELECT id FROM documents WHERE text LIKE '%{{ 7*7 }}%'").fetchone()[0]
    con.close()
    page = hostile_client.get(f"/documents/{doc}").text
    assert "&lt;script&gt;window.__pwned" in page
    assert "{{ 7*7 }} {% raw %}" in page  # template syntax in data is never evaluated
    assert "⟨U+202E⟩" in page and "\u202e" not in page


def test_hostile_url_is_not_linked(hostile_client: TestClient, hostile_db: Path) -> None:
    con = sqlite3.connect(hostile_db)
    doc = con.execute("SELECT id FROM documents WHERE url LIKE 'javascript:%'").fetchone()[0]
    con.close()
    page = hostile_client.get(f"/documents/{doc}").text
    assert 'class="unsafe"' in page and 'href="javascript' not in page


def test_hostile_json_is_data(hostile_client: TestClient, hostile_db: Path) -> None:
    con = sqlite3.connect(hostile_db)
    doc = con.execute("SELECT id FROM documents WHERE text LIKE '%<script>%'").fetchone()[0]
    con.close()
    data = hostile_client.get(f"/api/documents/{doc}").json()
    assert SCRIPT in "".join(s["text"] for s in data["segments"])  # JSON keeps the data exact


def test_hostile_huge_line_document_renders(hostile_client: TestClient, hostile_db: Path) -> None:
    con = sqlite3.connect(hostile_db)
    doc = con.execute("SELECT id FROM documents WHERE length(text) > 100000").fetchone()[0]
    con.close()
    r = hostile_client.get(f"/documents/{doc}")
    assert r.status_code == 200 and HUGE in r.text


def test_hostile_store_is_read_only(hostile_db: Path) -> None:
    pool = StorePool(str(hostile_db), 1000)
    try:
        with pool.session() as store, pytest.raises(sqlite3.OperationalError):
            store.conn.execute("DELETE FROM documents")
    finally:
        pool.close()


_SLOW_SQL = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
    " SELECT count(*) FROM n"
)


def test_hostile_slow_query_is_stopped(hostile_db: Path) -> None:
    pool = StorePool(str(hostile_db), 100)
    try:
        began = time.monotonic()
        with pytest.raises(QueryTooSlow), pool.session() as store:
            store.conn.execute(_SLOW_SQL).fetchone()
        assert time.monotonic() - began < 5
        with pool.session() as store:  # the connection is usable afterwards
            assert store.conn.execute("SELECT 1").fetchone() == (1,)
    finally:
        pool.close()


def test_hostile_slow_page_answers_503(hostile_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from newsdossier.serve import queries

    def slow_overview(store: object) -> dict[str, object]:
        store.conn.execute(_SLOW_SQL).fetchone()  # type: ignore[attr-defined]
        return {}

    monkeypatch.setattr(queries, "overview", slow_overview)
    with TestClient(create_app(str(hostile_db), ServeSettings(sql_time_limit_ms=100))) as c:
        page = c.get("/")
        assert page.status_code == 503 and "E408" in page.text
        assert c.get("/api/overview").json()["error"]["code"] == "E408"
        assert c.get("/sources").status_code == 200  # the server still answers
