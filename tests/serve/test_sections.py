"""Analysis sections (relations, events, claims, contradictions, reuse, framing) rendered
from export-contract records, with hostile strings in every text field (issue 7)."""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsdossier.serve import create_app, queries
from newsdossier.serve.sections import SectionIndex

from .conftest import IMG, SCRIPT
from .helpers import markup_problems


def _index(name: str, items: list[dict[str, Any]]) -> SectionIndex:
    idx = SectionIndex(name, computed=bool(items), items=items)
    for it in items:
        if "id" in it:
            idx.by_id[it["id"]] = it
        docs = {it.get("doc")} | {e["doc"] for e in it.get("evidence", [])}
        docs |= {it[k]["doc"] for k in ("a", "b") if k in it}
        for d in docs - {None}:
            idx.by_doc.setdefault(d, []).append(it)
        for k in ("subject", "object", "target"):
            if it.get(k):
                idx.by_entity.setdefault(it[k], []).append(it)
        for e in it.get("participants", []):
            idx.by_entity.setdefault(e, []).append(it)
    return idx


@pytest.fixture
def fake(sample_db: Path, monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    con = sqlite3.connect(sample_db)
    (e1, e2) = [
        r[0] for r in con.execute("SELECT id FROM entities ORDER BY mention_count DESC LIMIT 2")
    ]
    (d1, t1, o1), (d2, t2, o2) = con.execute(
        "SELECT id, text, outlet FROM documents LIMIT 2"
    ).fetchall()
    con.close()
    ev = {"doc": d1, "start": 0, "end": 10, "text": t1[:10]}
    claim = {
        "id": "cl1", "doc": d1, "start": 0, "end": 20, "text": SCRIPT, "subject": e1,
        "attribute": "member_count", "value": IMG,
        "source": {"name": SCRIPT, "entity": None, "kind": "named"}, "hedge": "reportedly",
    }  # fmt: skip
    claim2 = {**claim, "id": "cl2", "doc": d2, "value": "1965", "hedge": None}
    sections = {
        "relations": [{"subject": e1, "type": "wing_of", "object": e2, "evidence": [ev]}],
        "events": [
            {
                "id": "ev1",
                "type": "attack",
                "date": {"value": "1987", "precision": "year", "text": SCRIPT, "resolved": True},
                "summary": IMG,
                "participants": [e1],
                "places": [],
                "evidence": [ev],
            },
        ],  # fmt: skip
        "claims": [claim, claim2],
        "contradictions": [
            {
                "subject": e1,
                "attribute": "member_count",
                "values": [IMG, "1965"],
                "claims": ["cl1", "cl2"],
            }
        ],
        "reuse": [
            {
                "a": {"doc": d1, "start": 0, "end": 30},
                "b": {"doc": d2, "start": 5, "end": 35},
                "similarity": 0.9,
            }
        ],
        "framing": [
            {
                "doc": d1,
                "start": 2,
                "end": 12,
                "text": SCRIPT,
                "technique": "Loaded_Language",
                "target": e1,
                "score": 0.8,
            }
        ],
    }
    indexes = {k: _index(k, v) for k, v in sections.items()}
    monkeypatch.setattr(queries, "sections_for", lambda store, name: indexes[name])
    # a contradiction's claims are read by id (issue 18): from the fake claims too
    by_id = indexes["claims"].by_id
    monkeypatch.setattr(
        "newsdossier.export.claims.claim_records",
        lambda store, ids: [by_id[i] for i in ids if i in by_id],
    )
    return {"e1": e1, "d1": d1, "o1": o1}


def test_sections_render_escaped_on_every_page(sample_db: Path, fake: dict[str, Any]) -> None:
    with TestClient(create_app(str(sample_db))) as c:
        urls = ["/", f"/entities/{fake['e1']}", f"/documents/{fake['d1']}", "/timeline",
                "/timeline?start=1980&end=1990&type=attack", "/sources",
                f"/source?outlet={fake['o1']}"]  # fmt: skip
        for url in urls:
            r = c.get(url)
            assert r.status_code == 200, (url, r.text[:300])
            assert markup_problems(r.text) == [] and SCRIPT not in r.text, url
            assert "not computed for this corpus" not in r.text, url
        entity = c.get(f"/api/entities/{fake['e1']}").json()
        assert entity["relations"] and entity["events"] and entity["claims"]
        assert entity["contradictions"][0]["claim_records"]
        assert list(entity["profile"]) == ["member_count"]
        assert entity["framing_by_outlet"][0]["techniques"] == {"Loaded_Language": 1}
        doc = c.get(f"/api/documents/{fake['d1']}").json()
        assert set(doc["kinds"]) >= {"claim", "framing", "event", "reuse"}
        assert doc["reuse"][0]["other"]["start"] == 5
        timeline = c.get("/api/timeline?start=1980&end=1990").json()
        assert [e["date"]["precision"] for e in timeline["events"]] == ["year"]
        assert c.get("/api/timeline?start=1990").json()["events"] == []
