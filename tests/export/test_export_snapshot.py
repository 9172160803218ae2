"""Exports and web requests read one snapshot while a build commits (issue 17)."""

from __future__ import annotations

import io
import json
import shutil
from pathlib import Path

import pytest

from newsdossier.export.json import write_json
from newsdossier.model import Annotations, Document, Mention, Sentence
from newsdossier.resolve import run_resolvers
from newsdossier.settings import Settings
from newsdossier.store.base import Processed
from newsdossier.store.sqlite import SQLiteStore, open_store

pytestmark = pytest.mark.issue(17)

_TEXT = "The Ostrand Ferry Board met on Tuesday. The Ostrand Ferry Board said sailings resume."


def _new_document() -> Processed:
    doc = Document(Document.make_id(_TEXT), _TEXT, source="late.txt", name="late")
    mentions = tuple(
        Mention(doc.id, i, i + 18, _TEXT[i : i + 18], "ORG", "organization",
                "ostrand ferry board", "t.v1", "1")
        for i in (4, _TEXT.index("Ostrand", 10))
    )  # fmt: skip
    ann = Annotations(doc.id, (Sentence(doc.id, 0, len(_TEXT), _TEXT),), mentions, ("t@1",))
    return Processed("late.txt", "late.txt", None, "h-late", doc, ann)


class _CommitsMidway(io.StringIO):
    """An output that lets a writer commit a document and its entity when the export
    has written its documents and starts on the entities."""

    def __init__(self, writer: SQLiteStore) -> None:
        super().__init__()
        self.writer, self.fired = writer, False

    def write(self, s: str) -> int:
        if not self.fired and '"entities"' in s:
            self.fired = True
            self.writer.write_batch([_new_document()])
            run_resolvers(self.writer, Settings())
        return super().write(s)


def test_export_is_one_snapshot_while_a_writer_commits(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    shutil.copy(sample_db, db)
    with open_store(str(db)) as writer, open_store(str(db), readonly=True) as reader:
        before = reader.document_count()
        out = _CommitsMidway(writer)
        write_json(reader, out)
        assert out.fired and reader.document_count() == before + 1
    data = json.loads(out.getvalue())
    docs = {d["id"] for d in data["documents"]}
    assert len(docs) == before
    cited = {m["doc"] for e in data["entities"] for m in e["mentions"]}
    cited |= {ev["doc"] for e in data["events"] for ev in e["evidence"]}
    assert cited <= docs  # nothing of the document committed during the export


def test_web_request_reads_one_snapshot(sample_db: Path, tmp_path: Path) -> None:
    from newsdossier.serve import queries
    from newsdossier.serve.db import StorePool

    db = tmp_path / "c.db"
    shutil.copy(sample_db, db)
    pool = StorePool(str(db), time_limit_ms=5_000)
    try:
        with open_store(str(db)) as writer, pool.session() as store:
            docs = store.document_count()
            events = queries.timeline(store)["axis"]["events_total"]
            writer.write_batch([_new_document()])
            run_resolvers(writer, Settings())
            assert store.document_count() == docs
            assert queries.timeline(store)["axis"]["events_total"] == events
            entities = {e["id"] for e in store.iter_entities()}
            late = _new_document().document
            assert late is not None and store.get_document(late.id) is None
        with pool.session() as store:  # the next request sees the new state
            assert store.document_count() == docs + 1
            assert {e["id"] for e in store.iter_entities()} > entities
    finally:
        pool.close()
