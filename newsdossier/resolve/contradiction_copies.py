"""One contradiction per dispute across reprints (issue 15).

State media reprint an article under several ids, often with a dateline added or
dropped ("CITY – ..."); every copy yields the same pairs again, so one conflict read
as nine (an independent reader, seed 57: one pair of figures over 3 x 3 reprints).
The store keeps every pair (incremental resolution per document stays simple); readers
group them here: pairs whose two sides are the same words of the same source are one
contradiction, shown once with every copy listed.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from typing import Any

from ..names import name_key
from ..store.protocols import ClaimRepository

__all__ = ["copy_key", "group_copies"]

#: a dateline a reprint adds or drops: "CITY – ", "CITY, Jan. 5 (Agency) -- "
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .'-]{1,40}(?:,[^–—-]{0,40})?\s*(?:–|—|--|-)\s+")
_WORD = re.compile(r"[a-z0-9]+")


def _words(text: str) -> str:
    return " ".join(_WORD.findall(_DATELINE.sub("", text or "").lower()))


def side_key(claim: dict[str, Any], text: str) -> tuple[str, ...]:
    """A side as words of a source: speaker, channel, value and the sentence's words."""
    return (
        name_key(claim.get("source_name") or ""),
        name_key(claim.get("via") or ""),
        str(claim.get("norm") or ""),
        _words(text),
    )


def copy_key(row: dict[str, Any], sides: list[tuple[str, ...]]) -> tuple[Any, ...]:
    """Rows with one key are one dispute found in copies of an article."""
    return (row["subject"], row["attribute"], row["kind"], *sorted(sides))


def group_copies(
    rows: Iterable[dict[str, Any]], store: ClaimRepository
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    """``(first row, its copies)`` per dispute, rows read in the store's (subject,
    attribute, id) order; the groups of one (subject, attribute) come out together."""
    block: list[dict[str, Any]] = []
    for row in rows:
        if block and (row["subject"], row["attribute"]) != (
            block[0]["subject"],
            block[0]["attribute"],
        ):
            yield from _group(block, store)
            block = []
        block.append(row)
    if block:
        yield from _group(block, store)


def _group(
    block: list[dict[str, Any]], store: ClaimRepository
) -> Iterator[tuple[dict[str, Any], list[dict[str, Any]]]]:
    ids = sorted({r[k] for r in block for k in ("claim_a", "claim_b")})
    claims = store.get_claims(ids)
    # each claim's side once (a most mentioned organisation's page groups ~1,000 rows of
    # ~290 claims: a side per row and end was a fifth of its app's time, issue 18)
    sides_of = {i: side_key(c, store.claim_text(c)) for i, c in claims.items()}
    groups: dict[tuple[Any, ...], list[dict[str, Any]]] = {}
    for row in block:
        sides = [sides_of.get(row[k]) or (row[k],) for k in ("claim_a", "claim_b")]
        groups.setdefault(copy_key(row, sides), []).append(row)
    for rows in groups.values():
        yield rows[0], rows[1:]
