"""A normalised date as the interval of days it covers, and compatibility of readings.

Two readings of an event's date are *compatible* when their intervals overlap:
"2011" and "2011-03-14" agree (one is a coarser reading of the other); "1979"
and "1965" do not, and are kept as two readings flagged as a conflict.
"""

from __future__ import annotations

import calendar
import datetime as dt

__all__ = ["compatible", "interval", "year_of"]

_WIDTH = {"decade": 10, "century": 100}


def _bounds(value: str, precision: str) -> tuple[dt.date, dt.date] | None:
    try:
        if "-W" in value:
            ys, ws = value.split("-W")
            first = dt.date.fromisocalendar(int(ys), int(ws), 1)
            return first, first + dt.timedelta(days=6)
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 3:
            d = dt.date(*parts)
            return d, d
        if len(parts) == 2:
            year, month = parts
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1), dt.date(year, month, last)
        span = _WIDTH.get(precision, 1)
        return dt.date(parts[0], 1, 1), dt.date(parts[0] + span - 1, 12, 31)
    except ValueError:
        return None


def interval(
    value: str | None, precision: str | None, end: str | None = None
) -> tuple[dt.date, dt.date] | None:
    """First and last day covered by a reading; ``None`` when it has no value."""
    if not value:
        return None
    lo = _bounds(value, precision or "")
    if lo is None:
        return None
    if end:
        hi = _bounds(end, precision or "")
        if hi is not None:
            return lo[0], hi[1]
    return lo


def compatible(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    """Readings agree: intervals overlap (an unknown date agrees with anything)."""
    if a is None or b is None:
        return True
    return a[0] <= b[1] and b[0] <= a[1]


def year_of(value: str | None) -> int | None:
    if not value or not value[:4].isdigit():
        return None
    return int(value[:4])
