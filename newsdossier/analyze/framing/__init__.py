"""Framing: spans of the 14 propaganda techniques of the PTC (SemEval-2020 Task 11).

Public surface::

    TECHNIQUES                   the 14 labels, spelled as in the PTC
    FramingSpan                  start, end (end-exclusive str offsets), technique, score
    load_framing_model(path)     the shipped model (numpy only; cached per process)
    FramingModel.detect(texts)   spans per text (span identification + classification)
    FramingModel.classify(text, spans)   technique per given span (the task's TC setting)

PTC file formats (article ids, label lines, templates) are in
:mod:`newsdossier.analyze.framing.ptc`.  How the model was trained and how it
scores on PTC dev: ``newsdossier/models/framing/REPORT.md``.
"""

from ._model import FramingModel, load_framing_model
from ._types import TECHNIQUES, FramingSpan

__all__ = ["FramingModel", "FramingSpan", "TECHNIQUES", "load_framing_model"]
