"""Bracketed editor's notes that plug a book or ask for follows, at a page's top or end.

A blog prints "[Editors' note: To understand why ..., pre-order NAME's new book, TITLE:
HERE. The book ...]" over the article and "[Editors' postscript: Please make sure to FOLLOW
NAME on <network> ... Thank you!]" under it: a promotion in the editor's voice, not the
article (issue 16: read on fresh PTC pages, seed 414; the two pages of ../shared/data that
open so are one site's).  Only a note whose words sell or ask (pre-order, buy, follow,
subscribe, donate ...) goes: an editor's note that corrects or dates the story stays, as
it may carry what a reader needs.
"""

from __future__ import annotations

import re

from .findings import Findings

__all__ = ["strip_plug_notes"]

_OPEN_RE = re.compile(
    r"\[\s*(?i:editor['’]?s['’]?|publisher['’]?s['’]?)\s+(?i:note|postscript|p\.\s?s\.)\s*:"
)
_PLUG_RE = re.compile(
    r"\b(?i:pre-?order|order\s+(?:your|a|the|his|her)\b|buy|purchase|follow|subscribe"
    r"|donate|sign\s+up|available\s+(?:now|at|on|here))"
)
#: A note runs to at most this many lines (the longest read: 3) ...
_NOTE_MAX_LINES = 6
#: ... and this many characters (the longest read: about 700).
_NOTE_MAX_CHARS = 1500
#: The note opens within this many non-empty lines of the top (the title may be over it).
_HEAD_LINES = 3


def _block_end(lines: list[str], start: int) -> int | None:
    """Index after the line that closes the note opened at ``lines[start]``, or None."""
    size = 0
    for n, j in enumerate(range(start, len(lines))):
        if n >= _NOTE_MAX_LINES:
            return None
        size += len(lines[j])
        if size > _NOTE_MAX_CHARS:
            return None
        if lines[j].rstrip().endswith("]"):
            return j + 1
    return None


def _take(lines: list[str], a: int, b: int, found: Findings) -> None:
    text = "\n".join(x for x in lines[a:b] if x)
    if not _PLUG_RE.search(text):
        return
    found.remove("other", text)
    for j in range(a, b):
        lines[j] = ""


def strip_plug_notes(lines: list[str], found: Findings) -> list[str]:
    """Blank a plugging editor's note that opens or closes the page."""
    lines = list(lines)
    kept = [i for i, x in enumerate(lines) if x]
    if len(kept) < 3:
        return lines
    for i in kept[:_HEAD_LINES]:
        if _OPEN_RE.match(lines[i]):
            end = _block_end(lines, i)
            if end is not None and any(lines[end:]):
                _take(lines, i, end, found)
            break
    kept = [i for i, x in enumerate(lines) if x]
    for i in reversed(kept[-_NOTE_MAX_LINES:]):
        if _OPEN_RE.match(lines[i]):
            end = _block_end(lines, i)
            if end is not None and not any(lines[end:]) and any(lines[:i]):
                _take(lines, i, end, found)
            break
    return lines
