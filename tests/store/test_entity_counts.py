"""The per-entity counts kept at write (migration 0970, issue 18: an entity's documents by
outlet and month, the framing aimed at it by outlet and technique) stay what counting
from the tables says, on both engines, whatever changes the links: the build, a merge of
two entities, a fragment unlinked, several mentions of one document linked by one
statement, mentions inserted linked and deleted (recall), a framing span written after
its mention was linked, a reset."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)

# what the kept rows must equal, counted from the tables
_PERIODS = (
    "SELECT x.entity_id, coalesce(d.outlet, ''), coalesce(substr(d.published, 1, 7), ''),"
    " count(*) FROM (SELECT DISTINCT entity_id, document_id FROM mentions"
    " WHERE entity_id IS NOT NULL) x JOIN documents d ON d.id = x.document_id"
    " GROUP BY 1, 2, 3"
)
_FRAMING = (
    "SELECT m.entity_id, coalesce(d.outlet, ''), f.technique, count(*) FROM framing_spans f"
    " JOIN mentions m ON m.id = f.target_mention JOIN documents d ON d.id = f.document_id"
    " WHERE m.entity_id IS NOT NULL GROUP BY 1, 2, 3"
)


def _rows(store: Any, query: str) -> set[tuple[Any, ...]]:
    return {tuple(r) for r in sql(store, query).fetchall()}


def _check(store: Any) -> tuple[int, int]:
    """Assert the kept counts equal the counted ones (no row left at 0); return how many
    rows each table holds."""
    periods = _rows(store, "SELECT entity_id, outlet, period, documents FROM entity_outlet_periods")
    assert periods == _rows(store, _PERIODS)
    framing = _rows(store, "SELECT entity_id, outlet, technique, spans FROM entity_framing_counts")
    assert framing == _rows(store, _FRAMING)
    return len(periods), len(framing)


@pytest.fixture
def store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the built sample store, on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    yield s
    s.close()


def test_counts_follow_every_change_of_links(store: Any) -> None:
    n_periods, n_framing = _check(store)  # as the build (or the copy) left them
    assert n_periods and n_framing
    # a merge moves every mention of one entity to another (many documents hold both)
    a, b = (
        r[0]
        for r in sql(
            store,
            "SELECT entity_id FROM entity_framing_counts GROUP BY entity_id"
            " ORDER BY sum(spans) DESC, entity_id LIMIT 2",
        ).fetchall()
    )
    key = sql(store, "SELECT key FROM entity_names WHERE entity_id = ? LIMIT 1", (b,)).fetchone()
    with store.transaction():
        store.merge_names(a, b, root=key[0], how="spelling", via=None, link=None)
    _check(store)
    assert not sql(
        store, "SELECT 1 FROM entity_outlet_periods WHERE entity_id = ?", (b,)
    ).fetchall()
    # a mention unlinked as a fragment
    doc, s, e = sql(
        store,
        'SELECT document_id, start, "end" FROM mentions WHERE entity_id IS NOT NULL'
        " ORDER BY id LIMIT 1",
    ).fetchone()
    with store.transaction():
        store.unlink_fragment(doc, s, e)
    _check(store)
    # every mention of one document unlinked, then linked to one entity by one statement
    # (PostgreSQL's row triggers must see the rows the statement already changed)
    doc = sql(
        store,
        "SELECT document_id FROM mentions WHERE entity_id IS NOT NULL GROUP BY document_id"
        " HAVING count(DISTINCT entity_id) > 1 ORDER BY count(*) DESC, document_id LIMIT 1",
    ).fetchone()[0]
    with store.transaction():
        sql(store, "UPDATE mentions SET entity_id = NULL WHERE document_id = ?", (doc,))
    _check(store)
    with store.transaction():
        sql(store, "UPDATE mentions SET entity_id = ? WHERE document_id = ?", (a, doc))
    _check(store)
    # every decision forgotten: no entity keeps a count
    with store.transaction():
        store.reset_entity_resolution()
    assert _check(store) == (0, 0)


def test_rows_written_after_the_links_are_counted(store: Any) -> None:
    """A mention inserted already linked and then deleted (recall's rows), a framing span
    aimed at a linked mention written after it (a re-run, a copy)."""
    m = sql(
        store,
        'SELECT id, document_id, start, "end", text, entity_id FROM mentions'
        " WHERE entity_id IS NOT NULL ORDER BY id LIMIT 1",
    ).fetchone()
    other = sql(
        store,
        "SELECT id FROM documents WHERE id NOT IN (SELECT document_id FROM mentions"
        " WHERE entity_id = ?) ORDER BY id LIMIT 1",
        (m[5],),
    ).fetchone()[0]
    with store.transaction():
        sql(
            store,
            'INSERT INTO mentions(id, document_id, start, "end", text, label, type, key,'
            " analyzer, version, entity_id) SELECT 'test-mention', ?, 0, 3, text, label, type,"
            " key, 'newsdossier.recall.v1', '1', entity_id FROM mentions WHERE id = ?",
            (other, m[0]),
        )
        sql(
            store,
            'INSERT INTO framing_spans(id, document_id, start, "end", technique, score,'
            " target_mention, target_start, target_end, model, analyzer, version) VALUES"
            " ('test-span', ?, 0, 3, 'Loaded_Language', 0.9, 'test-mention', 0, 3, 'test',"
            " 'test', '1')",
            (other,),
        )
    _check(store)
    assert sql(
        store,
        "SELECT spans FROM entity_framing_counts WHERE entity_id = ?"
        " AND technique = 'Loaded_Language'",
        (m[5],),
    ).fetchall()
    with store.transaction():
        sql(store, "DELETE FROM framing_spans WHERE id = 'test-span'")
    _check(store)
    with store.transaction():
        sql(store, "DELETE FROM mentions WHERE id = 'test-mention'")
    _check(store)
