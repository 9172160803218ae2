"""Which mention a framing span labels: simple, ordered, explainable rules.

A span's target is a named-entity mention of the same sentence.  The first
rule that finds one wins, and its name is stored with the link
(``FramingSpanRecord.target_how``), so every link can be explained:

1. ``possessive``  "X's puppet leader": a mention followed by ``'s`` that ends
   inside the span or right before it.  X is the target, not the leader.
2. ``overlap``     the span contains (part of) a mention: "the terrorist JAMZ
   cult" tagged as a whole; the first such mention.  This is the only rule
   for spans longer than :data:`MAX_LABEL_WORDS` words: a long span is a
   clause (doubt, causal simplification), not a label, and only a name inside
   it says what it is about.
3. ``adjacent``    only spaces (or an opening quote) between span and mention:
   "terrorist| JAMZ", "JAMZ| cult".  The mention after the span is preferred.
4. ``apposition``  a comma, dash or bracket and an optional article between
   them, or "known as": "JAMZ, the terrorist cult", "the cult, the JAMZ",
   "the cult known as the JAMZ".
5. ``predicate``   "X is/are/remains (nothing but) a <span>".
6. ``nearest``     the mention closest to the span with at most
   :data:`NEAREST_MAX_WORDS` words between them ("the patriotic people of
   X"), if the gap is only words, none of which starts a clause (:data:`_CLAUSE_WORDS`: "The cult was
   founded by X" and "X was 'rewarding a cult'" link nothing; measured on the
   sample corpus, where such gaps gave every wrong link).  Labels are never
   taken from a ``nearest`` link (``labels.py``).

Spans and mentions carry 0-based, end-exclusive offsets into the same text.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Mention, Sentence

__all__ = ["MAX_LABEL_WORDS", "NEAREST_MAX_WORDS", "TargetLink", "link_target", "sentence_of"]

#: Longest span (in whitespace-separated words) that can label an actor by
#: adjacency, apposition, predicate or nearness.  On the sample corpus and the
#: Tehran Times pages the labelling spans ("terrorist cult", "puppet leader",
#: "so-called resistance") have 1-4 words; longer ones are clauses.
MAX_LABEL_WORDS = 6
#: Most words between span and mention for the ``nearest`` rule.  With 4-6
#: words the sample corpus linked "friendlier face" to a country named later
#: in the clause and "dismantled" to the group that was dismantled.
NEAREST_MAX_WORDS = 2

_CLAUSE_WORDS = frozenset(
    [
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "can",
        "could",
        "should",
        "may",
        "might",
        "do",
        "does",
        "did",
        "said",
        "says",
        "say",
        "told",
        "tells",
        "by",
        "that",
        "which",
        "who",
        "whom",
        "whose",
        "when",
        "where",
        "while",
        "because",
        "and",
        "or",
        "but",
        "not",
        "no",
    ]
)
_GAP_WORDS = re.compile(r"[ \t]*(?:[A-Za-z][\w'’-]*[ \t]*)*")
_POSSESSIVE = re.compile(r"['’]s?(?!\w)")
_ADJACENT = re.compile(r"[ \t]*[\"'“‘«]?[ \t]*")
_APPOS_AFTER_MENTION = re.compile(  # mention, the <span>
    r"[ \t]*(?:,|\(|–|—|-{1,2})[ \t]*(?:(?:the|a|an)[ \t]+)?(?:[\"'“‘«][ \t]*)?", re.IGNORECASE
)
_APPOS_AFTER_SPAN = re.compile(  # <span>, the mention / <span> known as the mention
    r"[\"'”’»]?[ \t]*(?:(?:,|\(|–|—|-{1,2})[ \t]*|,?[ \t]+(?:known|called|named|dubbed|branded)"
    r"[ \t]+(?:as[ \t]+)?)(?:the[ \t]+)?",
    re.IGNORECASE,
)
_PREDICATE = re.compile(
    r"[ \t]+(?:is|are|was|were|remains?|remained|has[ \t]+been|have[ \t]+been)[ \t]+"
    r"(?:(?:still|just|merely|simply|only|nothing[ \t]+(?:more|but|other)(?:[ \t]+than)?)[ \t]+)*"
    r"(?:(?:a|an|the)[ \t]+)?",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class TargetLink:
    """A span's target mention and the rule (``how``) that linked it."""

    mention: Mention
    how: str


def sentence_of(
    sentences: Sequence[Sentence], starts: Sequence[int], offset: int
) -> tuple[int, int]:
    """``(start, end)`` of the sentence holding ``offset``; ``starts`` are the sentence starts.

    Falls back to the whole text's bounds (``(0, 10**12)``) when no sentence does.
    """
    i = bisect.bisect_right(starts, offset) - 1
    if i >= 0 and sentences[i].start <= offset < sentences[i].end:
        return sentences[i].start, sentences[i].end
    return 0, 10**12


def _full(pattern: re.Pattern[str], gap: str) -> bool:
    return pattern.fullmatch(gap) is not None


def link_target(
    text: str, start: int, end: int, mentions: Sequence[Mention], bounds: tuple[int, int]
) -> TargetLink | None:
    """The mention the span ``text[start:end]`` labels, or ``None`` (module docstring).

    ``mentions`` are the document's mentions sorted by ``start``; ``bounds``
    the ``(start, end)`` of the span's sentence: no rule looks outside it.
    """
    lo, hi = bounds
    near = [m for m in mentions if m.end > lo and m.start < hi]
    if not near:
        return None
    for m in near:  # 1. possessive
        poss = _POSSESSIVE.match(text, m.end)
        if not poss or not start - 1 <= poss.end() <= end or m.end > end:
            continue
        if m.end > start or text[poss.end() : start].strip() == "":
            return TargetLink(m, "possessive")
    for m in near:  # 2. overlap
        if m.start < end and m.end > start:
            return TargetLink(m, "overlap")
    if len(text[start:end].split()) > MAX_LABEL_WORDS:
        return None
    after = [m for m in near if m.start >= end]
    before = [m for m in near if m.end <= start]
    if after and _full(_ADJACENT, text[end : after[0].start]):  # 3. adjacent
        return TargetLink(after[0], "adjacent")
    if before and _full(_ADJACENT, text[before[-1].end : start]):
        return TargetLink(before[-1], "adjacent")
    if before and _full(_APPOS_AFTER_MENTION, text[before[-1].end : start]):  # 4. apposition
        return TargetLink(before[-1], "apposition")
    if after and _full(_APPOS_AFTER_SPAN, text[end : after[0].start]):
        return TargetLink(after[0], "apposition")
    if before and _full(_PREDICATE, text[before[-1].end : start]):  # 5. predicate
        return TargetLink(before[-1], "predicate")
    best: tuple[int, Mention] | None = None  # 6. nearest
    for m in near:
        gap = m.start - end if m.start >= end else start - m.end
        if gap < 0 or (best is not None and gap >= best[0]):
            continue
        between = text[end : m.start] if m.start >= end else text[m.end : start]
        words = between.lower().split()
        if len(words) > NEAREST_MAX_WORDS or _CLAUSE_WORDS & set(words):
            continue
        if _GAP_WORDS.fullmatch(between):
            best = (gap, m)
    return TargetLink(best[1], "nearest") if best else None
