"""Chart primitives: a chart is data (marks with attributes), never an SVG string.

Layout happens here, in Python, on the server; ``templates/_charts.html`` writes
each :class:`Mark` as one SVG element through Jinja's autoescape, so a name
taken from an article can never become markup (the CSP forbids inline script
and style; SVG presentation attributes such as ``fill`` are neither).

Labels must not overlap and must not be cut.  Layout code reserves room for
each label from :func:`text_width`, an estimate from DejaVu Sans advance
widths (the widest of the common sans fonts, and the one the stylesheet asks
for first) plus :data:`WIDTH_MARGIN`; narrower fonts only leave more room.
The browser tests measure the real boxes in Chromium and fail on overlap.
"""

from __future__ import annotations

import datetime as dt
import math
import zlib
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

__all__ = [
    "PALETTE", "Chart", "Mark", "colour", "interval", "nice_step", "text_width", "wrap",
    "year_fraction",
]  # fmt: skip

# DejaVu Sans advance widths in 1/2048 em (from the font's hmtx table), by character.
_ADVANCE = {
    " ": 651, "!": 821, '"': 942, "#": 1716, "$": 1303, "%": 1946, "&": 1597, "'": 563,
    "(": 799, ")": 799, "*": 1024, "+": 1716, ",": 651, "-": 739, ".": 651, "/": 690,
    ":": 690, ";": 690, "<": 1716, "=": 1716, ">": 1716, "?": 1087, "@": 2048, "[": 799,
    "\\": 690, "]": 799, "^": 1716, "_": 1024, "`": 1024, "{": 1303, "|": 690, "}": 1303,
    "~": 1716, "’": 651, "‘": 651, "“": 1065, "”": 1065, "–": 1024, "—": 2048, "…": 2048,
    "×": 1716, "·": 651, "←": 1716, "→": 1716, "↔": 1716,
    "a": 1255, "b": 1300, "c": 1126, "d": 1300, "e": 1260, "f": 721, "g": 1300, "h": 1298,
    "i": 569, "j": 569, "k": 1186, "l": 569, "m": 1995, "n": 1298, "o": 1253, "p": 1300,
    "q": 1300, "r": 842, "s": 1067, "t": 803, "u": 1298, "v": 1212, "w": 1675, "x": 1212,
    "y": 1212, "z": 1075,
    "A": 1401, "B": 1405, "C": 1430, "D": 1577, "E": 1294, "F": 1178, "G": 1579, "H": 1540,
    "I": 604, "J": 604, "K": 1343, "L": 1141, "M": 1767, "N": 1532, "O": 1612, "P": 1235,
    "Q": 1612, "R": 1423, "S": 1300, "T": 1251, "U": 1499, "V": 1401, "W": 2025, "X": 1403,
    "Y": 1251, "Z": 1403,
}  # fmt: skip
_DIGIT = 1303
_OTHER = 1434  # accented Latin, Cyrillic, Arabic...: about an uppercase letter
_WIDE = 2048  # CJK and other full-width characters: one em
#: Estimated widths are multiplied by this: a rendering may be a little wider
#: (hinting, kerning off, a fallback font for one character).
WIDTH_MARGIN = 1.08


# kept per (text, size): the same names and their prefixes (``wrap``) are measured again
# on every page that draws them (~1,000 calls, ~4 ms, of a most mentioned entity's page
# with its ~215 relations: issue 18)
@lru_cache(maxsize=1 << 16)
def text_width(text: str, size_px: float) -> float:
    """Estimated width in px of ``text`` at ``size_px`` (see the module docstring)."""
    units = 0
    for ch in text:
        if ch.isdigit() and ch.isascii():
            units += _DIGIT
        elif ch in _ADVANCE:
            units += _ADVANCE[ch]
        elif ord(ch) >= 0x1100 and (0x2E80 <= ord(ch) <= 0xA4CF or 0xAC00 <= ord(ch) <= 0xD7A3
                                    or 0xF900 <= ord(ch) <= 0xFAFF or 0xFF00 <= ord(ch) <= 0xFF60):  # fmt: skip
            units += _WIDE
        else:
            units += _OTHER
    return units / 2048 * size_px * WIDTH_MARGIN


def wrap(text: str, max_px: float, size_px: float, max_lines: int = 3) -> list[str]:
    """``text`` in lines of at most ``max_px`` (words kept whole; a word longer than a
    line is split).  Nothing is dropped: past ``max_lines`` the last line holds the rest."""
    words = text.split()
    lines: list[str] = []
    line = ""
    for word in words:
        trial = f"{line} {word}" if line else word
        if text_width(trial, size_px) <= max_px or not line:
            line = trial
        else:
            lines.append(line)
            line = word
    if line:
        lines.append(line)
    out: list[str] = []
    for ln in lines:  # split words wider than a line at character boundaries
        while text_width(ln, size_px) > max_px and len(ln) > 1:
            cut = len(ln) - 1
            while cut > 1 and text_width(ln[:cut], size_px) > max_px:
                cut -= 1
            out.append(ln[:cut])
            ln = ln[cut:]
        out.append(ln)
    if len(out) > max_lines:
        out = out[: max_lines - 1] + [" ".join(out[max_lines - 1 :])]
    return out or [""]


@dataclass(slots=True)
class Mark:
    """One SVG element: ``el`` is rect|line|circle|text|path|polygon."""

    el: str
    attrs: dict[str, Any]
    cls: str = ""
    text: str | None = None
    lines: list[str] | None = None  # a multi-line <text>: one <tspan> a line
    href: str | None = None  # the mark is a link (SVG <a>)
    tip: str | None = None  # tooltip (<title>)


@dataclass(slots=True)
class Chart:
    kind: str  # css-safe word: timeaxis | estimates | relgraph | reuse | bars
    width: int
    height: int
    label: str  # what the picture shows, for screen readers (aria-label)
    marks: list[Mark] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # shown under the chart
    links: list[dict[str, str]] = field(default_factory=list)  # {"href", "text"} under it

    def add(self, el: str, cls: str = "", **attrs: Any) -> Mark:
        mark = Mark(el, {k.replace("_", "-"): _num(v) for k, v in attrs.items()}, cls)
        self.marks.append(mark)
        return mark

    def label_text(
        self, x: float, y: float, text: str, cls: str = "", anchor: str = "start", **attrs: Any
    ) -> Mark:
        mark = self.add("text", cls, x=x, y=y, text_anchor=anchor, **attrs)
        mark.text = text
        return mark


def _num(v: Any) -> Any:
    return round(v, 1) if isinstance(v, float) else v


# Colour-blind-safe qualitative palette (Okabe-Ito, then Tol's muted for more keys).
PALETTE = (
    "#0072b2", "#e69f00", "#009e73", "#cc79a7", "#56b4e9", "#d55e00", "#8a7a00", "#332288",
    "#44aa99", "#882255", "#117733", "#aa4499", "#6b6b6b", "#999933",
)  # fmt: skip


def colour(key: str, keys: list[str] | None = None) -> str:
    """A stable colour for ``key``: its place in ``keys`` when given, else a hash."""
    if keys is not None and key in keys:
        return PALETTE[keys.index(key) % len(PALETTE)]
    return PALETTE[zlib.crc32(key.encode()) % len(PALETTE)]


# ------------------------------------------------------------------ time
def year_fraction(day: dt.date) -> float:
    start = dt.date(day.year, 1, 1)
    days = (dt.date(day.year + 1, 1, 1) - start).days
    return day.year + (day - start).days / days


def _parse(value: str) -> tuple[int, int | None, int | None, int | None]:
    """(year, month, day, iso week) of an ISO prefix; raises ValueError when it is not one."""
    if "-W" in value:
        y, w = value.split("-W")
        return int(y), None, None, int(w)
    parts = value.split("-")
    year = int(parts[0])
    month = int(parts[1]) if len(parts) > 1 else None
    day = int(parts[2]) if len(parts) > 2 else None
    return year, month, day, None


_SPAN_YEARS = {"decade": 10, "century": 100, "millennium": 1000}


def interval(
    value: str | None, precision: str | None, end: str | None = None
) -> tuple[float, float] | None:
    """The stretch of time a stored date stands for, in fractional years [start, end).

    Reads the stored ``precision`` (never the written form): a day is one day, a
    month its month, a year its year, a decade ten years from its first year, a
    range from its first value to the end of its last.  None when undated or unreadable.
    """
    if not value:
        return None
    try:
        year, month, day, week = _parse(value)
        if precision == "range" and end:
            a = interval(value, _precision_of(value))
            b = interval(end, _precision_of(end))
            return (a[0], b[1]) if a and b and b[1] > a[0] else a
        if week is not None:
            first = dt.date.fromisocalendar(year, week, 1)
            return year_fraction(first), year_fraction(first + dt.timedelta(days=7))
        if precision in _SPAN_YEARS:
            return float(year), float(year + _SPAN_YEARS[precision])
        if day is not None:
            d = dt.date(year, month or 1, day)
            return year_fraction(d), year_fraction(d + dt.timedelta(days=1))
        if month is not None:
            d = dt.date(year, month, 1)
            nxt = dt.date(year + month // 12, month % 12 + 1, 1)
            return year_fraction(d), year_fraction(nxt)
        return float(year), float(year + 1)
    except (ValueError, TypeError):
        return None


def _precision_of(value: str) -> str:
    if "-W" in value:
        return "week"
    return {1: "year", 2: "month", 3: "day"}.get(value.count("-") + 1, "year")


def nice_step(span: float, target: float) -> float:
    """A round step (1, 2, 5 x 10^k) near ``span / target``."""
    raw = span / max(target, 1)
    if raw <= 0:
        return 1.0
    mag = 10 ** math.floor(math.log10(raw))
    for m in (1, 2, 5, 10):
        if raw <= m * mag:
            return float(m * mag)
    return float(10 * mag)
