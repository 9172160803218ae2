"""Shared fixtures: the bundled sample corpus, ../shared/data (skipped when absent)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings

# No time limit on a Hypothesis example: tests never assert speed (benchmarks do), and a
# loaded CI machine made the default 200 ms deadline fail a pure string function.
settings.register_profile(
    "newsdossier", deadline=None, suppress_health_check=[HealthCheck.too_slow]
)
settings.load_profile("newsdossier")

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
