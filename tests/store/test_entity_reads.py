"""The entity carried on event arguments and claims (migration 0810, issue 18) stays what
the joins through ``mentions`` and ``event_mentions`` say, on both engines, whatever
changes the links: a build, a merge of two entities, a fragment unlinked, a reset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)

# what the copies must equal, read through the joins they replace
_ARGS = (
    "SELECT a.event_mention_id, a.role, a.mention_id, a.entity_id, a.event_id, a.event_type,"
    " m.entity_id, em.event_id, em.type FROM event_arguments a"
    " LEFT JOIN mentions m ON m.id = a.mention_id"
    " LEFT JOIN event_mentions em ON em.id = a.event_mention_id"
)
_CLAIMS = (
    "SELECT c.id, c.subject_entity, (SELECT min(m.entity_id) FROM mentions m"
    " WHERE m.document_id = c.document_id AND m.start = c.subject_start"
    ' AND m."end" = c.subject_end) FROM claims c WHERE c.subject_start >= 0'
)


def _check(store: Any) -> tuple[int, int]:
    """Assert every copy equals its join; return (linked arguments, linked claims)."""
    args = sql(store, _ARGS).fetchall()
    assert args
    for row in args:
        assert (row[3], row[4], row[5]) == (row[6], row[7], row[8]), row
    claims = sql(store, _CLAIMS).fetchall()
    assert claims
    for cid, copy, joined in claims:
        assert copy == joined, cid
    return sum(r[3] is not None for r in args), sum(c[1] is not None for c in claims)


@pytest.fixture
def store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the built sample store, on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    yield s
    s.close()


def test_copies_follow_every_change_of_links(store: Any) -> None:
    linked_args, linked_claims = _check(store)  # as the build left them
    assert linked_args and linked_claims
    # a merge moves every mention of one entity to another
    subject = sql(
        store,
        "SELECT subject_entity, count(*) FROM claims WHERE subject_entity IS NOT NULL"
        " GROUP BY subject_entity ORDER BY 2 DESC, 1 LIMIT 1",
    ).fetchone()[0]
    arg_entity = sql(
        store,
        "SELECT entity_id FROM event_arguments WHERE entity_id IS NOT NULL AND entity_id != ?"
        " ORDER BY entity_id LIMIT 1",
        (subject,),
    ).fetchone()[0]
    key = sql(store, "SELECT key FROM entity_names WHERE entity_id = ? LIMIT 1", (subject,))
    with store.transaction():
        store.merge_names(
            arg_entity, subject, root=key.fetchone()[0], how="spelling", via=None, link=None
        )
    _check(store)
    assert (
        sql(store, "SELECT count(*) FROM claims WHERE subject_entity = ?", (subject,)).fetchone()[0]
        == 0
    )
    # a subject mention unlinked as a fragment
    doc, s, e = sql(
        store,
        "SELECT document_id, subject_start, subject_end FROM claims"
        " WHERE subject_entity IS NOT NULL ORDER BY id LIMIT 1",
    ).fetchone()
    with store.transaction():
        store.unlink_fragment(doc, s, e)
    _check(store)
    # events merged anew: an event mention moved to another event
    em, ev = sql(
        store,
        "SELECT em.id, (SELECT max(e.id) FROM events e WHERE e.id != em.event_id)"
        " FROM event_mentions em JOIN event_arguments a ON a.event_mention_id = em.id"
        " WHERE em.event_id IS NOT NULL ORDER BY em.id LIMIT 1",
    ).fetchone()
    with store.transaction():
        sql(store, "UPDATE event_mentions SET event_id = ? WHERE id = ?", (ev, em))
    _check(store)
    # every decision forgotten: nothing carries an entity any more
    with store.transaction():
        store.reset_entity_resolution()
    assert _check(store) == (0, 0)


def test_rows_written_after_the_links_are_filled(store: Any) -> None:
    """A claim or an event argument stored once its mention is linked (a copy between
    engines carries the columns; anything else gets them from the triggers)."""
    mention = sql(
        store,
        'SELECT id, document_id, start, "end", entity_id FROM mentions'
        " WHERE entity_id IS NOT NULL ORDER BY id LIMIT 1",
    ).fetchone()
    em = sql(store, "SELECT id, type FROM event_mentions ORDER BY id LIMIT 1").fetchone()
    with store.transaction():
        sql(
            store,
            "INSERT INTO event_arguments(event_mention_id, role, mention_id) VALUES (?, ?, ?)",
            (em[0], "test-role", mention[0]),
        )
        sql(
            store,
            'INSERT INTO claims(id, document_id, start, "end", subject_start, subject_end,'
            " subject_text, value_start, value_end, source_kind, source_start, source_end,"
            " quote, status, analyzer, version) VALUES"
            " ('test-claim', ?, ?, ?, ?, ?, 'x', -1, -1, 'document', -1, -1, 'none',"
            " 'asserted', 'test', '1')",
            (mention[1], mention[2], mention[3], mention[2], mention[3]),
        )
    row = sql(
        store,
        "SELECT entity_id, event_type FROM event_arguments WHERE role = 'test-role'",
    ).fetchone()
    assert tuple(row) == (mention[4], em[1])
    assert (
        sql(store, "SELECT subject_entity FROM claims WHERE id = 'test-claim'").fetchone()[0]
        == mention[4]
    )
    _check(store)
