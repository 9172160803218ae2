"""One input's outcome written to the store, the same SQL for both engines (issue 18).

:class:`InputWrites` is a mixin of ``SQLiteStore`` and ``PostgresStore``: the
``inputs`` row that marks a record done or rejected and the ``document_sources``
row of a stored document.  What differs per engine is the clock expression
(:attr:`Dialect.now`), how a new document and its rows go in
(``_insert_document``) and what text a refused input's report may hold
(``_refused_text``: PostgreSQL's ``text`` refuses a NUL).
"""

from __future__ import annotations

from collections.abc import Sequence
from contextlib import AbstractContextManager
from typing import Any

from .base import Processed, WriteCounts
from .dialect import Dialect

__all__ = ["InputWrites", "input_notes"]


def input_notes(item: Processed) -> str | None:
    """An input's repair notes as stored: one ``CODE message`` per line."""
    return "\n".join(f"{code} {message}" for code, message in item.notes) or None


class InputWrites:
    dialect: Dialect
    conn: Any

    def _insert_document(self, doc: Any, ann: Any) -> bool:
        raise NotImplementedError

    @staticmethod
    def _refused_text(value: str | None) -> str | None:
        raise NotImplementedError

    def _item_savepoint(self) -> AbstractContextManager[Any]:
        """A savepoint around one item inside the batch's open transaction: rolled back
        (and released) when the block raises, released when it ends."""
        raise NotImplementedError

    def _write_items(
        self, items: Sequence[Processed], refused: tuple[type[BaseException], ...]
    ) -> WriteCounts:
        """Write a batch's items inside the caller's transaction, each in a savepoint:
        an item the database refuses (``refused``: a value it cannot bind or hold, a
        constraint) is rolled back alone and stored as a rejection (``E313``), and the
        rest of the batch goes on."""
        counts = WriteCounts()
        for item in items:
            added: bool | None
            try:
                with self._item_savepoint():
                    added = self._write_item(item)
            except refused as exc:
                self._write_rejection(
                    item, "E313",
                    f"could not be stored ({type(exc).__name__}: {exc}); the rest of the "
                    "build went on; please report the input",
                )  # fmt: skip
                added = None
            if added is None:
                counts.rejected += 1
            elif added:
                counts.added += 1
            else:
                counts.duplicates += 1
        return counts

    def _write_rejection(self, item: Processed, code: str, reason: str) -> None:
        values = (item.key, item.source, item.record, item.content_hash, code, reason,
                  input_notes(item))  # fmt: skip
        self.conn.execute(
            self.dialect.q(
                "INSERT INTO inputs(key, source, record, content_hash, status, code, reason,"
                " notes) VALUES (?,?,?,?, 'rejected', ?, ?, ?) ON CONFLICT(key) DO UPDATE SET"
                " content_hash=excluded.content_hash, status='rejected', document_id=NULL,"
                " code=excluded.code, reason=excluded.reason, notes=excluded.notes,"
                f" seen_at={self.dialect.now}"
            ),
            tuple(self._refused_text(v) for v in values),
        )

    def _write_item(self, item: Processed) -> bool | None:
        """Write one outcome; True if it added a document, False for a duplicate,
        None for a rejection."""
        if item.rejection is not None:
            self._write_rejection(item, item.rejection.code, item.rejection.reason)
            return None
        doc = item.document
        assert doc is not None and item.annotations is not None
        added = self._insert_document(doc, item.annotations)
        q = self.dialect.q
        self.conn.execute(
            q("INSERT INTO document_sources(document_id, input_key, source, name, url, outlet)"
              " VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING"),
            (doc.id, item.key, doc.source, doc.name, doc.url, doc.outlet),
        )  # fmt: skip
        self.conn.execute(
            q("INSERT INTO inputs(key, source, record, content_hash, status, document_id, notes)"
              " VALUES (?,?,?,?, 'done', ?, ?) ON CONFLICT(key) DO UPDATE SET"
              " content_hash=excluded.content_hash, status='done',"
              " document_id=excluded.document_id, code=NULL, reason=NULL, notes=excluded.notes,"
              f" seen_at={self.dialect.now}"),
            (item.key, item.source, item.record, item.content_hash, doc.id, input_notes(item)),
        )  # fmt: skip
        return added
