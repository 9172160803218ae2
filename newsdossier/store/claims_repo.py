"""Claims, contradictions and framing: their SQL once for both engines (issue 18).

Mixed into :class:`~.sqlite.SQLiteStore` and :class:`~.postgres.PostgresStore`
after :class:`~.reads.ReadQueries` (whose helpers it uses).  A claim's place in
the order claims were written (``claim_rowid``: the contradiction resolver's
watermark, ``claims_marks``) is SQLite's ``rowid`` and PostgreSQL's ``claims.seq``
(``schema_pg/0002_claims_seq.sql``): :attr:`Dialect.row_order` names both.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .reads import ReadQueries, chunked
from .rows import CLAIM_COLUMNS

__all__ = ["ClaimQueries"]

_CONTRADICTION_UPSERT = (
    "INSERT INTO contradictions(id, subject, attribute, kind, value_a, value_b, claim_a,"
    " claim_b, resolver) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
    " subject = excluded.subject, attribute = excluded.attribute, kind = excluded.kind,"
    " value_a = excluded.value_a, value_b = excluded.value_b, claim_a = excluded.claim_a,"
    " claim_b = excluded.claim_b, resolver = excluded.resolver"
)


class ClaimQueries(ReadQueries):
    """Claims and contradictions (issue 5, 15) and framing reads (issue 6)."""

    def _claim_select(self) -> str:
        # the columns by name (PostgreSQL's claims also hold ``seq``), in the table's order
        cols = ", ".join(f'c."{c}"' for c in CLAIM_COLUMNS)
        return (
            f"SELECT {cols}, {self._claim_order()} AS claim_rowid, d.outlet, d.published,"
            " d.author, (SELECT m.entity_id FROM mentions m WHERE m.document_id = c.document_id"
            '   AND m.start = c.subject_start AND m."end" = c.subject_end LIMIT 1) AS subject,'
            " (SELECT m.entity_id FROM mentions m WHERE m.document_id = c.document_id"
            '   AND m.start = c.source_start AND m."end" = c.source_end LIMIT 1) AS source_entity'
            " FROM claims c JOIN documents d ON d.id = c.document_id"
        )

    def _claim_order(self) -> str:
        return self.dialect.row_order_of("c")

    def iter_claims(self, after_rowid: int = 0) -> Iterator[dict[str, Any]]:
        """Claims (written after ``after_rowid``) with subject/source entity ids and date."""
        order = self._claim_order()
        yield from self._iter_dicts(
            self._claim_select() + f" WHERE {order} > ? ORDER BY {order}", (after_rowid,)
        )

    def claims_about(self, entity_id: str, attribute: str | None = None) -> list[dict[str, Any]]:
        """Claims whose subject mention belongs to ``entity_id`` (optionally one attribute)."""
        # driven from the entity's mentions (index mentions_entity_doc, then claims_subject of
        # migration 0800): an EXISTS per claim read every claim of the store for each subject
        # (56 ms a subject at 10k documents, the contradiction resolver's largest cost; issue 18)
        sql = (
            self._claim_select() + " WHERE c.id IN (SELECT c2.id FROM mentions s JOIN claims c2"
            " ON c2.document_id = s.document_id AND c2.subject_start = s.start"
            ' AND c2.subject_end = s."end" WHERE s.entity_id = ?)'
        )
        params: tuple[Any, ...] = (entity_id,)
        if attribute is not None:
            sql += " AND c.attribute = ?"
            params = (entity_id, attribute)
        # PostgreSQL sorts NULL last, SQLite first: said, so both agree
        return self._dicts(
            sql + f" ORDER BY d.published IS NOT NULL, d.published, {self._claim_order()}", params
        )

    def claim_ids_in_key(
        self, entity_id: str, attribute: str, limit: int | None = None
    ) -> list[str]:
        """Ids of :meth:`claims_about` ``(entity_id, attribute)``, in its order (the first
        ``limit`` of them): the contradiction resolver reads whole claims only for the
        ones it pairs (issue 18; with the limit the database keeps the first ones while it
        reads instead of handing every id of a large key over to be cut).

        The claims whose subject span holds a mention of the entity, found through the
        span's smallest and largest entity (``subject_entity``, ``subject_entity_max``,
        migrations 0810 and 0997, kept by triggers): a span with one entity is in that
        entity's keys alone (index ``claims_subject_attribute``); a span with two or more
        (``claims_subject_shared``, few) is checked against its mentions.  Walking every
        mention of the entity for a claim at each read 110,168 mentions for the most
        mentioned entity of the 100k store, each pass one of its keys got a claim; this
        reads the key's claims (issue 18).

        Each branch reads its claims' ids, dates and order where it finds them (a shared
        span whose smallest entity is this one is the first branch's alone, so the two
        are disjoint): finding the ids first and reading each claim again by id for its
        document cost twice as much, 48 ms for the 13,681 claims of the largest key of
        the 100k store, each pass it got one (issue 18: a cost that grows with the key)."""
        c1, c2 = self.dialect.row_order_of("c1"), self.dialect.row_order_of("c2")
        rows = self._x(
            f"SELECT id FROM (SELECT c1.id, d1.published, {c1} AS o FROM claims c1"
            " JOIN documents d1 ON d1.id = c1.document_id"
            " WHERE c1.subject_entity = ? AND c1.attribute = ?"
            f" UNION ALL SELECT c2.id, d2.published, {c2} FROM claims c2"
            " JOIN documents d2 ON d2.id = c2.document_id"
            " WHERE c2.subject_entity < c2.subject_entity_max AND c2.attribute = ?"
            " AND c2.subject_entity <> ?"
            " AND EXISTS (SELECT 1 FROM mentions s WHERE s.document_id = c2.document_id"
            '  AND s.start = c2.subject_start AND s."end" = c2.subject_end AND s.entity_id = ?))'
            " AS k ORDER BY published IS NOT NULL, published, o"
            + (" LIMIT ?" if limit is not None else ""),
            (entity_id, attribute, attribute, entity_id, entity_id)
            + ((limit,) if limit is not None else ()),
        ).fetchall()
        return [r[0] for r in rows]

    def claims_of_document(self, doc_id: str) -> list[dict[str, Any]]:
        """Every claim of one document, in text order (issue 15: denials)."""
        return self._dicts(
            self._claim_select()
            + f" WHERE c.document_id = ? ORDER BY c.start, {self._claim_order()}",
            (doc_id,),
        )

    def claim_text(self, claim: dict[str, Any]) -> str:
        """The sentence a claim spans."""
        row = self._x(
            "SELECT substr(text, ? + 1, ? - ?) FROM documents WHERE id = ?",
            (claim["start"], claim["end"], claim["start"], claim["document_id"]),
        ).fetchone()
        return str(row[0]) if row and row[0] is not None else ""

    def replace_denials(self, doc_id: str, rows: Sequence[tuple[Any, ...]]) -> None:
        """Replace the per-article contradictions (denials, disputed quotes) of one document
        by ``rows`` ``(id, subject, attribute, kind, value_a, value_b, claim_a, claim_b,
        resolver)`` (issue 15)."""
        self._x(
            "DELETE FROM contradictions WHERE kind IN ('denial', 'disputed_quote') AND claim_a IN"
            " (SELECT id FROM claims WHERE document_id = ?)",
            (doc_id,),
        )
        self._upsert_contradictions(rows)

    def _upsert_contradictions(self, rows: Sequence[tuple[Any, ...]]) -> None:
        if rows:
            self.conn.cursor().executemany(self.dialect.q(_CONTRADICTION_UPSERT), list(rows))

    def get_claims(self, ids: Sequence[str], text: bool = False) -> dict[str, dict[str, Any]]:
        """Claims by id; with ``text``, each with the sentence it spans (as :meth:`claim_text`)."""
        out: dict[str, dict[str, Any]] = {}
        select = self._claim_select()
        if text:
            select = select.replace(
                " FROM claims c", ', substr(d.text, c.start + 1, c."end" - c.start) AS text'
                " FROM claims c", 1
            )  # fmt: skip
        for chunk in chunked(ids):
            sql = select + f" WHERE c.id IN ({self.dialect.marks(len(chunk))})"
            for row in self._dicts(sql, chunk):
                out[row["id"]] = row
        return out

    def claim_gates(self, ids: Sequence[str]) -> dict[str, dict[str, Any]]:
        """Of the claims ``ids`` (those :meth:`get_claims` finds), what the contradiction
        resolver decides on before it reads a whole claim: ``id``, ``status``, ``norm``,
        ``polarity``, ``modality``, ``as_of`` and the document's ``published`` (issue 18:
        a key's new claims are judged against the few claims these let through)."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in chunked(ids):
            sql = (
                "SELECT c.id, c.status, c.norm, c.polarity, c.modality, c.as_of, d.published"
                " FROM claims c JOIN documents d ON d.id = c.document_id"
                f" WHERE c.id IN ({self.dialect.marks(len(chunk))})"
            )
            for row in self._dicts(sql, chunk):
                out[row["id"]] = row
        return out

    def claims_mark(self, name: str) -> int:
        row = self._x("SELECT value FROM claims_marks WHERE name = ?", (name,)).fetchone()
        return int(row[0]) if row else 0

    def set_claims_mark(self, name: str, value: int) -> None:
        self._x(
            "INSERT INTO claims_marks(name, value) VALUES (?, ?)"
            " ON CONFLICT(name) DO UPDATE SET value = excluded.value",
            (name, value),
        )

    def contradiction_keys(
        self, keys: Sequence[tuple[str, str]]
    ) -> dict[tuple[str, str], tuple[str | None, list[str]]]:
        """What the contradiction resolver last paired for each ``(subject, attribute)``
        of ``keys``: ``(subject type, claim ids)`` (issue 18: incremental pairing)."""
        out: dict[tuple[str, str], tuple[str | None, list[str]]] = {}
        for subject in sorted({k[0] for k in keys}):
            for attribute, kind, members in self._x(
                "SELECT attribute, subject_type, members FROM contradiction_keys WHERE subject = ?",
                (subject,),
            ).fetchall():
                out[(subject, attribute)] = (kind, members.split())
        return out

    def set_contradiction_key(
        self, subject: str, attribute: str, subject_type: str | None, members: Sequence[str]
    ) -> None:
        self._x(
            "INSERT INTO contradiction_keys(subject, attribute, subject_type, members)"
            " VALUES (?, ?, ?, ?) ON CONFLICT(subject, attribute) DO UPDATE SET"
            " subject_type = excluded.subject_type, members = excluded.members",
            (subject, attribute, subject_type, " ".join(members)),
        )

    def contradiction_waiting(self) -> list[str]:
        """Ids of the claims waiting for a subject entity (issue 18)."""
        return [
            r[0] for r in self._x("SELECT claim_id FROM contradiction_waiting ORDER BY claim_id")
        ]

    def set_contradiction_waiting(
        self, add: Sequence[tuple[str, str]], drop: Sequence[str]
    ) -> None:
        """Add ``(claim id, document id)`` rows to the claims waiting for a subject entity,
        and drop the ``drop`` ids."""
        cur = self.conn.cursor()
        if drop:
            cur.executemany(
                self.dialect.q("DELETE FROM contradiction_waiting WHERE claim_id = ?"),
                [(i,) for i in drop],
            )
        if add:
            cur.executemany(
                self.dialect.q(
                    "INSERT INTO contradiction_waiting(claim_id, document_id) VALUES (?, ?)"
                    " ON CONFLICT(claim_id) DO NOTHING"
                ),
                list(add),
            )

    def drop_contradictions(self, subject: str, attribute: str, claim_ids: Sequence[str]) -> None:
        """Delete the rows of one (subject, attribute) that pair any of ``claim_ids``."""
        for chunk in chunked(claim_ids):
            marks = self.dialect.marks(len(chunk))
            self._x(
                "DELETE FROM contradictions WHERE subject = ? AND attribute = ?"
                f" AND (claim_a IN ({marks}) OR claim_b IN ({marks}))",
                (subject, attribute, *chunk, *chunk),
            )

    def add_contradictions(
        self, subject: str, attribute: str, rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """Add ``rows`` (as :meth:`replace_contradictions`) to one (subject, attribute)."""
        self._upsert_contradictions([(r[0], subject, attribute, *r[1:]) for r in rows])

    def replace_contradictions(
        self, subject: str, attribute: str, rows: Sequence[tuple[Any, ...]]
    ) -> None:
        """Replace the contradictions of one (subject, attribute) by ``rows``
        ``(id, kind, value_a, value_b, claim_a, claim_b, resolver)``."""
        self._x(
            "DELETE FROM contradictions WHERE subject = ? AND attribute = ?", (subject, attribute)
        )
        self._upsert_contradictions([(r[0], subject, attribute, *r[1:]) for r in rows])

    def iter_contradictions(self, subject: str | None = None) -> Iterator[dict[str, Any]]:
        sql = "SELECT * FROM contradictions"
        params: tuple[Any, ...] = ()
        if subject is not None:
            sql += " WHERE subject = ?"
            params = (subject,)
        yield from self._iter_dicts(sql + " ORDER BY subject, attribute, id", params)

    # ------------------------------------------------------------ framing (issue 6)
    _FRAMING_SELECT = (
        'SELECT f.*, substr(d.text, f.start + 1, f."end" - f.start) AS text, d.outlet, d.author,'
        " m.entity_id AS target FROM framing_spans f JOIN documents d ON d.id = f.document_id"
        " LEFT JOIN mentions m ON m.id = f.target_mention"
    )

    def iter_framing_spans(self, doc_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Framing spans (of one document, or all in document order) with ``text`` and
        ``target`` (the target mention's entity id, or None)."""
        if doc_id is None:
            order = self._doc_order("d")
            yield from self._iter_dicts(
                self._FRAMING_SELECT + f" ORDER BY {order}, f.start, f.technique, f.id"
            )
            return
        sql = self._FRAMING_SELECT + " WHERE f.document_id = ? ORDER BY f.start, f.technique, f.id"
        yield from self._iter_dicts(sql, (doc_id,))

    def framing_documents(self) -> list[dict[str, Any]]:
        """Every document framing ran on: ``document_id, outlet, author, words, spans``."""
        return self._dicts(
            "SELECT fd.document_id, d.outlet, d.author, fd.words, fd.spans FROM"
            f" framing_documents fd JOIN documents d ON d.id = fd.document_id"
            f" ORDER BY {self._doc_order('d')}"
        )

    def framing_technique_counts(self) -> list[dict[str, Any]]:
        """``document_id, technique, n`` for every document with framing spans."""
        return self._dicts(
            "SELECT document_id, technique, count(*) AS n FROM framing_spans"
            " GROUP BY document_id, technique ORDER BY document_id, technique"
        )

    def iter_framing_labels(self, entity_id: str | None = None) -> Iterator[dict[str, Any]]:
        """Labels with the labelled mention's entity (``entity_id``, ``entity_name``; None if
        unresolved), the document's outlet and author, and the evidence ``text``."""
        sql = (
            'SELECT l.document_id, l.start, l."end", l.label, l.pattern, l.mention_text,'
            ' l.mention_key, substr(d.text, l.start + 1, l."end" - l.start) AS text, d.outlet,'
            " d.author, m.entity_id, e.name AS entity_name FROM framing_labels l"
            " JOIN documents d ON d.id = l.document_id LEFT JOIN mentions m ON m.id = l.mention_id"
            " LEFT JOIN entities e ON e.id = m.entity_id"
        )
        params: tuple[Any, ...] = ()
        if entity_id is not None:
            sql += " WHERE m.entity_id = ?"
            params = (entity_id,)
        order = self._doc_order("d")
        yield from self._iter_dicts(sql + f" ORDER BY {order}, l.start, l.label, l.id", params)
