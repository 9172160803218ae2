"""The Dask executor: the per-document stage on Dask workers (optional extra ``[dask]``).

``build --executor dask-local --workers N`` starts a ``LocalCluster`` of ``N``
single-threaded worker processes on this machine; ``--executor
dask://HOST:PORT`` sends the batches to the scheduler of a running cluster
(``dask scheduler`` on one machine, ``dask worker HOST:PORT --nthreads 1`` on
each worker machine, every one with the same newsdossier installed).

Each batch is one pure task, :func:`analyse_batch` of its raw records and the
settings, named by a hash of both (the records' keys and content hashes).  Each
worker hands its batches to a one-process local pool of its own (see there):
the models are loaded once per worker, in that pool's forkserver; a worker
that Dask restarts loads them again.  Remote workers should be started with
``DASK_DISTRIBUTED__WORKER__DAEMON=False`` so that they may start that pool
(a daemonic worker analyses in its own task thread: same results, slower).

What the building process keeps (run/executor.py): reading the inputs (the
resume check needs each record's key and content hash before anything is
scheduled), the one writer, and the resolvers.  Results come back in input
order; at most :attr:`DaskExecutor.window` batches are submitted and not yet
written, so a finished batch waits in its worker's memory only until the
writer reaches it.

A lost worker (killed, out of memory, its machine gone) loses no document and
writes none twice: its tasks are pure, so the scheduler runs them again on
another worker, and only the building process writes, once, in input order
(``tests/run/test_dask.py`` kills one mid-build).  A batch whose workers die
``distributed.scheduler.allowed-failures`` + 1 times (3 + 1 by default: a
record that crashes the interpreter) stops the build with E255; what was
written stays, and a rerun resumes after it.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
from collections.abc import Sequence
from dataclasses import asdict
from types import TracebackType
from typing import Any

from ..errors import ConfigError, NewsdossierError
from ..model import RawRecord
from ..settings import Settings
from .executor import ExecutorSpec
from .pool import PoolExecutor
from .process import BatchResult, process_records

__all__ = ["DaskExecutor"]

#: Seconds to wait for a remote scheduler to answer, and for its first worker.
CONNECT_TIMEOUT_S = 30


def _import_distributed() -> Any:
    try:
        import distributed
    except ImportError:
        raise ConfigError(
            "--executor dask needs the dask extra: pip install 'newsdossier[dask]' "
            "(dask and distributed 2026.8.0)",
            code="E251",
        ) from None
    return distributed


def _local_versions() -> dict[str, str]:
    """What must match between the building process and every worker for their
    results to be the ones the local pool gives."""
    from importlib.metadata import version

    from .. import __version__

    return {"newsdossier": __version__, "spacy": version("spacy")}


#: This worker process's one-process pool (see :func:`analyse_batch`), by settings.
_POOL: tuple[Settings, PoolExecutor] | None = None


def analyse_batch(records: list[RawRecord], settings: Settings) -> BatchResult:
    """The Dask task: :func:`~newsdossier.run.process.process_records` of one batch.

    Not in the Dask worker process itself: a Dask worker runs tasks in a thread
    beside its event loop, and a process that has threads runs spaCy 20-30 %
    slower (glibc's malloc leaves its single-thread path; run/process.py).
    Measured (48 Tehran Times pages, --no-framing, CPU seconds of the whole
    process tree, two runs each, loaded machine): 0.144 and 0.144 s/doc with the
    batch in the worker's thread, 0.127 and 0.135 through this pool, 0.099 and
    0.090 for the local pool, whose building process also spends ~1 s less on
    event loops (scheduler, nanny, heartbeats: time-based, so it weighs less per
    document on a machine that is not shared).  So each worker keeps a one-process local pool
    (run/pool.py) and hands it the batch: the process that analyses is forked
    from a forkserver that loaded the models once, has no thread, is replaced
    every ``worker_max_batches`` batches (memory stays flat, the models are not
    reloaded), and dies with the worker.  A daemonic worker (``dask worker``'s
    default, ``distributed.worker.daemon``) may not start processes: there the
    batch runs in the worker's own thread, slower but the same result."""
    global _POOL
    import multiprocessing

    if multiprocessing.current_process().daemon:
        return process_records(records, settings)
    if _POOL is None or _POOL[0] != settings:
        if _POOL is not None:
            _POOL[1].close()
        _POOL = (settings, PoolExecutor(settings, workers=1))
    return _POOL[1].submit(records, settings).result()


def close_worker_pool() -> None:
    """Run on every worker when a build ends: its pool's processes end, and the
    memory of their models is given back (a remote worker outlives the build)."""
    global _POOL
    if _POOL is not None:
        _POOL[1].close()
        _POOL = None


class _Handle:
    """A submitted batch: Dask's future, with a lost batch turned into E255."""

    __slots__ = ("_future", "_first")

    def __init__(self, future: Any, first: str) -> None:
        self._future = future
        self._first = first

    def result(self) -> BatchResult:
        from distributed.scheduler import KilledWorker

        try:
            out: BatchResult = self._future.result()
        except KilledWorker as exc:
            raise NewsdossierError(
                f"the batch that starts with {self._first or 'no record'} ended every Dask "
                f"worker that ran it ({exc}); what was written before it is kept and a rerun "
                "resumes there.  Build that input alone with --workers 0 to see its error",
                code="E255",
            ) from None
        finally:
            self._future = None  # the result leaves the worker's memory now
        return out

    def done(self) -> bool:
        return self._future is None or bool(self._future.done())


class DaskExecutor:
    """Batches to Dask; see the module docstring."""

    def __init__(
        self, spec: ExecutorSpec, settings: Settings, timeout_s: float = CONNECT_TIMEOUT_S
    ) -> None:
        distributed = _import_distributed()
        self.name = spec.name
        self._cluster: Any = None
        self._client: Any = None
        try:
            if spec.address is None:
                self._start_local(distributed, settings)
            else:
                self._connect(distributed, spec.address, timeout_s)
            client: Any = self._client
            self.workers = max(1, sum(client.nthreads().values()))
            self._check_versions()
        except BaseException:
            self.close()
            raise
        # As the local pool: enough batches that every worker has the next one
        # while the writer works; the scheduler holds what workers cannot start.
        self.window = 4 * self.workers

    def _start_local(self, distributed: Any, settings: Settings) -> None:
        if settings.workers < 1:
            raise ConfigError("--executor dask-local needs --workers 1 or more", code="E252")
        import dask

        # Non-daemonic workers may start processes of their own (an analyzer that
        # runs a model in a child process); they still end with this process
        # (distributed watches its parent through a pipe).
        with dask.config.set({"distributed.worker.daemon": False}):
            self._cluster = distributed.LocalCluster(
                n_workers=settings.workers,
                threads_per_worker=1,
                processes=True,
                # No dashboard (bokeh is not installed), but the scheduler serves its
                # HTTP routes anyway: with None it binds every interface on port 8787
                # (warning when taken); this binds loopback, on a free port.
                dashboard_address="127.0.0.1:0",
                host="127.0.0.1",
                # Dask's warnings at the end of a build ("worker still alive after 4 s,
                # killing" on a busy machine) are not the user's business; a lost batch
                # is reported by the build itself (E255)
                silence_logs=logging.ERROR,
            )
        self._client = distributed.Client(self._cluster)

    def _connect(self, distributed: Any, address: str, timeout_s: float) -> None:
        try:
            self._client = distributed.Client(address, timeout=timeout_s)
            self._client.wait_for_workers(1, timeout=timeout_s)
        except (OSError, TimeoutError) as exc:
            raise ConfigError(
                f"no Dask scheduler with a worker answered at {address} within "
                f"{timeout_s:g} s ({type(exc).__name__}); start one with `dask scheduler` "
                "and workers with `dask worker HOST:PORT --nthreads 1`",
                code="E253",
            ) from None

    def _check_versions(self) -> None:
        here = _local_versions()
        theirs: dict[str, Any] = self._client.run(_local_versions)
        wrong = {addr: v for addr, v in theirs.items() if v != here}
        if wrong:
            addr, v = next(iter(sorted(wrong.items())))
            raise ConfigError(
                f"{len(wrong)} Dask worker(s) run other versions than this process "
                f"({addr}: {v}; here: {here}); install the same newsdossier on every worker",
                code="E254",
            )

    def submit(self, records: Sequence[RawRecord], settings: Settings) -> _Handle:
        digest = hashlib.sha256(json.dumps(asdict(settings), sort_keys=True).encode())
        for r in records:
            digest.update(f"\0{r.key}\0{r.content_hash}".encode())
        import dask

        # The raw records travel inside the task (through the scheduler): a batch of
        # large HTML pages passes Dask's 10 MB "large graph" warning, which is meant
        # for graphs that embed data by mistake; here the data is the task.
        with dask.config.set({"distributed.admin.large-graph-warning-threshold": "2GB"}):
            future = self._client.submit(
                analyse_batch, list(records), settings,
                key=f"newsdossier-batch-{digest.hexdigest()}",
            )  # fmt: skip
        return _Handle(future, records[0].key if records else "")

    def worker_pids(self) -> dict[str, int]:
        """Worker address -> process id (the worker-loss test kills one)."""
        return dict(self._client.run(os.getpid))

    def busy_workers(self) -> list[str]:
        """Addresses of the workers that hold a task now."""
        return [w for w, keys in self._client.processing().items() if keys]

    def close(self, cancel: bool = False) -> None:
        if self._client is not None:
            try:
                self._client.run(close_worker_pool)
            except Exception:  # noqa: BLE001 - a lost cluster has no pools to close
                pass
            self._client.close()
            self._client = None
        if self._cluster is not None:
            self._cluster.close()
            self._cluster = None

    def __enter__(self) -> DaskExecutor:
        return self

    def __exit__(
        self, typ: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close(cancel=exc is not None)
