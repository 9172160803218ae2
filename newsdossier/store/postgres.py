"""PostgreSQL behind the store's protocols (issue 18): the first part, what has moved.

:class:`PostgresStore` runs the engine-neutral queries of ``reads.py`` and
``names_repo.py`` (documents, entities, the web pages' and exports' reads, the
name index, name statements, outlets, judgements) on psycopg 3, over the schema
of ``schema_pg/``.  Not yet here, so ``open_store`` still answers ``E306`` for a
``postgresql://`` URL: the write path (``write_batch``, COPY), full-text
search, the claim/event/reuse/framing/table reads that are still
``SQLiteStore``'s own methods, and ``resolve/entities.py``'s SQL.  Until then
:func:`copy_tables` fills a PostgreSQL store from an SQLite one, which is how the
tests check that both engines answer the moved queries alike.

Connections run in autocommit mode, like the SQLite store's (``isolation_level
None``): :meth:`PostgresStore.transaction` opens ``BEGIN`` ... ``COMMIT`` (a
savepoint inside an open one), :meth:`PostgresStore.snapshot` a ``REPEATABLE
READ`` read-only transaction: one consistent view while a build commits.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import StoreError
from .dialect import POSTGRESQL, Dialect
from .names_repo import NameQueries
from .reads import ReadQueries

if TYPE_CHECKING:
    import psycopg

    from .protocols import (
        Deadline,
        DocumentReads,
        EntityReads,
        JudgementRepository,
        Lifecycle,
        NameStatementReads,
        OutletRepository,
    )
    from .sqlite import SQLiteStore

__all__ = ["PG_MIGRATIONS", "PostgresStore", "copy_tables"]


def _load() -> tuple[tuple[str, str], ...]:
    folder = resources.files("newsdossier.store") / "schema_pg"
    files = sorted(f.name for f in folder.iterdir() if f.name.endswith(".sql"))
    return tuple((name[:-4], (folder / name).read_text(encoding="utf-8")) for name in files)


PG_MIGRATIONS: tuple[tuple[str, str], ...] = _load()


def _redacted(url: str) -> str:
    """``url`` without its password (for messages and cache keys)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    host = parts.hostname or ""
    netloc = f"{parts.username}@{host}" + (f":{parts.port}" if parts.port else "")
    return urlunsplit(parts._replace(netloc=netloc))


class PostgresStore(ReadQueries, NameQueries):
    """A corpus store in one PostgreSQL database (see the module docstring for what is here)."""

    dialect: Dialect = POSTGRESQL

    def __init__(self, url: str, *, readonly: bool = False) -> None:
        import psycopg

        self.url = url
        self.readonly = readonly
        try:
            self.conn: psycopg.Connection[Any] = psycopg.connect(url, autocommit=True)
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot connect to {_redacted(url)}: {str(exc).strip()}", code="E307"
            ) from None
        try:
            if readonly:
                self.conn.execute("SET default_transaction_read_only = on")
            self._migrate()
        except BaseException:
            self.conn.close()
            raise
        self._depth = 0

    def _migrate(self) -> None:
        c = self.conn
        c.execute("CREATE TABLE IF NOT EXISTS _migrations (name text PRIMARY KEY, applied_at text)")
        applied = {r[0] for r in c.execute("SELECT name FROM _migrations")}
        unknown = applied - {name for name, _ in PG_MIGRATIONS}
        if unknown:
            raise StoreError(
                f"the database has migrations this newsdossier does not know"
                f" ({', '.join(sorted(unknown))}); upgrade newsdossier",
                code="E305",
            )
        todo = [(n, s) for n, s in PG_MIGRATIONS if n not in applied]
        if todo and self.readonly:
            raise StoreError(
                f"{_redacted(self.url)} is not a newsdossier database at this version; open it"
                " once for writing (a build) to migrate it",
                code="E303",
            )
        for name, script in todo:
            with c.transaction():
                c.execute(script.encode("utf-8"))  # several statements: simple query protocol
                c.execute(
                    "INSERT INTO _migrations VALUES (%s, to_char(now() AT TIME ZONE 'UTC',"
                    ' \'YYYY-MM-DD"T"HH24:MI:SS"Z"\'))',
                    (name,),
                )

    # ------------------------------------------------------------ lifecycle
    @property
    def location(self) -> str:
        return _redacted(self.url)

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> PostgresStore:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def store_version(self) -> int:
        row = self.conn.execute("SELECT n FROM store_version").fetchone()
        return int(row[0]) if row else 0

    @contextmanager
    def transaction(self) -> Iterator[PostgresStore]:
        """One write transaction; inside an open one, a savepoint (as SQLite's)."""
        c = self.conn
        if self._depth:
            name = f"nd_{self._depth}"
            self._depth += 1
            c.execute(f"SAVEPOINT {name}")
            try:
                yield self
            except BaseException:
                c.execute(f"ROLLBACK TO SAVEPOINT {name}")
                raise
            finally:
                self._depth -= 1
            c.execute(f"RELEASE SAVEPOINT {name}")
            return
        c.execute("BEGIN")
        self._depth = 1
        try:
            yield self
        except BaseException:
            c.execute("ROLLBACK")
            raise
        finally:
            self._depth = 0
        c.execute("UPDATE store_version SET n = n + 1")
        c.execute("COMMIT")

    @contextmanager
    def snapshot(self) -> Iterator[PostgresStore]:
        """Every query in the block sees one committed state (a no-op inside a transaction)."""
        if self._depth:
            yield self
            return
        self.conn.execute("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY")
        self._depth = 1
        try:
            yield self
        finally:
            self._depth = 0
            self.conn.execute("ROLLBACK")

    # ------------------------------------------------------------ request deadline
    def interrupt_when(self, check: Callable[[], bool], every_steps: int = 5_000) -> None:
        """PostgreSQL stops a statement by ``statement_timeout``, not by a callback: the
        web pool for PostgreSQL will set it per session (the SQLite store polls ``check``)."""

    @staticmethod
    def interrupted(exc: BaseException) -> bool:
        import psycopg

        return isinstance(exc, psycopg.errors.QueryCanceled)

    @staticmethod
    def closed_from_another_thread(exc: BaseException) -> bool:
        return False  # a psycopg connection may be closed from any thread


def copy_tables(source: SQLiteStore, target: PostgresStore) -> dict[str, int]:
    """Copy every table of an SQLite store into an empty PostgreSQL store; return the
    rows per table.  Documents and outlet judgements go in their SQLite insertion
    order, so ``seq`` orders them as ``rowid`` did.  (A start for moving a store
    between engines; the tests use it to compare the engines' answers.)"""
    src = source.conn
    tgt = target.conn
    pg_tables = [
        r[0]
        for r in tgt.execute(
            "SELECT table_name FROM information_schema.tables"
            " WHERE table_schema = current_schema() AND table_name != '_migrations'"
        )
    ]
    counts: dict[str, int] = {}
    with tgt.transaction():
        for table in sorted(pg_tables):
            pg_cols = [
                r[0]
                for r in tgt.execute(
                    "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
                    " AND table_schema = current_schema() AND is_identity = 'NO'"
                    " ORDER BY ordinal_position",
                    (table,),
                )
            ]
            lite_cols = {r[1] for r in src.execute(f'PRAGMA table_info("{table}")')}
            cols = [c for c in pg_cols if c in lite_cols]
            quoted = ", ".join(f'"{c}"' for c in cols)
            tgt.execute(f'DELETE FROM "{table}"')  # the rows migrations put there
            order = " ORDER BY rowid" if table in ("documents", "outlet_judgements") else ""
            rows: Sequence[Any] = src.execute(f'SELECT {quoted} FROM "{table}"{order}').fetchall()
            with tgt.cursor().copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
            counts[table] = len(rows)
    return counts


if TYPE_CHECKING:
    from typing import Protocol

    class _Moved(
        Lifecycle, DocumentReads, EntityReads, NameStatementReads, OutletRepository,
        JudgementRepository, Deadline, Protocol,
    ):  # fmt: skip
        """The protocols PostgresStore implements in full today."""

    def _implements(store: PostgresStore) -> _Moved:
        return store
