"""Text reuse: passages, incremental resolution, independent sources (issue 5)."""

from __future__ import annotations

import random

from newsdossier.resolve.reuse import independent_groups, passages, resolve_reuse
from newsdossier.settings import Settings
from newsdossier.store.sqlite import open_store

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


def test_reuse_incremental_and_independent_groups(tmp_path) -> None:
    from eval.claims.evaluate import insert_documents

    store = open_store(str(tmp_path / "r.db"))
    insert_documents(store, [("a", BASE), ("b", OTHER)])
    assert resolve_reuse(store, Settings()) == 2
    insert_documents(store, [("c", EDITED), ("d", BASE + " Reporting by the wire.")])
    assert resolve_reuse(store, Settings()) == 2  # only the two new documents
    assert resolve_reuse(store, Settings()) == 0
    pairs = {frozenset((r["doc_a"], r["doc_b"])) for r in store.iter_reuse_pairs()}
    assert frozenset(("a", "c")) in pairs and frozenset(("a", "d")) in pairs
    groups = independent_groups(store, ["a", "b", "c", "d"])
    assert sorted(map(sorted, groups)) == [["a", "c", "d"], ["b"]]
    store.close()


def test_reuse_shingles_are_stable_across_processes() -> None:
    # band keys are stored: they must not depend on PYTHONHASHSEED or run order
    from newsdossier.resolve.reuse import shingle, window_keys

    words = [random.Random(1).choice(["alpha", "beta", "gamma", "delta"]) for _ in range(100)]
    keys = window_keys(shingle(" ".join(words))[0], 40)
    assert keys == window_keys(shingle(" ".join(words))[0], 40)
    assert all(0 <= k < 2**63 for k in keys)
