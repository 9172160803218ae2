"""SQLite implementation of the store's protocols (:class:`~newsdossier.store.protocols.Store`).

Invariants:
- All writes go through one connection and :meth:`SQLiteStore.write_batch`, one
  transaction per batch: a build killed mid-batch loses only that batch, and the
  ``inputs`` rows that mark records as done are written in the same
  transaction as their documents, so a resumed build never skips or repeats one.
- Every value is bound as a parameter; no SQL is ever built from document text.
- Read-only opens use ``mode=ro`` and ``PRAGMA query_only``.
- One writer: a writable store holds the writer lock (``lock.py``) from open to
  close; a second writer fails at once with ``E311``.
- Readers that need one consistent view (an export, a web request) read inside
  :meth:`SQLiteStore.snapshot`: one read transaction, so a build committing
  meanwhile is never half seen.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from ..errors import StoreError
from .base import EXPORTABLE_TABLES, Processed, WriteCounts
from .dialect import SQLITE, Dialect
from .entities_repo import EntityResolutionQueries
from .events_repo import EventQueries
from .input_writes import InputWrites
from .lock import WriterLock
from .migrations import MIGRATIONS, apply_migrations
from .names_repo import NameQueries
from .reads import SEARCH_RANKED_MAX
from .rows import DOCUMENT_COLUMNS, by_table, document_row, document_rows

if TYPE_CHECKING:
    from .protocols import Store

__all__ = ["MIN_SQLITE", "SQLiteStore", "open_store"]

#: the oldest SQLite library the store runs on (E309 below it)
MIN_SQLITE = (3, 35, 0)

# SQLITE_MAX_VARIABLE_NUMBER is 32,766 in the bundled SQLite; keep IN (...) lists well below.
_MAX_PARAMS = 900


# The writing connection's page cache and memory map (issue 18 item 4: the absorb rate at
# 100k documents).  SQLite's defaults are a 2 MiB page cache and no map: a resolver pass
# over a 1.5 GB store read nearly every index page it touched through a read() system
# call and a copy, and a pass (one transaction) spilled its dirty pages to the WAL as the
# cache filled.  Side by side at 100k stored documents (bench_web_scale --absorb-again,
# two pairs of runs): the defaults 69.3 documents per CPU-second, the cache 78.0; the
# cache 82.8, the cache and the map 92.5.
# The same rows either way: these only say where pages are kept.  (SQLite caps the map
# at its compile-time maximum, 2 GB in the usual builds; a larger file is mapped in part
# and read as before beyond it.)
_WRITER_CACHE_KIB = 131_072
_WRITER_MMAP_BYTES = 2**31
# WAL pages the writer lets build up before it copies them into the database (SQLite's
# default 1,000).  A batch of 200 documents dirties ~4,500 pages at 12k stored documents
# (~45 a document at 100k: hash ids in a dozen indexes), so with the default every commit
# ran a checkpoint that copied its pages back at once and synced the file; a page a later
# batch or the resolver pass dirties again was copied each time.  At 20,000 pages (80 MB
# of WAL at most, reset after each checkpoint) a checkpoint runs every few commits and
# copies such a page once.  Side by side at 12k (bench_web_scale --absorb-again, two
# pairs, process CPU): the writes 1.49 / 1.61 -> 1.31 / 1.40 ms a document.  The same
# rows either way; readers find a page in the WAL through its index (the -shm file).
_WRITER_WAL_PAGES = 20_000


def _chunks(seq: Sequence[str], size: int = _MAX_PARAMS) -> Iterator[Sequence[str]]:
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


def _commit(conn: sqlite3.Connection) -> None:
    """COMMIT, raising the store's commit counter in the same transaction."""
    conn.execute("UPDATE store_version SET n = n + 1")
    conn.execute("COMMIT")


def _printable(value: str | None) -> str | None:
    """Valid UTF-8 at any cost, for the row that reports a refused input."""
    if value is None:
        return None
    return value.encode("utf-8", "replace").decode("utf-8")


def _quoted(cols: Sequence[str]) -> str:
    return ",".join(f'"{c}"' for c in cols)


def _rows(cur: sqlite3.Cursor) -> Iterator[dict[str, Any]]:
    cols = [c[0] for c in cur.description]
    for row in cur:
        yield dict(zip(cols, row, strict=True))


class SQLiteStore(InputWrites, EventQueries, NameQueries, EntityResolutionQueries):
    """A corpus store in one SQLite file (WAL mode, FTS5 over document text).

    The engine-neutral queries come from the mixins (``reads.py``,
    ``names_repo.py``, ``entities_repo.py``, ...); what is SQLite's own (FTS5 search, the request deadline,
    schema probes) is here."""

    dialect: Dialect = SQLITE

    @staticmethod
    def _refused_text(value: str | None) -> str | None:
        return _printable(value)

    conn: sqlite3.Connection

    def __init__(self, path: str | Path, *, readonly: bool = False) -> None:
        self.path = str(path)
        self.readonly = readonly
        self._lock = None if readonly else WriterLock(self.path)
        if self._lock is not None:
            self._lock.acquire()  # E311 at once if another process writes this store
        try:
            self.conn = self._connect()
        except BaseException:
            if self._lock is not None:
                self._lock.release()
            raise

    def _connect(self) -> sqlite3.Connection:
        p = Path(self.path)
        if sqlite3.sqlite_version_info < MIN_SQLITE:
            # the reads use `AS MATERIALIZED` (3.35) and the migrations upserts (3.24): an
            # older library would fail later, on a page, with a syntax error
            raise StoreError(
                f"SQLite {'.'.join(map(str, MIN_SQLITE))} or later is needed; this Python links "
                f"SQLite {sqlite3.sqlite_version} (install a newer libsqlite3 or Python)",
                code="E309",
            )
        if self.readonly and not p.exists():
            raise StoreError(
                f"no database at {self.path}; create one with `newsdossier build PATH --db {self.path}`",
                code="E301",
            )
        if p.is_dir():
            raise StoreError(f"{self.path} is a directory, not a database file", code="E302")
        try:
            if self.readonly:
                conn = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
                conn.execute("PRAGMA query_only = 1")
            else:
                conn = sqlite3.connect(self.path, isolation_level=None)
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = NORMAL")
                conn.execute(f"PRAGMA cache_size = -{_WRITER_CACHE_KIB}")
                conn.execute(f"PRAGMA mmap_size = {_WRITER_MMAP_BYTES}")
                conn.execute(f"PRAGMA wal_autocheckpoint = {_WRITER_WAL_PAGES}")
            conn.execute("PRAGMA foreign_keys = OFF")
            if self.readonly:
                has_schema = conn.execute(
                    "SELECT count(*) FROM sqlite_master WHERE name IN ('_migrations', 'documents')"
                ).fetchone()[0]
                if has_schema < 2:
                    raise StoreError(
                        f"{self.path} is not a newsdossier database (no schema); build one "
                        "with `newsdossier build`",
                        code="E303",
                    )
                applied = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
                if applied != {name for name, _ in MIGRATIONS}:
                    # Built by another version: migrate once through a writable connection.
                    conn.close()
                    SQLiteStore(self.path).close()
                    return self._connect()
            else:
                apply_migrations(conn)
        except sqlite3.DatabaseError as exc:
            raise StoreError(
                f"cannot open {self.path} as an SQLite database: {exc}", code="E304"
            ) from None
        return conn

    def close(self) -> None:
        try:
            self.conn.close()
        finally:
            if self._lock is not None:
                self._lock.release()
                self._lock = None

    def __enter__(self) -> SQLiteStore:
        return self

    @property
    def location(self) -> str:
        """The absolute path of the file (cache keys, messages)."""
        return os.path.abspath(self.path)

    # ------------------------------------------------ web requests (serve/db.py)
    def interrupt_when(self, check: Callable[[], bool], every_steps: int = 5_000) -> None:
        """Abort any statement still running once ``check()`` is true (checked every
        ``every_steps`` SQLite VM instructions: 5k take well under a millisecond)."""
        self.conn.set_progress_handler(lambda: int(check()), every_steps)

    @staticmethod
    def interrupted(exc: BaseException) -> bool:
        """Whether ``exc`` is a statement aborted by :meth:`interrupt_when`."""
        return isinstance(exc, sqlite3.OperationalError) and "interrupted" in str(exc)

    @staticmethod
    def closed_from_another_thread(exc: BaseException) -> bool:
        """Whether ``exc`` is SQLite refusing to close a connection of another thread
        (the garbage collector closes it)."""
        return isinstance(exc, sqlite3.ProgrammingError)

    def search_documents(
        self, words: str, limit: int, offset: int, marks: tuple[str, str]
    ) -> list[dict[str, Any]]:
        """Documents matching the FTS5 expression ``words`` (title + text), best first
        (bm25, then insertion order), each with a ``snippet`` of its text whose hits are
        wrapped in ``marks``.

        Only the first :data:`~.reads.SEARCH_RANKED_MAX` matches in insertion order are
        ranked, as the PostgreSQL store ranks only its first matches: ranking every match
        of a common word cost 424 ms a page at 100k documents (issue 18).  ``snippet()``
        runs on the page's rows alone."""
        rows = self.conn.execute(
            "SELECT r, k FROM (SELECT rowid AS r, rank AS k FROM documents_fts"
            " WHERE documents_fts MATCH ? ORDER BY rowid LIMIT ?) ORDER BY k, r LIMIT ? OFFSET ?",
            (words, SEARCH_RANKED_MAX, limit, offset),
        ).fetchall()
        if not rows:
            return []
        page = [r for r, _ in rows]
        found = {
            row["_r"]: row
            for row in _rows(
                self.conn.execute(
                    "SELECT d.rowid AS _r, d.id, d.title, d.name, d.outlet, d.published,"
                    " d.published_precision, snippet(documents_fts, 1, ?, ?, '…', 24) AS snippet"
                    " FROM documents_fts JOIN documents d ON d.rowid = documents_fts.rowid"
                    f" WHERE documents_fts MATCH ? AND documents_fts.rowid IN ({','.join('?' * len(page))})",
                    (marks[0], marks[1], words, *page),
                )
            )
        }
        out = []
        for r in page:
            row = found.get(r)
            if row is not None:
                row.pop("_r")
                out.append(row)
        return out

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ write
    def done_inputs(self, keys: Sequence[str]) -> dict[str, str]:
        """``{key: content_hash}`` of the given inputs already stored as done."""
        found: dict[str, str] = {}
        for chunk in _chunks(list(keys)):
            marks = ",".join("?" * len(chunk))
            cur = self.conn.execute(
                f"SELECT key, content_hash FROM inputs WHERE status = 'done' AND key IN ({marks})",
                tuple(chunk),
            )
            found.update({k: h for k, h in cur})
        return found

    def write_batch(self, items: Sequence[Processed]) -> WriteCounts:
        """Write one batch in one transaction; return what it added (an item SQLite
        refuses becomes an ``E313`` rejection: :meth:`InputWrites._write_items`)."""
        c = self.conn
        try:
            c.execute("BEGIN IMMEDIATE")
            counts = self._write_items(
                items,
                (UnicodeError, OverflowError, ValueError, sqlite3.IntegrityError,
                 sqlite3.InterfaceError, sqlite3.DataError),
            )  # fmt: skip
            _commit(c)
        except sqlite3.Error as exc:
            if c.in_transaction:
                c.execute("ROLLBACK")
            raise StoreError(f"cannot write to {self.path}: {exc}", code="E310") from None
        return counts

    @contextmanager
    def _batch_savepoint(self) -> Iterator[None]:
        """:meth:`write_batch`'s all-at-once attempt, undone by rolling back the batch's
        transaction (it holds nothing else: ``BEGIN IMMEDIATE`` just before) and opening
        another, not by a savepoint.

        Inside a savepoint SQLite copies every page the first time the savepoint changes
        it into a statement journal, kept in memory up to 64 KiB and then in a temporary
        file: a batch of 200 documents changes thousands of pages at 100k stored documents
        (hash ids scattered over a dozen indexes), so nearly every one was written to a
        file once more, system CPU that grew with the store (issue 18 item 4: writes alone, 2,000
        documents into 102k in batches of 200, process CPU, two pairs: 1.72 / 1.77 ->
        1.17 / 1.17 ms a document, the system part 0.89 / 0.96 -> 0.42 / 0.44).  The
        transaction's own rollback journal is the WAL, which only ever gets the new pages.
        The same rows either way; a refused item still goes through the one-by-one path,
        each item in its savepoint."""
        c = self.conn
        try:
            yield
        except BaseException:
            if c.in_transaction:
                c.execute("ROLLBACK")
            c.execute("BEGIN IMMEDIATE")
            raise

    @contextmanager
    def _item_savepoint(self) -> Iterator[None]:
        c = self.conn
        c.execute("SAVEPOINT nd_item")
        try:
            yield
        except BaseException:
            c.execute("ROLLBACK TO nd_item")
            raise
        finally:
            c.execute("RELEASE nd_item")

    def _insert_document(self, doc: Any, ann: Any) -> bool:
        """The document and, if it is new, its rows (``rows.py``: the same rows the
        PostgreSQL store writes)."""
        c = self.conn
        cur = c.execute(
            f"INSERT OR IGNORE INTO documents({_quoted(DOCUMENT_COLUMNS)})"
            f" VALUES ({','.join('?' * len(DOCUMENT_COLUMNS))})",
            document_row(doc, ann),
        )
        if cur.rowcount == 0:
            return False
        for table, cols, rows in document_rows(doc, ann):
            c.executemany(
                f"INSERT OR IGNORE INTO {table}({_quoted(cols)})"
                f" VALUES ({','.join('?' * len(cols))})",
                rows,
            )
        return True

    def _insert_documents(self, new: Sequence[tuple[Any, Any]]) -> None:
        c = self.conn
        c.executemany(
            f"INSERT OR IGNORE INTO documents({_quoted(DOCUMENT_COLUMNS)})"
            f" VALUES ({','.join('?' * len(DOCUMENT_COLUMNS))})",
            [document_row(doc, ann) for doc, ann in new],
        )
        for table, cols, rows in by_table(new):
            c.executemany(
                f"INSERT OR IGNORE INTO {table}({_quoted(cols)})"
                f" VALUES ({','.join('?' * len(cols))})",
                rows,
            )

    def transaction(self, *, whole: bool = False) -> _Transaction:
        """One write transaction; inside an open one, a savepoint (see :class:`_Transaction`).

        ``whole``: the transaction is undone whole or not at all, and the blocks nested in
        it take no savepoints (a resolver pass, whose code lets every exception out)."""
        return _Transaction(self.conn, whole=whole)

    # ------------------------------------------------------- build state (issue 17)
    def documents_exist(self, ids: Sequence[str]) -> set[str]:
        """The ids among ``ids`` of documents already stored."""
        found: set[str] = set()
        for chunk in _chunks(list(dict.fromkeys(ids))):
            marks = ",".join("?" * len(chunk))
            found.update(
                r[0]
                for r in self.conn.execute(
                    f"SELECT id FROM documents WHERE id IN ({marks})", tuple(chunk)
                )
            )
        return found

    @contextmanager
    def watch_changes(self) -> Iterator[ChangeWatch]:
        """Count the rows whose content the block really changes, in every table.

        Temporary triggers log each inserted row as +1 and each deleted row as -1
        (an update is both), keyed by the row's quoted values; rows whose sum is not
        0 changed.  A resolver that deletes and re-inserts the same row (as
        contradictions do for every subject still waiting for an entity) changes
        nothing, which is what a fixed point means.  Cost: the rows written, not
        the size of the store."""
        watch = ChangeWatch(self.conn)
        watch.install()
        try:
            yield watch
        finally:
            watch.remove()

    # ------------------------------------------------------------------ read
    @contextmanager
    def snapshot(self) -> Iterator[SQLiteStore]:
        """Read the store as of one moment: every query in the block sees the same
        committed state, whatever a build commits meanwhile (issue 17: an export
        read section by section saw event evidence of documents it did not list).

        One read transaction (WAL: readers never block the writer, nor it them).
        Inside an open transaction this is a no-op: that one already is a snapshot."""
        c = self.conn
        if c.in_transaction:
            yield self
            return
        c.execute("BEGIN")
        try:
            c.execute("SELECT count(*) FROM _migrations").fetchone()  # the snapshot starts here
            yield self
        finally:
            if c.in_transaction:
                c.execute("ROLLBACK")

    def store_version(self) -> int:
        """The commit counter: equal values, equal committed states (read it in a snapshot)."""
        row = self.conn.execute("SELECT n FROM store_version").fetchone()
        return int(row[0]) if row else 0

    def table_columns(self, table: str) -> list[str]:
        if table not in _EXPORTABLE:
            raise StoreError(f"unknown table {table!r}", code="E320")
        return [r[1] for r in self.conn.execute(f"PRAGMA table_info({quote_identifier(table)})")]

    def iter_table(self, table: str) -> Iterator[dict[str, Any]]:
        """All rows of one of the documented tables (CSV export)."""
        if table not in _EXPORTABLE:
            raise StoreError(f"unknown table {table!r}", code="E320")
        yield from _rows(self.conn.execute(f"SELECT * FROM {quote_identifier(table)}"))


_EXPORTABLE = EXPORTABLE_TABLES


class ChangeWatch:
    """See :meth:`SQLiteStore.watch_changes`."""

    _LOG = "nd_changes"  # a temporary table (unqualified: trigger bodies may not qualify)

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.triggers: list[str] = []
        self._recursive = 0

    def _tables(self) -> list[str]:
        rows = self.conn.execute(
            "SELECT name, sql FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        ).fetchall()
        virtual = {n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")}
        skip = {"_migrations", "resolution_state", "store_version"}
        # FTS5 keeps its index in shadow tables named after the virtual table
        return [
            n for n, _ in rows
            if n not in skip and n not in virtual and not any(n.startswith(v + "_") for v in virtual)
        ]  # fmt: skip

    def install(self) -> None:
        c = self.conn
        c.execute(f"CREATE TEMP TABLE IF NOT EXISTS {self._LOG} (tbl TEXT, row TEXT, d INTEGER)")
        c.execute(f"DELETE FROM {self._LOG}")
        # INSERT OR REPLACE deletes the old row without firing DELETE triggers unless
        # recursive triggers are on
        self._recursive = c.execute("PRAGMA recursive_triggers").fetchone()[0]
        c.execute("PRAGMA recursive_triggers = ON")
        for i, table in enumerate(self._tables()):
            cols = [r[1] for r in c.execute(f"PRAGMA table_info({quote_identifier(table)})")]
            if not cols:
                continue
            name = quote_identifier(table)
            lit = "'" + table.replace("'", "''") + "'"

            def row(alias: str, cols: list[str] = cols) -> str:
                return "||','||".join(f"quote({alias}.{quote_identifier(col)})" for col in cols)

            for event, body in (
                ("INSERT", f"INSERT INTO {self._LOG} VALUES ({lit}, {row('NEW')}, 1);"),
                ("DELETE", f"INSERT INTO {self._LOG} VALUES ({lit}, {row('OLD')}, -1);"),
                ("UPDATE", f"INSERT INTO {self._LOG} VALUES ({lit}, {row('OLD')}, -1);"
                           f" INSERT INTO {self._LOG} VALUES ({lit}, {row('NEW')}, 1);"),
            ):  # fmt: skip
                trigger = f"nd_watch_{i}_{event.lower()}"
                c.execute(
                    f"CREATE TEMP TRIGGER IF NOT EXISTS {trigger} AFTER {event} ON main.{name}"
                    f" BEGIN {body} END"
                )
                self.triggers.append(trigger)

    def changed(self) -> dict[str, int]:
        """``{table: rows changed}`` since the watch began (tables with changes only)."""
        return dict(
            self.conn.execute(
                f"SELECT tbl, count(*) FROM (SELECT tbl, row FROM {self._LOG} GROUP BY tbl, row"
                " HAVING sum(d) != 0) GROUP BY tbl ORDER BY tbl"
            )
        )

    def reset(self) -> None:
        self.conn.execute(f"DELETE FROM {self._LOG}")

    def remove(self) -> None:
        for trigger in self.triggers:
            self.conn.execute(f"DROP TRIGGER IF EXISTS temp.{trigger}")
        self.triggers.clear()
        self.conn.execute(f"DELETE FROM {self._LOG}")
        self.conn.execute(f"PRAGMA recursive_triggers = {int(self._recursive)}")


def quote_identifier(name: str) -> str:
    """Quote an SQL identifier, doubling any embedded double quote."""
    return '"' + name.replace('"', '""') + '"'


class _Transaction:
    """``BEGIN IMMEDIATE`` ... ``COMMIT``, or a savepoint inside an open transaction.

    Nesting is what makes a build's resolver pass atomic (issue 17): the build
    wraps the whole pass in one transaction, and each resolver's own
    ``with store.transaction()`` becomes a savepoint inside it, so a build killed
    halfway through a pass leaves the store as it was before the pass, and the
    resumed build runs that pass again from the same state.

    A pass opens its transaction ``whole``: its nested blocks are then plain blocks,
    not savepoints.  Inside a savepoint SQLite copies each page the first time the
    savepoint changes it into a statement journal (a temporary file past 64 KiB), and a
    pass at 100k stored documents changes tens of thousands of pages, scattered by hash
    ids (issue 18 item 4: system CPU that grew with the store).  A savepoint only matters
    to code that catches an exception inside the outer transaction and goes on; the
    pass's code lets every exception out, and the pass's rollback undoes everything."""

    _depth = 0  # savepoint names only need to be unique among the open ones
    _whole: set[int] = set()  # ids of the connections whose open transaction is whole

    def __init__(self, conn: sqlite3.Connection, *, whole: bool = False) -> None:
        self.conn = conn
        self.savepoint: str | None = None
        self.whole = whole
        self.inner = False

    def __enter__(self) -> sqlite3.Connection:
        if self.conn.in_transaction and id(self.conn) in _Transaction._whole:
            self.inner = True  # inside a whole transaction: a plain block
        elif self.conn.in_transaction:
            _Transaction._depth += 1
            self.savepoint = f"nd_{_Transaction._depth}"
            self.conn.execute(f"SAVEPOINT {self.savepoint}")
        else:
            self.conn.execute("BEGIN IMMEDIATE")
            if self.whole:
                _Transaction._whole.add(id(self.conn))
            else:  # an id left by a connection that died mid-pass may be reused
                _Transaction._whole.discard(id(self.conn))
        return self.conn

    def __exit__(self, exc_type: object, *rest: object) -> None:
        if self.inner:
            return
        if self.savepoint is None:
            _Transaction._whole.discard(id(self.conn))
            if exc_type:
                self.conn.execute("ROLLBACK")
            else:
                _commit(self.conn)
            return
        _Transaction._depth -= 1
        if exc_type:
            self.conn.execute(f"ROLLBACK TO {self.savepoint}")
        self.conn.execute(f"RELEASE {self.savepoint}")


def open_store(url: str, *, readonly: bool = False) -> SQLiteStore:
    """Open the store named by ``url`` (an SQLite file path; ``sqlite:///path`` also accepted)."""
    if url.startswith("sqlite:///"):
        url = url[len("sqlite:///") :]
    elif "://" in url:
        raise StoreError(
            f"unsupported store URL {url!r}: give an SQLite file path (or sqlite:///PATH) or a"
            " postgresql://user@host:port/db URL",
            code="E306",
        )
    return SQLiteStore(url, readonly=readonly)


if TYPE_CHECKING:

    def _implements(store: SQLiteStore) -> Store:
        return store  # mypy: SQLiteStore implements every protocol of protocols.py
