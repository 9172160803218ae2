"""Corpus-level facts every page needs, cached per store version: which analysis
sections are computed, and the outlet map (issue 20).

Issue 18: the web app no longer indexes whole export sections in memory (that index
was rebuilt, section by section, after every commit, and had no server-database
equivalent); each page reads what it shows through the store's indexed, bounded
queries (``store/reads.py``, :class:`~newsdossier.store.protocols.AnalysisPageReads`).
What is cached here is keyed by the commit counter the request's snapshot sees, so a
page never mixes one state's cache with another's rows.
"""

from __future__ import annotations

import threading
from typing import Any

from ..analyze.entities.statements import RELATION_KINDS
from ..store.protocols import ReadStore
from .db import no_deadline, session_version

__all__ = [
    "FEATURES", "RELATION_LINK_KINDS", "by_doc_outlet", "canonical_outlet", "feature_status",
    "outlet_names", "outlet_variants", "per_version",
]  # fmt: skip

FEATURES = ("relations", "events", "claims", "contradictions", "reuse", "framing")
#: name statements exported as relations (``renamed`` becomes ``renamed_to``)
RELATION_LINK_KINDS = (*RELATION_KINDS, "renamed")

_cache: dict[tuple[str, str], tuple[int, Any]] = {}
_lock = threading.Lock()


def per_version(store: ReadStore, name: str, compute: Any) -> Any:
    """``compute()``, cached per store and commit counter (read in the caller's snapshot).
    For the corpus-wide aggregates a page shows (a reuse matrix, framing per outlet):
    they read every row of a table once per store version, never per request."""
    key = (store.location, name)
    version = session_version(store)
    with _lock:
        hit = _cache.get(key)
    if hit is not None and hit[0] == version:
        return hit[1]
    # outside the request's deadline: at 100k documents the sources page's sums took
    # over the 1 s a request may run (loaded machine), so each request was stopped
    # before it could fill the cache, and every one answered 503 (bench_web_scale)
    with no_deadline(store):
        value = compute()
    with _lock:
        _cache[key] = (version, value)
    return value


def feature_status(store: ReadStore) -> dict[str, bool]:
    """``{section: computed}``: whether each analysis section has any row."""
    return dict(per_version(store, "features", lambda: store.analysis_present(RELATION_LINK_KINDS)))


def outlet_names(store: ReadStore) -> dict[str, str]:
    """``{stored outlet string: canonical outlet}`` (issue 20), read once per store version."""
    # (a store built before issue 20 gets the table, empty, from migration 0720 when opened)
    mapping: dict[str, str] = per_version(store, "outlet_names", store.outlet_variant_map)
    return mapping


def canonical_outlet(store: ReadStore, outlet: str | None) -> str | None:
    return outlet_names(store).get(outlet, outlet) if outlet else outlet


def outlet_variants(store: ReadStore, outlet: str) -> list[str]:
    """Every stored spelling of the canonical ``outlet`` (itself when none is mapped)."""
    names = outlet_names(store)
    found = sorted(v for v, c in names.items() if c == outlet)
    return found or [outlet]


def by_doc_outlet(store: ReadStore, doc_ids: set[str]) -> dict[str, dict[str, Any]]:
    """``{doc id: {outlet, published, title}}`` for the given documents; ``outlet``
    is the canonical outlet (issue 20)."""
    names = outlet_names(store)
    return {
        did: {"outlet": names.get(m["outlet"], m["outlet"]), "published": m["published"],
              "precision": m["published_precision"], "title": m["title"] or m["name"]}
        for did, m in store.documents_meta(doc_ids).items()
    }  # fmt: skip
