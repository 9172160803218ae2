"""The reuse stage's fast paths give what the plain alignment gives (issue 18).

``align`` rejects most candidate pairs before walking their shared shingles: a
binary search in the candidate's sorted shingles instead of ``np.isin``, and a
check that some ``min_shingles`` shared positions lie close enough together for
a chain.  Both must be exact: the same passages, on texts that share runs of
shingles, scattered shingles, repeats, and nothing.
"""

from __future__ import annotations

import numpy as np
import pytest

from newsdossier.resolve import reuse


def _texts(rng: np.random.Generator) -> tuple[np.ndarray, np.ndarray]:
    vocab = int(rng.integers(20, 400))  # small vocabularies share many scattered shingles
    a = rng.integers(0, vocab, size=int(rng.integers(0, 300))).astype(np.uint64)
    b = rng.integers(0, vocab, size=int(rng.integers(0, 300))).astype(np.uint64)
    if len(a) > 40 and len(b) > 40 and rng.random() < 0.5:  # a copied run, with edits
        i, j, n = int(rng.integers(0, len(a) - 30)), int(rng.integers(0, len(b) - 30)), 30
        b[j : j + n] = a[i : i + n]
        for k in rng.integers(j, j + n, size=int(rng.integers(0, 4))):
            b[k] = np.uint64(10_000 + int(k))
    return a, b


@pytest.mark.parametrize("seed", range(40))
def test_gated_alignment_finds_what_the_plain_one_finds(
    seed: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = np.random.default_rng(seed)
    for _ in range(25):
        a, b = _texts(rng)
        m = int(rng.integers(3, 10))
        fast = reuse.align(a, b, m, uniq_a=np.unique(a), uniq_b=np.unique(b))
        gated = reuse.align(a, b, m)
        with monkeypatch.context() as mp:
            mp.setattr(reuse, "_close_enough", lambda at, n: True)
            plain = reuse.align(a, b, m)
        assert fast == gated == plain


def test_in_sorted_is_isin() -> None:
    rng = np.random.default_rng(7)
    for _ in range(200):
        x = rng.integers(0, 50, size=int(rng.integers(0, 30))).astype(np.uint64)
        v = rng.integers(0, 60, size=int(rng.integers(0, 30))).astype(np.uint64)
        assert (reuse._in_sorted(v, np.unique(x)) == np.isin(v, x)).all()
