"""Imported once by the build's forkserver: load the analysis models before any
worker is forked from it.

Every worker then starts with the models already in memory (shared with the
forkserver until written), so replacing a worker costs a fork, not a model
load.  That is what lets the build replace its workers often
(``worker_max_batches``): spaCy's string store grows with every new word form,
and a fresh worker is the only way to give that memory back.

The settings come from the environment variable :data:`ENV` (JSON), set by the
building process before the forkserver starts.  Any failure here is ignored:
a worker then loads the models itself and reports a real error where it occurs.
"""

from __future__ import annotations

import json
import os

ENV = "NEWSDOSSIER_WARM_SETTINGS"


def _warm() -> None:
    raw = os.environ.get(ENV)
    if not raw:
        return
    try:
        from ..analyze.api import _pipeline
        from ..settings import Settings

        settings = Settings(**json.loads(raw))
        _pipeline(settings)
        if settings.framing_enabled:
            # the framing weights (numpy; the onnxruntime session is made later, in
            # each worker's framing child: analyze/child.py), shared by every fork
            from ..analyze.framing import load_framing_model

            load_framing_model()
        # Objects made so far live as long as the forkserver: keep the collector off
        # their pages, so a worker forked from here does not copy them on its first
        # collection.  Measured (benchmarks/bench_threads.py, 60 pages, 4 rounds,
        # loaded machine): spaCy CPU in a fork 1.002x a fresh process's, after
        # gc.freeze 0.980x: copy-on-write is not what slowed workers (a thread was;
        # analyze/child.py), and freezing costs nothing.
        import gc

        gc.freeze()
    except Exception:  # noqa: BLE001 - see the module docstring
        return


_warm()
