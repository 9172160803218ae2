"""Shared fixtures: the bundled sample corpus, ../shared/data (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest

# PostgreSQL: --pg / NEWSDOSSIER_TEST_PG=1, the pg marker, pg_cluster, pg_url and the
# db_url engine parametrisation (issue 18; tests/pg.py)
pytest_plugins = ["tests.pg"]

ROOT = Path(__file__).resolve().parent.parent
SAMPLE_CORPUS = ROOT / "newsdossier" / "sample" / "corpus"
SHARED_DATA = ROOT.parent / "shared" / "data"


@pytest.fixture(scope="session")
def sample_corpus() -> Path:
    return SAMPLE_CORPUS


@pytest.fixture(scope="session")
def shared_data() -> Path:
    if not SHARED_DATA.is_dir():
        pytest.skip("../shared/data is not present")
    return SHARED_DATA


@pytest.fixture(scope="session")
def sample_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample corpus built once into an SQLite store (read-only use in tests)."""
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    db = tmp_path_factory.mktemp("sample") / "sample.db"
    with open_store(str(db)) as store:
        build([str(SAMPLE_CORPUS)], store, Settings())
    return db
