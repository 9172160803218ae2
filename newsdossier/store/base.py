"""What crosses the store's boundary on the write side, whatever the engine.

Analysis code never sees a database: the build hands :class:`Processed` items
to ``Store.write_batch`` and gets :class:`WriteCounts` back.  The store's
interface itself, one Protocol per aggregate, is in ``protocols.py`` (issue 18).
"""

from __future__ import annotations

from dataclasses import dataclass

from ..model import Annotations, Document, Rejection

__all__ = ["EXPORTABLE_TABLES", "Processed", "WriteCounts"]

#: The documented tables the CSV export writes, one file each (``store.iter_table``).
EXPORTABLE_TABLES = (
    "documents", "document_sources", "removed", "sentences", "mentions", "entities",
    "entity_aliases", "inputs", "name_links", "entity_names", "judgements",
    "framing_spans", "framing_labels", "framing_documents",
)  # fmt: skip


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
