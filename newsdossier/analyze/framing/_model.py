"""The framing model: span tagger and technique classifier.

Model 2.0.0 adds a fine-tuned contextual encoder (``_encoder.py``, int8 ONNX)
whose span and technique heads are mixed with the static-feature tagger and
classifier: P(inside) = ``si_mix`` * encoder + (1 - ``si_mix``) * static tagger,
and likewise the technique probabilities with ``tc_mix`` (both weights picked on
the held-out tenth of train; see REPORT.md).  Models without ``encoder`` in
meta.json run on static features alone, as before.
"""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ._decode import DecodeParams, decode_spans
from ._embed import StaticEmbeddings, WordPiece
from ._encoder import (
    Encoded,
    Encoder,
    Pieces,
    pack_windows,
    span_piece_range,
    span_probs,
    token_probs,
    word_pieces,
)
from ._features import Cues, load_cues, span_features, token_features
from ._filter import filter_features, filter_probs
from ._nn import classifier_logits, softmax, tagger_outputs
from ._text import Tokens, tokenize
from ._types import TECHNIQUES, FramingSpan

__all__ = ["MODEL_NAME", "FramingModel", "default_model_dir", "load_framing_model"]

MODEL_NAME = "newsdossier.framing.v1"
Array = npt.NDArray[np.float32]


def default_model_dir() -> Path:
    """``newsdossier/models/framing`` inside the installed package."""
    return Path(__file__).resolve().parents[2] / "models" / "framing"


@dataclass(frozen=True, slots=True)
class _Encoded:
    """The encoder's view of one text: word pieces and their contextual states
    (only the sentences the gate let through; see ``FramingModel.gate_min_prob``)."""

    tokens: Tokens
    pieces: Pieces
    out: Encoded

    @property
    def any(self) -> bool:
        return len(self.out.cls) > 0


@dataclass(frozen=True, slots=True)
class _Prepared:
    """One text before the encoder: tokens, static features and static tagger outputs."""

    text: str
    tokens: Tokens
    feats: Array
    probs: Array  # static P(inside) per token
    tech: Array | None  # the static tagger's technique head, when it has one


class FramingModel:
    """Detects propaganda-technique spans (SI + TC) and classifies given spans (TC).

    Not a dataclass: loading reads and validates three weight files.  Instances
    are immutable after construction and safe to share between threads.
    """

    def __init__(self, path: Path) -> None:
        meta = json.loads((path / "meta.json").read_text("utf-8"))
        if tuple(meta["techniques"]) != TECHNIQUES:
            raise ValueError(f"{path}/meta.json: technique list differs from TECHNIQUES")
        self.name: str = meta.get("name", MODEL_NAME)
        self.version: str = meta["version"]
        self._emb = StaticEmbeddings.load(str(path / "embeddings.npz"))
        self._cues: Cues = load_cues()
        if list(self._cues.categories) != meta["cue_categories"]:
            raise ValueError("cues.yml categories differ from the ones the model was trained with")
        with np.load(path / "tagger.npz") as data:
            tagger = {k: data[k].astype(np.float32) for k in data.files}
        # an ensemble of taggers stores member i's weights as "m{i}_<name>"
        members = int(meta["tagger"].get("members", 1))
        self._taggers = (
            [
                {k[len(f"m{i}_") :]: v for k, v in tagger.items() if k.startswith(f"m{i}_")}
                for i in range(members)
            ]
            if members > 1
            else [tagger]
        )
        with np.load(path / "classifier.npz") as data:
            self._classifier = {k: data[k] for k in data.files}
        for key in ("h_w", "h_b", "o_w", "o_b", "mean", "std"):
            self._classifier[key] = self._classifier[key].astype(np.float32)
        self._dilations = tuple(int(d) for d in meta["tagger"]["dilations"])
        self.decode_params = DecodeParams(**meta["decode"])
        self._tagger_tech = bool(meta["tagger"].get("techniques"))
        # optional span filter (model >= 1.2.0): rescoring of the decoded candidates
        self._filter: dict[str, Array] | None = None
        self.filter_threshold = 0.0
        self._filter_classes = False
        if meta.get("filter"):
            with np.load(path / "filter.npz") as data:
                self._filter = {k: data[k].astype(np.float32) for k in data.files}
            self.filter_threshold = float(meta["filter"]["threshold"])
            self._filter_classes = bool(meta["filter"].get("class_probs", True))

        # optional contextual encoder (model >= 2.0.0)
        self._encoder: Encoder | None = None
        self._heads: dict[str, Array] = {}
        self.si_mix = self.tc_mix = self.gate_min_prob = 0.0
        enc = meta.get("encoder")
        if enc:
            with np.load(path / enc["heads"], allow_pickle=False) as data:
                self._heads = {k: data[k].astype(np.float32) for k in data.files if k != "vocab"}
                self._wp = WordPiece([str(v) for v in data["vocab"]])
            self._encoder = Encoder(path / enc["onnx"], self._wp, int(enc.get("threads", 1)))
            self.si_mix = float(enc["si_mix"])
            self.tc_mix = float(enc["tc_mix"])
            # the gate: a sentence whose static P(inside) never reaches this is not
            # encoded (0: every sentence is); see ``_gate``
            self.gate_min_prob = float(enc.get("gate_min_prob", 0.0))
            # word -> pieces memo (a plain dict: concurrent fills are harmless)
            self._piece_cache: dict[str, list[int]] = {}

    def _features(self, text: str) -> tuple[Tokens, Array]:
        tokens = tokenize(text)
        return tokens, token_features(tokens, self._emb, self._cues)

    def token_probs(self, text: str) -> tuple[Tokens, Array, Array]:
        """Tokens, token features and P(inside a span) per token."""
        tokens, feats = self._features(text)
        return (tokens, feats, self._tagger_outputs(tokens, feats)[0])

    def _tagger_outputs(self, tokens: Tokens, feats: Array) -> tuple[Array, Array | None]:
        """P(inside) and (with a technique head) P(technique) per token, members averaged."""
        outs = [tagger_outputs(feats, m, self._dilations, tokens.sentence) for m in self._taggers]
        if len(outs) == 1:
            return outs[0]
        probs: Array = np.mean([o[0] for o in outs], axis=0).astype(np.float32)
        techs = [o[1] for o in outs if o[1] is not None]
        tech: Array | None = np.mean(techs, axis=0).astype(np.float32) if techs else None
        return probs, tech

    def _class_probs(
        self,
        text: str,
        tokens: Tokens,
        feats: Array,
        spans: Sequence[tuple[int, int]],
        tech: Array | None,
    ) -> Array:
        """``(len(spans), 14)`` technique probabilities of the given spans."""
        sf = span_features(text, tokens, feats, spans, self._emb.dim, tech)
        return softmax(classifier_logits(sf.dense, sf.hashed, self._classifier))

    @staticmethod
    def _labels(spans: Sequence[tuple[int, int]], probs: Array) -> list[tuple[str, float]]:
        # A span given k times carries k techniques (PTC templates): give its
        # k copies the k most probable distinct labels.
        seen: dict[tuple[int, int], int] = defaultdict(int)
        out: list[tuple[str, float]] = []
        for i, span in enumerate(spans):
            rank = seen[span]
            seen[span] += 1
            order = np.argsort(-probs[i])
            label = int(order[min(rank, len(order) - 1)])
            out.append((TECHNIQUES[label], float(probs[i, label])))
        return out

    def detect(self, texts: Sequence[str]) -> list[list[FramingSpan]]:
        """Technique spans of each text, sorted by offset; offsets into that text.

        The texts are one batch for the encoder: the windows of all of them are
        encoded together, in length buckets (``Encoder.encode``), so a batch of
        short texts costs few ``session.run`` calls and little padding."""
        prepared = [self._prepare(text) for text in texts]
        encoded: list[_Encoded | None] = [None] * len(texts)
        if self._encoder is not None:
            todo = [i for i, p in enumerate(prepared) if len(p.tokens)]
            got = self._encode_many(
                [prepared[i].tokens for i in todo], [self._gate(prepared[i]) for i in todo]
            )
            for i, e in zip(todo, got, strict=True):
                encoded[i] = e
        return [self._detect_one(p, e) for p, e in zip(prepared, encoded, strict=True)]

    def _prepare(self, text: str) -> _Prepared:
        tokens, feats = self._features(text)
        if len(tokens) == 0 or (self._encoder is not None and self.si_mix >= 1.0):
            return _Prepared(text, tokens, feats, np.zeros(len(tokens), np.float32), None)
        probs, tech = self._tagger_outputs(tokens, feats)
        return _Prepared(text, tokens, feats, probs, tech if self._tagger_tech else None)

    def _gate(self, prep: _Prepared) -> npt.NDArray[np.bool_] | None:
        """Sentences worth the encoder: those where the static tagger's P(inside)
        reaches ``gate_min_prob`` somewhere (None: every sentence)."""
        if self.gate_min_prob <= 0.0 or self.si_mix >= 1.0:
            return None
        sent = prep.tokens.sentence
        best = np.zeros(int(sent[-1]) + 1, dtype=np.float32)
        np.maximum.at(best, sent, prep.probs)
        keep: npt.NDArray[np.bool_] = best >= self.gate_min_prob
        return keep

    def _encode_many(
        self, many: Sequence[Tokens], keep: Sequence[npt.NDArray[np.bool_] | None]
    ) -> list[_Encoded]:
        assert self._encoder is not None
        pieces = [word_pieces(tokens, self._wp, self._piece_cache) for tokens in many]
        if len(self._piece_cache) >= 200_000:
            self._piece_cache.clear()
        windows = [
            pack_windows(tokens, p, keep=k) for tokens, p, k in zip(many, pieces, keep, strict=True)
        ]
        outs = self._encoder.encode([(p.ids, w) for p, w in zip(pieces, windows, strict=True)])
        return [_Encoded(t, p, o) for t, p, o in zip(many, pieces, outs, strict=True)]

    def _encode(self, tokens: Tokens) -> _Encoded:
        return self._encode_many([tokens], [None])[0]

    def _mixed_class_probs(
        self,
        text: str,
        tokens: Tokens,
        feats: Array,
        spans: Sequence[tuple[int, int]],
        tech: Array | None,
        encoded: _Encoded | None,
    ) -> Array:
        static = (
            self._class_probs(text, tokens, feats, spans, tech)
            if encoded is None or not encoded.any or self.tc_mix < 1.0
            else None
        )
        if encoded is None or not encoded.any:
            assert static is not None
            return static
        ranges = [span_piece_range(tokens, encoded.pieces, s, e) for s, e in spans]
        # a span the gate kept out of the encoder (only possible when the gate is
        # above the decode threshold) is labelled by the static classifier alone
        covered = [encoded.out.covered(p0, p1) for p0, p1 in ranges]
        out = encoded.out
        enc = np.zeros((len(spans), len(TECHNIQUES)), dtype=np.float32)
        idx = [i for i, c in enumerate(covered) if c]
        if idx:
            enc[idx] = span_probs(
                out.states, out.cls, out.window_of, [ranges[i] for i in idx], self._heads
            )
        if static is None:
            return enc
        weight = np.where(np.asarray(covered), self.tc_mix, 0.0)[:, None]
        mixed: Array = (weight * enc + (1.0 - weight) * static).astype(np.float32)
        return mixed

    def _detect_one(self, prep: _Prepared, encoded: _Encoded | None) -> list[FramingSpan]:
        text, tokens, feats, probs, tech = prep.text, prep.tokens, prep.feats, prep.probs, prep.tech
        if len(tokens) == 0:
            return []
        if encoded is not None and encoded.any:
            enc_probs = token_probs(encoded.out.states, encoded.pieces, self._heads)
            mixed = (
                enc_probs
                if self.si_mix >= 1.0
                else (self.si_mix * enc_probs + (1.0 - self.si_mix) * probs).astype(np.float32)
            )
            # tokens of sentences the gate kept out: the static tagger alone
            seen = np.maximum.reduceat(encoded.out.window_of, encoded.pieces.first) >= 0
            probs = np.where(seen, mixed, probs).astype(np.float32)
        found = decode_spans(tokens, probs, self.decode_params)
        if not found:
            return []
        spans = [(s, e) for s, e, _ in found]
        class_probs = self._mixed_class_probs(text, tokens, feats, spans, tech, encoded)
        scores = np.array([score for _, _, score in found], dtype=np.float32)
        if self._filter is not None:
            # the span filter's P(overlaps a technique span) replaces the tagger's mean
            x = filter_features(
                tokens,
                feats,
                probs,
                spans,
                self._emb.dim,
                class_probs if self._filter_classes else None,
            )
            scores = filter_probs(x, self._filter)
            keep = np.flatnonzero(scores >= self.filter_threshold)
            spans = [spans[i] for i in keep]
            class_probs, scores = class_probs[keep], scores[keep]
        labels = self._labels(spans, class_probs)
        return [
            FramingSpan(s, e, label, round(float(score) * p, 4))
            for (s, e), score, (label, p) in zip(spans, scores, labels, strict=True)
        ]

    def classify(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, float]]:
        """The technique (and its probability) of each given ``(start, end)`` span.

        Raises ValueError for a span outside the text or an empty one.
        """
        for start, end in spans:
            if not 0 <= start < end <= len(text):
                raise ValueError(
                    f"span {start}-{end} is empty or outside the text (length {len(text)})"
                )
        if not spans:
            return []
        tokens, feats = self._features(text)
        # the technique head's token probabilities (if any) are a classifier input
        tech = self._tagger_outputs(tokens, feats)[1] if self._tagger_tech else None
        # a text of whitespace only has no tokens (and no pieces): static classifier alone
        encoded = self._encode(tokens) if self._encoder is not None and len(tokens) else None
        return self._labels(
            spans, self._mixed_class_probs(text, tokens, feats, list(spans), tech, encoded)
        )


_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _load(path: str) -> FramingModel:
    return FramingModel(Path(path))


def load_framing_model(path: str | None = None) -> FramingModel:
    """Load the framing model (shipped weights by default); cached per process, offline."""
    resolved = str(Path(path).resolve()) if path else str(default_model_dir())
    with _LOCK:
        return _load(resolved)
