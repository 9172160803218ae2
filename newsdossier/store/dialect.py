"""What differs between the SQL of SQLite and of PostgreSQL, in one place (issue 18).

The store's queries are plain DB-API SQL written once for both engines
(``docs/scale.md`` says why not SQLAlchemy Core): standard joins, ``substr``,
``coalesce``, ``lower(x) LIKE ? ESCAPE '\\'`` and ``INSERT ... ON CONFLICT``
read the same in both.  What does not is named here, and the engine-neutral
query modules (``reads.py``, ``names_repo.py``) ask the :class:`Dialect`:

- the placeholder: written ``?`` everywhere; :meth:`Dialect.q` turns it into
  psycopg's ``%s`` (and doubles a literal ``%``) for PostgreSQL;
- insertion order: a document's place in the corpus (and a user judgement's
  place among judgements) is SQLite's ``rowid``; PostgreSQL has no rowid, and
  its schema gives such tables an identity column ``seq`` instead
  (:attr:`Dialect.row_order`);
- string functions: ``group_concat`` / ``string_agg``, ``instr`` / ``strpos``;
- planner hints: SQLite's ``INDEXED BY`` (PostgreSQL has none; its planner
  picks the partial index of ``mentions`` unaided).

Full-text search (FTS5 vs ``tsvector``), schema probes and the request deadline
are engine features, not syntax: each engine's store class implements them.
"""

from __future__ import annotations

import functools
import sqlite3
import sys
from dataclasses import dataclass

__all__ = ["database_errors", "POSTGRESQL", "SQLITE", "Dialect"]


@dataclass(frozen=True, slots=True)
class Dialect:
    name: str
    #: the column that orders rows as they were added (stable across exports)
    row_order: str
    #: ``group_concat(DISTINCT x)`` of SQLite, ``string_agg(DISTINCT x, ',')`` of PostgreSQL
    concat_distinct: str
    #: the 1-based position of a substring: ``instr(s, x)`` / ``strpos(s, x)``
    position: str
    #: the current time as a column value in an ``UPDATE SET`` (``seen_at``)
    now: str
    #: ``INDEXED BY {}`` where the engine takes index hints, else nothing
    index_hint: str = ""

    def q(self, sql: str) -> str:
        """``sql`` (written with ``?`` placeholders) in this engine's parameter style."""
        return sql if self.name == "sqlite" else _pyformat(sql)

    def marks(self, n: int) -> str:
        """``?,?,...`` for an ``IN (...)`` list of ``n`` values (before :meth:`q`)."""
        return ",".join("?" * n)

    def agg_distinct(self, expr: str) -> str:
        return self.concat_distinct.format(expr)

    def instr(self, string: str, sub: str) -> str:
        return self.position.format(string, sub)

    def indexed_by(self, index: str) -> str:
        """The hint that makes the engine read a table through ``index`` (after its name)."""
        return f" {self.index_hint.format(index)}" if self.index_hint else ""

    def row_order_of(self, alias: str = "") -> str:
        """The insertion-order column of the table aliased ``alias``."""
        return f"{alias}.{self.row_order}" if alias else self.row_order


@functools.lru_cache(maxsize=4096)
def _pyformat(sql: str) -> str:
    # The store's SQL never holds a '?' inside a string literal (values are bound);
    # a literal '%' (LIKE patterns are bound too) is doubled for psycopg.
    return sql.replace("%", "%%").replace("?", "%s")


SQLITE = Dialect(
    "sqlite",
    row_order="rowid",
    concat_distinct="group_concat(DISTINCT {})",
    position="instr({}, {})",
    now="strftime('%Y-%m-%dT%H:%M:%SZ','now')",
    index_hint="INDEXED BY {}",
)
POSTGRESQL = Dialect(
    "postgresql",
    row_order="seq",
    concat_distinct="string_agg(DISTINCT {0}, ',' ORDER BY {0})",
    position="strpos({}, {})",
    now="DEFAULT",
)


def database_errors() -> tuple[type[Exception], ...]:
    """The DB-API error classes of the engines in use: what a caller that reports "the
    store could not answer" (the web app's error page) catches without importing a
    driver.  psycopg's only once a PostgreSQL store has loaded it (importing it costs
    0.3 s that every SQLite command would pay)."""
    errors: list[type[Exception]] = [sqlite3.Error]
    psycopg = sys.modules.get("psycopg")
    if psycopg is not None:
        errors.append(psycopg.Error)
    return tuple(errors)
