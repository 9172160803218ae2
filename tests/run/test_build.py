"""End-to-end builds: idempotent reruns, resume after kill -9, parallel workers."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdossier.run.local import build
from newsdossier.settings import Settings
from newsdossier.store.compare import diff_stores
from newsdossier.store.sqlite import open_store

_TEMPLATE = (
    "Officials of the Harvan Council met delegates from Velmora in the city of Ostrand on "
    "Tuesday, article {i}. Spokesman Daniel Whitford said the talks on the river dispute would "
    "continue, and the Harvan Council later issued a statement number {i} about the meeting.\n\n"
    "Analysts at the Brenmark Institute said the outcome of meeting {i} was uncertain."
)


def _write_corpus(folder: Path, n: int) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        (folder / f"art{i:04d}.txt").write_text(_TEMPLATE.format(i=i), encoding="utf-8")
    return folder


def _tagged_processes(tag: str) -> set[int]:
    """Pids of live processes whose environment holds ``tag`` (inherited from a build)."""
    out = set()
    for environ in Path("/proc").glob("[0-9]*/environ"):
        try:
            if tag.encode() in environ.read_bytes():
                out.add(int(environ.parent.name))
        except OSError:
            continue
    return out


def _counts(db: Path) -> tuple[int, ...]:
    conn = sqlite3.connect(db)
    q = lambda sql: conn.execute(sql).fetchone()[0]  # noqa: E731
    out = (
        q("SELECT count(*) FROM documents"),
        q("SELECT count(*) FROM document_sources"),
        q("SELECT count(*) FROM mentions"),
        q("SELECT count(*) FROM sentences"),
        q("SELECT count(*) FROM inputs"),
        q("SELECT count(*) FROM entities"),
        q("SELECT coalesce(sum(mention_count), 0) FROM entities"),
    )
    conn.close()
    return out


def test_build_rerun_adds_nothing(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "in", 12)
    db = tmp_path / "c.db"
    with open_store(str(db)) as store:
        first = build([str(corpus)], store, Settings())
    before = _counts(db)
    with open_store(str(db)) as store:
        again = build([str(corpus)], store, Settings())
    assert first.added == 12 and not first.rejected
    assert (again.added, again.duplicates, again.unchanged) == (0, 0, 12)
    assert _counts(db) == before


def test_build_with_workers_matches_inline(tmp_path: Path) -> None:
    # Resolver passes every 8 documents: the passes fall at the same points of the
    # input whatever the number of processes, so the stores are the same.
    corpus = _write_corpus(tmp_path / "in", 20)
    dbs = {n: tmp_path / f"w{n}.db" for n in (0, 1, 2)}
    reports = {}
    for n, db in dbs.items():
        with open_store(str(db)) as store:
            reports[n] = build(
                [str(corpus)], store, Settings(nlp_batch_docs=4, workers=n, resolve_every_docs=8)
            )
    assert {r.added for r in reports.values()} == {20}
    assert {r.resolver_passes for r in reports.values()} == {3}  # after 8, 16 and at the end
    assert _counts(dbs[0]) == _counts(dbs[1]) == _counts(dbs[2])
    stages = reports[2].stage_seconds
    assert {"clean", "newsdossier.spacy", "write"} <= set(stages) and all(
        v >= 0 for v in stages.values()
    )
    assert any(k.startswith("resolve:") for k in stages)


@pytest.mark.slow
def test_build_killed_with_sigkill_resumes_without_loss_or_double_count(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "in", 160)
    reference = tmp_path / "ref.db"
    # resolver passes every 16 documents, so the kill can fall between passes
    with open_store(str(reference)) as store:
        build([str(corpus)], store, Settings(nlp_batch_docs=8, resolve_every_docs=16))
    db = tmp_path / "killed.db"
    # a transaction per analysed batch (the writer gathers batches up to write_batch_docs)
    env = {**os.environ, "NEWSDOSSIER_NLP_BATCH_DOCS": "8", "NEWSDOSSIER_WRITE_BATCH_DOCS": "8",
           "NEWSDOSSIER_RESOLVE_EVERY_DOCS": "16"}  # fmt: skip
    cmd = [sys.executable, "-m", "newsdossier.cli", "build", str(corpus), "--db", str(db), "-q"]
    tag = f"NEWSDOSSIER_TEST_BUILD={os.getpid()}-{time.time_ns()}"
    env[tag.split("=")[0]] = tag.split("=")[1]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline and proc.poll() is None:
        time.sleep(0.2)
        try:
            conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
            n = conn.execute("SELECT count(*) FROM documents").fetchone()[0]
            conn.close()
        except sqlite3.Error:
            continue
        if n >= 24:
            break
    assert proc.poll() is None, "build finished before it could be killed"
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    # its worker (and the forkserver it came from) must not outlive it
    deadline = time.monotonic() + 60  # a loaded machine reaps them slowly
    while _tagged_processes(tag) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert not _tagged_processes(tag), "worker processes outlived the killed build"
    partial = _counts(db)
    assert 0 < partial[0] < 160
    with open_store(str(db)) as store:
        resumed = build([str(corpus)], store, Settings(nlp_batch_docs=8, resolve_every_docs=16))
    assert resumed.unchanged == partial[4]
    assert resumed.added == 160 - partial[0]
    assert _counts(db) == _counts(reference)
    assert diff_stores(reference, db) == {}  # issue 17: every row, not only the counts


@pytest.mark.issue(17)
def test_second_build_on_a_store_being_written_is_refused_with_its_code(tmp_path: Path) -> None:
    corpus = _write_corpus(tmp_path / "in", 3)
    db = tmp_path / "c.db"
    holder = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from newsdossier.store.sqlite import open_store;"
         " s = open_store(sys.argv[1]); print('ok', flush=True); time.sleep(600)", str(db)],
        stdout=subprocess.PIPE, text=True,
    )  # fmt: skip
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "ok"
        cmd = [sys.executable, "-m", "newsdossier.cli", "build", str(corpus), "--db", str(db),
               "-q", "--workers", "0"]  # fmt: skip
        second = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    finally:
        holder.kill()
        holder.wait()
        assert holder.stdout is not None
        holder.stdout.close()
    assert second.returncode == 1
    assert second.stderr.startswith("Error: [E311] another process (pid ")
    assert "Traceback" not in second.stderr


def test_build_replaces_its_workers_without_hanging(tmp_path: Path) -> None:
    # Workers replaced after every two batches, two of them: with ProcessPoolExecutor's
    # max_tasks_per_child this hung on Python 3.11 (CPython gh-115634).
    corpus = _write_corpus(tmp_path / "in", 24)
    db = tmp_path / "c.db"
    env = {**os.environ, "NEWSDOSSIER_NLP_BATCH_DOCS": "2", "NEWSDOSSIER_WORKER_MAX_BATCHES": "2"}
    cmd = [sys.executable, "-m", "newsdossier.cli", "build", str(corpus), "--db", str(db), "-q",
           "--workers", "2", "--no-framing"]  # fmt: skip
    done = subprocess.run(cmd, env=env, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    reference = tmp_path / "ref.db"
    with open_store(str(reference)) as store:
        build([str(corpus)], store, Settings(nlp_batch_docs=2, framing_enabled=False))
    assert _counts(db) == _counts(reference)


def test_build_counts_the_time_workers_wait_between_batches(tmp_path: Path) -> None:
    from newsdossier.run.local import _Builder
    from newsdossier.run.process import BatchResult

    with open_store(str(tmp_path / "c.db")) as store:
        builder = _Builder(store, Settings(workers=2), None)
        # worker 7 waits 0.5 s between its batches; worker 9 replaces worker 8 (a new
        # pool) and starts 1 s after worker 8's last batch ended
        for pid, started, ended in (
            (7, 10.0, 12.0),
            (8, 10.0, 13.0),
            (7, 12.5, 15.0),
            (9, 14.0, 15.0),
        ):
            builder._note_idle(BatchResult([], pid=pid, started=started, ended=ended))
    assert builder.report.worker_idle_seconds == pytest.approx(2 * 5.0 - (2 + 3 + 2.5 + 1))


def test_build_times_its_startup_to_the_earliest_batch(tmp_path: Path) -> None:
    # the critical path's start-up ends when the first batch's analysis starts, whichever
    # batch result arrives first (results come in input order, not start order)
    from newsdossier.run.local import _Builder
    from newsdossier.run.process import BatchResult

    with open_store(str(tmp_path / "c.db")) as store:
        builder = _Builder(store, Settings(workers=2), None)
        builder.wall_started = 100.0
        builder._note_idle(BatchResult([], pid=7, started=104.0, ended=106.0))
        assert builder.report.startup_seconds == pytest.approx(4.0)
        builder._note_idle(BatchResult([], pid=8, started=103.5, ended=107.0))
        builder._note_idle(BatchResult([], pid=7, started=106.5, ended=108.0))
    assert builder.report.startup_seconds == pytest.approx(3.5)


def test_build_report_times_its_final_pass(tmp_path: Path) -> None:
    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Daniel Whitford met officials of the Harvan Council.\n")
    with open_store(str(tmp_path / "f.db")) as store:
        report = build([str(corpus)], store, Settings(framing_enabled=False))
    assert 0.0 < report.final_pass_seconds <= report.seconds
    assert report.startup_seconds == 0.0  # --workers 0: no batch ran in a worker


class _SlowHandle:
    """A batch analysed here, reported not ready until asked for (a busy worker)."""

    def __init__(self, records: list, settings: Settings) -> None:
        self.records, self.settings = records, settings

    def done(self) -> bool:
        return False

    def result(self):  # noqa: ANN201 - BatchResult
        from newsdossier.run.process import process_records

        return process_records(self.records, self.settings)


class _SlowExecutor:
    workers, window, name = 1, 2, "slow"

    def submit(self, records: list, settings: Settings) -> _SlowHandle:
        return _SlowHandle(list(records), settings)


@pytest.mark.issue(16)
def test_build_writes_gathered_batches_and_warms_resolvers_while_it_waits(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The serial parts of a build: what the building process does while it waits for
    a worker (run/local.py ``_Builder.wait_work``) changes no row."""
    import newsdossier.run.local as local

    corpus = _write_corpus(tmp_path / "in", 12)
    settings = Settings(nlp_batch_docs=2, write_batch_docs=100, resolve_every_docs=5)
    reference = tmp_path / "ref.db"
    with open_store(str(reference)) as store:
        build([str(corpus)], store, settings)
    warmed: list[int] = []
    monkeypatch.setattr(local, "warm_resolvers", lambda s: warmed.append(1))
    flushed: list[int] = []
    real_flush = local._Builder.flush

    def flush(self: local._Builder) -> None:
        flushed.append(len(self.pending))
        real_flush(self)

    monkeypatch.setattr(local._Builder, "flush", flush)
    db = tmp_path / "waited.db"
    with open_store(str(db)) as store:
        report = build([str(corpus)], store, settings, executor=_SlowExecutor())
    assert report.added == 12 and warmed == [1]  # once, at the first wait
    # the window's last batch alone is left for the end of the build: the batch before it
    # was written while the build waited for it
    assert flushed[-1] == 2 and any(flushed[:-1])
    assert diff_stores(reference, db) == {}


@pytest.mark.issue(18)
def test_build_deals_the_last_batches_of_a_pool_into_smaller_ones() -> None:
    """A pool's workers end together: the last ``workers`` batches' records go in
    ``2 * workers`` smaller batches, every record once, in input order."""
    from newsdossier.run.local import _batches

    records = list(range(10))
    assert [len(b) for b in _batches(records, 3)] == [3, 3, 3, 1]
    dealt = list(_batches(records, 3, workers=2))
    assert [len(b) for b in dealt] == [3, 3, 1, 1, 1, 1]
    assert [r for b in dealt for r in b] == records
    assert [len(b) for b in _batches(list(range(14)), 3, workers=2)] == [3, 3, 3, 2, 2, 1]
    assert list(_batches([], 3, workers=2)) == []
