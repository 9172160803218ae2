"""The events resolver's per-event state (migration 0940, issue 18 item 4) on a built
store, on both engines: every event's row is what its mentions say (event_date over
them in corpus order), after a build and after a requeued mention joins an event
whose mentions come later in the corpus (the state is then made again from them)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)

_EVENTS = (
    "SELECT id, type, date_value, date_end, date_precision, date_text, year, summary,"
    " mention_count, document_count, conflict, resolver FROM events ORDER BY id"
)


@pytest.fixture
def store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the built sample store, on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    yield s
    s.close()


def _from_mentions(store: Any) -> list[tuple[Any, ...]]:
    """Each event's row as the resolver wrote it before item 4: read from all its mentions."""
    from newsdossier.analyze.time.intervals import year_of
    from newsdossier.resolve.events import RESOLVER, event_date

    by_event: dict[str, list[dict[str, Any]]] = {}
    ids = [r[0] for r in sql(store, "SELECT id FROM events")]
    for m in store.event_readings_of(ids):
        by_event.setdefault(m["event_id"], []).append(m)
    rows = []
    for eid, ms in sorted(by_event.items()):
        chosen, conflict = event_date(ms)
        first = chosen or ms[0]
        rows.append(
            (eid, ms[0]["type"], first["date_value"], first["date_end"],
             first["date_precision"] or "unknown", first["date_text"],
             year_of(first["date_value"]), first["summary"], len(ms),
             len({m["document_id"] for m in ms}), int(conflict), RESOLVER)
        )  # fmt: skip
    return rows


def _stored(store: Any) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in sql(store, _EVENTS).fetchall()]


def test_event_rows_are_what_their_mentions_say(
    store: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdossier.resolve import events as resolver

    assert _stored(store) == _from_mentions(store)
    # an event with mentions in two documents or more, an entity among the participants of
    # its first mention: that mention made an event of its own (another participant), the
    # others merged without it
    found = sql(
        store,
        "SELECT e.id, em.id, a.mention_id, a.entity_id FROM events e"
        " JOIN event_mentions em ON em.event_id = e.id"
        " JOIN event_arguments a ON a.event_mention_id = em.id"
        " WHERE e.document_count >= 2 AND e.type NOT IN ('other', 'state', 'founding',"
        " 'birth', 'death') AND a.role = 'participant' AND a.entity_id IS NOT NULL"
        " ORDER BY e.document_count DESC, e.id, em.document_id, em.start, em.id, a.mention_id",
    ).fetchall()
    assert found
    event, _, _, _ = found[0]
    ms = store.event_readings_of([event])
    first = ms[0]
    arg = next(r for r in found if r[1] == first["id"])
    mention, entity = arg[2], arg[3]
    with store.transaction():
        store.unmerge_events([event])
        sql(store, "UPDATE mentions SET entity_id = NULL WHERE id = ?", (mention,))
    sql(store, "DELETE FROM event_requeue")
    # participant "key:<name>" now: the first mention is an event of its own
    with store.transaction():
        resolver.resolve_events(store)
    alone = sql(store, "SELECT event_id FROM event_mentions WHERE id = ?", (first["id"],))
    alone_id = alone.fetchone()[0]
    assert sql(store, "SELECT count(*) FROM event_mentions WHERE event_id = ?", (alone_id,))
    rebuilt: list[int] = []
    real = store.event_readings_of

    def counted(ids: Any) -> Any:
        rebuilt.append(len(ids))
        return real(ids)

    monkeypatch.setattr(store, "event_readings_of", counted)
    # the entity back: the trigger queues the lone event, whose mention now meets the event
    # of the later mentions and sorts before them
    with store.transaction():
        sql(store, "UPDATE mentions SET entity_id = ? WHERE id = ?", (entity, mention))
    with store.transaction():
        resolver.resolve_events(store)
    joined = sql(store, "SELECT event_id FROM event_mentions WHERE id = ?", (first["id"],))
    assert joined.fetchone()[0] != alone_id
    assert rebuilt, "the requeued mention should have made its event's state again"
    monkeypatch.undo()
    assert _stored(store) == _from_mentions(store)
    # and a state lost (a store from before migration 0940) is made from the mentions
    sql(store, "DELETE FROM event_state")
    sql(store, "UPDATE event_mentions SET event_id = NULL WHERE id = ?", (ms[-1]["id"],))
    with store.transaction():
        resolver.resolve_events(store)
    assert _stored(store) == _from_mentions(store)
