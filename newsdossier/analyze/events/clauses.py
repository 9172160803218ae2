"""Which part of a sentence a word belongs to: main clause or a relative clause.

No parser runs (it would double the spaCy cost, ENVIRONMENT.md), so clauses
are approximated from punctuation and relative pronouns:

- a relative clause starts at "which / who / whom / whose / where" (with or
  without a comma before it) or at an opening parenthesis;
- it ends at the next comma, semicolon, dash or closing parenthesis, or right
  after the first time expression inside it (restrictive clauses have no
  closing comma: "the man who founded the group in 1965 died in 2001").

A date in a relative clause dates only the triggers in that clause; it never
dates the main clause (issue 4).  Clause ids: 0 is the main clause, 1.. the
relative clauses in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["clause_spans", "clause_of"]

_OPEN = re.compile(r"(?:,\s*|\s)(?P<pro>which|who|whom|whose|where)\b|\(")
_CLOSE = re.compile(r"[,;)]|\s[–—-]\s")


def clause_spans(sentence: str, times: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Relative-clause ``(start, end)`` offsets within ``sentence`` (0-based, end-exclusive).

    ``times`` are the sentence-relative spans of its time expressions: a clause
    never ends inside one ("which was founded on March 14, 2011, ...").
    """
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(sentence)
    while (m := _OPEN.search(sentence, pos)) is not None:
        start = m.start("pro") if m.group("pro") else m.start()
        end = n
        scan = m.end()
        while (c := _CLOSE.search(sentence, scan)) is not None:
            inside = next((t for t in times if t[0] < c.start() < t[1]), None)
            if inside is None:
                end = c.start() + (1 if c.group() == ")" else 0)
                break
            scan = inside[1]
        if m.group() != "(":
            first_time = next((t for t in times if m.end() <= t[0] and t[1] <= end), None)
            if first_time is not None:
                end = first_time[1]
        out.append((start, end))
        pos = max(end, m.end())
    return out


def clause_of(offset: int, spans: Sequence[tuple[int, int]]) -> int:
    """0 for the main clause, else 1 + the index of the relative clause holding ``offset``."""
    for i, (s, e) in enumerate(spans):
        if s <= offset < e:
            return i + 1
    return 0
