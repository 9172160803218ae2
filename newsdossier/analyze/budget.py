"""The per-document analysis budget: a document never takes a build down (issue 17).

Two limits, both settings:

- ``max_analyze_chars`` (deterministic, checked before any analysis): a clean
  text longer than this is not analysed; the record is rejected with ``E160``.
  Analysis time grows linearly with the text (about 17 CPU-seconds per million
  characters of news prose on the 2-core development machine, NER being most
  of it), so this bounds every document's time and memory in advance, and the
  same input always gets the same answer.
- ``max_document_seconds`` (a backstop for inputs slow per character, which a
  size limit cannot foresee): CPU seconds of analysis.  The pipeline checks the
  clock between its bounded pieces (spaCy windows, analyzers); past the budget
  the document is rejected with ``E161`` and the build goes on.  CPU time, not
  wall time, so a loaded machine does not reject more; still, a document close
  to the budget may pass in one build and not in another, so the default sits
  far above any news article (1 MB of prose: ~17 s).

Before this, a 3.2 MB one-line article took 910 s and 2.6 GB (spaCy was handed
all of its 100,000-character chunks in one batch).
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

from ..errors import BudgetExceeded

__all__ = ["check_budget", "cpu_budget"]

_deadline: ContextVar[float | None] = ContextVar("newsdossier_analysis_deadline", default=None)
_limit: ContextVar[float] = ContextVar("newsdossier_analysis_limit", default=0.0)


@contextmanager
def cpu_budget(seconds: float | None) -> Iterator[None]:
    """Allow the analysis in this block ``seconds`` of CPU time (``None`` or <= 0: no limit)."""
    if not seconds or seconds <= 0:
        yield
        return
    token = _deadline.set(time.process_time() + seconds)
    limit = _limit.set(seconds)
    try:
        yield
    finally:
        _deadline.reset(token)
        _limit.reset(limit)


def check_budget(where: str) -> None:
    """Raise :class:`BudgetExceeded` (``E161``) when the block's CPU budget is spent."""
    deadline = _deadline.get()
    if deadline is not None and time.process_time() > deadline:
        raise BudgetExceeded(
            f"analysis took more than max_document_seconds={_limit.get():g} CPU seconds "
            f"(stopped at {where}); the build went on without it: split the document, or "
            "raise NEWSDOSSIER_MAX_DOCUMENT_SECONDS",
            code="E161",
        )
