"""Span filter: rescoring the tagger's candidate spans (span identification).

Most span-identification errors of the token tagger are whole false-positive
spans (a run of tokens that overlaps no gold span at all), not bad
boundaries.  The filter looks at each candidate span as a whole and estimates
P(the candidate overlaps a technique span) from:

* the tagger's probabilities: mean, max, min, spread inside the span, and
  just outside it (a sharp boundary is a good sign);
* where it sits: length, share of its sentence, sentence start/end, title
  sentence, position in the article, how much of the sentence and the
  article the tagger marks;
* the shape and cue-lexicon token features (questions, exclamations, quotes,
  all caps, repetition, loaded words, labels, fear, ...), mean and max over
  the span and max over its sentence;
* the technique classifier's probabilities for the span (which technique it
  looks like, and how sure the classifier is).

A small MLP (trained offline on candidates of the train split, see
training/framing) maps these to a probability; spans below the threshold
tuned on the held-out tenth of train are dropped.  Like ``_features``, this
module is shared by training and run time: changing it means retraining.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence

import numpy as np
import numpy.typing as npt

from ._text import Tokens

__all__ = ["FILTER_BASE_DIM", "filter_features", "filter_probs", "token_range"]

Array = npt.NDArray[np.float32]

#: features before the shape/cue block and the classifier probabilities
FILTER_BASE_DIM = 21


def token_range(tokens: Tokens, start: int, end: int) -> tuple[int, int]:
    """Token indices ``[lo, hi)`` covered by the character span ``[start, end)``."""
    n = len(tokens)
    lo = int(np.searchsorted(tokens.ends, start, side="right"))
    hi = int(np.searchsorted(tokens.starts, end, side="left"))
    if lo >= hi and n:
        lo = min(lo, n - 1)
        hi = lo + 1
    return lo, hi


def filter_features(
    tokens: Tokens,
    token_feats: Array,
    probs: Array,
    spans: Sequence[tuple[int, int]],
    emb_dim: int,
    class_probs: Array | None = None,
) -> Array:
    """``(len(spans), dim)`` features of candidate ``(start, end)`` spans of one text.

    ``token_feats`` are ``_features.token_features`` of the tokens, ``probs``
    the tagger's P(inside) per token and ``class_probs`` (optional, else
    left out) the classifier's technique probabilities per span.
    """
    n = len(tokens)
    if not spans or n == 0:
        width = FILTER_BASE_DIM + 3 * (token_feats.shape[1] - 2 * emb_dim)
        width += 0 if class_probs is None else class_probs.shape[1] + 1
        return np.zeros((len(spans), width), dtype=np.float32)
    lexical = token_feats[:, 2 * emb_dim :]  # shape + cue flags
    sent = tokens.sentence
    n_sent = int(sent[-1]) + 1
    bounds = np.flatnonzero(np.diff(sent)) + 1
    sent_first = np.concatenate(([0], bounds))
    sent_last = np.concatenate((bounds, [n])) - 1
    sent_len = np.bincount(sent, minlength=n_sent).astype(np.float32)
    hot = (probs >= 0.3).astype(np.float32)
    sent_hot = np.bincount(sent, weights=hot, minlength=n_sent) / sent_len
    sent_max = np.maximum.reduceat(probs, sent_first)  # sentence ids are non-decreasing
    lex_sent = np.maximum.reduceat(lexical, sent_first, axis=0)
    doc_mean = float(probs.mean())
    doc_hot = float(hot.mean())
    n_cand = math.log1p(len(spans)) / 4.0
    rows = []
    for start, end in spans:
        lo, hi = token_range(tokens, start, end)
        p = probs[lo:hi]
        s_id = int(sent[lo])
        s_lo, s_hi = int(sent_first[s_id]), int(sent_last[s_id]) + 1
        left = probs[max(lo - 3, 0) : lo]
        right = probs[hi : hi + 3]
        base = [
            float(p.mean()),
            float(p.max()),
            float(p.min()),
            float(p.std()),
            float(probs[lo - 1]) if lo > 0 else 0.0,
            float(probs[hi]) if hi < n else 0.0,
            float(left.mean()) if len(left) else 0.0,
            float(right.mean()) if len(right) else 0.0,
            math.log1p(hi - lo) / 4.0,
            math.log1p(end - start) / 6.0,
            min((hi - lo) / sent_len[s_id], 1.0),
            float(lo <= s_lo),
            float(hi >= s_hi or all(not w[:1].isalnum() for w in tokens.words[hi:s_hi])),
            math.log1p(sent_len[s_id]) / 5.0,
            float(s_id == 0),
            lo / n,
            float(sent_hot[s_id]),
            float(sent_max[s_id]),
            doc_mean,
            doc_hot,
            n_cand,
        ]
        lex = lexical[lo:hi]
        rows.append(
            np.concatenate(
                [np.asarray(base, np.float32), lex.mean(axis=0), lex.max(axis=0), lex_sent[s_id]]
            )
        )
    out = np.stack(rows).astype(np.float32)
    if class_probs is not None:
        top = class_probs.max(axis=1, keepdims=True)
        out = np.concatenate([out, class_probs, top], axis=1).astype(np.float32)
    return out


def filter_probs(features: Array, params: Mapping[str, Array]) -> Array:
    """P(candidate overlaps a technique span) per row of ``features`` (MLP, one hidden layer)."""
    if len(features) == 0:
        return np.zeros(0, dtype=np.float32)
    z = (features - params["mean"]) / params["std"]
    hidden = np.maximum(z @ params["h_w"].T + params["h_b"], 0.0)
    logit = hidden @ params["o_w"].T + params["o_b"]
    out: Array = (0.5 * (1.0 + np.tanh(0.5 * logit[:, 0]))).astype(np.float32)
    return out
