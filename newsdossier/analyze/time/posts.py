"""The anchor of each post on a page that holds several dated posts (issue 16, time v7).

An author's archive, a live blog or a forum thread prints one post under another, each
under a line with its own date ("Apr 4, 2017 — Ana Holm", "Posted on March 3, 2011 by
...").  The page has one publication date (its newest post's, or the page's), but
"Monday" in a post dated April 4 is the Monday before April 4, not the one before the
page's date: anchored to the page, a post's relative dates took another post's week
(fnc_seed43: "Monday" in an April post read as a day of August).

A post header is a line of at most :data:`HEADER_CHARS` characters that is a full date
with its year, optionally after "Posted (on)" / "Published" / "Updated" and before a
dash, a bar or "by" with a name.  Only a page with at least two such headers of different
days is read as posts; every relative date after a header is anchored to the header's
date, text before the first header to the publication date.

Most cleaned pages no longer hold those lines: the cleaner removes them as bylines
(``Document.removed``, with no offset).  :func:`page_anchor_date` then keeps of the
publication date only what every post shares (the year, or nothing), so that a post's
"Monday" stays unresolved rather than taking another post's week.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence

from ...model import PublishedDate, Removed
from .anchoring import Anchor
from .lexicon import MONTHS
from .patterns import TIME_RE

__all__ = ["HEADER_CHARS", "PostAnchors", "page_anchor_date"]

#: a post header line is at most this long (a date, a dash, an author's name)
HEADER_CHARS = 90
_LINE = re.compile(r"[^\n]+")
_LEAD = re.compile(r"\s*(?:(?i:posted|published|updated)(?:\s+on)?:?\s+)?")
_TAIL = re.compile(r"\s*(?:(?:[—–|-]+|\bby\b)\s*[^\n]{0,60})?\s*$")


def _anchor(m: re.Match[str]) -> Anchor | None:
    for y, mo, d in (("mdy_y", "mdy_m", "mdy_d"), ("dmy_y", "dmy_m", "dmy_d")):
        if m.group(y) is not None:
            year, day = int(m.group(y)), int(re.sub(r"\D", "", m.group(d)))
            month = MONTHS.get(m.group(mo).rstrip(".").lower())
            break
    else:
        if m.group("iso_y") is None:
            return None
        year, month, day = int(m["iso_y"]), int(m["iso_m"]), int(m["iso_d"])
    if month is None:
        return None
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return Anchor(year, month, day)


def _headers(text: str) -> list[tuple[int, Anchor]]:
    out: list[tuple[int, Anchor]] = []
    for line in _LINE.finditer(text):
        if len(line.group().strip()) > HEADER_CHARS:
            continue
        lead = _LEAD.match(text, line.start(), line.end())
        assert lead is not None  # the pattern matches the empty string
        m = TIME_RE.match(text, lead.end(), line.end())
        if m is None or _TAIL.fullmatch(text, m.end(), line.end()) is None:
            continue
        if (a := _anchor(m)) is not None:
            out.append((line.end(), a))
    return out


class PostAnchors:
    """The anchor in force at each offset of ``text``: its post's date, else ``default``."""

    def __init__(self, text: str, default: Anchor | None) -> None:
        self.default = default
        heads = _headers(text) if "\n" in text else []
        if len({a for _, a in heads}) < 2:
            heads = []  # one dated line is a byline or a dateline, not a list of posts
        self._starts = [s for s, _ in heads]
        self._anchors = [a for _, a in heads]

    def __bool__(self) -> bool:
        return bool(self._starts)

    def at(self, offset: int) -> Anchor | None:
        i = bisect_right(self._starts, offset)
        return self._anchors[i - 1] if i else self.default

    def post(self, offset: int) -> int:
        """The index of the post ``offset`` is in (0: before the first header)."""
        return bisect_right(self._starts, offset)


def page_anchor_date(
    published: PublishedDate | None, removed: Sequence[Removed]
) -> PublishedDate | None:
    """The publication date to anchor relative dates to, given the page's removed furniture.

    The cleaner takes post header lines out of the text as bylines (``Removed`` keeps no
    offset), so the posts' boundaries are lost: when two or more removed bylines carry
    different days, the page holds several posts and "Monday" may belong to any of them.
    Then only the year is kept as anchor when every post is of that year ("last year"
    stays resolvable), else none: an unresolved date rather than another post's day
    (fnc_seed43: "Monday" in an April post read as a day of August).
    """
    if published is None:
        return None
    from .expressions import extract_times  # noqa: PLC0415 (expressions imports this module)

    days = {
        t.value
        for r in removed
        if r.kind == "byline"
        for t in extract_times(r.text)
        if t.precision == "day" and t.value
    }
    if len(days) < 2:
        return published
    years = {d[:4] for d in days} | {published.value[:4]}
    if len(years) > 1:
        return None
    return PublishedDate(published.value[:4], "year", published.origin)
