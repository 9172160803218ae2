"""The scratch PostgreSQL cluster behind the pg tests works (issue 18; tools/pg_scratch.py)."""

from __future__ import annotations

import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from tools import pg_scratch

pytestmark = pytest.mark.issue(18)

ROOT = Path(__file__).resolve().parent.parent


def _listening(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=1).close()
        return True
    except OSError:
        return False


def test_pg_scratch_installs_nothing_when_the_server_is_there(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    if not pg_scratch.available():
        pytest.skip("the PostgreSQL server binaries are not installed")

    def no_install(*args: Any, **kw: Any) -> None:
        raise AssertionError(f"ran {args}")

    monkeypatch.setattr(subprocess, "run", no_install)
    bindir = pg_scratch.ensure_binaries()
    assert (bindir / "initdb").exists() and (bindir / "pg_ctl").exists()


def test_pg_scratch_says_whether_the_server_is_there() -> None:
    done = subprocess.run(
        [sys.executable, str(ROOT / "tools" / "pg_scratch.py"), "available"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    assert done.stdout.strip() == ("1" if pg_scratch.available() else "0")


def test_db_url_hook_gives_each_engine_a_store_location(db_url: str) -> None:
    from tests.pg import open_engine_store

    with open_engine_store(db_url) as store:
        assert store.store_version() == 0 and store.entity_count() == 0


@pytest.mark.pg
def test_pg_session_cluster_takes_a_table_and_unicode(pg_url: str) -> None:
    import psycopg

    with psycopg.connect(pg_url) as conn:
        conn.execute("CREATE TABLE docs (id text PRIMARY KEY, body text NOT NULL)")
        conn.execute("INSERT INTO docs VALUES (%s, %s)", ("d1", "Moǧāhedin-e Ḫalq “quoted” — 1965"))
        conn.commit()
        row = conn.execute("SELECT body, length(body) FROM docs").fetchone()
        assert row == ("Moǧāhedin-e Ḫalq “quoted” — 1965", 32)
        assert conn.execute("SHOW listen_addresses").fetchone() == ("127.0.0.1",)
        assert conn.execute("SHOW server_encoding").fetchone() == ("UTF8",)


@pytest.mark.pg
def test_pg_url_is_a_new_empty_database_each_time(pg_url: str, pg_cluster: Any) -> None:
    import psycopg

    with psycopg.connect(pg_url) as conn:
        tables = conn.execute(
            "SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"
        ).fetchone()
    assert tables == (0,)
    assert pg_url != pg_cluster.url() and pg_url.startswith("postgresql://postgres@127.0.0.1:")


@pytest.mark.pg
def test_pg_scratch_starts_prints_its_url_and_stops_and_removes_it(tmp_path: Path) -> None:
    import psycopg

    script = [sys.executable, str(ROOT / "tools" / "pg_scratch.py")]
    done = subprocess.run([*script, "start"], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr
    url = done.stdout.strip()
    folder = Path(done.stderr.split("--dir ")[-1].strip())
    cluster = pg_scratch.attach(folder)
    try:
        assert url == cluster.url() and _listening(cluster.port)
        with psycopg.connect(url) as conn:
            conn.execute("CREATE TABLE t (x int)")
            conn.execute("INSERT INTO t VALUES (1), (2)")
            assert conn.execute("SELECT sum(x) FROM t").fetchone() == (3,)
        again = subprocess.run([*script, "url", "--dir", str(folder)], capture_output=True,
                               text=True, check=True)  # fmt: skip
        assert again.stdout.strip() == url
    finally:
        stopped = subprocess.run([*script, "stop", "--dir", str(folder)], capture_output=True,
                                 text=True, timeout=120)  # fmt: skip
    assert stopped.returncode == 0, stopped.stderr
    assert not folder.exists() and not _listening(cluster.port)
