"""Name normalisation for grouping mentions.

Contract: every caller that compares names must use :func:`name_key` on both
sides; the key folds case, diacritics (via Unidecode, which also romanises
non-Latin scripts), curly/straight apostrophes, a trailing possessive, a
leading article "the", dots in acronyms ("U.N." = "UN") and stray punctuation
and hyphenation.  It is idempotent: ``name_key(name_key(x)) == name_key(x)``.
"""

from __future__ import annotations

import re
import unicodedata

from unidecode import unidecode

__all__ = ["name_key"]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_ACRONYM_DOTS = re.compile(r"\b([a-z])\.(?=[a-z]\.?)")


def name_key(name: str) -> str:
    """The grouping key of a name (see module docstring)."""
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).strip()
    s = unidecode(s).lower().strip()
    s = _POSSESSIVE.sub("", s)
    s = _ACRONYM_DOTS.sub(r"\1", s)
    s = _NON_WORD.sub(" ", s).strip()
    if s.startswith("the "):
        s = s[4:]
    return s
