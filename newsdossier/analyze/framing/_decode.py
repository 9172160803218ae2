"""Token probabilities -> character spans ("span repair").

A token-level tagger fragments spans: one weak token in the middle of a
loaded phrase splits it in two, and stray single tokens fire alone.  The
repair, tuned on a held-out tenth of the PTC train split (never dev):

1. tokens with P(inside) >= ``threshold`` are inside;
2. a gap of at most ``gap_max_tokens`` outside tokens between two inside runs
   of the same sentence is filled when its mean probability is at least
   ``gap_min_prob``;
3. leading/trailing tokens that are punctuation in ``_TRIM`` are dropped
   (PTC "version 2" spans never start or end with . , : ;);
4. runs shorter than ``min_tokens`` word tokens are dropped, and so are runs
   whose mean probability is below ``min_score``;
5. a run inside one sentence that covers at least ``snap_sentence`` of that
   sentence's tokens is widened to the whole sentence (less its final
   punctuation): many PTC spans (Slogans, Doubt, fear appeals) are whole
   sentences, and the tagger tends to miss their first or last words;
6. with ``split_sentences``, a run never crosses a sentence end (PTC spans
   rarely do; a contextual tagger can fire over several sentences in a row).

Each span's score is the mean probability of its tokens.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

from ._text import Tokens

__all__ = ["DecodeParams", "decode_spans"]

_TRIM = frozenset(".,:;")


@dataclass(frozen=True, slots=True)
class DecodeParams:
    threshold: float = 0.5
    gap_max_tokens: int = 2
    gap_min_prob: float = 0.3
    min_tokens: int = 1
    min_score: float = 0.0
    snap_sentence: float = 1.01  # > 1: never widen
    split_sentences: bool = False  # cut runs at sentence ends (model >= 2.0.0)


def decode_spans(
    tokens: Tokens, probs: npt.NDArray[np.float32], params: DecodeParams
) -> list[tuple[int, int, float]]:
    """``(start, end, score)`` spans, offsets into the tokens' text."""
    n = len(tokens)
    if n == 0:
        return []
    inside = probs >= params.threshold
    runs: list[list[int]] = []  # [first, last] token index, inclusive
    sent = tokens.sentence
    for i in np.flatnonzero(inside).tolist():
        if (
            runs
            and i == runs[-1][1] + 1
            and not (params.split_sentences and sent[i] != sent[i - 1])
        ):
            runs[-1][1] = i
            continue
        if runs:
            gap_lo, gap_hi = runs[-1][1] + 1, i
            same_sentence = sent[runs[-1][1]] == sent[i]
            if (
                same_sentence
                and gap_hi - gap_lo <= params.gap_max_tokens
                and float(probs[gap_lo:gap_hi].mean()) >= params.gap_min_prob
            ):
                runs[-1][1] = i
                continue
        runs.append([i, i])
    spans: list[tuple[int, int, float]] = []
    words = tokens.words
    snap = params.snap_sentence <= 1.0
    if snap:
        bounds = np.flatnonzero(np.diff(sent)) + 1
        sent_first = np.concatenate(([0], bounds))
        sent_last = np.concatenate((bounds, [n])) - 1
    for first, last in runs:
        while first <= last and words[first] in _TRIM:
            first += 1
        while last >= first and words[last] in _TRIM:
            last -= 1
        if last < first:
            continue
        n_words = sum(1 for w in words[first : last + 1] if w[:1].isalnum())
        if n_words < params.min_tokens:
            continue
        score = float(probs[first : last + 1].mean())
        if score < params.min_score:
            continue
        if snap and sent[first] == sent[last]:
            s_id = int(sent[first])
            lo, hi = int(sent_first[s_id]), int(sent_last[s_id])
            while hi > lo and words[hi] in _TRIM:
                hi -= 1
            if (last - first + 1) >= params.snap_sentence * (hi - lo + 1):
                first, last = min(first, lo), max(last, hi)
        spans.append((int(tokens.starts[first]), int(tokens.ends[last]), score))
    return spans
