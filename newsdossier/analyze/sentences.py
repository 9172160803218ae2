"""The spaCy stage and sentence spans."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Sentence
from ..registry import analyzers
from ..settings import Settings
from .nlp import load_nlp, pipe_chunks
from .pipeline import Work

__all__ = ["SentenceSplitter", "SpacyStage"]


@dataclass
class SpacyStage:
    """Runs the spaCy pipeline (NER + senter) over each document's clean text, chunked."""

    settings: Settings
    name: str = "newsdossier.spacy"
    version: str = "1"
    requires: tuple[str, ...] = ("document",)
    assigns: tuple[str, ...] = ("spacy_docs",)

    def __call__(self, batch: Sequence[Work]) -> None:
        nlp = load_nlp(self.settings.spacy_model)
        texts = [w.document.text for w in batch]
        results = pipe_chunks(
            nlp, texts, self.settings.analyze_chunk_chars, self.settings.nlp_batch_docs
        )
        for work, docs in zip(batch, results, strict=True):
            work.spacy_docs = docs


@dataclass
class SentenceSplitter:
    """Sentence spans from spaCy's sentence recogniser, trimmed of surrounding whitespace."""

    settings: Settings
    name: str = "newsdossier.sentences"
    version: str = "1"
    requires: tuple[str, ...] = ("spacy_docs",)
    assigns: tuple[str, ...] = ("sentences",)

    def __call__(self, batch: Sequence[Work]) -> None:
        for work in batch:
            text = work.document.text
            out: list[Sentence] = []
            for off, doc in work.spacy_docs:
                for sent in doc.sents:
                    start, end = off + sent.start_char, off + sent.end_char
                    while start < end and text[start].isspace():
                        start += 1
                    while end > start and text[end - 1].isspace():
                        end -= 1
                    if start < end:
                        out.append(Sentence(work.document.id, start, end, text[start:end]))
            work.sentences = out


@analyzers.register("newsdossier.spacy.v1")
def make_spacy_stage(settings: Settings) -> SpacyStage:
    return SpacyStage(settings)


@analyzers.register("newsdossier.sentences.v1")
def make_sentence_splitter(settings: Settings) -> SentenceSplitter:
    return SentenceSplitter(settings)
