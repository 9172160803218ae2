"""Text reuse from stored shingles (issue 18 item 4, migration 0960).

The reuse resolver keeps each document's word 3-gram hashes (``reuse_shingles``)
when it first sees it, and compares a candidate found through the LSH keys from
them instead of reading and shingling the candidate's text again; a candidate
that cannot hold ``reuse_min_shingles`` shared positions is dropped by one
vectorised test per new document.  Both must be exact: the pairs are those of
the texts, whether the candidates' shingles are stored or not (a store made
before the migration has none).
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest

from newsdossier.model import Annotations, Document
from newsdossier.resolve import reuse
from newsdossier.settings import Settings
from newsdossier.store.base import Processed
from newsdossier.store.protocols import Store
from newsdossier.store.sqlite import open_store
from tests.pg import sql

#: invented wire-copy sentences; documents are drawn from them with edits, so
#: some pairs share long runs, some a few scattered words, some nothing
_SENTENCES = [
    "The Harvan Council met in Vellorn on Tuesday to discuss the grain levy.",
    "Ivo Renk, the council's spokesman, told reporters the vote would be delayed.",
    "Officials in the northern district said the bridge would reopen next month.",
    "A convoy of forty trucks carrying flour crossed the border at dawn.",
    "The opposition bloc accused the council of hiding the true cost of the levy.",
    "Farmers gathered outside the market hall and blocked the eastern road for hours.",
    "According to a statement, the ministry will publish the figures on Friday.",
    "Residents of the river quarter reported power cuts lasting most of the night.",
    "The court adjourned the hearing until the prosecutor files new evidence.",
    "Teachers in three provinces walked out over unpaid wages and closed schools.",
]


def _text(rng: random.Random) -> str:
    out = []
    for s in rng.sample(_SENTENCES, rng.randint(2, 7)):
        words = s.split()
        for _ in range(rng.randint(0, 2)):  # a local edit: a word replaced
            words[rng.randrange(len(words))] = rng.choice(["reportedly", "again", "also", "now"])
        out.append(" ".join(words))
    return " ".join(out)


def _write(store: Store, texts: list[str]) -> None:
    items = []
    for n, text in enumerate(texts):
        doc = Document(Document.make_id(text), text, f"d{n}.txt", f"d{n}")
        items.append(Processed(doc.source, doc.source, None, doc.id, doc, Annotations(doc.id)))
    store.write_batch(items)


def _pairs(store: Store) -> list[tuple[Any, ...]]:
    return sorted(
        (
            r["doc_a"],
            r["start_a"],
            r["end_a"],
            r["doc_b"],
            r["start_b"],
            r["end_b"],
            r["similarity"],
        )
        for r in store.iter_reuse_pairs()
    )


def _build(store: Store, batches: list[list[str]]) -> None:
    for texts in batches:
        _write(store, texts)
        reuse.resolve_reuse(store, Settings())


def _batches(seed: int) -> list[list[str]]:
    rng = random.Random(seed)
    return [[_text(rng) for _ in range(rng.randint(3, 12))] for _ in range(4)]


def test_stored_shingles_are_those_of_the_text(engine_store: Store) -> None:
    """Once per engine: every document's row holds its text's shingles, 4 bytes each."""
    _build(engine_store, _batches(1))
    rows = dict(sql(engine_store, "SELECT doc, shingles FROM reuse_shingles").fetchall())
    texts = dict((rid, text) for rid, _, text in engine_store.documents_after(0, 1000))
    assert set(rows) == set(texts) and len(texts) > 10
    for rid, text in texts.items():
        sh = reuse.shingle(text)[0]
        assert bytes(rows[rid]) == reuse._pack(sh) and len(rows[rid]) == 4 * len(sh)
        assert (reuse._unpack(bytes(rows[rid])) == sh).all()


@pytest.mark.parametrize("seed", range(6))
def test_pairs_from_stored_shingles_equal_pairs_from_texts(
    seed: int, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    batches = _batches(seed)
    with open_store(str(tmp_path / "stored.db")) as store:
        _build(store, batches)
        stored = _pairs(store)
    with open_store(str(tmp_path / "texts.db")) as store, monkeypatch.context() as mp:
        # every candidate read as a store made before migration 0960 holds it: from its text
        mp.setattr(type(store), "reuse_shingles", lambda self, rowids: {})
        _build(store, batches)
        from_texts = _pairs(store)
    with open_store(str(tmp_path / "plain.db")) as store, monkeypatch.context() as mp:
        # and each pair aligned on its own, as before align_many
        def one_by_one(cands: Any, sh_of: Any, sh_new: Any, m: int) -> Any:
            got = {c: reuse.align(sh_of[c], sh_new, m) for c in cands}
            return {c: chains for c, chains in got.items() if chains}

        mp.setattr(reuse, "align_many", one_by_one)
        _build(store, batches)
        plain = _pairs(store)
    assert stored == from_texts == plain
    assert any(a != b for a, _, _, b, *_ in stored)  # the texts do share passages


def test_a_store_without_stored_shingles_gets_them_when_met(tmp_path: Path) -> None:
    """A store reused across the migration: its documents have no row; the pairs are the
    same, and the candidates met (and the new documents) get their rows."""
    batches = _batches(9)
    with open_store(str(tmp_path / "a.db")) as store:
        _build(store, batches)
        expected = _pairs(store)
    with open_store(str(tmp_path / "b.db")) as store:
        _build(store, batches[:2])
        with store.transaction():
            sql(store, "DELETE FROM reuse_shingles")
        _build(store, batches[2:])
        assert _pairs(store) == expected
        held = {r[0] for r in sql(store, "SELECT doc FROM reuse_shingles").fetchall()}
        new = {rid for rid, _, _ in store.documents_after(0, 1000)}
        assert len(held) > sum(len(b) for b in batches[2:]) and held <= new


@pytest.mark.parametrize("seed", range(40))
def test_align_many_is_align_of_each_candidate(seed: int) -> None:
    """Random shingle sequences: small vocabularies share many scattered shingles (most
    candidates fail the gates), copied runs with edits make chains, repeated shingles
    in the new text exceed ``_MAX_OCC``, and some candidates are empty."""
    rng = np.random.default_rng(seed)
    vocab = int(rng.integers(6, 300))
    new = rng.integers(0, vocab, size=int(rng.integers(0, 250))).astype(np.uint64)
    sh_of: dict[int, np.ndarray] = {}
    m = int(rng.integers(1, 10))
    # a sparse run in the new text: shingles of its own a few positions apart, the last
    # steps the longest a chain may take; candidates copy its first few, as far apart
    sparse: list[tuple[int, np.uint64]] = []
    j = int(rng.integers(0, 20))
    while len(new) > 150 and j < len(new) and len(sparse) < m + 2:
        sparse.append((j, np.uint64(50_000 + j)))
        new[j] = sparse[-1][1]
        j += reuse._GAP if len(sparse) > 2 else int(rng.integers(1, reuse._GAP + 1))
    for c in range(int(rng.integers(0, 40))):
        cand = rng.integers(0, vocab, size=int(rng.integers(0, 250))).astype(np.uint64)
        if len(cand) > 40 and len(new) > 40 and rng.random() < 0.4:
            i, j, n = int(rng.integers(0, len(cand) - 30)), int(rng.integers(0, len(new) - 30)), 30
            cand[i : i + n] = new[j : j + n]
            for k in rng.integers(i, i + n, size=int(rng.integers(0, 4))):
                cand[k] = np.uint64(10_000 + int(k))
        if sparse and len(cand) > 150 and rng.random() < 0.5:
            i, widest = int(rng.integers(0, 20)), rng.random() < 0.5
            for _, h in sparse[: int(rng.integers(max(1, m - 2), m + 3))]:
                cand[i] = h
                # the longest step a chain may take, or a random one (a step too long, too)
                i += reuse._GAP if widest else int(rng.integers(1, reuse._GAP + 2))
        sh_of[10 * c + 3] = cand
    cands = list(sh_of)
    rng.shuffle(cands)
    expected = {c: reuse.align(sh_of[c], new, m) for c in cands}
    assert reuse.align_many(cands, sh_of, new, m) == {c: x for c, x in expected.items() if x}
