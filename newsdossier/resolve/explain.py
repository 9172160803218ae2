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
from ..names import name_key
from ..store.protocols import ReadStore

__all__ = ["alias_claims", "iter_relations", "judgements_for", "why_chain"]


def _evidence(row: tuple[Any, ...]) -> dict[str, Any]:
    """A name statement's row (``store.name_link``) as evidence."""
    doc, start, end, text, asserted_by, *_rest, outlet, published = row
    return {"doc": doc, "start": start, "end": end, "text": text,
            "asserted_by": asserted_by or outlet, "published": published}  # fmt: skip


def why_chain(store: ReadStore, entity_id: str) -> list[dict[str, Any]]:
    """One row per name of the entity: how it joined, via which name, with what evidence.

    Evidence is the statement that asserted the link; for a link one document
    shows without a statement (a nickname, an acronym spelling out initials:
    ``link_seq`` NULL) it is that document's text from the first mention of one
    name to the first mention of the other (issue 16); for country data it is
    ``None`` (the data file is the source)."""
    out = []
    for key, how, via, score, ldoc, lseq in store.name_history(entity_id):
        ev = None
        if ldoc is not None and lseq is not None:
            row = store.name_link(ldoc, lseq)
            ev = _evidence(row) if row else None
        elif ldoc is not None:
            ev = _document_evidence(store, ldoc, key, via)
        out.append({"key": key.split("@", 1)[0], "how": how, "via": via, "score": score,
                    "evidence": ev})  # fmt: skip
    n = store.short_form_count(entity_id)
    if n:
        out.append({"key": None, "how": "short-form", "via": None, "score": None, "count": n,
                    "evidence": None})  # fmt: skip
    return out


_MAX_EVIDENCE_CHARS = 400


def _document_evidence(
    store: ReadStore, doc: str, key: str, via: str | None
) -> dict[str, Any] | None:
    """The span of one document from the first mention of ``key`` or ``via`` to the
    first mention of the other (or each first mention's sentence when far apart)."""
    firsts = []
    for k in (key, via):
        row = store.first_mention_span(doc, k) if k is not None else None
        if row is None:
            return None
        firsts.append(row)
    start, end = min(r[0] for r in firsts), max(r[1] for r in firsts)
    document = store.get_document(doc)
    assert document is not None  # the mention's own document
    text, outlet, published = document["text"], document["outlet"], document["published"]
    if end - start > _MAX_EVIDENCE_CHARS:
        start, end = firsts[0]  # far apart: the joining name's first mention
    return {"doc": doc, "start": start, "end": end, "text": text[start:end],
            "asserted_by": outlet, "published": published}  # fmt: skip


def alias_claims(store: ReadStore, entity_id: str) -> list[dict[str, Any]]:
    """Every alias/acronym/renaming statement touching the entity's names.

    ``status`` is "merged" when both names ended in this entity, "disputed"
    when the other name is another entity (a source calls a wing "an alias":
    the claim is kept, the actors stay apart), with the other entity's id.
    """
    kinds = (*ALIAS_KINDS, *ALIAS_CLAIM_KINDS)
    rows = store.name_links_touching(entity_id, kinds)
    ent = store.name_link_owners(kinds)
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


def judgements_for(store: ReadStore, names: list[str]) -> list[dict[str, Any]]:
    keys = {name_key(n) for n in names}
    return [
        {"kind": k, "a": a, "b": b, "note": note, "source": src, "created_at": at}
        for k, a, b, note, src, at in store.judgement_rows()
        if name_key(a) in keys or (b is not None and name_key(b) in keys)
    ]


def iter_relations(store: ReadStore) -> Iterator[dict[str, Any]]:
    """Relations between entities, each with all its evidence (export ``relations``).

    ``renamed`` statements become ``renamed_to`` (old name -> new name); they
    usually relate an entity to itself after the merge, and are kept.
    """
    kinds = (*RELATION_KINDS, "renamed")
    grouped: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in store.name_links_between_entities(kinds):
        ea, eb, *rest = row
        kind = "renamed_to" if rest[5] == "renamed" else rest[5]
        rel = grouped.setdefault((ea, kind, eb), {
            "subject": ea, "type": kind, "object": eb, "subject_name": rest[6], "object_name": rest[7],
            "evidence": [],
        })  # fmt: skip
        rel["evidence"].append(_evidence(tuple(rest)))
    yield from grouped.values()
