"""Paragraphs quoted from an earlier report: their relative dates have no anchor (issue 16).

"In early 2016, police broke up a smuggling ring. The Vellorn Post reported at the
time:" introduces the other outlet's words as written then, so "two years ago" in the
next paragraph counts back from that report's day, not from the page's (an independent
reader, FakeNewsCorpus seed 53: an arrest dated a year late).  The report's own day is
seldom given to the day, so the quoted paragraph's relative dates are left unresolved
(null) rather than anchored on the page: a wrong date is worse than an unknown one.

Only an introduction that says the words are of an earlier time ("at the time", "back
then", "then") opens such a paragraph; it ends at the next blank line (one paragraph: a
block quote's end is not marked in plain text, the claims' excerpts read up to three,
but a date there resolved wrongly costs more than one left unresolved).
"""

from __future__ import annotations

import re

__all__ = ["earlier_excerpts"]

# '<...> reported at the time:', 'as the Post wrote back then:', '<...> noted then:'
_INTRO = re.compile(
    r"\b(?:reported|wrote|said|noted|explained|stated|observed|reporting|writing)\b"
    r"[^\n:]{0,40}?\b(?:at\s+the\s+time|back\s+then|then)\s*[:…]\s*\n",
    re.IGNORECASE,
)
_PARAGRAPH_END = re.compile(r"\n\s*\n")


def earlier_excerpts(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each paragraph quoted as written at an earlier time."""
    out: list[tuple[int, int]] = []
    for m in _INTRO.finditer(text):
        start = m.end()
        while start < len(text) and text[start].isspace():
            start += 1
        end = _PARAGRAPH_END.search(text, start)
        out.append((start, end.start() if end else len(text)))
    return out
