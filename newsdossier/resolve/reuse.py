"""Text reuse: passages shared between documents, and repeated inside one (issue 5).

How (near-linear, incremental):

1. **Shingles**: word 3-grams of the lower-cased text, hashed to 32 bits (crc32 of
   each word, combined with fixed multipliers: stable across runs and processes).
2. **MinHash per passage window**: windows of ``reuse_window_tokens`` words every
   half window; 32 permutations, 8 bands of 4 rows -> an LSH threshold of about
   Jaccard 0.6 per window pair (``(1/8)**(1/4)``).  Band keys go to ``reuse_lsh``
   (key -> document rowid), so a new document only looks up its own keys; keys
   held by more than ``reuse_max_key_docs`` documents (site footers) are ignored.
3. **Alignment** of each candidate pair: shared shingles are chained when both
   sides advance by at most ``_GAP`` words, so substitutions and short
   insertions stay inside one passage and reordered sentences become separate
   passages; a chain of at least ``reuse_min_shingles`` shared shingles is a
   reuse pair with character offsets on both sides and a similarity (shared
   shingles / shingles of the longer side).

Only documents added since the last run (rowid watermark in ``claims_marks``)
are processed; each is compared with everything stored before it.  Each document's
shingles are stored when it is first processed (``reuse_shingles``), so a candidate
is compared without reading its text, which is read only for the character offsets
of a passage found (issue 18: a cost per new document that does not depend on how
much text its candidates hold).
"""

from __future__ import annotations

import functools
import re
import zlib
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from ..model import make_id
from ..registry import resolvers
from ..settings import Settings
from ..store.protocols import Store

__all__ = [
    "RESOLVER", "Passage", "align", "align_many", "independent_groups", "passages", "resolve_reuse", "reuse_graph",
    "shingle", "window_keys",
]  # fmt: skip

RESOLVER = "newsdossier.reuse@1"
_WORD = re.compile(r"\w+")
_PRIME = np.uint64((1 << 61) - 1)
_rng = np.random.default_rng(20240505)  # fixed seed: band keys must be stable across runs
_A = _rng.integers(1, 1 << 31, size=32, dtype=np.uint64)
_B = _rng.integers(0, 1 << 31, size=32, dtype=np.uint64)
_BANDS, _ROWS = 8, 4
_ROW_MUL = np.array([1, 0x9E3779B1, 0x85EBCA77, 0xC2B2AE3D], dtype=np.uint64)
_GAP = 12  # words either side may advance between two shared shingles of one passage
_MAX_OCC = 8  # a shingle repeated more often in one text is not used to align
_BATCH = 500


@dataclass(frozen=True, slots=True)
class Passage:
    """A shared passage: offsets into each text (0-based, end-exclusive)."""

    start_a: int
    end_a: int
    start_b: int
    end_b: int
    similarity: float


# crc32 of each lower-cased word form, memoised: word forms repeat (Zipf), and
# hashing each occurrence was most of the tokenising time.  Bounded.
_WORD_HASHES: dict[str, int] = {}


def _word_hash(word: str) -> int:
    h = _WORD_HASHES.get(word)
    if h is None:
        h = zlib.crc32(word.lower().encode("utf-8"))
        if len(_WORD_HASHES) < 20_000:  # about 2 MB
            _WORD_HASHES[word] = h
    return h


class _Spans:
    """Character spans of a text's words, found only if a passage needs them."""

    __slots__ = ("_spans", "_text")

    def __init__(self, text: str) -> None:
        self._text = text
        self._spans: list[tuple[int, int]] | None = None

    def __getitem__(self, i: int) -> tuple[int, int]:
        if self._spans is None:
            self._spans = [m.span() for m in _WORD.finditer(self._text)]
        span: tuple[int, int] = self._spans[i]
        return span


# Memoised: a document is compared with each of its candidates, and shingling it
# again each time was 45% of this resolver's time (150 Tehran Times pages: 986
# shingle calls for 150 texts).  Callers must not modify the returned arrays.
@functools.lru_cache(maxsize=256)
def shingle(text: str) -> tuple[np.ndarray, _Spans]:
    """32-bit hashes of the word 3-grams of ``text`` and the words' character spans."""
    t = np.fromiter(map(_word_hash, _WORD.findall(text)), dtype=np.uint64)
    spans = _Spans(text)
    if len(t) < 3:
        return np.zeros(0, dtype=np.uint64), spans
    h = (t[:-2] * np.uint64(0x01000193) + t[1:-1] * np.uint64(0x9E3779B1) + t[2:]) & np.uint64(
        0xFFFFFFFF
    )
    return h, spans


_shingle_uncached = shingle.__wrapped__  # a candidate's, once per batch: no use caching


def window_keys(sh: np.ndarray, window: int) -> set[int]:
    """LSH band keys of every passage window of ``sh`` (62-bit ints, SQLite-safe)."""
    if len(sh) == 0:
        return set()
    half = max(1, window // 2)
    hv = (_A[:, None] * sh[None, :] + _B[:, None]) % _PRIME  # 32 x n
    starts = np.arange(0, len(sh), half)
    blocks = np.minimum.reduceat(hv, starts, axis=1)
    wins = np.minimum(blocks[:, :-1], blocks[:, 1:]) if blocks.shape[1] > 1 else blocks
    keys: set[int] = set()
    for b in range(_BANDS):
        rows = wins[b * _ROWS : (b + 1) * _ROWS, :]  # 4 x windows
        combined = (rows * _ROW_MUL[:, None]).sum(axis=0) & np.uint64((1 << 56) - 1)
        keys.update(int(k) | (b << 56) for k in combined.tolist())
    return keys


def _in_sorted(values: np.ndarray, sorted_unique: np.ndarray) -> np.ndarray:
    """``np.isin(values, x)`` for ``sorted_unique == np.unique(x)``, without sorting again."""
    if len(sorted_unique) == 0:
        return np.zeros(len(values), dtype=bool)
    at = np.searchsorted(sorted_unique, values)
    at[at == len(sorted_unique)] = 0
    return np.asarray(sorted_unique[at] == values)


def _close_enough(at: np.ndarray, min_shingles: int) -> bool:
    """Whether some ``min_shingles`` of the sorted positions ``at`` lie within
    ``(min_shingles - 1) * _GAP`` of each other: a chain of that many shared
    shingles advances at most ``_GAP`` a step, so without such a run there is
    none (exact, and far cheaper than walking the positions)."""
    span = at[min_shingles - 1 :] - at[: len(at) - min_shingles + 1]
    return bool((span <= (min_shingles - 1) * _GAP).any())


def align(
    sh_a: np.ndarray, sh_b: np.ndarray, min_shingles: int, same: bool = False,
    uniq_a: np.ndarray | None = None, uniq_b: np.ndarray | None = None,
) -> list[tuple[int, int, int, int, int]]:  # fmt: skip
    """Chains of shared shingles: ``(i0, i1, j0, j1, shared)`` in shingle positions
    (end-inclusive).  ``same``: ``a`` and ``b`` are one text; find repeats in it.
    ``uniq_a``, ``uniq_b``: ``np.unique`` of each side, when the caller compares one
    text with many."""
    # Only shingles the two sides share can start or extend a chain: find them
    # with numpy first, and walk those positions only (most texts share few).
    if same:
        uniq, counts = np.unique(sh_a, return_counts=True)
        shared = uniq[counts > 1]
        if len(shared) < min_shingles:
            return []
        at_a = at_b = np.flatnonzero(np.isin(sh_a, shared))
    else:
        # (a new document meets hundreds of candidates, most sharing too few shingles,
        # or too scattered ones, for a passage: one binary search per shingle of b
        # and one run check reject them; np.isin sorted both sides each time)
        inside = _in_sorted(sh_b, uniq_a) if uniq_a is not None else np.isin(sh_b, sh_a)
        at_b = np.flatnonzero(inside)
        if len(at_b) < min_shingles or not _close_enough(at_b, min_shingles):
            return []  # no run of shared positions a passage could be made of
        # (a's shingles found among b's shared ones are those found in b at all)
        at_a = np.flatnonzero(
            _in_sorted(sh_a, uniq_b) if uniq_b is not None else np.isin(sh_a, sh_b[at_b])
        )
    pos_b: dict[int, list[int]] = defaultdict(list)
    for j, h in zip(at_b.tolist(), sh_b[at_b].tolist(), strict=True):
        pos_b[h].append(j)
    return _chains(at_a.tolist(), sh_a[at_a].tolist(), pos_b, min_shingles, same)


def _chains(
    at_a: Sequence[int], h_a: Sequence[int], pos_b: dict[int, list[int]], min_shingles: int,
    same: bool,
) -> list[tuple[int, int, int, int, int]]:  # fmt: skip
    """:func:`align`'s walk: ``at_a`` the positions of ``a`` (ascending) whose shingle
    ``h_a`` the other side has, ``pos_b`` that side's positions (ascending) of each."""
    active: list[list[int]] = []  # [i0, j0, i_last, j_last, count]
    done: list[list[int]] = []
    for i, h in zip(at_a, h_a, strict=True):
        js = pos_b.get(h)
        if not js or len(js) > _MAX_OCC:
            continue
        still = []
        for ch in active:
            if i - ch[2] > _GAP:
                done.append(ch)
            else:
                still.append(ch)
        active = still
        for j in js:
            if same and j <= i:
                continue
            for ch in active:
                if 0 < i - ch[2] <= _GAP and 0 < j - ch[3] <= _GAP:
                    ch[2], ch[3], ch[4] = i, j, ch[4] + 1
                    break
            else:
                active.append([i, j, i, j, 1])
    done.extend(active)
    out = []
    for i0, j0, i1, j1, n in done:
        if n < min_shingles:
            continue
        if same and j0 <= i1 + 2:  # the two copies overlap: not a repeat
            continue
        out.append((i0, i1, j0, j1, n))
    return out


def align_many(
    cands: Sequence[int], sh_of: dict[int, np.ndarray], sh_new: np.ndarray, min_shingles: int
) -> dict[int, list[tuple[int, int, int, int, int]]]:
    """``{c: align(sh_of[c], sh_new, min_shingles)}`` for the candidates ``cands`` of one
    new document that share a passage with it (the others left out), at a fraction of
    the cost: one vectorised pass finds, for all candidates at once, their positions
    whose shingle the new document holds at most ``_MAX_OCC`` times (the only ones
    :func:`align`'s walk uses) and keeps the candidates with ``min_shingles`` of them
    within ``(min_shingles - 1) * _GAP`` of each other (a chain of that many takes as
    many positions, each at most ``_GAP`` past the one before: exact); the walk then
    runs on those positions alone.  Made per pair, the gates cost ten numpy calls, and
    a document met ~55 candidates, most sharing only scattered common word 3-grams
    (measured: 75,103 pairs for 4,000 generated documents, 22,305 passages)."""
    if not cands or len(sh_new) == 0:
        return {}
    uniq, counts = np.unique(sh_new, return_counts=True)
    usable = uniq[counts <= _MAX_OCC]
    sizes = np.fromiter((len(sh_of[c]) for c in cands), dtype=np.int64, count=len(cands))
    if sizes.sum() == 0 or len(usable) == 0:
        return {}
    every = np.concatenate([sh_of[c] for c in cands])
    at = np.flatnonzero(_in_sorted(every, usable))
    need = max(1, min_shingles)
    if len(at) < need:
        return {}
    owner = np.repeat(np.arange(len(cands)), sizes)[at]
    # (positions in the concatenation: within one candidate they differ as in its text)
    k = need - 1
    close = (owner[k:] == owner[: len(at) - k]) & (at[k:] - at[: len(at) - k] <= k * _GAP)
    kept = np.unique(owner[k:][close])
    if len(kept) == 0:
        return {}
    sel = np.isin(owner, kept)
    at, owner = at[sel], owner[sel]
    starts = np.concatenate(([0], np.cumsum(sizes)[:-1]))
    local, hashes = (at - starts[owner]).tolist(), every[at].tolist()
    pos_b: dict[int, list[int]] = defaultdict(list)
    for j, h in enumerate(sh_new.tolist()):
        pos_b[h].append(j)
    out: dict[int, list[tuple[int, int, int, int, int]]] = {}
    bounds = np.flatnonzero(np.diff(owner)) + 1
    for lo, hi in zip([0, *bounds.tolist()], [*bounds.tolist(), len(local)], strict=True):
        got = _chains(local[lo:hi], hashes[lo:hi], pos_b, min_shingles, False)
        if got:
            out[cands[int(owner[lo])]] = got
    return out


def passages(text_a: str, text_b: str | None, min_shingles: int, pre: Any = None) -> list[Passage]:
    """Shared passages of two texts (``text_b`` None: repeats inside ``text_a``).

    ``pre``: :func:`shingle` of ``text_a``, when the caller has it (pairs of documents go
    through :func:`align_many` on stored shingles instead)."""
    sh_a, sp_a = pre if pre is not None else shingle(text_a)
    sh_b, sp_b = (sh_a, sp_a) if text_b is None else shingle(text_b)
    chains = align(sh_a, sh_b, min_shingles, same=text_b is None)
    return _passages_of(chains, sp_a, sp_b)


def _passages_of(
    chains: Iterable[tuple[int, int, int, int, int]], sp_a: _Spans, sp_b: _Spans
) -> list[Passage]:
    """:func:`align`'s chains as character offsets and similarities."""
    out = []
    for i0, i1, j0, j1, n in chains:
        longer = max(i1 - i0, j1 - j0) + 1
        out.append(
            Passage(
                sp_a[i0][0], sp_a[i1 + 2][1], sp_b[j0][0], sp_b[j1 + 2][1], round(n / longer, 3)
            )
        )
    return out


def _pack(sh: np.ndarray) -> bytes:
    """Shingle hashes as stored (``reuse_shingles``): 32-bit little-endian."""
    return sh.astype("<u4").tobytes()


def _unpack(blob: bytes) -> np.ndarray:
    return np.frombuffer(blob, dtype="<u4").astype(np.uint64)


def _pair_rows(a_id: str, b_id: str, found: Iterable[Passage]) -> list[tuple[Any, ...]]:
    return [
        (make_id("reuse", a_id, p.start_a, b_id, p.start_b), a_id, p.start_a, p.end_a,
         b_id, p.start_b, p.end_b, p.similarity, RESOLVER)
        for p in found
    ]  # fmt: skip


def resolve_reuse(store: Store, settings: Settings) -> int:
    """Compare documents added since the last run with everything before them."""
    mark = store.claims_mark("reuse")
    window, min_sh, cap = (
        settings.reuse_window_tokens, settings.reuse_min_shingles, settings.reuse_max_key_docs,
    )  # fmt: skip
    touched = 0
    while batch := store.documents_after(mark, _BATCH):
        pre = {rid: shingle(text) for rid, _, text in batch}
        keys = {rid: window_keys(pre[rid][0], window) for rid, _, _ in batch}
        posting: dict[int, list[int]] = defaultdict(list)
        for key, doc in store.reuse_lookup(sorted(set().union(*keys.values()))):
            posting[key].append(doc)
        texts: dict[int, tuple[str, str]] = {rid: (did, t) for rid, did, t in batch}
        cands_of: dict[int, list[int]] = {}
        for rid, _, _ in batch:
            cands: set[int] = set()
            for k in keys[rid]:
                docs = posting.get(k, ())
                if len(docs) <= cap:
                    cands.update(d for d in docs if d != rid)
                posting[k].append(rid)  # later documents of this batch see this one
            cands_of[rid] = sorted(cands)
        # Candidates' shingles as stored when the resolver first saw them (migration
        # 0960): reading and shingling their texts again was a third of this resolver's
        # time at 10k stored documents.  A document stored before the table existed is
        # shingled from its text here, and its shingles are stored.
        sh_of: dict[int, np.ndarray] = {rid: pre[rid][0] for rid in pre}
        need = sorted({c for cs in cands_of.values() for c in cs if c not in sh_of})
        sh_of.update((c, _unpack(blob)) for c, blob in store.reuse_shingles(need).items())
        late = [c for c in need if c not in sh_of]
        texts.update(store.document_texts(late))
        sh_of.update((c, _shingle_uncached(texts[c][1])[0]) for c in late)
        # Each new document against all its candidates at once (:func:`align_many`).
        chains: dict[tuple[int, int], list[tuple[int, int, int, int, int]]] = {}
        for rid, cands_list in cands_of.items():
            for c, got in align_many(cands_list, sh_of, pre[rid][0], min_sh).items():
                chains[c, rid] = got
        # the texts (for character offsets) and ids of the candidates that share a passage
        texts.update(store.document_texts(sorted({c for c, _ in chains if c not in texts})))
        spans = {c: pre[c][1] if c in pre else _Spans(texts[c][1]) for c, _ in chains}
        found = {
            (c, rid): _passages_of(got, spans[c], pre[rid][1]) for (c, rid), got in chains.items()
        }
        rows: list[tuple[Any, ...]] = []
        for rid, did, text in batch:
            for c in cands_of[rid]:
                if (c, rid) in found:
                    rows.extend(_pair_rows(texts[c][0], did, found[c, rid]))
            rows.extend(_pair_rows(did, did, passages(text, None, min_sh, pre[rid])))
        with store.transaction():
            store.reuse_add_shingles([(rid, _pack(sh_of[rid])) for rid in sorted({*pre, *late})])
            store.reuse_add_keys([(k, rid) for rid, ks in keys.items() for k in ks])
            store.add_reuse_pairs(rows)
            mark = batch[-1][0]
            store.set_claims_mark("reuse", mark)
        touched += len(batch)
    return touched


def independent_groups(
    store: Store, doc_ids: Sequence[str], min_similarity: float = 0.5
) -> list[set[str]]:
    """Partition ``doc_ids`` into groups of documents that share text.

    Two documents joined by a reuse passage of at least ``min_similarity`` are
    one source: three outlets running the same wire copy form one group.
    ``len(independent_groups(...))`` is the number of independent sources.
    Groups are sorted by their smallest id; ids within a group are a set.
    """
    ids = list(dict.fromkeys(doc_ids))
    parent = {d: d for d in ids}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for row in store.iter_reuse_pairs(ids):
        a, b = row["doc_a"], row["doc_b"]
        if a != b and a in parent and b in parent and row["similarity"] >= min_similarity:
            ra, rb = find(a), find(b)
            if ra != rb:
                parent[max(ra, rb)] = min(ra, rb)
    groups: dict[str, set[str]] = defaultdict(set)
    for d in ids:
        groups[find(d)].add(d)
    return [groups[k] for k in sorted(groups)]


def reuse_graph(store: Store) -> list[dict[str, Any]]:
    """Outlet-to-outlet reuse: who copies whom, how often, how many characters.

    The earlier-published document of a pair is taken as the source; pairs of
    undated or same-day documents count in both directions' ``undirected``.
    """
    edges: dict[tuple[str, str], dict[str, Any]] = {}
    for r in store.iter_reuse_pairs():
        if r["doc_a"] == r["doc_b"]:
            continue
        a, b = r["outlet_a"] or "(unknown)", r["outlet_b"] or "(unknown)"
        pa, pb = r["published_a"], r["published_b"]
        directed = bool(pa and pb and pa != pb)
        if directed and pb < pa:
            a, b = b, a
        e = edges.setdefault((a, b), {"from": a, "to": b, "pairs": 0, "chars": 0, "undirected": 0})
        e["pairs"] += 1
        e["chars"] += r["end_b"] - r["start_b"]
        if not directed:
            e["undirected"] += 1
    return sorted(edges.values(), key=lambda e: (-e["chars"], e["from"], e["to"]))


@resolvers.register("newsdossier.reuse.v1")
def run_reuse_resolver(store: Store, settings: Settings) -> int:
    return resolve_reuse(store, settings)
