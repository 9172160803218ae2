"""The writer of a republished page: a byline in the body (issue 15).

Aggregators and blogs repost whole articles under the reposter's account: the page's
metadata names the reposter, while the body opens with the original's byline
("By IVO RENK / THE VELLORN LEDGER", "By Mara Voss, Harvan Post"). The writer's own
unattributed assertions are then the byline's, never the reposter's (an independent
reader's check of the FakeNewsCorpus sample found such reposts filed in the reposter's
voice).

Only a line of its own that opens with "By" and a capitalised name of two to four
words, near the top of the body, counts: "By then ..." or "By the end of ..." in
running text never do, and an outlet's byline ("By The Kessa Wire") names no
person, so it changes nothing.
"""

from __future__ import annotations

import functools
import re

from ...model import Document
from ..entities.names import name_key

__all__ = ["body_byline", "removed_writer", "writer_byline"]

#: how far into the body a byline may stand: the first lines of a repost (title,
#: date, image credit) -- a "By ..." line deeper in is a quoted article's, not the page's
BYLINE_WITHIN_CHARS = 1200

_WORD = r"(?:[A-Z][\w’'-]*\.?|[A-Z]\.)"
_BYLINE = re.compile(
    rf"(?m)^[ \t]*[Bb]y:?[ \t]+(?P<name>{_WORD}(?:[ \t]+(?:{_WORD}|de|van|von|bin|al|da|di)){{1,3}})"
    r"[ \t]*(?:$|[/|,–—-][ \t]*\S[^\n]{0,100}$)"
)
#: first words of a byline that names no person
_NOT_A_PERSON = frozenset(["the", "a", "an", "staff", "our", "guest", "admin", "editor", "editors"])


def writer_byline(doc: Document) -> tuple[str, int, int] | None:
    """``(name, start, end)`` of the writer a repost's byline names, when it is not
    the metadata's author; offsets -1 when the cleaner removed the byline line (it keeps
    it in ``doc.removed``)."""
    removed = tuple(r.text for r in doc.removed if r.kind == "byline")
    return body_byline(doc.text, doc.author, removed)


def removed_writer(doc: Document) -> str | None:
    """The writer a repost's byline names when only the furniture the cleaner removed
    holds that byline (the clean text never says the name), else ``None``: the page's
    own voice is theirs, not the reposter's whom the metadata names."""
    found = writer_byline(doc)
    if found is None or found[1] >= 0 or found[0] in doc.text:
        return None
    return found[0]


@functools.lru_cache(maxsize=256)
def body_byline(
    text: str, author: str | None, removed: tuple[str, ...] = ()
) -> tuple[str, int, int] | None:
    """``(name, start, end)`` of a byline -- a line of ``text`` near its top, or a
    byline line the cleaner removed -- naming someone other than ``author``, or
    ``None`` (no byline, the same person, or two different bylines: unknown)."""
    found = []
    for r in removed:
        m = _BYLINE.search(r.strip())
        if m and m.start() == 0 and m.group("name").split()[0].lower() not in _NOT_A_PERSON:
            found.append((m.group("name"), -1, -1))
    for m in _BYLINE.finditer(text):
        if m.start() >= BYLINE_WITHIN_CHARS:
            break
        name = m.group("name")
        if name.split()[0].lower() in _NOT_A_PERSON:
            continue
        found.append((name, m.start("name"), m.end("name")))
    if len({name_key(n) for n, _, _ in found}) != 1:
        return None
    # the byline line the clean text still holds, when it does: its words are citable
    name, a, b = max(found, key=lambda f: f[1] >= 0)
    key = set(name_key(name).split())
    if author and key & set(name_key(author).split()):
        return None  # the metadata's author, or part of the name: nothing to change
    return name, a, b
