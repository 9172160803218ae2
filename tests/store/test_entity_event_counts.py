"""An entity's events counted by type, kept at write (migration 0985, issue 18: the
timeline and entity pages of a most mentioned entity), stay what counting the argument
rows says, on both engines, whatever changes them: the build (or the copy), a merge of
two entities, a mention unlinked, events unmerged and merged again by one statement
(PostgreSQL's row triggers must see the rows the statement already changed), argument
rows written unlinked (filled by 0810's trigger) and deleted, a reset.  The store's
reads of an entity's event count and types answer from them."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pg import sql, top_event_entities

pytestmark = pytest.mark.issue(18)

# what the kept rows must equal, counted from the argument rows
_COUNTED = (
    "SELECT entity_id, event_type, count(DISTINCT event_id) FROM event_arguments"
    " WHERE entity_id IS NOT NULL AND event_id IS NOT NULL AND event_type IS NOT NULL"
    " GROUP BY entity_id, event_type"
)


def _rows(store: Any, query: str, params: tuple[Any, ...] = ()) -> set[tuple[Any, ...]]:
    return {tuple(r) for r in sql(store, query, params).fetchall()}


def _check(store: Any) -> int:
    """Assert the kept counts equal the counted ones (no row at 0) and the store's reads
    answer from them; return how many rows are kept."""
    kept = _rows(store, "SELECT entity_id, event_type, events FROM entity_event_counts")
    assert kept == _rows(store, _COUNTED)
    for eid in sorted({r[0] for r in kept})[:20]:
        events = _rows(
            store,
            "SELECT DISTINCT event_id FROM event_arguments WHERE entity_id = ?"
            " AND event_id IS NOT NULL",
            (eid,),
        )
        assert store.entity_event_count(eid) == len(events)
        types = sorted(r[1] for r in kept if r[0] == eid)
        assert store.event_types(eid) == types
        assert store.entity_event_count(eid, types[0]) == next(
            r[2] for r in kept if r[0] == eid and r[1] == types[0]
        )
    return len(kept)


def test_event_counts_follow_links_and_merges(sample_store: Any) -> None:
    assert _check(sample_store) > 5  # as the build (or the copy) left them
    a, b = top_event_entities(sample_store)
    # a merge moves every mention of one entity to another (events where both take part)
    key = sql(
        sample_store, "SELECT key FROM entity_names WHERE entity_id = ? LIMIT 1", (b,)
    ).fetchone()
    with sample_store.transaction():
        sample_store.merge_names(a, b, root=key[0], how="spelling", via=None, link=None)
    _check(sample_store)
    assert sample_store.entity_event_count(b) == 0 and sample_store.event_types(b) == []
    # one argument's mention unlinked
    doc, s, e = sql(
        sample_store,
        'SELECT m.document_id, m.start, m."end" FROM event_arguments a'
        " JOIN mentions m ON m.id = a.mention_id WHERE a.entity_id IS NOT NULL"
        " ORDER BY m.id LIMIT 1",
    ).fetchone()
    with sample_store.transaction():
        sample_store.unlink_fragment(doc, s, e)
    _check(sample_store)
    # the entity's largest event unmerged, then its mentions merged into another event of
    # the same type by one statement
    ev, typ = sql(
        sample_store,
        "SELECT event_id, event_type FROM event_arguments WHERE entity_id = ?"
        " AND event_id IS NOT NULL GROUP BY event_id, event_type"
        " ORDER BY count(*) DESC, event_id LIMIT 1",
        (a,),
    ).fetchone()
    mentions = [
        r[0]
        for r in sql(
            sample_store, "SELECT id FROM event_mentions WHERE event_id = ? ORDER BY id", (ev,)
        ).fetchall()
    ]
    before = sample_store.entity_event_count(a, typ)
    with sample_store.transaction():
        sql(sample_store, "UPDATE event_mentions SET event_id = NULL WHERE event_id = ?", (ev,))
    _check(sample_store)
    assert sample_store.entity_event_count(a, typ) == before - 1
    other = sql(
        sample_store,
        "SELECT id FROM events WHERE type = ? AND id != ? ORDER BY id LIMIT 1",
        (typ, ev),
    ).fetchone()[0]
    marks = ", ".join("?" * len(mentions))
    with sample_store.transaction():
        sql(
            sample_store,
            f"UPDATE event_mentions SET event_id = ? WHERE id IN ({marks})",
            (other, *mentions),
        )
    _check(sample_store)
    # every entity decision forgotten: no entity keeps a count
    with sample_store.transaction():
        sample_store.reset_entity_resolution()
    assert _check(sample_store) == 0


def test_argument_rows_written_and_deleted(sample_store: Any) -> None:
    """A row written unlinked (its entity, event and type filled from its mention and
    event mention), a second row of the same (entity, event), both deleted."""
    a, _ = top_event_entities(sample_store)
    mention = sql(
        sample_store, "SELECT id FROM mentions WHERE entity_id = ? ORDER BY id LIMIT 1", (a,)
    ).fetchone()[0]
    em, ev, typ = sql(
        sample_store,
        "SELECT em.id, em.event_id, em.type FROM event_mentions em WHERE em.event_id IS NOT"
        " NULL AND em.event_id NOT IN (SELECT event_id FROM event_arguments WHERE entity_id"
        " = ? AND event_id IS NOT NULL) ORDER BY em.id LIMIT 1",
        (a,),
    ).fetchone()
    before = sample_store.entity_event_count(a, typ)
    with sample_store.transaction():
        for role in ("participant", "place"):
            sql(
                sample_store,
                "INSERT INTO event_arguments(event_mention_id, role, mention_id) VALUES (?, ?, ?)",
                (em, role, mention),
            )
    _check(sample_store)
    assert sample_store.entity_event_count(a, typ) == before + 1  # one event, two rows
    with sample_store.transaction():
        sql(
            sample_store,
            "DELETE FROM event_arguments WHERE event_mention_id = ? AND role = 'place'"
            " AND mention_id = ?",
            (em, mention),
        )
    _check(sample_store)
    assert sample_store.entity_event_count(a, typ) == before + 1
    with sample_store.transaction():
        sql(
            sample_store,
            "DELETE FROM event_arguments WHERE event_mention_id = ? AND mention_id = ?",
            (em, mention),
        )
    _check(sample_store)
    assert sample_store.entity_event_count(a, typ) == before
