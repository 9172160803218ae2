"""Word tokens and sentence segments with exact character offsets.

Every token is a ``(start, end)`` pair of 0-based, end-exclusive ``str``
indices into the text it came from; ``text[start:end]`` is never empty and
never contains whitespace.  Words keep inner apostrophes and hyphens
(``don't``, ``so-called``); every other non-space, non-word character is a
token of its own, so span boundaries can fall on punctuation.  The PTC gold
spans (train, "version 2") are word-aligned in this sense.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import numpy.typing as npt

__all__ = ["Tokens", "tokenize"]

_TOKEN_RE = re.compile(r"\w+(?:['’\-]\w+)*|[^\w\s]", re.UNICODE)
# A sentence ends at . ! ? (optionally followed by closing quotes/brackets)
# before whitespace, or at a line break.  Deliberately simple: PTC articles
# are one sentence per line already; clean newsdossier text may have
# paragraphs, where this splits well enough to give sentence context.
_SENT_END = frozenset(".!?")
_CLOSERS = frozenset("\"'”’)]»")


@dataclass(frozen=True, slots=True)
class Tokens:
    """Tokens of one text: words, offsets and the sentence index of each."""

    words: list[str]
    starts: npt.NDArray[np.int64]
    ends: npt.NDArray[np.int64]
    sentence: npt.NDArray[np.int64]  # sentence index per token, non-decreasing

    def __len__(self) -> int:
        return len(self.words)


def tokenize(text: str) -> Tokens:
    """Split ``text`` into tokens with offsets and sentence ids."""
    words: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    sent: list[int] = []
    current = 0
    prev_end = 0
    pending_break = False
    for match in _TOKEN_RE.finditer(text):
        start, end = match.span()
        if words and ("\n" in text[prev_end:start] or pending_break):
            current += 1
        pending_break = False
        word = match.group()
        words.append(word)
        starts.append(start)
        ends.append(end)
        sent.append(current)
        prev_end = end
        if word in _SENT_END or (word in _CLOSERS and len(words) > 1 and words[-2] in _SENT_END):
            following = text[end : end + 1]
            pending_break = following == "" or following.isspace()
    return Tokens(
        words=words,
        starts=np.asarray(starts, dtype=np.int64),
        ends=np.asarray(ends, dtype=np.int64),
        sentence=np.asarray(sent, dtype=np.int64),
    )
