"""Events, text reuse and the build's resolver state: their SQL once for both engines
(issue 18).

Mixed into both store classes after :class:`~.claims_repo.ClaimQueries`.  A
document's place in the corpus (``doc_rowid``; ``reuse_lsh.doc``, the reuse
resolver's watermark) is SQLite's ``documents.rowid`` and PostgreSQL's
``documents.seq``: :attr:`Dialect.row_order` names both.
"""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any

from .claims_repo import ClaimQueries
from .reads import chunked

__all__ = ["EventQueries"]


class EventQueries(ClaimQueries):
    """Events (issue 4), reuse (issue 5) and ``resolution_state``."""

    # ------------------------------------------------------------ build state
    def resolution_state(self) -> dict[str, str]:
        """Where the build's resolver passes stand (``resolution_state`` table)."""
        return dict(self._x("SELECT name, value FROM resolution_state").fetchall())

    def set_resolution_state(self, **values: str | int) -> None:
        self.conn.cursor().executemany(
            self.dialect.q(
                "INSERT INTO resolution_state(name, value) VALUES (?, ?)"
                " ON CONFLICT(name) DO UPDATE SET value = excluded.value"
            ),
            [(k, str(v)) for k, v in values.items()],
        )

    def resolution_inputs(self) -> str:
        """What the resolvers read that a build or a correction can change: the
        documents and the judgements.  Equal fingerprints, equal resolver input."""
        docs, last = self._x(
            f"SELECT count(*), coalesce(max({self._doc_order()}), 0) FROM documents"
        ).fetchone()
        judged, jlast = self._x("SELECT count(*), coalesce(max(id), 0) FROM judgements").fetchone()
        return f"documents={docs}/{last} judgements={judged}/{jlast}"

    # ------------------------------------------------------------ events (issue 4)
    def _event_mention_sql(self) -> str:
        return (
            'SELECT em.id, em.document_id, em.start, em."end", em.type, em.date_value,'
            " em.date_end, em.date_precision, em.date_text, em.summary, em.event_id, d.outlet,"
            f" {self._doc_order('d')} AS doc_rowid"
            " FROM event_mentions em JOIN documents d ON d.id = em.document_id"
        )

    def unmerged_event_mentions(self, limit: int) -> list[dict[str, Any]]:
        """Up to ``limit`` event mentions not yet merged into an event, oldest documents first."""
        rows = self._dicts(
            self._event_mention_sql() + " WHERE em.event_id IS NULL ORDER BY"
            f" {self._doc_order('d')}, em.start, em.id LIMIT ?",
            (limit,),
        )
        self._attach_arguments(rows)
        return rows

    def _attach_arguments(self, rows: list[dict[str, Any]]) -> None:
        """Add ``participants``/``places``: sets of entity ids (or ``key:<name>`` if unresolved)."""
        by_id = {r["id"]: r for r in rows}
        for r in rows:
            r["participants"], r["places"] = set(), set()
        for chunk in chunked(by_id):
            for emid, role, eid, key in self._x(
                "SELECT a.event_mention_id, a.role, m.entity_id, m.key FROM event_arguments a"
                " JOIN mentions m ON m.id = a.mention_id WHERE a.event_mention_id IN"
                f" ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                target = "participants" if role == "participant" else "places"
                by_id[emid][target].add(eid or f"key:{key}")

    def events_by_keys(self, keys: Sequence[str]) -> dict[str, set[str]]:
        """``{event_id: its blocking keys among keys}`` of merged events."""
        out: dict[str, set[str]] = {}
        for chunk in chunked(keys):
            for key, eid in self._x(
                f"SELECT key, event_id FROM event_keys WHERE key IN ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                out.setdefault(eid, set()).add(key)
        return out

    def event_mentions_of(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """Every event mention merged into these events, with arguments."""
        rows: list[dict[str, Any]] = []
        for chunk in chunked(event_ids):
            rows.extend(
                self._dicts(
                    self._event_mention_sql()
                    + f" WHERE em.event_id IN ({self.dialect.marks(len(chunk))})"
                    f" ORDER BY {self._doc_order('d')}, em.start, em.id",
                    chunk,
                )
            )
        self._attach_arguments(rows)
        return rows

    def take_event_requeue(self) -> list[str]:
        """The events queued to merge again (migration 0930), emptying the queue."""
        ids = [r[0] for r in self._x("SELECT event_id FROM event_requeue ORDER BY event_id")]
        if ids:
            self._x("DELETE FROM event_requeue")
        return ids

    def unmerge_events(self, event_ids: Sequence[str]) -> None:
        """Undo these events: their mentions unmerged, their keys and rows gone."""
        for chunk in chunked(event_ids):
            marks = self.dialect.marks(len(chunk))
            self._x(f"UPDATE event_mentions SET event_id = NULL WHERE event_id IN ({marks})", chunk)
            self._x(f"DELETE FROM event_keys WHERE event_id IN ({marks})", chunk)
            self._x(f"DELETE FROM event_state WHERE event_id IN ({marks})", chunk)
            self._x(f"DELETE FROM events WHERE id IN ({marks})", chunk)

    def event_readings_of(self, event_ids: Sequence[str]) -> list[dict[str, Any]]:
        """The mentions of these events as their dates need them (no arguments), in
        corpus order."""
        rows: list[dict[str, Any]] = []
        for chunk in chunked(event_ids):
            rows.extend(
                self._dicts(
                    "SELECT em.event_id, em.id, em.document_id, em.start, em.type,"
                    " em.date_value, em.date_end, em.date_precision, em.date_text, em.summary,"
                    f" {self._doc_order('d')} AS doc_rowid FROM event_mentions em"
                    " JOIN documents d ON d.id = em.document_id"
                    f" WHERE em.event_id IN ({self.dialect.marks(len(chunk))})"
                    f" ORDER BY {self._doc_order('d')}, em.start, em.id",
                    chunk,
                )
            )
        return rows

    def event_states(self, event_ids: Sequence[str]) -> dict[str, str]:
        """``{event_id: state}``: the events resolver's summary of each event (JSON text,
        migration 0940); events stored without one are absent."""
        out: dict[str, str] = {}
        for chunk in chunked(event_ids):
            out.update(
                self._x(
                    "SELECT event_id, state FROM event_state WHERE event_id IN"
                    f" ({self.dialect.marks(len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return out

    def put_event_states(self, rows: Sequence[tuple[str, str]]) -> None:
        """Write ``(event_id, state)`` rows."""
        if rows:
            self.conn.cursor().executemany(
                self.dialect.q(
                    "INSERT INTO event_state(event_id, state) VALUES (?, ?)"
                    " ON CONFLICT(event_id) DO UPDATE SET state = excluded.state"
                ),
                list(rows),
            )

    def merge_event_mentions(
        self, links: Sequence[tuple[str, str]], keys: Sequence[tuple[str, str]]
    ) -> None:
        """Set ``event_id`` of each ``(mention_id, event_id)``; add ``(key, event_id)`` keys."""
        cur = self.conn.cursor()
        if links:
            cur.executemany(
                self.dialect.q("UPDATE event_mentions SET event_id = ? WHERE id = ?"),
                [(e, m) for m, e in links],
            )
        if keys:
            cur.executemany(
                self.dialect.q(
                    "INSERT INTO event_keys(key, event_id) VALUES (?,?) ON CONFLICT DO NOTHING"
                ),
                list(keys),
            )

    def upsert_events(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """``(id, type, date_value, date_end, date_precision, date_text, year, summary,
        mention_count, document_count, conflict, resolver)``."""
        if not rows:
            return
        self.conn.cursor().executemany(
            self.dialect.q(
                "INSERT INTO events(id, type, date_value, date_end, date_precision, date_text,"
                " year, summary, mention_count, document_count, conflict, resolver)"
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
                " date_value=excluded.date_value, date_end=excluded.date_end,"
                " date_precision=excluded.date_precision, date_text=excluded.date_text,"
                " year=excluded.year, summary=excluded.summary,"
                " mention_count=excluded.mention_count, document_count=excluded.document_count,"
                " conflict=excluded.conflict, resolver=excluded.resolver"
            ),
            list(rows),
        )

    def iter_events(
        self,
        entity_id: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
    ) -> Iterator[dict[str, Any]]:
        """Merged events in date order (undated last); optionally those involving an entity."""
        where: list[str] = []
        params: list[Any] = []
        if entity_id is not None:
            where.append(
                "e.id IN (SELECT em.event_id FROM event_mentions em JOIN event_arguments a"
                " ON a.event_mention_id = em.id JOIN mentions m ON m.id = a.mention_id"
                " WHERE m.entity_id = ?)"
            )
            params.append(entity_id)
        if year_from is not None:
            where.append("e.year >= ?")
            params.append(year_from)
        if year_to is not None:
            where.append("e.year <= ?")
            params.append(year_to)
        sql = "SELECT e.* FROM events e"
        if where:
            sql += " WHERE " + " AND ".join(where)
        sql += " ORDER BY e.date_value IS NULL, e.date_value, e.type, e.id"
        yield from self._iter_dicts(sql, params)

    def event_arguments_of(self, event_id: str) -> list[dict[str, Any]]:
        """Distinct ``(role, entity_id, text)`` arguments of an event's mentions."""
        # an unresolved argument (no entity) first on both engines (PostgreSQL's default
        # puts NULL last; SQLite reads NULLS FIRST since 3.30)
        return self._dicts(
            "SELECT DISTINCT a.role, m.entity_id, m.text FROM event_mentions em"
            " JOIN event_arguments a ON a.event_mention_id = em.id"
            " JOIN mentions m ON m.id = a.mention_id WHERE em.event_id = ?"
            " ORDER BY a.role, m.text, m.entity_id NULLS FIRST",
            (event_id,),
        )

    def event_evidence(self, event_id: str) -> list[dict[str, Any]]:
        """Evidence of an event: each mention's sentence, document, outlet and reading."""
        return self._dicts(
            'SELECT em.document_id, em.start, em."end",'
            ' substr(d.text, em.start + 1, em."end" - em.start) AS text, em.type,'
            " em.date_value, em.date_end, em.date_precision, em.date_text, d.outlet,"
            " d.published FROM event_mentions em JOIN documents d ON d.id = em.document_id"
            f" WHERE em.event_id = ? ORDER BY {self._doc_order('d')}, em.start, em.id",
            (event_id,),
        )

    # ------------------------------------------------------------ reuse (issue 5)
    def documents_after(self, rowid: int, limit: int) -> list[tuple[int, str, str]]:
        """``(place, id, text)`` of up to ``limit`` documents added after place ``rowid``."""
        order = self._doc_order()
        return [
            tuple(r)
            for r in self._x(
                f"SELECT {order}, id, text FROM documents WHERE {order} > ? ORDER BY {order}"
                " LIMIT ?",
                (rowid, limit),
            ).fetchall()
        ]

    def reuse_lookup(self, keys: Sequence[int]) -> list[tuple[int, int]]:
        """``(key, document place)`` of every stored LSH band key among ``keys``."""
        out: list[tuple[int, int]] = []
        for chunk in chunked(keys):  # type: ignore[arg-type]
            out.extend(
                tuple(r)
                for r in self._x(
                    "SELECT key, doc FROM reuse_lsh WHERE key IN"
                    f" ({self.dialect.marks(len(chunk))}) ORDER BY key, doc",
                    chunk,
                )
            )
        return out

    def reuse_add_keys(self, rows: Sequence[tuple[int, int]]) -> None:
        # (key, doc) is unique (migration 0700): a key stored twice counted twice.  In key
        # order: each insert then lands next to the one before in the (key, doc) index,
        # which random band keys otherwise hit all over (the rows are a set: no order of
        # theirs is read; measured at 12k documents, 108k keys: 5.9 -> 3.9 s wall)
        if rows:
            self.conn.cursor().executemany(
                self.dialect.q(
                    "INSERT INTO reuse_lsh(key, doc) VALUES (?, ?) ON CONFLICT DO NOTHING"
                ),
                sorted(rows),
            )

    def reuse_shingles(self, rowids: Sequence[int]) -> dict[int, bytes]:
        """``{place: shingle hashes}`` of the documents among ``rowids`` that have them
        stored (``reuse_shingles``, migration 0960)."""
        out: dict[int, bytes] = {}
        for chunk in chunked(rowids):  # type: ignore[arg-type]
            for rid, blob in self._x(
                "SELECT doc, shingles FROM reuse_shingles WHERE doc IN"
                f" ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                out[rid] = bytes(blob)
        return out

    def reuse_add_shingles(self, rows: Sequence[tuple[int, bytes]]) -> None:
        """``(place, shingle hashes)`` of documents the reuse resolver has shingled."""
        if rows:
            self.conn.cursor().executemany(
                self.dialect.q(
                    "INSERT INTO reuse_shingles(doc, shingles) VALUES (?, ?) ON CONFLICT DO NOTHING"
                ),
                list(rows),
            )

    def document_texts(self, rowids: Sequence[int]) -> dict[int, tuple[str, str]]:
        """``{place: (id, text)}``."""
        out: dict[int, tuple[str, str]] = {}
        order = self._doc_order()
        for chunk in chunked(rowids):  # type: ignore[arg-type]
            for rid, did, text in self._x(
                f"SELECT {order}, id, text FROM documents WHERE {order} IN"
                f" ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                out[rid] = (did, text)
        return out

    def add_reuse_pairs(self, rows: Sequence[tuple[Any, ...]]) -> None:
        """``(id, doc_a, start_a, end_a, doc_b, start_b, end_b, similarity, resolver)``."""
        if rows:
            self.conn.cursor().executemany(
                self.dialect.q(
                    "INSERT INTO reuse_pairs(id, doc_a, start_a, end_a, doc_b, start_b, end_b,"
                    " similarity, resolver) VALUES (?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE"
                    " SET doc_a = excluded.doc_a, start_a = excluded.start_a,"
                    " end_a = excluded.end_a, doc_b = excluded.doc_b, start_b = excluded.start_b,"
                    " end_b = excluded.end_b, similarity = excluded.similarity,"
                    " resolver = excluded.resolver"
                ),
                list(rows),
            )

    def iter_reuse_pairs(self, doc_ids: Sequence[str] | None = None) -> Iterator[dict[str, Any]]:
        """Reuse pairs with both documents' outlet and date (only among ``doc_ids`` if given)."""
        sql = (
            "SELECT r.*, da.outlet AS outlet_a, da.published AS published_a,"
            " db.outlet AS outlet_b, db.published AS published_b FROM reuse_pairs r"
            " JOIN documents da ON da.id = r.doc_a JOIN documents db ON db.id = r.doc_b"
        )
        if doc_ids is None:
            yield from self._iter_dicts(
                sql + " ORDER BY r.doc_a, r.start_a, r.doc_b, r.start_b, r.id"
            )
            return
        for chunk in chunked(doc_ids):
            marks = self.dialect.marks(len(chunk))
            yield from self._iter_dicts(
                sql + f" WHERE r.doc_a IN ({marks}) OR r.doc_b IN ({marks}) ORDER BY r.doc_a,"
                " r.start_a, r.doc_b, r.start_b, r.id",
                (*chunk, *chunk),
            )

    def reuse_links(self, doc_ids: Sequence[str]) -> list[tuple[str, int, int, str, int, int]]:
        """Text-reuse passages among ``doc_ids``: ``(doc_a, start_a, end_a, doc_b, start_b,
        end_b)`` (the hook for counting independent sources)."""
        ids = list(dict.fromkeys(doc_ids))
        if len(ids) < 2:
            return []
        out: list[tuple[str, int, int, str, int, int]] = []
        if self.dialect.name == "postgresql" and len(ids) > 450:
            # one statement, the ids one array joined by hash (an ``= ANY`` of a
            # parameter array compares each row with every id): a most mentioned
            # entity's ~2,600 documents were 6 statements of 450 placeholders each.  The
            # array travels as one JSON text: psycopg's dump of a list of 2,600 strings
            # was ~2.7 ms of the app's CPU a page, the JSON 0.4 (the server's the same).
            among = set(ids)
            return [
                tuple(r)
                for r in self._x(
                    "SELECT doc_a, start_a, end_a, doc_b, start_b, end_b FROM reuse_pairs"
                    " WHERE doc_a IN (SELECT jsonb_array_elements_text(?::jsonb))",
                    (json.dumps(ids),),
                )
                if r[3] in among
            ]
        if len(ids) <= 450:
            marks = self.dialect.marks(len(ids))
            return [
                tuple(r)
                for r in self._x(
                    "SELECT doc_a, start_a, end_a, doc_b, start_b, end_b FROM reuse_pairs"
                    f" WHERE doc_a IN ({marks}) AND doc_b IN ({marks})",
                    (*ids, *ids),
                )
            ]
        # More: the pairs from each chunk's documents (index reuse_pairs_a), kept when the
        # other document is among ``ids`` too, whichever chunk it is in (a chunk compared
        # with itself only missed the pairs across chunks).
        among = set(ids)
        for chunk in chunked(ids, 450):
            marks = self.dialect.marks(len(chunk))
            out.extend(
                tuple(r)
                for r in self._x(
                    "SELECT doc_a, start_a, end_a, doc_b, start_b, end_b FROM reuse_pairs"
                    f" WHERE doc_a IN ({marks})",
                    tuple(chunk),
                )
                if r[3] in among
            )
        return out
