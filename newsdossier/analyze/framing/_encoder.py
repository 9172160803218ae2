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

import numpy as np
import numpy.typing as npt

from ._embed import WordPiece
from ._text import Tokens

__all__ = [
    "MAX_PIECES",
    "MAX_WORD_PIECES",
    "Encoder",
    "Pieces",
    "pack_windows",
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
_BATCH_WINDOWS = 8  # windows per onnxruntime call (padded to the longest)


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
    tokens: Tokens, pieces: Pieces, max_pieces: int = MAX_PIECES
) -> list[tuple[int, int]]:
    """``(lo, hi)`` piece ranges covering every piece once: whole sentences packed
    greedily up to ``max_pieces - 2`` pieces; a longer sentence is cut into chunks."""
    room = max_pieces - 2
    n = len(pieces.ids)
    if n == 0:
        return []
    sent = tokens.sentence[pieces.owner]
    bounds = np.flatnonzero(np.diff(sent)) + 1
    starts = np.concatenate(([0], bounds)).tolist()
    ends = np.concatenate((bounds, [n])).tolist()
    windows: list[tuple[int, int]] = []
    lo = hi = 0
    for s, e in zip(starts, ends, strict=True):
        if e - s > room:  # a sentence longer than a window: flush, then chunks
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


class Encoder:
    """The ONNX encoder: word-piece windows -> last hidden state of every piece.

    One intra-op thread by default: the build runs one model per worker process
    (see the BLAS note in cli.py); more threads only oversubscribe the cores.
    """

    def __init__(self, onnx_path: Path, wp: WordPiece, threads: int = 1) -> None:
        import onnxruntime as ort  # imported here: only models >= 2.0.0 need it

        options = ort.SessionOptions()
        options.intra_op_num_threads = threads
        options.inter_op_num_threads = 1
        options.execution_mode = ort.ExecutionMode.ORT_SEQUENTIAL
        self._session = ort.InferenceSession(
            str(onnx_path), options, providers=["CPUExecutionProvider"]
        )
        self._cls = wp.id_of("[CLS]")
        self._sep = wp.id_of("[SEP]")
        self._pad = wp.id_of("[PAD]")

    def states(
        self, ids: IntArray, windows: Sequence[tuple[int, int]]
    ) -> tuple[Array, Array, IntArray]:
        """Per-piece states ``(n_pieces, d)``, [CLS] states ``(n_windows, d)`` and the
        window of each piece."""
        n = len(ids)
        out: Array | None = None
        cls_rows: list[Array] = []
        window_of = np.zeros(n, dtype=np.int64)
        for b in range(0, len(windows), _BATCH_WINDOWS):
            batch = windows[b : b + _BATCH_WINDOWS]
            width = max(hi - lo for lo, hi in batch) + 2
            x = np.full((len(batch), width), self._pad, dtype=np.int64)
            mask = np.zeros((len(batch), width), dtype=np.int64)
            for j, (lo, hi) in enumerate(batch):
                x[j, 0] = self._cls
                x[j, 1 : hi - lo + 1] = ids[lo:hi]
                x[j, hi - lo + 1] = self._sep
                mask[j, : hi - lo + 2] = 1
            (hidden,) = self._session.run(None, {"input_ids": x, "attention_mask": mask})
            hidden = np.asarray(hidden, dtype=np.float32)
            if out is None:
                out = np.zeros((n, hidden.shape[2]), dtype=np.float32)
            for j, (lo, hi) in enumerate(batch):
                out[lo:hi] = hidden[j, 1 : hi - lo + 1]
                cls_rows.append(hidden[j, 0])
                window_of[lo:hi] = b + j
        if out is None:
            return np.zeros((0, 0), np.float32), np.zeros((0, 0), np.float32), window_of
        return out, np.stack(cls_rows), window_of
