"""Batched writes (issue 18, item 4): a batch written with one statement batch per table
leaves the rows, in the order, that writing its items one by one leaves, on both engines;
and documents absorbed in batches of any size, or all at once, export the same JSON.

The documents are the bundled sample corpus, analysed once in this process (framing
included), plus a refused record, a document repeated inside a batch and documents
written by an earlier batch.
"""

from __future__ import annotations

import dataclasses
import io
from pathlib import Path
from typing import Any

import pytest

from newsdossier.model import Rejection
from newsdossier.store.base import Processed
from newsdossier.store.engine import open_store

from ..pg import _new_database, sql

# columns whose value is the moment of writing
_CLOCK = {"seen_at", "added_at", "applied_at", "created_at"}


@pytest.fixture(scope="module")
def processed(sample_corpus: Path) -> list[Processed]:
    from newsdossier.ingest import ReadOptions, read_paths
    from newsdossier.run.process import process_records
    from newsdossier.settings import Settings

    raws = [
        r for r in read_paths([str(sample_corpus)], ReadOptions()) if not isinstance(r, Rejection)
    ]
    items = process_records(raws, Settings()).items
    assert sum(p.document is not None for p in items) >= 10
    return items


def _refused(n: int) -> Processed:
    return Processed(
        f"feed.jsonl#{n}", "feed.jsonl", str(n), f"h{n}",
        rejection=Rejection("feed.jsonl", str(n), "E104", "no text after cleaning"),
    )  # fmt: skip


def _again(item: Processed, key: str) -> Processed:
    """The same document read from another input."""
    return dataclasses.replace(item, key=key, content_hash=f"{key}-hash")


def _ordered_tables(store: Any) -> dict[str, list[tuple[Any, ...]]]:
    """Every table's rows in insertion order (SQLite's rowid, PostgreSQL's ``seq`` where a
    table has one, else sorted), clock columns and the identity counter left out."""
    if store.dialect.name == "sqlite":
        tables = [
            r[0]
            for r in sql(
                store,
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND sql NOT LIKE 'CREATE VIRTUAL%' AND name NOT LIKE '%fts%'"
                " AND name NOT LIKE 'sqlite_%'",
            )  # fmt: skip
        ]
    else:
        tables = [
            r[0]
            for r in sql(
                store,
                "SELECT table_name FROM information_schema.tables"
                " WHERE table_schema = current_schema()",
            )  # fmt: skip
        ]
    without_rowid = set()
    if store.dialect.name == "sqlite":
        without_rowid = {
            r[0]
            for r in sql(
                store,
                "SELECT name FROM sqlite_master WHERE type = 'table'"
                " AND upper(sql) LIKE '%WITHOUT ROWID%'",
            )  # fmt: skip
        }
    out = {}
    for table in sorted(tables):
        if table in ("_migrations", "store_version"):
            continue
        cols = [c for c in _columns(store, table) if c not in _CLOCK and c != "search_vector"]
        quoted = ", ".join(f'"{c}"' for c in cols if c != "seq")
        if store.dialect.name == "sqlite" and table not in without_rowid:
            rows = sql(store, f'SELECT {quoted} FROM "{table}" ORDER BY rowid').fetchall()
        elif "seq" in cols:
            rows = sql(store, f'SELECT {quoted} FROM "{table}" ORDER BY seq').fetchall()
        else:
            rows = sorted(sql(store, f'SELECT {quoted} FROM "{table}"').fetchall(), key=repr)
        out[table] = [tuple(r) for r in rows]
    return out


def _columns(store: Any, table: str) -> list[str]:
    if store.dialect.name == "sqlite":
        return [r[1] for r in sql(store, f'PRAGMA table_info("{table}")')]
    return [
        r[0]
        for r in sql(
            store,
            "SELECT column_name FROM information_schema.columns"
            " WHERE table_name = ? AND table_schema = current_schema()"
            " AND is_generated = 'NEVER' ORDER BY ordinal_position",
            (table,),
        )  # fmt: skip
    ]


def test_a_batch_leaves_the_rows_and_order_of_its_items_written_one_by_one(
    processed: list[Processed], db_url: str, request: pytest.FixtureRequest
) -> None:
    docs = [p for p in processed if p.document is not None]
    first = [*docs[:4], _refused(1)]
    # a refused record between documents, a document repeated inside the batch from
    # another input, documents the first batch wrote, an input read again
    second = [*docs[4:7], _refused(2), _again(docs[5], "again#1"), *docs[7:], docs[1],
              _again(docs[2], "again#2"), _refused(1)]  # fmt: skip
    if db_url.startswith("postgresql"):  # a second database of the same cluster
        other = _new_database(request.getfixturevalue("pg_cluster"))
    else:
        other = db_url + "-each.db"
    counts = {}
    tables = {}
    for way, url in (("batched", db_url), ("each", other)):
        with open_store(url) as store:
            if way == "each":
                # the fallback alone: every item in its own savepoint, one statement each
                store._write_all = _refuse  # type: ignore[method-assign]
            else:  # and the batched way never falls back here
                store._write_each = _refuse  # type: ignore[method-assign]
            counts[way] = [dataclasses.astuple(store.write_batch(b)) for b in (first, second)]
            tables[way] = _ordered_tables(store)
    assert counts["batched"] == counts["each"]
    ids = {d.document.id for d in docs[:4]}  # type: ignore[union-attr]
    new = len({d.document.id for d in second if d.document} - ids)  # type: ignore[union-attr]
    # added, duplicates, rejected
    assert counts["batched"][1] == (new, len(second) - 2 - new, 2)
    for table in tables["each"]:
        assert tables["batched"][table] == tables["each"][table], table
    for table in ("documents", "mentions", "claims", "inputs", "document_sources", "sentences"):
        assert tables["each"][table], f"{table}: no rows"


def _refuse(*args: Any) -> Any:
    raise ValueError("the other way, refused for the test")


def _absorb(url: str, items: list[Processed], size: int) -> str:
    """``items`` through the building process's path (``_Builder.write``: writes, and the
    resolver passes where the schedule puts them) in batches of ``size``; the export."""
    from newsdossier.export.json import write_json
    from newsdossier.run.local import _Builder
    from newsdossier.run.process import BatchResult
    from newsdossier.settings import Settings

    settings = Settings(resolve_every_docs=3, write_batch_docs=size, framing_enabled=False)
    with open_store(url) as store:
        builder = _Builder(store, settings, None)
        for at in range(0, len(items), size):
            builder.write([], BatchResult(items[at : at + size]), 0)
        report = builder.finish(0.0)
        assert report.fixed_point == "reached"
        out = io.StringIO()
        write_json(store, out)
    return out.getvalue()


def test_documents_absorbed_in_batches_of_any_size_export_the_same(
    processed: list[Processed], db_url: str, request: pytest.FixtureRequest
) -> None:
    docs = [p for p in processed if p.document is not None]
    items = [*docs, _again(docs[3], "again#1"), _refused(1), *docs[:2]]
    exports = {}
    for size in (len(items), 1, 4, 7):
        if db_url.startswith("postgresql"):
            url = _new_database(request.getfixturevalue("pg_cluster"))
        else:
            url = f"{db_url}-{size}.db"
        exports[size] = _absorb(url, items, size)
    assert '"entities": [\n  {' in exports[1]  # resolved, not empty
    for size, got in exports.items():
        assert got == exports[len(items)], size
