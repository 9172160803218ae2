"""The web request deadline holds on both engines (issue 18): a slow statement is stopped
and answers ``QueryTooSlow``; ``no_deadline`` lifts it; the connection stays usable."""

from __future__ import annotations

import time
from typing import Any

import pytest

from newsdossier.serve.db import StorePool, no_deadline
from newsdossier.serve.errors import QueryTooSlow
from newsdossier.store.engine import open_store

# A statement that runs for seconds on either engine, and one that runs ~0.3 s.
_SLOW = {
    "sqlite": (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 1000000000)"
        " SELECT count(*) FROM n"
    ),
    "postgresql": "SELECT pg_sleep(30)",
}
_BRIEF = {
    "sqlite": (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000)"
        " SELECT count(*) FROM n"
    ),
    "postgresql": "SELECT pg_sleep(0.3)",
}


def _engine(url: str) -> str:
    return "postgresql" if url.startswith("postgresql://") else "sqlite"


@pytest.fixture
def pool(db_url: str) -> Any:
    with open_store(db_url):  # created and migrated, as a build leaves it
        pass
    p = StorePool(db_url, 100)
    try:
        yield p
    finally:
        p.close()


def test_slow_statement_is_stopped_at_the_deadline(pool: StorePool, db_url: str) -> None:
    began = time.monotonic()
    with pytest.raises(QueryTooSlow), pool.session() as store:
        store.conn.execute(_SLOW[_engine(db_url)]).fetchone()  # type: ignore[attr-defined]
    assert time.monotonic() - began < 5  # stopped, not run to its end (30 s or more)
    with pool.session() as store:  # the connection answers the next request
        assert store.conn.execute("SELECT 1").fetchone() == (1,)  # type: ignore[attr-defined]


def test_no_deadline_lets_a_statement_finish(pool: StorePool, db_url: str) -> None:
    with pool.session() as store, no_deadline(store):
        row = store.conn.execute(_BRIEF[_engine(db_url)]).fetchone()  # type: ignore[attr-defined]
    assert row is not None


def test_requests_within_the_deadline_are_not_cancelled(pool: StorePool) -> None:
    # many short requests in a row: a cancel meant for one never reaches the next
    for _ in range(200):
        with pool.session() as store:
            assert store.store_version() >= 0


def test_a_session_can_have_its_own_deadline(pool: StorePool, db_url: str) -> None:
    # the server's start-up work (filling the overview's caches) runs under a longer one
    with pool.session(time_limit_ms=30_000) as store:
        row = store.conn.execute(_BRIEF[_engine(db_url)]).fetchone()  # type: ignore[attr-defined]
    assert row is not None
    with pytest.raises(QueryTooSlow), pool.session() as store:  # the pool's own again
        store.conn.execute(_SLOW[_engine(db_url)]).fetchone()  # type: ignore[attr-defined]
