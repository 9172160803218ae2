"""The entity resolver's reads and writes over mentions, statements and entities (issue 18).

``resolve/entities.py`` used to query the connection itself (20 statements);
its SQL lives here now, engine-neutral (``?`` placeholders and the mentions'
insertion order through :class:`~.dialect.Dialect`), mixed into each engine's
store class.  The resolver keeps every decision; these methods only fetch and
write rows.

Row order is part of the answer where the resolver's outcome depends on it
(which name is indexed first, which document a short form is decided in
first, which document is cited as a link's evidence), so every such query
orders explicitly, reproducing what SQLite's plans gave before the move
(checked with ``EXPLAIN QUERY PLAN``: a ``DISTINCT`` over an index keeps the
index's order, a ``GROUP BY`` through a temporary B-tree sorts by its
columns, ``INTERSECT`` returns its rows sorted).  Mentions' insertion order is
SQLite's ``rowid`` and PostgreSQL's ``mentions.seq`` (``schema_pg/0004``).

Entity summaries (:meth:`EntityResolutionQueries.entity_mention_forms` ...
:meth:`EntityResolutionQueries.write_entities`) are only rows: which name,
type and alias kinds an entity gets is ``resolve/entity_refresh.py``'s policy.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from .dialect import Dialect

__all__ = ["EntityResolutionQueries", "EntityRow"]

#: One entity as written: ``(id, name, type, key, mention count, document count,
#: resolver, [(alias, count, how), ...])``.
EntityRow = tuple[str, str, str, str, int, int, str, Sequence[tuple[str, int, str]]]

# mentions not linked yet that the resolver places ("name" is the analysers' kind)
_UNRESOLVED = "entity_id IS NULL AND kind = 'name'"


class EntityResolutionQueries:
    """Mixed into a store class that has a DB-API ``conn`` and a ``dialect``."""

    conn: Any
    dialect: Dialect

    def _ex(self, sql: str, params: Sequence[Any] = ()) -> Any:
        return self.conn.execute(self.dialect.q(sql), tuple(params))

    def _many(self, sql: str, rows: Sequence[Sequence[Any]]) -> None:
        if rows:
            self.conn.cursor().executemany(self.dialect.q(sql), rows)

    def _unresolved_by_key(self) -> str:
        # SQLite's planner otherwise walks mentions_entity_doc over every unresolved
        # mention (all of them in a first build) per key: the pass went quadratic
        return "mentions" + self.dialect.indexed_by("mentions_unresolved")

    # ------------------------------------------------------------ unresolved names
    def unresolved_mention_keys(self) -> Iterator[str]:
        """Keys of name mentions no entity holds yet (no particular order)."""
        yield from [
            r[0] for r in self._ex(f"SELECT DISTINCT key FROM mentions WHERE {_UNRESOLVED}")
        ]

    def unresolved_name_forms(self) -> list[tuple[str, str, str, int, int]]:
        """``(key, type, text, mentions, first_seen)`` of the unresolved name mentions, in
        the order each form was first written (the order new names are indexed in).

        ``first_seen``: where the form is first written, document row order * 2^32 +
        start (``entity_names.first_seen``): input order, whatever the resolver pass."""
        first = f"min({self.dialect.row_order_of('d')} * {1 << 32} + m.start)"
        return [
            (r[0], r[1], r[2], r[3], int(r[4]))
            for r in self._ex(
                f"SELECT m.key, m.type, m.text, count(*), {first} FROM mentions m"
                " JOIN documents d ON d.id = m.document_id"
                " WHERE m.entity_id IS NULL AND m.kind = 'name'"
                f" GROUP BY m.key, m.type, m.text ORDER BY {first}"
            )
        ]

    def unresolved_name_labels(self) -> list[tuple[str, str, int]]:
        """``(key, tagger label, mentions)`` of the unresolved name mentions."""
        return [
            (r[0], r[1], r[2])
            for r in self._ex(
                f"SELECT key, label, count(*) FROM mentions WHERE {_UNRESOLVED}"
                " GROUP BY key, label ORDER BY key, label"
            )
        ]

    def unresolved_name_documents(self) -> set[str]:
        """Documents with name mentions no entity holds yet."""
        return {
            r[0] for r in self._ex(f"SELECT DISTINCT document_id FROM mentions WHERE {_UNRESOLVED}")
        }

    def unresolved_type_votes(self, key: str) -> dict[str, int]:
        """``{type: mentions}`` of the unlinked mentions of ``key`` (any kind)."""
        return {
            r[0]: r[1]
            for r in self._ex(
                f"SELECT type, count(*) FROM {self._unresolved_by_key()}"
                " WHERE key = ? AND entity_id IS NULL GROUP BY type",
                (key,),
            )
        }

    def unresolved_documents_of(self, key: str) -> list[str]:
        """Documents with unresolved name mentions of ``key``, in the order of their first."""
        return [
            r[0]
            for r in self._ex(
                f"SELECT document_id FROM {self._unresolved_by_key()} WHERE key = ?"
                f" AND {_UNRESOLVED} GROUP BY document_id ORDER BY min({self.dialect.row_order})",
                (key,),
            )
        ]

    def unresolved_label_counts(self, key: str, doc_id: str | None = None) -> dict[str, int]:
        """``{tagger label: mentions}`` of the unresolved name mentions of ``key`` (in
        ``doc_id`` only, when given)."""
        where, params = ("", (key,)) if doc_id is None else (" AND document_id = ?", (key, doc_id))
        return {
            r[0]: r[1]
            for r in self._ex(
                f"SELECT label, count(*) FROM {self._unresolved_by_key()}"
                f" WHERE key = ? AND {_UNRESOLVED}{where} GROUP BY label ORDER BY label",
                params,
            )
        }

    def unresolved_document_types(self, key: str) -> list[tuple[str, str, int]]:
        """``(document, type, mentions)`` of the unresolved name mentions of ``key``,
        by document then type."""
        return [
            (r[0], r[1], r[2])
            for r in self._ex(
                f"SELECT document_id, type, count(*) FROM {self._unresolved_by_key()}"
                f" WHERE key = ? AND {_UNRESOLVED} GROUP BY document_id, type"
                " ORDER BY document_id, type",
                (key,),
            )
        ]

    def link_unresolved_names(self, links: Sequence[tuple[str, str]]) -> None:
        """``(entity id, key)``: link every unresolved name mention of the key."""
        self._many(f"UPDATE mentions SET entity_id = ? WHERE {_UNRESOLVED} AND key = ?", links)

    def link_mentions(self, links: Sequence[tuple[str, str]]) -> None:
        """``(key, entity id)``: link every unlinked mention of the key, whatever its kind
        (the v1 resolver's grouping by name)."""
        self._many(
            "UPDATE mentions SET entity_id = ? WHERE entity_id IS NULL AND key = ?",
            [(eid, key) for key, eid in links],
        )

    def link_demonym(self, key: str, entity_id: str, *, tagged_person: bool = True) -> None:
        """The unresolved mentions of ``key`` name the people of ``entity_id`` (a country);
        with ``tagged_person=False`` not those the tagger read as a person's name."""
        person = "" if tagged_person else " AND label <> 'PERSON'"
        self._ex(
            f"UPDATE mentions SET entity_id = ?, kind = 'demonym' WHERE {_UNRESOLVED} AND key = ?"
            + person,
            (entity_id, key),
        )

    def link_document_name(self, doc_id: str, key: str, entity_id: str | None, kind: str) -> None:
        """The unresolved mentions of ``key`` in one document: ``entity_id``, ``kind``."""
        self._ex(
            "UPDATE mentions SET entity_id = ?, kind = ? WHERE document_id = ? AND key = ?"
            f" AND {_UNRESOLVED}",
            (entity_id, kind, doc_id, key),
        )

    def entity_documents_of_key(self, entity_id: str, key: str) -> list[str]:
        """Documents where ``key`` is written as a mention of ``entity_id`` (by the
        entity's index: bounded by the entity, not the store)."""
        return [
            r[0]
            for r in self._ex(
                "SELECT DISTINCT document_id FROM mentions WHERE entity_id = ? AND key = ?"
                " ORDER BY document_id",
                (entity_id, key),
            )
        ]

    def document_word_links(self, doc_id: str) -> list[tuple[str, str, str | None]]:
        """``(key, kind, entity id)`` of the document's one-word name mentions, each once."""
        rows = self._ex(
            "SELECT DISTINCT key, kind, entity_id FROM mentions WHERE document_id = ?"
            " AND kind IN ('name', 'ambiguous') ORDER BY key, kind",
            (doc_id,),
        )
        return [(r[0], r[1], r[2]) for r in rows if " " not in r[0]]

    def reopen_document_name(self, doc_id: str, key: str) -> None:
        """The mentions of ``key`` in one document are unresolved again (kind "name")."""
        self._ex(
            "UPDATE mentions SET entity_id = NULL, kind = 'name' WHERE document_id = ?"
            " AND key = ? AND kind IN ('name', 'ambiguous')",
            (doc_id, key),
        )

    # ------------------------------------------------------------ mentions of one document
    def first_shared_document(self, key_a: str, key_b: str) -> str | None:
        """The first document (by id) with mentions of both keys."""
        row = self._ex(
            "SELECT min(document_id) FROM (SELECT document_id FROM mentions WHERE key = ?"
            " INTERSECT SELECT document_id FROM mentions WHERE key = ?) shared",
            (key_a, key_b),
        ).fetchone()
        return None if row is None else row[0]

    def entity_in_document(self, doc_id: str, key: str) -> str | None:
        """The entity the first linked name or short-form mention of ``key`` in a
        document has (by offset)."""
        # (the document's rows filtered here, not in SQL: see linked_document_names)
        rows = self._ex(
            "SELECT entity_id, kind FROM mentions WHERE document_id = ? AND key = ?"
            f" ORDER BY start, {self.dialect.row_order}",
            (doc_id, key),
        )
        return next(
            (e for e, kind in rows if e is not None and kind in ("name", "short-form")), None
        )

    def document_name_entities(self, doc_id: str) -> list[tuple[str, str | None]]:
        """``(key, the greatest entity id its name mentions have, or None)`` per key
        of the document's name mentions, by key."""
        return [
            (r[0], r[1])
            for r in self._ex(
                "SELECT key, max(entity_id) FROM mentions WHERE document_id = ?"
                " AND kind = 'name' GROUP BY key ORDER BY key",
                (doc_id,),
            )
        ]

    def document_name_keys(self, doc_id: str) -> list[str]:
        """Keys of the document's name mentions, in the order they are first written."""
        rows = self._ex(
            "SELECT key FROM mentions WHERE document_id = ? AND kind = 'name'"
            f" ORDER BY start, {self.dialect.row_order}",
            (doc_id,),
        )
        return list(dict.fromkeys(r[0] for r in rows))

    def linked_document_names(self, doc_id: str) -> list[tuple[str, str, str]]:
        """``(key, text, entity id)`` of the document's linked name mentions, each once,
        in the order they are first written."""
        # Filtered here, not in SQL: with "entity_id IS NOT NULL" in the query,
        # PostgreSQL's planner, whose statistics a resolver pass makes stale (every
        # mention unlinked when they were taken), walked the entity index over every
        # linked mention instead of this document's rows (13 ms a call, 4.5 of 26 s of
        # a 354-page entity pass; SQLite reads the document's rows either way).
        rows = self._ex(
            "SELECT key, text, entity_id, kind FROM mentions WHERE document_id = ?"
            f" ORDER BY start, {self.dialect.row_order}",
            (doc_id,),
        )
        return list(
            dict.fromkeys((r[0], r[1], r[2]) for r in rows if r[2] is not None and r[3] == "name")
        )

    def document_keys_except(self, doc_id: str, key: str) -> set[str]:
        """Keys of every mention of one document but ``key``."""
        return {
            r[0]
            for r in self._ex(
                "SELECT DISTINCT key FROM mentions WHERE document_id = ? AND key != ?",
                (doc_id, key),
            )
        }

    def document_surfaces(self, doc_id: str, key: str) -> set[str]:
        """How one document writes ``key`` (its mentions' texts)."""
        return {
            r[0]
            for r in self._ex(
                "SELECT DISTINCT text FROM mentions WHERE document_id = ? AND key = ?",
                (doc_id, key),
            )
        }

    def mention_starts(self, doc_id: str, key: str, *, unlinked: bool = False) -> list[int]:
        """Start offsets of the mentions of ``key`` in one document (``unlinked``: only
        those no entity holds), by offset."""
        extra = " AND entity_id IS NULL" if unlinked else ""
        return [
            r[0]
            for r in self._ex(
                f"SELECT start FROM mentions WHERE document_id = ? AND key = ?{extra}"
                f" ORDER BY start, {self.dialect.row_order}",
                (doc_id, key),
            )
        ]

    def unlinked_mention_spans(self, doc_id: str, key: str) -> list[tuple[int, int]]:
        """``(start, end)`` of the mentions of ``key`` in one document no entity holds."""
        return [
            (r[0], r[1])
            for r in self._ex(
                'SELECT start, "end" FROM mentions WHERE document_id = ? AND key = ?'
                f" AND entity_id IS NULL ORDER BY start, {self.dialect.row_order}",
                (doc_id, key),
            )
        ]

    def sentence_at(self, doc_id: str, offset: int) -> tuple[int, int] | None:
        """``(start, end)`` of the last sentence of the document starting at or before ``offset``."""
        row = self._ex(
            'SELECT start, "end" FROM sentences WHERE document_id = ? AND start <= ?'
            " ORDER BY start DESC LIMIT 1",
            (doc_id, offset),
        ).fetchone()
        return None if row is None else (row[0], row[1])

    # ------------------------------------------------------------ across the corpus
    def entity_document_ids(self, entity_id: str, limit: int) -> list[str]:
        """Up to ``limit`` documents with mentions of the entity, by id."""
        return [
            r[0]
            for r in self._ex(
                "SELECT DISTINCT document_id FROM mentions WHERE entity_id = ?"
                " ORDER BY document_id LIMIT ?",
                (entity_id, limit),
            )
        ]

    def first_surface(self, key: str) -> str | None:
        """The text of the first mention ever written of ``key``."""
        row = self._ex(
            f"SELECT text FROM mentions WHERE key = ? ORDER BY {self.dialect.row_order} LIMIT 1",
            (key,),
        ).fetchone()
        return None if row is None else row[0]

    def longer_name_keys(self, base: str) -> list[str]:
        """Indexed name keys that are ``base``, a space, then more (keys are compared by
        code point on both engines: see ``PostgresStore``'s collation check)."""
        return [
            r[0]
            for r in self._ex(
                "SELECT key FROM entity_names WHERE key > ? AND key < ? ORDER BY key",
                (base + " ", base + "!"),
            )
        ]

    # ------------------------------------------------------------ name statements
    def name_link_pairs(self, kinds: Sequence[str]) -> list[tuple[str, str]]:
        """``(a key, b key)`` of every name statement of these kinds."""
        return [
            (r[0], r[1])
            for r in self._ex(
                f"SELECT a_key, b_key FROM name_links WHERE kind IN ({self.dialect.marks(len(kinds))})",
                kinds,
            )
        ]

    def unread_name_statements(self) -> list[tuple[str, int, str, str, str, str, str]]:
        """``(document, seq, kind, a key, b key, a text, b text)`` of the statements the
        resolver has not read, in the order they were written (a document's
        statements are written with it, in ``seq`` order)."""
        return [
            (r[0], r[1], r[2], r[3], r[4], r[5], r[6])
            for r in self._ex(
                "SELECT l.document_id, l.seq, l.kind, l.a_key, l.b_key, l.a_text, l.b_text"
                " FROM name_links l JOIN documents d ON d.id = l.document_id"
                f" WHERE l.resolved = 0 ORDER BY {self.dialect.row_order_of('d')}, l.seq"
            )
        ]

    def mark_statements_read(self, unread: Sequence[tuple[str, int]] = ()) -> None:
        """Every statement read, but ``unread`` (``(document, seq)``: to read again)."""
        self._ex("UPDATE name_links SET resolved = 1 WHERE resolved = 0")
        self.mark_statements_unread(unread)

    def mark_statements_unread(self, statements: Sequence[tuple[str, int]]) -> None:
        self._many(
            "UPDATE name_links SET resolved = 0 WHERE document_id = ? AND seq = ?", statements
        )

    # ------------------------------------------------------------ starting over
    def reset_entity_resolution(self) -> None:
        """Forget every resolution decision: links, recalled mentions, the name index,
        entities (judgements and statements stay, to be read again)."""
        for sql in (
            "DELETE FROM mentions WHERE kind = 'description'",  # recall's headline nouns
            "UPDATE mentions SET entity_id = NULL, kind = 'name'",
            "DELETE FROM mentions WHERE analyzer = 'newsdossier.recall.v1'",
            "DELETE FROM recall_scans",
            "DELETE FROM entity_names",
            "DELETE FROM entity_aliases",
            "DELETE FROM entities",
            "UPDATE name_links SET resolved = 0",
        ):
            self._ex(sql)

    # ------------------------------------------------------------ entity summaries
    def entity_mention_forms(
        self, entity_ids: Sequence[str]
    ) -> list[tuple[str, str, str, str, int]]:
        """``(entity id, text, kind, type, mentions)`` of the entities' mentions; a
        mention recall found again in the text has kind ``"recall"`` (its type is the
        entity's when it was found, no tagger's evidence).  By entity, text, kind, type.

        Read from the counts kept at write (``entity_mention_forms``, migration 0996),
        not by grouping the entities' mentions: a pass refreshes the entities it touched,
        and a most mentioned one has 110,168 mentions at 100k documents (issue 18)."""
        return [
            (r[0], r[1], r[2], r[3], r[4])
            for r in self._ex(
                "SELECT entity_id, text, kind, type, mentions FROM entity_mention_forms"
                f" WHERE entity_id IN ({self.dialect.marks(len(entity_ids))})"
                " ORDER BY entity_id, text, kind, type",
                entity_ids,
            )
        ]

    def entity_mention_forms_counted(
        self, entity_ids: Sequence[str]
    ) -> list[tuple[str, str, str, str, int]]:
        """:meth:`entity_mention_forms` counted from the mentions themselves (what the kept
        counts must equal: the tests hold them to it), by entity, text, kind, type."""
        kind = "CASE WHEN analyzer = 'newsdossier.recall.v1' THEN 'recall' ELSE kind END"
        return [
            (r[0], r[1], r[2], r[3], r[4])
            for r in self._ex(
                f"SELECT entity_id, text, {kind}, type, count(*) FROM mentions"
                f" WHERE entity_id IN ({self.dialect.marks(len(entity_ids))})"
                f" GROUP BY entity_id, text, {kind}, type ORDER BY 1, 2, 3, 4",
                entity_ids,
            )
        ]

    def entity_name_hows(self, entity_ids: Sequence[str]) -> dict[str, str]:
        """``{name key: how it joined its entity}`` of the entities' names."""
        return {
            r[0]: r[1]
            for r in self._ex(
                "SELECT key, how FROM entity_names"
                f" WHERE entity_id IN ({self.dialect.marks(len(entity_ids))})",
                entity_ids,
            )
        }

    def entity_document_counts(self, entity_ids: Sequence[str]) -> dict[str, int]:
        return {
            r[0]: r[1]
            for r in self._ex(
                "SELECT entity_id, count(DISTINCT document_id) FROM mentions"
                f" WHERE entity_id IN ({self.dialect.marks(len(entity_ids))}) GROUP BY entity_id",
                entity_ids,
            )
        }

    def delete_entity(self, entity_id: str) -> None:
        """An entity no mention holds any more, and its aliases."""
        self._ex("DELETE FROM entity_aliases WHERE entity_id = ?", (entity_id,))
        self._ex("DELETE FROM entities WHERE id = ?", (entity_id,))

    def write_entity(self, row: EntityRow) -> None:
        """Insert or update one entity and replace its aliases (see :data:`EntityRow`)."""
        eid, name, typ, key, mentions, documents, resolver, aliases = row
        self._ex(
            "INSERT INTO entities(id, name, type, key, mention_count, document_count, resolver)"
            " VALUES (?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET name=excluded.name,"
            " type=excluded.type, key=excluded.key, mention_count=excluded.mention_count,"
            " document_count=excluded.document_count, resolver=excluded.resolver",
            (eid, name, typ, key, mentions, documents, resolver),
        )
        self._ex("DELETE FROM entity_aliases WHERE entity_id = ?", (eid,))
        self._many(
            "INSERT INTO entity_aliases(entity_id, name, count, how) VALUES (?,?,?,?)"
            " ON CONFLICT DO NOTHING",
            [(eid, text, n, how) for text, n, how in aliases],
        )
