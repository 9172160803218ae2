"""The overview's per-version caches are filled when the server starts (issue 18: web
page p95 at 100k documents; the first overview on PostgreSQL took 163-226 ms of app +
server CPU, the next 20-50 ms), and a store the warm-up cannot read still starts."""

from __future__ import annotations

import shutil
from pathlib import Path

from fastapi.testclient import TestClient

from newsdossier.serve import create_app, sections


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
