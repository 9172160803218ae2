"""Valid Unicode for every string a reader hands on, with a count of what was replaced.

JSON may spell a lone UTF-16 surrogate (``"\\ud800"``), and real scraped data
does (a scraper that cut an emoji's pair in half); ``json.loads`` returns it as
a lone surrogate code point, which no UTF-8 encoder accepts.  Before this pass
one such record stopped every build with ``UnicodeEncodeError`` (issue 17): the
content hash, the store and the export all encode to UTF-8.  Paths can carry
them too: Python decodes a file name that is not UTF-8 with ``surrogateescape``.

Here every field of every record (content, name, record, source, metadata) is
made valid: in text, each lone surrogate becomes U+FFFD (one code point for
one, so no offset moves); in a path, an undecodable byte is written ``\\xNN``
(two names that differ in such bytes stay two names).  A record that needed
it carries a note (code ``W101``, with the fields and the count) that the
build stores with the input and reports.
"""

from __future__ import annotations

import dataclasses
import os
import re
from collections.abc import Iterator

from ..model import RawRecord, Rejection

__all__ = ["NOTE_CODES", "valid_items", "valid_path", "valid_text"]

#: Notes: the input was used, and something in it was repaired first.
NOTE_CODES = {
    "W101": "lone surrogate code points replaced by U+FFFD",
    "W102": "file name not valid UTF-8: its bytes shown as \\xNN",
}
_SURROGATE = re.compile("[\ud800-\udfff]")


def valid_text(text: str) -> tuple[str, int]:
    """``text`` with each lone surrogate replaced by U+FFFD, and how many there were."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _SURROGATE.subn("\ufffd", text)
    return text, 0


def valid_path(path: str) -> str:
    """A path as valid Unicode: bytes that were not UTF-8 shown as ``\\xNN``."""
    try:
        path.encode("utf-8")
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")
    return path


def valid_items(items: Iterator[RawRecord | Rejection]) -> Iterator[RawRecord | Rejection]:
    """Each item with valid Unicode in every field (see the module docstring)."""
    for item in items:
        if isinstance(item, Rejection):
            yield _valid_rejection(item)
        else:
            yield _valid_record(item)


def _valid_rejection(r: Rejection) -> Rejection:
    source, record = valid_path(r.source), _opt(r.record)
    reason, _ = valid_text(r.reason)
    if (source, record, reason) == (r.source, r.record, r.reason):
        return r
    return dataclasses.replace(r, source=source, record=record, reason=reason)


def _opt(value: str | None) -> str | None:
    return None if value is None else valid_text(value)[0]


def _valid_record(raw: RawRecord) -> RawRecord:
    fixed: dict[str, object] = {}
    counts: dict[str, int] = {}
    notes = list(raw.notes)
    for name in ("content", "name", "record"):
        value = getattr(raw, name)
        if value is None:
            continue
        if name == "name" and raw.record is None:
            continue  # a whole file's name is its file stem: a path, below
        clean, n = valid_text(value)
        if n:
            fixed[name], counts[name] = clean, n
    source = valid_path(raw.source)
    if source != raw.source:
        fixed["source"] = source
        if raw.record is None:
            fixed["name"] = valid_path(raw.name)
        notes.append(("W102", f"the file name is not valid UTF-8; recorded as {source!r}"))
    meta: dict[str, str] = {}
    for key, value in raw.meta.items():
        clean_key, nk = valid_text(key)
        clean, n = valid_text(value)
        meta[clean_key] = clean
        if n + nk:
            counts[clean_key] = counts.get(clean_key, 0) + n + nk
    if len(meta) != len(raw.meta) or any(meta.get(k) != v for k, v in raw.meta.items()):
        fixed["meta"] = meta
    if not fixed:
        return raw
    if counts:
        where = ", ".join(f"{n} in {field}" for field, n in counts.items())
        total = sum(counts.values())
        notes.append(("W101", f"{total} lone surrogate code point(s) replaced by U+FFFD ({where})"))
    fixed["notes"] = tuple(notes)
    return dataclasses.replace(raw, **fixed)  # type: ignore[arg-type]
