"""Calendar arithmetic against a document's own publication date.

The anchor is ``Document.published`` and nothing else: the day a corpus was
ingested is never an anchor (DESIGN.md).  Each function returns ``None``
when the anchor is missing or too coarse for the question ("yesterday" needs
a day; "last November" needs a month; "last year" needs a year), so that
the expression stays unresolved rather than getting a wrong value.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from ...model import PublishedDate

__all__ = ["Anchor", "iso_day", "iso_month", "iso_week", "make_anchor", "shift_month"]

_RANK = {"year": 1, "month": 2, "day": 3}


@dataclass(frozen=True, slots=True)
class Anchor:
    """A publication date split into parts; ``month``/``day`` are None when unknown."""

    year: int
    month: int | None
    day: int | None

    def has(self, precision: str) -> bool:
        return {"year": True, "month": self.month is not None, "day": self.day is not None}[
            precision
        ]

    @property
    def date(self) -> dt.date:
        assert self.month is not None and self.day is not None
        return dt.date(self.year, self.month, self.day)


def make_anchor(published: PublishedDate | None) -> Anchor | None:
    if published is None or published.precision not in _RANK:
        return None
    parts = [int(p) for p in published.value.split("-")]
    try:
        if len(parts) == 3:
            dt.date(*parts)
    except ValueError:
        return None
    return Anchor(
        parts[0], parts[1] if len(parts) > 1 else None, parts[2] if len(parts) > 2 else None
    )


def shift_month(year: int, month: int, delta: int) -> tuple[int, int]:
    """``(year, month)`` moved by ``delta`` months."""
    n = year * 12 + (month - 1) + delta
    return n // 12, n % 12 + 1


def iso_day(d: dt.date) -> str:
    return d.isoformat()


def iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


def iso_week(d: dt.date) -> str:
    y, w, _ = d.isocalendar()
    return f"{y:04d}-W{w:02d}"
