"""Build a store from input paths: read -> clean -> analyze -> write -> resolve.

Reading and writing happen in this process; the per-document stage
(:func:`~newsdossier.run.process.process_records`) runs inline with one
worker, or in a process pool with several.  Results are written in input
order, one transaction per batch, together with the ``inputs`` rows that
mark their records done, so:

- a rerun on the same files skips every record already done (same key and
  content hash) before cleaning it, and adds nothing;
- a build killed at any point resumes where the last committed batch ended;
- memory is bounded by the batches in flight, not by the corpus.
"""

from __future__ import annotations

import multiprocessing
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from itertools import islice

from ..ingest import read_paths
from ..ingest.base import ReadOptions
from ..model import RawRecord, Rejection
from ..resolve import run_resolvers
from ..settings import Settings
from ..store.base import Processed, WriteCounts
from ..store.sqlite import SQLiteStore
from .process import process_records

__all__ = ["BuildReport", "build"]


@dataclass
class BuildReport:
    added: int = 0
    duplicates: int = 0
    unchanged: int = 0  # records already in the store from an earlier build
    rejected: list[Rejection] = field(default_factory=list)
    resolved: dict[str, int] = field(default_factory=dict)  # resolver -> things touched
    seconds: float = 0.0

    @property
    def records(self) -> int:
        return self.added + self.duplicates + self.unchanged + len(self.rejected)


Progress = Callable[[int], None]


def _batches(
    items: Iterable[RawRecord | Rejection], size: int
) -> Iterator[list[RawRecord | Rejection]]:
    it = iter(items)
    while chunk := list(islice(it, size)):
        yield chunk


def build(
    paths: Sequence[str],
    store: SQLiteStore,
    settings: Settings,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
) -> BuildReport:
    """Build (or extend) ``store`` from ``paths``; see the module docstring."""
    options = options or ReadOptions(max_document_bytes=settings.max_document_bytes)
    report = BuildReport()
    started = time.perf_counter()
    counts = WriteCounts()
    step = max(1, min(settings.nlp_batch_docs, settings.write_batch_docs))

    def sort_batch(batch: list[RawRecord | Rejection]) -> tuple[list[RawRecord], list[Processed]]:
        rejected = [
            Processed(r.key, r.source, r.record, None, rejection=r)
            for r in batch
            if isinstance(r, Rejection)
        ]
        raws = [r for r in batch if isinstance(r, RawRecord)]
        done = store.done_inputs([r.key for r in raws])
        todo = [r for r in raws if done.get(r.key) != r.content_hash]
        report.unchanged += len(raws) - len(todo)
        return todo, rejected

    def write(items: list[Processed], n_read: int) -> None:
        nonlocal counts
        counts += store.write_batch(items)
        report.rejected.extend(p.rejection for p in items if p.rejection is not None)
        if progress:
            progress(n_read)

    batches = _batches(read_paths(list(paths), options), step)
    if settings.workers <= 1:
        for batch in batches:
            todo, rejected = sort_batch(batch)
            write(rejected + process_records(todo, settings), len(batch))
    else:
        _build_parallel(batches, sort_batch, write, settings)

    report.added, report.duplicates = counts.added, counts.duplicates
    report.resolved = run_resolvers(store, settings)
    report.seconds = time.perf_counter() - started
    return report


def _build_parallel(
    batches: Iterator[list[RawRecord | Rejection]],
    sort_batch: Callable[[list[RawRecord | Rejection]], tuple[list[RawRecord], list[Processed]]],
    write: Callable[[list[Processed], int], None],
    settings: Settings,
) -> None:
    # forkserver: workers fork from a clean server that has imported spaCy once,
    # not from this process (which may run a progress-bar thread).
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(["newsdossier.run.process", "spacy"])
    in_flight: deque[tuple[Future[list[Processed]], list[Processed], int]] = deque()
    window = 2 * settings.workers  # bounded: memory does not grow with the corpus
    with ProcessPoolExecutor(max_workers=settings.workers, mp_context=ctx) as pool:
        for batch in batches:
            todo, rejected = sort_batch(batch)
            in_flight.append((pool.submit(process_records, todo, settings), rejected, len(batch)))
            while len(in_flight) >= window:
                fut, rej, n = in_flight.popleft()
                write(rej + fut.result(), n)
        while in_flight:
            fut, rej, n = in_flight.popleft()
            write(rej + fut.result(), n)
