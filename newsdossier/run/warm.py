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

        _pipeline(Settings(**json.loads(raw)))
    except Exception:  # noqa: BLE001 - see the module docstring
        return


_warm()
