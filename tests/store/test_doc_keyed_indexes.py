"""Migration 1000 (issue 18 item 4): ``documents_outlet_published`` and ``claims_document``
are gone, and every read that used them still reads an index, on both engines: an
outlet's reads through ``documents_outlet_recent``, one document's claims through an
index whose key starts with the document (``claims_subject`` or ``claims_source``), in
the order they gave before (text order, then insertion order)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.pg import sample_store_copy, sql

pytestmark = pytest.mark.issue(18)

_GONE = ("documents_outlet_published", "claims_document")

# the reads of store/reads.py and store/claims_repo.py that used the two indexes, by the
# index that serves them now ({m}: one placeholder mark)
_OUTLET_READS = (
    "SELECT outlet, count(*) AS documents, min(published) AS first, max(published) AS last"
    " FROM documents WHERE outlet IS NOT NULL GROUP BY outlet ORDER BY outlet",
    "SELECT count(*), min(published), max(published), sum(length(text)) FROM documents"
    " WHERE outlet IN ({m})",
    "SELECT id FROM documents WHERE outlet IN ({m})",
    "SELECT id, published FROM documents WHERE outlet = {m} ORDER BY published DESC LIMIT 5",
)
_CLAIM_READS = (
    "SELECT c.id FROM claims c JOIN documents d ON d.id = c.document_id"
    " WHERE c.document_id = {m} ORDER BY c.start",
    "SELECT id FROM contradictions WHERE kind IN ('denial', 'disputed_quote') AND claim_a IN"
    " (SELECT id FROM claims WHERE document_id = {m})",
)


@pytest.fixture
def store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the built sample store, on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    yield s
    s.close()


def _plan(store: Any, query: str, params: tuple[Any, ...]) -> str:
    """The plan as text; PostgreSQL told to avoid sequential and bitmap scans, as a large
    store's statistics would (the copy has none)."""
    query = query.format(m=store.dialect.marks(1))
    if store.dialect.name == "postgresql":
        sql(store, "SET enable_seqscan = off")
        sql(store, "SET enable_bitmapscan = off")
        return "\n".join(r[0] for r in sql(store, "EXPLAIN " + query, params).fetchall())
    return "\n".join(str(r) for r in sql(store, "EXPLAIN QUERY PLAN " + query, params))


def _indexes(store: Any) -> set[str]:
    if store.dialect.name == "postgresql":
        q = "SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()"
    else:
        q = "SELECT name FROM sqlite_master WHERE type = 'index'"
    return {r[0] for r in sql(store, q).fetchall()}


def test_the_two_indexes_are_gone_and_their_replacements_stay(store: Any) -> None:
    names = _indexes(store)
    assert not names & set(_GONE)
    assert {"documents_outlet_recent", "claims_subject", "claims_source"} <= names


def test_an_outlets_reads_use_the_recent_index(store: Any) -> None:
    outlet = sql(store, "SELECT max(outlet) FROM documents").fetchone()[0]
    assert outlet
    for query in _OUTLET_READS:
        params = (outlet,) if "{m}" in query else ()
        plan = _plan(store, query, params)
        assert "documents_outlet_recent" in plan, plan
        assert "Seq Scan" not in plan, plan


def test_a_documents_claims_are_read_by_the_document(store: Any) -> None:
    doc = sql(
        store, "SELECT document_id FROM claims GROUP BY document_id ORDER BY count(*) DESC"
        " LIMIT 1"
    ).fetchone()[0]  # fmt: skip
    for query in _CLAIM_READS:
        plan = _plan(store, query, (doc,))
        assert "claims_subject" in plan or "claims_source" in plan, plan
        assert "Seq Scan on claims" not in plan and "SCAN claims" not in plan, plan
        assert "'SCAN c'" not in plan, plan  # SQLite's plan rows are tuples


def test_claims_of_document_keep_text_then_insertion_order(store: Any) -> None:
    doc = sql(
        store, "SELECT document_id FROM claims GROUP BY document_id ORDER BY count(*) DESC"
        " LIMIT 1"
    ).fetchone()[0]  # fmt: skip
    got = [c["id"] for c in store.claims_of_document(doc)]
    order = store.dialect.row_order_of("c")
    rows = sql(
        store,
        f"SELECT c.id, c.start, {order} FROM claims c WHERE c.document_id = {store.dialect.marks(1)}",
        (doc,),
    ).fetchall()
    want = [r[0] for r in sorted(rows, key=lambda r: (r[1], r[2]))]
    assert len(got) > 1 and got == want
