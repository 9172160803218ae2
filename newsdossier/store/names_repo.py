"""The name index (``entity_names``) and the recall scan's rows, behind store methods (issue 18).

``resolve/blocking.py`` (the name index a resolver pass reads and writes) and
``resolve/recall.py`` (known names found again in documents' text) used to
query the connection themselves; their SQL lives here now, engine-neutral
(``?`` placeholders through :class:`~.dialect.Dialect`, ``ON CONFLICT`` instead
of ``INSERT OR IGNORE``), mixed into each engine's store class.  Every lookup
is by an indexed column (migrations 0100, 0600), so a pass costs what it looks
up, not the size of the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from .dialect import Dialect
from .reads import chunked

__all__ = ["NAME_COLUMNS", "NameQueries"]

#: Columns a caller may look names up by (each has an index).
NAME_COLUMNS = frozenset({"key", "folded", "skeleton", "surname"})
#: One name row: ``(key, entity id, type (the entity's, else the name's), folded, seq)``.
NameRow = tuple[str, str, str, str, int]

#: ``first_seen`` of a name no document writes (a user's alias): after every written one.
NEVER_WRITTEN = 1 << 62
#: ``first_seen`` = document row order * this + start offset (texts are far shorter).
_DOC_SPAN = 1 << 32

#: a name row's columns (:data:`NameRow`), the statement's WHERE left open
_NAME_COLUMNS_FROM = (
    "n.key, n.entity_id, coalesce(e.type, n.type), n.folded, n.seq FROM entity_names n"
    " LEFT JOIN entities e ON e.id = n.entity_id WHERE "
)
_NAME_SQL = "SELECT " + _NAME_COLUMNS_FROM


class NameQueries:
    """Mixed into a store class that has a DB-API ``conn`` and a ``dialect``."""

    conn: Any
    dialect: Dialect

    def _nx(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.dialect.q(sql), tuple(params))

    # ------------------------------------------------------------ the name index
    def name_max_seq(self) -> int:
        """The newest name's sequence number (-1 for an empty index)."""
        return int(self._nx("SELECT coalesce(max(seq), -1) FROM entity_names").fetchone()[0])

    def name_info_row(self, key: str) -> tuple[str, str, str, str, int, int] | None:
        """``(entity id, folded, skeleton, type, seq, first_seen)`` of one name key."""
        row = self._nx(
            "SELECT entity_id, folded, skeleton, type, seq, first_seen FROM entity_names"
            " WHERE key = ?",
            (key,),
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2], row[3], row[4], row[5])

    def name_info_rows(self, keys: Sequence[str]) -> dict[str, tuple[str, str, str, str, int, int]]:
        """:meth:`name_info_row` of many keys at once (those indexed), a query per 500."""
        out: dict[str, tuple[str, str, str, str, int, int]] = {}
        for chunk in chunked(list(keys), 500):
            for r in self._nx(
                "SELECT key, entity_id, folded, skeleton, type, seq, first_seen FROM entity_names"
                f" WHERE key IN ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                out[r[0]] = (r[1], r[2], r[3], r[4], r[5], r[6])
        return out

    def name_keys_of(self, entity_id: str) -> set[str]:
        return {
            r[0] for r in self._nx("SELECT key FROM entity_names WHERE entity_id = ?", (entity_id,))
        }

    def name_keys_by(self, column: str, value: str) -> list[str]:
        """Keys whose ``column`` (``skeleton`` or ``surname``) is ``value``, first written
        first (``first_seen``, then key)."""
        if column not in NAME_COLUMNS:
            raise ValueError(f"not an indexed name column: {column!r}")
        return [
            r[0]
            for r in self._nx(
                f"SELECT key FROM entity_names WHERE {column} = ? ORDER BY first_seen, key",
                (value,),
            )
        ]

    def iter_name_keys(self) -> Iterator[str]:
        """Every name key, first written first (tests and small stores only)."""
        return (r[0] for r in self._nx("SELECT key FROM entity_names ORDER BY first_seen, key"))

    def name_count(self) -> int:
        return int(self._nx("SELECT count(*) FROM entity_names").fetchone()[0])

    def add_name(
        self,
        key: str,
        entity_id: str,
        *,
        how: str,
        via: str | None,
        score: float | None,
        link: tuple[str, int | None] | None,
        type: str,
        folded: str,
        skeleton: str,
        seq: int,
        surname: str | None,
        first_seen: int = NEVER_WRITTEN,
        votes: str | None = None,
    ) -> None:
        self._nx(
            "INSERT INTO entity_names(key, entity_id, how, via, score, link_doc, link_seq, type,"
            " folded, skeleton, seq, surname, first_seen, votes)"
            " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
            (key, entity_id, how, via, score, link[0] if link else None,
             link[1] if link else None, type, folded, skeleton, seq, surname, first_seen, votes),
        )  # fmt: skip

    def delete_name(self, key: str) -> None:
        self._nx("DELETE FROM entity_names WHERE key = ?", (key,))

    def name_votes(self, keys: Sequence[str]) -> dict[str, str | None]:
        """``key -> votes`` (migration 0925's JSON, ``None`` before it) of the indexed keys."""
        out: dict[str, str | None] = {}
        for chunk in chunked(list(keys), 500):
            for r in self._nx(
                f"SELECT key, votes FROM entity_names WHERE key IN ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                out[r[0]] = r[1]
        return out

    def set_name_votes(self, key: str, type: str, surname: str | None, votes: str) -> None:
        """A name's summed votes, and the type (and surname column) they give it."""
        self._nx(
            "UPDATE entity_names SET type = ?, surname = ?, votes = ? WHERE key = ?",
            (type, surname, votes, key),
        )

    def name_first_seen_in(self, doc_id: str, key: str) -> int | None:
        """Where ``key`` is first written in one document (``first_seen``'s scale), or None."""
        order = self.dialect.row_order_of("d")
        row = self._nx(
            f"SELECT min({order} * {_DOC_SPAN} + m.start) FROM mentions m"
            " JOIN documents d ON d.id = m.document_id WHERE m.document_id = ? AND m.key = ?",
            (doc_id, key),
        ).fetchone()
        return None if row is None or row[0] is None else int(row[0])

    def merge_names(
        self,
        keep: str,
        drop: str,
        *,
        root: str,
        how: str,
        via: str,
        link: tuple[str, int | None] | None,
    ) -> None:
        """Move every name and mention of entity ``drop`` to ``keep``; ``root`` (the
        dropped entity's oldest name) records how and via what it joined."""
        self._nx(
            "UPDATE entity_names SET how = ?, via = ?, link_doc = ?, link_seq = ? WHERE key = ?",
            (how, via, link[0] if link else None, link[1] if link else None, root),
        )
        self._nx("UPDATE entity_names SET entity_id = ? WHERE entity_id = ?", (keep, drop))
        self._nx("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (keep, drop))

    def rename_entity(self, old: str, new: str) -> None:
        """Give entity ``old``'s names and mentions the id ``new`` (no entity holds it)."""
        self._nx("UPDATE entity_names SET entity_id = ? WHERE entity_id = ?", (new, old))
        self._nx("UPDATE mentions SET entity_id = ? WHERE entity_id = ?", (new, old))

    # ------------------------------------------------------------ recall's reads
    def iter_name_folds(self) -> Iterator[tuple[str, str]]:
        """``(key, folded)`` of every name, streamed (recall's per-pass gates)."""
        return ((r[0], r[1]) for r in self._nx("SELECT key, folded FROM entity_names"))

    def names_by_value(self, column: str, values: Sequence[str]) -> dict[str, list[NameRow]]:
        """Name rows whose ``column`` (``key``, ``folded`` or ``skeleton``) is in ``values``,
        oldest first, grouped by the value of ``column`` each row has (a value no row has is
        absent): recall keeps them per pass and asks only for values it has not asked for
        yet."""
        if column not in NAME_COLUMNS:
            raise ValueError(f"not an indexed name column: {column!r}")
        out: dict[str, list[NameRow]] = {}
        for chunk in chunked(values, 500):
            sql = (
                f"SELECT n.{column}, {_NAME_COLUMNS_FROM}"
                f"n.{column} IN ({self.dialect.marks(len(chunk))}) ORDER BY n.seq"
            )
            for r in self._nx(sql, chunk):
                out.setdefault(r[0], []).append((r[1], r[2], r[3], r[4], r[5]))
        return out

    def names_after(self, seq: int) -> list[NameRow]:
        """Name rows added after sequence number ``seq``, oldest first."""
        return [
            (r[0], r[1], r[2], r[3], r[4])
            for r in self._nx(_NAME_SQL + "n.seq > ? ORDER BY n.seq", (seq,))
        ]

    def entity_roots(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """``{entity id: its first written name key}`` (``first_seen``, then key)."""
        out: dict[str, str] = {}
        for chunk in chunked(sorted(entity_ids), 500):
            for eid, key in self._nx(
                "SELECT n.entity_id, n.key FROM entity_names n"
                f" WHERE n.entity_id IN ({self.dialect.marks(len(chunk))}) AND n.key ="
                " (SELECT o.key FROM entity_names o WHERE o.entity_id = n.entity_id"
                " ORDER BY o.first_seen, o.key LIMIT 1)",
                chunk,
            ):
                out[eid] = key
        return out

    def recall_unscanned(self) -> list[tuple[str, int, int]]:
        """``(document id, document order, -1)`` of documents recall never scanned, by id."""
        return [
            (r[0], r[1], r[2])
            for r in self._nx(
                f"SELECT d.id, {self.dialect.row_order_of('d')}, -1 FROM documents d"
                " LEFT JOIN recall_scans r ON r.document_id = d.id WHERE r.names_seq IS NULL"
                # by id: the order SQLite's covering-index scan always gave (the order
                # recall inserts mentions in, hence the CSV export's row order)
                " ORDER BY d.id"
            ).fetchall()
        ]

    def recall_scanned_before(self, seq: int) -> list[tuple[str, int, int]]:
        """``(document id, document order, names seq)`` of documents scanned when the
        newest name was older than ``seq``."""
        return [
            (r[0], r[1], r[2])
            for r in self._nx(
                f"SELECT r.document_id, {self.dialect.row_order_of('d')}, r.names_seq"
                " FROM recall_scans r JOIN documents d ON d.id = r.document_id"
                # (no ORDER BY: SQLite scans recall_scans in its insertion order; the
                # mentions a rescan adds do not depend on the order, only their rowids)
                " WHERE r.names_seq < ?",
                (seq,),
            ).fetchall()
        ]

    def document_text(self, doc_id: str) -> str:
        return str(self._nx("SELECT text FROM documents WHERE id = ?", (doc_id,)).fetchone()[0])

    # ------------------------------------------------------------ recall's writes
    def unlink_fragment(self, doc_id: str, start: int, end: int) -> list[str]:
        """Make the mentions at ``start``..``end`` fragments of a longer name (kept, since
        other stages may point at them, but no longer a mention of anything); return
        the entities they belonged to."""
        ents = [
            r[0]
            for r in self._nx(
                'SELECT entity_id FROM mentions WHERE document_id = ? AND start = ? AND "end" = ?'
                " AND entity_id IS NOT NULL",
                (doc_id, start, end),
            ).fetchall()
        ]
        self._nx(
            "UPDATE mentions SET entity_id = NULL, kind = 'fragment' WHERE document_id = ?"
            ' AND start = ? AND "end" = ?',
            (doc_id, start, end),
        )
        return ents

    def add_linked_mentions(self, rows: Sequence[tuple[Any, ...]], kind: str = "name") -> None:
        """``(id, document_id, start, end, text, label, type, key, analyzer, version,
        entity_id)``, all of ``kind`` ("description": a headline noun, no name); a
        mention already stored is kept as it is."""
        self.conn.cursor().executemany(
            self.dialect.q(
                'INSERT INTO mentions(id, document_id, start, "end", text, label, type, key,'
                " analyzer, version, entity_id, kind) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)"
                " ON CONFLICT DO NOTHING"
            ),
            [(*r, kind) for r in rows],
        )

    def mark_recall_scanned(self, doc_id: str, names_seq: int) -> None:
        self._nx(
            "INSERT INTO recall_scans(document_id, names_seq) VALUES (?, ?)"
            " ON CONFLICT(document_id) DO UPDATE SET names_seq = excluded.names_seq",
            (doc_id, names_seq),
        )
