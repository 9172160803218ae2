"""PostgreSQL's write path (issue 18): the same analysed batches written into SQLite and
into PostgreSQL leave the same rows in every table.

The batches are the bundled sample corpus, cleaned and analysed once in this process
(``process_records``, framing included), plus a refused record and a record whose
text PostgreSQL cannot hold.  Needs ``--pg`` (or ``NEWSDOSSIER_TEST_PG=1``).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

import pytest

from newsdossier.model import Rejection
from newsdossier.store.base import Processed
from newsdossier.store.sqlite import SQLiteStore

pytestmark = pytest.mark.pg

# columns whose value is the moment of writing, or the engine's insertion counter
# (compared separately, as an order)
_CLOCK_OR_ORDER = {"seen_at", "added_at", "applied_at", "seq_identity"}


@pytest.fixture(scope="module")
def processed(sample_corpus: Path) -> list[Processed]:
    from newsdossier.ingest import ReadOptions, read_paths
    from newsdossier.run.process import process_records
    from newsdossier.settings import Settings

    settings = Settings()
    items: list[Processed] = []
    raws = []
    for r in read_paths([str(sample_corpus)], ReadOptions()):
        if isinstance(r, Rejection):
            items.append(Processed(f"{r.source}#{r.record}", r.source, r.record, None, rejection=r))
        else:
            raws.append(r)
    items.extend(process_records(raws, settings).items)
    assert sum(p.document is not None for p in items) >= 10
    return items


def _identity_columns(store: Any) -> set[tuple[str, str]]:
    return {
        (t, c)
        for t, c in store.conn.execute(
            "SELECT table_name, column_name FROM information_schema.columns"
            " WHERE table_schema = current_schema() AND is_identity = 'YES'"
        )
    }


def _tables(pg: Any, lite: SQLiteStore) -> dict[str, tuple[list[Any], list[Any]]]:
    """Every table's rows on each engine (sorted; clock and identity columns left out)."""
    identity = _identity_columns(pg)
    out = {}
    tables = [
        r[0]
        for r in pg.conn.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name != '_migrations'"
        )
    ]
    for table in sorted(tables):
        # PostgreSQL's own kept copies (the event mentions' document columns, 1008:
        # test_event_mention_documents checks them against the documents) are no SQLite
        # column, which SQLite would read as a string literal of the name
        lite_cols = {r[1] for r in lite.conn.execute(f'PRAGMA table_info("{table}")')}
        cols = [
            r[0]
            for r in pg.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
                # (a generated column, PostgreSQL's search vector, is no row's content)
                " AND table_schema = current_schema() AND is_generated = 'NEVER'"
                " ORDER BY ordinal_position",
                (table,),
            )
            if r[0] not in _CLOCK_OR_ORDER and (table, r[0]) not in identity and r[0] in lite_cols
        ]
        quoted = ", ".join(f'"{c}"' for c in cols)
        got = sorted(pg.conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall(), key=repr)
        want = sorted(lite.conn.execute(f'SELECT {quoted} FROM "{table}"').fetchall(), key=repr)
        out[table] = ([tuple(r) for r in got], [tuple(r) for r in want])
    return out


def test_write_batch_leaves_the_rows_sqlite_does(
    processed: list[Processed], pg_url: str, tmp_path: Path
) -> None:
    from newsdossier.store.postgres import PostgresStore

    refused = Processed(
        "feed.jsonl#7", "feed.jsonl", "7", "h7",
        rejection=Rejection("feed.jsonl", "7", "E104", "no text after cleaning"),
    )  # fmt: skip
    half, rest = processed[: len(processed) // 2], processed[len(processed) // 2 :]
    with SQLiteStore(tmp_path / "lite.db") as lite, PostgresStore(pg_url) as pg:
        counts = {}
        for store in (lite, pg):
            first = store.write_batch([*half, refused])
            second = store.write_batch([*rest, *half[:3]])  # three written before: duplicates
            counts[type(store).__name__] = (dataclasses.astuple(first), dataclasses.astuple(second))
        assert counts["PostgresStore"] == counts["SQLiteStore"]
        (added, _, rejected), (_, duplicates, _) = counts["SQLiteStore"]
        assert added == sum(p.document is not None for p in half) and rejected >= 1
        assert duplicates >= 3
        assert lite.document_count() == pg.document_count() > 0
        tables = _tables(pg, lite)
        for table, (got, want) in tables.items():
            assert got == want, table
        for table in ("documents", "mentions", "sentences", "claims", "inputs", "framing_spans"):
            assert tables[table][0], f"{table}: no rows written"
        # insertion order: PostgreSQL's seq orders documents as SQLite's rowid does
        assert [r[0] for r in pg.conn.execute("SELECT id FROM documents ORDER BY seq")] == [
            r[0] for r in lite.conn.execute("SELECT id FROM documents ORDER BY rowid")
        ]
        assert pg.done_inputs([p.key for p in processed]) == lite.done_inputs(
            [p.key for p in processed]
        )
        # the claims watermark (claims.seq on PostgreSQL, rowid on SQLite) and the reads
        # of claims_repo.py agree on written (not copied) rows
        claims = list(lite.iter_claims())
        assert claims and list(pg.iter_claims()) == claims
        assert list(pg.iter_claims(claims[-5]["claim_rowid"])) == claims[-4:]
        assert list(pg.iter_framing_spans()) == list(lite.iter_framing_spans())
        assert pg.framing_documents() == lite.framing_documents()
        # every write batch is one commit on each engine
        assert pg.store_version() == lite.store_version() == 2


def test_a_document_postgresql_cannot_hold_is_refused_alone(
    processed: list[Processed], pg_url: str
) -> None:
    from newsdossier.store.postgres import PostgresStore

    docs = [p for p in processed if p.document is not None][:3]
    bad = docs[1]
    assert bad.document is not None
    nul = dataclasses.replace(
        bad, document=dataclasses.replace(bad.document, text=bad.document.text + "\x00")
    )
    with PostgresStore(pg_url) as pg:
        counts = pg.write_batch([docs[0], nul, docs[2]])
        assert (counts.added, counts.rejected) == (2, 1)
        assert pg.documents_exist([d.document.id for d in docs if d.document]) == {
            docs[0].document.id, docs[2].document.id,  # type: ignore[union-attr]
        }  # fmt: skip
        code, status, doc_id = pg.conn.execute(
            "SELECT code, status, document_id FROM inputs WHERE key = %s", (bad.key,)
        ).fetchone()
        assert (code, status, doc_id) == ("E313", "rejected", None)
        # nothing of the refused document's rows is left behind its savepoint
        assert pg.conn.execute(
            "SELECT count(*) FROM mentions WHERE document_id = %s", (bad.document.id,)
        ).fetchone() == (0,)
