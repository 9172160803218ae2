"""One writer per store: an advisory lock that a killed process cannot leave held.

Two builds writing one store at once both "succeeded" before this lock: every
LSH key stored twice, events split between the two processes' views, and both
reports claiming duplicates the other had analysed (issue 17).  Now a writable
:class:`~newsdossier.store.sqlite.SQLiteStore` takes this lock when it opens,
and a second writer fails at once with ``E311``, naming the holder.

How: ``flock(LOCK_EX | LOCK_NB)`` on a side file ``<db>-lock``.  The kernel
drops an ``flock`` when the last descriptor of the holder closes, so a build
killed with ``kill -9`` (or by the OOM killer, or a power cut) leaves nothing
stuck: there is no pid file to clean up.  The side file, not the database
itself: SQLite takes POSIX ``fcntl`` locks on the database, and where ``flock``
is emulated with ``fcntl`` (NFS) the two would collide.  The descriptor is
opened close-on-exec, build workers are forked from a forkserver that never
holds it, and any other child forked from a holder (the framing model's child
process of a ``--workers 0`` build) closes its inherited copies at once
(:func:`_forget_in_child`): otherwise the lock outlived the build in that child
and the next build in the same process was refused with ``E311``.

The lock is per process and counted: one process may open the same store for
writing several times (the CLI, then a resolver helper), and the lock goes when
the last of them closes.
"""

from __future__ import annotations

import contextlib
import os
import threading
import time
from dataclasses import dataclass

from ..errors import StoreError

__all__ = ["WriterLock", "lock_path"]

_held: dict[str, tuple[int, int]] = {}  # real path of the lock file -> (fd, opens)
_guard = threading.Lock()


def lock_path(db_path: str) -> str:
    """The side file that carries the writer lock of the database at ``db_path``."""
    return db_path + "-lock"


@dataclass
class WriterLock:
    """The writer lock of one store, held from :meth:`acquire` to :meth:`release`."""

    db_path: str
    _key: str | None = None

    def acquire(self) -> None:
        """Take the lock or raise :class:`StoreError` ``E311`` at once (never waits)."""
        try:
            import fcntl
        except ImportError:  # not on a POSIX system: SQLite's own busy lock is all there is
            return
        path = lock_path(self.db_path)
        key = os.path.realpath(path)
        with _guard:
            if key in _held:
                fd, opens = _held[key]
                _held[key] = (fd, opens + 1)
                self._key = key
                return
            try:
                fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o644)
            except OSError as exc:
                raise StoreError(
                    f"cannot create the writer lock {path}: {exc.strerror or exc}; "
                    "the store's folder must be writable",
                    code="E312",
                ) from None
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except OSError:
                holder = _read_holder(fd)
                os.close(fd)
                raise StoreError(
                    f"another process{holder} is writing to {self.db_path}; a store has one "
                    "writer at a time: wait for it to finish (a rerun then resumes and adds "
                    "only what is new), or build into another --db",
                    code="E311",
                ) from None
            _write_holder(fd)
            _held[key] = (fd, 1)
            self._key = key

    def release(self) -> None:
        if self._key is None:
            return
        with _guard:
            fd, opens = _held[self._key]
            if opens > 1:
                _held[self._key] = (fd, opens - 1)
            else:
                del _held[self._key]
                with contextlib.suppress(OSError):
                    os.ftruncate(fd, 0)
                os.close(fd)  # closing the last descriptor drops the flock
        self._key = None


def _forget_in_child() -> None:
    """A forked child never holds its parent's writer locks: close the inherited
    descriptors (the parent's own stay open, so its lock is untouched)."""
    global _guard
    _guard = threading.Lock()  # the parent's may have been held by another thread at fork
    for fd, _opens in _held.values():
        with contextlib.suppress(OSError):
            os.close(fd)
    _held.clear()


if hasattr(os, "register_at_fork"):
    os.register_at_fork(after_in_child=_forget_in_child)


def _write_holder(fd: int) -> None:
    """Who holds the lock, for the message a second writer gets (best effort)."""
    with contextlib.suppress(OSError):
        os.ftruncate(fd, 0)
        stamp = time.strftime("%Y-%m-%d %H:%M:%S", time.localtime())
        os.pwrite(fd, f"{os.getpid()} {stamp}\n".encode("ascii"), 0)


def _read_holder(fd: int) -> str:
    try:
        raw = os.pread(fd, 100, 0).decode("ascii", "replace").split()
    except OSError:
        return ""
    if len(raw) >= 3 and raw[0].isdigit():
        return f" (pid {raw[0]}, since {raw[1]} {raw[2]})"
    return ""
