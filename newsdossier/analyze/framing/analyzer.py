"""The registered per-document analyzer: ``newsdossier.framing.v1`` (issue 6).

Requires the document, its sentences and mentions; assigns ``framing`` (a
:class:`~newsdossier.model.FramingSpanRecord` per technique span, with the
mention it labels) and ``framing_labels`` (what each mention is called).

The framing model runs once per batch over the batch's clean texts (the same
:meth:`FramingModel.detect` that ``newsdossier framing FILE`` runs on raw
files), so the offsets it returns are offsets into ``Document.text``.  It runs
in a child process of the analysing process (``Settings.framing_process``;
``analyze/child.py`` says why: onnxruntime's thread slowed spaCy ~20 %).  The
model loads on first use, once per process (a build's forkserver loads its
weights before forking workers: ``run/warm.py``); ``Settings.framing_enabled = 0``
(``build --no-framing``) keeps this analyzer out of the pipeline altogether
(see ``make_pipeline``), so a triage build never loads it.

Everything after ``detect`` is linear in the spans and mentions of one
document: the orchestration must stay a small fraction of the model's time
(``benchmarks/bench_build.py`` reports the ratio).
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from ...errors import ConfigError
from ...model import FramingLabel, FramingSpanRecord, Mention, Sentence
from ...registry import analyzers
from ...settings import Settings
from ..child import ModelProcess
from ..pipeline import Work
from . import FramingModel, FramingSpan, load_framing_model
from .labels import extract_labels
from .targets import link_target, sentence_of

__all__ = ["ANALYZER", "VERSION", "FramingTagger", "frame_document"]

_log = logging.getLogger(__name__)

ANALYZER = "newsdossier.framing"
#: 2 (issue 19): the encoder runs one window per call, so a document's spans no longer
#: depend on the other windows of its call; the same model gives slightly different
#: spans than version 1 did (PTC dev SI F1 0.3882 -> 0.3873, TC 0.5871 -> 0.5965)
VERSION = "2"


def frame_document(
    doc_id: str,
    text: str,
    spans: Sequence[FramingSpan],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    model: str,
) -> tuple[list[FramingSpanRecord], list[FramingLabel]]:
    """Span records with their targets, and the labels of ``mentions``, for one text."""
    ordered = sorted(mentions, key=lambda m: (m.start, m.end))
    sents = sorted(sentences, key=lambda s: s.start)
    starts = [s.start for s in sents]
    records: list[FramingSpanRecord] = []
    for s in spans:
        if not 0 <= s.start < s.end <= len(text):
            continue  # never store an offset that does not point into the text
        link = link_target(text, s.start, s.end, ordered, sentence_of(sents, starts, s.start))
        m = link.mention if link else None
        records.append(
            FramingSpanRecord(
                doc_id, s.start, s.end, text[s.start : s.end], s.technique, float(s.score), model,
                target_mention=m.id if m else None,
                target_start=m.start if m else -1,
                target_end=m.end if m else -1,
                target_text=m.text if m else None,
                target_key=m.key if m else None,
                target_how=link.how if link else None,
                analyzer=ANALYZER, version=VERSION,
            )
        )  # fmt: skip
    labels = extract_labels(doc_id, text, ordered, records, analyzer=ANALYZER, version=VERSION)
    return records, labels


Detect = Callable[[list[str]], list[list[FramingSpan]]]


def _child_detect() -> Detect:
    """The handler of the framing child process: the model it inherited (loaded
    before the fork, by the forkserver or the parent) or loads."""
    return load_framing_model().detect


#: the framing model's child process (analyze/child.py), one per analysing process
CHILD = ModelProcess(_child_detect)


def detector(model: FramingModel, settings: Settings) -> Detect:
    """Where ``detect`` runs: in the child process (``framing_process``, the
    default), or in this process."""
    return CHILD if settings.framing_process else model.detect


def _detect(detect: Detect, texts: list[str]) -> list[list[FramingSpan]]:
    """``detect(texts)``; a text the model fails on gets no spans (logged).

    If the model fails on every text it is broken (weights that do not match
    the code): that stops the build with E608 instead of storing a corpus
    without framing, or rejecting every document.
    """
    try:
        return detect(texts)
    except Exception:  # noqa: BLE001 - find the text that broke the batch
        pass
    out: list[list[FramingSpan]] = []
    failed: list[str] = []
    for text in texts:
        try:
            out.extend(detect([text]))
        except Exception as exc:  # noqa: BLE001 - one bad text must not stop the batch
            failed.append(f"{type(exc).__name__}: {exc}")
            out.append([])
    if len(failed) == len(texts):
        raise ConfigError(
            f"the framing model failed on every document ({failed[0]}); check "
            "newsdossier/models/framing matches the code, or build with --no-framing",
            code="E608",
        )
    if failed:
        _log.warning(
            "framing model failed on %d of %d documents: %s", len(failed), len(texts), failed[0]
        )
    return out


@dataclass
class FramingTagger:
    settings: Settings
    name: str = ANALYZER
    version: str = VERSION
    requires: tuple[str, ...] = ("document", "sentences", "mentions")
    assigns: tuple[str, ...] = ("framing", "framing_labels")

    def __call__(self, batch: Sequence[Work]) -> None:
        model = load_framing_model()  # numpy weights only: no onnxruntime in this process
        found = _detect(detector(model, self.settings), [w.document.text for w in batch])
        tag = f"{model.name}@{model.version}"
        for work, spans in zip(batch, found, strict=True):
            doc = work.document
            records, labels = frame_document(
                doc.id, doc.text, spans, work.sentences, work.mentions, tag
            )
            work.extra["framing"] = records
            work.extra["framing_labels"] = labels


@analyzers.register("newsdossier.framing.v1")
def make_framing_tagger(settings: Settings) -> FramingTagger:
    return FramingTagger(settings)
