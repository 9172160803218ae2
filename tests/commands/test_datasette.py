"""Datasette with the shipped metadata (issue 20): full-text search uses the FTS index."""

from __future__ import annotations

import asyncio
import shutil
from pathlib import Path

import pytest

from newsdossier.cli import run
from newsdossier.commands.datasette import datasette_metadata

pytestmark = pytest.mark.issue(20)


def test_datasette_metadata_is_keyed_by_the_store_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    meta = datasette_metadata("/data/my-corpus.db")
    assert list(meta["databases"]) == ["my-corpus"]
    tables = meta["databases"]["my-corpus"]["tables"]
    assert tables["documents"]["fts_table"] == "documents_fts"
    out = tmp_path / "m.json"
    assert run(["datasette", "--db", "x.db", "-o", str(out)]) == 0
    assert '"x"' in out.read_text(encoding="utf-8")


def test_datasette_full_text_search_uses_fts(sample_db: Path, tmp_path: Path) -> None:
    ds_app = pytest.importorskip("datasette.app")
    db = tmp_path / "corpus.db"
    shutil.copy(sample_db, db)
    ds = ds_app.Datasette([str(db)], metadata=datasette_metadata(str(db)))

    import sqlite3

    con = sqlite3.connect(db)
    fts_count = con.execute(
        "SELECT count(*) FROM documents_fts WHERE documents_fts MATCH 'hunger'"
    ).fetchone()[0]
    con.close()

    async def get(path: str) -> list[dict[str, object]]:
        response = await ds.client.get(path)
        assert response.status_code == 200, (path, response.text[:300])
        return list(response.json())

    async def check() -> None:
        hits = await get("/corpus/documents.json?_search=hunger&_shape=array&_col=title")
        assert any("hunger" in str(h["title"]).lower() for h in hits)
        assert len(hits) == fts_count  # exactly the FTS5 matches
        # the FTS index, not a LIKE scan: a word inside another word does not match
        assert await get("/corpus/documents.json?_search=unge&_shape=array") == []
        found = await get("/corpus/search_documents.json?q=camp&_shape=array")
        assert found and "[" in str(found[0]["snippet"])
        outlets = await get("/corpus/outlets.json?_shape=array")
        assert len(outlets) == 8  # 7 outlets and the opinion piece with none
        facets = (await ds.client.get("/corpus/documents.json?_facet=outlet")).json()
        assert facets["facet_results"]["outlet"]["results"]

    asyncio.run(check())
