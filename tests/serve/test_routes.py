"""Every route of the web app, in-process, over the sample store (issue 7)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from fastapi.testclient import TestClient

from newsdossier.serve.app import SECURITY_HEADERS

from .helpers import markup_problems


@pytest.fixture(scope="module")
def ids(sample_db: Path) -> dict[str, Any]:
    con = sqlite3.connect(sample_db)
    try:
        entity = con.execute("SELECT id FROM entities ORDER BY mention_count DESC").fetchone()[0]
        doc, start, end = con.execute(
            'SELECT document_id, start, "end" FROM mentions WHERE entity_id = ? LIMIT 1', (entity,)
        ).fetchone()
        outlet = con.execute(
            "SELECT outlet FROM documents WHERE outlet IS NOT NULL GROUP BY outlet"
            " ORDER BY count(*) DESC"
        ).fetchone()[0]
    finally:
        con.close()
    return {"entity": entity, "doc": doc, "start": start, "end": end, "outlet": outlet}


def _pages(ids: dict[str, Any]) -> list[str]:
    return [
        "/",
        "/search?q=camp",
        "/search?q=camp+sarv&page=1",
        "/search",
        "/entities",
        "/entities?type=person",
        f"/entities/{ids['entity']}",
        f"/entities/{ids['entity']}?page=1",
        "/timeline",
        "/timeline?start=2010&end=2013-06",
        f"/timeline?entity={ids['entity']}",
        f"/documents/{ids['doc']}",
        f"/documents/{ids['doc']}?span={ids['start']}-{ids['end']}",
        "/sources",
        f"/source?outlet={ids['outlet']}",
    ]


def test_routes_every_page_and_its_api_twin(client: TestClient, ids: dict[str, Any]) -> None:
    for url in _pages(ids):
        page = client.get(url)
        assert page.status_code == 200, (url, page.text[:300])
        assert page.headers["content-type"].startswith("text/html")
        assert markup_problems(page.text) == [], url
        api_url = "/api/overview" if url == "/" else "/api" + url
        api = client.get(api_url)
        assert api.status_code == 200, (api_url, api.text[:300])
        assert api.headers["content-type"] == "application/json"
        assert f'href="{urlsplit(api_url).path}' in page.text, url  # "this page as JSON"


def test_routes_security_headers_on_pages_api_static_and_errors(client: TestClient) -> None:
    for url in (
        "/",
        "/api/overview",
        "/static/style.css",
        "/nope",
        "/api/nope",
        "/api/openapi.json",
    ):
        r = client.get(url)
        for name, value in SECURITY_HEADERS.items():
            assert r.headers.get(name) == value, (url, name)
    csp = SECURITY_HEADERS["content-security-policy"]
    assert "script-src 'self'" in csp and "unsafe-inline" not in csp
    assert "style-src 'self'" in csp


def test_routes_openapi_lists_every_api_route(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    # statements by speaker (issue 15) are checked in test_statements.py
    assert set(spec["paths"]) - {"/api/entities/{entity_id}/statements"} == {
        "/api/overview", "/api/search", "/api/entities", "/api/entities/{entity_id}",
        "/api/timeline", "/api/documents/{doc_id}", "/api/sources", "/api/source",
        "/api/reuse", "/api/entities/{entity_id}/claims", "/api/events/{event_id}",
        "/api/entities/{entity_id}/relations",
    }  # fmt: skip
    assert client.get("/docs").status_code == 404  # FastAPI's own needs a CDN and inline script
    docs = client.get("/api/docs")  # issue 20: Swagger UI served from a pinned package
    assert docs.status_code == 200 and "/api/docs/assets/swagger-ui-bundle.js" in docs.text
    assert "<script>" not in docs.text  # started by /static/api-docs.js, not inline
    assert client.get("/api/docs/assets/swagger-ui-bundle.js").status_code == 200


def test_routes_errors_map_to_status_and_format(client: TestClient) -> None:
    cases = [
        ("/entities/nope", 404, "E404"),
        ("/documents/nope", 404, "E404"),
        ("/source?outlet=No+Such+Outlet", 404, "E404"),
        ("/timeline?start=yesterday", 400, "E401"),
        ("/timeline?entity=nope", 404, "E404"),
        ("/search?q=" + "x" * 1001, 400, "E401"),
        ("/search?page=0&q=a", 422, "E422"),
        ("/no/such/page", 404, "H404"),
    ]
    for url, status, code in cases:
        page = client.get(url)
        assert page.status_code == status, url
        assert page.headers["content-type"].startswith("text/html")
        assert code in page.text
        api = client.get("/api" + url)
        assert api.status_code == status, url
        assert api.json()["error"]["code"] == code


def test_routes_document_span_outside_text_is_400(client: TestClient, ids: dict[str, Any]) -> None:
    r = client.get(f"/api/documents/{ids['doc']}?span=5-999999")
    assert r.status_code == 400
    assert client.get(f"/api/documents/{ids['doc']}?span=abc").status_code == 400


def test_routes_evidence_link_marks_span(client: TestClient, ids: dict[str, Any]) -> None:
    data = client.get(f"/api/documents/{ids['doc']}?span={ids['start']}-{ids['end']}").json()
    marked = "".join(s["text"] for s in data["segments"] if "evidence" in s["kinds"])
    assert marked and "evidence" in [a for s in data["segments"] for a in s["anchors"]]
    page = client.get(f"/documents/{ids['doc']}?span={ids['start']}-{ids['end']}").text
    assert 'id="evidence"' in page


def test_routes_entity_page_links_mentions_to_document_spans(
    client: TestClient, ids: dict[str, Any]
) -> None:
    data = client.get(f"/api/entities/{ids['entity']}").json()
    assert data["mentions"] and data["aliases"]
    m = data["mentions"][0]
    assert m["context"] and any(p["hit"] for p in m["context"])
    page = client.get(f"/entities/{ids['entity']}").text
    assert f"/documents/{m['doc']}?span={m['start']}-{m['end']}#evidence" in page


def test_routes_search_finds_documents_and_names(client: TestClient) -> None:
    data = client.get("/api/search?q=Camp Sarv").json()
    assert data["documents"] and data["match"] == '"Camp" "Sarv"'
    assert any(p["hit"] for d in data["documents"] for p in d["snippet"])
    assert any(e["name"] == "Camp Sarv" for e in data["entities"])


@pytest.mark.parametrize(
    "q", ['"', "AND", "NEAR(a b)", "title:camp", "a OR", "(((", "*", "camp*", "^x", "\u202e", "'"]
)
def test_routes_search_never_fails_on_fts_syntax(client: TestClient, q: str) -> None:
    assert client.get("/api/search", params={"q": q}).status_code == 200


def test_routes_absent_analyses_say_not_computed(client: TestClient, ids: dict[str, Any]) -> None:
    data = client.get("/api/overview").json()
    absent = [k for k, on in data["features"].items() if not on]
    page = client.get(f"/entities/{ids['entity']}").text
    for name in absent:
        assert f"{name.capitalize()}: not computed for this corpus" in page or name in ("reuse",), (
            name
        )


def test_routes_timeline_keeps_precision(client: TestClient) -> None:
    data = client.get("/api/timeline").json()
    pubs = data["publications"]
    assert pubs
    for p in pubs:
        assert len(p["published"]) == {"year": 4, "month": 7, "day": 10}[p["published_precision"]]
    page = client.get("/timeline").text
    assert 'class="date prec-' in page
