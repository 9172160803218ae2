"""PostgreSQL behind the store's protocols (issue 18).

:class:`PostgresStore` runs the engine-neutral queries of ``reads.py``,
``names_repo.py``, ``entities_repo.py``, ``claims_repo.py`` and
``events_repo.py`` (documents, entities, the web pages' and exports' reads, the
name index, the entity resolver's rows, name statements, outlets, judgements,
claims, contradictions, framing, events, reuse, the resolvers' state) on
psycopg 3, over the schema of ``schema_pg/``, writes a build's batches
(:meth:`PostgresStore.write_batch`) and searches full text
(:meth:`PostgresStore.search_documents`, over the GIN index of
``schema_pg/0820_search_vector.sql``).  Not yet here: ``open_store`` for a
``postgresql://`` URL (E306), COPY in the write path (``executemany`` today).  :func:`copy_tables`
fills a PostgreSQL store from an SQLite one.

The database must compare text by code point, as SQLite does (a ``C`` or
``C.UTF-8`` collation): orders, ``max()`` of ids and the name index's range
lookups depend on it, and a locale's collation (``en_US``: spaces and
punctuation ignored, case folded) would give other answers silently, so
opening such a database fails with ``E308``.

Connections run in autocommit mode, like the SQLite store's (``isolation_level
None``): :meth:`PostgresStore.transaction` opens ``BEGIN`` ... ``COMMIT`` (a
savepoint inside an open one), :meth:`PostgresStore.snapshot` a ``REPEATABLE
READ`` read-only transaction: one consistent view while a build commits.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from importlib import resources
from typing import TYPE_CHECKING, Any
from urllib.parse import urlsplit, urlunsplit

from ..errors import StoreError
from .base import EXPORTABLE_TABLES, Processed, WriteCounts
from .dialect import POSTGRESQL, Dialect
from .entities_repo import EntityResolutionQueries
from .events_repo import EventQueries
from .input_writes import InputWrites
from .names_repo import NameQueries
from .pg_watch import PgChangeWatch
from .rows import DOCUMENT_COLUMNS, by_table, document_row, document_rows

if TYPE_CHECKING:
    import psycopg

    from .protocols import Store
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


#: ``CLUSTER table ...`` in a migration: the tables it rewrites (vacuumed after it commits)
_REWRITTEN = re.compile(r"^CLUSTER\s+(\w+)", re.MULTILINE)

#: Planner settings of a read-only session (the web pool's, the exports'), whose reads are
#: short index walks and probes of a few thousand rows (issue 18).  With the server's
#: defaults, measured at 100k documents: ``random_page_cost`` 4 (a disk that seeks) made
#: the planner hash a whole table rather than probe its index 900 times (a page's
#: events' evidence: a scan of every event mention, 50 ms, growing with the corpus,
#: against 4 ms of probes), and parallel workers took 30 ms to start for a 1,000-row walk
#: of the time axis.  JIT compilation starts for any plan estimated past
#: ``jit_above_cost`` (100,000): an entity page's claims read (its rows estimated at a
#: third of every claim, none read) was compiled for 50-130 ms of the backend's CPU at
#: 102k documents under the server's defaults, to run 0.1 ms, and is estimated at 94,000
#: under these settings: a slightly larger store passes it.  A session setting: the
#: server's own stays as its owner set it.
READ_SESSION_SETTINGS = {
    "random_page_cost": "1.1",
    "max_parallel_workers_per_gather": "0",
    "jit": "off",
}


class PostgresStore(InputWrites, EventQueries, NameQueries, EntityResolutionQueries):
    """A corpus store in one PostgreSQL database (see the module docstring for what is here)."""

    dialect: Dialect = POSTGRESQL
    _evidence_documents_kept = True  # schema_pg/1008_event_mention_documents.sql

    @staticmethod
    def _refused_text(value: str | None) -> str | None:
        return _storable(value)

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
            self._check_collation()
            if readonly:
                self.conn.execute("SET default_transaction_read_only = on")
                for name, value in READ_SESSION_SETTINGS.items():
                    self.conn.execute(f"SET {name} = {value}")
            self._migrate()
        except BaseException:
            self.conn.close()
            raise
        self._depth = 0

    def _check_collation(self) -> None:
        """``E308`` unless the database sorts text by code point (see the module docstring).

        Asked of the server's behaviour, not of the locale's name: a probe of
        strings whose order differs between code point and locale collations."""
        row = self.conn.execute(
            "SELECT array_agg(s ORDER BY s) FROM unnest(%s::text[]) s", (list(_COLLATION_PROBE),)
        ).fetchone()
        if row is None or row[0] != sorted(_COLLATION_PROBE):
            # (the column naming an ICU locale changed between versions: read the row whole)
            info = self.conn.execute(
                "SELECT to_jsonb(d) FROM pg_database d WHERE datname = current_database()"
            ).fetchone()
            db = info[0] if info else {}
            icu = db.get("datlocprovider") == "i"
            collate = (
                f"ICU {db.get('daticulocale') or db.get('datlocale')}"
                if icu
                else str(db.get("datcollate", "unknown"))
            )
            raise StoreError(
                f"{_redacted(self.url)} sorts text by its locale ({collate}), not by code point"
                " as newsdossier needs (orders and name lookups would differ from SQLite's);"
                " create the database with CREATE DATABASE ... TEMPLATE template0"
                " ENCODING 'UTF8' LC_COLLATE 'C' (where ICU is the server's default, add"
                " LOCALE_PROVIDER libc), or a cluster made with initdb --locale=C.UTF-8",
                code="E308",
            )

    def _migrate(self) -> None:
        c = self.conn
        row = c.execute("SELECT to_regclass('_migrations') IS NOT NULL").fetchone()
        if row is not None and row[0]:
            applied = {r[0] for r in c.execute("SELECT name FROM _migrations")}
        elif self.readonly:  # (a read-only session may not even CREATE ... IF NOT EXISTS)
            applied = set()
        else:
            c.execute("CREATE TABLE _migrations (name text PRIMARY KEY, applied_at text)")
            applied = set()
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
            # A table a migration rewrote (CLUSTER) has an empty visibility map: every
            # index-only scan of it (documents_meta: an entity's documents, a page's
            # outlets) fetches each heap row again until a VACUUM runs, and autovacuum
            # waits for dead rows a rewrite does not leave (measured at 100k documents:
            # relallvisible 0 of 44,875 pages after migration 0971).  VACUUM cannot run
            # in the migration's transaction: it runs here, after the commit.
            for table in _REWRITTEN.findall(script):
                c.execute(f'VACUUM (ANALYZE) "{table}"')

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
    def transaction(self, *, whole: bool = False) -> Iterator[PostgresStore]:
        """One write transaction; inside an open one, a savepoint (as SQLite's).

        ``whole`` (SQLite's nested blocks then take no savepoints) changes nothing here:
        a PostgreSQL savepoint copies no pages."""
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

    # ------------------------------------------------------------ write
    def done_inputs(self, keys: Sequence[str]) -> dict[str, str]:
        """``{key: content_hash}`` of the given inputs already stored as done."""
        cur = self.conn.execute(
            "SELECT key, content_hash FROM inputs WHERE status = 'done' AND key = ANY(%s)",
            (list(keys),),
        )
        return {k: h for k, h in cur}

    def documents_exist(self, ids: Sequence[str]) -> set[str]:
        cur = self.conn.execute("SELECT id FROM documents WHERE id = ANY(%s)", (list(ids),))
        return {r[0] for r in cur}

    def write_batch(self, items: Sequence[Processed]) -> WriteCounts:
        """Write one batch in one transaction; return what it added (as SQLite's).

        An item PostgreSQL refuses (a NUL character, which its ``text`` cannot hold; a
        value out of range) is rolled back alone and stored as a rejection (``E313``:
        :meth:`InputWrites._write_items`), and the batch goes on.  Rows go in with
        ``executemany`` (psycopg pipelines it: one round trip per statement batch, not
        per row) and ``ON CONFLICT DO NOTHING``, SQLite's ``INSERT OR IGNORE``: a
        document already stored adds nothing."""
        import psycopg

        try:
            with self.transaction():
                counts = self._write_items(
                    items,
                    (UnicodeError, OverflowError, ValueError, psycopg.DataError,
                     psycopg.IntegrityError),
                )  # fmt: skip
        except psycopg.Error as exc:
            raise StoreError(
                f"cannot write to {self.location}: {str(exc).strip()}", code="E310"
            ) from None
        return counts

    def _item_savepoint(self) -> Any:
        return self.conn.transaction()  # a savepoint inside the batch's transaction

    def _insert_document(self, doc: Any, ann: Any) -> bool:
        """The document and, if it is new, its rows (``rows.py``: the same rows the
        SQLite store writes)."""
        c = self.conn
        # seq as SQLite gives rowid: one more than the largest (the identity's own
        # counter moves on for a duplicate refused by ON CONFLICT and for a rolled back
        # insert; entity_names.first_seen is read off this order, so the engines and a
        # resumed build must number the documents alike)
        cur = c.execute(
            f"INSERT INTO documents(seq, {_cols(DOCUMENT_COLUMNS)}) OVERRIDING SYSTEM VALUE"
            " VALUES ((SELECT coalesce(max(seq), 0) + 1 FROM documents),"
            f" {_marks(len(DOCUMENT_COLUMNS))}) ON CONFLICT DO NOTHING",
            document_row(doc, ann),
        )
        added = cur.rowcount == 1
        if added:
            with c.cursor() as many:
                for table, cols, rows in document_rows(doc, ann):
                    many.executemany(
                        f"INSERT INTO {table}({_cols(cols)}) VALUES ({_marks(len(cols))})"
                        " ON CONFLICT DO NOTHING",
                        rows,
                    )
        return added

    def _insert_documents(self, new: Sequence[tuple[Any, Any]]) -> None:
        """As :meth:`_insert_document` for each in turn: ``seq`` one more than the largest
        each, the rows of each table in the documents' order."""
        c = self.conn
        row = c.execute("SELECT coalesce(max(seq), 0) FROM documents").fetchone()
        first = int(row[0] if row else 0) + 1
        with c.cursor() as many:
            many.executemany(
                f"INSERT INTO documents(seq, {_cols(DOCUMENT_COLUMNS)}) OVERRIDING SYSTEM VALUE"
                f" VALUES (%s, {_marks(len(DOCUMENT_COLUMNS))}) ON CONFLICT DO NOTHING",
                [(first + i, *document_row(doc, ann)) for i, (doc, ann) in enumerate(new)],
            )
            # COPY: the documents are new, so their rows meet no stored row; two equal keys
            # among them (which ON CONFLICT DO NOTHING would let pass) raise, and the
            # batch goes in again item by item (InputWrites._write_items)
            for table, cols, rows in by_table(new):
                with many.copy(f"COPY {table} ({_cols(cols)}) FROM STDIN") as copy:
                    for r in rows:
                        copy.write_row(r)

    # ------------------------------------------------------------ search
    def search_documents(
        self, words: str, limit: int, offset: int, marks: tuple[str, str]
    ) -> list[dict[str, Any]]:
        """Documents matching the FTS5 expression ``words`` (title + text; see
        :func:`_tsquery`), best first (``ts_rank``, then id: a stable order for
        paging), each with a ``snippet`` of its text whose hits are wrapped in
        ``marks``, as the SQLite store's.

        The index finds the matches; only the first :data:`SEARCH_CANDIDATES` of them
        in insertion order (as SQLite's) are ranked, and ``ts_headline`` runs on the page's rows alone.
        How the candidates are found is chosen per search (:func:`_candidate_plan`, from
        the planner's estimate of the matches); either way they are the same rows.
        ``ts_headline`` drops what its parser reads as HTML tags from the snippet;
        the text is otherwise the document's, unescaped, like SQLite's snippet(): the
        web escapes every part (``serve/queries.py`` splits on ``marks``)."""
        query = _tsquery(words)
        if not query:
            return []
        # the tsquery written into each clause (a bound value, not a CTE): the planner
        # then estimates how many documents match (the vector's element statistics)
        tsq = "to_tsquery('simple'::regconfig, ?)"
        page = (
            " SELECT d.id, d.title, d.name, d.outlet, d.published, d.published_precision,"
            f"  ts_headline('simple'::regconfig, d.text, {tsq}, ?) AS snippet"
            " FROM ranked r JOIN documents d ON d.id = r.id ORDER BY r.rank DESC, d.id"
        )
        with self.snapshot():
            estimate = self._x(
                f"EXPLAIN (FORMAT JSON) SELECT 1 FROM documents d WHERE d.search_vector @@ {tsq}",
                (query,),
            ).fetchone()[0]
            matches = float(estimate[0]["Plan"]["Plan Rows"])
            plan = _candidate_plan(matches, self._rows_about("documents"))
            if plan == "walk":
                # the documents in insertion order (documents_seq_key), each vector matched,
                # until the first SEARCH_CANDIDATES matches: no sort, no other row read
                sql = (
                    f"WITH cand AS (SELECT d.id, d.search_vector FROM documents d"
                    f"  WHERE d.search_vector @@ {tsq} ORDER BY d.seq LIMIT ?),"
                    f" ranked AS (SELECT cand.id, ts_rank(cand.search_vector, {tsq}) AS rank"
                    "  FROM cand ORDER BY rank DESC, cand.id LIMIT ? OFFSET ?)"
                )
                with self._planner({"enable_seqscan": "off", "enable_bitmapscan": "off"}):
                    return list(
                        self._iter_dicts(
                            sql + page,
                            (query, SEARCH_CANDIDATES, query, limit, offset, query,
                             _headline_options(marks)),
                        )
                    )  # fmt: skip
            else:
                # every match from the index (a bitmap: each row visited, no vector read),
                # the first ones kept by seq (the only statement planned this way); then
                # only they are read, to rank
                with self._planner({"enable_seqscan": "off", "enable_indexscan": "off"}):
                    seqs = [
                        r[0]
                        for r in self._x(
                            f"SELECT d.seq FROM documents d WHERE d.search_vector @@ {tsq}"
                            " ORDER BY d.seq LIMIT ?",
                            (query, SEARCH_CANDIDATES),
                        ).fetchall()
                    ]
                if not seqs:
                    return []
                sql = (
                    f"WITH ranked AS (SELECT d.id, ts_rank(d.search_vector, {tsq}) AS rank"
                    "  FROM documents d WHERE d.seq = ANY(?::bigint[])"
                    "  ORDER BY rank DESC, d.id LIMIT ? OFFSET ?)"
                )
                return list(
                    self._iter_dicts(
                        sql + page,
                        (query, seqs, limit, offset, query, _headline_options(marks)),
                    )
                )

    @contextmanager
    def _planner(self, settings: dict[str, str]) -> Iterator[None]:
        """Planner settings for the statements of the block, inside the open transaction
        (``set_config(..., true)``: they end with it at the latest, and are put back after
        the block; a statement that failed aborts the transaction, which ends them)."""
        names = list(settings)
        before = self._x(
            "SELECT " + ", ".join("current_setting(?)" for _ in names), names
        ).fetchone()
        self._x(
            "SELECT " + ", ".join("set_config(?, ?, true)" for _ in names),
            [v for n in names for v in (n, settings[n])],
        )
        yield
        self._x(
            "SELECT " + ", ".join("set_config(?, ?, true)" for _ in names),
            [v for n, b in zip(names, before, strict=True) for v in (n, b)],
        )

    # ------------------------------------------------------------ build state
    @contextmanager
    def watch_changes(self) -> Iterator[PgChangeWatch]:
        """Count the rows whose content the block really changes, in every table
        (``pg_watch.py``; the same count as the SQLite store's)."""
        watch = PgChangeWatch(self.conn)
        watch.install()
        try:
            yield watch
        finally:
            watch.remove()

    # ------------------------------------------------------------ CSV tables
    def table_columns(self, table: str) -> list[str]:
        """A documented table's columns, as the SQLite store's (the identity ``seq`` that
        stands in for SQLite's rowid is no column of the export)."""
        if table not in EXPORTABLE_TABLES:
            raise StoreError(f"unknown table {table!r}", code="E320")
        return [
            r[0]
            for r in self.conn.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = %s"
                " AND table_schema = current_schema()"
                " AND NOT (is_identity = 'YES' AND column_name = 'seq')"
                " AND is_generated = 'NEVER' ORDER BY ordinal_position",
                (table,),
            )
        ]

    def iter_table(self, table: str) -> Iterator[dict[str, Any]]:
        """All rows of one of the documented tables (CSV export), in insertion order
        where the table keeps one (as SQLite's rowid order)."""
        cols = self.table_columns(table)
        order = " ORDER BY seq" if table in _ORDERED_TABLES else ""
        yield from self._iter_dicts(f'SELECT {_cols(cols)} FROM "{table}"{order}')

    # ------------------------------------------------------------ request deadline
    def interrupt_when(self, check: Callable[[], bool], every_steps: int = 5_000) -> None:
        """Cancel any statement still running once ``check()`` is true: a watcher thread
        polls it every 10 ms while the connection is busy and cancels the statement on
        the server (``pg_deadline.py`` says why not ``statement_timeout``).
        ``every_steps`` is SQLite's polling interval, unused here."""
        from .pg_deadline import watch

        watch(self.conn, check)

    @staticmethod
    def interrupted(exc: BaseException) -> bool:
        import psycopg

        return isinstance(exc, psycopg.errors.QueryCanceled)

    @staticmethod
    def closed_from_another_thread(exc: BaseException) -> bool:
        return False  # a psycopg connection may be closed from any thread


#: Strings a locale's collation orders otherwise than code points do: case, spaces and
#: punctuation (ignored at first level by glibc and ICU locales), accents.
_COLLATION_PROBE = ("B", "a", "x y", "x-y", "xa", "x!", "z", "\u00e9", "_")
#: Matching documents ranked per search (the first in insertion order): a common word
#: over a million documents would otherwise rank them all for one page of 50.  A page
#: past this many matches is empty.
SEARCH_CANDIDATES = 2_000
#: What matching one document's stored vector costs in a walk, against visiting one row
#: the index found (a bitmap heap scan, no vector read): the vector is decompressed and
#: searched.  Measured on the 10k-document store of bench_web_scale (min of 3, load
#: ~12): 2,000 rows walked 33.9 ms, 10,000 rows visited from the index 50.0 ms: ~3.4;
#: 10,000 rows walked 129 ms (a seq scan), 10,000 visited 27.9 ms: ~4.6.
_WALK_ROW_COST = 4.0


def _candidate_plan(matches: float, documents: int) -> str:
    """How to find the first :data:`SEARCH_CANDIDATES` matches of a search: ``walk``
    the documents in insertion order, matching each one's vector, until that many
    match (about ``SEARCH_CANDIDATES * documents / matches`` rows read; every row when
    fewer match), or take every match from the index (a ``bitmap``: ``matches`` rows
    visited, each cheaper than a match) and keep the first.  A word in every document
    is found in 2,000 rows by a walk; a word in a tenth of 100k documents needs 20,000
    by a walk, 10,000 cheaper visits by the index.  The planner, left to choose, read
    every document for such a word (a sequential scan, then a sort: 420 ms a page at
    100k documents on a quiet machine, bench_web_scale): its cost model prices a
    vector match as one operator call.  ``matches`` is the planner's estimate (the
    vector's element statistics); a wrong estimate costs time, never other rows."""
    if documents <= 0 or matches <= 0:
        return "bitmap"
    walked = min(float(documents), SEARCH_CANDIDATES * documents / matches)
    return "walk" if _WALK_ROW_COST * walked < matches else "bitmap"


# what the SQLite store's snippet() gives: about 24 words around the hits
_HEADLINE = "MaxWords=24, MinWords=12, ShortWord=2, MaxFragments=1"
# serve/fts.py's tokens: a double-quoted string (quotes doubled), a * for a prefix;
# a bare word is taken as one too
_FTS_TOKEN = re.compile(r'"((?:[^"]|"")*)"(\*?)|([^\s"*]+)(\*?)')


def _tsquery(words: str) -> str:
    """The ``to_tsquery`` text for the FTS5 expression of ``serve/fts.py``.

    Each token becomes a quoted tsquery string (``'`` doubled, ``\\`` escaped), so
    no request text is read as an operator (``&``, ``|``, ``!``, ``<->``); a token
    the parser splits (``anti-war``) becomes a phrase, as FTS5 reads it; a ``*``
    becomes ``:*`` (prefix).  Tokens are ANDed, as FTS5's implicit AND."""
    parts = []
    for quoted, qstar, bare, bstar in _FTS_TOKEN.findall(words):
        word = quoted.replace('""', '"') if quoted else bare
        if not word.strip():
            continue
        lit = "'" + word.replace("\\", "\\\\").replace("'", "''") + "'"
        parts.append(lit + (":*" if (qstar or bstar) else ""))
    return " & ".join(parts)


def _headline_options(marks: tuple[str, str]) -> str:
    # the marks come from code (serve/queries.py), never from a request
    for m in marks:
        if not m or '"' in m:
            raise ValueError(f"snippet marks must be non-empty, without '\"': {marks!r}")
    return f'StartSel="{marks[0]}", StopSel="{marks[1]}", {_HEADLINE}'


#: Tables with an identity ``seq`` standing in for SQLite's rowid (``schema_pg/``).
_ORDERED_TABLES = frozenset({"documents", "outlet_judgements", "claims", "mentions"})


def _cols(cols: Sequence[str]) -> str:
    return ", ".join(f'"{c}"' for c in cols)


def _marks(n: int) -> str:
    return ", ".join(["%s"] * n)


def _storable(value: str | None) -> str | None:
    """Text PostgreSQL can hold, at any cost, for the row that reports a refused input:
    valid UTF-8 without NUL (SQLite keeps a NUL; PostgreSQL's ``text`` refuses one)."""
    if value is None:
        return None
    return value.encode("utf-8", "replace").decode("utf-8").replace("\x00", "\ufffd")


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
        # the copies and counts migrations 0810 and 0970 keep (an argument's entity, a
        # claim's subject entity, an entity's counts) come with the rows: firing them per
        # copied mention would recompute what is copied anyway (tens of minutes for a
        # 100k-document store), and the counts would be counted twice
        for table in _SYNC_TRIGGER_TABLES:
            tgt.execute(f'ALTER TABLE "{table}" DISABLE TRIGGER USER')
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
            order = " ORDER BY rowid" if table in _ORDERED_TABLES else ""
            rows: Sequence[Any] = src.execute(f'SELECT {quoted} FROM "{table}"{order}').fetchall()
            with tgt.cursor().copy(f'COPY "{table}" ({quoted}) FROM STDIN') as copy:
                for row in rows:
                    copy.write_row(row)
            counts[table] = len(rows)
        # each event mention's document columns (1008), which SQLite keeps no copy of
        tgt.execute(_EVENT_MENTION_DOCUMENTS)
        for table in _SYNC_TRIGGER_TABLES:
            tgt.execute(f'ALTER TABLE "{table}" ENABLE TRIGGER USER')
    return counts


#: The fill of ``schema_pg/1008_event_mention_documents.sql``: each event mention's
#: document's seq, outlet and date, for a copy whose source keeps none
_EVENT_MENTION_DOCUMENTS = (
    "UPDATE event_mentions em SET doc_seq = d.seq, doc_outlet = d.outlet,"
    " doc_published = d.published FROM documents d WHERE d.id = em.document_id"
)

#: Tables with the triggers that keep copies and counts in step (migrations 0810, 0970,
#: 0990, 0992, 0993, 0996 and 0997: ``schema_pg/0810_entity_reads.sql``,
#: ``schema_pg/0970_entity_counts.sql``, ``schema_pg/0990_event_order_kept.sql``,
#: ``schema_pg/0992_event_argument_names.sql``, ``schema_pg/0993_event_evidence_sentence.sql``,
#: ``schema_pg/0996_entity_mention_forms.sql``, ``schema_pg/0997_claims_subject_key.sql``);
#: the copy writes their kept tables as they are.  ``documents`` carries only 0993's
#: triggers (its search vector is a generated column): they would rewrite the copied
#: evidence sentences once per document.
_SYNC_TRIGGER_TABLES = (
    "documents",
    "mentions",
    "event_mentions",
    "event_arguments",
    "claims",
    "framing_spans",
    "events",
)


if TYPE_CHECKING:

    def _implements(store: PostgresStore) -> Store:
        return store  # mypy: PostgresStore implements every protocol of protocols.py
