"""Features shared by training and run time: the same code builds both.

Token features (span identification) and span features (technique
classification) are pure functions of the text, its tokens, the static
embeddings and the cue lexicons in ``newsdossier/data/framing/cues.yml``.
Training (``training/framing``) imports these very functions, so a change
here changes what the shipped weights expect: retrain after any edit and
bump ``_model.MODEL_VERSION``.
"""

from __future__ import annotations

import math
import re
import zlib
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import resources

import numpy as np
import numpy.typing as npt
import yaml

from ._embed import StaticEmbeddings
from ._text import Tokens

__all__ = [
    "HASH_BUCKETS",
    "Cues",
    "SpanFeatures",
    "load_cues",
    "span_features",
    "token_features",
]

Array = npt.NDArray[np.float32]

#: Buckets for hashed span n-grams (TC).  2**16 x 14 float16 weights = 1.8 MB.
HASH_BUCKETS = 1 << 16
_QUOTES = frozenset("\"'“”‘’«»")
_SHAPE_DIM = 18
_MAX_CACHE_WORDS = 500_000  # word -> categories cache, cleared when full


@dataclass(frozen=True, slots=True)
class Cues:
    """Compiled cue lexicons: single words, prefixes and phrases per category."""

    categories: tuple[str, ...]
    words: dict[str, frozenset[int]]  # word -> category indices
    prefixes: tuple[tuple[str, int], ...]
    phrases: dict[str, tuple[tuple[tuple[str, ...], int], ...]]  # first word -> phrases
    _cache: dict[str, tuple[int, ...]] = field(default_factory=dict, compare=False, repr=False)

    def word_categories(self, word: str) -> tuple[int, ...]:
        """Categories a single lowercased word hits (whole word or prefix); cached."""
        hit = self._cache.get(word)
        if hit is None:
            cats = set(self.words.get(word, ()))
            cats.update(cat for prefix, cat in self.prefixes if word.startswith(prefix))
            hit = tuple(sorted(cats))
            if len(self._cache) >= _MAX_CACHE_WORDS:
                self._cache.clear()
            self._cache[word] = hit
        return hit

    def flags(self, lower: Sequence[str]) -> Array:
        """``(len(lower), n_categories)`` 0/1 matrix of cue hits per token."""
        out = np.zeros((len(lower), len(self.categories)), dtype=np.float32)
        for i, word in enumerate(lower):
            for cat in self.word_categories(word):
                out[i, cat] = 1.0
            for phrase, cat in self.phrases.get(word, ()):
                end = i + len(phrase)
                if tuple(lower[i:end]) == phrase:
                    out[i:end, cat] = 1.0
        return out


def load_cues() -> Cues:
    """Load ``cues.yml`` shipped in ``newsdossier/data/framing``."""
    raw = resources.files("newsdossier").joinpath("data/framing/cues.yml").read_text("utf-8")
    table: dict[str, list[str]] = yaml.safe_load(raw)
    categories = tuple(table)
    words: dict[str, set[int]] = {}
    prefixes: list[tuple[str, int]] = []
    phrases: dict[str, list[tuple[tuple[str, ...], int]]] = {}
    for cat, entries in enumerate(table.values()):
        for entry in entries:
            entry = str(entry).lower()
            if entry.endswith("*"):
                prefixes.append((entry[:-1], cat))
            elif " " in entry:
                parts = tuple(entry.split())
                phrases.setdefault(parts[0], []).append((parts, cat))
            else:
                words.setdefault(entry, set()).add(cat)
    return Cues(
        categories=categories,
        words={w: frozenset(c) for w, c in words.items()},
        prefixes=tuple(prefixes),
        phrases={w: tuple(p) for w, p in phrases.items()},
    )


def _shape(tokens: Tokens, lower: list[str]) -> Array:
    """Orthographic, sentence and repetition features per token (column-wise, no per-token numpy)."""
    n = len(tokens)
    out = np.zeros((n, _SHAPE_DIM), dtype=np.float32)
    if n == 0:
        return out
    words = tokens.words
    sent = tokens.sentence
    counts = Counter(lower)
    quote = np.array([w in _QUOTES for w in words], dtype=np.float32)
    question = np.array([w == "?" for w in words], dtype=np.float32)
    exclaim = np.array([w == "!" for w in words], dtype=np.float32)
    out[:, 0] = [w[:1].isupper() and not w.isupper() for w in words]
    out[:, 1] = [len(w) > 1 and w.isupper() for w in words]
    out[:, 2] = [not w[:1].isalnum() for w in words]
    out[:, 3] = [w.isdigit() for w in words]
    out[:, 4] = quote
    out[:, 5] = question
    out[:, 6] = exclaim
    # sentences are contiguous runs of non-decreasing ids
    starts = np.concatenate(([0], np.flatnonzero(np.diff(sent)) + 1))
    lengths = np.diff(np.append(starts, n))
    first = starts[sent]
    length = lengths[sent]
    pos = np.arange(n) - first
    out[:, 7] = pos == 0
    out[:, 8] = pos == length - 1
    out[:, 9] = pos / np.maximum(length - 1, 1)
    out[:, 10] = np.log1p(length) / 5.0
    # inside quotes: odd number of quote marks so far in the sentence (this one included)
    quotes_so_far = np.cumsum(quote)
    before_sentence = (quotes_so_far - quote)[starts]
    out[:, 11] = (quotes_so_far - before_sentence[sent]) % 2
    out[:, 12] = np.maximum.reduceat(question, starts)[sent]
    out[:, 13] = np.maximum.reduceat(exclaim, starts)[sent]
    out[:, 14] = [math.log(counts[w]) / 3.0 if len(w) > 3 else 0.0 for w in lower]
    out[:, 15] = sent == 0
    bigrams = Counter(zip(lower, lower[1:], strict=False))
    rep2 = np.array([bigrams[b] > 1 for b in zip(lower, lower[1:], strict=False)], dtype=bool)
    if len(rep2):
        out[:-1, 16] = rep2
        out[1:, 16] = np.maximum(out[1:, 16], rep2)
    trigrams = Counter(zip(lower, lower[1:], lower[2:], strict=False))
    rep3 = np.array(
        [trigrams[t] > 1 for t in zip(lower, lower[1:], lower[2:], strict=False)], dtype=bool
    )
    if len(rep3):
        out[:-2, 17] = rep3
        out[1:-1, 17] = np.maximum(out[1:-1, 17], rep3)
        out[2:, 17] = np.maximum(out[2:, 17], rep3)
    return out


def _sentence_means(vectors: Array, sent: npt.NDArray[np.int64]) -> Array:
    if len(sent) == 0:
        return vectors
    # sentence ids are non-decreasing: sum each contiguous run (np.add.at is ~20x slower)
    starts = np.concatenate(([0], np.flatnonzero(np.diff(sent)) + 1))
    sums = np.add.reduceat(vectors, starts, axis=0)
    counts = np.diff(np.append(starts, len(sent))).astype(np.float32)[:, None]
    means: Array = (sums / counts).astype(np.float32)
    return means[sent]


def token_features(tokens: Tokens, emb: StaticEmbeddings, cues: Cues) -> Array:
    """Per-token input of the span tagger: [word vec, sentence mean vec, shape, cues]."""
    lower = [w.lower() for w in tokens.words]
    vectors = emb.embed(tokens.words)
    return np.concatenate(
        [
            vectors,
            _sentence_means(vectors, tokens.sentence),
            _shape(tokens, lower),
            cues.flags(lower),
        ],
        axis=1,
    )


@dataclass(frozen=True, slots=True)
class SpanFeatures:
    """Inputs of the technique classifier for a list of spans of one text."""

    dense: Array  # (n_spans, dense_dim)
    hashed: list[list[int]]  # per span, bucket ids of its hashed n-grams


def _bucket(key: str) -> int:
    return zlib.crc32(key.encode("utf-8")) % HASH_BUCKETS


_WS_RE = re.compile(r"\s+")


def _norm(text: str) -> str:
    return _WS_RE.sub(" ", text.strip().lower())


def span_features(
    text: str,
    tokens: Tokens,
    token_feats: Array,
    spans: Sequence[tuple[int, int]],
    emb_dim: int,
    token_tech: Array | None = None,
) -> SpanFeatures:
    """Features of each ``(start, end)`` span, given its text's tokens and token features.

    ``token_tech`` (optional): the tagger's per-token technique probabilities;
    their mean and max over the span are appended to the dense features.

    ``spans`` are all the spans given for this text: how often the same
    wording is given again (or occurs in the text) is the strongest cue for
    Repetition, so the list is read as a whole.
    """
    n_tok = len(tokens)
    lower = [w.lower() for w in tokens.words]
    norm_text = _norm(text)
    given = Counter(_norm(text[s:e]) for s, e in spans)
    exact = Counter((s, e) for s, e in spans)
    # first token index of each lowercased word (for "said before" features)
    first_seen: dict[str, int] = {}
    for i, w in enumerate(lower):
        first_seen.setdefault(w, i)
    word_counts = Counter(lower)
    vec = token_feats[:, :emb_dim] if n_tok else np.zeros((0, emb_dim), np.float32)
    sent_vec = token_feats[:, emb_dim : 2 * emb_dim] if n_tok else vec
    shape = token_feats[:, 2 * emb_dim :]
    dense_rows: list[Array] = []
    hashed: list[list[int]] = []
    for s, e in spans:
        lo = int(np.searchsorted(tokens.ends, s, side="right"))
        hi = int(np.searchsorted(tokens.starts, e, side="left"))
        if lo >= hi and n_tok:  # no whole token inside: take the nearest one
            lo = min(lo, n_tok - 1)
            hi = lo + 1
        piece = text[s:e]
        norm_piece = _norm(piece)
        if n_tok:
            span_vec = vec[lo:hi].mean(axis=0)
            ctx_vec = sent_vec[lo:hi].mean(axis=0)
            left = vec[max(lo - 3, 0) : lo]
            right = vec[hi : hi + 3]
            around = np.concatenate([left, right]) if len(left) + len(right) else vec[lo:hi]
            around_vec = around.mean(axis=0)
            shape_mean = shape[lo:hi].mean(axis=0)
            shape_max = shape[lo:hi].max(axis=0)
            sent_ids = tokens.sentence
            first_sent = sent_ids[lo]
            sent_len = int(np.count_nonzero(sent_ids == first_sent))
            starts_sent = float(lo == 0 or sent_ids[lo - 1] != first_sent)
            ends_sent = float(hi >= n_tok or sent_ids[hi] != sent_ids[hi - 1])
            cover = (hi - lo) / max(sent_len, 1)
            rel_pos = lo / n_tok
        else:
            span_vec = ctx_vec = around_vec = np.zeros(emb_dim, np.float32)
            shape_mean = shape_max = np.zeros(shape.shape[1], np.float32)
            starts_sent = ends_sent = cover = rel_pos = 0.0
        before = text[s - 1 : s] if s > 0 else ""
        after = text[e : e + 1]
        overlaps = sum(1 for a, b in spans if a < e and s < b) - exact[(s, e)]
        # Repetition: the wording, or its content words, said earlier in the text
        earlier = _norm(text[:s]).count(norm_piece) if norm_piece else 0
        content = [w for w in lower[lo:hi] if len(w) > 3]
        seen_before = (
            sum(1 for w in content if first_seen[w] < lo) / len(content) if content else 0.0
        )
        repeated = sum(1 for w in content if word_counts[w] > 1) / len(content) if content else 0.0
        earlier_spans = sum(1 for a, b in spans if b <= s and _norm(text[a:b]) == norm_piece)
        extra = np.array(
            [
                math.log1p(len(piece)) / 6.0,
                math.log1p(hi - lo) / 4.0,
                math.log(max(norm_text.count(norm_piece), 1)) if norm_piece else 0.0,
                math.log(given[norm_piece]),
                float(exact[(s, e)] - 1),
                math.log1p(max(overlaps, 0)),
                float("?" in piece),
                float(piece.rstrip().endswith("?") or after == "?"),
                float("!" in piece or after == "!"),
                float(any(c in _QUOTES for c in piece)),
                float(before in _QUOTES and after in _QUOTES),
                float(piece.isupper()),
                starts_sent,
                ends_sent,
                min(cover, 1.0),
                rel_pos,
                math.log1p(earlier),
                seen_before,
                repeated,
                math.log1p(earlier_spans),
            ],
            dtype=np.float32,
        )
        parts = [span_vec, ctx_vec, around_vec, shape_mean, shape_max, extra]
        if token_tech is not None:
            if n_tok:
                parts += [token_tech[lo:hi].mean(axis=0), token_tech[lo:hi].max(axis=0)]
            else:
                parts += [np.zeros(2 * token_tech.shape[1], np.float32)]
        dense_rows.append(np.concatenate(parts))
        grams = lower[lo:hi]
        keys = ["u:" + g for g in grams]
        keys += ["b:" + a + " " + b for a, b in zip(grams, grams[1:], strict=False)]
        if lo > 0:
            keys.append("l:" + lower[lo - 1])
            if lo > 1:
                keys.append("l2:" + lower[lo - 2] + " " + lower[lo - 1])
        if hi < n_tok:
            keys.append("r:" + lower[hi])
            if hi + 1 < n_tok:
                keys.append("r2:" + lower[hi] + " " + lower[hi + 1])
        if grams:
            keys.append("f:" + grams[0])
            keys.append("e:" + grams[-1])
        keys.append("n:" + str(min(hi - lo, 12)))
        hashed.append(sorted({_bucket(k) for k in keys}))
    dense = np.stack(dense_rows) if dense_rows else np.zeros((0, 0), np.float32)
    return SpanFeatures(dense=dense.astype(np.float32), hashed=hashed)
