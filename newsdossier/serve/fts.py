"""Request text -> a safe FTS5 MATCH expression.

Users type words, not FTS5 syntax.  Every token becomes a double-quoted
string (embedded quotes doubled), so operators (AND/OR/NOT/NEAR), column
filters, parentheses and stray quotes in the request are just words and
``MATCH`` can never fail with a syntax error.  A trailing ``*`` on a token of
at least 2 characters keeps prefix search.  Tokens are joined by spaces
(implicit AND).
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["MAX_TOKENS", "fts_query", "like_pattern", "normalize_query"]

MAX_TOKENS = 12
_TOKEN = re.compile(r"[\w][\w'’.\-]*\*?", re.UNICODE)


def normalize_query(text: str, max_chars: int) -> str:
    """Drop control/format characters (bidi overrides included), collapse spaces, cap length."""
    kept = "".join(" " if ch.isspace() else ch for ch in text if unicodedata.category(ch)[0] != "C")
    return " ".join(kept.split())[:max_chars]


def fts_query(text: str) -> str | None:
    """The FTS5 expression for ``text`` (already normalised), or None if it has no words."""
    parts = []
    for token in _TOKEN.findall(text)[:MAX_TOKENS]:
        prefix = token.endswith("*") and len(token) > 2
        word = token.rstrip("*").strip("'’.-")
        if not word:
            continue
        parts.append('"' + word.replace('"', '""') + '"' + ("*" if prefix else ""))
    return " ".join(parts) or None


def like_pattern(text: str) -> str:
    """A LIKE pattern matching ``text`` anywhere (ESCAPE '\\'), wildcards escaped."""
    escaped = text.lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"
