"""Named, ordered schema migrations of the SQLite store.

Each migration is an SQL file in ``store/schema/`` named ``NNNN_what.sql``;
files apply in name order, each in its own transaction, and the table
``_migrations`` records the names applied, so running :func:`apply_migrations`
repeatedly is safe.  Never edit an applied migration: add a new file.  A
feature (events, claims, framing, ...) owns its own file, so parallel work
never fights over a version number.  ``PRAGMA user_version`` holds the count
of applied migrations, for people poking at the file.

The tables, for people reading the file in sqlite3 or Datasette:

- ``documents``        one row per distinct clean text (id = hash of its normalised text)
- ``document_sources`` every input record that produced a document (duplicates add rows here)
- ``removed``          page furniture removed from each document, in order, with its kind
- ``sentences``        sentence spans (offsets into documents.text)
- ``mentions``         named-entity mentions with offsets, tagger label, contract type,
                       grouping key, analyzer and version, and the entity they belong to
- ``entities``         entity clusters (a view over mentions, rebuilt by the resolver)
- ``entity_aliases``   every surface name of an entity, its count and how it was merged
- ``inputs``           one row per input file/record seen: done or rejected (with code + reason),
                       and ``notes``: what ingest repaired before using it (``W101 ...``)
- ``documents_fts``    FTS5 full-text index over documents' title and text
- ``resolution_state`` where the build's resolver passes stand (``run/passes.py``)
- ``store_version``    a counter every write transaction raises as it commits
"""

from __future__ import annotations

import sqlite3
from importlib import resources

from ..errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "apply_migrations"]


def _load() -> tuple[tuple[str, str], ...]:
    folder = resources.files("newsdossier.store") / "schema"
    files = sorted(f.name for f in folder.iterdir() if f.name.endswith(".sql"))
    return tuple((name[:-4], (folder / name).read_text(encoding="utf-8")) for name in files)


MIGRATIONS: tuple[tuple[str, str], ...] = _load()
SCHEMA_VERSION = len(MIGRATIONS)


def apply_migrations(conn: sqlite3.Connection) -> int:
    """Apply every migration not yet applied; return the number applied in all."""
    conn.execute("CREATE TABLE IF NOT EXISTS _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    applied = {r[0] for r in conn.execute("SELECT name FROM _migrations")}
    unknown = applied - {name for name, _ in MIGRATIONS}
    if unknown:
        raise StoreError(
            f"the database has migrations this newsdossier does not know ({', '.join(sorted(unknown))});"
            " upgrade newsdossier",
            code="E305",
        )
    for name, script in MIGRATIONS:
        if name in applied:
            continue
        # executescript commits first; wrap each script so a failure leaves no half schema.
        conn.executescript(
            f"BEGIN;\n{script}\nINSERT INTO _migrations VALUES ('{name}', "
            f"strftime('%Y-%m-%dT%H:%M:%SZ','now'));\nPRAGMA user_version = {len(applied) + 1};\nCOMMIT;"
        )
        applied.add(name)
    return len(applied)
