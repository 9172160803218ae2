"""One writer, atomic nested transactions, snapshot reads, unique keys (issue 17)."""

from __future__ import annotations

import dataclasses
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsdossier.errors import StoreError
from newsdossier.model import Annotations, Document, Sentence
from newsdossier.store.base import Processed
from newsdossier.store.compare import diff_stores
from newsdossier.store.lock import lock_path
from newsdossier.store.sqlite import SQLiteStore, open_store

pytestmark = pytest.mark.issue(17)


def _item(text: str, key: str) -> Processed:
    doc = Document(Document.make_id(text), text, source=key, name=key)
    ann = Annotations(doc.id, (Sentence(doc.id, 0, len(text), text),), (), ("t@1",))
    return Processed(key, key, None, "h-" + key, doc, ann)


_HOLD = """
import sys, time
from newsdossier.store.sqlite import open_store
store = open_store(sys.argv[1])
print("holding", flush=True)
time.sleep(600)
"""


def _holder(db: Path) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])}
    proc = subprocess.Popen(
        [sys.executable, "-c", _HOLD, str(db)], env=env, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "holding"
    return proc


def test_second_writer_is_refused_at_once_and_kill_9_frees_the_lock(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    proc = _holder(db)
    try:
        started = time.monotonic()
        with pytest.raises(StoreError) as err:
            open_store(str(db))
        assert err.value.code == "E311" and f"pid {proc.pid}" in str(err.value)
        assert time.monotonic() - started < 2  # no waiting on a busy lock
        with open_store(str(db), readonly=True) as reader:  # readers are never refused
            assert reader.document_count() == 0
    finally:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
        assert proc.stdout is not None
        proc.stdout.close()
    with open_store(str(db)) as store:  # nothing left stuck by the killed writer
        assert store.document_count() == 0
    assert Path(lock_path(str(db))).exists()


def test_one_process_may_open_its_store_twice_and_the_lock_goes_with_the_last(
    tmp_path: Path,
) -> None:
    db = str(tmp_path / "c.db")
    a = open_store(db)
    b = open_store(db)
    a.close()
    proc_ok = subprocess.run(
        [sys.executable, "-c", "import sys; from newsdossier.store.sqlite import open_store;"
         " open_store(sys.argv[1])", db],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
        capture_output=True, text=True,
    )  # fmt: skip
    assert proc_ok.returncode != 0 and "E311" in proc_ok.stderr  # b still holds it
    b.close()
    with open_store(db):
        pass


@pytest.mark.issue(17)
def test_a_child_forked_from_the_writer_never_keeps_its_lock(tmp_path: Path) -> None:
    """The framing model's child process of a ``--workers 0`` build is forked from
    the writer: it lived on after the build and kept the next build out (E311)."""
    db = str(tmp_path / "c.db")
    store = open_store(db)
    read, write = os.pipe()
    ready_r, ready_w = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: lives on, holding whatever it inherited
        os.close(write)
        os.write(ready_w, b"r")  # running: the at-fork handlers have run
        os.read(read, 1)
        os._exit(0)
    os.close(read)
    os.close(ready_w)
    # a child not yet scheduled on a loaded machine still shares the lock's file
    # description until its handler runs; the real framing child runs long before
    os.read(ready_r, 1)
    os.close(ready_r)
    try:
        store.close()
        with open_store(db):  # the child is still alive: the lock must be free
            pass
    finally:
        os.write(write, b"x")
        os.close(write)
        os.waitpid(pid, 0)


def test_nested_transactions_are_savepoints_and_roll_back_as_a_whole(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        with pytest.raises(RuntimeError), store.transaction() as c:
            c.execute("INSERT INTO claims_marks VALUES ('outer', 1)")
            with store.transaction() as inner:
                inner.execute("INSERT INTO claims_marks VALUES ('inner', 2)")
            raise RuntimeError("killed in the middle of a pass")
        assert store.conn.execute("SELECT count(*) FROM claims_marks").fetchone()[0] == 0
        with store.transaction() as c:
            with pytest.raises(RuntimeError), store.transaction() as inner:
                inner.execute("INSERT INTO claims_marks VALUES ('inner', 2)")
                raise RuntimeError("one resolver failed")
            c.execute("INSERT INTO claims_marks VALUES ('outer', 1)")
        assert [r[0] for r in store.conn.execute("SELECT name FROM claims_marks")] == ["outer"]


def test_snapshot_sees_one_state_while_a_writer_commits(tmp_path: Path) -> None:
    db = str(tmp_path / "c.db")
    with open_store(db) as writer:
        writer.write_batch([_item("First article about the harbour ferry route.", "a")])
        reader = SQLiteStore(db, readonly=True)
        with reader.snapshot():
            assert reader.document_count() == 1
            writer.write_batch([_item("Second article about the mountain railway.", "b")])
            assert reader.document_count() == 1  # still the state the snapshot began in
            assert len(list(reader.iter_documents())) == 1
        assert reader.document_count() == 2
        reader.close()


def test_reuse_lsh_pairs_are_unique(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        with store.transaction():
            store.reuse_add_keys([(11, 1), (11, 1), (12, 1)])
            store.reuse_add_keys([(11, 1)])
        assert sorted(store.reuse_lookup([11, 12])) == [(11, 1), (12, 1)]
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO reuse_lsh(key, doc) VALUES (11, 1)")


def test_migration_removes_duplicate_lsh_pairs_of_an_old_store(tmp_path: Path) -> None:
    from newsdossier.store.migrations import MIGRATIONS

    db = tmp_path / "old.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, script in MIGRATIONS:
        if name.startswith("0700"):
            break
        conn.executescript(script)
        conn.execute("INSERT INTO _migrations VALUES (?, 'x')", (name,))
    conn.executemany("INSERT INTO reuse_lsh VALUES (?, ?)", [(5, 1), (5, 1), (5, 2)])
    conn.commit()
    conn.close()
    with open_store(str(db)) as store:
        assert sorted(store.reuse_lookup([5])) == [(5, 1), (5, 2)]
        assert store.resolution_state() == {"passed_docs": "0"}


def test_watch_counts_rows_really_changed(tmp_path: Path) -> None:
    with open_store(str(tmp_path / "c.db")) as store:
        store.conn.execute("INSERT INTO claims_marks VALUES ('a', 1), ('b', 2)")
        with store.watch_changes() as watch:
            c = store.conn
            c.execute("UPDATE claims_marks SET value = value")  # same values: no change
            c.execute("DELETE FROM claims_marks WHERE name = 'a'")
            c.execute("INSERT INTO claims_marks VALUES ('a', 1)")  # back as it was
            c.execute("INSERT OR REPLACE INTO claims_marks VALUES ('b', 2)")  # replaced by itself
            assert watch.changed() == {}
            c.execute("UPDATE claims_marks SET value = 3 WHERE name = 'b'")
            c.execute("INSERT INTO claims_marks VALUES ('c', 1)")
            assert watch.changed() == {"claims_marks": 3}  # b's old and new row, c
            watch.reset()
            assert watch.changed() == {}
        assert not store.conn.execute(
            "SELECT count(*) FROM sqlite_temp_master WHERE type = 'trigger'"
        ).fetchone()[0]


def test_an_item_the_database_refuses_is_rejected_alone(tmp_path: Path) -> None:
    good = _item("A good article about the harbour ferry route and its timetable.", "good")
    bad = _item("An article whose title cannot be stored as UTF-8 text at all.", "bad")
    assert bad.document is not None
    bad = dataclasses.replace(bad, document=dataclasses.replace(bad.document, title="x\ud800"))
    with open_store(str(tmp_path / "c.db")) as store:
        counts = store.write_batch([bad, good])
        assert (counts.added, counts.rejected) == (1, 1)
        (row,) = list(store.iter_rejections())
        assert row["key"] == "bad" and row["code"] == "E313"
        assert store.document_count() == 1


def test_a_batch_is_written_without_a_savepoint_and_a_refusal_redone_alone(
    tmp_path: Path,
) -> None:
    """Issue 18 item 4: a batch SQLite accepts goes in inside its transaction alone (a
    savepoint would copy every page it changes into a statement journal); one it refuses
    is rolled back whole and written item by item, each in a savepoint: the rows of the
    items before the refused one are written once, not twice, and those after it too."""
    texts = [f"A plain report number {i} about the harbour ferry and its route." for i in range(3)]
    good = [_item(t, f"good{i}") for i, t in enumerate(texts)]
    bad = _item("An article whose title cannot be stored as UTF-8 text at all.", "bad")
    assert bad.document is not None
    bad = dataclasses.replace(bad, document=dataclasses.replace(bad.document, title="x\ud800"))
    with open_store(str(tmp_path / "c.db")) as store:
        said: list[str] = []
        store.conn.set_trace_callback(said.append)
        counts = store.write_batch(good[:2])
        assert counts.added == 2
        assert not [s for s in said if s.startswith(("SAVEPOINT", "ROLLBACK", "RELEASE"))]
        said.clear()
        counts = store.write_batch([good[2], bad, _item(texts[0] + " Again.", "again")])
        store.conn.set_trace_callback(None)
        assert (counts.added, counts.rejected) == (2, 1)
        assert said.count("ROLLBACK") == 1 and said.count("BEGIN IMMEDIATE") == 2
        assert store.document_count() == 4
        (row,) = list(store.iter_rejections())
        assert row["key"] == "bad" and row["code"] == "E313"
    # the same rows as the items written one batch each (the refused one alone)
    with open_store(str(tmp_path / "d.db")) as store:
        for batch in ([good[0], good[1]], [good[2]], [bad], [_item(texts[0] + " Again.", "again")]):
            store.write_batch(batch)
    assert diff_stores(tmp_path / "c.db", tmp_path / "d.db") == {}


def test_lsh_keys_are_one_btree_after_1007(tmp_path: Path) -> None:
    """Migration 1007 (issue 18 item 4) moves a store's band keys into a table WITHOUT
    ROWID keyed by (key, doc): the same pairs, read in the same order, still unique."""
    from newsdossier.store.migrations import MIGRATIONS

    db = tmp_path / "before.db"
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE _migrations (name TEXT PRIMARY KEY, applied_at TEXT)")
    for name, script in MIGRATIONS:
        if name.startswith("1007"):
            break
        conn.executescript(script)
        conn.execute("INSERT INTO _migrations VALUES (?, 'x')", (name,))
    pairs = [(9, 4), (-3, 2), (9, 1), (7, 3), (-3, 1)]
    conn.executemany("INSERT INTO reuse_lsh VALUES (?, ?)", pairs)
    conn.commit()
    conn.close()
    with open_store(str(db)) as store:
        sql = store.conn.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'reuse_lsh'"
        ).fetchone()[0]
        assert "WITHOUT ROWID" in sql
        assert store.reuse_lookup([9, -3, 7, 5]) == sorted(pairs)
        with store.transaction():
            store.reuse_add_keys([(9, 4), (5, 8)])  # a pair already there is kept once
        assert store.reuse_lookup([9, 5]) == [(5, 8), (9, 1), (9, 4)]
        with pytest.raises(sqlite3.IntegrityError):
            store.conn.execute("INSERT INTO reuse_lsh(key, doc) VALUES (7, 3)")


def test_a_whole_transaction_nests_plain_blocks_and_is_undone_whole(tmp_path: Path) -> None:
    """Issue 18 item 4: a resolver pass's transaction is ``whole``: the transactions of
    the code inside it take no savepoints (each copied the pages it changed into a
    statement journal), and an exception undoes the whole of it.  Outside one, a nested
    transaction is still a savepoint."""
    with open_store(str(tmp_path / "w.db")) as store:
        store.conn.execute("CREATE TABLE t (x INTEGER)")
        said: list[str] = []
        store.conn.set_trace_callback(said.append)
        with store.transaction(whole=True), store.transaction():
            store.conn.execute("INSERT INTO t VALUES (1)")
        assert not [s for s in said if s.startswith("SAVEPOINT")]
        with pytest.raises(RuntimeError), store.transaction(whole=True):
            with store.transaction():
                store.conn.execute("INSERT INTO t VALUES (2)")
            with store.transaction():
                raise RuntimeError("a resolver failed")
        assert store.conn.execute("SELECT x FROM t").fetchall() == [(1,)]
        assert not store.conn.in_transaction
        said.clear()
        with store.transaction():
            with pytest.raises(RuntimeError), store.transaction():
                store.conn.execute("INSERT INTO t VALUES (3)")
                raise RuntimeError("caught inside")
            store.conn.execute("INSERT INTO t VALUES (4)")
        store.conn.set_trace_callback(None)
        assert [s for s in said if s.startswith("SAVEPOINT")]
        assert store.conn.execute("SELECT x FROM t ORDER BY x").fetchall() == [(1,), (4,)]
