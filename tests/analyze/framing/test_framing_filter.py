"""The span filter's features and forward pass (no shipped weights needed)."""

from __future__ import annotations

import numpy as np

from newsdossier.analyze.framing._filter import (
    FILTER_BASE_DIM,
    filter_features,
    filter_probs,
    token_range,
)
from newsdossier.analyze.framing._text import tokenize

# Our own sentences, written for these tests (no PTC text).
TEXT = "Calm words here.\nWhy do they lie to us again?\nThe report was published."
EMB = 4  # a fake embedding width: the token features below are [vec, sent vec, lexical]
LEX = 3


def _inputs():
    tokens = tokenize(TEXT)
    n = len(tokens)
    feats = np.zeros((n, 2 * EMB + LEX), dtype=np.float32)
    question = [i for i, w in enumerate(tokens.words) if w == "?"][0]
    feats[question, 2 * EMB] = 1.0  # a lexical flag on the question mark only
    probs = np.full(n, 0.1, dtype=np.float32)
    lo, hi = token_range(tokens, TEXT.index("Why"), TEXT.index("?") + 1)
    probs[lo:hi] = 0.8
    return tokens, feats, probs


def test_token_range_maps_character_spans_to_tokens():
    tokens = tokenize(TEXT)
    lo, hi = token_range(tokens, TEXT.index("Why"), TEXT.index("again") + len("again"))
    assert tokens.words[lo:hi] == ["Why", "do", "they", "lie", "to", "us", "again"]
    # a span inside one token still maps to that token
    lo, hi = token_range(tokens, TEXT.index("words") + 1, TEXT.index("words") + 3)
    assert tokens.words[lo:hi] == ["words"]


def test_filter_features_describe_probabilities_position_and_cues():
    tokens, feats, probs = _inputs()
    question = (TEXT.index("Why"), TEXT.index("?") + 1)
    calm = (0, TEXT.index("here") + 4)
    x = filter_features(tokens, feats, probs, [question, calm], EMB)
    assert x.shape == (2, FILTER_BASE_DIM + 3 * LEX)
    assert x.dtype == np.float32
    assert np.isclose(x[0, 0], 0.8) and np.isclose(x[1, 0], 0.1)  # mean tagger probability
    assert x[0, 11] == 1.0 and x[0, 12] == 1.0  # covers its sentence from start to end
    assert x[1, 14] == 1.0 and x[0, 14] == 0.0  # first (title) sentence
    assert x[0, FILTER_BASE_DIM + LEX] == 1.0  # max of the lexical flag over the span
    assert x[1, FILTER_BASE_DIM + LEX] == 0.0


def test_filter_features_append_classifier_probabilities():
    tokens, feats, probs = _inputs()
    spans = [(0, 4), (TEXT.index("Why"), TEXT.index("lie"))]
    class_probs = np.array([[0.7, 0.2, 0.1], [0.1, 0.1, 0.8]], dtype=np.float32)
    x = filter_features(tokens, feats, probs, spans, EMB, class_probs)
    assert x.shape == (2, FILTER_BASE_DIM + 3 * LEX + 4)
    assert np.allclose(x[:, -4:-1], class_probs)
    assert np.allclose(x[:, -1], [0.7, 0.8])


def test_filter_features_of_no_spans_or_no_tokens_are_empty():
    tokens, feats, probs = _inputs()
    assert filter_features(tokens, feats, probs, [], EMB).shape == (0, FILTER_BASE_DIM + 3 * LEX)
    empty = tokenize("")
    assert filter_features(empty, feats[:0], probs[:0], [], EMB).shape[0] == 0


def test_filter_probs_is_a_one_hidden_layer_mlp():
    rng = np.random.default_rng(0)
    x = rng.normal(size=(5, 3)).astype(np.float32)
    params = {
        "mean": np.zeros(3, np.float32),
        "std": np.ones(3, np.float32),
        "h_w": rng.normal(size=(4, 3)).astype(np.float32),
        "h_b": np.zeros(4, np.float32),
        "o_w": rng.normal(size=(1, 4)).astype(np.float32),
        "o_b": np.array([0.5], np.float32),
    }
    expected = 1 / (1 + np.exp(-(np.maximum(x @ params["h_w"].T, 0) @ params["o_w"].T + 0.5)))
    assert np.allclose(filter_probs(x, params), expected[:, 0], atol=1e-5)
    assert filter_probs(x[:0], params).shape == (0,)
