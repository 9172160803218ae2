"""FollowTheMoney export: one entity JSON per line.

- each document  -> ``Article`` (title, bodyText, author, publisher, publishedAt, sourceUrl)
- each entity    -> ``Person`` / ``Organization`` / ``Address`` (places), with its aliases;
                    entities of type ``other`` (nationalities, events, laws) have no FtM
                    thing schema and are exported only as mention names
- each (entity, document) pair -> ``Mention`` linking the name to the article and,
                    where the entity has a thing schema, to the resolved entity
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from followthemoney import model

from ..model import make_id
from ..store.sqlite import SQLiteStore

__all__ = ["FTM_SCHEMATA", "iter_ftm", "write_ftm"]

FTM_SCHEMATA = {"person": "Person", "organization": "Organization", "place": "Address"}
_PREFIX = "nd"


def _article(row: dict[str, Any]) -> dict[str, Any]:
    proxy = model.make_entity("Article")
    proxy.id = f"{_PREFIX}-doc-{row['id']}"
    proxy.add("title", row["title"] or row["name"])
    proxy.add("fileName", row["name"])
    proxy.add("bodyText", row["text"])
    proxy.add("author", row["author"])
    proxy.add("publisher", row["outlet"])
    proxy.add("publishedAt", row["published"])
    proxy.add("sourceUrl", row["url"])
    proxy.add("language", "eng" if row["language"] == "en" else row["language"], quiet=True)
    return proxy.to_dict()


def _entity(store: SQLiteStore, row: dict[str, Any]) -> Iterator[dict[str, Any]]:
    schema = FTM_SCHEMATA.get(row["type"])
    entity_ref = f"{_PREFIX}-ent-{row['id']}"
    if schema is not None:
        proxy = model.make_entity(schema)
        proxy.id = entity_ref
        proxy.add("name", row["name"])
        if schema == "Address":
            proxy.add("full", row["name"])
        for alias in store.entity_aliases(row["id"]):
            if alias["name"] != row["name"]:
                proxy.add("alias", alias["name"])
        yield proxy.to_dict()
    per_doc: dict[str, set[str]] = {}
    for m in store.entity_mentions(row["id"]):
        per_doc.setdefault(m["document_id"], set()).add(m["text"])
    for doc_id, names in per_doc.items():
        mention = model.make_entity("Mention")
        mention.id = f"{_PREFIX}-men-{make_id(row['id'], doc_id)}"
        mention.add("document", f"{_PREFIX}-doc-{doc_id}")
        mention.add("name", sorted(names))
        mention.add("detectedSchema", schema or "LegalEntity")
        if schema is not None:
            mention.add("resolved", entity_ref)
        yield mention.to_dict()


def iter_ftm(store: SQLiteStore) -> Iterator[dict[str, Any]]:
    for row in store.iter_documents():
        yield _article(row)
    for row in store.iter_entities():
        yield from _entity(store, row)


def write_ftm(store: SQLiteStore, out: IO[str]) -> None:
    for entity in iter_ftm(store):
        out.write(json.dumps(entity, ensure_ascii=False) + "\n")
