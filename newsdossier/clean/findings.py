"""What the cleaning stages found: metadata candidates by rank, and removed furniture.

Not a frozen record: a builder that the stages fill in, turned into the
immutable :class:`~newsdossier.model.Document` at the end of
:func:`newsdossier.clean.clean_record`.  A lower rank wins; on a tie the first
value offered wins (the page's first byline beats a later one).
"""

from __future__ import annotations

from ..model import REMOVED_KINDS, PublishedDate, Removed

__all__ = ["RANK", "Findings"]

#: Where a metadata value came from -> its rank.  Explicit metadata from the
#: source always wins (issue 2); the page's own byline beats signatures and
#: footers, which beat a dateline's agency and a date in the URL.
RANK = {
    "metadata": 0,
    "html": 1,
    "breadcrumb": 2,
    "byline": 2,
    "signature": 3,
    "footer": 4,
    "dateline": 5,
    # an outlet the page names in its furniture (clean/credits.py)
    "mention": 6,
    # the credit of an excerpt the page quotes: '"Title," by NAME, OUTLET, DATE:'
    "quoted": 7,
    "url": 8,
    "headline": 9,
}


class Findings:
    __slots__ = ("_values", "removed")

    def __init__(self) -> None:
        self._values: dict[str, tuple[int, str | PublishedDate]] = {}
        self.removed: list[Removed] = []

    def offer(self, key: str, value: str | PublishedDate | None, origin: str) -> None:
        """Propose ``value`` for ``key``; kept if it ranks better than what is there."""
        if value is None or (isinstance(value, str) and not value.strip()):
            return
        if isinstance(value, str):
            value = " ".join(value.split())
        rank = RANK[origin]
        held = self._values.get(key)
        if held is None or rank < held[0]:
            self._values[key] = (rank, value)

    def get(self, key: str) -> str | None:
        held = self._values.get(key)
        return held[1] if held is not None and isinstance(held[1], str) else None

    def published(self) -> PublishedDate | None:
        held = self._values.get("published")
        return held[1] if held is not None and isinstance(held[1], PublishedDate) else None

    def remove(self, kind: str, text: str) -> None:
        """Record a removed piece of furniture (kind from ``REMOVED_KINDS``)."""
        assert kind in REMOVED_KINDS, kind
        text = text.strip()
        if text:
            self.removed.append(Removed(kind, text))
