"""Each event mention's document seq, outlet and date, kept on the row on PostgreSQL
(migration 1008, issue 18: the evidence read of a most mentioned entity's page probed
the documents ~2,600 times), are its document's, whatever changes them: the copy, an
event mention written or moved, its document written later, changed or deleted.  The
evidence read from them answers as the read joining the documents (SQLite's, which keeps
no copy), on both engines."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pg import sql

pytestmark = pytest.mark.issue(18)

_DOC_COLS = (
    "name", "source", "title", "author", "outlet", "section", "url", "published",
    "published_precision", "published_origin", "language", "analyzers",
)  # fmt: skip
_EM_COLS = (
    "trigger_start", "trigger_end", "type", "time_id", "date_value", "date_end",
    "date_precision", "date_text", "summary", "analyzer", "version", "event_id",
)  # fmt: skip


def _rows(store: Any, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in sql(store, query, params).fetchall()]


def _pg(store: Any) -> bool:
    return bool(store.dialect.row_order == "seq")


def _check(store: Any) -> None:
    """The kept columns (PostgreSQL) are the document's; the evidence read answers as the
    join does, every event's, on either engine."""
    if _pg(store):
        rows = _rows(
            store,
            "SELECT em.id, em.doc_seq, em.doc_outlet, em.doc_published, d.seq, d.outlet,"
            " d.published FROM event_mentions em LEFT JOIN documents d ON d.id = em.document_id",
        )
        assert rows
        assert [r[0] for r in rows if r[1:4] != r[4:7]] == []
    events = sorted(r[0] for r in _rows(store, "SELECT id FROM events"))
    kept = store.event_evidence_many(events)
    joined = _joined(store, events)
    assert kept == joined
    assert kept == {ev: store.event_evidence(ev) for ev in events}


def _joined(store: Any, events: list[str]) -> dict[str, list[dict[str, Any]]]:
    """The evidence read through the documents (as SQLite reads it)."""
    was = store._evidence_documents_kept
    store._evidence_documents_kept = False
    try:
        return dict(store.event_evidence_many(events))
    finally:
        store._evidence_documents_kept = was


def test_evidence_read_as_the_join(sample_store: Any) -> None:
    _check(sample_store)  # as the build (or the copy) left them
    assert any(v for v in sample_store.event_evidence_many(
        [r[0] for r in _rows(sample_store, "SELECT id FROM events")]
    ).values())  # fmt: skip


def test_kept_documents_follow_writes(sample_store: Any) -> None:
    em, doc = _rows(
        sample_store,
        "SELECT id, document_id FROM event_mentions WHERE event_id IS NOT NULL ORDER BY id LIMIT 1",
    )[0]
    # its document's outlet and date changed
    with sample_store.transaction():
        sql(
            sample_store,
            "UPDATE documents SET outlet = ?, published = ? WHERE id = ?",
            ("Vellornia Courier", "2019-03-04", doc),
        )
    _check(sample_store)
    # an event mention written before its document, then the document written
    tail = _rows(
        sample_store, f"SELECT {', '.join(_EM_COLS)} FROM event_mentions WHERE id = ?", (em,)
    )
    with sample_store.transaction():
        sql(
            sample_store,
            f'INSERT INTO event_mentions(id, document_id, start, "end", {", ".join(_EM_COLS)})'
            f" VALUES (?, ?, ?, ?, {', '.join('?' * len(_EM_COLS))})",
            ("test-em-early", "test-doc-late", 0, 11, *tail[0]),
        )
    _check(sample_store)  # left out of the evidence: no document
    meta = _rows(sample_store, f"SELECT {', '.join(_DOC_COLS)} FROM documents WHERE id = ?", (doc,))
    with sample_store.transaction():
        sql(
            sample_store,
            f"INSERT INTO documents(id, text, {', '.join(_DOC_COLS)})"
            f" VALUES (?, ?, {', '.join('?' * len(_DOC_COLS))})",
            ("test-doc-late", "Ivo Renk met the Tessick board on Monday.", *meta[0]),
        )
    _check(sample_store)
    # an event mention moved into the new document, then that document deleted
    with sample_store.transaction():
        sql(sample_store, "UPDATE event_mentions SET document_id = ? WHERE id = ?",
            ("test-doc-late", em))  # fmt: skip
    _check(sample_store)
    with sample_store.transaction():
        sql(sample_store, "DELETE FROM documents WHERE id = ?", ("test-doc-late",))
    _check(sample_store)
    if _pg(sample_store):
        assert _rows(
            sample_store,
            "SELECT doc_seq, doc_outlet, doc_published FROM event_mentions WHERE id = ?",
            (em,),
        ) == [(None, None, None)]
