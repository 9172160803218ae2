"""The local executor: a pool of worker processes forked from a warm server.

Implements :class:`~newsdossier.run.executor.Executor` for ``--workers N``
(``N >= 1``) on this machine.  What it was measured to need, and why:

- forkserver: workers fork from a clean server that has imported spaCy once,
  not from the building process (which may run a progress-bar thread).  The
  forkserver loads the models once (``run/warm.py``), so a replaced worker is
  a fork, not a model load.  It starts with the first worker and inherits the
  environment variable :data:`~newsdossier.run.warm.ENV`; a forkserver already
  running keeps its models.
- Workers are replaced every ``worker_max_batches`` batches each, which keeps
  their memory flat (spaCy's string store grows with every new word form).  The
  whole pool is replaced rather than using ``max_tasks_per_child``: on Python
  3.11 to 3.13 that can leave a pool with no workers and queued tasks forever
  (CPython gh-115634; seen here as a hung 2-worker build).
- Each worker ends when the building process is gone
  (:func:`~newsdossier.run.process.exit_with_parent`).
"""

from __future__ import annotations

import dataclasses
import json
import multiprocessing
import os
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from types import TracebackType
from typing import Any

from ..model import RawRecord
from ..settings import Settings
from . import warm
from .process import BatchResult, exit_with_parent, process_records

__all__ = ["PoolExecutor"]


class PoolExecutor:
    """``settings.workers`` local processes; see the module docstring."""

    name = "local"

    def __init__(self, settings: Settings, workers: int | None = None) -> None:
        """``workers`` processes (``settings.workers`` by default); the forkserver
        warms the models of ``settings``, which should be those of the batches."""
        self.workers = max(1, settings.workers if workers is None else workers)
        # Enough batches queued that the workers keep going while the building
        # process writes and resolves; bounded, so memory does not grow with the corpus.
        self.window = 4 * self.workers
        self._per_pool = max(1, settings.worker_max_batches) * self.workers
        self._submitted = 0
        self._pool: ProcessPoolExecutor | None = None
        self._ctx: Any = multiprocessing.get_context("forkserver")
        self._ctx.set_forkserver_preload(
            ["newsdossier.run.process", "newsdossier.clean", "spacy", "newsdossier.run.warm"]
        )
        self._saved_env = os.environ.get(warm.ENV)
        os.environ[warm.ENV] = json.dumps(dataclasses.asdict(settings))

    def submit(self, records: Sequence[RawRecord], settings: Settings) -> Future[BatchResult]:
        if self._pool is None or self._submitted >= self._per_pool:
            if self._pool is not None:
                # the old pool's batches finish first (their results stay in their
                # futures for the driver to take), then its processes end
                self._pool.shutdown(wait=True)
            self._pool = ProcessPoolExecutor(
                max_workers=self.workers,
                mp_context=self._ctx,
                initializer=exit_with_parent,
                initargs=(os.getpid(),),
            )
            self._submitted = 0
        self._submitted += 1
        return self._pool.submit(process_records, list(records), settings)

    def close(self, cancel: bool = False) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=cancel)
            self._pool = None
        if self._saved_env is None:
            os.environ.pop(warm.ENV, None)
        else:
            os.environ[warm.ENV] = self._saved_env

    def __enter__(self) -> PoolExecutor:
        return self

    def __exit__(
        self, typ: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close(cancel=exc is not None)
