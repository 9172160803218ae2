"""The reader protocol: one reader per input format, each streaming.

A reader turns one opened input into :class:`~newsdossier.model.RawRecord`
objects, and every input it cannot use into a
:class:`~newsdossier.model.Rejection` (with a coded reason), never an
exception that would stop the build.  Readers never hold a whole corpus in
memory: multi-record formats (JSONL, CSV, WARC) yield one record at a time.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import BinaryIO, Protocol

from ..model import RawRecord, Rejection

__all__ = ["ColumnMap", "ReadOptions", "Reader"]


@dataclass(frozen=True, slots=True)
class ColumnMap:
    """Which column/field of a JSONL or CSV record holds what.

    ``None`` means "recognise it": the first present of the common names
    (``content``/``text``/``body``/... for text, ``title``, ``url``,
    ``authors``/``author``, ``date``/``published``..., ``domain``/``site``...).
    """

    text: str | None = None
    title: str | None = None
    url: str | None = None
    author: str | None = None
    published: str | None = None
    outlet: str | None = None
    id: str | None = None


@dataclass(frozen=True, slots=True)
class ReadOptions:
    columns: ColumnMap = field(default_factory=ColumnMap)
    max_document_bytes: int = 20_000_000
    # Format forced for every input ("text", "html", "jsonl", "csv", "tsv", "warc");
    # None = by suffix.
    format: str | None = None
    # Encoding of inputs that have no BOM (a codec name such as "cp1252"); None = UTF-8.
    # A BOM (UTF-8, UTF-16, UTF-32) always wins: it is definitive, a user's guess is not.
    encoding: str | None = None
    # Outlet of every record whose source does not name one in its metadata (a
    # folder of pages scraped from one site).  It outranks what cleaning would
    # guess from page furniture: a licence footer names the rights holder, which
    # can be another outlet (a site's pages may say "All Content by the Kessa News
    # Agency is licensed ...").
    outlet: str | None = None


class Reader(Protocol):
    """Reads one format.  ``source`` is the input's path as the user gave it."""

    def __call__(
        self, stream: BinaryIO, source: str, name: str, options: ReadOptions
    ) -> Iterator[RawRecord | Rejection]: ...
