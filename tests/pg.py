"""PostgreSQL for the test suite (issue 18): one scratch cluster per session, on request.

Off unless ``--pg`` is given or ``NEWSDOSSIER_TEST_PG=1`` (``make test`` sets it
when the server binaries are installed: ``make postgres``).  Then:

- tests marked ``pg`` run (skipped otherwise, with the reason);
- ``pg_cluster`` (session) is a cluster started with ``tools/pg_scratch.py``
  on 127.0.0.1 and stopped, its folder removed, when the session ends;
- ``pg_url`` is a new, empty database on it for one test (dropped after).

The store-engine hook: the ``db_url`` fixture is parametrised over
:data:`STORE_ENGINES`, and ``engine_store`` is an empty writable store on each (with
:func:`sql` for a test's own queries, ``?`` placeholders on both engines), and
``sample_url`` the built sample corpus on each (PostgreSQL's built once a session).  A test that takes ``db_url`` instead of making its own
SQLite path runs once per engine; the ``postgresql`` run carries the ``pg``
marker, so it is skipped where PostgreSQL tests are off.  :func:`open_engine_store`
opens either (as ``newsdossier.store.engine.open_store`` does for a URL).  Whole
builds on both engines: ``tests/store/test_pg_build.py``.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

#: Engines the store tests run against (see the module docstring).
STORE_ENGINES: tuple[str, ...] = ("sqlite", "postgresql")

ENV = "NEWSDOSSIER_TEST_PG"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--pg",
        action="store_true",
        default=False,
        help=f"run the PostgreSQL tests on a scratch cluster (or set {ENV}=1)",
    )


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        f"pg: needs a PostgreSQL server (a scratch cluster; --pg or {ENV}=1, else skipped)",
    )


def pg_enabled(config: pytest.Config) -> bool:
    return bool(config.getoption("--pg")) or os.environ.get(ENV, "") not in ("", "0")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if pg_enabled(config):
        return
    skip = pytest.mark.skip(reason=f"PostgreSQL tests are off: give --pg or set {ENV}=1")
    for item in items:
        if "pg" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(scope="session")
def pg_cluster(pytestconfig: pytest.Config) -> Iterator[object]:
    """The session's scratch cluster (``tools.pg_scratch.ScratchCluster``)."""
    if not pg_enabled(pytestconfig):
        pytest.skip(f"PostgreSQL tests are off: give --pg or set {ENV}=1")
    from tools import pg_scratch

    try:
        cluster = pg_scratch.start()
    except pg_scratch.PgScratchError as exc:
        # asked for and not there: a failure, never a silent skip
        pytest.fail(f"cannot start a scratch PostgreSQL cluster: {exc}", pytrace=False)
    try:
        yield cluster
    finally:
        pg_scratch.stop(cluster)


@pytest.fixture
def pg_url(pg_cluster: object) -> Iterator[str]:
    """A new, empty database on the session's cluster, dropped after the test."""
    import psycopg

    admin_url = pg_cluster.url()  # type: ignore[attr-defined]
    url = _new_database(pg_cluster)
    name = url.rsplit("/", 1)[-1]
    try:
        yield url
    finally:
        with psycopg.connect(admin_url, autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


def _new_database(cluster: object) -> str:
    import psycopg

    name = f"t_{uuid.uuid4().hex[:16]}"
    with psycopg.connect(cluster.url(), autocommit=True) as conn:  # type: ignore[attr-defined]
        conn.execute(f"CREATE DATABASE \"{name}\" TEMPLATE template0 ENCODING 'UTF8'")
    url: str = cluster.url(name)  # type: ignore[attr-defined]
    return url


@pytest.fixture(scope="session")
def sample_pg_url(pg_cluster: object, sample_corpus: Path) -> str:
    """The sample corpus built once into a PostgreSQL database (read-only use in tests;
    the cluster and its databases go when the session ends)."""
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.engine import open_store

    url = _new_database(pg_cluster)
    with open_store(url) as store:
        build([str(sample_corpus)], store, Settings())
    return url


def _engine_params() -> list[object]:
    return [
        pytest.param(e, marks=pytest.mark.pg, id=e) if e == "postgresql" else pytest.param(e, id=e)
        for e in STORE_ENGINES
    ]


@pytest.fixture(params=_engine_params())
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """A store location for one test, once per engine in :data:`STORE_ENGINES`."""
    if request.param == "postgresql":
        url: str = request.getfixturevalue("pg_url")
        return url
    return str(tmp_path / "store.db")


@pytest.fixture
def engine_store(db_url: str) -> Iterator[Any]:
    """An empty, writable store, once per engine in :data:`STORE_ENGINES` (opened as
    ``newsdossier build --db`` opens one)."""
    from newsdossier.store.engine import open_store

    with open_store(db_url) as store:
        yield store


def sql(store: Any, query: str, params: tuple[Any, ...] = ()) -> Any:
    """A test's own query (written with ``?``) on either engine's connection: the cursor."""
    return store.conn.execute(store.dialect.q(query), params)


@pytest.fixture(params=_engine_params())
def sample_url(request: pytest.FixtureRequest) -> str:
    """The built sample corpus's store, once per engine (``sample_db`` for SQLite)."""
    if request.param == "postgresql":
        url: str = request.getfixturevalue("sample_pg_url")
        return url
    return str(request.getfixturevalue("sample_db"))


def open_engine_store(db_url: str, *, readonly: bool = False) -> Any:
    """The store at ``db_url`` (a ``db_url`` value) on its own engine."""
    if db_url.startswith("postgresql://"):
        from newsdossier.store.postgres import PostgresStore

        return PostgresStore(db_url, readonly=readonly)
    from newsdossier.store.sqlite import SQLiteStore

    return SQLiteStore(db_url, readonly=readonly)


def sample_store_copy(
    db_url: str, sample_db: Path, tmp_path: Path, *, readonly: bool = False
) -> Any:
    """A copy of the built sample store (``sample_db``) on the engine of ``db_url``: its
    tables copied into the fresh PostgreSQL database, or the SQLite file copied under
    ``tmp_path``; the caller closes it."""
    if db_url.startswith("postgresql://"):
        from newsdossier.store.postgres import copy_tables
        from newsdossier.store.sqlite import SQLiteStore

        s = open_engine_store(db_url)
        with SQLiteStore(sample_db, readonly=True) as ref:
            copy_tables(ref, s)
        return s
    import shutil

    path = tmp_path / "copy.db"
    shutil.copy(sample_db, path)
    return open_engine_store(str(path), readonly=readonly)


@pytest.fixture
def sample_store(db_url: str, sample_db: Path, tmp_path: Path) -> Iterator[Any]:
    """A writable copy of the built sample store, on the engine of ``db_url``."""
    s = sample_store_copy(db_url, sample_db, tmp_path)
    yield s
    s.close()


def top_event_entities(store: Any) -> tuple[str, str]:
    """The two entities in the most events by their kept counts (ties by id)."""
    a, b = (
        r[0]
        for r in sql(
            store,
            "SELECT entity_id FROM entity_event_counts GROUP BY entity_id"
            " ORDER BY sum(events) DESC, entity_id LIMIT 2",
        ).fetchall()
    )
    return a, b
