"""The per-document stage: clean + analyze a batch of raw records.

This is the function that runs in worker processes.  It never raises for a
bad record: a record that cannot be cleaned or analysed becomes a
:class:`Rejection` with a coded reason, and the rest of the batch goes on.
"""

from __future__ import annotations

import multiprocessing
import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..analyze.api import _pipeline
from ..analyze.child import die_with_parent
from ..analyze.pipeline import Pipeline
from ..errors import BudgetExceeded, InputError, NewsdossierError
from ..model import Annotations, Document, RawRecord, Rejection
from ..settings import Settings
from ..store.base import Processed
from . import wire

# Workers pickle their results and the building process unpickles them: both import
# this module, so both use the record types' cheaper reducer (run/wire.py).
wire.register()

__all__ = ["BatchResult", "exit_with_parent", "process_records"]


def exit_with_parent(parent_pid: int, every_s: float = 0.5) -> None:
    """Worker initializer: end this worker when the building process is gone.

    A pool worker killed with its parent (``kill -9`` of a build) would otherwise
    wait forever on its task queue, holding the spaCy model's memory.

    On Linux the kernel does it: ``PR_SET_PDEATHSIG`` sends this worker SIGKILL
    when its own parent ends.  That parent is the build's forkserver (or the
    building process itself), and the forkserver exits as soon as the building
    process is gone (its "alive" pipe reads EOF).  No thread is started: a
    watchdog thread, even one asleep, made spaCy 20-30 % slower in the worker
    (160 Tehran Times pages: spaCy 11.8 s with the thread vs 9.6 s without, four
    runs each; the whole build's worker spent 67 s in spaCy where bare nlp.pipe
    took 45).  A thread that was started and joined at once slowed it as much, so
    the cost is in being a process that has had a thread (glibc's malloc leaves
    its single-thread fast path then), not in the thread's wake-ups.  Where
    prctl is not available a daemon thread checks the parent every ``every_s``."""
    if _die_with_parent():
        return

    def watch() -> None:
        while True:
            time.sleep(every_s)
            try:
                os.kill(parent_pid, 0)
            except ProcessLookupError:
                os._exit(1)
            except PermissionError:  # a pid reused by another user's process
                os._exit(1)

    threading.Thread(target=watch, name="exit-with-parent", daemon=True).start()


def _die_with_parent() -> bool:
    """SIGKILL this worker when its parent ends, and give up the forkserver's pipe;
    False where it cannot (analyze/child.py: ``die_with_parent``)."""
    if not die_with_parent():
        return False
    try:
        _release_forkserver()
    except (OSError, AttributeError):
        return False
    return True


def _release_forkserver() -> None:
    """Close this worker's copy of the forkserver's "alive" pipe.

    The forkserver exits when every holder of that pipe's write end has closed it;
    it hands a copy to each process it forks (so that they could start processes
    of their own through it), and with the copy held here the forkserver would wait
    for this worker while this worker waits for the forkserver to die.  Our workers
    start no processes, so they give it up.  (CPython's multiprocessing/forkserver.py
    keeps it in ``_forkserver._forkserver_alive_fd``; Python 3.11-3.13.)"""
    from multiprocessing import forkserver

    server = getattr(forkserver, "_forkserver", None)
    fd = getattr(server, "_forkserver_alive_fd", None)
    if multiprocessing.parent_process() is not None and fd is not None:
        os.close(fd)
        server._forkserver_alive_fd = None  # type: ignore[union-attr]


@dataclass
class BatchResult:
    """What a worker sends back for one batch: the outcomes, in input order, and
    the wall seconds spent in each step (``clean`` and one per analyzer)."""

    items: list[Processed]
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0  # of the process that made it, so far
    pid: int = 0  # the process that made it
    started: float = 0.0  # its wall-clock span (time.time(), comparable across processes)
    ended: float = 0.0


def _reject(raw: RawRecord, code: str, reason: str) -> Processed:
    return Processed(
        raw.key, raw.source, raw.record, raw.content_hash,
        rejection=Rejection(raw.source, raw.record, code, reason), notes=raw.notes,
    )  # fmt: skip


def process_records(records: Sequence[RawRecord], settings: Settings) -> BatchResult:
    """Clean and analyse ``records``; one :class:`Processed` per record, in order."""
    # Imported here, not at the top: the building process imports this module (for
    # BatchResult and to hand this function to its pool) but never cleans, and the
    # cleaners bring trafilatura, lxml and their lexicons (~0.9 CPU-s on the 2-core
    # machine), which delayed the forkserver's start and so the first analysed
    # document.  Workers have it already: the forkserver preloads it (run/pool.py).
    from ..clean import clean_record

    out: list[Processed | None] = [None] * len(records)
    docs: list[tuple[int, Document]] = []
    wall_start = time.time()
    started = time.perf_counter()
    for i, raw in enumerate(records):
        try:
            docs.append((i, clean_record(raw, settings)))
        except InputError as exc:
            out[i] = _reject(raw, exc.code, exc.message)
        except Exception as exc:  # noqa: BLE001 - one bad record must never stop the batch
            out[i] = _reject(raw, "E199", f"cleaning failed: {type(exc).__name__}: {exc}")
    cleaned = time.perf_counter()
    pipeline = _pipeline(settings)
    before = dict(pipeline.seconds)
    todo = []
    for i, doc in docs:
        if len(doc.text) > settings.max_analyze_chars:
            out[i] = _reject(
                records[i], "E160",
                f"clean text of {len(doc.text):,} characters, over max_analyze_chars="
                f"{settings.max_analyze_chars:,}: not analysed (about 17 CPU-seconds per million "
                "characters); split the document, or raise NEWSDOSSIER_MAX_ANALYZE_CHARS",
            )  # fmt: skip
        else:
            todo.append((i, doc))
    for group in _analysis_groups(todo, settings.analyze_chunk_chars):
        for (i, doc), result in zip(group, _analyze_group(pipeline, group, settings), strict=True):
            raw = records[i]
            if isinstance(result, tuple):
                out[i] = _reject(raw, *result)
            else:
                out[i] = Processed(
                    raw.key, raw.source, raw.record, raw.content_hash, doc, result,
                    notes=raw.notes,
                )  # fmt: skip
    seconds = {k: v - before.get(k, 0.0) for k, v in pipeline.seconds.items()}
    seconds["clean"] = cleaned - started
    return BatchResult(
        [p for p in out if p is not None], seconds, _peak_rss_mb(settings), os.getpid(),
        wall_start, time.time(),
    )  # fmt: skip


def _analysis_groups(
    docs: list[tuple[int, Document]], chunk_chars: int
) -> list[list[tuple[int, Document]]]:
    """Documents in the groups they are analysed in: a long one (over one spaCy
    window) alone, under its own budget; short ones together, up to a few windows'
    worth of text, so that one budget covers a bounded amount of work."""
    groups: list[list[tuple[int, Document]]] = []
    group: list[tuple[int, Document]] = []
    size = 0
    for i, doc in docs:
        n = len(doc.text)
        if n > chunk_chars:
            groups.append([(i, doc)])
            continue
        if group and size + n > 4 * chunk_chars:
            groups.append(group)
            group, size = [], 0
        group.append((i, doc))
        size += n
    if group:
        groups.append(group)
    return groups


def _analyze_group(
    pipeline: Pipeline, group: list[tuple[int, Document]], settings: Settings
) -> list[Annotations | tuple[str, str]]:
    """The annotations of each document, or ``(code, reason)`` for one that broke
    the batch or spent its budget (then the others are analysed one by one)."""
    budget = float(settings.max_document_seconds) or None
    try:
        return list(pipeline.analyze([d for _, d in group], budget))
    except BudgetExceeded:
        pass  # who spent it? one by one, each under its own budget
    except NewsdossierError:
        raise  # configuration problems (model not installed) stop the build
    except Exception:  # noqa: BLE001
        pass  # one document broke the batch: one by one, to find and reject it
    out: list[Annotations | tuple[str, str]] = []
    for _, doc in group:
        try:
            out.append(pipeline.analyze([doc], budget)[0])
        except BudgetExceeded as exc:
            out.append(("E161", exc.message))
        except NewsdossierError:
            raise
        except Exception as exc:  # noqa: BLE001
            out.append(("E198", f"analysis failed: {type(exc).__name__}: {exc}"))
    return out


def _peak_rss_mb(settings: Settings) -> float:
    """This process's peak RSS, plus its framing child's (analyze/child.py)."""
    try:
        import resource
    except ImportError:  # not on Unix: not measured
        return 0.0
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
    if settings.framing_enabled and settings.framing_process:
        from ..analyze.framing.analyzer import CHILD

        own += CHILD.peak_rss_mb
    return own
