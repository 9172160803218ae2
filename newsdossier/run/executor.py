"""Where the per-document stage runs: one small interface for every engine.

The build driver (``run/local.py``) reads the records, sets aside those already
done, and hands each batch to an :class:`Executor`.  It takes the results back
in the order it submitted them and writes them itself, running the resolvers
between writes: there is one writer, and the resolvers stay in the building
process whatever the engine.  An executor only runs
:func:`~newsdossier.run.process.process_records` (clean + analyse, a pure
function of its records and settings) somewhere else:

- ``local`` (``run/pool.py``): a pool of ``--workers`` processes forked from a
  server that holds the loaded models; ``--workers 0`` runs the stage inline
  and needs no executor;
- ``dask-local`` (``run/dask.py``): a Dask ``LocalCluster`` of ``--workers``
  single-threaded worker processes on this machine;
- ``dask://HOST:PORT``: the Dask scheduler of a running cluster.

Contract, kept by every implementation:

- :meth:`Executor.submit` returns at once (or after a bounded wait, such as a
  pool being replaced) with a handle whose ``result()`` blocks until that batch
  is done.  The driver never has more than :attr:`Executor.window` batches
  submitted and not yet written, which bounds the memory of the building
  process and of the workers (finished results wait in the workers until taken).
- A batch's result does not depend on where or how often it ran: a batch whose
  worker was lost is run again, and only the driver writes, once, in input
  order.  So an engine never changes the store (``tests/run/test_dask.py``).
- Errors: a batch that cannot be run at all raises from ``result()``; the
  build stops there and a rerun resumes after the last written batch.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from types import TracebackType
from typing import Protocol

from ..errors import ConfigError
from ..model import RawRecord
from ..settings import Settings
from .process import BatchResult

__all__ = ["BatchHandle", "Executor", "ExecutorSpec", "make_executor", "parse_executor"]


class BatchHandle(Protocol):
    """A submitted batch (``concurrent.futures.Future`` and Dask's ``Future`` both fit)."""

    def result(self) -> BatchResult: ...

    def done(self) -> bool:
        """Whether :meth:`result` returns without waiting (the build writes what it
        gathered while it would otherwise wait for the last batches)."""
        ...


class Executor(Protocol):
    #: processes that analyse (for the build's idle-time accounting)
    workers: int
    #: most batches submitted and not yet written (memory bound, both sides)
    window: int
    #: what the build report calls it: "local", "dask-local", "dask://HOST:PORT"
    name: str

    def submit(self, records: Sequence[RawRecord], settings: Settings) -> BatchHandle: ...
    def close(self, cancel: bool = False) -> None: ...
    def __enter__(self) -> Executor: ...
    def __exit__(
        self, typ: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None: ...


@dataclass(frozen=True, slots=True)
class ExecutorSpec:
    """A parsed ``--executor`` value."""

    kind: str  # "local", "dask-local" or "dask"
    address: str | None = None  # tcp://HOST:PORT of a Dask scheduler (kind "dask")

    @property
    def name(self) -> str:
        return f"dask://{self.address[len('tcp://') :]}" if self.address else self.kind


EXECUTORS = ("local", "dask-local", "dask://HOST:PORT")


def parse_executor(value: str) -> ExecutorSpec:
    """``local`` | ``dask-local`` | ``dask://HOST:PORT`` (E250 otherwise)."""
    value = value.strip()
    if value in ("local", "dask-local"):
        return ExecutorSpec(value)
    if value.startswith("dask://"):
        host, sep, port = value[len("dask://") :].rstrip("/").rpartition(":")
        if sep and host and port.isdigit() and 0 < int(port) < 65536:
            return ExecutorSpec("dask", f"tcp://{host}:{port}")
    raise ConfigError(
        f"--executor {value!r} is not one of {', '.join(EXECUTORS)} "
        "(e.g. dask://10.0.0.5:8786 for the scheduler a `dask scheduler` printed)",
        code="E250",
    )


def make_executor(spec: ExecutorSpec, settings: Settings) -> Executor:
    """The executor for ``spec``, started (``settings.workers`` processes for the
    local engines; a remote cluster has the workers it has)."""
    if spec.kind == "local":
        from .pool import PoolExecutor

        return PoolExecutor(settings)
    from .dask import DaskExecutor

    return DaskExecutor(spec, settings)
