"""Reader for WARC files (``.warc``, ``.warc.gz``) through warcio.

Each successful (2xx) ``response`` record, and each ``resource`` record,
whose payload is HTML (``"html"``) or plain text (``"text"``) becomes one
document; ``record`` is ``"offset:N"``, the record's byte offset in the file
(in the compressed file for ``.warc.gz``).  Other records (requests,
metadata, images, redirects, revisits) are skipped without a rejection: a
crawl is mostly those.  ``meta`` holds only ``url`` (WARC-Target-URI):
WARC-Date is the crawl date, never a publication date.

Payload charset: the HTTP ``Content-Type`` charset, else the page's
``<meta charset>``, else UTF-8; then the set encoding.  A payload none of
those decode is rejected (E106) and the file goes on.
"""

from __future__ import annotations

import zlib
from collections.abc import Iterator
from typing import Any, BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.limitreader import LimitReader

from ..model import RawRecord, Rejection
from .base import ReadOptions
from .codes import reject
from .decoding import CHUNK_BYTES, SNIFF_BYTES, declared_charset
from .streams import chain

__all__ = ["read_warc"]

_KINDS = {"text/html": "html", "application/xhtml+xml": "html", "text/plain": "text"}


def read_warc(
    stream: BinaryIO, source: str, name: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    """Documents of one WARC file, streamed record by record."""
    head = stream.read(SNIFF_BYTES)
    if not _starts_like_warc(head):
        yield reject(
            source, None, "E116",
            "not a WARC file: it does not start with a 'WARC/1.x' record header",
        )  # fmt: skip
        return
    kept, end = 0, 0
    counted = _Counting(chain(head, stream))
    iterator = ArchiveIterator(counted)
    previous = None
    try:
        for record in iterator:
            _check_complete(previous)
            previous = record
            item = _read_record(record, iterator, source, name, options)
            end = iterator.get_record_offset() + iterator.get_record_length()
            if item is not None:
                kept += isinstance(item, RawRecord)
                yield item
        _check_complete(previous)
        while counted.read(CHUNK_BYTES):
            pass
        if counted.total > end + _TRAILING_SLACK:
            # warcio ends quietly when a record is cut off inside its headers
            raise _Truncated(f"{counted.total - end} bytes after the last complete record")
    except Exception as e:  # noqa: BLE001 - see below
        # warcio meets malformed input with assorted errors (ArchiveLoadFailed,
        # zlib.error, EOFError, but also AttributeError/KeyError/ValueError from a
        # cut-off header, found by truncating a test WARC at every 7th byte).  Any of
        # them means this file is broken from here on; one bad file never stops the build.
        reason = " ".join(str(e).split())[:300] or type(e).__name__
        yield reject(
            source, None, "E116",
            f"WARC is corrupt or truncated ({reason}); reading stopped, the {kept} "
            "document(s) before it were kept",
        )  # fmt: skip
        return
    if kept == 0:
        yield reject(source, None, "E117", "no HTML or text responses in the WARC")


def _starts_like_warc(head: bytes) -> bool:
    if head[:2] == b"\x1f\x8b":
        try:
            head = zlib.decompressobj(zlib.MAX_WBITS | 16).decompress(head, 64)
        except zlib.error:
            return False
    return head.lstrip(b"\r\n").startswith(b"WARC/")


class _Truncated(Exception):
    pass


# Blank lines a writer may leave after the last record's end as warcio counts it.
_TRAILING_SLACK = 4


class _Counting:
    """Counts the bytes read through it (to compare with where records end)."""

    def __init__(self, stream: BinaryIO) -> None:
        self.stream, self.total = stream, 0

    def read(self, size: int = -1) -> bytes:
        data = self.stream.read(size)
        self.total += len(data)
        return data


def _check_complete(record: Any) -> None:
    """Raise if a record (already read to its end by warcio) had fewer bytes than it declared.

    warcio reads a record whose block is cut off (truncated file or gzip member)
    as a short record without complaint; its length-limited reader still owes bytes.
    """
    raw = getattr(record, "raw_stream", None)
    if isinstance(raw, LimitReader) and raw.limit > 0:
        raise _Truncated(f"a record declared {raw.limit} more bytes than the file holds")


def _read_record(
    record: Any, iterator: ArchiveIterator, source: str, name: str, options: ReadOptions
) -> RawRecord | Rejection | None:
    if record.rec_headers.get_header("Content-Length") is None:
        # warcio reads a record cut off inside its headers as a short record, silently
        raise _Truncated("a record without Content-Length, cut off inside its headers")
    content_type = _content_type(record)
    if content_type is None:
        return None
    mime, _, params = content_type.partition(";")
    fmt = _KINDS.get(mime.strip().lower())
    if fmt is None:
        return None
    cap = options.max_document_bytes
    payload = record.content_stream().read(cap + 1)
    where = f"offset:{iterator.get_record_offset()}"  # reads the rest of the record
    if len(payload) > cap:
        return reject(
            source, where, "E118",
            f"payload larger than max_document_bytes ({cap:,}); raise the limit",
        )  # fmt: skip
    text = _decode(payload, _charset(params), options.encoding)
    if text is None:
        return reject(
            source, where, "E106",
            "payload is not valid in its declared charset nor UTF-8; "
            "set the input encoding (e.g. cp1252)",
        )  # fmt: skip
    if not text.strip():
        return reject(source, where, "E113", "empty payload")
    url = record.rec_headers.get_header("WARC-Target-URI")
    meta = {"url": url.strip()} if url and url.strip() else {}
    return RawRecord(source, where, f"{name}#{where}", text, fmt, meta)


def _content_type(record: Any) -> str | None:
    if record.rec_type == "resource":
        return str(record.rec_headers.get_header("Content-Type") or "") or None
    if record.rec_type != "response" or record.http_headers is None:
        return None
    status = str(record.http_headers.get_statuscode() or "")
    if not status.startswith("2"):
        return None
    return str(record.http_headers.get_header("Content-Type") or "") or None


def _charset(params: str) -> str | None:
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            return value.strip().strip("\"'")
    return None


def _decode(payload: bytes, declared: str | None, forced: str | None) -> str | None:
    candidates = [declared, declared_charset(payload[:4096]), "utf-8-sig", forced]
    for charset in candidates:
        if not charset:
            continue
        try:
            return payload.decode(charset)
        except (UnicodeDecodeError, LookupError):
            continue
    return None
