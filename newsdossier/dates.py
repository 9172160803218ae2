"""How every view writes a normalised date (issue 16): one function, its precision kept.

Values are stored as ISO-like strings with a precision (``model.TimeExpression``):
a decade or a century is stored as its first year ("1960", "0600").  Printed as
they are, "the 1960s" read "1960" and "the 7th century" read "0600" -- a year
nobody wrote.  :func:`format_date` is what the timeline command, the web pages
and the notebook API print; the JSON export keeps the stored value and precision
(the export contract).
"""

from __future__ import annotations

__all__ = ["format_date", "ordinal"]


def ordinal(n: int) -> str:
    """1 -> "1st", 2 -> "2nd", 11 -> "11th", 21 -> "21st"."""
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _one(value: str, precision: str | None) -> str:
    # ASCII digits only: "²" and other digits of Unicode pass str.isdigit() but not int()
    # (a Hypothesis run of the macros' test found the web page's date raising on one)
    digits = value.isascii() and value.isdigit()
    if precision == "decade" and digits:
        return f"{int(value)}s"  # "1960s"
    if precision == "century" and digits:
        return f"{ordinal(int(value) // 100 + 1)} century"  # "0600" -> "7th century"
    if precision in ("year", "season", "range") and digits:
        return str(int(value)) if len(value) == 4 and value.startswith("0") else value
    return value


def format_date(value: object, precision: object = None, end: object = None) -> str:
    """``value`` as a reader writes it: "1960s", "7th century", "1975–1979", "2011-03-14".

    ``None`` or "" is "undated".  ``end`` is the last value of a range.
    """
    if not value:
        return "undated"
    prec = str(precision) if precision else None
    first = _one(str(value), prec)
    if end and str(end) != str(value):
        return f"{first}–{_one(str(end), prec)}"
    return first
