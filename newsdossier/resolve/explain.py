"""Why an entity has the names it has, and what is said about it (issue 3).

Read-only queries over the resolver's tables, shared by the JSON export, the
terminal views (``newsdossier show NAME --why``) and the relations section.
Statements are stored per name key (``name_links.a_key/b_key``) and mapped to
entities through ``entity_names`` at read time, so a later merge never leaves
a relation pointing at an entity id that no longer exists.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..analyze.entities.statements import ALIAS_CLAIM_KINDS, ALIAS_KINDS, RELATION_KINDS
from ..store.sqlite import SQLiteStore

__all__ = ["alias_claims", "iter_relations", "judgements_for", "why_chain"]

_EVIDENCE_SQL = (
    'SELECT l.document_id, l.start, l."end", substr(d.text, l.start + 1, l."end" - l.start),'
    " l.asserted_by, l.kind, l.a_text, l.b_text, l.a_key, l.b_key, d.outlet, d.published"
    " FROM name_links l JOIN documents d ON d.id = l.document_id"
)


def _evidence(row: tuple[Any, ...]) -> dict[str, Any]:
    doc, start, end, text, asserted_by, *_rest, outlet, published = row
    return {"doc": doc, "start": start, "end": end, "text": text,
            "asserted_by": asserted_by or outlet, "published": published}  # fmt: skip


def why_chain(store: SQLiteStore, entity_id: str) -> list[dict[str, Any]]:
    """One row per name of the entity: how it joined, via which name, with what evidence.

    Evidence is the statement that asserted the link; for a link one document
    shows without a statement (a nickname, an acronym spelling out initials:
    ``link_seq`` NULL) it is that document's text from the first mention of one
    name to the first mention of the other (issue 16); for country data it is
    ``None`` (the data file is the source)."""
    c = store.conn
    out = []
    for key, how, via, score, ldoc, lseq in c.execute(
        "SELECT key, how, via, score, link_doc, link_seq FROM entity_names WHERE entity_id = ?"
        " ORDER BY seq",
        (entity_id,),
    ).fetchall():
        ev = None
        if ldoc is not None and lseq is not None:
            row = c.execute(
                _EVIDENCE_SQL + " WHERE l.document_id = ? AND l.seq = ?", (ldoc, lseq)
            ).fetchone()
            ev = _evidence(row) if row else None
        elif ldoc is not None:
            ev = _document_evidence(store, ldoc, key, via)
        out.append({"key": key.split("@", 1)[0], "how": how, "via": via, "score": score,
                    "evidence": ev})  # fmt: skip
    for (n,) in c.execute(
        "SELECT count(*) FROM mentions WHERE entity_id = ? AND kind = 'short-form'", (entity_id,)
    ):
        if n:
            out.append({"key": None, "how": "short-form", "via": None, "score": None, "count": n,
                        "evidence": None})  # fmt: skip
    return out


_MAX_EVIDENCE_CHARS = 400


def _document_evidence(
    store: SQLiteStore, doc: str, key: str, via: str | None
) -> dict[str, Any] | None:
    """The span of one document from the first mention of ``key`` or ``via`` to the
    first mention of the other (or each first mention's sentence when far apart)."""
    c = store.conn
    firsts = []
    for k in (key, via):
        row = c.execute(
            'SELECT start, "end" FROM mentions WHERE document_id = ? AND key = ? ORDER BY start LIMIT 1',
            (doc, k),
        ).fetchone()
        if row is None:
            return None
        firsts.append(row)
    start, end = min(r[0] for r in firsts), max(r[1] for r in firsts)
    text, outlet, published = c.execute(
        "SELECT text, outlet, published FROM documents WHERE id = ?", (doc,)
    ).fetchone()
    if end - start > _MAX_EVIDENCE_CHARS:
        start, end = firsts[0]  # far apart: the joining name's first mention
    return {"doc": doc, "start": start, "end": end, "text": text[start:end],
            "asserted_by": outlet, "published": published}  # fmt: skip


def alias_claims(store: SQLiteStore, entity_id: str) -> list[dict[str, Any]]:
    """Every alias/acronym/renaming statement touching the entity's names.

    ``status`` is "merged" when both names ended in this entity, "disputed"
    when the other name is another entity (a source calls a wing "an alias":
    the claim is kept, the actors stay apart), with the other entity's id.
    """
    c = store.conn
    kinds = (*ALIAS_KINDS, *ALIAS_CLAIM_KINDS)
    marks = ",".join("?" * len(kinds))
    rows = c.execute(
        _EVIDENCE_SQL + f" WHERE l.kind IN ({marks}) AND (l.a_key IN (SELECT key FROM entity_names"
        " WHERE entity_id = ?) OR l.b_key IN (SELECT key FROM entity_names WHERE entity_id = ?))"
        " ORDER BY d.rowid, l.start",
        (*kinds, entity_id, entity_id),
    ).fetchall()
    ent = dict(c.execute(
        "SELECT key, entity_id FROM entity_names WHERE key IN (SELECT a_key FROM name_links"
        f" WHERE kind IN ({marks}) UNION SELECT b_key FROM name_links WHERE kind IN ({marks}))",
        (*kinds, *kinds),
    ).fetchall())  # fmt: skip
    out = []
    for row in rows:
        kind, a_text, b_text, a_key, b_key = row[5:10]
        ea, eb = ent.get(a_key), ent.get(b_key)
        other = eb if ea == entity_id else ea
        merged = ea == eb and kind not in ALIAS_CLAIM_KINDS
        reason = None
        if not merged:
            reason = ("a claim that one actor is another's alias or front: never merged"
                      if kind in ALIAS_CLAIM_KINDS else
                      "another source states a structural relation, or a user said never-merge")  # fmt: skip
        out.append({**_evidence(row), "kind": kind, "a": a_text, "b": b_text,
                    "status": "merged" if merged else "disputed",
                    "other_entity": None if ea == eb else other, "reason": reason})  # fmt: skip
    return out


def judgements_for(store: SQLiteStore, names: list[str]) -> list[dict[str, Any]]:
    from ..analyze.entities.names import name_key

    keys = {name_key(n) for n in names}
    return [
        {"kind": k, "a": a, "b": b, "note": note, "source": src, "created_at": at}
        for k, a, b, note, src, at in store.conn.execute(
            "SELECT kind, a, b, note, source, created_at FROM judgements ORDER BY id"
        )
        if name_key(a) in keys or (b is not None and name_key(b) in keys)
    ]


def iter_relations(store: SQLiteStore) -> Iterator[dict[str, Any]]:
    """Relations between entities, each with all its evidence (export ``relations``).

    ``renamed`` statements become ``renamed_to`` (old name -> new name); they
    usually relate an entity to itself after the merge, and are kept.
    """
    c = store.conn
    kinds = (*RELATION_KINDS, "renamed")
    marks = ",".join("?" * len(kinds))
    grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in c.execute(
        _EVIDENCE_SQL.replace("SELECT ", "SELECT sa.entity_id, sb.entity_id, ", 1)
        + " JOIN entity_names sa ON sa.key = l.a_key JOIN entity_names sb ON sb.key = l.b_key"
        # both ends in the dossier's entities: between resolver passes a name can be
        # indexed to an entity that has no row yet (no mention linked to it), and 74
        # of 270 exports taken during soak builds had a relation to an entity that
        # was not in them (issue 17)
        + " JOIN entities ea ON ea.id = sa.entity_id JOIN entities eb ON eb.id = sb.entity_id"
        + f" WHERE l.kind IN ({marks}) ORDER BY d.rowid, l.start",
        kinds,
    ):
        ea, eb, *rest = row
        kind = "renamed_to" if rest[5] == "renamed" else rest[5]
        rel = grouped.setdefault((ea, kind, eb), {
            "subject": ea, "type": kind, "object": eb, "subject_name": rest[6], "object_name": rest[7],
            "evidence": [],
        })  # fmt: skip
        rel["evidence"].append(_evidence(tuple(rest)))
    yield from grouped.values()
