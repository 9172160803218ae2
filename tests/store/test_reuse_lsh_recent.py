"""LSH band keys written to ``reuse_lsh_recent`` first and merged into ``reuse_lsh`` in key
order (migration 0998, issue 18 item 4): whatever the merges, ``reuse_lookup`` gives the
pairs stored, each once, in key and place order, on both engines."""

from __future__ import annotations

import random
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.pg import sql

pytestmark = pytest.mark.issue(18)


def _count(store: Any, table: str) -> int:
    return int(sql(store, f"SELECT count(*) FROM {table}").fetchone()[0])


@pytest.mark.parametrize("seed", [1, 2])
def test_lookups_give_every_pair_stored_once(engine_store: Any, seed: int) -> None:
    store, rng = engine_store, random.Random(seed)
    stored: set[tuple[int, int]] = set()
    keys = [rng.randrange(1 << 62) for _ in range(60)]
    place, merges, both = 0, 0, False
    for _ in range(40):
        batch = []
        for _ in range(rng.randint(1, 5)):  # the documents of one resolver batch
            place += 1
            batch += [(k, place) for k in rng.sample(keys, 6)]
        if stored and rng.random() < 0.3:
            batch += rng.sample(sorted(stored), 3)  # pairs stored already: kept once
        with store.transaction():
            before = store.claims_mark("reuse_lsh_merged")
            store.reuse_add_keys(batch)
            merges += store.claims_mark("reuse_lsh_merged") != before
        stored.update(batch)
        both = both or (_count(store, "reuse_lsh") > 0 and _count(store, "reuse_lsh_recent") > 0)
        asked = sorted(rng.sample(keys, 20) + [7, 8])  # two keys never stored
        assert store.reuse_lookup(asked) == sorted(p for p in stored if p[0] in set(asked))
    assert _count(store, "reuse_lsh") + _count(store, "reuse_lsh_recent") >= len(stored)
    assert merges >= 3 and both  # merged several times, and read from both tables between


def test_a_merge_moves_every_recent_pair(engine_store: Any) -> None:
    store = engine_store
    with store.transaction():
        store.reuse_add_keys([(5, 1), (3, 1)])  # nothing merged yet: merged at once
    assert (_count(store, "reuse_lsh"), _count(store, "reuse_lsh_recent")) == (2, 0)
    with store.transaction():
        store.reuse_add_keys([(4, 2), (5, 1)])  # 1 new place after 1 merged: merged
    assert (_count(store, "reuse_lsh"), _count(store, "reuse_lsh_recent")) == (3, 0)
    with store.transaction():
        store.reuse_add_keys([(9, 100)])  # 98 places after 2: merged
        store.reuse_add_keys([(1, 101), (9, 100)])  # 1 place after 100: kept recent
    # ((9, 100) again: held in both tables until the next merge, read once)
    assert (_count(store, "reuse_lsh"), _count(store, "reuse_lsh_recent")) == (4, 2)
    assert store.claims_mark("reuse_lsh_merged") == 100
    assert store.reuse_lookup([1, 3, 4, 5, 9]) == [(1, 101), (3, 1), (4, 2), (5, 1), (9, 100)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.tuples(st.integers(0, 30), st.integers(1, 200)), min_size=1, max_size=8),
        min_size=1,
        max_size=12,
    )
)
def test_the_merge_rule_changes_no_lookup(tmp_path_factory: Any, batches: Any) -> None:
    """SQLite, any sequence of additions: the lookups equal those of a set of pairs."""
    from newsdossier.store.sqlite import open_store

    with open_store(str(tmp_path_factory.mktemp("lsh") / "s.db")) as store:
        stored: set[tuple[int, int]] = set()
        for batch in batches:
            with store.transaction():
                store.reuse_add_keys(batch)
            stored.update(batch)
            assert store.reuse_lookup(list(range(31))) == sorted(stored)
