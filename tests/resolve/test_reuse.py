"""Text reuse: passages, incremental resolution, independent sources (issue 5)."""

from __future__ import annotations

import random

from newsdossier.model import Annotations, Document
from newsdossier.resolve.reuse import independent_groups, passages, resolve_reuse
from newsdossier.settings import Settings
from newsdossier.store.base import Processed
from newsdossier.store.protocols import Store

BASE = (
    "The first convoy of exiles left the camp on Friday for a new site near the capital, the start"
    " of a relocation that the government says must be completed by the end of the year. About 400"
    " residents boarded buses and trucks at dawn for the journey to the new camp, a former army base"
    " on the northern edge of the city."
)
EDITED = (
    "Officials said on Saturday that water and power were not yet connected. The first convoy of"
    " refugees left the camp on Friday for a new site close to the capital, the start of a relocation"
    " the government says must be finished by the end of the year. About 400 residents boarded buses"
    " at dawn for the journey to the new camp, a former army base on the northern edge of the city."
)
OTHER = (
    "The harvest festival drew farmers from every valley of the province, who sold apples, honey and"
    " woollen blankets while children watched a puppet show about a clever fox and a greedy crow."
)


def test_reuse_passages_offsets_and_similarity() -> None:
    found = passages(BASE, EDITED, 8)
    assert len(found) == 1
    p = found[0]
    assert BASE[p.start_a : p.end_a].startswith("The first convoy")
    assert EDITED[p.start_b : p.end_b].startswith("The first convoy")
    assert 0.6 < p.similarity < 1.0
    assert passages(BASE, OTHER, 8) == []


def test_reuse_repetition_inside_one_document() -> None:
    text = BASE + " " + OTHER + " " + BASE
    found = passages(text, None, 8)
    assert found and found[0].start_b > found[0].end_a


def _documents(store: Store, texts: list[tuple[str, str]]) -> dict[str, str]:
    """Write bare documents (no annotations) through the store's write path; return
    ``{document id: name}``."""
    items, names = [], {}
    for name, text in texts:
        doc = Document(Document.make_id(text), text, f"{name}.txt", name)
        items.append(Processed(doc.source, doc.source, None, doc.id, doc, Annotations(doc.id)))
        names[doc.id] = name
    store.write_batch(items)
    return names


def test_reuse_incremental_and_independent_groups(engine_store: Store) -> None:
    """Once per engine (tests/pg.py)."""
    store = engine_store
    names = _documents(store, [("a", BASE), ("b", OTHER)])
    assert resolve_reuse(store, Settings()) == 2
    names |= _documents(store, [("c", EDITED), ("d", BASE + " Reporting by the wire.")])
    assert resolve_reuse(store, Settings()) == 2  # only the two new documents
    assert resolve_reuse(store, Settings()) == 0
    pairs = {frozenset((names[r["doc_a"]], names[r["doc_b"]])) for r in store.iter_reuse_pairs()}
    assert frozenset(("a", "c")) in pairs and frozenset(("a", "d")) in pairs
    ids = {name: doc for doc, name in names.items()}
    groups = independent_groups(store, [ids[n] for n in "abcd"])
    assert sorted(sorted(names[d] for d in g) for g in groups) == [["a", "c", "d"], ["b"]]


def test_reuse_shingles_are_stable_across_processes() -> None:
    # band keys are stored: they must not depend on PYTHONHASHSEED or run order
    from newsdossier.resolve.reuse import shingle, window_keys

    words = [random.Random(1).choice(["alpha", "beta", "gamma", "delta"]) for _ in range(100)]
    keys = window_keys(shingle(" ".join(words))[0], 40)
    assert keys == window_keys(shingle(" ".join(words))[0], 40)
    assert all(0 <= k < 2**63 for k in keys)
