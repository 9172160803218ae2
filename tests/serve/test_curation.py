"""The entity page shows users' curation history (judgements), escaped (issues 3 and 7)."""

from __future__ import annotations

import shutil
from pathlib import Path

from newsdossier.cli import run
from tests.serve.conftest import _client


def test_entity_page_shows_curation_history(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "curated.db"
    shutil.copy(sample_db, db)
    note = "<b>analyst</b> says these differ"
    assert run(["entities", "never-merge", "NCZR", "JAMZ", "--db", str(db), "--note", note]) == 0
    for client in _client(db):
        found = client.get("/api/entities", params={"q": "NCZR"})
        assert found.status_code == 200
        data = client.get("/api/search", params={"q": "NCZR"}).json()
        ids = [e["id"] for e in data.get("entities", [])]
        assert ids, data
        page = client.get(f"/entities/{ids[0]}")
        assert page.status_code == 200
        assert "never-merge" in page.text
        assert "&lt;b&gt;analyst&lt;/b&gt;" in page.text and "<b>analyst</b>" not in page.text
        api = client.get(f"/api/entities/{ids[0]}").json()
        assert any(j["kind"] == "never-merge" for j in api["curation"])
