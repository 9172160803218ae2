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
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from ..analyze.pipeline import Pipeline

ENV = "NEWSDOSSIER_WARM_SETTINGS"


def _warm() -> None:
    raw = os.environ.get(ENV)
    if not raw:
        return
    try:
        from ..analyze.api import _pipeline
        from ..settings import Settings

        settings = Settings(**json.loads(raw))
        _fill_tables(_pipeline(settings))
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


#: An invented page that takes the analyzers down their common paths (a quote, a
#: reported clause, a date, a figure, names of people, places and organisations).
WARM_TEXT = (
    "Ivo Renk, the chairman of Vellornia Holdings, said on Tuesday that the company "
    "employed 4,200 people in 2021 and would open two plants in Harvan.\n\n"
    "\u201cWe will not close the Ostrel site,\u201d Renk told reporters in Harvan on "
    "March 3, 2022. The ministry denied the report, according to two officials, and "
    "said the plants may cost about $30 million."
)


def _fill_tables(pipeline: Pipeline) -> None:
    """Fill, in the forkserver, the tables the analyzers build on first use.

    Several are built lazily: the claims lexicon's per-pattern word tests
    (``lexicon.pattern_needs``, a parse of each pattern), data files loaded on first
    call, spaCy's first-call allocations.  Built in a worker, they cost every new
    worker's first batch ~0.25 CPU-seconds (8 pages, process CPU: 0.85 s the first
    time, 0.60 the next; 0.66 in a process warmed so; ``docs/scale.md``), and
    workers are replaced every ``worker_max_batches`` batches.  Built here, every
    fork has them; the forkserver pays ~0.3 s (0.13 the 45 patterns, 0.16 the page).

    Each table is a pure function of its key (cached answers, no counters), so what
    the analysis gives is the same whether it was built here or in the worker.  The
    framing analyzer is left out: it starts a child process (analyze/child.py),
    which a forkserver must not hold."""
    from ..analyze.claims.lexicon import attribute_specs
    from ..analyze.framing.analyzer import ANALYZER as FRAMING
    from ..analyze.pipeline import Pipeline
    from ..model import Document

    attribute_specs()  # the patterns and their cheap tests (lexicon.pattern_needs)
    steps = [c for c in pipeline.components if c.name != FRAMING]
    doc = Document(Document.make_id(WARM_TEXT), WARM_TEXT, "warm", "warm")
    Pipeline(steps).analyze([doc])


_warm()
