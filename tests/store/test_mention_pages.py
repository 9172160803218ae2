"""An entity's mention pages (issue 18: chosen on the index, then joined) follow each
other in document order, on both engines: no mention skipped or shown twice, each with
its document and the sentence that holds it."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)


def test_mention_pages_follow_each_other(db_url: str, sample_db: Path, tmp_path: Path) -> None:
    store: Any = sample_store_copy(db_url, sample_db, tmp_path, readonly=True)
    try:
        entity = store.top_entities(1)[0]["id"]
        want = [
            tuple(r)
            for r in sql(
                store,
                'SELECT id, document_id, start, "end" FROM mentions WHERE entity_id = ?'
                " ORDER BY document_id, start, id",
                (entity,),
            ).fetchall()
        ]
        assert len(want) > 7
        pages = [store.entity_mention_page(entity, 3, offset) for offset in range(0, len(want), 3)]
        got = [(m["id"], m["doc"], m["start"], m["end"]) for page in pages for m in page]
        assert got == want
        assert store.entity_mention_page(entity, 3, len(want)) == []
        for m in (m for page in pages for m in page):
            text = store.get_document(m["doc"])["text"]
            assert text[m["start"] : m["end"]] == m["text"]
            assert m["title"] == store.get_document(m["doc"])["title"]
            if m["s_start"] is not None:
                # the last sentence starting at or before the mention
                assert m["s_start"] <= m["start"]
                starts = [s for s, _e in store.document_sentences(m["doc"])]
                assert m["s_start"] == max(s for s in starts if s <= m["start"])
    finally:
        store.close()
