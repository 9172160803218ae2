"""Corpus-level, incremental stages that run after documents are stored.

Each stage is registered in :data:`newsdossier.registry.resolvers` by the module
that implements it; :func:`run_resolvers` runs them in the order of
:data:`RESOLVER_MODULES` (entities first: later stages point at entity ids).
"""

from __future__ import annotations

import importlib
import time
from typing import TYPE_CHECKING

from ..registry import resolvers

if TYPE_CHECKING:
    from ..settings import Settings
    from ..store.protocols import Store

__all__ = ["RESOLVER_MODULES", "run_resolvers"]

#: Modules that register resolvers, in the order they must run.
RESOLVER_MODULES = (
    "newsdossier.resolve.entities",
    "newsdossier.resolve.recall",
    "newsdossier.resolve.events",
    "newsdossier.resolve.contradictions",
    "newsdossier.resolve.reuse",
    "newsdossier.resolve.outlets",  # issue 20: name, domain and URL host are one outlet
)


def run_resolvers(
    store: Store,
    settings: Settings,
    seconds: dict[str, float] | None = None,
    *,
    final: bool = True,
) -> dict[str, int]:
    """Run every registered resolver; ``{name: things touched}``.

    ``seconds``, if given, receives each resolver's wall time.  ``final=False``
    (a build's intermediate passes) skips resolvers marked ``final_only``: work
    that would be repeated over the whole store in every pass."""
    for module in RESOLVER_MODULES:
        importlib.import_module(module)
    # Order by RESOLVER_MODULES, not by registration: a test or caller that imports
    # a later stage first (issue 5's contradictions) must not make it run before entities.
    rank = {m: i for i, m in enumerate(RESOLVER_MODULES)}
    names = sorted(
        resolvers.names_in_order(),
        key=lambda n: rank.get(resolvers.get(n).__module__, len(rank)),
    )
    touched = {}
    for name in names:
        if not final and getattr(resolvers.get(name), "final_only", False):
            continue
        started = time.perf_counter()
        touched[name] = resolvers.get(name)(store, settings)
        if seconds is not None:
            seconds[name] = seconds.get(name, 0.0) + time.perf_counter() - started
    return touched
