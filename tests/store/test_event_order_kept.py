"""An argument row's event date and an event's first evidence, kept at write (migration
0990, issue 18: the timeline of a most mentioned entity), stay what the rows say, on both
engines, whatever changes them: the build (or the copy), a merge of two entities, a
mention unlinked, an event's date changed, events unmerged and their mentions merged
into another event by one statement (PostgreSQL's AFTER row triggers fire once the
statement changed every row), an event removed and written again with its mentions
already linked, event mentions written and deleted, argument rows written unlinked.  The
store's reads of an entity's events in date order and of the time axis answer from
them as the events and their mentions say."""

from __future__ import annotations

from typing import Any

import pytest

from tests.pg import sql, top_event_entities

pytestmark = pytest.mark.issue(18)


def _rows(store: Any, query: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in sql(store, query, params).fetchall()]


def _first_counted(store: Any) -> dict[str, str | None]:
    """Each event's first mention in corpus order, from its mentions."""
    order = store.dialect.row_order_of("d")
    first: dict[str, str | None] = {e: None for (e,) in _rows(store, "SELECT id FROM events")}
    for ev, mid in _rows(
        store,
        "SELECT em.event_id, em.id FROM event_mentions em JOIN documents d"
        f" ON d.id = em.document_id WHERE em.event_id IS NOT NULL"
        f" ORDER BY em.event_id, {order} DESC, em.start DESC, em.id DESC",
    ):
        if ev in first:
            first[ev] = mid  # the last written is the first in corpus order
    return first


def _entity_events_counted(store: Any, entity_id: str) -> list[str]:
    """The entity's events in the timeline's order, from the events' own rows."""
    return [
        r[0]
        for r in _rows(
            store,
            "SELECT e.id FROM events e WHERE e.id IN (SELECT a.event_id FROM event_arguments a"
            " WHERE a.entity_id = ?) ORDER BY e.date_value IS NULL, e.date_value, e.type, e.id",
            (entity_id,),
        )
    ]


def _check(store: Any) -> None:
    """Assert the kept columns equal what the rows say, and the reads answer so."""
    dates = _rows(
        store,
        "SELECT a.event_mention_id, a.role, a.mention_id, a.event_date, e.date_value"
        " FROM event_arguments a LEFT JOIN events e ON e.id = a.event_id"
        " WHERE a.event_id IS NOT NULL",
    )
    assert dates and [r for r in dates if r[3] != r[4]] == []
    kept = dict(_rows(store, "SELECT id, first_mention FROM events"))
    assert kept == _first_counted(store)
    entities = [
        r[0]
        for r in _rows(
            store,
            "SELECT entity_id FROM event_arguments WHERE entity_id IS NOT NULL AND event_id"
            " IS NOT NULL GROUP BY entity_id ORDER BY count(DISTINCT event_id) DESC, entity_id"
            " LIMIT 6",
        )
    ]
    spans = {
        r[0]: r[1:]
        for r in _rows(store, 'SELECT id, document_id, start, "end" FROM event_mentions')
    }
    for eid in entities:
        want = _entity_events_counted(store, eid)
        assert [r["id"] for r in store.events_page(eid, None, None, None, 10_000, 0)] == want
        assert [r["id"] for r in store.events_page(eid, None, None, None, 2, 1)] == want[1:3]
        axis = store.event_axis(eid, None, 10_000)
        assert [r["id"] for r in axis] == want
        for r in axis:
            first = kept[r["id"]]
            assert (r["doc"], r["ev_start"], r["ev_end"]) == (
                spans[first] if first else (None, None, None)
            )


def _event_row(store: Any, event_id: str) -> tuple[Any, ...]:
    return _rows(
        store,
        "SELECT id, type, date_value, date_end, date_precision, date_text, year, summary,"
        " mention_count, document_count, conflict, resolver FROM events WHERE id = ?",
        (event_id,),
    )[0]


def test_kept_order_follows_links_merges_and_dates(sample_store: Any) -> None:
    _check(sample_store)  # as the build (or the copy) left them
    a, b = top_event_entities(sample_store)
    key = sql(
        sample_store, "SELECT key FROM entity_names WHERE entity_id = ? LIMIT 1", (b,)
    ).fetchone()
    with sample_store.transaction():
        sample_store.merge_names(a, b, root=key[0], how="spelling", via=None, link=None)
    _check(sample_store)
    doc, s, e = sql(
        sample_store,
        'SELECT m.document_id, m.start, m."end" FROM event_arguments a'
        " JOIN mentions m ON m.id = a.mention_id WHERE a.entity_id IS NOT NULL"
        " ORDER BY m.id LIMIT 1",
    ).fetchone()
    with sample_store.transaction():
        sample_store.unlink_fragment(doc, s, e)
    _check(sample_store)
    # the entity's events: one moved to the end of the timeline (undated), one to its start
    evs = _entity_events_counted(sample_store, a)
    assert len(evs) >= 3
    late, early = list(_event_row(sample_store, evs[0])), list(_event_row(sample_store, evs[-1]))
    late[2:4] = [None, None]
    early[2:4] = ["1900-01-01", None]
    with sample_store.transaction():
        sample_store.upsert_events([tuple(late), tuple(early)])
    _check(sample_store)
    order = _entity_events_counted(sample_store, a)
    assert order[0] == evs[-1] and order.index(evs[0]) > order.index(evs[1])  # undated: last
    # the entity's event with the most mentions unmerged, its mentions then merged into
    # another event by one statement
    ev = _rows(
        sample_store,
        "SELECT event_id FROM event_mentions WHERE event_id IN (SELECT event_id FROM"
        " event_arguments WHERE entity_id = ?) GROUP BY event_id ORDER BY count(*) DESC,"
        " event_id LIMIT 1",
        (a,),
    )[0][0]
    mentions = [
        r[0] for r in _rows(sample_store, "SELECT id FROM event_mentions WHERE event_id = ?", (ev,))
    ]
    row = _event_row(sample_store, ev)
    with sample_store.transaction():
        sample_store.unmerge_events([ev])
    _check(sample_store)
    other = sql(
        sample_store,
        "SELECT id FROM events WHERE type = ? AND first_mention IS NOT NULL ORDER BY id LIMIT 1",
        (row[1],),
    ).fetchone()[0]
    marks = ", ".join("?" * len(mentions))
    with sample_store.transaction():
        sql(
            sample_store,
            f"UPDATE event_mentions SET event_id = ? WHERE id IN ({marks})",
            (other, *mentions),
        )
    _check(sample_store)
    # moved back by one statement before its event row is written again (same id)
    with sample_store.transaction():
        sql(
            sample_store,
            f"UPDATE event_mentions SET event_id = ? WHERE id IN ({marks})",
            (ev, *mentions),
        )
        sample_store.upsert_events([row])
    _check(sample_store)
    assert sample_store.entity_event_count(a) == len(_entity_events_counted(sample_store, a))


def test_event_mentions_and_arguments_written_and_deleted(sample_store: Any) -> None:
    """An event mention written into an event ahead of its first one (corpus order), then
    deleted; one written behind it; an argument row written unlinked, then deleted."""
    a, _ = top_event_entities(sample_store)
    ev, first = sql(
        sample_store,
        "SELECT e.id, e.first_mention FROM events e WHERE e.first_mention IS NOT NULL"
        " ORDER BY e.id LIMIT 1",
    ).fetchone()
    cols = [
        "document_id", "start", '"end"', "trigger_start", "trigger_end", "type", "time_id",
        "date_value", "date_end", "date_precision", "date_text", "summary", "analyzer", "version",
    ]  # fmt: skip
    template = _rows(
        sample_store, f"SELECT {', '.join(cols)} FROM event_mentions WHERE id = ?", (first,)
    )[0]
    order = sample_store.dialect.row_order_of("documents")
    (first_doc,) = _rows(sample_store, f"SELECT id FROM documents ORDER BY {order} LIMIT 1")[0]
    (last_doc,) = _rows(sample_store, f"SELECT id FROM documents ORDER BY {order} DESC LIMIT 1")[0]
    insert = (
        f"INSERT INTO event_mentions(id, event_id, {', '.join(cols)})"
        f" VALUES (?, ?, {', '.join('?' * len(cols))})"
    )
    with sample_store.transaction():
        sql(sample_store, insert, ("test-em-late", ev, last_doc, *template[1:]))
        sql(sample_store, insert, ("test-em-early", ev, first_doc, 0, *template[2:]))
    _check(sample_store)
    assert _rows(sample_store, "SELECT first_mention FROM events WHERE id = ?", (ev,))[0][0] == (
        "test-em-early"
    )
    mention = sql(
        sample_store, "SELECT id FROM mentions WHERE entity_id = ? ORDER BY id LIMIT 1", (a,)
    ).fetchone()[0]
    with sample_store.transaction():
        sql(
            sample_store,
            "INSERT INTO event_arguments(event_mention_id, role, mention_id) VALUES (?, ?, ?)",
            ("test-em-early", "participant", mention),
        )
    _check(sample_store)
    assert ev in _entity_events_counted(sample_store, a)
    with sample_store.transaction():
        sql(sample_store, "DELETE FROM event_arguments WHERE event_mention_id = 'test-em-early'")
        sql(sample_store, "DELETE FROM event_mentions WHERE id = 'test-em-early'")
    _check(sample_store)
    assert (
        _rows(sample_store, "SELECT first_mention FROM events WHERE id = ?", (ev,))[0][0] == first
    )
    with sample_store.transaction():
        sql(sample_store, "UPDATE event_mentions SET event_id = NULL WHERE event_id = ?", (ev,))
    _check(sample_store)
    assert _rows(sample_store, "SELECT first_mention FROM events WHERE id = ?", (ev,))[0][0] is None
