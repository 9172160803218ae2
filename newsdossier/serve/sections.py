"""The analysis sections other stages add (relations, events, claims,
contradictions, reuse, framing), read in their export-contract shape.

The web layer does not know how each stage stores its rows: it reads the
section's registered export function (``newsdossier.export.json``'s
``SECTIONS``), whose records have the shape DESIGN.md fixes, and indexes
them in memory by document and by entity.  The index is keyed by the
store's commit counter as the request's snapshot sees it, and built in that
snapshot when the counter moved, so a page never mixes the index of one state
with rows of another (issue 17); a section nothing has registered, or that
yields nothing, is "not computed".

Cost: one pass over each section per server process and database version;
``MAX_SECTION_ITEMS`` caps what is indexed (the page says when it is cut).
"""

from __future__ import annotations

import importlib
import itertools
import threading
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Any

from ..registry import export_sections
from ..store.engine import open_store
from ..store.protocols import ReadStore
from .db import no_deadline

__all__ = [
    "FEATURES", "MAX_SECTION_ITEMS", "SectionIndex", "by_doc_outlet", "canonical_outlet",
    "outlet_names", "outlet_variants", "sections_for", "warm",
]  # fmt: skip

FEATURES = ("relations", "events", "claims", "contradictions", "reuse", "framing")
MAX_SECTION_ITEMS = 200_000


@dataclass(slots=True)
class SectionIndex:
    name: str
    computed: bool = False
    truncated: bool = False
    items: list[dict[str, Any]] = field(default_factory=list)
    by_doc: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    by_entity: dict[str, list[dict[str, Any]]] = field(default_factory=dict)
    by_id: dict[str, dict[str, Any]] = field(default_factory=dict)


def _docs_of(name: str, item: dict[str, Any]) -> set[str]:
    docs: set[str] = set()
    if isinstance(item.get("doc"), str):
        docs.add(item["doc"])
    for key in ("a", "b"):
        if isinstance(item.get(key), dict) and item[key].get("doc"):
            docs.add(item[key]["doc"])
    for ev in item.get("evidence") or ():
        if isinstance(ev, dict) and ev.get("doc"):
            docs.add(ev["doc"])
    return docs


def _entities_of(name: str, item: dict[str, Any]) -> set[str]:
    ids: set[str] = set()
    for key in ("subject", "object", "target"):
        if isinstance(item.get(key), str):
            ids.add(item[key])
    for key in ("participants", "places"):
        ids.update(x for x in item.get(key) or () if isinstance(x, str))
    source = item.get("source")
    if isinstance(source, dict) and isinstance(source.get("entity"), str):
        ids.add(source["entity"])
    return ids


def _build(store: ReadStore, name: str) -> SectionIndex:
    index = SectionIndex(name)
    if name not in export_sections.names():
        return index
    items = export_sections.get(name)(store)
    for item in itertools.islice(items, MAX_SECTION_ITEMS + 1):
        if len(index.items) == MAX_SECTION_ITEMS:
            index.truncated = True
            break
        index.items.append(item)
        if isinstance(item.get("id"), str):
            index.by_id[item["id"]] = item
        for doc in _docs_of(name, item):
            index.by_doc.setdefault(doc, []).append(item)
        for eid in _entities_of(name, item):
            index.by_entity.setdefault(eid, []).append(item)
    index.computed = bool(index.items)
    return index


_cache: dict[tuple[str, str], tuple[int, SectionIndex]] = {}
_lock = threading.Lock()
_loaded = False


def _load_section_modules() -> None:
    global _loaded
    if _loaded:
        return
    from ..export import json as export_json

    for module in getattr(export_json, "SECTION_MODULES", ()):
        try:
            importlib.import_module(module)
        except ImportError:  # a stage being built right now; its section is "not computed"
            continue
    _loaded = True


def sections_for(store: ReadStore, name: str) -> SectionIndex:
    """The in-memory index of one section of ``store`` (built on first use)."""
    _load_section_modules()
    key = (store.location, name)
    with store.snapshot():  # (the request's own snapshot when called from a request)
        version = store.store_version()
        with _lock:
            hit = _cache.get(key)
        if hit is not None and hit[0] == version:
            return hit[1]
        # Built in the caller's snapshot, so that it matches the rows the caller
        # reads; without the request's deadline: a first full pass over a big
        # section may take longer than a page query.
        with no_deadline(store):
            index = _build(store, name)
        with _lock:
            _cache[key] = (version, index)
        return index


def warm(path: str) -> dict[str, int]:
    """Index every section of the store at ``path`` now (server start); return item counts."""
    store = open_store(path, readonly=True)
    try:
        with store.snapshot():
            return {name: len(sections_for(store, name).items) for name in FEATURES}
    finally:
        store.close()


_outlets: dict[str, tuple[int, dict[str, str]]] = {}


def outlet_names(store: ReadStore) -> dict[str, str]:
    """``{stored outlet string: canonical outlet}`` (issue 20), read once per store version."""
    key = store.location
    version = store.store_version()
    hit = _outlets.get(key)
    if hit is not None and hit[0] == version:
        return hit[1]
    # (a store built before issue 20 gets the table, empty, from migration 0720 when opened)
    mapping = store.outlet_variant_map()
    _outlets[key] = (version, mapping)
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


def group_count(items: list[dict[str, Any]], key: str) -> dict[str, int]:
    counts: dict[str, int] = defaultdict(int)
    for item in items:
        counts[str(item.get(key))] += 1
    return dict(sorted(counts.items(), key=lambda kv: -kv[1]))
