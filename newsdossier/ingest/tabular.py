"""Readers for multi-record tables: JSON Lines and CSV/TSV, one record at a time.

Memory per file is one chunk (:data:`~newsdossier.ingest.decoding.CHUNK_BYTES`)
plus the record being built, whatever the file's size.  A bad record is a
:class:`~newsdossier.model.Rejection` for that record and the file goes on;
only a broken CSV structure or a bad byte stops a file, and the records read
before that point are kept.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator, Mapping
from typing import BinaryIO

from ..model import RawRecord, Rejection
from .base import ReadOptions
from .codes import reject
from .columns import META_FIELDS, Resolved, looks_like_html, resolve, value_text
from .decoding import iter_lines

__all__ = ["read_csv", "read_json", "read_jsonl", "read_tsv"]

_TEXT_HINT = "name the text column (ColumnMap(text=...), CLI --text-column)"
# Distinct key sets remembered per JSONL file; records of one scraper share one
# or a few, and the bound keeps a file with varying keys from growing memory.
_RESOLVED_CACHE_SIZE = 64


def read_jsonl(
    stream: BinaryIO, source: str, name: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    """JSON Lines: one object per line; ``record`` is ``"line:N"`` (1-based)."""
    return _read_lines(stream, source, name, options, json_suffix=False)


def read_json(
    stream: BinaryIO, source: str, name: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    """A ``.json`` file: read as JSON Lines when it is that, else one E119 for the file."""
    return _read_lines(stream, source, name, options, json_suffix=True)


def read_csv(
    stream: BinaryIO, source: str, name: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    """CSV with a header row; ``record`` is ``"row:N"`` (1-based data row)."""
    return _read_table(stream, source, name, options, ",")


def read_tsv(
    stream: BinaryIO, source: str, name: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    """Tab-separated values, same rules as :func:`read_csv`."""
    return _read_table(stream, source, name, options, "\t")


def _read_lines(
    stream: BinaryIO, source: str, name: str, options: ReadOptions, json_suffix: bool
) -> Iterator[RawRecord | Rejection]:
    cache: dict[tuple[str, ...], Resolved] = {}
    seen = 0
    for n, line in enumerate(iter_lines(stream, options.encoding, options.max_document_bytes), 1):
        rec = f"line:{n}"
        if line is None:
            seen += 1
            yield reject(source, rec, "E118", _too_large("line", options))
            continue
        if not line.strip():
            continue
        seen += 1
        try:
            value = json.loads(line)
        except (ValueError, RecursionError) as e:
            if seen == 1 and (json_suffix or line.strip() in ("[", "{")):
                yield reject(source, None, "E119", _NOT_JSONL)
                return
            yield reject(source, rec, "E110", f"invalid JSON: {_json_error(e)}; other lines go on")
            continue
        if not isinstance(value, dict):
            if seen == 1 and json_suffix:
                yield reject(source, None, "E119", _NOT_JSONL)
                return
            kind = type(value).__name__.replace("dict", "object").replace("list", "array")
            yield reject(source, rec, "E111", f'a JSON {kind}, not an object like {{"text": ...}}')
            continue
        keys = tuple(value)
        resolved = cache.get(keys)
        if resolved is None:
            if len(cache) >= _RESOLVED_CACHE_SIZE:
                cache.clear()
            resolved = cache[keys] = resolve(keys, options.columns)
        yield _make_record(value, resolved, source, rec, name, options)
    if seen == 0:
        yield reject(source, None, "E117", "no JSON lines in the file (blank lines only)")


_NOT_JSONL = (
    "this is one JSON document (an array or a pretty-printed object), not JSON Lines "
    "(one object per line); convert it, e.g. jq -c '.[]' in.json > out.jsonl"
)


def _json_error(e: Exception) -> str:
    if isinstance(e, json.JSONDecodeError):
        # some messages end in "at" already ("Unterminated string starting at")
        at = " " if e.msg.endswith(" at") else " at "
        return f"{e.msg}{at}column {e.colno}"
    if isinstance(e, RecursionError):
        return "nested too deeply"
    return str(e)


class _LineTooLong(Exception):
    pass


def _strict(lines: Iterator[str | None]) -> Iterator[str]:
    for line in lines:
        if line is None:
            raise _LineTooLong
        yield line


def _read_table(
    stream: BinaryIO, source: str, name: str, options: ReadOptions, delimiter: str
) -> Iterator[RawRecord | Rejection]:
    cap = options.max_document_bytes
    # Fields may be whole articles; csv's default limit is 128 KiB.  Process-wide.
    if csv.field_size_limit() < cap:
        csv.field_size_limit(cap)
    reader = csv.reader(_strict(iter_lines(stream, options.encoding, cap)), delimiter=delimiter)
    rows = 0
    try:
        header = next(reader, None)
        if header is None:
            yield reject(source, None, "E117", "no header row and no records")
            return
        resolved = resolve(header, options.columns)
        problem = _header_problem(header, resolved)
        if problem:
            yield reject(source, None, "E114", problem)
            return
        index: dict[str, int] = {}
        for i, column in enumerate(header):
            index.setdefault(column, i)
        for row in reader:
            if not row:  # a blank line, not a data row
                continue
            rows += 1
            values = {c: row[i] for c, i in index.items() if i < len(row)}
            yield _make_record(values, resolved, source, f"row:{rows}", name, options)
    except csv.Error as e:
        where = f"row:{rows + 1}"
        if "field limit" in str(e):
            yield reject(source, where, "E118", _too_large("field", options) + _kept(rows))
        else:
            yield reject(source, where, "E115", f"{e} (line {reader.line_num}){_kept(rows)}")
        return
    except _LineTooLong:
        yield reject(source, f"row:{rows + 1}", "E118", _too_large("line", options) + _kept(rows))
        return
    if rows == 0:
        yield reject(source, None, "E117", "a header row but no data rows")


def _header_problem(header: list[str], resolved: Resolved) -> str | None:
    found = ", ".join(repr(h) for h in header if h.strip()) or "none"
    if resolved.missing:
        return (
            f"mapped column(s) not in the header: {', '.join(resolved.missing)}; columns: {found}"
        )
    if resolved.columns["text"] is None:
        return f"no text column (like content/text/body/article); columns: {found}; {_TEXT_HINT}"
    return None


def _kept(rows: int) -> str:
    return f"; reading stopped, the {rows} row(s) before it were kept"


def _too_large(what: str, options: ReadOptions) -> str:
    return (
        f"{what} longer than max_document_bytes ({options.max_document_bytes:,}); "
        "raise the limit or split the record"
    )


def _make_record(
    values: Mapping[str, object],
    resolved: Resolved,
    source: str,
    record: str,
    stem: str,
    options: ReadOptions,
) -> RawRecord | Rejection:
    column = resolved.columns["text"]
    if column is None or column not in values:
        keys = ", ".join(repr(k) for k in values) or "none"
        return reject(source, record, "E112", f"no text field; fields: {keys}; {_TEXT_HINT}")
    text = _text_of(values[column])
    if text is None:
        kind = type(values[column]).__name__
        return reject(source, record, "E112", f"text field {column!r} holds a {kind}, not text")
    if not text.strip():
        return reject(source, record, "E113", f"text field {column!r} is empty")
    if len(text) * 4 > options.max_document_bytes and _utf8_len(text) > options.max_document_bytes:
        return reject(source, record, "E118", _too_large("text", options))
    meta: dict[str, str] = {}
    for field_name in META_FIELDS:
        key = resolved.columns[field_name]
        value = value_text(values[key], field_name) if key is not None and key in values else None
        if value:
            meta[field_name] = value
    id_key = resolved.columns["id"]
    record_id = (
        value_text(values[id_key], "id") if id_key is not None and id_key in values else None
    )
    fmt = "html" if looks_like_html(text) else "text"
    return RawRecord(source, record, record_id or f"{stem}#{record}", text, fmt, meta)


def _text_of(value: object) -> str | None:
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(v, str) for v in value):
        return "\n\n".join(value)  # a list of paragraphs
    return None


def _utf8_len(text: str) -> int:
    return len(text.encode("utf-8", "surrogatepass"))
