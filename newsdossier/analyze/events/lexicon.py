"""Event types and triggers (``newsdossier/data/time/events.yml``), compiled once."""

from __future__ import annotations

import re

from ...errors import ConfigError
from ..time.lexicon import alternation, load_yaml

__all__ = [
    "EVENT_TYPES",
    "PATTERNS",
    "find_triggers",
    "SILENT_TYPES",
    "STRONG_TYPES",
    "TRIGGER_RE",
    "TRIGGER_TYPES",
    "trigger_type",
]

_DATA = load_yaml("events.yml")

#: the documented event types, in the order of events.yml
EVENT_TYPES: tuple[str, ...] = tuple(t for t, d in _DATA.items() if d["strength"] != "silent")
#: types emitted even when nothing dates them
STRONG_TYPES: frozenset[str] = frozenset(t for t, d in _DATA.items() if d["strength"] == "strong")
#: types that take a date but are never emitted (attribution verbs)
SILENT_TYPES: frozenset[str] = frozenset(t for t, d in _DATA.items() if d["strength"] == "silent")


def _trigger_types() -> dict[str, str]:
    out: dict[str, str] = {}
    for typ, spec in _DATA.items():
        for phrase in spec["triggers"]:
            key = " ".join(str(phrase).lower().split())
            if key in out:
                raise ConfigError(
                    f"events.yml: trigger {key!r} is listed under {out[key]!r} and {typ!r}; "
                    "give it one type",
                    code="E240",
                )
            out[key] = typ
    return out


#: normalised trigger phrase -> event type
TRIGGER_TYPES: dict[str, str] = _trigger_types()
if any(not (k[:1].isascii() and k[:1].isalpha()) for k in TRIGGER_TYPES):  # TRIGGER_RE relies on it
    raise ConfigError("events.yml: every trigger must start with a letter a-z", code="E240")
#: (compiled pattern, type) of the gapped triggers ("removed X from its list")
PATTERNS: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(p), typ) for typ, spec in _DATA.items() for p in spec.get("patterns", ())
)
_ALT = "|".join(
    [f"(?P<p{i}>{p.pattern})" for i, (p, _) in enumerate(PATTERNS)]
    + [f"(?:{alternation(list(TRIGGER_TYPES))})"]
)
#: every trigger, gapped patterns first (they are longer); matched against LOWER-CASED
#: text: measured on the 354 Tehran Times pages, the same alternation with
#: re.IGNORECASE costs 8.9 ms/doc, case-sensitive on text.lower() 2.0 ms/doc.  Every
#: trigger starts with a letter: the lookahead skips the word ENDS that ``\b`` also
#: matches before the alternation is tried (1.5 -> 1.2 ms/doc on the same pages).
TRIGGER_RE = re.compile(rf"\b(?=[a-z])(?:{_ALT})\b")
#: the slow fallback, for the rare text whose lower() changes its length ("İ")
TRIGGER_RE_ANYCASE = re.compile(rf"\b(?=[a-zA-Z])(?:{_ALT})\b", re.IGNORECASE)


def find_triggers(text: str) -> list[re.Match[str]]:
    """Trigger matches in ``text``; offsets index ``text``; match text is lower case."""
    low = text.lower()
    if len(low) == len(text):
        return list(TRIGGER_RE.finditer(low))
    return list(TRIGGER_RE_ANYCASE.finditer(text))


def trigger_type(match: re.Match[str]) -> str:
    for i, (_, typ) in enumerate(PATTERNS):
        if match.group(f"p{i}") is not None:
            return typ
    return TRIGGER_TYPES[" ".join(match.group().lower().split())]
