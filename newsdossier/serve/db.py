"""Read-only store connections for the web server, one per worker thread.

FastAPI runs plain ``def`` endpoints in a thread pool, and an ``sqlite3``
connection belongs to the thread that opened it, so each thread keeps its own
:class:`~newsdossier.store.sqlite.SQLiteStore` (opened ``mode=ro`` + ``query_only``; its page cache
survives between requests; a PostgreSQL store likewise keeps one connection per
thread).  Every request runs under a deadline: any statement still running after
``sql_time_limit_ms`` is stopped (``store.interrupt_when``: SQLite's progress
handler; on PostgreSQL a watcher thread cancels it on the server), so one
pathological query answers 503 instead of holding a worker (datasette's
``sql_time_limit_ms`` does the same).

Every request reads one snapshot (issue 17): its session is one read
transaction, so a page built while a build commits shows one committed state,
never the documents of one and the events of another.  Work that must not run
under the request's deadline (indexing a section on first use) runs inside
:func:`no_deadline`, still in the request's snapshot.
"""

from __future__ import annotations

import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from ..store.engine import open_store
from ..store.protocols import ReadStore
from .errors import QueryTooSlow

__all__ = ["StorePool", "no_deadline", "session_version"]

# The deadline is checked every N SQLite VM instructions; 5k instructions take
# well under a millisecond, so it is kept to within ~1 ms.
_PROGRESS_STEPS = 5_000


class _Deadline:
    """One store's request deadline (``time.monotonic()`` seconds).  A plain object, not
    thread-local state: PostgreSQL's watcher reads it from its own thread
    (``store/pg_deadline.py``), SQLite's progress handler from the request's."""

    __slots__ = ("at",)

    def __init__(self) -> None:
        self.at = float("inf")

    def passed(self) -> bool:
        return time.monotonic() > self.at


class _Local(threading.local):
    store: ReadStore | None = None
    deadline: _Deadline | None = None


# store -> its deadline, for no_deadline()
_deadlines: weakref.WeakKeyDictionary[object, _Deadline] = weakref.WeakKeyDictionary()
# store -> the commit counter its open session's snapshot sees (read once per request)
_versions: weakref.WeakKeyDictionary[object, int] = weakref.WeakKeyDictionary()


def session_version(store: ReadStore) -> int:
    """``store.store_version()``, read once per request: the snapshot of a session does
    not change, and the per-version caches ask for it on every lookup (65 times on an
    entity page: 65 round trips on PostgreSQL, 15 ms of its wall time at load 15)."""
    version = _versions.get(store)
    if version is None:
        return store.store_version()
    return version


@contextmanager
def no_deadline(store: ReadStore) -> Iterator[ReadStore]:
    """Suspend the request deadline of ``store`` (if it has one) inside the block."""
    deadline = _deadlines.get(store)
    if deadline is None:
        yield store
        return
    saved, deadline.at = deadline.at, float("inf")
    try:
        yield store
    finally:
        deadline.at = saved


class StorePool:
    def __init__(self, path: str, time_limit_ms: int) -> None:
        self.path = path
        self.time_limit_ms = time_limit_ms
        self._local = _Local()
        # every store opened, with the thread it belongs to
        self._all: list[tuple[threading.Thread, ReadStore]] = []
        self._lock = threading.Lock()
        # Open once now so a missing or foreign file fails at start-up, not on the first page.
        self._get().store_version()

    def _get(self) -> ReadStore:
        local = self._local
        if local.store is None:
            self._close_orphans()
            store = open_store(self.path, readonly=True)
            deadline = _Deadline()
            store.interrupt_when(deadline.passed, _PROGRESS_STEPS)
            local.store, local.deadline = store, deadline
            _deadlines[store] = deadline
            with self._lock:
                self._all.append((threading.current_thread(), store))
        return local.store

    def _close_orphans(self) -> None:
        """Close the stores of threads that have ended.  A server's worker threads live
        long, but a thread pool that replaces its threads (Starlette's TestClient starts
        one per request) would otherwise leave one open connection per thread it ever
        had: a PostgreSQL server refused new ones after 100 (issue 18, bench_web_scale)."""
        with self._lock:
            dead = [(t, s) for t, s in self._all if not t.is_alive()]
            self._all = [(t, s) for t, s in self._all if t.is_alive()]
        for _, store in dead:
            _close(store)

    @contextmanager
    def session(self, time_limit_ms: int | None = None) -> Iterator[ReadStore]:
        """The calling thread's store, in one snapshot, with the deadline armed: the
        pool's per-request limit, or ``time_limit_ms`` (the server's start-up work)."""
        store = self._get()
        deadline = self._local.deadline
        assert deadline is not None  # set with the store
        limit_ms = self.time_limit_ms if time_limit_ms is None else time_limit_ms
        deadline.at = time.monotonic() + limit_ms / 1000
        try:
            with store.snapshot():
                _versions[store] = store.store_version()
                try:
                    yield store
                finally:
                    _versions.pop(store, None)
        except Exception as exc:
            if store.interrupted(exc):
                raise QueryTooSlow(
                    f"the query took longer than {limit_ms} ms and was stopped;"
                    " narrow the search (fewer or longer words, a date range)"
                ) from None
            raise
        finally:
            deadline.at = float("inf")

    def close(self) -> None:
        with self._lock:
            for _, store in self._all:
                _close(store)
            self._all.clear()


def _close(store: ReadStore) -> None:
    try:
        store.close()
    except Exception as exc:
        if not store.closed_from_another_thread(exc):  # the GC closes it
            raise
