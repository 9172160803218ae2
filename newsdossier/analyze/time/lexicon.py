"""Calendar vocabulary (``newsdossier/data/time/calendar.yml``), loaded once at import.

Each word list becomes one regex alternation, longest first, so that the
extractor runs one compiled ``finditer`` over a text and never loops over
words in Python.
"""

from __future__ import annotations

import copy
import functools
from pathlib import Path
from typing import Any

from ... import yamldata

__all__ = [
    "DATA_DIR", "MONTHS", "MONTH_ALT", "MONTH_FULL_ALT", "NUMBERS", "NUMBER_ALT", "ORDINALS",
    "ORDINAL_ALT", "SEASONS", "SEASON_ALT", "WEEKDAYS", "WEEKDAY_ALT", "alternation", "load_yaml",
]  # fmt: skip

# Path, not importlib.resources: the data folder has no __init__.py, and the
# editable install maps it as a namespace package, which resources.files()
# cannot read (NotADirectoryError seen under the console script).
DATA_DIR = Path(__file__).resolve().parent.parent.parent / "data" / "time"


@functools.cache
def _parsed(name: str) -> Any:
    return yamldata.load((DATA_DIR / name).read_text("utf-8"))


def load_yaml(name: str) -> dict[str, Any]:
    """The data of ``newsdossier/data/time/<name>``, parsed once per process (the
    events modules read ``predicates.yml`` eight times at import); a fresh copy each
    call, so no caller sees another's changes."""
    data: dict[str, Any] = copy.deepcopy(_parsed(name))
    return data


def alternation(words: list[str]) -> str:
    """Regex alternation of ``words``, longest first; spaces match any whitespace run."""
    import re

    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_CAL = load_yaml("calendar.yml")

#: month name or abbreviation (lower case) -> 1..12
MONTHS: dict[str, int] = {str(k): int(v) for k, v in _CAL["months"].items()}
#: weekday name or abbreviation (lower case) -> 0 (Monday) .. 6
WEEKDAYS: dict[str, int] = {str(k): int(v) for k, v in _CAL["weekdays"].items()}
#: number word -> value, or None for vague quantities ("several")
NUMBERS: dict[str, int | None] = {str(k): v for k, v in _CAL["numbers"].items()}
ORDINALS: dict[str, int] = {str(k): int(v) for k, v in _CAL["ordinals"].items()}
SEASONS: tuple[str, ...] = tuple(_CAL["seasons"])

MONTH_ALT = alternation(list(MONTHS))
#: full month names only: a bare "Mar" or "Jan" is too often something else
MONTH_FULL_ALT = alternation([m for m in MONTHS if len(m) > 4 or m in ("may", "june", "july")])
#: full weekday names only ("Sun", "Sat" are newspapers and abbreviations)
WEEKDAY_ALT = alternation([w for w in WEEKDAYS if w.endswith("day")])
NUMBER_ALT = alternation(list(NUMBERS))
ORDINAL_ALT = alternation(list(ORDINALS))
SEASON_ALT = alternation(list(SEASONS))
