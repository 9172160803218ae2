"""The store interface: the single source of truth, behind one small Protocol.

Analysis code never sees a database: the build hands :class:`Processed` items
to :meth:`Store.write_batch`, and the read side (CLI, export, web) uses the
query methods below.  SQLite implements it today (``sqlite.py``); PostgreSQL
can implement the same Protocol without touching analysis or its callers.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

from ..model import Annotations, Document, Rejection

__all__ = ["Processed", "Store", "WriteCounts"]


@dataclass(frozen=True, slots=True)
class Processed:
    """The outcome of one input record: a document with its annotations, or a rejection."""

    key: str
    source: str
    record: str | None
    content_hash: str | None
    document: Document | None = None
    annotations: Annotations | None = None
    rejection: Rejection | None = None
    #: ``(code, message)`` of repairs made to the input (ingest's ``W1xx`` notes)
    notes: tuple[tuple[str, str], ...] = ()


@dataclass(slots=True)
class WriteCounts:
    added: int = 0  # new documents
    duplicates: int = 0  # records whose clean text was already stored
    rejected: int = 0

    def __iadd__(self, other: WriteCounts) -> WriteCounts:
        self.added += other.added
        self.duplicates += other.duplicates
        self.rejected += other.rejected
        return self


class Store(Protocol):
    # -- write side (one writer) --
    def done_inputs(self, keys: Sequence[str]) -> dict[str, str]: ...
    def write_batch(self, items: Sequence[Processed]) -> WriteCounts: ...
    def document_count(self) -> int: ...
    def unresolved_mention_keys(self) -> Iterator[str]: ...
    def close(self) -> None: ...

    # -- read side --
    def stats(self) -> dict[str, Any]: ...
    def iter_documents(self) -> Iterator[dict[str, Any]]: ...
    def get_document(self, doc_id: str) -> dict[str, Any] | None: ...
    def iter_entities(self, limit: int | None = None) -> Iterator[dict[str, Any]]: ...
    def find_entities(self, name: str) -> list[dict[str, Any]]: ...
    def entity_mentions(
        self, entity_id: str, limit: int | None = None
    ) -> Iterable[dict[str, Any]]: ...
    def iter_rejections(self) -> Iterator[dict[str, Any]]: ...
