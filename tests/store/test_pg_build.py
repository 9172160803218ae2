"""A whole build into PostgreSQL exports what the same build into SQLite exports (issue 18).

``newsdossier build ... --db postgresql://...`` runs the bundled sample corpus (every
input format, judgement-free, framing on) into a new database of the scratch cluster;
its JSON export must equal, byte for byte, the export of the session's SQLite build of
the same inputs: the same ids, counts and values, in the same order.  The CSV tables
must hold the same rows (the section files in the same order).  A second build adds nothing.
Needs ``--pg`` (or ``NEWSDOSSIER_TEST_PG=1``).
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from newsdossier.cli import run
from newsdossier.export.csv import write_csv
from newsdossier.export.json import write_json
from newsdossier.store.compare import VOLATILE_COLUMNS
from newsdossier.store.engine import open_store
from newsdossier.store.sqlite import SQLiteStore

pytestmark = pytest.mark.pg


def _json(url: str) -> str:
    out = io.StringIO()
    with open_store(url, readonly=True) as store:
        write_json(store, out)
    return out.getvalue()


def _csv(url: str, folder: Path) -> dict[str, str]:
    with open_store(url, readonly=True) as store, store.snapshot():
        write_csv(store, folder)
    return {
        str(p.relative_to(folder)): p.read_text(encoding="utf-8")
        for p in sorted(folder.rglob("*"))
        if p.is_file()
    }


def _rows(text: str) -> tuple[list[str], list[list[str]]]:
    """A CSV table's header and its rows, sorted, without the columns that say when a
    row was written (``compare.VOLATILE_COLUMNS``)."""
    head, *rows = csv.reader(io.StringIO(text))
    keep = [i for i, col in enumerate(head) if col not in VOLATILE_COLUMNS]
    return [head[i] for i in keep], sorted([r[i] for i in keep] for r in rows)


def test_a_build_into_postgresql_exports_what_sqlite_does(
    pg_url: str, sample_db: Path, sample_corpus: Path, tmp_path: Path
) -> None:
    rc = run(["build", str(sample_corpus), "--db", pg_url, "--quiet", "--workers", "1"])
    assert rc == 0

    with open_store(pg_url, readonly=True) as pg:
        assert type(pg).__name__ == "PostgresStore"
        with SQLiteStore(sample_db, readonly=True) as lite:
            assert pg.stats() == lite.stats()
            assert pg.stats()["entities"] > 20 and pg.stats()["documents"] >= 10

    want = _json(str(sample_db))
    got = _json(pg_url)
    assert got == want  # the same ids, counts and values, in the same order
    assert '"claims"' in got and '"relations"' in got

    # the section files alike, in order; the raw tables (tables/*.csv) hold the same rows
    # but the clock's, in each engine's storage order (an updated row moves in
    # PostgreSQL's heap)
    pg_csv, lite_csv = _csv(pg_url, tmp_path / "pg"), _csv(str(sample_db), tmp_path / "lite")
    assert pg_csv.keys() == lite_csv.keys()
    for name, text in lite_csv.items():
        if name.startswith("tables/"):
            assert _rows(pg_csv[name]) == _rows(text), name
        else:
            assert pg_csv[name] == text, name

    # a rerun finds every input done and changes nothing
    assert run(["build", str(sample_corpus), "--db", pg_url, "--quiet", "--workers", "1"]) == 0
    assert _json(pg_url) == want


def test_a_postgresql_url_opens_a_postgresql_store_and_others_are_refused(
    pg_url: str, tmp_path: Path
) -> None:
    from newsdossier.errors import StoreError

    with open_store(pg_url) as store:
        assert type(store).__name__ == "PostgresStore"
        assert store.document_count() == 0
        assert "@" in store.location and "postgresql://" in store.location
    with pytest.raises(StoreError) as err:
        open_store("mysql://user@127.0.0.1/db")
    assert err.value.code == "E306"


def test_a_database_that_sorts_by_locale_is_refused(pg_cluster: object) -> None:
    """A database whose collation ignores case and punctuation would order and look up
    names otherwise than SQLite does: E308 says how to create one that does not."""
    import uuid

    import psycopg

    from newsdossier.errors import StoreError

    admin = pg_cluster.url()  # type: ignore[attr-defined]
    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(admin, autocommit=True) as conn:
        libc = conn.execute(
            "SELECT collname FROM pg_collation WHERE collprovider = 'c' AND collname ~ '^en_US'"
            " ORDER BY collname LIMIT 1"
        ).fetchone()
        icu = conn.execute(
            "SELECT 1 FROM pg_collation WHERE collprovider = 'i' AND collname = 'en-x-icu'"
        ).fetchone()
        if libc is not None:
            locale = f"LC_COLLATE '{libc[0]}' LC_CTYPE '{libc[0]}'"
        elif icu is not None:  # (PostgreSQL 15+: the database's own ICU collation)
            locale = "LOCALE_PROVIDER icu ICU_LOCALE 'en' LOCALE 'C.UTF-8'"
        else:
            pytest.skip("the server has neither an en_US locale nor ICU to make such a database")
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8' {locale}")
    try:
        with pytest.raises(StoreError) as err:
            open_store(pg_cluster.url(name))  # type: ignore[attr-defined]
        assert err.value.code == "E308"
        assert "LC_COLLATE 'C'" in str(err.value)
    finally:
        with psycopg.connect(admin, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
