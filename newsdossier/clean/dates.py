"""Publication dates as pages write them: "March 3, 2011", "3 Mar. 2011", "2011-03-03", URL paths.

Only dates that name a year are read: "March 3" alone is not a publication
date we can state.  Values are ISO ("YYYY", "YYYY-MM", "YYYY-MM-DD") with the
matching precision ("year", "month", "day").
"""

from __future__ import annotations

import datetime as dt
import re

from ..model import PublishedDate
from .lexicon import MONTH_ALT, MONTHS

__all__ = ["DATE_PATTERN", "find_date", "parse_date", "url_date"]

# (?=[A-Z]) keeps "may" the verb out: month names must be capitalised
# ("March", "MARCH", "Mar."); the rest of the name matches in any case.
_M = rf"(?=[A-Z])(?i:{MONTH_ALT})\.?"
_D = r"\d{1,2}(?:st|nd|rd|th)?"
_Y = r"(?:1[89]\d\d|2[01]\d\d)"
#: regex source matching one written date (compile WITHOUT re.IGNORECASE)
DATE_PATTERN = (
    rf"(?:(?P<d1>{_D})\s+(?P<m1>{_M}),?\s+(?P<y1>{_Y})"
    rf"|(?P<m2>{_M})\s+(?P<d2>{_D}),?\s+(?P<y2>{_Y})"
    rf"|(?P<m3>{_M}),?\s+(?P<y3>{_Y})"
    rf"|(?P<y4>{_Y})[-/.](?P<m4>\d{{1,2}})[-/.](?P<d4>\d{{1,2}}))(?!\d)"
)
_DATE_RE = re.compile(rf"(?<![\w/]){DATE_PATTERN}")
_ISO_RE = re.compile(r"\s*(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2}))?)?(?:[T\s].*)?")
_URL_RE = re.compile(rf"/(?P<y>{_Y})/(?P<m>\d{{1,2}})(?:/(?P<d>\d{{1,2}}))?/")


def _make(year: str, month: str | int | None, day: str | None, origin: str) -> PublishedDate | None:
    try:
        y = int(year)
        if month is None:
            return PublishedDate(f"{y:04d}", "year", origin)
        m = month if isinstance(month, int) else int(month)
        if day is None:
            dt.date(y, m, 1)
            return PublishedDate(f"{y:04d}-{m:02d}", "month", origin)
        d = int(re.sub(r"\D", "", day))
        dt.date(y, m, d)
        return PublishedDate(f"{y:04d}-{m:02d}-{d:02d}", "day", origin)
    except ValueError:
        return None  # 2011-02-30 and the like: not a date


def _from_match(m: re.Match[str], origin: str) -> PublishedDate | None:
    g = m.groupdict()
    for i in "123":
        if g[f"m{i}"]:
            month = MONTHS[g[f"m{i}"].rstrip(".").lower()]
            return _make(g[f"y{i}"], month, g.get(f"d{i}"), origin)
    return _make(g["y4"], g["m4"], g["d4"], origin)


def find_date(text: str, origin: str) -> tuple[PublishedDate, re.Match[str]] | None:
    """The first written date in ``text`` and its match, or ``None``."""
    for m in _DATE_RE.finditer(text):
        date = _from_match(m, origin)
        if date is not None:
            return date, m
    return None


def parse_date(text: str, origin: str) -> PublishedDate | None:
    """A date given as metadata: ISO prefix ("2011-03-03T10:00") or a written date."""
    m = _ISO_RE.fullmatch(text)
    if m:
        return _make(m["y"], m["m"], m["d"], origin)
    found = find_date(text, origin)
    return found[0] if found else None


def url_date(url: str) -> PublishedDate | None:
    """A date in a URL path (``/2011/03/03/`` or ``/2011/03/``), origin "url"."""
    m = _URL_RE.search(url)
    return _make(m["y"], m["m"], m["d"], "url") if m else None
