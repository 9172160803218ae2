"""Training the span filter (newsdossier/analyze/framing/_filter.py) on candidate spans.

Candidates are the tagger's decoded spans on train articles; a candidate's
label is 1 when it overlaps any gold span.  The tagger's probabilities on the
articles it was trained on are over-confident, so the filter learns from
out-of-fold probabilities: the fit articles are split into folds, a tagger is
trained on the other folds and scores the fold.  The held-out tenth is scored
by the tagger trained on all fit articles (the shipped one) and only picks the
filter's epochs and threshold.
"""

from __future__ import annotations

import hashlib
from typing import NamedTuple

import numpy as np
import torch
from torch import nn

from eval.framing.scoring import score_si
from newsdossier.analyze.framing._decode import DecodeParams, decode_spans
from newsdossier.analyze.framing._filter import filter_features, filter_probs


def candidate_table(articles, docs, probs, ids, params: DecodeParams, emb_dim, class_fn=None):
    """Features, labels and (doc, start, end) keys of every candidate span in ``ids``."""
    feats, labels, keys = [], [], []
    for a in ids:
        toks, tf, _ = docs[a]
        spans = [(s, e) for s, e, _ in decode_spans(toks, probs[a], params)]
        if not spans:
            continue
        cp = class_fn(a, spans) if class_fn else None
        feats.append(filter_features(toks, tf.astype(np.float32), probs[a], spans, emb_dim, cp))
        gold = [(s, e) for _, s, e in articles[a].tc]
        labels.extend(float(any(gs < e and s < ge for gs, ge in gold)) for s, e in spans)
        keys.extend((a, s, e) for s, e in spans)
    if not feats:
        return np.zeros((0, 0), np.float32), np.zeros(0, np.float32), []
    return np.concatenate(feats), np.asarray(labels, np.float32), keys


class FilterNet(nn.Module):
    def __init__(self, d_in: int, hidden: int, dropout: float):
        super().__init__()
        self.h = nn.Linear(d_in, hidden)
        self.o = nn.Linear(hidden, 1)
        self.drop = nn.Dropout(dropout)

    def forward(self, z: torch.Tensor) -> torch.Tensor:
        return self.o(self.drop(torch.relu(self.h(self.drop(z))))).squeeze(-1)


def train_filter(x, y, hp, seed, epochs, mean, std, eval_fn=None):
    torch.manual_seed(seed)
    model = FilterNet(x.shape[1], hp["hidden"], hp["dropout"])
    opt = torch.optim.AdamW(model.parameters(), lr=hp["lr"], weight_decay=hp["weight_decay"])
    z = torch.from_numpy(((x - mean) / std).astype(np.float32))
    yt = torch.from_numpy(y)
    rng = np.random.default_rng(seed)
    history = []
    for epoch in range(epochs):
        model.train()
        order = rng.permutation(len(y))
        for i in range(0, len(order), hp["batch"]):
            idx = order[i : i + hp["batch"]]
            loss = nn.functional.binary_cross_entropy_with_logits(model(z[idx]), yt[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
        if eval_fn is not None:
            history.append({"epoch": epoch + 1, **eval_fn(export_filter([model], mean, std))})
    return model, history


def export_filter(models, mean, std) -> dict[str, np.ndarray]:
    """Numpy weights of an ensemble (hidden units stacked, output averaged: exact for logits)."""
    k = len(models)
    return {
        "h_w": np.concatenate([m.h.weight.detach().numpy() for m in models]).astype(np.float32),
        "h_b": np.concatenate([m.h.bias.detach().numpy() for m in models]).astype(np.float32),
        "o_w": (np.concatenate([m.o.weight.detach().numpy() for m in models], axis=1) / k).astype(
            np.float32
        ),
        "o_b": (sum(m.o.bias.detach().numpy() for m in models) / k).astype(np.float32),
        "mean": mean.astype(np.float32),
        "std": std.astype(np.float32),
    }


def fold_of(article_id: str, folds: int) -> int:
    """Fold of a fit article (independent of the held-out hash: a different digit)."""
    return int(hashlib.sha256(article_id.encode()).hexdigest(), 16) // 10 % folds


def oof_candidates(articles, docs, fit, decode, emb_dim, hp, tagger_probs_fn, class_fn_factory):
    """Candidate table of the fit articles, each fold scored by models trained on the others.

    ``tagger_probs_fn(train_ids, score_ids)`` trains a tagger and returns its
    probabilities on ``score_ids``; ``class_fn_factory(train_ids)`` trains a
    classifier and returns ``class_fn(article_id, spans) -> probs``.
    """
    parts = []
    for k in range(hp["folds"]):
        score_ids = [a for a in fit if fold_of(a, hp["folds"]) == k]
        train_ids = [a for a in fit if fold_of(a, hp["folds"]) != k]
        probs = tagger_probs_fn(train_ids, score_ids)
        class_fn = class_fn_factory(train_ids) if hp["class_probs"] else None
        parts.append(candidate_table(articles, docs, probs, score_ids, decode, emb_dim, class_fn))
        print(f"filter fold {k}: {len(parts[-1][1])} candidates", flush=True)
    return (
        np.concatenate([p[0] for p in parts]),
        np.concatenate([p[1] for p in parts]),
        [key for p in parts for key in p[2]],
    )


def best_threshold(params, x_held, keys_held, gold_held, grid):
    """(SI score, threshold) of the filter on the held-out candidates, best F1 over ``grid``."""
    probs = filter_probs(x_held, params)
    best = None
    for t in grid:
        pred = {a: [] for a in gold_held}
        for (a, s, e), p in zip(keys_held, probs, strict=True):
            if p >= t:
                pred[a].append((s, e))
        sc = score_si(pred, gold_held)
        if best is None or sc.f1 > best[0].f1:
            best = (sc, t)
    return best


class FilterFit(NamedTuple):
    params: dict  # numpy weights of the shipped ensemble
    threshold: float
    score: object  # held-out SI Score at that threshold
    epochs: int
    history: list


def fit_filter(x_fit, y_fit, x_held, keys_held, gold_held, hp, seed) -> FilterFit:
    """Pick epochs and threshold on the held-out candidates; train the shipped ensemble."""
    mean, std = x_fit.mean(0), x_fit.std(0) + 1e-3
    grid = hp["threshold_grid"]

    def eval_fn(params):
        sc, t = best_threshold(params, x_held, keys_held, gold_held, grid)
        return {"heldout_si_f1": round(sc.f1, 4), "threshold": t}

    _, history = train_filter(x_fit, y_fit, hp, seed, hp["max_epochs"], mean, std, eval_fn)
    f1 = np.array([r["heldout_si_f1"] for r in history])
    smooth = np.convolve(np.pad(f1, 1, mode="edge"), np.ones(3) / 3, mode="valid")
    epochs = int(np.argmax(smooth)) + 1
    members = [
        train_filter(x_fit, y_fit, hp, seed + k, epochs, mean, std)[0]
        for k in range(hp["ensemble"])
    ]
    params = export_filter(members, mean, std)
    sc, threshold = best_threshold(params, x_held, keys_held, gold_held, grid)
    return FilterFit(params, float(threshold), sc, epochs, history)


def filter_summary(y_fit, keys_held, unfiltered, fitted: FilterFit):
    """The report fields of one filter fit."""
    sc = fitted.score
    return {
        "threshold": fitted.threshold,
        "epochs": fitted.epochs,
        "fit_candidates": len(y_fit),
        "fit_positive_rate": round(float(y_fit.mean()), 4),
        "heldout_candidates": len(keys_held),
        "heldout_si_unfiltered": {
            "p": unfiltered.precision,
            "r": unfiltered.recall,
            "f1": unfiltered.f1,
        },
        "heldout_si": {"p": sc.precision, "r": sc.recall, "f1": sc.f1},
        "history": fitted.history,
    }
