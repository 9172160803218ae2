"""Build a store from input paths: read -> clean -> analyze -> write -> resolve.

Reading, writing and the corpus-level resolvers happen in this process; the
per-document stage (:func:`~newsdossier.run.process.process_records`) runs
inline with ``workers=0``, or in a pool of ``workers`` processes.  With a pool,
this process writes finished batches and runs the resolvers *while* the
workers analyse the next ones, so the corpus-level work overlaps the models
instead of following them.

Results are written in input order, one transaction per ``write_batch_docs``
documents (analysed batches gathered), together with the ``inputs`` rows that mark
their records done, so:

- a rerun on the same files skips every record already done (same key and
  content hash) before cleaning it, and adds nothing;
- a build killed at any point resumes where the last committed batch ended;
- memory is bounded by the batches in flight, not by the corpus.

The resolvers run in passes at document counts that depend only on the
store (``run/passes.py``: ``resolve_every_docs`` apart, or a tenth of the
store if that is more, up to ten times ``resolve_every_docs``), each pass one
transaction, and at the end of every build until they reach their fixed point.
A batch is cut where a pass falls, so batch size, worker count, where an
earlier build was killed and how often it was rerun never change the store.

One writer: the store is opened with its writer lock (``store/lock.py``).
"""

from __future__ import annotations

import time
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import islice

from ..ingest import read_paths
from ..ingest.base import ReadOptions
from ..model import RawRecord, Rejection
from ..settings import Settings
from ..store.base import Processed, WriteCounts
from ..store.protocols import Store
from .executor import BatchHandle, Executor
from .passes import (
    FinalPass,
    cut_points,
    final_pass,
    intermediate_pass,
    next_pass_at,
    warm_resolvers,
)
from .pool import PoolExecutor
from .process import BatchResult, process_records

__all__ = ["BuildReport", "build"]


@dataclass
class BuildReport:
    added: int = 0
    duplicates: int = 0
    unchanged: int = 0  # records already in the store from an earlier build
    rejected: list[Rejection] = field(default_factory=list)
    #: inputs used after a repair: ``(input key, code, message)`` (ingest's W1xx notes)
    repaired: list[tuple[str, str, str]] = field(default_factory=list)
    resolved: dict[str, int] = field(default_factory=dict)  # resolver -> things touched
    seconds: float = 0.0
    #: wall seconds per step, summed over batches and processes: ``clean``, one
    #: key per analyzer, ``write``, one ``resolve:<name>`` per resolver
    stage_seconds: dict[str, float] = field(default_factory=dict)
    resolver_passes: int = 0
    #: the end-of-build pass: fixed point "reached", "already" (nothing new to
    #: resolve), or "not reached"; its rounds, and the rows they changed by table
    fixed_point: str = ""
    final_rounds: int = 0
    rows_changed: dict[str, int] = field(default_factory=dict)
    peak_worker_rss_mb: float = 0.0  # largest peak RSS of a process that analysed documents
    #: worker-seconds with no batch to analyse, from the first batch's start to the
    #: last one's end: ``workers`` x that span minus the batches' own time.  Workers
    #: wait when this process is too busy writing and resolving to hand them the
    #: next batch, or while a pool is replaced (0 with --workers 0)
    worker_idle_seconds: float = 0.0
    #: where the per-document stage ran: "inline", "local" (process pool),
    #: "dask-local" or "dask://HOST:PORT" (run/executor.py)
    executor: str = "inline"
    #: the build's critical path (wall seconds, 0 with --workers 0): from its start to
    #: the first batch's analysis (reading, the forkserver's warm-up: imports and model
    #: load), and the end-of-build pass with the write before it, which wait for the
    #: last batch (the intermediate passes overlap the workers' analysis)
    startup_seconds: float = 0.0
    final_pass_seconds: float = 0.0

    @property
    def records(self) -> int:
        return self.added + self.duplicates + self.unchanged + len(self.rejected)


Progress = Callable[[int], None]
Batch = list[RawRecord | Rejection]


def _batches(
    items: Iterable[RawRecord | Rejection], size: int, workers: int = 1
) -> Iterator[Batch]:
    """Batches of ``size`` records, in input order.

    With several ``workers``, the records of the last ``workers`` batches are dealt
    into ``2 * workers`` smaller batches (issue 18: 2 workers / 1).  A pool's last
    batches end at different times: one worker analyses the last batch while the
    others have nothing left, for up to a batch's time (32 documents, 3-6 s here),
    and the end-of-build pass waits for it.  Smaller last batches shrink that wait;
    batch size changes no row (``tests/run/test_exact_resume.py``)."""
    it = iter(items)
    if workers <= 1:
        while chunk := list(islice(it, size)):
            yield chunk
        return
    ahead: deque[Batch] = deque()  # read ahead to know which batches are the last
    while chunk := list(islice(it, size)):
        ahead.append(chunk)
        if len(ahead) > workers:
            yield ahead.popleft()
    tail = [record for chunk in ahead for record in chunk]
    part = max(1, -(-len(tail) // (2 * workers)))
    for start in range(0, len(tail), part):
        yield tail[start : start + part]


class _Builder:
    """The building process's side: sorting batches, writing them, resolving."""

    def __init__(self, store: Store, settings: Settings, progress: Progress | None) -> None:
        self.store = store
        self.settings = settings
        self.progress = progress
        self.report = BuildReport()
        self.workers = settings.workers  # analysing processes (the executor's, when one runs)
        self.counts = WriteCounts()
        self.seconds: defaultdict[str, float] = defaultdict(float)
        self.resolved: Counter[str] = Counter()
        # wall-clock span of the workers' batches and the time spent in them
        self.first_start = self.last_end = self.busy = 0.0
        self.wall_started = time.time()  # comparable with the batches' spans
        self.stored = store.document_count()
        # analysed batches (nlp_batch_docs each) gathered until write_batch_docs documents
        # go in one transaction (:meth:`flush`); their inputs' content hashes, by key
        self.pending: list[Processed] = []
        self.pending_keys: dict[str, str | None] = {}
        self.warmed = False  # the resolvers' first-use tables (wait_work)
        passed = int(store.resolution_state().get("passed_docs", self.stored))
        self.next_pass = next_pass_at(passed, settings.resolve_every_docs)
        # a pass owed by a build killed after the write that reached its point
        # (or one of an earlier resolve_every_docs): run it before writing more
        if self.stored >= self.next_pass:
            self.resolve()

    def sort(self, batch: Batch) -> tuple[list[RawRecord], list[Processed]]:
        """Records still to do, and the rejections the readers already made."""
        rejected = [
            Processed(r.key, r.source, r.record, None, rejection=r)
            for r in batch
            if isinstance(r, Rejection)
        ]
        raws = [r for r in batch if isinstance(r, RawRecord)]
        done: dict[str, str | None] = dict(self.store.done_inputs([r.key for r in raws]))
        # a record gathered but not yet written (flush) is done as well
        done.update((r.key, self.pending_keys[r.key]) for r in raws if r.key in self.pending_keys)
        todo = [r for r in raws if done.get(r.key) != r.content_hash]
        self.report.unchanged += len(raws) - len(todo)
        return todo, rejected

    def write(self, rejected: list[Processed], result: BatchResult, n_read: int) -> None:
        """One analysed batch: gathered, and written once ``write_batch_docs`` documents
        are (:meth:`flush`)."""
        items = rejected + result.items
        self.pending.extend(items)
        self.pending_keys.update((p.key, p.content_hash) for p in items if p.rejection is None)
        if sum(p.document is not None for p in self.pending) >= self.settings.write_batch_docs:
            self.flush()
        for step, secs in result.seconds.items():
            self.seconds[step] += secs
        self.report.peak_worker_rss_mb = max(self.report.peak_worker_rss_mb, result.peak_rss_mb)
        self._note_idle(result)
        self.report.rejected.extend(
            p.rejection for p in rejected + result.items if p.rejection is not None
        )
        self.report.repaired.extend((p.key, *note) for p in items for note in p.notes)
        if self.progress:
            self.progress(n_read)

    def flush(self) -> None:
        """Write the gathered batches, one transaction (cut where a pass falls).

        A build hands over batches of ``nlp_batch_docs`` (32) documents; a transaction
        each committed every index page those documents touched (issue 18 item 4: at
        12k stored documents 1.42 ms a document of writes in transactions of 32, 1.13 in
        transactions of 200).  Gathering changes no row: the items go in the order they
        came, passes fall at the same document counts, and a build killed before a
        flush redoes those inputs (they are not marked done)."""
        items, self.pending = self.pending, []
        self.pending_keys.clear()
        if not items:
            return
        existing = self.store.documents_exist(
            [p.document.id for p in items if p.document is not None]
        )
        start = 0
        while start < len(items):
            # cut the batch where the next pass falls (run/passes.py, rule 1)
            cuts = cut_points(items[start:], existing, self.stored, self.next_pass)
            end = start + cuts[0] if cuts else len(items)
            started = time.perf_counter()
            part = self.store.write_batch(items[start:end])
            self.seconds["write"] += time.perf_counter() - started
            self.counts += part
            self.stored += part.added
            existing.update(p.document.id for p in items[start:end] if p.document is not None)
            start = end
            if self.stored >= self.next_pass:
                self.resolve()

    def wait_work(self, submitted_all: bool) -> None:
        """Work for this process while it waits for a worker's batch, none of which
        changes a row (issue 16: the start and the end-of-build pass are the build's
        serial parts, and this process idles in both).

        - The first wait (the forkserver importing and loading models, then the
          first batch): the resolvers' imports and first-use tables
          (:func:`~newsdossier.run.passes.warm_resolvers`), else paid by the
          first resolver pass, which for a build under ``resolve_every_docs``
          documents is the end-of-build pass itself.
        - Once every batch is submitted: the gathered batches are written now
          (:meth:`flush`) rather than after the last batch, where their write
          (up to ``write_batch_docs`` documents) held up the end-of-build pass.
          Rows and pass points are those of a later flush (its docstring); only
          the transactions are smaller, and only where this process would wait."""
        if not self.warmed:
            self.warmed = True
            warm_resolvers(self.settings)
        if submitted_all:
            self.flush()

    def _note_idle(self, result: BatchResult) -> None:
        if not self.workers or not result.pid:
            return
        self.first_start = min(self.first_start or result.started, result.started)
        self.report.startup_seconds = max(0.0, self.first_start - self.wall_started)
        self.last_end = max(self.last_end, result.ended)
        self.busy += result.ended - result.started
        span = self.last_end - self.first_start
        self.report.worker_idle_seconds = max(0.0, self.workers * span - self.busy)

    def resolve(self) -> None:
        """An intermediate pass, at the point the schedule set (run/passes.py)."""
        timings: dict[str, float] = {}
        self.resolved.update(intermediate_pass(self.store, self.settings, timings))
        self._timed(timings)
        self.report.resolver_passes += 1
        self.next_pass = next_pass_at(self.stored, self.settings.resolve_every_docs)

    def _timed(self, timings: dict[str, float]) -> None:
        for name, secs in timings.items():
            self.seconds[f"resolve:{name}"] += secs

    def finish(self, started: float) -> BuildReport:
        final_started = time.perf_counter()
        self.flush()  # the last gathered batches (with a pool: the last one, wait_work)
        # the last documents, the final-only resolvers, until nothing changes
        timings: dict[str, float] = {}
        final: FinalPass = final_pass(self.store, self.settings, timings)
        self.report.final_pass_seconds = time.perf_counter() - final_started
        self._timed(timings)
        self.resolved.update(final.touched)
        report = self.report
        report.resolver_passes += final.fixed_point != "already"
        report.fixed_point, report.final_rounds = final.fixed_point, final.rounds
        report.rows_changed = final.changed
        report.added, report.duplicates = self.counts.added, self.counts.duplicates
        report.resolved = dict(self.resolved)
        report.stage_seconds = dict(self.seconds)
        report.seconds = time.perf_counter() - started
        return report


def build(
    paths: Sequence[str],
    store: Store,
    settings: Settings,
    options: ReadOptions | None = None,
    progress: Progress | None = None,
    executor: Executor | None = None,
) -> BuildReport:
    """Build (or extend) ``store`` from ``paths``; see the module docstring.

    ``executor`` runs the per-document stage (run/executor.py; the caller starts
    and closes it); without one, a pool of ``settings.workers`` local processes
    does, or this process itself with ``workers=0``."""
    started = time.perf_counter()
    options = options or ReadOptions(max_document_bytes=settings.max_document_bytes)
    step = max(1, min(settings.nlp_batch_docs, settings.write_batch_docs))
    builder = _Builder(store, settings, progress)
    workers = executor.workers if executor is not None else settings.workers
    batches = _batches(read_paths(list(paths), options), step, workers)
    if executor is None and settings.workers <= 0:
        for batch in batches:
            todo, rejected = builder.sort(batch)
            builder.write(
                rejected, process_records(todo, settings) if todo else BatchResult([]), len(batch)
            )
    elif executor is not None:
        _run_executor(batches, builder, executor)
    else:
        with PoolExecutor(settings) as pool:
            _run_executor(batches, builder, pool)
    return builder.finish(started)


@dataclass(frozen=True, slots=True)
class _Done:
    """A batch handle whose result is already here: a batch with nothing to analyse goes
    to no worker (a rerun over done inputs started the pool, the forkserver loaded every
    model and analysed its warm-up page, for nothing)."""

    value: BatchResult

    def result(self) -> BatchResult:
        return self.value

    def done(self) -> bool:
        return True


_InFlight = deque[tuple[BatchHandle, list[Processed], int]]


def _run_executor(batches: Iterator[Batch], builder: _Builder, executor: Executor) -> None:
    """Batches to ``executor`` and their results, in input order, to the writer
    (run/executor.py: at most ``executor.window`` batches in flight)."""
    builder.workers = executor.workers
    builder.report.executor = executor.name
    in_flight: _InFlight = deque()
    for batch in batches:
        todo, rejected = builder.sort(batch)
        handle = executor.submit(todo, builder.settings) if todo else _Done(BatchResult([]))
        in_flight.append((handle, rejected, len(batch)))
        while len(in_flight) >= executor.window:
            _take(in_flight, builder, submitted_all=False)
    while in_flight:
        _take(in_flight, builder, submitted_all=True)


def _take(in_flight: _InFlight, builder: _Builder, *, submitted_all: bool) -> None:
    """The oldest batch's result to the writer; what can be done while it is not
    there yet is done first (:meth:`_Builder.wait_work`)."""
    handle, rejected, n = in_flight.popleft()
    if not handle.done():
        builder.wait_work(submitted_all)
    builder.write(rejected, handle.result(), n)
