"""``watch_changes`` on PostgreSQL (issue 18): the rows a resolver pass really changed.

The same count as SQLite's ``ChangeWatch`` (``sqlite.py``): every inserted row
logs +1 and every deleted row -1 (an update is both), keyed by the row's value
(``to_jsonb(row)::text``); rows whose sum is not 0 changed, so a resolver that
deletes and re-inserts the same row changes nothing.  PostgreSQL has no
temporary triggers: :meth:`PgChangeWatch.install` creates ordinary row triggers
for the watch and :meth:`PgChangeWatch.remove` drops them (the store has one
writer; a reader's statements fire no trigger).  The log is a temporary table,
so it is the writer session's own; a trigger left behind by a writer that died
finds no log in any other session and does nothing.  An upsert (``ON CONFLICT DO
UPDATE``) fires one UPDATE where SQLite's ``INSERT OR REPLACE`` fired a delete
and an insert: the same net count.
"""

from __future__ import annotations

from typing import Any

__all__ = ["PgChangeWatch"]

_LOG = "nd_changes"
_TRIGGER = "nd_watch"
_SKIP = ("_migrations", "resolution_state", "store_version")

_FUNCTION = f"""
CREATE OR REPLACE FUNCTION nd_watch_log() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF to_regclass('pg_temp.{_LOG}') IS NULL THEN
        RETURN NULL;  -- a trigger left by a writer that died: no watch in this session
    END IF;
    IF TG_OP IN ('DELETE', 'UPDATE') THEN
        INSERT INTO pg_temp.{_LOG} VALUES (TG_TABLE_NAME, to_jsonb(OLD)::text, -1);
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO pg_temp.{_LOG} VALUES (TG_TABLE_NAME, to_jsonb(NEW)::text, 1);
    END IF;
    RETURN NULL;
END $$
"""


class PgChangeWatch:
    """See :meth:`PostgresStore.watch_changes`."""

    def __init__(self, conn: Any) -> None:
        self.conn = conn
        self.tables: list[str] = []

    def install(self) -> None:
        c = self.conn
        with c.transaction():
            c.execute(f"CREATE TEMP TABLE IF NOT EXISTS {_LOG} (tbl text, row text, d integer)")
            c.execute(f"DELETE FROM pg_temp.{_LOG}")
            c.execute(_FUNCTION)
            self.tables = [
                r[0]
                for r in c.execute(
                    "SELECT table_name FROM information_schema.tables WHERE table_schema ="
                    " current_schema() AND table_type = 'BASE TABLE' AND NOT table_name = ANY(%s)"
                    " ORDER BY table_name",
                    (list(_SKIP),),
                )
            ]
            for table in self.tables:
                c.execute(f'DROP TRIGGER IF EXISTS {_TRIGGER} ON "{table}"')
                c.execute(
                    f'CREATE TRIGGER {_TRIGGER} AFTER INSERT OR UPDATE OR DELETE ON "{table}"'
                    " FOR EACH ROW EXECUTE FUNCTION nd_watch_log()"
                )

    def changed(self) -> dict[str, int]:
        """``{table: rows changed}`` since the watch began (tables with changes only)."""
        return {
            t: int(n)
            for t, n in self.conn.execute(
                f"SELECT tbl, count(*) FROM (SELECT tbl, row FROM pg_temp.{_LOG}"
                " GROUP BY tbl, row HAVING sum(d) != 0) x GROUP BY tbl ORDER BY tbl"
            )
        }

    def reset(self) -> None:
        self.conn.execute(f"DELETE FROM pg_temp.{_LOG}")

    def remove(self) -> None:
        c = self.conn
        with c.transaction():
            for table in self.tables:
                c.execute(f'DROP TRIGGER IF EXISTS {_TRIGGER} ON "{table}"')
            c.execute(f"DELETE FROM pg_temp.{_LOG}")
        self.tables.clear()
