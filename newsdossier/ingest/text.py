"""Reader for plain-text files: one file is one document (``record`` is ``None``).

The file is read at most ``max_document_bytes + 1`` bytes deep, so an
oversized document (also one that only grows that large when gunzipped) is
rejected without being held whole.  ``files`` has already rejected plain
files whose size on disk is over the cap, before opening them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import BinaryIO

from ..model import RawRecord, Rejection
from .base import ReadOptions
from .codes import reject
from .decoding import DecodeFailure, decode_whole

__all__ = ["read_document", "read_text"]


def read_text(
    stream: BinaryIO, source: str, name: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    """A ``.txt`` file as one ``"text"`` document."""
    yield read_document(stream, source, name, options, "text")


def read_document(
    stream: BinaryIO,
    source: str,
    name: str,
    options: ReadOptions,
    fmt: str,
    fallback: Callable[[bytes], str | None] | None = None,
) -> RawRecord | Rejection:
    """Read, decode and check one whole-file document.

    ``fallback`` may decode bytes that the BOM/option/UTF-8 rule could not
    (HTML's own ``<meta charset>``); it returns ``None`` when it cannot either.
    """
    cap = options.max_document_bytes
    data = stream.read(cap + 1)
    if len(data) > cap:
        return reject(
            source, None, "E107",
            f"larger than max_document_bytes ({cap:,} bytes) once decompressed; "
            "raise the limit or split the file",
        )  # fmt: skip
    stream.read(1)  # at the end already: raises a held-back stream error (truncated gzip)
    try:
        content = decode_whole(data, options.encoding)
    except DecodeFailure as failure:
        recovered = fallback(data) if fallback is not None else None
        if recovered is None:
            return reject(source, None, "E106", failure.message)
        content = recovered
    if not content.strip():
        return reject(source, None, "E104", "the file holds only whitespace")
    return RawRecord(source, None, name, content, fmt, {})
