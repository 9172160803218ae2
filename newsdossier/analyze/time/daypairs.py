"""A month-day with a second day after "and" / "to" / "through" is a range (issue 16, time v7).

"raided the camp on Jan. 17 and 18", "the talks on March 3 and 4": the happening
took both days.  Read as "Jan. 17" alone, the timeline gave the first day with the
precision of a single day, which a reader cites as the day it happened (fnc_seed37:
a two-day police operation).  The second day is written without its month, so the
month-day pattern stops before it; this pass widens the expression to the second
day and makes it a range of the month-day's year.  Only when the second number is a
later day of the month and nothing but punctuation or a function word follows it:
"on Jan. 17 and 18 people were hurt" counts people.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re

from ...model import TimeExpression

__all__ = ["join_day_pairs"]

_SECOND_DAY = re.compile(
    r"\s+(?:and|&|to|through)\s+(?P<day>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\b"
    r"(?=\s*(?:[,.;:!?)\]”\"]|$|\n|(?:in|at|when|while|as|the|to|and|before|after|during|"
    r"with|by|of|last|this|that|respectively)\b))"
)


_YEAR = re.compile(r"\d{4}")


def join_day_pairs(text: str, out: list[TimeExpression]) -> None:
    """Widen each resolved month-day of ``out`` followed by "and <day>" into a range, in place."""
    for i, t in enumerate(out):
        if t.precision != "day" or t.value is None or len(t.value) != 10 or t.end_value:
            continue
        if _YEAR.search(t.text):
            continue  # "January 17, 2018 and 18": the pattern is the yearless month-day's
        m = _SECOND_DAY.match(text, t.end)
        if m is None or any(u.start < m.end() and u.end > t.end for u in out[i + 1 : i + 2]):
            continue
        first = dt.date.fromisoformat(t.value)
        try:
            last = first.replace(day=int(m["day"]))
        except ValueError:
            continue
        if last <= first:
            continue
        out[i] = dataclasses.replace(
            t, end=m.end(), text=text[t.start : m.end()], precision="range",
            end_value=last.isoformat(),
        )  # fmt: skip
