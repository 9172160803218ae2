"""The framing model: a span tagger and a technique classifier over static features."""

from __future__ import annotations

import json
import threading
from collections import defaultdict
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

import numpy as np
import numpy.typing as npt

from ._decode import DecodeParams, decode_spans
from ._embed import StaticEmbeddings
from ._features import Cues, load_cues, span_features, token_features
from ._nn import classifier_logits, softmax, tagger_probs
from ._text import Tokens, tokenize
from ._types import TECHNIQUES, FramingSpan

__all__ = ["MODEL_NAME", "FramingModel", "default_model_dir", "load_framing_model"]

MODEL_NAME = "newsdossier.framing.v1"
Array = npt.NDArray[np.float32]


def default_model_dir() -> Path:
    """``newsdossier/models/framing`` inside the installed package."""
    return Path(__file__).resolve().parents[2] / "models" / "framing"


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
            self._tagger = {k: data[k].astype(np.float32) for k in data.files}
        with np.load(path / "classifier.npz") as data:
            self._classifier = {k: data[k] for k in data.files}
        for key in ("h_w", "h_b", "o_w", "o_b", "mean", "std"):
            self._classifier[key] = self._classifier[key].astype(np.float32)
        self._dilations = tuple(int(d) for d in meta["tagger"]["dilations"])
        self.decode_params = DecodeParams(**meta["decode"])

    def _features(self, text: str) -> tuple[Tokens, Array]:
        tokens = tokenize(text)
        return tokens, token_features(tokens, self._emb, self._cues)

    def token_probs(self, text: str) -> tuple[Tokens, Array, Array]:
        """Tokens, token features and P(inside a span) per token."""
        tokens, feats = self._features(text)
        return tokens, feats, tagger_probs(feats, self._tagger, self._dilations, tokens.sentence)

    def _classify(
        self, text: str, tokens: Tokens, feats: Array, spans: Sequence[tuple[int, int]]
    ) -> list[tuple[str, float]]:
        if not spans:
            return []
        sf = span_features(text, tokens, feats, spans, self._emb.dim)
        probs = softmax(classifier_logits(sf.dense, sf.hashed, self._classifier))
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
        """Technique spans of each text, sorted by offset; offsets into that text."""
        results: list[list[FramingSpan]] = []
        for text in texts:
            tokens, feats, probs = self.token_probs(text)
            found = decode_spans(tokens, probs, self.decode_params)
            labels = self._classify(text, tokens, feats, [(s, e) for s, e, _ in found])
            results.append(
                [
                    FramingSpan(s, e, label, round(score * p, 4))
                    for (s, e, score), (label, p) in zip(found, labels, strict=True)
                ]
            )
        return results

    def classify(self, text: str, spans: Sequence[tuple[int, int]]) -> list[tuple[str, float]]:
        """The technique (and its probability) of each given ``(start, end)`` span.

        Raises ValueError for a span outside the text or an empty one.
        """
        for start, end in spans:
            if not 0 <= start < end <= len(text):
                raise ValueError(
                    f"span {start}-{end} is empty or outside the text (length {len(text)})"
                )
        tokens, feats = self._features(text)
        return self._classify(text, tokens, feats, list(spans))


_LOCK = threading.Lock()


@lru_cache(maxsize=4)
def _load(path: str) -> FramingModel:
    return FramingModel(Path(path))


def load_framing_model(path: str | None = None) -> FramingModel:
    """Load the framing model (shipped weights by default); cached per process, offline."""
    resolved = str(Path(path).resolve()) if path else str(default_model_dir())
    with _LOCK:
        return _load(resolved)
