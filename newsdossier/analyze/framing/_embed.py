"""Static word vectors: a model2vec distillation looked up with pure-Python WordPiece.

The shipped matrix (``embeddings.npz``: ``vectors`` float16, ``vocab`` str) was
distilled offline by model2vec from all-MiniLM-L6-v2 (see training/framing).
At run time only numpy is needed: a word is lowercased and accent-stripped as
BERT's uncased normaliser does, split greedily into WordPiece pieces, and its
vector is the mean of its pieces' rows (model2vec's own pooling).  Vectors are
cached per distinct word, so a corpus pays for each word form once.

Contract: callers must pass words as produced by ``_text.tokenize``; the same
function is used at training time, so the features match exactly.
"""

from __future__ import annotations

import re
import unicodedata

import numpy as np
import numpy.typing as npt

__all__ = ["StaticEmbeddings", "WordPiece"]

_MAX_CACHE_WORDS = 200_000  # ~200 MB worst case at 256 float32 dims; cleared when full
_MAX_WORD_CHARS = 100  # longer "words" map to [UNK], as in BERT's WordPiece


_PRETOKEN_RE = re.compile(r"\w+|[^\w\s]")  # BERT's pre-tokeniser splits off punctuation


def _normalise(word: str) -> str:
    word = unicodedata.normalize("NFD", word.lower())
    return "".join(ch for ch in word if unicodedata.category(ch) != "Mn")


class WordPiece:
    """BERT-uncased WordPiece over a vocabulary (pre-tokenisation, greedy longest match)."""

    def __init__(self, vocab: list[str]) -> None:
        self._index = {piece: i for i, piece in enumerate(vocab)}
        self.unk = self._index.get("[UNK]", 0)

    def id_of(self, piece: str) -> int:
        """The id of a vocabulary entry (``[CLS]``, ``[SEP]``, ...); KeyError if absent."""
        return self._index[piece]

    def pieces(self, word: str) -> list[int]:
        """WordPiece ids of one word (BERT pre-tokenisation, greedy longest match)."""
        ids: list[int] = []
        for part in _PRETOKEN_RE.findall(_normalise(word)):
            ids.extend(self._wordpiece(part))
        return ids or [self.unk]

    def _wordpiece(self, text: str) -> list[int]:
        if len(text) > _MAX_WORD_CHARS:
            return [self.unk]
        ids: list[int] = []
        start = 0
        while start < len(text):
            end = len(text)
            found = -1
            while start < end:
                piece = text[start:end] if start == 0 else "##" + text[start:end]
                found = self._index.get(piece, -1)
                if found >= 0:
                    break
                end -= 1
            if found < 0:
                return [self.unk]
            ids.append(found)
            start = end
        return ids


class StaticEmbeddings:
    """Word -> vector lookup over a WordPiece vocabulary."""

    def __init__(self, vectors: npt.NDArray[np.floating], vocab: list[str]) -> None:
        self.vectors = np.asarray(vectors, dtype=np.float32)
        self.dim = int(self.vectors.shape[1])
        self._wp = WordPiece(vocab)
        self._cache: dict[str, npt.NDArray[np.float32]] = {}

    @classmethod
    def load(cls, path: str) -> StaticEmbeddings:
        with np.load(path, allow_pickle=False) as data:
            return cls(data["vectors"], [str(v) for v in data["vocab"]])

    def pieces(self, word: str) -> list[int]:
        """WordPiece ids of one word (BERT pre-tokenisation, greedy longest match)."""
        return self._wp.pieces(word)

    def word_vector(self, word: str) -> npt.NDArray[np.float32]:
        vec = self._cache.get(word)
        if vec is None:
            if len(self._cache) >= _MAX_CACHE_WORDS:
                self._cache.clear()
            vec = self.vectors[self.pieces(word)].mean(axis=0)
            self._cache[word] = vec
        return vec

    def embed(self, words: list[str]) -> npt.NDArray[np.float32]:
        """An ``(len(words), dim)`` float32 matrix."""
        if not words:
            return np.zeros((0, self.dim), dtype=np.float32)
        return np.stack([self.word_vector(w) for w in words])
