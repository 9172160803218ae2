"""What an SQL layer costs per statement: sqlite3 DB-API vs SQLAlchemy Core (issue 18).

    python benchmarks/bench_sql_layer.py [--names 50000] [--lookups 20000] [--rounds 3]

The store's hottest pattern is the resolvers' many small indexed lookups (the
name index asks ``entity_names`` by key once per name it meets; recall asks by
folded form and skeleton per document).  This times that lookup, on one SQLite
file, three ways in alternation within each round (a shared machine's load hits
them alike):

- ``dbapi``: ``sqlite3`` with a ``?`` statement (what the store does; with
  psycopg 3 the same code runs with ``%s``, see ``store/dialect.py``);
- ``core``: an SQLAlchemy Core ``select()`` on a ``table()``, compiled once;
- ``text``: SQLAlchemy ``text()`` with a named parameter.

It prints microseconds per lookup (best round) and each one's ratio to ``dbapi``.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from collections.abc import Callable

import sqlalchemy as sa

_SQL = "SELECT entity_id, folded, skeleton, type, seq FROM entity_names WHERE key = ?"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--names", type=int, default=50_000)
    ap.add_argument("--lookups", type=int, default=20_000)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    folder = tempfile.mkdtemp(prefix="nd-sql-layer-")
    path = os.path.join(folder, "names.db")
    conn = sqlite3.connect(path)
    conn.execute(
        "CREATE TABLE entity_names(key TEXT PRIMARY KEY, entity_id TEXT, folded TEXT,"
        " skeleton TEXT, type TEXT, seq INTEGER)"
    )
    conn.executemany(
        "INSERT INTO entity_names VALUES (?,?,?,?,?,?)",
        [(f"name {i}", f"e{i % 5000}", f"nami {i}", f"nm{i % 977}", "person", i)
         for i in range(args.names)],
    )  # fmt: skip
    conn.commit()
    rng = random.Random(7)
    keys = [f"name {rng.randrange(int(args.names * 1.2))}" for _ in range(args.lookups)]
    engine = sa.create_engine(f"sqlite:///{path}")
    sa_conn = engine.connect()
    names = sa.table(
        "entity_names",
        *(sa.column(c) for c in ("key", "entity_id", "folded", "skeleton", "type", "seq")),
    )
    core = sa.select(
        names.c.entity_id, names.c.folded, names.c.skeleton, names.c.type, names.c.seq
    ).where(names.c.key == sa.bindparam("k"))
    text = sa.text(_SQL.replace("?", ":k"))

    def run_dbapi() -> None:
        for k in keys:
            conn.execute(_SQL, (k,)).fetchone()

    def run_core() -> None:
        for k in keys:
            sa_conn.execute(core, {"k": k}).fetchone()

    def run_text() -> None:
        for k in keys:
            sa_conn.execute(text, {"k": k}).fetchone()

    kinds: dict[str, Callable[[], None]] = {"dbapi": run_dbapi, "core": run_core, "text": run_text}
    best: dict[str, float] = {k: float("inf") for k in kinds}
    for _ in range(args.rounds):
        for name, fn in kinds.items():
            t0 = time.perf_counter()
            fn()
            best[name] = min(best[name], time.perf_counter() - t0)
    print(f"load average {os.getloadavg()[0]:.1f}; {args.lookups} lookups, best of {args.rounds}")
    for name, seconds in best.items():
        print(
            f"{name:6s} {1e6 * seconds / args.lookups:6.1f} us/lookup"
            f"  ratio to dbapi {seconds / best['dbapi']:.2f}"
        )


if __name__ == "__main__":
    main()
