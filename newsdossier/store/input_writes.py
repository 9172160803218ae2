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


_SOURCES = (
    "INSERT INTO document_sources(document_id, input_key, source, name, url, outlet)"
    " VALUES (?,?,?,?,?,?) ON CONFLICT DO NOTHING"
)
# one statement for a done and a rejected input (the same columns set either way)
_INPUTS = (
    "INSERT INTO inputs(key, source, record, content_hash, status, document_id, code, reason,"
    " notes) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(key) DO UPDATE SET"
    " content_hash=excluded.content_hash, status=excluded.status,"
    " document_id=excluded.document_id, code=excluded.code, reason=excluded.reason,"
    " notes=excluded.notes, seen_at={now}"
)


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

    def _batch_savepoint(self) -> AbstractContextManager[Any]:
        """Around :meth:`_write_items`' all-at-once attempt: undone when it raises, so
        the items can go in one by one.  A savepoint, as for one item; an engine whose
        batch is alone in its transaction may undo the transaction instead
        (:meth:`SQLiteStore._batch_savepoint`)."""
        return self._item_savepoint()

    def _existing_documents(self, ids: Sequence[str]) -> set[str]:
        """Which of ``ids`` the store holds already."""
        out: set[str] = set()
        for at in range(0, len(ids), 500):
            part = ids[at : at + 500]
            out.update(
                r[0]
                for r in self.conn.execute(
                    self.dialect.q(
                        f"SELECT id FROM documents WHERE id IN ({','.join('?' * len(part))})"
                    ),
                    tuple(part),
                )
            )
        return out

    def _insert_documents(self, new: Sequence[tuple[Any, Any]]) -> None:
        """Insert documents the store does not hold yet, and all their rows, with one
        statement batch per table (the rows of each table in the documents' order, as
        :meth:`_insert_document` one document at a time puts them)."""
        raise NotImplementedError

    def _write_items(
        self, items: Sequence[Processed], refused: tuple[type[BaseException], ...]
    ) -> WriteCounts:
        """Write a batch's items inside the caller's transaction.

        All at once first (:meth:`_write_all`: one statement batch per table, issue 18:
        one savepoint and one ``executemany`` per table per document was most of the
        writing time), in a savepoint; if the database refuses something
        (``refused``: a value it cannot bind or hold, a constraint), that is rolled back
        and the items go in one by one, each in a savepoint: the one refused is rolled
        back alone and stored as a rejection (``E313``), and the rest of the batch goes
        on.  Both ways write the same rows in the same order."""
        try:
            with self._batch_savepoint():
                return self._write_all(items)
        except refused:
            pass
        return self._write_each(items, refused)

    def _write_all(self, items: Sequence[Processed]) -> WriteCounts:
        """:meth:`_write_items`'s batched way: the same rows as :meth:`_write_item` for
        each item in turn."""
        counts = WriteCounts()
        docs = [i.document for i in items if i.rejection is None and i.document is not None]
        seen = self._existing_documents(list(dict.fromkeys(d.id for d in docs)))
        new: list[tuple[Any, Any]] = []
        sources: list[tuple[Any, ...]] = []
        inputs: list[tuple[Any, ...]] = []
        for item in items:
            if item.rejection is not None:
                counts.rejected += 1
                inputs.append(self._rejection_values(item, item.rejection.code,
                                                     item.rejection.reason))  # fmt: skip
                continue
            doc = item.document
            assert doc is not None and item.annotations is not None
            if doc.id in seen:
                counts.duplicates += 1
            else:
                seen.add(doc.id)
                new.append((doc, item.annotations))
                counts.added += 1
            sources.append((doc.id, item.key, doc.source, doc.name, doc.url, doc.outlet))
            inputs.append((item.key, item.source, item.record, item.content_hash, "done",
                           doc.id, None, None, input_notes(item)))  # fmt: skip
        if new:
            self._insert_documents(new)
        q = self.dialect.q
        if sources:
            self._write_many(q(_SOURCES), sources)
        if inputs:
            self._write_many(q(_INPUTS.format(now=self.dialect.now)), inputs)
        return counts

    def _write_many(self, sql: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """One statement for many rows (a cursor's ``executemany``: psycopg's connection
        has none; it pipelines a cursor's)."""
        cur = self.conn.cursor()
        try:
            cur.executemany(sql, rows)
        finally:
            cur.close()

    def _write_each(
        self, items: Sequence[Processed], refused: tuple[type[BaseException], ...]
    ) -> WriteCounts:
        """:meth:`_write_items` one item at a time, each in a savepoint."""
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

    def _rejection_values(self, item: Processed, code: str, reason: str) -> tuple[Any, ...]:
        """An ``inputs`` row (:data:`_INPUTS`) for a rejected item."""
        values = (item.key, item.source, item.record, item.content_hash, "rejected", None,
                  code, reason, input_notes(item))  # fmt: skip
        return tuple(self._refused_text(v) for v in values)

    def _write_rejection(self, item: Processed, code: str, reason: str) -> None:
        self.conn.execute(
            self.dialect.q(_INPUTS.format(now=self.dialect.now)),
            self._rejection_values(item, code, reason),
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
            q(_SOURCES), (doc.id, item.key, doc.source, doc.name, doc.url, doc.outlet)
        )
        self.conn.execute(
            q(_INPUTS.format(now=self.dialect.now)),
            (item.key, item.source, item.record, item.content_hash, "done", doc.id, None, None,
             input_notes(item)),
        )  # fmt: skip
        return added
