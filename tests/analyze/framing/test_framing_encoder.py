"""The contextual encoder's plumbing: word pieces, windows, span ranges, heads (issue 6)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.framing._decode import DecodeParams, decode_spans
from newsdossier.analyze.framing._embed import WordPiece
from newsdossier.analyze.framing._encoder import (
    MAX_WORD_PIECES,
    Encoder,
    pack_windows,
    plan_buckets,
    span_piece_range,
    span_probs,
    span_vector,
    token_probs,
    word_pieces,
)
from newsdossier.analyze.framing._text import tokenize

# a toy vocabulary, ours: enough pieces to split the words below
VOCAB = [
    "[PAD]",
    "[UNK]",
    "[CLS]",
    "[SEP]",
    "the",
    "regime",
    "lie",
    "##s",
    "again",
    ".",
    "un",
    "##true",
    "!",
    "a",
]


@pytest.fixture(scope="module")
def wp() -> WordPiece:
    return WordPiece(VOCAB)


def test_wordpiece_splits_words_greedily_and_knows_special_ids(wp: WordPiece) -> None:
    assert wp.pieces("Lies") == [VOCAB.index("lie"), VOCAB.index("##s")]
    assert wp.pieces("untrue") == [VOCAB.index("un"), VOCAB.index("##true")]
    assert wp.pieces("zzz") == [wp.unk]
    assert wp.id_of("[CLS]") == 2


def test_word_pieces_map_every_piece_to_its_token(wp: WordPiece) -> None:
    tokens = tokenize("The regime lies again. Untrue!")
    pieces = word_pieces(tokens, wp)
    assert len(pieces.first) == len(pieces.count) == len(tokens)
    assert (pieces.count >= 1).all()
    assert len(pieces.ids) == int(pieces.count.sum())
    for t in range(len(tokens)):
        lo, n = int(pieces.first[t]), int(pieces.count[t])
        assert (pieces.owner[lo : lo + n] == t).all()


def test_word_pieces_cap_a_very_long_word(wp: WordPiece) -> None:
    tokens = tokenize("a" + "s" * 10)  # not in the toy vocabulary as a whole
    long = WordPiece(["[UNK]", "a", "##s"])
    pieces = word_pieces(tokens, long)
    assert int(pieces.count[0]) == min(11, MAX_WORD_PIECES)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=30), min_size=1, max_size=20),
    st.integers(min_value=6, max_value=40),
)
def test_pack_windows_cover_every_piece_once_and_keep_sentences_whole(
    sentence_lengths: list[int], max_pieces: int
) -> None:
    text = "\n".join(" ".join(["the"] * n) for n in sentence_lengths)
    tokens = tokenize(text)
    pieces = word_pieces(tokens, WordPiece(VOCAB))
    windows = pack_windows(tokens, pieces, max_pieces)
    covered = np.zeros(len(pieces.ids), dtype=int)
    for lo, hi in windows:
        assert 0 < hi - lo <= max_pieces - 2
        covered[lo:hi] += 1
        # a window cuts a sentence only when that sentence is longer than a window
        sent = tokens.sentence[pieces.owner]
        for edge in (lo, hi):
            if 0 < edge < len(sent) and sent[edge - 1] == sent[edge]:
                assert sentence_lengths[int(sent[edge])] > max_pieces - 2
    assert (covered == 1).all()


def test_span_piece_range_takes_the_tokens_a_character_span_overlaps(wp: WordPiece) -> None:
    text = "The regime lies again."
    tokens = tokenize(text)
    pieces = word_pieces(tokens, wp)
    start = text.index("lies")
    p0, p1 = span_piece_range(tokens, pieces, start, start + 4)
    assert (p0, p1) == (2, 4)  # the, regime, lie ##s
    # a span inside one word, and one over trailing whitespace only
    assert span_piece_range(tokens, pieces, start + 1, start + 2) == (2, 4)
    assert span_piece_range(tokens, pieces, 0, len(text)) == (0, len(pieces.ids))


def test_heads_give_token_probabilities_and_technique_distributions(wp: WordPiece) -> None:
    tokens = tokenize("The regime lies again.")
    pieces = word_pieces(tokens, wp)
    rng = np.random.default_rng(0)
    d = 8
    states = rng.normal(size=(len(pieces.ids), d)).astype(np.float32)
    cls = rng.normal(size=(1, d)).astype(np.float32)
    heads = {
        "si_w": rng.normal(size=d).astype(np.float32),
        "si_b": np.zeros(1, np.float32),
        "tc1_w": rng.normal(size=(4 * d, 5)).astype(np.float32),
        "tc1_b": np.zeros(5, np.float32),
        "tc2_w": rng.normal(size=(5, 14)).astype(np.float32),
        "tc2_b": np.zeros(14, np.float32),
    }
    p = token_probs(states, pieces, heads)
    assert p.shape == (len(tokens),)
    assert ((p > 0) & (p < 1)).all()
    # "lies" has two pieces: its probability is their mean
    piece_p = 1 / (1 + np.exp(-(states @ heads["si_w"])))
    assert p[2] == pytest.approx(piece_p[2:4].mean(), rel=1e-5)
    window_of = np.zeros(len(pieces.ids), dtype=np.int64)
    probs = span_probs(states, cls, window_of, [(0, 2), (2, 4)], heads)
    assert probs.shape == (2, 14)
    assert probs.sum(axis=1) == pytest.approx([1.0, 1.0])
    assert span_vector(states, cls[0], 2, 4).shape == (4 * d,)


def test_decode_split_sentences_cuts_runs_at_sentence_ends() -> None:
    tokens = tokenize("They lie\nThey cheat")
    probs = np.full(len(tokens), 0.9, dtype=np.float32)
    assert len(decode_spans(tokens, probs, DecodeParams(threshold=0.5))) == 1
    spans = decode_spans(tokens, probs, DecodeParams(threshold=0.5, split_sentences=True))
    assert [(s, e) for s, e, _ in spans] == [(0, 8), (9, 19)]


@settings(max_examples=80, deadline=None)
@given(
    st.lists(st.integers(min_value=1, max_value=300), max_size=40),
    st.integers(min_value=1, max_value=10),
    st.integers(min_value=1, max_value=3000),
)
def test_plan_buckets_place_every_window_once_within_limits(lengths, max_windows, max_positions):
    buckets = plan_buckets(lengths, max_windows, max_positions)
    flat = [i for b in buckets for i in b]
    assert sorted(flat) == list(range(len(lengths)))
    for b in buckets:
        assert 1 <= len(b) <= max_windows
        # a window longer than the position budget still gets a call of its own
        assert len(b) == 1 or len(b) * max(lengths[i] for i in b) <= max_positions
    # longest first: padding stays small
    assert [lengths[i] for i in flat] == sorted(lengths, reverse=True)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.integers(min_value=1, max_value=30), st.booleans()), min_size=1, max_size=20
    ),
    st.integers(min_value=6, max_value=40),
)
def test_pack_windows_with_a_gate_cover_exactly_the_kept_sentences(sentences, max_pieces):
    text = "\n".join(" ".join(["the"] * n) for n, _ in sentences)
    tokens = tokenize(text)
    pieces = word_pieces(tokens, WordPiece(VOCAB))
    keep = np.array([k for _, k in sentences])
    windows = pack_windows(tokens, pieces, max_pieces, keep=keep)
    sent = tokens.sentence[pieces.owner]
    covered = np.zeros(len(pieces.ids), dtype=int)
    for lo, hi in windows:
        assert 0 < hi - lo <= max_pieces - 2
        covered[lo:hi] += 1
        # a window is a run of adjacent kept sentences
        assert keep[sent[lo:hi]].all()
    assert (covered == keep[sent].astype(int)).all()


class _EchoSession:
    """A stand-in for the onnxruntime session: each position's state is
    (its piece id, its position in the window, the window's real length), so a
    routing mistake shows as a wrong id at a piece offset."""

    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

    def run(self, _: object, feeds: dict[str, np.ndarray]) -> list[np.ndarray]:
        x, mask = feeds["input_ids"], feeds["attention_mask"]
        self.calls.append(x.shape)
        pos = np.broadcast_to(np.arange(x.shape[1]), x.shape)
        real = np.broadcast_to(mask.sum(axis=1, keepdims=True), x.shape)
        return [np.stack([x, pos, real], axis=-1).astype(np.float32)]


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.lists(st.integers(min_value=1, max_value=30), min_size=0, max_size=8),
        min_size=1,
        max_size=6,
    ),
    st.integers(min_value=1, max_value=6),
    st.integers(min_value=8, max_value=200),
)
def test_encode_routes_every_window_of_a_cross_document_batch_back_by_offsets(
    docs, max_windows, max_positions
):
    wp = WordPiece(VOCAB)
    enc = Encoder(Path("never-opened.onnx"), wp)  # the session is made on first use only
    session = _EchoSession()
    enc._session = session
    rng = np.random.default_rng(len(docs))
    texts = []
    for sizes in docs:
        ids = rng.integers(4, len(VOCAB), size=sum(sizes)).astype(np.int64)
        bounds = np.cumsum([0, *sizes]).tolist()
        texts.append((ids, list(zip(bounds[:-1], bounds[1:], strict=True))))
    out = enc.encode(texts, max_windows=max_windows, max_positions=max_positions)
    assert len(out) == len(texts)
    for (ids, windows), got in zip(texts, out, strict=True):
        assert got.cls.shape[0] == len(windows)
        for k, (lo, hi) in enumerate(windows):
            # the piece ids come back at their own offsets, one position after [CLS]
            assert (got.states[lo:hi, 0] == ids[lo:hi]).all()
            assert (got.states[lo:hi, 1] == np.arange(1, hi - lo + 1)).all()
            assert (got.window_of[lo:hi] == k).all()
            assert got.covered(lo, hi)
            assert got.cls[k, 0] == wp.id_of("[CLS]") and got.cls[k, 2] == hi - lo + 2
    n_windows = sum(len(w) for _, w in texts)
    assert sum(shape[0] for shape in session.calls) == n_windows
