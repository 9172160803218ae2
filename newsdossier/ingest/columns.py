"""Column mapping for JSON Lines and CSV records: which field is the text, title, ...

A :class:`~newsdossier.ingest.base.ColumnMap` field set by the user names the
column (exact name first, then case-insensitive).  A field left ``None`` is
recognised from :data:`DEFAULT_NAMES`, first present name wins.

Collection dates (``scraped_at``, ``inserted_at``, ``updated_at``, a crawl
date, WARC-Date) are deliberately absent from the ``published`` names: the
day an article was collected must never anchor its dates.  Values are turned
into strings without evaluating anything (no ``eval``/``literal_eval``).
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from .base import ColumnMap

__all__ = ["DEFAULT_NAMES", "META_FIELDS", "Resolved", "looks_like_html", "resolve", "value_text"]

#: Recognised column names per field, in order of preference (compared lower-cased).
DEFAULT_NAMES: dict[str, tuple[str, ...]] = {
    "text": ("content", "text", "body", "article", "article_text", "full_text", "maintext"),
    "title": ("title", "headline"),
    "url": ("url", "link", "source_url"),
    "author": ("authors", "author", "byline", "creator"),
    "published": (
        "date",
        "published",
        "publish_date",
        "published_at",
        "pubdate",
        "datetime",
        "timestamp",
        "date_publish",
    ),  # fmt: skip
    "outlet": ("domain", "site", "source", "outlet", "publisher", "sitename", "site_name"),
    "section": ("section", "category"),
    "id": ("id", "article_id", "doc_id", "uuid"),
}
#: Fields that become ``RawRecord.meta`` keys.
META_FIELDS = ("title", "url", "author", "published", "outlet", "section")


@dataclass(frozen=True, slots=True)
class Resolved:
    """Resolved mapping: field -> actual column name (``None`` = absent)."""

    columns: Mapping[str, str | None]
    missing: tuple[str, ...]  # user-named columns that are not there, as "field=column"


def resolve(keys: Sequence[str], cmap: ColumnMap) -> Resolved:
    """Map each field to one of ``keys`` (a header or a record's keys)."""
    lowered: dict[str, str] = {}
    for key in keys:
        lowered.setdefault(key.strip().lower(), key)
    columns: dict[str, str | None] = {}
    missing: list[str] = []
    for field_name, names in DEFAULT_NAMES.items():
        wanted = getattr(cmap, field_name, None)
        if wanted is not None:
            found = wanted if wanted in keys else lowered.get(wanted.strip().lower())
            if found is None:
                missing.append(f"{field_name}={wanted}")
            columns[field_name] = found
        else:
            columns[field_name] = next((lowered[n] for n in names if n in lowered), None)
    return Resolved(columns, tuple(missing))


# Quoted items of a list literal such as "['A', \"O'Brien\"]" (pandas writes lists so).
_QUOTED = re.compile(r"""'((?:[^'\\]|\\.)*)'|"((?:[^"\\]|\\.)*)\"""")


def value_text(value: object, field_name: str) -> str | None:
    """A metadata value as a non-empty string, or ``None``."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int | float):
        return str(value)
    if isinstance(value, str):
        text = value.strip()
        if field_name == "author" and text.startswith("[") and text.endswith("]"):
            text = ", ".join(a or b for a, b in _QUOTED.findall(text) if (a or b).strip())
        return text or None
    if isinstance(value, list | tuple):
        items = [value_text(v.get("name") if isinstance(v, dict) else v, field_name) for v in value]
        joined = ", ".join(i for i in items if i)
        return joined or None
    return None


_TAG = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|article|section|span|br|a\s+href|h[1-6]|ul|li|table)\b",
    re.I,
)


def looks_like_html(text: str) -> bool:
    """Whether a record's text is HTML markup rather than plain text.

    Markup if it starts with a tag we know, or if its first 4 KB hold at least
    three of them: one stray ``<p>`` in prose is not enough.
    """
    head = text[:4096]
    if _TAG.match(head.lstrip()):
        return True
    return len(_TAG.findall(head)) >= 3
