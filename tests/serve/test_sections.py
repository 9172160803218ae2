"""Analysis sections (relations, events, claims, contradictions, reuse, framing) on every
page, with hostile strings in every text field the store holds (issue 7).

Issue 18: the pages read these sections from the store, page by page, so the hostile
strings are written into a copy of the sample store's own rows (the sample build has
every section), not into a fake in-memory index.
"""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from fastapi.testclient import TestClient

from newsdossier.serve import create_app

from .conftest import IMG, SCRIPT
from .helpers import markup_problems


def _one(con: sqlite3.Connection, sql: str) -> Any:
    row = con.execute(sql).fetchone()
    assert row is not None, sql
    return row[0]


@pytest.fixture
def hostile(sample_db: Path, tmp_path: Path) -> dict[str, Any]:
    db = tmp_path / "hostile.db"
    shutil.copy(sample_db, db)
    con = sqlite3.connect(db)
    with con:
        con.execute("UPDATE events SET summary = ?, date_text = ?", (IMG, SCRIPT))
        con.execute("UPDATE claims SET value = ?, source_name = ?", (IMG, SCRIPT))
        con.execute("UPDATE contradictions SET value_a = ?, value_b = ?", (IMG, SCRIPT))
        con.execute("UPDATE name_links SET asserted_by = ?", (SCRIPT,))
        con.execute("UPDATE framing_spans SET target_text = ?", (SCRIPT,))
        # one event dated a year, the precision the timeline must keep
        con.execute(
            "UPDATE events SET date_value = '1187', date_precision = 'year'"
            " WHERE id = (SELECT min(id) FROM events WHERE date_value IS NOT NULL)"
        )
    ids = {
        "contradicted": _one(con, "SELECT subject FROM contradictions"),
        "framed": _one(
            con,
            "SELECT m.entity_id FROM framing_spans f JOIN mentions m ON m.id = f.target_mention"
            " WHERE m.entity_id IS NOT NULL",
        ),
        "in_event": _one(
            con,
            "SELECT m.entity_id FROM event_arguments a JOIN mentions m ON m.id = a.mention_id"
            " JOIN event_mentions em ON em.id = a.event_mention_id JOIN events e"
            " ON e.id = em.event_id AND e.date_value = '1187' WHERE m.entity_id IS NOT NULL",
        ),
        "related": _one(
            con,
            "SELECT n.entity_id FROM name_links l JOIN entity_names n ON n.key = l.a_key"
            " JOIN entity_names o ON o.key = l.b_key JOIN entities e ON e.id = n.entity_id"
            " JOIN entities f ON f.id = o.entity_id WHERE l.kind NOT IN"
            " ('acronym', 'alias', 'alias_claim') ORDER BY l.document_id, l.seq",
        ),
        "reused_doc": _one(con, "SELECT doc_a FROM reuse_pairs ORDER BY id"),
        "framed_doc": _one(con, "SELECT document_id FROM framing_spans ORDER BY id"),
        "claim_doc": _one(con, "SELECT document_id FROM claims ORDER BY id"),
        "outlet": _one(con, "SELECT outlet FROM documents WHERE outlet IS NOT NULL"),
    }
    con.close()
    return {"db": db, **ids}


def test_sections_render_escaped_on_every_page(hostile: dict[str, Any]) -> None:
    h = hostile
    with TestClient(create_app(str(h["db"]))) as c:
        urls = ["/", "/timeline", "/timeline?start=1180&end=1190", "/sources", "/reuse",
                f"/source?outlet={h['outlet']}"]  # fmt: skip
        urls += [f"/entities/{h[k]}" for k in ("contradicted", "framed", "in_event", "related")]
        urls += [f"/documents/{h[k]}" for k in ("reused_doc", "framed_doc", "claim_doc")]
        for url in urls:
            r = c.get(url)
            assert r.status_code == 200, (url, r.text[:300])
            assert markup_problems(r.text) == [] and SCRIPT not in r.text, url
            assert "not computed for this corpus" not in r.text, url
        contradicted = c.get(f"/api/entities/{h['contradicted']}").json()
        assert contradicted["claims"] and contradicted["profile"]
        assert contradicted["contradictions"][0]["claim_records"]
        assert contradicted["contradictions"][0]["values"] == [IMG, SCRIPT]
        assert c.get(f"/api/entities/{h['related']}").json()["relations"]
        assert c.get(f"/api/entities/{h['in_event']}").json()["events"]
        framed = c.get(f"/api/entities/{h['framed']}").json()
        assert framed["framing_by_outlet"] and framed["framing_by_outlet"][0]["total"] >= 1
        kinds = set()
        for k in ("reused_doc", "framed_doc", "claim_doc"):
            kinds |= set(c.get(f"/api/documents/{h[k]}").json()["kinds"])
        assert kinds >= {"claim", "framing", "reuse"}
        reused = c.get(f"/api/documents/{h['reused_doc']}").json()
        assert reused["reuse"] and reused["reuse"][0]["here"]["doc"] == h["reused_doc"]
        timeline = c.get("/api/timeline?start=1180&end=1190").json()
        assert [e["date"]["precision"] for e in timeline["events"]] == ["year"]
        assert timeline["events"][0]["summary"] == IMG
        assert c.get("/api/timeline?start=1188&end=1190").json()["events"] == []
        matrix = c.get("/api/reuse").json()
        assert matrix["computed"] and (matrix["cells"] or matrix["undirected"])
