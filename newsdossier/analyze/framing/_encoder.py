"""Contextual token states: a fine-tuned MiniLM run by onnxruntime (model >= 2.0.0).

The encoder is all-MiniLM-L6-v2 (6 layers, 384 dims, uncased WordPiece),
fine-tuned by ``training/framing/encoder.py`` on the PTC train split with two
heads: P(inside a technique span) per word piece (span identification) and a
technique classifier over span-pooled states (technique classification).  It
ships as an int8 ONNX graph (``encoder.onnx``: word-piece ids and mask ->
last hidden states); the heads are small numpy matrices in ``heads.npz``,
with the WordPiece vocabulary.

Offsets never come from the encoder: the text is split by ``_text.tokenize``
(exact character offsets), each token into word pieces, and piece outputs are
averaged back per token.  Windows are whole sentences packed up to
``MAX_PIECES`` pieces (a longer sentence is cut into chunks), the same packing
as in training, so every piece is encoded exactly once.

Contract: training imports ``word_pieces``, ``pack_windows``, ``span_vector``
and the head functions from here, so the shipped heads expect exactly these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import numpy.typing as npt

from ._embed import WordPiece
from ._text import Tokens

__all__ = [
    "BUCKET_POSITIONS",
    "BUCKET_WINDOWS",
    "MAX_PIECES",
    "MAX_WORD_PIECES",
    "Encoded",
    "Encoder",
    "Pieces",
    "pack_windows",
    "plan_buckets",
    "span_piece_range",
    "span_probs",
    "span_vector",
    "piece_probs",
    "token_probs",
    "word_pieces",
]

Array = npt.NDArray[np.float32]
IntArray = npt.NDArray[np.int64]

#: word pieces per window including [CLS] and [SEP]; MiniLM was pre-trained
#: with up to 512, fine-tuned here with at most this many
MAX_PIECES = 256
#: a "word" longer than this many pieces (URLs, runs of symbols) keeps its first ones
MAX_WORD_PIECES = 16
#: the most windows and padded positions (windows x longest) per onnxruntime call:
#: one window a call, see ``Encoder.encode`` for why and how it was measured
BUCKET_WINDOWS = 1
BUCKET_POSITIONS = MAX_PIECES


@dataclass(frozen=True, slots=True)
class Pieces:
    """Word pieces of one text: ids, owning token per piece, first piece per token."""

    ids: IntArray  # (n_pieces,)
    owner: IntArray  # (n_pieces,) token index, non-decreasing
    first: IntArray  # (n_tokens,) index of each token's first piece
    count: IntArray  # (n_tokens,) >= 1


def word_pieces(tokens: Tokens, wp: WordPiece, cache: dict[str, list[int]] | None = None) -> Pieces:
    """Split every token into word pieces (at least one, at most ``MAX_WORD_PIECES``)."""
    cache = {} if cache is None else cache
    ids: list[int] = []
    counts: list[int] = []
    for word in tokens.words:
        got = cache.get(word)
        if got is None:
            got = wp.pieces(word)[:MAX_WORD_PIECES]
            if len(cache) < 200_000:
                cache[word] = got
        ids.extend(got)
        counts.append(len(got))
    count = np.asarray(counts, dtype=np.int64)
    first = np.concatenate(([0], np.cumsum(count)[:-1])).astype(np.int64) if len(count) else count
    owner = np.repeat(np.arange(len(count), dtype=np.int64), count)
    return Pieces(np.asarray(ids, dtype=np.int64), owner, first, count)


def pack_windows(
    tokens: Tokens,
    pieces: Pieces,
    max_pieces: int = MAX_PIECES,
    keep: npt.NDArray[np.bool_] | None = None,
) -> list[tuple[int, int]]:
    """``(lo, hi)`` piece ranges covering every piece once: whole sentences packed
    greedily up to ``max_pieces - 2`` pieces; a longer sentence is cut into chunks.

    With ``keep`` (one flag per sentence), only the kept sentences' pieces are
    covered, and a window never spans a sentence left out: each window is a run of
    consecutive kept sentences, as in training (windows of whole, adjacent
    sentences), only shorter where the run is."""
    room = max_pieces - 2
    n = len(pieces.ids)
    if n == 0:
        return []
    sent = tokens.sentence[pieces.owner]
    bounds = np.flatnonzero(np.diff(sent)) + 1
    starts = np.concatenate(([0], bounds)).tolist()
    ends = np.concatenate((bounds, [n])).tolist()
    kept = [True] * len(starts) if keep is None else keep[sent[starts]].tolist()
    windows: list[tuple[int, int]] = []
    lo = hi = 0
    for s, e, k in zip(starts, ends, kept, strict=True):
        if not k:  # a sentence left out: close the window before it
            if hi > lo:
                windows.append((lo, hi))
            lo = hi = e
        elif e - s > room:  # a sentence longer than a window: flush, then chunks
            if hi > lo:
                windows.append((lo, hi))
            windows.extend((c, min(c + room, e)) for c in range(s, e, room))
            lo = hi = e
        elif e - lo > room:
            windows.append((lo, hi))
            lo, hi = s, e
        else:
            hi = e
    if hi > lo:
        windows.append((lo, hi))
    return windows


def plan_buckets(lengths: Sequence[int], max_windows: int, max_positions: int) -> list[list[int]]:
    """Windows (by index) grouped into ``session.run`` calls: sorted by length,
    longest first, then cut into runs of at most ``max_windows`` windows and at most
    ``max_positions`` padded positions (``len(run) x`` its longest window).

    Sorting a whole batch's windows by length is what makes padding small: windows
    of similar length share a call.  Every index appears exactly once; the order
    inside and between runs is deterministic (ties keep input order)."""
    order = sorted(range(len(lengths)), key=lambda i: (-lengths[i], i))
    buckets: list[list[int]] = []
    current: list[int] = []
    width = 0
    for i in order:
        w = max(width, lengths[i])
        if current and (len(current) >= max_windows or (len(current) + 1) * w > max_positions):
            buckets.append(current)
            current, w = [], lengths[i]
        current.append(i)
        width = w
    if current:
        buckets.append(current)
    return buckets


def span_piece_range(tokens: Tokens, pieces: Pieces, start: int, end: int) -> tuple[int, int]:
    """``(p0, p1)`` pieces (end-exclusive) of the tokens overlapping chars ``start:end``
    (the nearest token when none overlaps)."""
    lo = int(np.searchsorted(tokens.ends, start, side="right"))
    hi = int(np.searchsorted(tokens.starts, end, side="left")) - 1
    n = len(tokens)
    lo = min(lo, n - 1)
    hi = max(min(hi, n - 1), lo)
    return int(pieces.first[lo]), int(pieces.first[hi] + pieces.count[hi])


def span_vector(states: Array, cls: Array, p0: int, p1: int) -> Array:
    """TC input of one span: mean, first and last piece states, and its window's [CLS]."""
    return np.concatenate((states[p0:p1].mean(axis=0), states[p0], states[p1 - 1], cls))


def piece_probs(states: Array, heads: dict[str, Array]) -> Array:
    """P(inside a span) per word piece: the span head's sigmoid."""
    logit = states @ heads["si_w"] + heads["si_b"][0]
    p: Array = 1.0 / (1.0 + np.exp(-logit))
    return p


def token_probs(states: Array, pieces: Pieces, heads: dict[str, Array]) -> Array:
    """P(inside a span) per token: the span head's sigmoid averaged over the token's pieces."""
    if len(states) == 0:
        return np.zeros(len(pieces.first), dtype=np.float32)
    p = piece_probs(states, heads)
    return (np.add.reduceat(p, pieces.first) / pieces.count).astype(np.float32)


def span_probs(
    states: Array,
    cls: Array,
    window_of: IntArray,
    ranges: Sequence[tuple[int, int]],
    heads: dict[str, Array],
) -> Array:
    """``(len(ranges), 14)`` technique probabilities of piece ranges (the TC head)."""
    x = np.stack([span_vector(states, cls[window_of[p0]], p0, p1) for p0, p1 in ranges])
    h = np.maximum(x @ heads["tc1_w"] + heads["tc1_b"], 0.0)
    z = h @ heads["tc2_w"] + heads["tc2_b"]
    z = np.exp(z - z.max(axis=1, keepdims=True))
    probs: Array = (z / z.sum(axis=1, keepdims=True)).astype(np.float32)
    return probs


@dataclass(frozen=True, slots=True)
class Encoded:
    """The encoder's output for one text: per-piece states, per-window [CLS] states,
    and the window of each piece (-1 for a piece no window covered)."""

    states: Array  # (n_pieces, d); zeros where not encoded
    cls: Array  # (n_windows, d)
    window_of: IntArray  # (n_pieces,)

    def covered(self, p0: int, p1: int) -> bool:
        """Whether every piece of ``p0:p1`` was encoded."""
        return p1 > p0 and bool((self.window_of[p0:p1] >= 0).all())


class Encoder:
    """The ONNX encoder: word-piece windows -> last hidden state of every piece.

    One intra-op thread by default: the build runs one model per worker process
    (see the BLAS note in cli.py); more threads only oversubscribe the cores.
    Measured (24 real pages, 3 rounds, machine loaded ~10 on 2 cores): 2 threads
    spent 3.71 CPU s for what 1 thread did in 1.95 (their pool spins while it
    waits) and took longer wall time (20.7 vs 14.1 s).  With workers = cores the
    cores are busy, so one thread a worker.
    The onnxruntime session is made on first use: importing onnxruntime starts a
    native thread, and a process that has ever had a second thread runs spaCy
    ~20 % slower (glibc malloc leaves its single-thread path; ``run/process.py``),
    so a process may hold this object (its weights are shared by fork) without
    paying for that until it encodes.
    """

    def __init__(self, onnx_path: Path, wp: WordPiece, threads: int = 1) -> None:
        self._path = onnx_path
        self._threads = threads
        self._session: Any = None
        self._cls = wp.id_of("[CLS]")
        self._sep = wp.id_of("[SEP]")
        self._pad = wp.id_of("[PAD]")

    def _run(self, x: IntArray, mask: IntArray) -> Array:
        if self._session is None:
            import onnxruntime as ort  # here: see the class docstring

            options = ort.SessionOptions()
            options.intra_op_num_threads = self._threads
            options.inter_op_num_threads = 1
            options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
            self._session = ort.InferenceSession(
                str(self._path), options, providers=["CPUExecutionProvider"]
            )
        (hidden,) = self._session.run(None, {"input_ids": x, "attention_mask": mask})
        return np.asarray(hidden, dtype=np.float32)

    def states(
        self, ids: IntArray, windows: Sequence[tuple[int, int]]
    ) -> tuple[Array, Array, IntArray]:
        """Per-piece states ``(n_pieces, d)``, [CLS] states ``(n_windows, d)`` and the
        window of each piece, for one text (see :meth:`encode`)."""
        got = self.encode([(ids, windows)])[0]
        return got.states, got.cls, got.window_of

    def encode(
        self,
        texts: Sequence[tuple[IntArray, Sequence[tuple[int, int]]]],
        max_windows: int = BUCKET_WINDOWS,
        max_positions: int = BUCKET_POSITIONS,
    ) -> list[Encoded]:
        """Encode the windows of many texts together: each text is ``(piece ids,
        windows)``; one :class:`Encoded` per text, in order.

        All windows of all texts are sorted into length buckets
        (:func:`plan_buckets`), one ``session.run`` per bucket, and each window's
        output rows are copied back to its own text at its own piece offsets.
        Why one window a call by default (``BUCKET_WINDOWS``):

        - the int8 graph quantises its activations per tensor
          (``DynamicQuantizeMatMul``): the scale comes from every row of the call,
          padding included, so in a call of several windows one window's states
          depend on the others.  Seen: a 389-character article batched with one
          short text got a different span and a different label than alone.  One
          window a call keeps a document's spans a function of that document only
          (``analyze`` is pure: DESIGN.md), whatever else is in its batch;
        - it is also the fastest layout measured (``benchmarks/bench_framing.py``,
          96 real pages in batches of 32, 2 rounds, CPU seconds on a loaded
          machine): per-document calls of 8 windows in text order (the layout
          before) padded 11.2 % of positions, 12.41 s; length buckets of 8
          windows / 2048 positions padded 1.8 %, 10.91 s; 16/4096: 3.2 %, 11.76 s;
          one window a call pads nothing, 10.49 s (x1.18).  The call overhead is
          small beside a window (~220 pieces through 6 layers), and larger calls
          hold larger attention scores (windows x width^2) out of the cache."""
        flat: list[tuple[int, int, int, int]] = []  # (text, window number, lo, hi)
        for t, (_, windows) in enumerate(texts):
            flat.extend((t, k, lo, hi) for k, (lo, hi) in enumerate(windows))
        outs: list[Array | None] = [None] * len(texts)
        cls_rows: list[Array | None] = [None] * len(texts)
        window_of = [np.full(len(ids), -1, dtype=np.int64) for ids, _ in texts]
        lengths = [hi - lo + 2 for _, _, lo, hi in flat]
        for bucket in plan_buckets(lengths, max_windows, max_positions):
            width = max(lengths[i] for i in bucket)
            x = np.full((len(bucket), width), self._pad, dtype=np.int64)
            mask = np.zeros((len(bucket), width), dtype=np.int64)
            for j, i in enumerate(bucket):
                t, _, lo, hi = flat[i]
                x[j, 0] = self._cls
                x[j, 1 : hi - lo + 1] = texts[t][0][lo:hi]
                x[j, hi - lo + 1] = self._sep
                mask[j, : hi - lo + 2] = 1
            hidden = self._run(x, mask)
            for j, i in enumerate(bucket):
                t, k, lo, hi = flat[i]
                out, rows = outs[t], cls_rows[t]
                if out is None or rows is None:
                    d = hidden.shape[2]
                    out = outs[t] = np.zeros((len(texts[t][0]), d), dtype=np.float32)
                    rows = cls_rows[t] = np.zeros((len(texts[t][1]), d), dtype=np.float32)
                out[lo:hi] = hidden[j, 1 : hi - lo + 1]
                rows[k] = hidden[j, 0]
                window_of[t][lo:hi] = k
        empty = np.zeros((0, 0), np.float32)
        return [
            Encoded(
                out if out is not None else np.zeros((len(ids), 0), np.float32),
                rows if rows is not None else empty,
                window_of[t],
            )
            for t, ((ids, _), out, rows) in enumerate(zip(texts, outs, cls_rows, strict=True))
        ]
