"""numpy forward passes and token/span features of the framing model (no weights needed)."""

from __future__ import annotations

import numpy as np

from newsdossier.analyze.framing._features import _sentence_means, _shape, span_features
from newsdossier.analyze.framing._nn import _sentence_context, tagger_outputs, tagger_probs
from newsdossier.analyze.framing._text import tokenize

D_IN, HIDDEN, N_TECH = 5, 4, 3


def _params(rng, techniques=False, pool=False):
    p = {
        "inp_w": rng.normal(size=(HIDDEN, D_IN)).astype(np.float32),
        "inp_b": rng.normal(size=HIDDEN).astype(np.float32),
        "conv0_w": rng.normal(size=(HIDDEN, HIDDEN, 3)).astype(np.float32) * 0.3,
        "conv0_b": np.zeros(HIDDEN, np.float32),
        "out_w": rng.normal(size=(1, HIDDEN)).astype(np.float32),
        "out_b": np.zeros(1, np.float32),
    }
    if techniques:
        p["tech_w"] = rng.normal(size=(N_TECH, HIDDEN)).astype(np.float32)
        p["tech_b"] = np.zeros(N_TECH, np.float32)
    if pool:
        p["pool_w"] = rng.normal(size=(HIDDEN, 3 * HIDDEN)).astype(np.float32) * 0.3
        p["pool_b"] = np.zeros(HIDDEN, np.float32)
    return p


def test_tagger_technique_head_gives_a_distribution_per_token():
    rng = np.random.default_rng(1)
    x = rng.normal(size=(7, D_IN)).astype(np.float32)
    sentence = np.array([0, 0, 0, 1, 1, 1, 1])
    plain = _params(np.random.default_rng(2))
    probs, tech = tagger_outputs(x, plain, (1,), sentence)
    assert tech is None and probs.shape == (7,)
    assert np.array_equal(probs, tagger_probs(x, plain, (1,), sentence))
    with_head = _params(np.random.default_rng(2), techniques=True)
    probs2, tech = tagger_outputs(x, with_head, (1,), sentence)
    assert np.allclose(probs2, probs)  # the head does not change P(inside)
    assert tech is not None and tech.shape == (7, N_TECH)
    assert np.allclose(tech.sum(axis=1), 1.0, atol=1e-5)
    empty_probs, empty_tech = tagger_outputs(x[:0], with_head, (1,), sentence[:0])
    assert empty_probs.shape == (0,) and empty_tech is not None and empty_tech.shape == (0, N_TECH)


def test_sentence_context_pools_within_each_sentence_only():
    h = np.array([[1, 0], [3, 2], [0, 5], [4, 1]], dtype=np.float32)
    ctx = _sentence_context(h, np.array([0, 0, 1, 1]))
    assert np.array_equal(ctx[:, :2], h)
    assert np.array_equal(ctx[0, 2:4], [3, 2]) and np.array_equal(ctx[1, 2:4], [3, 2])
    assert np.array_equal(ctx[2, 2:4], [4, 5])
    assert np.allclose(ctx[0, 4:], [2, 1]) and np.allclose(ctx[3, 4:], [2, 3])
    # a tagger with pooling weights uses them (and so depends on the sentence split)
    rng = np.random.default_rng(3)
    x = rng.normal(size=(4, D_IN)).astype(np.float32)
    params = _params(rng, pool=True)
    one = tagger_probs(x, params, (1,), np.array([0, 0, 0, 0]))
    two = tagger_probs(x, params, (1,), np.array([0, 0, 1, 1]))
    assert not np.allclose(one, two)


def test_sentence_means_average_each_sentence():
    v = np.array([[1, 1], [3, 1], [5, 5]], dtype=np.float32)
    out = _sentence_means(v, np.array([0, 0, 1]))
    assert np.allclose(out, [[2, 1], [2, 1], [5, 5]])


def test_shape_features_quotes_questions_and_repetition():
    text = 'He said " they lie " ?\nThey lie , they lie !'
    tokens = tokenize(text)
    lower = [w.lower() for w in tokens.words]
    out = _shape(tokens, lower)
    words = tokens.words
    they = words.index("they")
    assert out[they, 11] == 1.0  # inside the quotes
    assert out[words.index("He"), 11] == 0.0
    assert out[0, 12] == 1.0 and out[0, 13] == 0.0  # first sentence has "?" but no "!"
    last = len(words) - 1
    assert out[last, 13] == 1.0 and out[last, 8] == 1.0 and out[last, 7] == 0.0
    assert out[they, 16] == 1.0  # "they lie" occurs three times
    assert out[0, 16] == 0.0
    assert out[0, 15] == 1.0 and out[last, 15] == 0.0  # first sentence flag
    assert np.isclose(out[1, 9], 1 / (words.index("?") - 0))  # position in the sentence


def test_span_features_append_technique_head_statistics():
    text = "They lie to us. We know it."
    tokens = tokenize(text)
    emb = 3
    feats = np.random.default_rng(0).normal(size=(len(tokens), 2 * emb + 4)).astype(np.float32)
    spans = [(0, 8), (16, 23)]
    base = span_features(text, tokens, feats, spans, emb)
    tech = np.zeros((len(tokens), N_TECH), np.float32)
    tech[0, 2] = 1.0
    tech[1, 0] = 1.0
    extra = span_features(text, tokens, feats, spans, emb, tech)
    assert extra.dense.shape == (2, base.dense.shape[1] + 2 * N_TECH)
    assert np.array_equal(extra.dense[:, : base.dense.shape[1]], base.dense)
    assert np.allclose(extra.dense[0, -2 * N_TECH :], [0.5, 0, 0.5, 1, 0, 1])
    assert np.allclose(extra.dense[1, -2 * N_TECH :], 0.0)
