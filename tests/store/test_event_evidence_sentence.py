"""Each event mention's evidence sentence, kept at write (migration 0993, issue 18: the
entity and timeline pages of merged events), is its document's text at its span, on both
engines, whatever changes it: the build (or the copy), an event mention written, its span
or document changed, a document written, its text changed.  The store's batched evidence
read (``event_evidence_many``) answers as the per-event read from the documents' text
(``event_evidence``)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pg import sql

pytestmark = pytest.mark.issue(18)


def _rows(store: Any, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in sql(store, query, params).fetchall()]


def _check(store: Any) -> None:
    rows = _rows(
        store,
        'SELECT em.id, em.sentence, d.text, em.start, em."end" FROM event_mentions em'
        " LEFT JOIN documents d ON d.id = em.document_id",
    )
    assert rows
    wrong = [r[0] for r in rows if r[1] != (None if r[2] is None else r[2][r[3] : r[4]])]
    assert wrong == []
    events = sorted(r[0] for r in _rows(store, "SELECT id FROM events"))
    many = store.event_evidence_many(events)
    for ev in events:
        assert many[ev] == store.event_evidence(ev), ev


_DOC_COLS = (
    "name", "source", "title", "author", "outlet", "section", "url", "published",
    "published_precision", "published_origin", "language", "analyzers",
)  # fmt: skip
_EM_COLS = (
    "trigger_start", "trigger_end", "type", "time_id", "date_value", "date_end",
    "date_precision", "date_text", "summary", "analyzer", "version", "event_id",
)  # fmt: skip


def test_kept_sentences_follow_writes(sample_store: Any) -> None:
    _check(sample_store)  # as the build (or the copy) left them
    em, doc, start, end = _rows(
        sample_store,
        'SELECT id, document_id, start, "end" FROM event_mentions WHERE event_id IS NOT NULL'
        " ORDER BY id LIMIT 1",
    )[0]
    # its span moved, then its document's text changed (the same length)
    with sample_store.transaction():
        sql(
            sample_store,
            'UPDATE event_mentions SET start = ?, "end" = ? WHERE id = ?',
            (start + 1, end + 3, em),
        )
    _check(sample_store)
    (text,) = _rows(sample_store, "SELECT text FROM documents WHERE id = ?", (doc,))[0]
    with sample_store.transaction():
        sql(sample_store, "UPDATE documents SET text = ? WHERE id = ?", (text.swapcase(), doc))
    _check(sample_store)
    # a new document, an event mention in it, then one moved into it
    meta = _rows(sample_store, f"SELECT {', '.join(_DOC_COLS)} FROM documents WHERE id = ?", (doc,))
    new_text = "Ostrel Vane met the Carrow board in Tessick on Monday, officials said."
    with sample_store.transaction():
        sql(
            sample_store,
            f"INSERT INTO documents(id, text, {', '.join(_DOC_COLS)})"
            f" VALUES (?, ?, {', '.join('?' * len(_DOC_COLS))})",
            ("test-doc-new", new_text, *meta[0]),
        )
    _check(sample_store)
    tail = _rows(
        sample_store, f"SELECT {', '.join(_EM_COLS)} FROM event_mentions WHERE id = ?", (em,)
    )
    with sample_store.transaction():
        sql(
            sample_store,
            f'INSERT INTO event_mentions(id, document_id, start, "end", {", ".join(_EM_COLS)})'
            f" VALUES (?, ?, ?, ?, {', '.join('?' * len(_EM_COLS))})",
            ("test-em-new", "test-doc-new", 0, 11, *tail[0]),
        )
    _check(sample_store)
    assert _rows(sample_store, "SELECT sentence FROM event_mentions WHERE id = 'test-em-new'") == [
        ("Ostrel Vane",)
    ]
    with sample_store.transaction():
        sql(
            sample_store,
            'UPDATE event_mentions SET document_id = ?, start = ?, "end" = ? WHERE id = ?',
            ("test-doc-new", 20, 32, em),
        )
    _check(sample_store)
    assert _rows(sample_store, "SELECT sentence FROM event_mentions WHERE id = ?", (em,)) == [
        ("Carrow board",)
    ]
