"""Runs analyzers in order over batches of clean documents.

An analyzer is a registered, versioned callable that declares what it
``requires`` and what it ``assigns`` on the per-document :class:`Work` item.
:class:`Pipeline` checks those declarations before it runs anything, so a
misordered or missing component is a :class:`ConfigError`, not a KeyError
halfway through a million documents.

Analysis is pure: clean ``Document`` objects and ``Settings`` in,
``Annotations`` out; no store, no network.  The same function runs under
``map()``, a process pool or Dask.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any, Protocol

from ..errors import ConfigError
from ..model import Annotations, Document, Mention, Sentence
from ..registry import analyzers
from ..settings import Settings
from .budget import check_budget, cpu_budget

__all__ = ["DEFAULT_ANALYZERS", "Analyzer", "Pipeline", "Work", "make_pipeline"]

_ANNOTATION_FIELDS = frozenset(Annotations.__dataclass_fields__) - {
    "doc_id",
    "analyzers",
    "sentences",
    "mentions",
}
#: What every Work item has before any analyzer runs.
_GIVEN = frozenset({"document"})

DEFAULT_ANALYZERS = (
    "newsdossier.spacy.v1",
    "newsdossier.sentences.v1",
    "newsdossier.mentions.v1",
    "newsdossier.claims.v2",
    "newsdossier.time.v1",
    "newsdossier.events.v1",
    "newsdossier.name-statements.v1",
    "newsdossier.framing.v1",
)


@dataclass(slots=True)
class Work:
    """Mutable scratch space for one document while analyzers run."""

    document: Document
    # (offset, nlp.Parsed): each window's sentences and entities, as spaCy spans name them
    spacy_docs: list[tuple[int, Any]] = field(default_factory=list)
    sentences: list[Sentence] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    extra: dict[str, Any] = field(default_factory=dict)

    def annotations(self, ran: tuple[str, ...]) -> Annotations:
        return Annotations(
            doc_id=self.document.id,
            sentences=tuple(self.sentences),
            mentions=tuple(self.mentions),
            analyzers=ran,
            # later stages put their per-document results in ``extra`` under the
            # name of an Annotations field (e.g. "claims"); those are kept
            **{k: tuple(v) for k, v in self.extra.items() if k in _ANNOTATION_FIELDS},
        )


class Analyzer(Protocol):
    name: str
    version: str
    requires: tuple[str, ...]
    assigns: tuple[str, ...]

    def __call__(self, batch: Sequence[Work]) -> None: ...


class Pipeline:
    def __init__(self, components: Sequence[Analyzer]) -> None:
        have = set(_GIVEN)
        for comp in components:
            missing = [r for r in comp.requires if r not in have]
            if missing:
                raise ConfigError(
                    f"analyzer {comp.name!r} requires {', '.join(missing)}, which no earlier "
                    "analyzer assigns; put the analyzer that assigns it first",
                    code="E232",
                )
            have.update(comp.assigns)
        self.components = tuple(components)
        self.ran = tuple(f"{c.name}@{c.version}" for c in components)
        #: wall seconds spent in each analyzer (by name) since this pipeline was made
        self.seconds: defaultdict[str, float] = defaultdict(float)

    def analyze(
        self, documents: Sequence[Document], budget_s: float | None = None
    ) -> list[Annotations]:
        """Annotations for each document, in order.

        ``budget_s``: CPU seconds the whole call may take (``analyze/budget.py``),
        checked between analyzers and between the spaCy stage's windows; past it
        :class:`~newsdossier.errors.BudgetExceeded` is raised."""
        batch = [Work(d) for d in documents]
        with cpu_budget(budget_s):
            for comp in self.components:
                check_budget(comp.name)
                started = time.perf_counter()
                comp(batch)
                self.seconds[comp.name] += time.perf_counter() - started
        return [w.annotations(self.ran) for w in batch]


def make_pipeline(settings: Settings, names: Sequence[str] = DEFAULT_ANALYZERS) -> Pipeline:
    # Importing the modules registers their factories.
    from . import sentences  # noqa: F401
    from .claims import extract as _claims  # noqa: F401
    from .entities import (
        mentions,  # noqa: F401
        statements,  # noqa: F401
    )
    from .events import analyzer as _events  # noqa: F401
    from .framing import analyzer as _framing  # noqa: F401
    from .time import analyzer as _time  # noqa: F401

    if not settings.framing_enabled:  # build --no-framing (issue 6): a triage build
        names = [n for n in names if n != "newsdossier.framing.v1"]
    return Pipeline([analyzers.get(n)(settings) for n in names])
