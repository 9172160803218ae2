"""The Dask executor gives the store the local pool gives, and survives a lost worker (issue 18).

One small LocalCluster (two single-threaded workers) serves the in-process
tests of this module; the coordinator-kill test runs the real command.
"""

from __future__ import annotations

import io
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from newsdossier.errors import ConfigError
from newsdossier.run.executor import ExecutorSpec, parse_executor
from newsdossier.run.local import BuildReport, build
from newsdossier.settings import Settings
from newsdossier.store.compare import diff_stores
from newsdossier.store.sqlite import open_store

from .messy_corpus import write_messy_corpus

pytestmark = pytest.mark.issue(18)

# Small batches and frequent resolver passes: many batches in flight at once, and
# passes that fall inside batches, on a corpus whose resolution depends on order
# unless the build keeps it fixed (messy_corpus.py).
_SETTINGS = Settings(resolve_every_docs=4, nlp_batch_docs=2, framing_enabled=False, workers=2)
_DOCS = 24


def test_parse_executor_accepts_the_three_forms_and_names_the_bad_one() -> None:
    assert parse_executor("local") == ExecutorSpec("local")
    assert parse_executor("dask-local") == ExecutorSpec("dask-local")
    remote = parse_executor("dask://10.0.0.5:8786")
    assert remote == ExecutorSpec("dask", "tcp://10.0.0.5:8786")
    assert remote.name == "dask://10.0.0.5:8786"
    for bad in ("dask", "dask://host", "dask://:8786", "dask://h:99999", "spark://h:1", ""):
        with pytest.raises(ConfigError) as err:
            parse_executor(bad)
        assert err.value.code == "E250" and "dask://HOST:PORT" in err.value.message


def _build(corpus: Path, db: Path, **kw: Any) -> BuildReport:
    with open_store(str(db)) as store:
        return build([str(corpus)], store, _SETTINGS, **kw)


def _sorted_export(db: Path) -> bytes:
    """The JSON export with every list sorted: what it says, not the order it says it in."""
    from newsdossier.export.json import write_json

    out = io.StringIO()
    with open_store(str(db), readonly=True) as store:
        write_json(store, out)

    def canon(value: Any) -> Any:
        if isinstance(value, dict):
            return {k: canon(v) for k, v in value.items()}
        if isinstance(value, list):
            return sorted((canon(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
        return value

    return json.dumps(canon(json.loads(out.getvalue())), sort_keys=True).encode()


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_messy_corpus(tmp_path_factory.mktemp("messy") / "in", _DOCS)


@pytest.fixture(scope="module")
def pool_db(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    db = tmp_path_factory.mktemp("pool") / "pool.db"
    report = _build(corpus, db)
    assert report.executor == "local" and report.added == _DOCS
    return db


@pytest.fixture(scope="module")
def cluster() -> Iterator[Any]:
    pytest.importorskip("distributed")
    from newsdossier.run.dask import DaskExecutor

    with DaskExecutor(ExecutorSpec("dask-local"), _SETTINGS) as executor:
        yield executor


def test_dask_local_build_stores_and_exports_what_the_pool_does(
    corpus: Path, pool_db: Path, cluster: Any, tmp_path: Path
) -> None:
    db = tmp_path / "dask.db"
    report = _build(corpus, db, executor=cluster)
    assert (report.executor, report.added, report.rejected) == ("dask-local", _DOCS, [])
    assert report.fixed_point == "reached"
    assert diff_stores(pool_db, db) == {}  # every row of every table
    assert _sorted_export(db) == _sorted_export(pool_db)


def test_dask_worker_killed_mid_build_loses_and_doubles_nothing(
    corpus: Path, pool_db: Path, cluster: Any, tmp_path: Path
) -> None:
    killed: list[int] = []
    before = cluster.worker_pids()
    log = cluster._cluster.scheduler.transition_log  # the in-process LocalCluster's
    seen = len(log)

    def kill_a_busy_worker(_: int) -> None:
        # after the first written batch, while the next ones are being analysed
        if killed:
            return
        pids = cluster.worker_pids()
        busy = cluster.busy_workers() or list(pids)
        pid = pids[busy[0]]
        os.kill(pid, signal.SIGKILL)
        killed.append(pid)

    db = tmp_path / "dask.db"
    with open_store(str(db)) as store:
        report = build([str(corpus)], store, _SETTINGS, progress=kill_a_busy_worker,
                       executor=cluster)  # fmt: skip
    assert killed and killed[0] in before.values()
    # the nanny started a new worker in its place
    deadline = time.monotonic() + 60
    while killed[0] in cluster.worker_pids().values() and time.monotonic() < deadline:
        time.sleep(0.2)
    assert killed[0] not in cluster.worker_pids().values()
    # the kill hit a batch being analysed: the scheduler started it again elsewhere
    started: dict[str, int] = {}
    for t in list(log)[seen:]:
        if t.finish == "processing" and str(t.key).startswith("newsdossier-batch-"):
            started[t.key] = started.get(t.key, 0) + 1
    assert max(started.values()) >= 2
    assert report.added == _DOCS and report.unchanged == 0
    assert diff_stores(pool_db, db) == {}


def test_dask_workers_with_other_versions_are_refused(
    cluster: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    import newsdossier

    # this process now says another version; the workers import their own
    monkeypatch.setattr(newsdossier, "__version__", "0.0.0")
    with pytest.raises(ConfigError) as err:
        cluster._check_versions()
    assert err.value.code == "E254" and "install the same newsdossier" in err.value.message


def test_dask_local_needs_a_worker() -> None:
    pytest.importorskip("distributed")
    from newsdossier.run.dask import DaskExecutor

    with pytest.raises(ConfigError) as err:
        DaskExecutor(ExecutorSpec("dask-local"), _SETTINGS.replace(workers=0))
    assert err.value.code == "E252"


def test_dask_scheduler_that_does_not_answer_is_said_in_one_line() -> None:
    pytest.importorskip("distributed")
    import socket

    from newsdossier.run.dask import DaskExecutor

    with socket.socket() as s:  # a port nothing listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConfigError) as err:
        DaskExecutor(ExecutorSpec("dask", f"tcp://127.0.0.1:{port}"), _SETTINGS, timeout_s=1)
    assert err.value.code == "E253" and "dask scheduler" in err.value.message


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--executor", "spark://h:1"], "Error: [E250] --executor 'spark://h:1' is not one of"),
        (["--executor", "dask-local", "--workers", "0"], "Error: [E252]"),
    ],
)
def test_cli_bad_executor_is_one_line_and_makes_no_store(
    extra: list[str], message: str, corpus: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:  # fmt: skip
    pytest.importorskip("distributed")
    from newsdossier.cli import run

    db = tmp_path / "c.db"
    assert run(["build", str(corpus), "--db", str(db), "-q", *extra]) == 1
    err = capsys.readouterr().err
    assert err.startswith(message) and len(err.strip().splitlines()) == 1
    assert not db.exists()


def _tagged_processes(tag: str) -> set[int]:
    out = set()
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if tag.encode() in environ.read_bytes():
                out.add(int(environ.parent.name))
        except OSError:
            continue
    return out


@pytest.mark.slow
def test_dask_build_killed_with_sigkill_resumes_exactly(
    corpus: Path, pool_db: Path, cluster: Any, tmp_path: Path
) -> None:
    db = tmp_path / "killed.db"
    env = {
        **os.environ,
        "NEWSDOSSIER_NLP_BATCH_DOCS": "2",
        "NEWSDOSSIER_WRITE_BATCH_DOCS": "2",  # a transaction per batch: killed mid-build
        "NEWSDOSSIER_RESOLVE_EVERY_DOCS": "4",
        "NEWSDOSSIER_FRAMING_ENABLED": "0",
        "NEWSDOSSIER_TEST_BUILD": f"{os.getpid()}-{time.time_ns()}",
    }
    tag = f"NEWSDOSSIER_TEST_BUILD={env['NEWSDOSSIER_TEST_BUILD']}"
    cmd = [sys.executable, "-m", "newsdossier.cli", "build", str(corpus), "--db", str(db), "-q",
           "--executor", "dask-local", "--workers", "2"]  # fmt: skip
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600  # a loaded CI machine starts a cluster slowly
    n = 0
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.1)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if n >= 6:
            break
    assert proc.poll() is None, "build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # the cluster's workers must not outlive the build that started them
    deadline = time.monotonic() + 90
    while _tagged_processes(tag) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _tagged_processes(tag), "Dask workers outlived the killed build"
    conn = sqlite3.connect(db)
    partial, done = (conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                     for t in ("documents", "inputs"))  # fmt: skip
    conn.close()
    assert 0 < partial < _DOCS
    # the rerun, on this module's cluster (one LocalCluster start fewer)
    resumed = _build(corpus, db, executor=cluster)
    assert (resumed.unchanged, resumed.added) == (done, _DOCS - partial)
    assert diff_stores(pool_db, db) == {}
