"""The furniture lexicon (``newsdossier/data/furniture.yml``), compiled once at import.

Every pattern here is matched against one whole line that has already been
whitespace-folded by :func:`newsdossier.clean.encoding.fold_lines`; callers
must keep that contract or the ``fullmatch`` anchors stop matching.
Each word list becomes ONE alternation regex (no per-line loop over phrases):
cleaning a 3 kB article stays well under a millisecond for this stage.
"""

from __future__ import annotations

import re
from importlib import resources
from typing import Any

from .. import yamldata

__all__ = [
    "CALENDAR_NAMES",
    "CAPTION_MARKER",
    "CAPTION_POSITION",
    "COMMENT_HEADING_RE",
    "GENERIC_AUTHORS",
    "MONTHS",
    "MONTH_ALT",
    "OUTLET_WORDS",
    "POLL_HEADING_RE",
    "TEASER_HEADING_RE",
    "TEASER_LINE_RE",
    "WEEKDAYS",
    "WIDGET_RE",
    "WRITER_NOUN_ALT",
    "BREADCRUMB_HOME",
    "phrase_pattern",
]


def _load() -> dict[str, Any]:
    text = resources.files("newsdossier").joinpath("data/furniture.yml").read_text("utf-8")
    data: dict[str, Any] = yamldata.load(text)
    return data


def phrase_pattern(phrase: str) -> str:
    """Regex source for one lexicon phrase (syntax: see furniture.yml header)."""
    out = re.escape(" ".join(str(phrase).split()))
    # " {*}" may also start at punctuation: "cookies {*}" matches "cookies. By ...".
    out = out.replace(r"\ \{\*\}", r"(?:\s+|(?=[^\w\s])).+?")
    out = out.replace(r"\{n\}", r"[\d][\d,.]*[kKmM]?").replace(r"\{\*\}", r".+?")
    return out.replace(r"\ ", r"\s+")


# Punctuation a heading or widget label may trail ("Related:", "Read more »").
_TRAIL = r"[\s:.»›>→…|\-–—]*"


def _whole_line(phrases: list[str]) -> str:
    # Longest first, so that "share this article" is tried before "share".
    alts = "|".join(phrase_pattern(p) for p in sorted(phrases, key=len, reverse=True))
    return rf"(?:{alts}){_TRAIL}"


_DATA = _load()

#: month name or abbreviation (lower case) -> month number
MONTHS: dict[str, int] = {str(k).lower(): int(v) for k, v in _DATA["months"].items()}
#: regex alternation of month names, longest first (lower case: match with (?i:...))
MONTH_ALT = "|".join(sorted(MONTHS, key=len, reverse=True))
WEEKDAYS: frozenset[str] = frozenset(str(w).lower() for w in _DATA["weekdays"])
#: the full names of the months and the weekdays ("may", "june", "monday"; not the short
#: forms "sept", "jun"): words of the calendar, never a name or a source's words
CALENDAR_NAMES: frozenset[str] = (
    frozenset(m for m in MONTHS if not any(o != m and o.startswith(m) for o in MONTHS)) | WEEKDAYS
)
BREADCRUMB_HOME: frozenset[str] = frozenset(str(w).lower() for w in _DATA["breadcrumb_home"])
GLUED_SECTION_HEADS: frozenset[str] = frozenset(
    str(w).lower() for w in _DATA["glued_section_heads"]
)
OUTLET_WORDS: frozenset[str] = frozenset(str(w).lower() for w in _DATA["outlet_words"])
GENERIC_AUTHORS: frozenset[str] = frozenset(str(w).lower() for w in _DATA["generic_authors"])

TEASER_HEADING_RE = re.compile(_whole_line(_DATA["teaser_headings"]), re.IGNORECASE)
COMMENT_HEADING_RE = re.compile(_whole_line(_DATA["comment_headings"]), re.IGNORECASE)
POLL_HEADING_RE = re.compile(_whole_line(_DATA["poll_headings"]), re.IGNORECASE)
TEASER_LINE_RE = re.compile(
    "(?:" + "|".join(phrase_pattern(p) for p in _DATA["teaser_line_prefixes"]) + r")\s*\S.{0,250}",
    re.IGNORECASE,
)
#: one regex, one named group per removed kind ("comment", "share", "other")
WIDGET_RE = re.compile(
    "|".join(f"(?P<{kind}>{_whole_line(phrases)})" for kind, phrases in _DATA["widgets"].items()),
    re.IGNORECASE,
)
#: regex alternation of the nouns an author's bio calls the author ("journalist", "columnist")
WRITER_NOUN_ALT = "|".join(
    phrase_pattern(p) for p in sorted(_DATA["writer_nouns"], key=len, reverse=True)
)
#: regex alternation of caption markers ("Photo", "Image credit", ...)
CAPTION_MARKER = "|".join(
    phrase_pattern(p) for p in sorted(_DATA["caption_markers"], key=len, reverse=True)
)
#: regex alternation of caption position notes ("right", "second left", ...)
CAPTION_POSITION = "|".join(
    phrase_pattern(p) for p in sorted(_DATA["caption_positions"], key=len, reverse=True)
)
