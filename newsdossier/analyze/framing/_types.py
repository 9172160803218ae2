"""Records and label set of the framing model."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["TECHNIQUES", "FramingSpan"]

#: The 14 technique labels of the Propaganda Techniques Corpus (SemEval-2020
#: Task 11), spelled exactly as there; commas are part of the merged labels.
TECHNIQUES: tuple[str, ...] = (
    "Appeal_to_Authority",
    "Appeal_to_fear-prejudice",
    "Bandwagon,Reductio_ad_hitlerum",
    "Black-and-White_Fallacy",
    "Causal_Oversimplification",
    "Doubt",
    "Exaggeration,Minimisation",
    "Flag-Waving",
    "Loaded_Language",
    "Name_Calling,Labeling",
    "Repetition",
    "Slogans",
    "Thought-terminating_Cliches",
    "Whataboutism,Straw_Men,Red_Herring",
)


@dataclass(frozen=True, slots=True)
class FramingSpan:
    """A propaganda-technique span.

    ``start``/``end`` are 0-based, end-exclusive ``str`` indices into the text
    given to :meth:`FramingModel.detect`; ``end`` is the index of the first
    character after the span.  ``score`` is in [0, 1]: the span filter's
    probability that the span is a technique span (the tagger's mean token
    probability for models without a filter) times the classifier's
    probability of ``technique``.
    """

    start: int
    end: int
    technique: str
    score: float
