"""Compare two stores row by row: the check behind "same input, same dossier" (issue 17).

A store's content is the multiset of its rows, table by table, without rowids
(the order rows were written in is no part of the answer) and without the
columns that record *when* something happened (``seen_at``, ``added_at``,
``applied_at``, ``created_at``), nor the commit counter ``store_version``.  Two stores built from the same inputs and
settings must have equal content however their builds were batched, killed,
resumed or rerun; :func:`diff_stores` counts the rows that differ.

Memory: one table's rows at a time per store (a test or soak corpus, not a
million-document store).
"""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path

__all__ = ["VOLATILE_COLUMNS", "diff_stores", "table_rows"]

#: Columns that say when, not what: left out of every comparison.
VOLATILE_COLUMNS = frozenset({"seen_at", "added_at", "applied_at", "created_at"})
#: Tables that count how, not what: ``store_version`` counts commits, which depend
#: on batch sizes.
_SKIP = frozenset({"sqlite_sequence", "sqlite_stat1", "sqlite_stat4", "store_version"})


def _tables(conn: sqlite3.Connection) -> list[str]:
    rows = conn.execute("SELECT name, sql FROM sqlite_master WHERE type = 'table'").fetchall()
    virtual = {n for n, sql in rows if (sql or "").upper().startswith("CREATE VIRTUAL")}
    return sorted(
        n for n, _ in rows
        if n not in _SKIP and n not in virtual and not any(n.startswith(v + "_") for v in virtual)
    )  # fmt: skip


def table_rows(conn: sqlite3.Connection, table: str) -> Counter[tuple[object, ...]]:
    """The rows of ``table`` as a multiset, volatile columns left out."""
    cols = [r[1] for r in conn.execute(f'PRAGMA table_info("{table}")')]
    keep = [c for c in cols if c not in VOLATILE_COLUMNS]
    sql = "SELECT " + ", ".join(f'"{c}"' for c in keep) + f' FROM "{table}"'
    return Counter(conn.execute(sql))


def diff_stores(a: str | Path, b: str | Path) -> dict[str, int]:
    """``{table: rows in one store and not the other}``, for tables that differ."""
    ca = sqlite3.connect(f"{Path(a).resolve().as_uri()}?mode=ro", uri=True)
    cb = sqlite3.connect(f"{Path(b).resolve().as_uri()}?mode=ro", uri=True)
    try:
        out: dict[str, int] = {}
        tables_a, tables_b = set(_tables(ca)), set(_tables(cb))
        for table in sorted(tables_a | tables_b):
            if table not in tables_a or table not in tables_b:
                out[table] = -1  # a table only one store has
                continue
            ra, rb = table_rows(ca, table), table_rows(cb, table)
            n = sum(((ra - rb) + (rb - ra)).values())
            if n:
                out[table] = n
        return out
    finally:
        ca.close()
        cb.close()
