"""A (subject, attribute) key's claims read through ``subject_entity`` and
``subject_entity_max`` (migration 0997, issue 18 item 4): ``claim_ids_in_key`` gives the
claims whose subject span holds a mention of the entity, in ``claims_about`` order, as the
walk of the entity's mentions it replaced did, on both engines, after a build and after
random changes of the mentions, spans linked to two entities included (a second mention
at a claim's subject span, linked elsewhere)."""

from __future__ import annotations

import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier.store.rows import CLAIM_COLUMNS
from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)

# the query claim_ids_in_key ran before 0997: every mention of the entity walked
_WALK = (
    "SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id WHERE c.id IN"
    " (SELECT c2.id FROM mentions s JOIN claims c2 ON c2.document_id = s.document_id"
    ' AND c2.subject_start = s.start WHERE s.entity_id = ? AND c2.subject_end = s."end")'
    " AND c.attribute = ? ORDER BY d.published IS NOT NULL, d.published, {order}"
)
# the claims an entity page lists, by the walk of the entity's mentions
_ABOUT = (
    "SELECT DISTINCT c.id, c.document_id, c.subject_start, c.start FROM mentions s"
    " JOIN claims c ON c.document_id = s.document_id AND c.subject_start = s.start"
    ' AND c.subject_end = s."end" WHERE s.entity_id = ?'
    " ORDER BY c.document_id, c.subject_start, c.start, c.id"
)
# the span's entities as the triggers must keep them
_SPANS = (
    "SELECT c.id, c.subject_entity, c.subject_entity_max,"
    " (SELECT min(m.entity_id) FROM mentions m WHERE m.document_id = c.document_id"
    '   AND m.start = c.subject_start AND m."end" = c.subject_end),'
    " (SELECT max(m.entity_id) FROM mentions m WHERE m.document_id = c.document_id"
    '   AND m.start = c.subject_start AND m."end" = c.subject_end)'
    " FROM claims c WHERE c.subject_start >= 0"
)


@pytest.fixture
def store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the built sample store, on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    yield s
    s.close()


def _keys(store: Any) -> list[tuple[str, str]]:
    """Every (entity, attribute) that some claim's subject span gives."""
    return [
        (r[0], r[1])
        for r in sql(
            store,
            "SELECT DISTINCT s.entity_id, c.attribute FROM claims c JOIN mentions s"
            " ON s.document_id = c.document_id AND s.start = c.subject_start"
            ' AND s."end" = c.subject_end WHERE s.entity_id IS NOT NULL'
            " AND c.attribute IS NOT NULL ORDER BY 1, 2",
        ).fetchall()
    ]


def _check(store: Any) -> int:
    """The kept span entities equal the mentions'; every key's claims equal the walk's,
    whole and cut; return how many claims have a span of two or more entities."""
    shared = 0
    for cid, lo, hi, lo_joined, hi_joined in sql(store, _SPANS).fetchall():
        assert (lo, hi) == (lo_joined, hi_joined), cid
        shared += lo is not None and lo != hi
    walk = _WALK.format(order=store.dialect.row_order_of("c"))
    keys = _keys(store)
    assert keys
    for entity, attribute in keys:
        want = [r[0] for r in sql(store, walk, (entity, attribute)).fetchall()]
        assert want
        assert store.claim_ids_in_key(entity, attribute) == want, (entity, attribute)
        assert store.claim_ids_in_key(entity, attribute, 1) == want[:1]
    # an entity page's claims: every claim whose subject span holds one of its mentions,
    # the larger entity of a shared span included
    for entity in sorted({e for e, _ in keys}):
        about = [r[0] for r in sql(store, _ABOUT, (entity,)).fetchall()]
        assert store.claim_ids_about(entity, 10_000) == about, entity
        assert store.claim_ids_about(entity, 2) == about[:2], entity
    return shared


def test_the_build_keeps_the_keys(store: Any) -> None:
    _check(store)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_keys_follow_random_changes(store: Any, seed: int) -> None:
    rng = random.Random(seed)
    entities = sorted({e for e, _ in _keys(store)})
    # the mentions at claims' subject spans: the ones whose changes move claims between keys
    at_spans = [
        r[0]
        for r in sql(
            store,
            "SELECT DISTINCT s.id FROM claims c JOIN mentions s ON s.document_id = c.document_id"
            ' AND s.start = c.subject_start AND s."end" = c.subject_end ORDER BY 1',
        ).fetchall()
    ]
    assert at_spans
    shared_seen = 0
    inserted = 0
    for step in range(30):
        op = rng.choice(["link", "unlink", "second", "second", "delete", "doc"])
        mid = rng.choice(at_spans)
        with store.transaction():
            if op == "link":
                sql(store, "UPDATE mentions SET entity_id = ? WHERE id = ?",
                    (rng.choice(entities), mid))  # fmt: skip
            elif op == "unlink":
                sql(store, "UPDATE mentions SET entity_id = NULL WHERE id = ?", (mid,))
            elif op == "second":  # another mention at the same span, linked elsewhere
                inserted += 1
                new_id = f"test-mention-{seed}-{inserted}"
                sql(
                    store,
                    'INSERT INTO mentions(id, document_id, start, "end", text, label, type,'
                    " key, analyzer, version, entity_id, kind) SELECT ?, document_id, start,"
                    ' "end", text, ?, type, key, analyzer, version, ?, kind FROM mentions'
                    " WHERE id = ?",
                    (new_id, f"X{inserted}", rng.choice(entities), mid),
                )  # fmt: skip
                at_spans.append(new_id)
            elif op == "delete":
                sql(store, "DELETE FROM mentions WHERE id = ?", (mid,))
                at_spans.remove(mid)
            else:  # every mention of one document moved by one statement
                doc = sql(store, "SELECT document_id FROM mentions WHERE id = ?", (mid,))
                sql(store, "UPDATE mentions SET entity_id = ? WHERE document_id = ?",
                    (rng.choice(entities), doc.fetchone()[0]))  # fmt: skip
        if step % 6 == 5:
            shared_seen += _check(store)
    shared_seen += _check(store)
    assert shared_seen  # the second branch (spans of two entities) was exercised


def test_a_claim_written_after_its_span_was_linked(store: Any) -> None:
    """A claim inserted at a span already linked to two entities takes both (the insert
    trigger), and is in both keys."""
    row = sql(
        store,
        "SELECT c.document_id, c.subject_start, c.subject_end, c.attribute, c.subject_entity"
        " FROM claims c WHERE c.subject_entity IS NOT NULL AND c.attribute IS NOT NULL"
        " ORDER BY c.id LIMIT 1",
    ).fetchone()
    doc, start, end, attribute, first = row
    other = sql(
        store, "SELECT id FROM entities WHERE id > ? ORDER BY id LIMIT 1", (first,)
    ).fetchone()[0]
    with store.transaction():
        sql(
            store,
            'INSERT INTO mentions(id, document_id, start, "end", text, label, type, key,'
            " analyzer, version, entity_id, kind) SELECT 'test-second', document_id, start,"
            " \"end\", text, 'X', type, key, analyzer, version, ?, kind FROM mentions"
            ' WHERE document_id = ? AND start = ? AND "end" = ? LIMIT 1',
            (other, doc, start, end),
        )
        cols = ", ".join(f'"{c}"' for c in CLAIM_COLUMNS)
        rest = ", ".join(f'"{c}"' for c in CLAIM_COLUMNS if c != "id")
        sql(
            store,
            f"INSERT INTO claims({cols}) SELECT 'test-claim', {rest} FROM claims"
            " WHERE document_id = ? AND subject_start = ? AND subject_end = ?"
            " AND attribute = ? LIMIT 1",
            (doc, start, end, attribute),
        )
    got = sql(
        store, "SELECT subject_entity, subject_entity_max FROM claims WHERE id = 'test-claim'"
    ).fetchone()
    assert tuple(got) == (first, other)
    assert "test-claim" in store.claim_ids_in_key(first, attribute)
    assert "test-claim" in store.claim_ids_in_key(other, attribute)
    _check(store)


# -- migration 0998: an entity's mention indexes hold linked mentions only ----------------

_BY_ENTITY = {
    "mentions_entity_doc": "SELECT document_id, start, id FROM mentions WHERE entity_id = ?"
    " ORDER BY document_id, start",
    "mentions_entity_text": "SELECT text, count(*) FROM mentions WHERE entity_id = ? GROUP BY text",
}


def _plan(store: Any, query: str, params: tuple[Any, ...]) -> str:
    if store.dialect.name == "postgresql":
        sql(store, "SET enable_seqscan = off")
        sql(store, "SET enable_bitmapscan = off")
        return "\n".join(r[0] for r in sql(store, "EXPLAIN " + query, params).fetchall())
    return "\n".join(str(r) for r in sql(store, "EXPLAIN QUERY PLAN " + query, params))


def test_entity_reads_use_the_linked_only_indexes(store: Any) -> None:
    """An entity's reads (entity_id = ?) imply entity_id IS NOT NULL: both engines read them
    through the partial indexes, and get every linked mention of the entity."""
    entity, n = sql(
        store,
        "SELECT entity_id, count(*) FROM mentions WHERE entity_id IS NOT NULL"
        " GROUP BY entity_id ORDER BY 2 DESC, 1 LIMIT 1",
    ).fetchone()
    for query in _BY_ENTITY.values():
        plan = _plan(store, query, (entity,))
        # (either partial index serves an equality on the entity; PostgreSQL, without
        # statistics on the copy, may take the other one)
        assert "mentions_entity_doc" in plan or "mentions_entity_text" in plan, plan
        assert "Seq Scan" not in plan and "SCAN mentions" not in plan, plan
    rows = sql(store, _BY_ENTITY["mentions_entity_doc"], (entity,)).fetchall()
    assert len(rows) == n
    # the index holds the linked mentions, all of them (SQLite: its entries counted)
    if store.dialect.name == "sqlite":
        linked = sql(store, "SELECT count(*) FROM mentions WHERE entity_id IS NOT NULL")
        indexed = sql(
            store, "SELECT count(*) FROM mentions INDEXED BY mentions_entity_doc"
            " WHERE entity_id IS NOT NULL"
        ).fetchone()  # fmt: skip
        assert indexed[0] == linked.fetchone()[0]


# -- an entity page's claims: the shared spans read from their partial index ----------------


def _statements_of(store: Any, call: Any) -> list[tuple[str, tuple[Any, ...]]]:
    """The statements (as written, with ``?``) and parameters ``call()`` runs."""
    seen: list[tuple[str, tuple[Any, ...]]] = []
    run = store._x

    def record(query: str, params: Any = ()) -> Any:
        seen.append((query, tuple(params)))
        return run(query, params)

    store._x = record
    try:
        call()
    finally:
        del store._x
    return seen


def test_claim_ids_about_reads_the_shared_spans_by_their_index(store: Any) -> None:
    """The shared spans' read takes them from ``claims_subject_shared`` and probes the
    entity's mentions per span: no walk of ``claims_subject`` (every claim) in the order
    of the limit, and on PostgreSQL no hash of the entity's mentions."""
    entity = sql(
        store, "SELECT subject_entity FROM claims WHERE subject_entity IS NOT NULL"
        " GROUP BY subject_entity ORDER BY count(*) DESC, 1 LIMIT 1"
    ).fetchone()[0]  # fmt: skip
    statements = _statements_of(store, lambda: store.claim_ids_about(entity, 201))
    shared = [(q, p) for q, p in statements if "subject_entity_max" in q]
    assert len(shared) == 1
    plan = _plan(store, *shared[0])
    assert "claims_subject_shared" in plan, plan
    assert "claims_subject " not in plan and "claims_subject)" not in plan, plan
    # (PostgreSQL, without statistics on the copy, may probe either partial index)
    assert "mentions_entity_doc" in plan or "mentions_entity_text" in plan, plan
    assert "Hash" not in plan, plan


@pytest.mark.pg
def test_pg_read_sessions_compile_no_plan(pg_url: str) -> None:
    """A read-only PostgreSQL session (the web pool's) runs without JIT: the claims read
    above is estimated at a third of every claim (a comparison of two columns), near
    ``jit_above_cost`` at 100k documents (past it under the server's defaults: 50-130 ms
    of compilation to read nothing).  A writing session keeps the server's setting."""
    from tests.pg import open_engine_store

    writer = open_engine_store(pg_url)  # (first: opening for writing migrates)
    reader = open_engine_store(pg_url, readonly=True)
    try:
        assert sql(reader, "SHOW jit").fetchone()[0] == "off"
        assert sql(reader, "SHOW random_page_cost").fetchone()[0] == "1.1"
        kept = "SELECT setting = reset_val FROM pg_settings WHERE name = 'jit'"
        assert sql(writer, kept).fetchone()[0] is True
    finally:
        reader.close()
        writer.close()
