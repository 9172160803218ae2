"""Reader for HTML files: one file is one ``"html"`` document.

Body, title, author and date extraction belong to ``clean`` (trafilatura);
here the page is only decoded.  Besides the common rule (BOM, set encoding,
UTF-8) a page may name its charset in ``<meta charset=...>``; that is used
when UTF-8 fails, since saved pages in legacy charsets usually declare it.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import BinaryIO

from ..model import RawRecord, Rejection
from .base import ReadOptions
from .decoding import declared_charset
from .text import read_document

__all__ = ["read_html"]


def read_html(
    stream: BinaryIO, source: str, name: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    """A ``.html``/``.htm`` file as one document."""
    yield read_document(stream, source, name, options, "html", _meta_charset)


def _meta_charset(data: bytes) -> str | None:
    charset = declared_charset(data[:4096])
    if charset is None or charset == "utf-8":
        return None
    try:
        return data.decode(charset)
    except UnicodeDecodeError:
        return None
