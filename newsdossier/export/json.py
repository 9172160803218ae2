"""Export contract ``newsdossier/1`` (DESIGN.md), written as a stream.

The file is written piece by piece (one document or entity at a time), so
exporting a million-document store needs no more memory than one document.
Keys and meanings are a contract: add fields freely, bump :data:`SCHEMA` on a
breaking change; ``export/schema/newsdossier-1.schema.json`` validates it.
"""

from __future__ import annotations

import importlib
import json
from collections.abc import Iterator
from typing import IO, Any

from ..registry import export_sections
from ..store.sqlite import SQLiteStore

__all__ = ["SCHEMA", "document_record", "entity_record", "write_json"]

SCHEMA = "newsdossier/1"
#: The contract's sections after "schema", in order.  A stage that fills one
#: registers ``export_sections.register("<name>")`` in a module listed in
#: SECTION_MODULES; a section nothing fills is written as an empty list.
SECTIONS = (
    "documents", "entities", "relations", "events", "claims", "contradictions", "reuse", "framing",
)  # fmt: skip
SECTION_MODULES = ("newsdossier.export.json", "newsdossier.export.claims", "newsdossier.export.events")


def document_record(store: SQLiteStore, row: dict[str, Any]) -> dict[str, Any]:
    return {
        "id": row["id"],
        "source": row["source"],
        "name": row["name"],
        "title": row["title"],
        "author": row["author"],
        "outlet": row["outlet"],
        "published": row["published"],
        "published_precision": row["published_precision"],
        "published_origin": row["published_origin"],
        "section": row["section"],
        "url": row["url"],
        "language": row["language"],
        "text": row["text"],
        "removed": store.document_removed(row["id"]),
        "sources": [
            {"source": s["source"], "name": s["name"], "record": s["input_key"]}
            for s in store.document_sources(row["id"])
        ],
    }


def entity_record(store: SQLiteStore, row: dict[str, Any]) -> dict[str, Any]:
    aliases = [
        {"name": a["name"], "count": a["count"], "how": a["how"]}
        for a in store.entity_aliases(row["id"])
        if a["how"] != "canonical"
    ]
    mentions = [
        {"doc": m["document_id"], "start": m["start"], "end": m["end"], "text": m["text"]}
        for m in store.entity_mentions(row["id"])
    ]
    return {
        "id": row["id"],
        "name": row["name"],
        "type": row["type"],
        "aliases": aliases,
        "mention_count": row["mention_count"],
        "document_count": row["document_count"],
        "mentions": mentions,
    }


def _array(out: IO[str], key: str, items: Iterator[dict[str, Any]], first: bool = False) -> None:
    out.write(("" if first else ",\n") + f" {json.dumps(key)}: [")
    for i, item in enumerate(items):
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(item, ensure_ascii=False))
    out.write("\n ]")


@export_sections.register("documents")
def iter_documents(store: SQLiteStore) -> Iterator[dict[str, Any]]:
    return (document_record(store, r) for r in store.iter_documents())


@export_sections.register("entities")
def iter_entities(store: SQLiteStore) -> Iterator[dict[str, Any]]:
    return (entity_record(store, r) for r in store.iter_entities())


def write_json(store: SQLiteStore, out: IO[str]) -> None:
    """Write the whole store as one ``newsdossier/1`` JSON document to ``out``."""
    for module in SECTION_MODULES:
        importlib.import_module(module)
    registered = set(export_sections.names())
    out.write("{\n" + f' "schema": {json.dumps(SCHEMA)}')
    for key in SECTIONS:
        items = export_sections.get(key)(store) if key in registered else iter(())
        _array(out, key, items)
    out.write("\n}\n")
