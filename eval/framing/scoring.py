"""SemEval-2020 Task 11 scores: span identification (SI) and technique classification (TC).

Re-implemented from the task's definitions (Da San Martino et al., SemEval 2020,
and the organisers' scorer README), so newsdossier can score itself without the
organisers' scripts.

SI, technique-agnostic, with partial-overlap credit.  Per article, gold spans
that overlap are merged first (the official scorer does; adjacent spans that
share no character stay separate), and so are overlapping predicted spans (the
scorer's ``--merge-user-annotations``).  With S the predicted and T the gold
spans, each a set of character offsets::

    P = sum_{s in S, t in T} |s & t| / |s|   /  |S|
    R = sum_{s in S, t in T} |s & t| / |t|   /  |T|
    F1 = 2PR / (P + R)

|S| and |T| count spans over all articles.  An article in the gold but not in the
prediction adds to |T| only.  By the scorer's convention F1 is 1.0 when both S
and T are empty, and 0 when either P or R is 0.

TC: given the gold spans, one technique per gold line.  A span that carries k
techniques appears k times; the k predictions for it are matched to its k gold
labels so as to maximise agreement (the scorer's ``align_annotations``), then
micro-averaged P = R = F1 = correct / lines when every gold line is predicted.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

__all__ = [
    "TRIM_CHARS",
    "Score",
    "merge_overlapping",
    "score_si",
    "score_tc",
    "trim_span",
]

#: Characters the organisers trimmed from both ends of every span in the
#: annotation "version 2" (train gold); the dev gold here predates it.
TRIM_CHARS = " \n.,:;"

Span = tuple[int, int]


@dataclass(frozen=True, slots=True)
class Score:
    precision: float
    recall: float
    f1: float

    def __str__(self) -> str:
        return f"P={self.precision:.4f} R={self.recall:.4f} F1={self.f1:.4f}"


def trim_span(text: str, start: int, end: int, chars: str = TRIM_CHARS) -> Span:
    """Move ``start``/``end`` inwards past any of ``chars`` (version-2 trimming)."""
    while start < end and text[start] in chars:
        start += 1
    while end > start and text[end - 1] in chars:
        end -= 1
    return start, end


def merge_overlapping(spans: Iterable[Span]) -> list[Span]:
    """Merge spans that share at least one character; touching spans stay apart."""
    merged: list[list[int]] = []
    for start, end in sorted(s for s in spans if s[1] > s[0]):
        if merged and start < merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    return [(a, b) for a, b in merged]


def _prf(p_num: float, p_den: int, r_num: float, r_den: int) -> Score:
    p = p_num / p_den if p_den else 0.0
    r = r_num / r_den if r_den else 0.0
    if p_den == 0 and r_den == 0:
        return Score(0.0, 0.0, 1.0)
    f1 = 2 * p * r / (p + r) if p > 0 and r > 0 else 0.0
    return Score(p, r, f1)


def score_si(predicted: Mapping[str, Sequence[Span]], gold: Mapping[str, Sequence[Span]]) -> Score:
    """SI precision/recall/F1 with partial-overlap credit (see module docstring)."""
    pred = {doc: merge_overlapping(spans) for doc, spans in predicted.items()}
    ref = {doc: merge_overlapping(spans) for doc, spans in gold.items()}
    p_num = r_num = 0.0
    for doc, spans in pred.items():
        for ps, pe in spans:
            for gs, ge in ref.get(doc, ()):
                inter = min(pe, ge) - max(ps, gs)
                if inter > 0:
                    p_num += inter / (pe - ps)
                    r_num += inter / (ge - gs)
    p_den = sum(len(s) for s in pred.values())
    r_den = sum(len(s) for s in ref.values())
    return _prf(p_num, p_den, r_num, r_den)


def score_tc(
    predicted: Iterable[tuple[str, str, int, int]], gold: Iterable[tuple[str, str, int, int]]
) -> Score:
    """TC micro P/R/F1 over ``(doc, technique, start, end)`` lines (see module docstring).

    Predictions for spans that are not in the gold count against precision only.
    """
    pred_by_span: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    gold_by_span: dict[tuple[str, int, int], Counter[str]] = defaultdict(Counter)
    n_pred = n_gold = 0
    for doc, label, start, end in predicted:
        pred_by_span[(doc, start, end)][label] += 1
        n_pred += 1
    for doc, label, start, end in gold:
        gold_by_span[(doc, start, end)][label] += 1
        n_gold += 1
    correct = sum(
        sum((pred_by_span[key] & labels).values())
        for key, labels in gold_by_span.items()
        if key in pred_by_span
    )
    return _prf(float(correct), n_pred, float(correct), n_gold)
