"""The overview's per-version caches are filled when the server starts (issue 18: web
page p95 at 100k documents; the first overview on PostgreSQL took 163-226 ms of app +
server CPU, the next 20-50 ms), and a store the warm-up cannot read still starts."""

from __future__ import annotations

import shutil
from pathlib import Path
from typing import Any

from fastapi.testclient import TestClient

from newsdossier.serve import create_app, sections

_BRIEF = (
    "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 400000)"
    " SELECT count(*) FROM n"
)


def _keys(db: Path) -> set[str]:
    return {name for (where, name) in sections._cache if Path(where).name == db.name}


def test_the_overviews_caches_are_filled_at_start(sample_db: Path, tmp_path: Path) -> None:
    db = tmp_path / "warm.db"
    shutil.copy(sample_db, db)
    app = create_app(str(db))
    assert "stats" not in _keys(db)
    with TestClient(app) as client:
        assert "stats" in _keys(db)  # before any request
        assert client.get("/").status_code == 200


def test_a_failing_warm_up_does_not_stop_the_server(
    sample_db: Path, tmp_path: Path, monkeypatch
) -> None:
    from newsdossier.serve import queries

    def broken(store: object) -> None:
        raise RuntimeError("no overview")

    monkeypatch.setattr(queries, "overview", broken)
    db = tmp_path / "cold.db"
    shutil.copy(sample_db, db)
    with TestClient(create_app(str(db))) as client:
        assert client.get("/sources").status_code == 200  # started, and serving


def test_the_warm_up_is_not_held_to_a_requests_deadline(
    sample_db: Path, tmp_path: Path, monkeypatch
) -> None:
    # At 100k documents the first overview takes over a second (the claims lexicon's
    # patterns compiled, every per-version count read): under the per-request deadline the
    # warm-up was stopped and the first visitors paid for it.  Here an overview that first
    # runs a ~0.3 s statement (400,000 rows: tens of ms on any machine) under a 1 ms
    # request deadline.
    from newsdossier.serve import queries
    from newsdossier.serve.app import ServeSettings

    real = queries.overview

    def slow(store: Any) -> Any:
        store.conn.execute(_BRIEF).fetchone()
        return real(store)

    monkeypatch.setattr(queries, "overview", slow)
    db = tmp_path / "slow.db"
    shutil.copy(sample_db, db)
    with TestClient(create_app(str(db), ServeSettings(sql_time_limit_ms=1))):
        assert "stats" in _keys(db)
