"""The read queries of the web pages, the terminal views and the export (issue 18).

Engine-neutral SQL (``?`` placeholders, translated by :class:`~.dialect.Dialect`;
the documents' insertion order through ``Dialect.row_order``), mixed into each
engine's store class; the protocols they implement are in ``protocols.py``.
Every query here is bounded by an index or a ``LIMIT`` the caller passes
(pages read one page, never a whole table), except where the method says it
reads every row (exports).  Every value is bound as a parameter.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from ..names import name_key
from .dialect import Dialect

__all__ = ["SEARCH_RANKED_MAX", "ReadQueries", "chunked", "via_first"]

# SQLite's bound-parameter limit is 32,766; PostgreSQL's 65,535: keep IN (...) lists small.
_CHUNK = 900

#: Matches ranked per full-text search: the first ones in insertion order only (on both
#: engines; PostgreSQL's ``postgres.SEARCH_CANDIDATES`` is the same number).  Ranking reads
#: each match's index entries (FTS5's bm25) or stored vector (``ts_rank``): a common word over
#: a large corpus would rank every match for one page of 50; a page past this many is
#: empty, and the search page says so.
SEARCH_RANKED_MAX = 2_000


def via_first(rows: list[tuple[Any, ...]]) -> list[tuple[Any, ...]]:
    """``rows`` (key first, via third) in their order, except that a row whose via is
    another row's key comes right after that row (a cycle keeps the given order)."""
    keys = {r[0] for r in rows}
    out: list[tuple[Any, ...]] = []
    done: set[str] = set()
    waiting: dict[str, list[tuple[Any, ...]]] = {}

    def emit(row: tuple[Any, ...]) -> None:
        if row[0] in done:
            return
        out.append(row)
        done.add(row[0])
        for w in waiting.pop(row[0], []):
            emit(w)

    for row in rows:
        via = row[2]
        if via in keys and via not in done and via != row[0]:
            waiting.setdefault(via, []).append(row)
        else:
            emit(row)
    for row in rows:
        if row[0] not in done:
            emit(row)
    return out


def chunked(values: Iterable[str], size: int = _CHUNK) -> Iterator[list[str]]:
    seq = list(values)
    for i in range(0, len(seq), size):
        yield seq[i : i + size]


class ReadQueries:
    """Mixed into a store class that has a DB-API ``conn`` and a ``dialect``."""

    conn: Any
    dialect: Dialect

    # ------------------------------------------------------------ helpers
    def _x(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.dialect.q(sql), tuple(params))

    def _dicts(self, sql: str, params: Sequence[Any] = ()) -> list[dict[str, Any]]:
        cur = self._x(sql, params)
        cols = [c[0] for c in cur.description]
        return [dict(zip(cols, r, strict=True)) for r in cur.fetchall()]

    #: whether each event mention keeps its document's outlet, date and corpus order
    #: (PostgreSQL's migration 1008): the evidence read then probes no document
    _evidence_documents_kept = False

    def _doc_order(self, alias: str = "") -> str:
        return self.dialect.row_order_of(alias)

    # ------------------------------------------------------------ documents (whole rows)
    def _iter_dicts(self, sql: str, params: Sequence[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts, streamed (exports read every document through this)."""
        cur = self._x(sql, params)
        cols = [c[0] for c in cur.description]
        for row in cur:
            yield dict(zip(cols, row, strict=True))

    def _document(self, row: dict[str, Any]) -> dict[str, Any]:
        # PostgreSQL's documents carry their insertion order as a column (SQLite's is
        # the rowid): no part of a document's record
        if self.dialect.row_order != "rowid":
            row.pop(self.dialect.row_order, None)
            row.pop("search_vector", None)  # PostgreSQL's search index (schema_pg/0820)
        return row

    def document_count(self) -> int:
        return int(self._x("SELECT count(*) FROM documents").fetchone()[0])

    def stats(self) -> dict[str, Any]:
        def one(sql: str) -> Any:
            return self._x(sql).fetchone()[0]

        return {
            "documents": one("SELECT count(*) FROM documents"),
            "sources": one("SELECT count(*) FROM document_sources"),
            "entities": one("SELECT count(*) FROM entities"),
            "mentions": one("SELECT count(*) FROM mentions"),
            "rejected": one("SELECT count(*) FROM inputs WHERE status = 'rejected'"),
            "outlets": one("SELECT count(DISTINCT outlet) FROM documents WHERE outlet IS NOT NULL"),
            "first_published": one("SELECT min(published) FROM documents"),
            "last_published": one("SELECT max(published) FROM documents"),
        }

    def iter_documents(self) -> Iterator[dict[str, Any]]:
        """Every document in insertion order: stable across exports of the same store."""
        for row in self._iter_dicts(f"SELECT * FROM documents ORDER BY {self._doc_order()}"):
            yield self._document(row)

    def get_document(self, doc_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM documents WHERE id = ?", (doc_id,))
        return self._document(rows[0]) if rows else None

    def documents_by_ids(self, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """``{id: get_document(id)}`` of these documents (unknown ids left out), one read
        per 900: a page that needs the texts of 50 documents reads them at once."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in chunked(dict.fromkeys(doc_ids)):
            for row in self._dicts(
                f"SELECT * FROM documents WHERE id IN ({self.dialect.marks(len(chunk))})", chunk
            ):
                out[row["id"]] = self._document(row)
        return out

    def document_removed(self, doc_id: str) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT kind, text FROM removed WHERE document_id = ? ORDER BY seq", (doc_id,)
        )

    def document_sources(self, doc_id: str) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT input_key, source, name, url, outlet FROM document_sources"
            " WHERE document_id = ? ORDER BY input_key",
            (doc_id,),
        )

    def document_sentences(self, doc_id: str) -> list[tuple[int, int]]:
        return [
            (r[0], r[1])
            for r in self._x(
                'SELECT start, "end" FROM sentences WHERE document_id = ? ORDER BY start', (doc_id,)
            )
        ]

    def document_mentions(self, doc_id: str) -> list[dict[str, Any]]:
        return self._dicts(
            # the columns by name: PostgreSQL's mentions also hold their insertion order (seq)
            'SELECT id, document_id, start, "end", text, label, type, key, analyzer, version,'
            ' entity_id, kind FROM mentions WHERE document_id = ? ORDER BY start, "end", id',
            (doc_id,),
        )

    def iter_rejections(self) -> Iterator[dict[str, Any]]:
        return self._iter_dicts(
            "SELECT key, source, record, code, reason, seen_at FROM inputs"
            " WHERE status = 'rejected' ORDER BY key"
        )

    def iter_input_notes(self) -> Iterator[dict[str, Any]]:
        """Inputs that were used after a repair (ingest's ``W1xx`` notes), by key."""
        return self._iter_dicts(
            "SELECT key, source, record, status, notes FROM inputs"
            " WHERE notes IS NOT NULL ORDER BY key"
        )

    # ------------------------------------------------------------ entities (whole rows)
    def iter_entities(self, limit: int | None = None) -> Iterator[dict[str, Any]]:
        sql = "SELECT * FROM entities ORDER BY mention_count DESC, name, id"
        params: tuple[Any, ...] = ()
        if limit is not None:
            sql += " LIMIT ?"
            params = (limit,)
        return self._iter_dicts(sql, params)

    def entity_aliases(self, entity_id: str) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT name, count, how FROM entity_aliases WHERE entity_id = ?"
            " ORDER BY count DESC, name",
            (entity_id,),
        )

    def find_entities(self, name: str) -> list[dict[str, Any]]:
        """Entities whose canonical name or any alias matches ``name`` (case-insensitive)."""
        key = name_key(name)
        return self._dicts(
            "SELECT DISTINCT e.* FROM entities e LEFT JOIN entity_aliases a"
            " ON a.entity_id = e.id WHERE e.key = ? OR lower(e.name) = lower(?)"
            " OR lower(a.name) = lower(?)"
            " OR e.id IN (SELECT entity_id FROM entity_names WHERE key = ?)"
            " OR e.id = ? ORDER BY e.mention_count DESC, e.name, e.id",
            (key, name, name, key, name),
        )

    def entity_mentions(self, entity_id: str, limit: int | None = None) -> list[dict[str, Any]]:
        """Mentions of an entity, each with the sentence that holds it and its document."""
        sql = (
            'SELECT m.id, m.document_id, m.start, m."end", m.text, m.label, m.type, m.kind,'
            " d.title, d.name AS document_name, d.outlet, d.published,"
            ' (SELECT substr(d.text, s.start + 1, s."end" - s.start) FROM sentences s'
            "   WHERE s.document_id = m.document_id AND s.start <= m.start"
            "   ORDER BY s.start DESC LIMIT 1) AS sentence,"
            " (SELECT s.start FROM sentences s"
            "   WHERE s.document_id = m.document_id AND s.start <= m.start"
            "   ORDER BY s.start DESC LIMIT 1) AS sentence_start"
            " FROM mentions m JOIN documents d ON d.id = m.document_id"
            f' WHERE m.entity_id = ? ORDER BY {self._doc_order("d")}, m.start, m."end", m.id'
        )
        params: tuple[Any, ...] = (entity_id,)
        if limit is not None:
            sql += " LIMIT ?"
            params = (entity_id, limit)
        return self._dicts(sql, params)

    def iter_entity_mentions(self) -> Iterator[dict[str, Any]]:
        """Every resolved mention, grouped by entity (for streaming exports)."""
        return self._iter_dicts(
            'SELECT entity_id, document_id, start, "end", text FROM mentions'
            ' WHERE entity_id IS NOT NULL ORDER BY entity_id, document_id, start, "end", id'
        )

    def entity_named(self, doc_id: str, name: str) -> str | None:
        """The entity of a mention of ``name`` in one document (the words of the name,
        case-insensitive), else of a mention the name starts with ("Saudi Arabia's ...")."""
        if not name.strip():
            return None
        rows = self._x(
            "SELECT text, entity_id FROM mentions WHERE document_id = ? AND entity_id IS NOT NULL"
            ' ORDER BY start, "end", id',
            (doc_id,),
        ).fetchall()
        low = " ".join(name.lower().split())
        for text, ent in sorted(rows, key=lambda r: -len(r[0])):
            t = " ".join(str(text).lower().split())
            if t == low or low.startswith((t + " ", t + "’", t + "'")):
                return str(ent)
        return None

    # ------------------------------------------------------------ documents
    def documents_meta(self, doc_ids: Iterable[str]) -> dict[str, dict[str, Any]]:
        """``{id: {outlet, published, published_precision, title, name}}`` as stored."""
        out: dict[str, dict[str, Any]] = {}
        for chunk in chunked(dict.fromkeys(doc_ids)):
            for row in self._dicts(
                "SELECT id, outlet, published, published_precision, title, name FROM documents"
                f" WHERE id IN ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                out[row.pop("id")] = row
        return out

    def text_slice(self, doc_id: str, start: int, end: int) -> str | None:
        """``text[start:end]`` of one document (None if there is no such document)."""
        row = self._x(
            "SELECT substr(text, ?, ?) FROM documents WHERE id = ?",
            (start + 1, end - start, doc_id),
        ).fetchone()
        return None if row is None else row[0]

    def publication_counts(self, entity_id: str | None = None) -> list[dict[str, Any]]:
        """Dated documents per ``period`` (the first 7 characters of the date): the
        corpus's, or those that mention an entity (every one: the counts migration 0970
        keeps)."""
        if entity_id is not None:
            return self._dicts(
                "SELECT period, sum(documents) AS documents FROM entity_outlet_periods"
                " WHERE entity_id = ? AND period != '' GROUP BY period ORDER BY period",
                (entity_id,),
            )
        return self._dicts(
            "SELECT substr(published, 1, 7) AS period, count(*) AS documents FROM documents"
            " WHERE published IS NOT NULL GROUP BY period ORDER BY period"
        )

    def publications_page(
        self,
        start: str | None,
        end: str | None,
        entity_id: str | None,
        limit: int,
        offset: int,
    ) -> list[dict[str, Any]]:
        """Dated documents in date order, within ISO prefixes ``start``..``end``."""
        sql = (
            "SELECT id, title, name, outlet, published, published_precision FROM documents"
            " WHERE published IS NOT NULL"
        )
        params: list[Any] = []
        if start:
            sql += " AND published >= ?"
            params.append(start)
        if end:
            sql += " AND substr(published, 1, ?) <= ?"
            params += [len(end), end]
        if entity_id and self._walk_entity_documents(entity_id, limit + offset):
            # walk the dated documents in order (documents_published), keeping the
            # entity's (a probe of mentions_entity_doc each): a top entity's
            sql += " AND EXISTS (SELECT 1 FROM mentions m WHERE m.entity_id = ?"
            sql += " AND m.document_id = documents.id)"
            params.append(entity_id)
        elif entity_id:
            # the entity's documents first (mentions_entity_doc), then sorted: a rare one's
            sql = sql.replace(
                " FROM documents WHERE",
                " FROM (SELECT DISTINCT document_id FROM mentions WHERE entity_id = ?) x"
                " CROSS JOIN documents WHERE documents.id = x.document_id AND",
            )
            params.insert(0, entity_id)
        sql += f" ORDER BY published, {self._doc_order('documents')} LIMIT ? OFFSET ?"
        return self._dicts(sql, (*params, limit, offset))

    def _walk_entity_documents(self, entity_id: str, rows: int) -> bool:
        """Whether the first ``rows`` documents that mention an entity (in date order) are
        found faster by walking every dated document in order than by collecting the
        entity's documents and sorting them.  A walk probes about ``rows * documents /
        n`` documents to find ``rows`` of the entity's ``n`` (its ``document_count``,
        kept by the resolvers); collecting reads ``n``.  Walk when ``n * n > rows *
        documents``."""
        row = self._x("SELECT document_count FROM entities WHERE id = ?", (entity_id,)).fetchone()
        n = int(row[0]) if row and row[0] else 0
        if n == 0:
            return False
        return rows * self._rows_about("documents") < n * n

    def ambiguous_mentions(self, limit: int) -> list[tuple[str, str, int, int]]:
        """``(text, document title or name, start, end)`` of mentions two actors fit."""
        return [
            (r[0], r[1], r[2], r[3])
            for r in self._x(
                'SELECT m.text, coalesce(d.title, d.name), m.start, m."end" FROM mentions m'
                " JOIN documents d ON d.id = m.document_id WHERE m.kind = 'ambiguous'"
                f" ORDER BY {self._doc_order('d')}, m.start LIMIT ?",
                (limit,),
            ).fetchall()
        ]

    # ------------------------------------------------------------ outlets
    def outlet_totals(self, *, with_size: bool = False) -> list[dict[str, Any]]:
        """One row per stored outlet string: ``documents, first, last`` (dates); with
        ``with_size``, also ``chars`` and a row for documents without an outlet."""
        if with_size:
            return self._dicts(
                "SELECT outlet, count(*) AS documents, min(published) AS first,"
                " max(published) AS last, sum(length(text)) AS chars FROM documents"
                " GROUP BY outlet ORDER BY outlet NULLS FIRST"
            )
        return self._dicts(
            "SELECT outlet, count(*) AS documents, min(published) AS first,"
            " max(published) AS last FROM documents WHERE outlet IS NOT NULL GROUP BY outlet"
            " ORDER BY outlet"
        )

    def outlet_summary(self, variants: Sequence[str]) -> dict[str, Any]:
        """``documents, first, last, chars`` over every spelling of one outlet."""
        return self._dicts(
            "SELECT count(*) AS documents, min(published) AS first, max(published) AS last,"
            " sum(length(text)) AS chars FROM documents"
            f" WHERE outlet IN ({self.dialect.marks(len(variants))})",
            variants,
        )[0]

    def _outlet_docs_sql(
        self, variants: Sequence[str], columns: str, limit: int, offset: int
    ) -> tuple[str, list[Any]]:
        """An outlet's documents newest first over all its spellings: one index-ordered,
        limited subquery per spelling, merged (no sort of the outlet's whole history)."""
        order = self._doc_order()
        parts = [
            f"SELECT * FROM (SELECT {columns}, {order} AS _r FROM documents WHERE outlet = ?"
            f" ORDER BY published DESC, {order} LIMIT ?) AS v{i}"
            for i, _ in enumerate(variants)
        ]
        sql = " UNION ALL ".join(parts) + " ORDER BY published DESC, _r LIMIT ? OFFSET ?"
        params: list[Any] = []
        for v in variants:
            params += [v, limit + offset]
        return sql, [*params, limit, offset]

    def outlet_documents(
        self, variants: Sequence[str], limit: int, offset: int
    ) -> list[dict[str, Any]]:
        """A page of an outlet's documents, newest first."""
        sql, params = self._outlet_docs_sql(
            variants, "id, title, name, published, published_precision", limit, offset
        )
        rows = self._dicts(sql, params)
        for r in rows:
            r.pop("_r", None)
        return rows

    def outlet_labels(self, variants: Sequence[str], recent: int) -> list[dict[str, Any]]:
        """``id, entity, label, n``: the names an outlet's ``recent`` newest documents
        use for each resolved actor."""
        recent_sql, params = self._outlet_docs_sql(variants, "id, published", recent, 0)
        # counted per (entity, text) first, the entities' names joined to the groups (not
        # to each of the ~40k mentions of 2,000 documents)
        return self._dicts(
            f"WITH recent AS (SELECT id FROM ({recent_sql}) AS r0)"
            " SELECT g.entity_id AS id, e.name AS entity, g.text AS label, g.n FROM"
            " (SELECT m.entity_id, m.text, count(*) AS n FROM mentions m"
            "  JOIN recent r ON r.id = m.document_id WHERE m.entity_id IS NOT NULL"
            "  GROUP BY m.entity_id, m.text) AS g"
            " JOIN entities e ON e.id = g.entity_id ORDER BY g.entity_id, g.text",
            params,
        )

    def outlet_document_ids(self, variants: Sequence[str]) -> set[str]:
        return {
            r[0]
            for r in self._x(
                f"SELECT id FROM documents WHERE outlet IN ({self.dialect.marks(len(variants))})",
                variants,
            )
        }

    def outlet_variant_map(self) -> dict[str, str]:
        """``{stored outlet string: canonical outlet}`` (empty before the outlet resolver ran)."""
        return dict(self._x("SELECT variant, outlet FROM outlet_variants").fetchall())

    def outlet_variant_rows(self) -> list[tuple[str, str, str]]:
        """``(variant, outlet, how)`` by outlet, the canonical spelling first."""
        return [
            (r[0], r[1], r[2])
            for r in self._x(
                "SELECT variant, outlet, how FROM outlet_variants"
                " ORDER BY outlet, how != 'canonical', variant"
            )
        ]

    def outlet_sites(self) -> list[tuple[str, str | None, int]]:
        """``(outlet, URL up to the end of its host, documents)``: one row per outlet and
        site, not per page (the caller parses the host)."""
        tail = self.dialect.instr("substr(url, 9)", "'/'")
        return [
            (r[0], r[1], r[2])
            for r in self._x(
                f"SELECT outlet, CASE WHEN {tail} > 0 THEN substr(url, 1, 8 + {tail}) ELSE url END"
                " AS site, count(*) FROM documents WHERE outlet IS NOT NULL GROUP BY outlet, site"
                " ORDER BY outlet, site NULLS FIRST"
            )
        ]

    def outlet_judgement_rows(self) -> list[tuple[str, str, str, str | None]]:
        """``(kind, a, b, note)`` of users' outlet judgements, oldest first."""
        return [
            (r[0], r[1], r[2], r[3])
            for r in self._x(
                "SELECT kind, a, b, note FROM outlet_judgements"
                f" ORDER BY {self.dialect.row_order_of()}"
            )
        ]

    def add_outlet_judgement(self, kind: str, a: str, b: str, note: str | None) -> None:
        self._x(
            "INSERT INTO outlet_judgements (kind, a, b, note) VALUES (?, ?, ?, ?)",
            (kind, a, b, note),
        )

    def replace_outlet_variants(self, rows: Sequence[tuple[str, str, str]]) -> None:
        """Replace the outlet map by ``(variant, outlet, how)`` rows."""
        self._x("DELETE FROM outlet_variants")
        self.conn.cursor().executemany(
            self.dialect.q("INSERT INTO outlet_variants (variant, outlet, how) VALUES (?, ?, ?)"),
            rows,
        )

    # ------------------------------------------------------------ entities
    def get_entity(self, entity_id: str) -> dict[str, Any] | None:
        rows = self._dicts("SELECT * FROM entities WHERE id = ?", (entity_id,))
        return rows[0] if rows else None

    def entity_exists(self, entity_id: str) -> bool:
        return self._x("SELECT 1 FROM entities WHERE id = ?", (entity_id,)).fetchone() is not None

    def entity_count(self) -> int:
        return int(self._x("SELECT count(*) FROM entities").fetchone()[0])

    def entity_names_of(self, entity_ids: Iterable[str]) -> dict[str, str]:
        """``{id: canonical name}`` of the given entities (unknown ids left out)."""
        out: dict[str, str] = {}
        for chunk in chunked(entity_ids):
            out.update(
                self._x(
                    f"SELECT id, name FROM entities WHERE id IN ({self.dialect.marks(len(chunk))})",
                    chunk,
                ).fetchall()
            )
        return out

    def top_entities(self, limit: int) -> list[dict[str, Any]]:
        return self._dicts(
            "SELECT id, name, type, mention_count, document_count FROM entities"
            " ORDER BY mention_count DESC, name, id LIMIT ?",
            (limit,),
        )

    def entities_page(self, type: str | None, limit: int, offset: int) -> list[dict[str, Any]]:
        """Entities (of one type, if given), most mentioned first."""
        sql = "SELECT id, name, type, mention_count, document_count FROM entities"
        params: list[Any] = []
        if type:
            sql += " WHERE type = ?"
            params.append(type)
        # id last: a total order, so that OFFSET pages neither repeat nor skip a row
        sql += " ORDER BY mention_count DESC, name, id LIMIT ? OFFSET ?"
        return self._dicts(sql, (*params, limit, offset))

    def entity_types(self) -> list[str]:
        return [r[0] for r in self._x("SELECT DISTINCT type FROM entities ORDER BY 1")]

    def entities_with_alias_like(self, pattern: str, limit: int) -> list[dict[str, Any]]:
        """Entities with an alias matching the LIKE ``pattern`` (``ESCAPE '\\'``, lower
        case), most mentioned first; ``matched`` lists the aliases, comma-joined."""
        return self._dicts(
            f"SELECT e.id, e.name, e.type, e.mention_count, {self.dialect.agg_distinct('a.name')}"
            " AS matched FROM entity_aliases a JOIN entities e ON e.id = a.entity_id"
            " WHERE lower(a.name) LIKE ? ESCAPE '\\' GROUP BY e.id"
            " ORDER BY e.mention_count DESC, e.id LIMIT ?",
            (pattern, limit),
        )

    def alias_names_of_top_entities(self, max_entities: int) -> list[str]:
        """Every alias of the ``max_entities`` most mentioned entities (suggestions)."""
        return [
            r[0]
            for r in self._x(
                "SELECT a.name FROM entity_aliases a JOIN (SELECT id, mention_count FROM entities"
                " ORDER BY mention_count DESC, id LIMIT ?) e ON e.id = a.entity_id"
                " ORDER BY e.mention_count DESC, e.id, a.name",
                (max_entities,),
            )
        ]

    def alias_evidence(self, entity_id: str, name: str) -> tuple[str, int, int] | None:
        """``(doc, start, end)`` of one mention of an entity written ``name``."""
        row = self._x(
            'SELECT document_id, start, "end" FROM mentions WHERE entity_id = ? AND text = ?'
            " LIMIT 1",
            (entity_id, name),
        ).fetchone()
        return None if row is None else (row[0], row[1], row[2])

    def entity_mention_page(self, entity_id: str, limit: int, offset: int) -> list[dict[str, Any]]:
        """A page of an entity's mentions (``doc``, offsets, document metadata) with the
        span of the sentence holding each (``s_start``, ``s_end``; None if none).

        The page's mentions are chosen on the index alone (``mentions_entity_doc``:
        entity, document, start, id), and only they are joined to their documents and
        sentences: with the joins under the OFFSET, every skipped mention cost a document
        probe and two sentence probes (page 5: 600 probes for 21 rows, growing with the
        page number)."""
        return self._dicts(
            'SELECT m.id, m.document_id AS doc, m.start, m."end", m.text, m.label,'
            " d.title, d.name AS document_name, d.outlet, d.published, d.published_precision,"
            " (SELECT s.start FROM sentences s WHERE s.document_id = m.document_id"
            "   AND s.start <= m.start ORDER BY s.start DESC LIMIT 1) AS s_start,"
            ' (SELECT s."end" FROM sentences s WHERE s.document_id = m.document_id'
            "   AND s.start <= m.start ORDER BY s.start DESC LIMIT 1) AS s_end"
            " FROM (SELECT id, document_id, start FROM mentions WHERE entity_id = ?"
            "  ORDER BY entity_id, document_id, start, id LIMIT ? OFFSET ?) AS p"
            " CROSS JOIN mentions m JOIN documents d ON d.id = m.document_id"
            " WHERE m.id = p.id ORDER BY p.document_id, p.start, p.id",
            (entity_id, limit, offset),
        )

    def entity_outlet_months(self, entity_id: str) -> list[dict[str, Any]]:
        """``outlet, period (YYYY-MM), documents`` over every document that mentions an
        entity (None: no outlet, no date), from the counts migration 0970 keeps (an index
        range of the entity: counting them per request probed ~3,000 documents for a most
        mentioned entity at 100k documents, and PostgreSQL scanned every document)."""
        return [
            {"outlet": r[0] or None, "period": r[1] or None, "documents": r[2]}
            for r in self._x(
                "SELECT outlet, period, documents FROM entity_outlet_periods"
                " WHERE entity_id = ? ORDER BY outlet, period",
                (entity_id,),
            ).fetchall()
        ]

    # ------------------------------------------------------------ claims
    def claim_subject_entities(self) -> list[str]:
        """Every entity that is the subject of a claim, by id."""
        return [
            r[0]
            for r in self._x(
                "SELECT DISTINCT s.entity_id FROM claims c JOIN mentions s ON s.document_id ="
                ' c.document_id AND s.start = c.subject_start AND s."end" = c.subject_end'
                " WHERE s.entity_id IS NOT NULL ORDER BY s.entity_id"
            ).fetchall()
        ]

    def claim_ids_spoken_by(self, entity_id: str) -> list[str]:
        """Ids of the claims whose source mention belongs to ``entity_id``."""
        return [
            r[0]
            for r in self._x(
                "SELECT c.id FROM claims c JOIN mentions m ON m.document_id = c.document_id"
                ' AND m.start = c.source_start AND m."end" = c.source_end WHERE m.entity_id = ?'
                " ORDER BY c.document_id, c.start, c.id",
                (entity_id,),
            ).fetchall()
        ]

    # ------------------------------------------------------------ judgements
    def judgement_rows(self) -> list[tuple[str, str, str | None, str | None, str, str]]:
        """``(kind, a, b, note, source, created_at)`` of every judgement, oldest first."""
        return [
            (r[0], r[1], r[2], r[3], r[4], r[5])
            for r in self._x(
                "SELECT kind, a, b, note, source, created_at FROM judgements ORDER BY id"
            )
        ]

    def add_judgement_row(
        self, kind: str, a: str, b: str | None, note: str | None, source: str
    ) -> None:
        self._x(
            "INSERT INTO judgements(kind, a, b, note, source) VALUES (?,?,?,?,?)",
            (kind, a, b, note, source),
        )

    # ------------------------------------------------------------ name statements
    _LINK_SQL = (
        'SELECT l.document_id, l.start, l."end", substr(d.text, l.start + 1, l."end" - l.start),'
        " l.asserted_by, l.kind, l.a_text, l.b_text, l.a_key, l.b_key, d.outlet, d.published"
        " FROM name_links l JOIN documents d ON d.id = l.document_id"
    )

    def name_history(self, entity_id: str) -> list[tuple[Any, ...]]:
        """``(key, how, via, score, link_doc, link_seq)`` of an entity's names, first
        written first, each after the name it joined through (its ``via``).

        Not by ``seq``: that is the order passes indexed the names in, which moves
        with where the passes fall (issue 18); ``first_seen`` is input order."""
        rows = [
            tuple(r)
            for r in self._x(
                "SELECT key, how, via, score, link_doc, link_seq FROM entity_names"
                " WHERE entity_id = ? ORDER BY first_seen, key",
                (entity_id,),
            ).fetchall()
        ]
        return via_first(rows)

    def name_link(self, doc_id: str, seq: int) -> tuple[Any, ...] | None:
        """One name statement: ``(doc, start, end, text, asserted_by, kind, a_text, b_text,
        a_key, b_key, outlet, published)``."""
        row = self._x(self._LINK_SQL + " WHERE l.document_id = ? AND l.seq = ?", (doc_id, seq))
        found = row.fetchone()
        return None if found is None else tuple(found)

    def first_mention_span(self, doc_id: str, key: str) -> tuple[int, int] | None:
        """``(start, end)`` of the first mention with name key ``key`` in one document."""
        row = self._x(
            'SELECT start, "end" FROM mentions WHERE document_id = ? AND key = ?'
            " ORDER BY start LIMIT 1",
            (doc_id, key),
        ).fetchone()
        return None if row is None else (row[0], row[1])

    def short_form_count(self, entity_id: str) -> int:
        return int(
            self._x(
                "SELECT count(*) FROM mentions WHERE entity_id = ? AND kind = 'short-form'",
                (entity_id,),
            ).fetchone()[0]
        )

    def name_links_touching(self, entity_id: str, kinds: Sequence[str]) -> list[tuple[Any, ...]]:
        """Name statements of these kinds whose either name belongs to the entity, in
        document order (rows as :meth:`name_link`)."""
        marks = self.dialect.marks(len(kinds))
        return [
            tuple(r)
            for r in self._x(
                self._LINK_SQL
                + f" WHERE l.kind IN ({marks}) AND (l.a_key IN (SELECT key FROM entity_names"
                " WHERE entity_id = ?) OR l.b_key IN (SELECT key FROM entity_names"
                f" WHERE entity_id = ?)) ORDER BY {self._doc_order('d')}, l.start, l.seq",
                (*kinds, entity_id, entity_id),
            ).fetchall()
        ]

    def name_link_owners(self, kinds: Sequence[str]) -> dict[str, str]:
        """``{name key: entity id}`` of every name in a statement of these kinds."""
        marks = self.dialect.marks(len(kinds))
        return dict(
            self._x(
                "SELECT key, entity_id FROM entity_names WHERE key IN (SELECT a_key FROM"
                f" name_links WHERE kind IN ({marks}) UNION SELECT b_key FROM name_links"
                f" WHERE kind IN ({marks}))",
                (*kinds, *kinds),
            ).fetchall()
        )

    def name_links_between_entities(self, kinds: Sequence[str]) -> Iterator[tuple[Any, ...]]:
        """Statements of these kinds as ``(entity of a, entity of b, *row as name_link)``,
        in document order (reads every such statement: the relations export)."""
        marks = self.dialect.marks(len(kinds))
        cur = self._x(
            self._LINK_SQL.replace("SELECT ", "SELECT sa.entity_id, sb.entity_id, ", 1)
            + " JOIN entity_names sa ON sa.key = l.a_key JOIN entity_names sb ON sb.key = l.b_key"
            # both ends in the dossier's entities: between resolver passes a name can be
            # indexed to an entity that has no row yet (no mention linked to it), and 74
            # of 270 exports taken during soak builds had a relation to an entity that
            # was not in them (issue 17)
            + " JOIN entities ea ON ea.id = sa.entity_id JOIN entities eb ON eb.id = sb.entity_id"
            + f" WHERE l.kind IN ({marks}) ORDER BY {self._doc_order('d')}, l.start, l.seq",
            kinds,
        )
        for row in cur:
            yield tuple(row)

    # ------------------------------------------------------------ analysis on web pages
    # (issue 18) What the pages show of the analysis sections (relations, events, claims,
    # contradictions, reuse, framing), read per page through an index and a LIMIT, in
    # place of the web app's in-memory index of whole export sections.

    def analysis_present(self, relation_kinds: Sequence[str]) -> dict[str, bool]:
        """Whether each analysis section has any row (``True``: "computed")."""

        def some(sql: str, params: Sequence[Any] = ()) -> bool:
            return self._x(f"SELECT EXISTS ({sql})", params).fetchone()[0] in (1, True)

        marks = self.dialect.marks(len(relation_kinds))
        return {
            # a relation is exported only when both names belong to an entity
            "relations": some(
                "SELECT 1 FROM name_links l JOIN entity_names sa ON sa.key = l.a_key"
                " JOIN entity_names sb ON sb.key = l.b_key JOIN entities ea ON ea.id ="
                f" sa.entity_id JOIN entities eb ON eb.id = sb.entity_id WHERE l.kind IN ({marks})",
                relation_kinds,
            ),
            "events": some("SELECT 1 FROM events"),
            "claims": some("SELECT 1 FROM claims"),
            "contradictions": some("SELECT 1 FROM contradictions"),
            "reuse": some("SELECT 1 FROM reuse_pairs"),
            "framing": some("SELECT 1 FROM framing_spans"),
        }

    #: the columns of a name statement the relation read takes (its key among them: the
    #: union of both ends' rows keeps one of a row found at both)
    _LINK_COLUMNS = (
        'document_id, seq, start, "end", asserted_by, kind, a_text, b_text, a_key, b_key'
    )

    def entity_relation_links(
        self, entity_id: str, kinds: Sequence[str], limit: int, *, text: bool = True
    ) -> list[tuple[Any, ...]]:
        """The first ``limit`` statements of these kinds with the entity at either end,
        as :meth:`name_links_between_entities` rows (both ends entities), in document
        order.  ``text=False``: each statement's text is None (not read)."""
        marks = self.dialect.marks(len(kinds))
        order = self._doc_order("d")
        # The statements are chosen and ordered without their text, which is cut from
        # only the chosen ones' documents: with the cut in the chosen rows' select list,
        # PostgreSQL detoasted the whole article of every candidate (1,327 for a most
        # mentioned entity at 100k documents, ~60 of ~130 ms) before the LIMIT.  Without
        # the text (an entity's HTML page links each statement, it does not quote it) no
        # document is read: cutting the chosen 501 from their articles was still ~40 % of
        # the statement's server time on PostgreSQL at 100k documents.
        cut = 'substr(t.text, p.start + 1, p."end" - p.start)' if text else "NULL"
        texts = " JOIN documents t ON t.id = p.document_id" if text else ""
        return [
            tuple(r)
            for r in self._x(
                f'SELECT p.ea, p.eb, p.document_id, p.start, p."end", {cut},'
                " p.asserted_by, p.kind,"
                " p.a_text, p.b_text, p.a_key, p.b_key, p.outlet, p.published FROM ("
                'SELECT l.ea, l.eb, l.document_id, l.start, l."end",'
                " l.seq AS l_seq, l.asserted_by, l.kind, l.a_text, l.b_text, l.a_key, l.b_key,"
                f" d.outlet, d.published, {order} AS d_order"
                # the entity's statements from either end's index (a UNION, not an OR
                # over both keys, which PostgreSQL estimated at 6 times the rows and
                # merge-joined with every document), each row whole from its branch (the
                # union of keys probed each row again by its key: ~1,300 probes, a fifth
                # of the statement for a most mentioned person at 100k documents)
                f" FROM ({self._relation_end('a', 'b', marks)} UNION ALL"
                f" {self._relation_end('b', 'a', marks)}"
                # a statement with both ends the entity's came from the first branch
                # (not hashed whole to drop it twice: ~5 ms of 1,300 rows on PostgreSQL)
                " AND NOT EXISTS (SELECT 1 FROM entity_names x WHERE x.key = l.a_key"
                " AND x.entity_id = ?)) AS l"
                " JOIN documents d ON d.id = l.document_id"
                # the entity's own end is the entity (its names' rows drove the branch):
                # its row probed once here, not its name and row again for each statement
                # (2 of the 4 name and entity probes of each of ~1,300 statements)
                " WHERE EXISTS (SELECT 1 FROM entities WHERE id = ?)"
                f" ORDER BY {order}, l.start, l.seq LIMIT ?) AS p{texts}"
                " ORDER BY p.d_order, p.start, p.l_seq",
                (entity_id, *kinds, entity_id, *kinds, entity_id, entity_id, limit),
            ).fetchall()
        ]

    def _relation_end(self, own: str, other: str, marks: str) -> str:
        """The statements of these kinds whose ``own`` end is one of the entity's names,
        with both ends' entities (``ea, eb``): the own end's entity from the name row that
        found the statement, the other end's name and entity probed (a statement whose
        other end names no entity is left out, as the join of both ends left it)."""
        ends = {own: "n.entity_id", other: "o.entity_id"}
        columns = ", ".join(f"l.{c.strip()}" for c in self._LINK_COLUMNS.split(","))
        return (
            f"SELECT {ends['a']} AS ea, {ends['b']} AS eb, {columns}"
            f" FROM entity_names n JOIN name_links l ON l.{own}_key = n.key"
            f" JOIN entity_names o ON o.key = l.{other}_key JOIN entities oe ON oe.id = o.entity_id"
            f" WHERE n.entity_id = ? AND l.kind IN ({marks})"
        )

    @staticmethod
    def _date_range(column: str, start: str | None, end: str | None) -> tuple[list[str], list[Any]]:
        """Conditions on an event date ``column`` within ISO prefixes ``start``..``end``
        (an event dated 2012 is inside 2012-06..2012-08; an undated one is outside any
        range), and their parameters."""
        where: list[str] = []
        params: list[Any] = []
        if start or end:
            # dated only; said so that the index's first column is a constant (a range scan)
            where.append(f"({column} IS NULL) = FALSE")
        if start:
            # value >= start[:len(value)]; its year bound first, which the index can use
            where.append(f"{column} >= ? AND {column} >= substr(?, 1, length({column}))")
            params += [start[:4], start]
        if end:
            # value[:len(end)] <= end, i.e. value < end + '~' (dates hold digits and '-')
            where.append(f"{column} < ? AND substr({column}, 1, ?) <= ?")
            params += [end + "~", len(end), end]
        return where, params

    def _event_filter(
        self, type: str | None, start: str | None, end: str | None
    ) -> tuple[str, list[Any]]:
        """``FROM events e WHERE ...``: events of one type, dated within ISO prefixes
        ``start``..``end`` (:meth:`_date_range`)."""
        where, params = self._date_range("e.date_value", start, end)
        if type is not None:
            where.insert(0, "e.type = ?")
            params.insert(0, type)
        return " FROM events e" + ((" WHERE " + " AND ".join(where)) if where else ""), params

    # dated events by date, then undated; the order of index events_page_order
    _EVENT_ORDER = " ORDER BY e.date_value IS NULL, e.date_value, e.type, e.id"

    def entity_event_count(self, entity_id: str, type: str | None = None) -> int:
        """How many events the entity takes part in (of one type, if given): the counts
        migration 0985 keeps by (entity, event type).  Counted per request from its
        argument rows (an index-only count of event_arguments_entity_event), the most
        mentioned entity's 26,765 rows at 100k documents cost 20-30 ms on PostgreSQL."""
        sql = "SELECT coalesce(sum(events), 0) FROM entity_event_counts WHERE entity_id = ?"
        params: tuple[Any, ...] = (entity_id,)
        if type is not None:
            sql += " AND event_type = ?"
            params = (entity_id, type)
        return int(self._x(sql, params).fetchone()[0])

    def _entity_event_ids(
        self,
        entity_id: str,
        type: str | None,
        start: str | None,
        end: str | None,
        limit: int,
        offset: int,
    ) -> list[str]:
        """The ids of the events the entity takes part in (of one type, dated within
        ``start``..``end``), in the timeline's order (:attr:`_EVENT_ORDER`), a page of
        them: a range of index event_arguments_entity_order, whose rows carry their
        event's date and type (migration 0990), each event once.

        Before 0990 the entity's events were either collected and sorted (6,455 events of
        the second most mentioned entity at 50k documents: 102.6 ms of its timeline page
        on PostgreSQL) or found by walking every event in date order, probing the
        entity's arguments for each; now the index yields them in order and the read
        stops at the page's end."""
        sql, params = self._entity_events_sql(entity_id, type, start, end)
        return [r[3] for r in self._x(f"{sql} LIMIT ? OFFSET ?", (*params, limit, offset))]

    def _entity_events_sql(
        self, entity_id: str, type: str | None, start: str | None, end: str | None
    ) -> tuple[str, list[Any]]:
        """``SELECT DISTINCT (undated, date, type, event id) ... ORDER BY`` them: the
        entity's events as :meth:`_entity_event_ids` reads them (no LIMIT)."""
        where = ["a.entity_id = ?", "a.event_id IS NOT NULL"]
        params: list[Any] = [entity_id]
        if type is not None:
            where.append("a.event_type = ?")
            params.append(type)
        dates, date_params = self._date_range("a.event_date", start, end)
        return (
            "SELECT DISTINCT a.event_date IS NULL AS _undated, a.event_date AS _date,"
            " a.event_type AS _type, a.event_id FROM event_arguments a"
            f" WHERE {' AND '.join(where + dates)} ORDER BY 1, 2, 3, 4"
        ), params + date_params

    def _rows_about(self, table: str) -> int:
        """About how many rows ``table`` holds, for choosing a plan, without counting
        them (a count reads every row: ~1 ms per 100k rows on SQLite, 20-50 ms on
        PostgreSQL, per request, growing with the corpus).  SQLite: the largest rowid (a
        b-tree's last key; rows deleted since make it an overestimate, which only tilts
        the choice toward reading the entity's own rows).  PostgreSQL: its planner's
        estimate (``pg_class.reltuples``, kept by ANALYZE and autovacuum), or a count
        where there is none yet."""
        if self.dialect.name == "postgresql":
            row = self._x(
                "SELECT reltuples FROM pg_class WHERE oid = to_regclass(?)", (table,)
            ).fetchone()
            if row is not None and row[0] is not None and row[0] >= 0:
                return int(row[0])
            return int(self._x(f"SELECT count(*) FROM {table}").fetchone()[0])
        return int(self._x(f"SELECT coalesce(max(rowid), 0) FROM {table}").fetchone()[0])

    def events_page(
        self,
        entity_id: str | None,
        type: str | None,
        start: str | None,
        end: str | None,
        limit: int,
        offset: int,
    ) -> list[dict[str, Any]]:
        """A page of merged events (rows of ``events``) in date order, undated last: those
        an entity takes part in (:meth:`_entity_event_ids`), of one type, dated within ISO
        prefixes ``start``..``end``."""
        if entity_id is not None:
            ids = self._entity_event_ids(entity_id, type, start, end, limit, offset)
            found = {r["id"]: r for r in self.events_by_ids(ids)}
            return [found[i] for i in ids if i in found]
        where, params = self._event_filter(type, start, end)
        # with a date range every event is dated: the index's order without its first column
        order = (
            self._EVENT_ORDER.replace("e.date_value IS NULL, ", "")
            if start or end
            else self._EVENT_ORDER
        )
        return self._dicts(f"SELECT e.*{where}{order} LIMIT ? OFFSET ?", (*params, limit, offset))

    def events_with_total(
        self, entity_id: str | None, limit: int
    ) -> tuple[list[dict[str, Any]], int]:
        """The first ``limit`` events (of the entity, if given) in date order, and how many
        there are (an entity's: an index-only count of its events)."""
        if entity_id is None:
            total = int(self._x("SELECT count(*) FROM events").fetchone()[0])
        else:
            total = self.entity_event_count(entity_id)
        if total == 0:
            return [], 0
        return self.events_page(entity_id, None, None, None, limit, 0), total

    def events_by_ids(self, ids: Sequence[str]) -> list[dict[str, Any]]:
        """Rows of ``events`` with these ids (unknown ids left out), in no set order."""
        out: list[dict[str, Any]] = []
        for chunk in chunked(ids):
            out += self._dicts(
                f"SELECT * FROM events WHERE id IN ({self.dialect.marks(len(chunk))})", chunk
            )
        return out

    def event_evidence_many(
        self, event_ids: Sequence[str], *, text: bool = True
    ) -> dict[str, list[dict[str, Any]]]:
        """``{event id: its event_evidence() rows}`` in one read per 900 events (a page of
        50 events read them with one query each: 50 round trips on PostgreSQL).  Each
        sentence is the one migration 0993 keeps on the event mention (the document's
        text is read only where none is kept): cut from each document's whole text, the
        ~2,600 pieces of evidence of a most mentioned entity's page at 100k documents
        cost a detoast of each article on PostgreSQL.  Each piece's outlet, date and
        corpus order are, on PostgreSQL, the copies migration 1008 keeps on the event
        mention (a probe of the documents for each piece: 8-12 ms of the server for those
        ~2,600, 3-4 without).  ``text=False``: each row's ``text`` is None (not read: the
        HTML pages link the evidence, the JSON quotes it)."""
        # the document's text read only where no sentence is kept, so that the join
        # reads the documents' covering index (0951), not each one's row
        sentence = (
            "CASE WHEN em.sentence IS NULL THEN (SELECT substr(t.text, em.start + 1,"
            ' em."end" - em.start) FROM documents t WHERE t.id = em.document_id)'
            " ELSE em.sentence END"
            if text
            else "NULL"
        )
        if self._evidence_documents_kept:
            # PostgreSQL's copies of each document's outlet, date and seq (1008): no probe
            # of the documents; a row whose document is absent (doc_seq NULL) left out, as
            # the join leaves it
            docs = "em.doc_outlet AS outlet, em.doc_published AS published FROM event_mentions em"
            where, order = "em.doc_seq IS NOT NULL AND ", "em.doc_seq"
        else:
            docs = "d.outlet, d.published FROM event_mentions em"
            docs += " JOIN documents d ON d.id = em.document_id"
            where, order = "", self._doc_order("d")
        return self._rows_per_event(
            event_ids,
            lambda marks: (
                'SELECT em.event_id AS _event, em.document_id, em.start, em."end",'
                f" {sentence} AS text, em.type, em.date_value, em.date_end,"
                f" em.date_precision, em.date_text, {docs}"
                f" WHERE {where}em.event_id IN ({marks})"
                f" ORDER BY em.event_id, {order}, em.start, em.id"
            ),
        )

    def event_arguments_many(self, event_ids: Sequence[str]) -> dict[str, list[dict[str, Any]]]:
        """``{event id: its event_arguments_of() rows}``, batched as
        :meth:`event_evidence_many`: the distinct (role, entity, text) of each event's
        argument rows, from the counts migration 0992 keeps (one range of its key per
        event).  Read through every event mention of each event and every argument row of
        those, each probing its mention, a page of 50 merged events (~180 mentions each)
        of the fully resolved 100k store read ~27,000 rows: 66 ms of a ~170 ms page.  The
        same rows in the same order: ``entity_key`` '' (no entity) sorts first, as NULL
        did (NULLS FIRST)."""
        return self._rows_per_event(
            event_ids,
            lambda marks: (
                "SELECT event_id AS _event, role, nullif(entity_key, '') AS entity_id, text"
                f" FROM event_argument_names WHERE event_id IN ({marks})"
                " ORDER BY event_id, role, text, entity_key"
            ),
        )

    def _rows_per_event(
        self, event_ids: Sequence[str], select: Callable[[str], str]
    ) -> dict[str, list[dict[str, Any]]]:
        """``{event id: rows}`` of ``select(placeholders)``, whose first column
        (``_event``) says the event of each row, one read per chunk of ids."""
        out: dict[str, list[dict[str, Any]]] = {i: [] for i in event_ids}
        for chunk in chunked(event_ids):
            cur = self._x(select(self.dialect.marks(len(chunk))), chunk)
            cols = [c[0] for c in cur.description][1:]
            # each row's dict made from the row past its _event (a quarter less CPU than
            # unpacking the row, a fifth less than the whole row's dict with _event
            # popped: ~6,000 rows a page for a most mentioned entity)
            for row in cur.fetchall():
                out[row[0]].append(dict(zip(cols, row[1:], strict=True)))
        return out

    def event_count(self, entity_id: str | None, type: str | None) -> int:
        if entity_id is not None:
            return self.entity_event_count(entity_id, type)
        where, params = self._event_filter(type, None, None)
        return int(self._x(f"SELECT count(*){where}", params).fetchone()[0])

    def event_types(self, entity_id: str | None = None) -> list[str]:
        """The event types present (of the entity's events, if given), sorted."""
        if entity_id is not None:
            # the types of the entity's kept counts (0985): its rows, no argument read
            return [
                r[0]
                for r in self._x(
                    "SELECT event_type FROM entity_event_counts WHERE entity_id = ?"
                    " AND events > 0 ORDER BY event_type",
                    (entity_id,),
                )
            ]
        return [r[0] for r in self._x("SELECT DISTINCT e.type FROM events e ORDER BY 1")]

    def event_axis(
        self, entity_id: str | None, type: str | None, limit: int
    ) -> list[dict[str, Any]]:
        """The first ``limit`` events in date order with what the time axis draws: ``id,
        type, summary, date_value, date_precision, date_text`` and the first evidence
        (``doc, ev_start, ev_end``; None without one).

        Bounded reads (issue 18): an entity's events from its index range
        (:meth:`_entity_event_ids`), each joined to its row and its first evidence, which
        migration 0990 keeps on the event (``first_mention``); the corpus's ids from the
        order index (no event row), then their rows and first evidence by id.  Before it, each event's mentions were sorted in
        corpus order to find it (a document probe per mention: 49.4 ms for the 1,000
        events of a top entity's axis at 50k documents on PostgreSQL); as one query
        PostgreSQL joined the evidence by hashing every event mention."""
        columns = (
            "e.id, e.type, e.summary, e.date_value, e.date_precision, e.date_text,"
            ' em.document_id AS doc, em.start AS ev_start, em."end" AS ev_end'
        )
        first = " LEFT JOIN event_mentions em ON em.id = e.first_mention"
        if entity_id is not None:
            # one statement: the entity's index range, each event and its first evidence
            # probed by key in that order (a nested loop: no sort, no list of ids sent)
            sql, params = self._entity_events_sql(entity_id, type, None, None)
            return self._dicts(
                f"SELECT {columns} FROM ({sql} LIMIT ?) x JOIN events e ON e.id = x.event_id"
                f"{first} ORDER BY x._undated, x._date, x._type, x.event_id",
                (*params, limit),
            )
        where, params = self._event_filter(type, None, None)
        ids = [
            r[0]
            for r in self._x(
                f"SELECT e.id{where}{self._EVENT_ORDER} LIMIT ?", (*params, limit)
            ).fetchall()
        ]
        rows: dict[str, dict[str, Any]] = {}
        for chunk in chunked(ids):
            for r in self._dicts(
                f"SELECT {columns} FROM events e{first}"
                f" WHERE e.id IN ({self.dialect.marks(len(chunk))})",
                chunk,
            ):
                rows[r["id"]] = r
        # (an id whose event was removed between the reads is left out: two statements)
        return [rows[i] for i in ids if i in rows]

    def document_event_spans(self, doc_id: str) -> list[dict[str, Any]]:
        """``start, end, type`` of one document's event mentions merged into an event (the
        evidence of the events it reports), in text order."""
        return self._dicts(
            'SELECT em.start, em."end", e.type FROM event_mentions em JOIN events e'
            " ON e.id = em.event_id WHERE em.document_id = ? ORDER BY em.start, em.id",
            (doc_id,),
        )

    def claim_ids_about(self, entity_id: str, limit: int) -> list[str]:
        """Ids of the first ``limit`` claims whose subject span holds a mention of the
        entity, in (document, subject offset, offset, id) order: through the claim's own
        ``subject_entity`` (migration 0810, index claims_subject_entity, read in that order
        with the limit), not a walk of the entity's mentions (~90k for the most mentioned
        entity at 100k documents); and the few spans of two or more entities
        (``subject_entity_max``, 0997, index claims_subject_shared) whose mentions hold the
        entity, merged in.  A span's larger entity was missing its claims (a review).

        The shared spans are taken from their partial index first (``MATERIALIZED``), each
        probed for a mention of the entity (a scalar subquery: not a join).  Asked for in
        the order of the limit, both engines walked ``claims_subject`` (every claim of
        the store, each row read for its two entities: 15 ms of PostgreSQL's server at 10k
        documents, the largest statement of an entity page) to skip a sort of the few
        shared ones; as a join, PostgreSQL hashed every mention of the entity (110,168 for
        the most mentioned at 100k) for them."""
        own = self._x(
            "SELECT document_id, subject_start, start, id FROM claims WHERE subject_entity = ?"
            " ORDER BY document_id, subject_start, start, id LIMIT ?",
            (entity_id, limit),
        ).fetchall()
        shared = self._x(
            "WITH shared AS MATERIALIZED (SELECT document_id, subject_start, subject_end,"
            " start, id FROM claims WHERE subject_entity < subject_entity_max"
            " AND subject_entity <> ?)"
            " SELECT c.document_id, c.subject_start, c.start, c.id FROM shared c"
            " WHERE (SELECT 1 FROM mentions s WHERE s.document_id = c.document_id"
            '  AND s.start = c.subject_start AND s."end" = c.subject_end AND s.entity_id = ?'
            "  LIMIT 1) IS NOT NULL"
            " ORDER BY c.document_id, c.subject_start, c.start, c.id LIMIT ?",
            (entity_id, entity_id, limit),
        ).fetchall()
        rows = sorted([tuple(r) for r in own] + [tuple(r) for r in shared])
        return [r[3] for r in rows[:limit]]

    def contradictions_page(
        self, subject: str | None, limit: int, *, newest: bool = False
    ) -> list[dict[str, Any]]:
        """Contradictions (about one subject, if given) in (subject, attribute, id) order,
        or from the end of that order with ``newest``; at most ``limit``."""
        sql = "SELECT * FROM contradictions"
        params: list[Any] = []
        if subject is not None:
            sql += " WHERE subject = ?"
            params.append(subject)
        way = " DESC" if newest else ""
        sql += f" ORDER BY subject{way}, attribute{way}, id{way} LIMIT ?"
        return self._dicts(sql, (*params, limit))

    def entity_framing_by_outlet(self, entity_id: str) -> list[dict[str, Any]]:
        """``outlet, technique, n``: framing spans aimed at any mention of the entity (None:
        no outlet), from the counts migration 0970 keeps."""
        return [
            {"outlet": r[0] or None, "technique": r[1], "n": r[2]}
            for r in self._x(
                "SELECT outlet, technique, spans FROM entity_framing_counts"
                " WHERE entity_id = ? ORDER BY outlet, technique",
                (entity_id,),
            ).fetchall()
        ]

    def framing_by_outlet(self, variants: Sequence[str] | None = None) -> list[dict[str, Any]]:
        """``outlet, technique, target, n``: framing spans per stored outlet string (of
        these spellings only, if given), technique and target entity (None if none).
        Reads every span of those outlets: the sources pages cache it per store version."""
        sql = (
            "SELECT d.outlet, f.technique, m.entity_id AS target, count(*) AS n"
            " FROM framing_spans f JOIN documents d ON d.id = f.document_id"
            " LEFT JOIN mentions m ON m.id = f.target_mention"
        )
        params: Sequence[Any] = ()
        if variants is not None:
            sql += f" WHERE d.outlet IN ({self.dialect.marks(len(variants))})"
            params = variants
        return self._dicts(
            sql + " GROUP BY d.outlet, f.technique, m.entity_id"
            " ORDER BY d.outlet NULLS FIRST, f.technique, m.entity_id NULLS FIRST",
            params,
        )

    # published first (-1: a's document is older, 1: b's, 0: cannot tell), compared at
    # the coarser precision of the two (2012 vs 2012-05 is a tie)
    _REUSE_DIRECTION = (
        "CASE WHEN da.published IS NULL OR db.published IS NULL OR da.published = ''"
        " OR db.published = '' THEN 0"
        " WHEN substr(da.published, 1, {n}) < substr(db.published, 1, {n}) THEN -1"
        " WHEN substr(da.published, 1, {n}) > substr(db.published, 1, {n}) THEN 1 ELSE 0 END"
    ).format(
        n="CASE WHEN length(da.published) < length(db.published) THEN length(da.published)"
        " ELSE length(db.published) END"
    )

    def reuse_outlet_counts(self) -> list[dict[str, Any]]:
        """``outlet_a, outlet_b, direction, n`` over every reuse pair (the matrix; reads
        every pair: the reuse page caches it per store version)."""
        return self._dicts(
            f"SELECT da.outlet AS outlet_a, db.outlet AS outlet_b, {self._REUSE_DIRECTION}"
            " AS direction, count(*) AS n FROM reuse_pairs r JOIN documents da ON da.id = r.doc_a"
            " JOIN documents db ON db.id = r.doc_b GROUP BY 1, 2, 3"
            " ORDER BY 1 NULLS FIRST, 2 NULLS FIRST, 3"
        )

    def _outlet_in(self, alias: str, variants: Sequence[str], none: bool) -> tuple[str, list[Any]]:
        parts, params = [], list(variants)
        if variants:
            parts.append(f"{alias}.outlet IN ({self.dialect.marks(len(variants))})")
        if none:
            parts.append(f"{alias}.outlet IS NULL")
        return "(" + (" OR ".join(parts) or "1 = 0") + ")", params

    def reuse_between_outlets(
        self,
        x: Sequence[str],
        y: Sequence[str],
        limit: int,
        *,
        x_none: bool = False,
        y_none: bool = False,
    ) -> list[dict[str, Any]]:
        """The first ``limit`` reuse pairs between a document of one set of outlet spellings
        and one of the other (``*_none``: documents without an outlet too), as
        :meth:`iter_reuse_pairs` rows plus ``direction`` and ``published_precision``."""
        xa, pxa = self._outlet_in("da", x, x_none)
        yb, pyb = self._outlet_in("db", y, y_none)
        ya, pya = self._outlet_in("da", y, y_none)
        xb, pxb = self._outlet_in("db", x, x_none)
        return self._dicts(
            "SELECT r.*, da.outlet AS outlet_a, da.published AS published_a,"
            " da.published_precision AS precision_a, coalesce(da.title, da.name) AS title_a,"
            " db.outlet AS outlet_b, db.published AS published_b,"
            " db.published_precision AS precision_b, coalesce(db.title, db.name) AS title_b,"
            f" {self._REUSE_DIRECTION} AS direction FROM reuse_pairs r"
            " JOIN documents da ON da.id = r.doc_a JOIN documents db ON db.id = r.doc_b"
            f" WHERE ({xa} AND {yb}) OR ({ya} AND {xb}) ORDER BY r.id LIMIT ?",
            (*pxa, *pyb, *pya, *pxb, limit),
        )

    def outlet_reuse_counts(self, variants: Sequence[str]) -> list[dict[str, Any]]:
        """``outlet, direction, n``: reuse pairs between a document of these outlet spellings
        and one of another outlet, per other outlet (stored string) and who published first
        (-1: this outlet, 1: the other, 0: cannot tell)."""
        marks = self.dialect.marks(len(variants))
        mine = f"IN ({marks})"
        # the pair seen from this outlet's side: da is this outlet's document
        return self._dicts(
            f"SELECT other AS outlet, direction, count(*) AS n FROM ("
            f" SELECT db.outlet AS other, {self._REUSE_DIRECTION} AS direction FROM reuse_pairs r"
            " JOIN documents da ON da.id = r.doc_a JOIN documents db ON db.id = r.doc_b"
            f" WHERE da.outlet {mine} AND (db.outlet IS NULL OR db.outlet NOT {mine})"
            " UNION ALL"
            # (the other outlet is db's here too: this side read da.outlet, this outlet's
            # own, until issue 18's source page compared it with the reuse matrix)
            f" SELECT db.outlet AS other, {self._REUSE_DIRECTION} AS direction FROM reuse_pairs r"
            " JOIN documents da ON da.id = r.doc_b JOIN documents db ON db.id = r.doc_a"
            f" WHERE da.outlet {mine} AND (db.outlet IS NULL OR db.outlet NOT {mine})"
            ") AS sides GROUP BY other, direction ORDER BY other NULLS FIRST, direction",
            (*variants, *variants, *variants, *variants),
        )
