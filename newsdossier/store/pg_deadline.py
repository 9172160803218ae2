"""The web request deadline on PostgreSQL (issue 18): a watcher that cancels a statement.

SQLite polls the deadline from inside a statement (a progress handler,
``SQLiteStore.interrupt_when``); a PostgreSQL server cannot call back into Python.
``statement_timeout`` would bound each statement, not the request (a page of ten
statements of 900 ms each would run 9 s under a 1 s deadline), and it cannot
follow :func:`newsdossier.serve.db.no_deadline`, which lifts the deadline for a
block by changing what ``check()`` answers.  So one daemon thread polls, every
:data:`POLL_S`, the ``check`` of each connection registered here and, for one whose
``check()`` is true while the connection is running a statement, asks the server to
cancel it (``Connection.cancel_safe``, which psycopg allows from another thread).
The statement then fails with ``QueryCanceled`` in its own thread
(``PostgresStore.interrupted``), as SQLite's fails with "interrupted".

A cancel reaches the server asynchronously; one that arrives after the statement
ended, while the connection waits for its next command, is ignored by the server.
A connection is polled only while it is busy (``ACTIVE``), so an idle pool costs one
wake-up per :data:`POLL_S` and no request to the server.
"""

from __future__ import annotations

import threading
import weakref
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import psycopg

__all__ = ["POLL_S", "watch"]

#: How often the deadlines are checked: a statement runs at most this much past its
#: request's deadline (plus the cancel's round trip), as SQLite's every 5k VM steps.
POLL_S = 0.01

_lock = threading.Lock()
_watched: weakref.WeakKeyDictionary[psycopg.Connection[Any], Callable[[], bool]] = (
    weakref.WeakKeyDictionary()
)
_thread: threading.Thread | None = None


def watch(conn: psycopg.Connection[Any], check: Callable[[], bool]) -> None:
    """Cancel whatever statement ``conn`` runs once ``check()`` is true (replaces an
    earlier ``check`` of the same connection; dropped when the connection is closed or
    collected)."""
    global _thread
    with _lock:
        _watched[conn] = check
        if _thread is None or not _thread.is_alive():
            _thread = threading.Thread(target=_run, name="newsdossier-pg-deadline", daemon=True)
            _thread.start()


def _run() -> None:
    from psycopg import pq

    stop = threading.Event()
    while not stop.wait(POLL_S):
        with _lock:
            items = list(_watched.items())
        for conn, check in items:
            if conn.closed:
                with _lock:
                    _watched.pop(conn, None)
                continue
            if conn.info.transaction_status != pq.TransactionStatus.ACTIVE:
                continue  # no statement running: nothing to stop
            try:
                overdue = check()
            except Exception:  # a check that fails must not end the watcher
                continue
            if overdue:
                try:
                    conn.cancel_safe(timeout=1.0)
                except Exception:  # the statement ended, the server went away: nothing to do
                    pass
