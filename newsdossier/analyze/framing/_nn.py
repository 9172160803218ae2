"""The two networks' forward passes in numpy (weights trained with torch offline).

Parameter names and shapes match training/framing/networks.py exactly:

Tagger (span identification), input ``x`` of shape (T, d_in) for one text:
    h = relu(x @ inp_w.T + inp_b)
    for each dilation d in ``dilations``:  h = h + relu(conv_d(h))   (kernel k, zero padding)
    optionally h = h + relu([h, sentence max of h, sentence mean of h] @ pool_w.T + pool_b)
    optionally h = [h, BiGRU(h)]           (one GRU pass per sentence; torch gate order r, z, n)
    logit = h @ out_w.T + out_b            -> P(token inside a span) = sigmoid(logit)

Span classifier (technique classification), dense ``z`` (n, d) and hashed ids:
    z = (z - mean) / std
    logits = relu(z @ h_w.T + h_b) @ o_w.T + o_b + mean_over_ids(hash_w[ids])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

__all__ = [
    "classifier_logits",
    "sentence_index",
    "sigmoid",
    "softmax",
    "tagger_outputs",
    "tagger_probs",
]

Array = npt.NDArray[np.float32]


def sigmoid(x: Array) -> Array:
    out: Array = (0.5 * (1.0 + np.tanh(0.5 * x))).astype(np.float32)
    return out


def softmax(x: Array) -> Array:
    z = x - x.max(axis=-1, keepdims=True)
    e = np.exp(z)
    out: Array = (e / e.sum(axis=-1, keepdims=True)).astype(np.float32)
    return out


def _conv(h: Array, w: Array, b: Array, dilation: int) -> Array:
    """1-D convolution over time; ``w`` is torch's (out, in, k) layout, 'same' zero padding."""
    k = w.shape[2]
    pad = dilation * (k // 2)
    padded = np.pad(h, ((pad, pad), (0, 0)))
    t = h.shape[0]
    out = np.broadcast_to(b, (t, w.shape[0])).copy()
    for j in range(k):
        shift = j * dilation
        out += padded[shift : shift + t] @ w[:, :, j].T
    return out


def tagger_probs(
    x: Array,
    params: Mapping[str, Array],
    dilations: Sequence[int],
    sentence: npt.NDArray[np.int64] | None = None,
) -> Array:
    """P(inside) per token for one text; ``x`` is (T, d_in), ``sentence`` the sentence ids.

    With GRU weights (``gru_f_*``, ``gru_b_*``) the conv output also goes through a
    bidirectional GRU per sentence, concatenated before the output layer.
    """
    return tagger_outputs(x, params, dilations, sentence)[0]


def tagger_outputs(
    x: Array,
    params: Mapping[str, Array],
    dilations: Sequence[int],
    sentence: npt.NDArray[np.int64] | None = None,
) -> tuple[Array, Array | None]:
    """P(inside) per token and, with a technique head (``tech_w``), P(technique) per token."""
    tech = "tech_w" in params
    if x.shape[0] == 0:
        n_tech = params["tech_w"].shape[0] if tech else 0
        return np.zeros(0, dtype=np.float32), np.zeros((0, n_tech), np.float32) if tech else None
    h = np.maximum(x @ params["inp_w"].T + params["inp_b"], 0.0)
    for i, d in enumerate(dilations):
        h = h + np.maximum(_conv(h, params[f"conv{i}_w"], params[f"conv{i}_b"], d), 0.0)
    if "pool_w" in params:
        if sentence is None:
            raise ValueError("this tagger pools over sentences: pass the sentence ids")
        h = h + np.maximum(
            _sentence_context(h, sentence) @ params["pool_w"].T + params["pool_b"], 0.0
        )
    if "gru_f_wih" in params:
        if sentence is None:
            raise ValueError("this tagger has a sentence GRU: pass the sentence ids")
        h = np.concatenate([h, _bigru_sentences(h, sentence, params)], axis=1)
    logit = h @ params["out_w"].T + params["out_b"]
    tech_probs = softmax(h @ params["tech_w"].T + params["tech_b"]) if tech else None
    return sigmoid(logit[:, 0]), tech_probs


def _sentence_context(h: Array, sentence: npt.NDArray[np.int64]) -> Array:
    """``[h, max of h over the token's sentence, mean of h over it]`` per token.

    Sentence ids are non-decreasing (``_text.tokenize``), so each sentence is
    one contiguous run of rows.
    """
    starts = np.concatenate(([0], np.flatnonzero(np.diff(sentence)) + 1))
    counts = np.diff(np.append(starts, len(sentence))).astype(np.float32)[:, None]
    pooled_max = np.maximum.reduceat(h, starts, axis=0)
    pooled_mean = np.add.reduceat(h, starts, axis=0) / counts
    out: Array = np.concatenate([h, pooled_max[sentence], pooled_mean[sentence]], axis=1)
    return out


def _gru_left_aligned(xs: Array, params: Mapping[str, Array], prefix: str) -> Array:
    """torch.nn.GRU (one layer, one direction, gates r, z, n) over ``xs`` (S, L, d).

    Sequences are left-aligned with zero padding at the end, so padding never
    reaches a real position's output.
    """
    wih, whh = params[prefix + "wih"], params[prefix + "whh"]
    bih, bhh = params[prefix + "bih"], params[prefix + "bhh"]
    n_seq, length, _ = xs.shape
    g = whh.shape[1]
    gi = xs @ wih.T + bih  # (S, L, 3g), all steps at once
    h = np.zeros((n_seq, g), dtype=np.float32)
    out = np.empty((n_seq, length, g), dtype=np.float32)
    whh_t = np.ascontiguousarray(whh.T)
    for t in range(length):
        gh = h @ whh_t + bhh
        x_t = gi[:, t]
        r = sigmoid(x_t[:, :g] + gh[:, :g])
        z = sigmoid(x_t[:, g : 2 * g] + gh[:, g : 2 * g])
        n = np.tanh(x_t[:, 2 * g :] + r * gh[:, 2 * g :])
        h = (1.0 - z) * n + z * h
        out[:, t] = h
    return out


def sentence_index(sentence: npt.NDArray[np.int64]) -> tuple[npt.NDArray[np.int64], ...]:
    """Gather indices (S, L) of each sentence's tokens, forwards and reversed; -1 pads.

    Shared with training (training/framing/networks.py builds the same arrays).
    """
    n = len(sentence)
    bounds = np.flatnonzero(np.diff(sentence)) + 1
    starts = np.concatenate(([0], bounds)).astype(np.int64)
    ends = np.concatenate((bounds, [n])).astype(np.int64)
    lengths = ends - starts
    length = int(lengths.max())
    pos = np.arange(length)[None, :]
    valid = pos < lengths[:, None]
    fwd = np.where(valid, starts[:, None] + pos, -1)
    rev = np.where(valid, ends[:, None] - 1 - pos, -1)
    return fwd, rev


def _bigru_sentences(
    h: Array, sentence: npt.NDArray[np.int64], params: Mapping[str, Array]
) -> Array:
    """Bidirectional GRU run over each sentence separately, batched over sentences."""
    fwd, rev = sentence_index(sentence)
    padded = np.concatenate([h, np.zeros((1, h.shape[1]), dtype=np.float32)])
    g = params["gru_f_whh"].shape[1]
    out = np.zeros((h.shape[0], 2 * g), dtype=np.float32)
    for idx, prefix, cols in ((fwd, "gru_f_", slice(0, g)), (rev, "gru_b_", slice(g, 2 * g))):
        ys = _gru_left_aligned(padded[idx], params, prefix)
        valid = idx >= 0
        out[idx[valid], cols] = ys[valid]
    return out


def classifier_logits(
    dense: Array, hashed: Sequence[Sequence[int]], params: Mapping[str, Array]
) -> Array:
    """Technique logits (n, n_labels)."""
    z = (dense - params["mean"]) / params["std"]
    hidden = np.maximum(z @ params["h_w"].T + params["h_b"], 0.0)
    logits = hidden @ params["o_w"].T + params["o_b"]
    table = params["hash_w"]
    for i, ids in enumerate(hashed):
        if len(ids):
            logits[i] += table[np.asarray(ids, dtype=np.int64)].astype(np.float32).mean(axis=0)
    return logits.astype(np.float32)
