"""A model run in a child process of the analysing process (issue 19).

Why: a process that has ever had a second thread runs spaCy ~20 % slower.
glibc's malloc takes its lock-free single-thread path only while the process has
never had a thread, and the flag survives ``fork``.  Measured with
``benchmarks/bench_threads.py`` (spaCy CPU seconds, medians, machine loaded ~10 on
2 cores): on 40 Tehran Times pages x 4 rounds, a thread started and joined 1.26x
a fresh process, a child forked after such a thread 1.19x, ``import onnxruntime``
(its import starts a native thread) 1.21x; on 60 pages x 4 rounds, onnxruntime
1.18x, a plain fork 1.00x, this module's framing child 0.95x.  The framing model
needs onnxruntime, so a worker that ran both models in one process paid that on
every spaCy call (the in-worker slowdown of issues 2, 6 and 19).

So the model that brings threads runs in a child forked from the analysing
process while that process is still single-threaded.  The child inherits every
loaded weight (copy-on-write) and is the only process that ever imports
onnxruntime; the parent sends it texts and waits for the answer, so the two never
compute at once and one worker still uses one core.  The child ends when the
parent closes the pipe, exits or is killed (``PR_SET_PDEATHSIG`` on Linux).
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
from collections.abc import Callable
from typing import Any

__all__ = ["ModelProcess", "die_with_parent"]

_PR_SET_PDEATHSIG = 1  # from <linux/prctl.h>


def die_with_parent() -> bool:
    """Ask Linux to SIGKILL this process when its parent ends; False where it cannot.

    Exits at once when the parent has already gone (the request came too late)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        parent = os.getppid()
        if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) != 0:
            return False
    except (OSError, AttributeError):
        return False
    if os.getppid() != parent:  # the parent ended before the request took effect
        os._exit(1)
    return True


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # not on Unix: not measured
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def _serve(conn: Any, make: Callable[[], Callable[[Any], Any]]) -> None:
    """The child's loop: one request in, one ``("ok", result, peak RSS)`` or
    ``("error", text, peak RSS)`` out."""
    die_with_parent()
    handler = None
    while True:
        try:
            request = conn.recv()
        except (EOFError, OSError):
            os._exit(0)  # the parent closed its end or is gone
        try:
            handler = handler or make()
            reply: tuple[str, Any, float] = ("ok", handler(request), 0.0)
        except Exception as exc:  # noqa: BLE001 - reported to the parent, which decides
            reply = ("error", f"{type(exc).__name__}: {exc}", 0.0)
        conn.send((*reply[:2], _peak_rss_mb()))


class ModelProcess:
    """Calls ``make()(request)`` in a child process; started on the first call.

    ``make`` runs in the child (after the fork) and returns the handler; it must be
    a module-level function (it is passed by reference, not pickled, under fork).
    A child that died is started again on the next call.  Where fork is not
    available the handler runs in this process (with the slowdown above)."""

    def __init__(self, make: Callable[[], Callable[[Any], Any]]) -> None:
        self._make = make
        self._conn: Any = None
        self._proc: Any = None
        self._inline: Callable[[Any], Any] | None = None
        #: the child's peak RSS so far, in MB (its memory is the worker's too)
        self.peak_rss_mb = 0.0

    def _start(self) -> None:
        ctx = multiprocessing.get_context("fork")
        parent, child = ctx.Pipe(duplex=True)
        proc = ctx.Process(target=_serve, args=(child, self._make), daemon=True)
        proc.start()
        child.close()
        self._conn, self._proc = parent, proc

    def __call__(self, request: Any) -> Any:
        if self._inline is not None:
            return self._inline(request)
        if "fork" not in multiprocessing.get_all_start_methods():
            self._inline = self._make()
            return self._inline(request)
        if self._proc is None or not self._proc.is_alive():
            self.close()
            self._start()
        try:
            self._conn.send(request)
            status, value, rss = self._conn.recv()
        except (EOFError, OSError, BrokenPipeError) as exc:
            self.close()
            raise RuntimeError(f"the model's child process ended ({exc!r})") from None
        self.peak_rss_mb = max(self.peak_rss_mb, rss)
        if status != "ok":
            raise RuntimeError(f"the model's child process failed: {value}")
        return value

    def close(self) -> None:
        """End the child (it exits when its pipe closes)."""
        if self._conn is not None:
            self._conn.close()
        if self._proc is not None:
            self._proc.join(timeout=5)
            if self._proc.is_alive():
                self._proc.kill()
                self._proc.join()
        self._conn = self._proc = None
