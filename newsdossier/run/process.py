"""The per-document stage: clean + analyze a batch of raw records.

This is the function that runs in worker processes.  It never raises for a
bad record: a record that cannot be cleaned or analysed becomes a
:class:`Rejection` with a coded reason, and the rest of the batch goes on.
"""

from __future__ import annotations

import os
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field

from ..analyze.api import _pipeline
from ..clean import clean_record
from ..errors import InputError, NewsdossierError
from ..model import Document, RawRecord, Rejection
from ..settings import Settings
from ..store.base import Processed

__all__ = ["BatchResult", "exit_with_parent", "process_records"]


def exit_with_parent(parent_pid: int, every_s: float = 0.5) -> None:
    """Worker initializer: end this worker when the building process is gone.

    A pool worker killed with its parent (``kill -9`` of a build) would otherwise
    wait forever on its task queue, holding the spaCy model's memory; the
    watchdog is a daemon thread that checks the parent every ``every_s``."""

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


@dataclass
class BatchResult:
    """What a worker sends back for one batch: the outcomes, in input order, and
    the wall seconds spent in each step (``clean`` and one per analyzer)."""

    items: list[Processed]
    seconds: dict[str, float] = field(default_factory=dict)
    peak_rss_mb: float = 0.0  # of the process that made it, so far


def _reject(raw: RawRecord, code: str, reason: str) -> Processed:
    return Processed(
        raw.key, raw.source, raw.record, raw.content_hash,
        rejection=Rejection(raw.source, raw.record, code, reason),
    )  # fmt: skip


def process_records(records: Sequence[RawRecord], settings: Settings) -> BatchResult:
    """Clean and analyse ``records``; one :class:`Processed` per record, in order."""
    out: list[Processed | None] = [None] * len(records)
    docs: list[tuple[int, Document]] = []
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
    try:
        annotated = pipeline.analyze([d for _, d in docs])
    except NewsdossierError:
        raise  # configuration problems (model not installed) stop the build
    except Exception:  # noqa: BLE001
        # One document broke the batch: analyse one by one to find and reject it.
        annotated = []
        for i, doc in docs:
            try:
                annotated.extend(pipeline.analyze([doc]))
            except Exception as exc:  # noqa: BLE001
                out[i] = _reject(
                    records[i], "E198", f"analysis failed: {type(exc).__name__}: {exc}"
                )
                annotated.append(None)  # type: ignore[arg-type]
    for (i, doc), ann in zip(docs, annotated, strict=True):
        if ann is not None:
            raw = records[i]
            out[i] = Processed(raw.key, raw.source, raw.record, raw.content_hash, doc, ann)
    seconds = {k: v - before.get(k, 0.0) for k, v in pipeline.seconds.items()}
    seconds["clean"] = cleaned - started
    return BatchResult([p for p in out if p is not None], seconds, _peak_rss_mb())


def _peak_rss_mb() -> float:
    try:
        import resource
    except ImportError:  # not on Unix: not measured
        return 0.0
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux
