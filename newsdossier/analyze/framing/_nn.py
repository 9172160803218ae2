"""The two networks' forward passes in numpy (weights trained with torch offline).

Parameter names and shapes match training/framing/networks.py exactly:

Tagger (span identification), input ``x`` of shape (T, d_in) for one text:
    h = relu(x @ inp_w.T + inp_b)
    for each dilation d in ``dilations``:  h = h + relu(conv_d(h))   (kernel k, zero padding)
    logit = h @ out_w.T + out_b            -> P(token inside a span) = sigmoid(logit)

Span classifier (technique classification), dense ``z`` (n, d) and hashed ids:
    z = (z - mean) / std
    logits = relu(z @ h_w.T + h_b) @ o_w.T + o_b + mean_over_ids(hash_w[ids])
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

__all__ = ["classifier_logits", "sigmoid", "softmax", "tagger_probs"]

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


def tagger_probs(x: Array, params: Mapping[str, Array], dilations: Sequence[int]) -> Array:
    """P(inside) per token for one text; ``x`` is (T, d_in)."""
    if x.shape[0] == 0:
        return np.zeros(0, dtype=np.float32)
    h = np.maximum(x @ params["inp_w"].T + params["inp_b"], 0.0)
    for i, d in enumerate(dilations):
        h = h + np.maximum(_conv(h, params[f"conv{i}_w"], params[f"conv{i}_b"], d), 0.0)
    logit = h @ params["out_w"].T + params["out_b"]
    return sigmoid(logit[:, 0])


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
