"""Statements by speaker on the web: page, API twin, escaping (issue 15)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from .conftest import SCRIPT
from .helpers import markup_problems


def _speaking_entity(db: Path) -> str:
    """The entity that is the speaker of the most claims."""
    con = sqlite3.connect(db)
    try:
        return str(
            con.execute(
                "SELECT m.entity_id FROM claims c JOIN mentions m ON m.document_id = c.document_id"
                ' AND m.start = c.source_start AND m."end" = c.source_end'
                " WHERE m.entity_id IS NOT NULL GROUP BY m.entity_id ORDER BY count(*) DESC"
            ).fetchone()[0]
        )
    finally:
        con.close()


@pytest.mark.issue(15)
def test_statements_page_and_api(client: TestClient, sample_db: Path) -> None:
    entity = _speaking_entity(sample_db)
    page = client.get(f"/entities/{entity}/statements")
    assert page.status_code == 200, page.text[:300]
    assert markup_problems(page.text) == []
    assert f'href="/api/entities/{entity}/statements' in page.text
    api = client.get(f"/api/entities/{entity}/statements").json()
    assert api["said"], "the most quoted speaker has statements"
    for it in api["said"]:
        assert it["polarity"] in ("positive", "negative")
        assert it["statement"] or it["text"]
    entity_page = client.get(f"/entities/{entity}")
    assert f"/entities/{entity}/statements" in entity_page.text  # linked from the dossier
    assert client.get("/entities/nope/statements").status_code == 404


@pytest.mark.issue(15)
def test_statements_page_escapes_article_text(hostile_client: TestClient, hostile_db: Path) -> None:
    con = sqlite3.connect(hostile_db)
    try:
        ents = [r[0] for r in con.execute("SELECT id FROM entities")]
    finally:
        con.close()
    for e in ents:
        r = hostile_client.get(f"/entities/{e}/statements")
        assert r.status_code == 200
        assert SCRIPT not in r.text
        assert markup_problems(r.text) == [], e


@pytest.mark.issue(15)
def test_statements_api_is_documented(client: TestClient) -> None:
    spec = client.get("/api/openapi.json").json()
    assert "/api/entities/{entity_id}/statements" in spec["paths"]
