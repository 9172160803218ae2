"""Whether two mentions filed under one person entity may be two people (issue 15).

A contradiction between two claims about "one" person is only as good as the merge
behind it: entity resolution may put two people who share a surname, or a bare role
resolved in another article, under one entity.  Precision first: such pairs are not
shown.
"""

from __future__ import annotations

import re
from typing import Any

from ..names import demonyms, honorifics, name_key

__all__ = ["distinct_people", "name_tokens"]

_CAP = re.compile(r"\b[A-Z][\w’'-]*")


def name_tokens(text: str | None) -> list[str]:
    """The proper-name words of a mention, titles, demonyms and initials dropped:
    "Iranian President Ivo Renk" -> ivo, renk; a role ("the president", "he") has none."""
    key = name_key(" ".join(_CAP.findall(text or "")))
    skip, dem = honorifics(), demonyms()
    return [
        t for t in key.split() if len(t) > 1 and t not in skip and t not in dem and t + "s" not in dem
    ]  # fmt: skip


def distinct_people(a: dict[str, Any], b: dict[str, Any], field: str = "subject_text") -> bool:
    """Whether two mentions of one *person* entity may be two people: full names whose
    given names share nothing ("Ivo Renk", "Ana Renk": one surname), or a bare role ("the
    minister") in another article, which names nobody a reader can check."""
    ta, tb = name_tokens(a.get(field)), name_tokens(b.get(field))
    if not ta or not tb:
        return bool(a.get("doc") != b.get("doc"))
    ga, gb = set(ta[:-1]), set(tb[:-1])
    return bool(ga and gb and not ga & gb)
