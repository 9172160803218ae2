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
from ..store.protocols import ReadStore

__all__ = ["SCHEMA", "document_record", "entity_record", "write_json"]

SCHEMA = "newsdossier/1"
#: The contract's sections after "schema", in order.  A stage that fills one
#: registers ``export_sections.register("<name>")`` in a module listed in
#: SECTION_MODULES; a section nothing fills is written as an empty list.
SECTIONS = (
    "documents", "entities", "relations", "events", "claims", "contradictions", "reuse", "framing",
    "framing_profiles",  # added by issue 6 (per-outlet/author framing profiles)
    "profiles",  # added by issue 5 (organisation profiles, every field a list of claims)
)  # fmt: skip
SECTION_MODULES = (
    "newsdossier.export.json",
    "newsdossier.export.relations",
    "newsdossier.export.claims",
    "newsdossier.export.events",
    "newsdossier.export.framing",
)


def document_record(store: ReadStore, row: dict[str, Any]) -> dict[str, Any]:
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


def entity_record(store: ReadStore, row: dict[str, Any]) -> dict[str, Any]:
    """One entity: names with how each joined and the evidence, mentions by kind (issue 3)."""
    from ..names import name_key
    from ..resolve.explain import alias_claims, judgements_for, why_chain

    why = {w["key"]: w for w in why_chain(store, row["id"]) if w["key"]}
    claims = alias_claims(store, row["id"])
    aliases = []
    for a in store.entity_aliases(row["id"]):
        if a["how"] == "canonical":
            continue
        key = name_key(a["name"])
        w = why.get(key, {})
        evidence = [
            {k: c[k] for k in ("doc", "start", "end", "text", "asserted_by")}
            for c in claims
            if c["status"] == "merged" and key in (name_key(c["a"]), name_key(c["b"]))
        ]
        aliases.append({"name": a["name"], "count": a["count"], "how": a["how"],
                        "via": w.get("via"), "score": w.get("score"), "evidence": evidence})  # fmt: skip
    mentions = [
        {"doc": m["document_id"], "start": m["start"], "end": m["end"], "text": m["text"],
         "kind": m.get("kind", "name")}
        for m in store.entity_mentions(row["id"])
    ]  # fmt: skip
    return {
        "id": row["id"],
        "name": row["name"],
        "type": row["type"],
        "aliases": aliases,
        "mention_count": row["mention_count"],
        "document_count": row["document_count"],
        "mentions": mentions,
        "disputed_aliases": [c for c in claims if c["status"] == "disputed"],
        "judgements": judgements_for(store, [row["name"], *(a["name"] for a in aliases)]),
    }


def _array(out: IO[str], key: str, items: Iterator[dict[str, Any]], first: bool = False) -> None:
    out.write(("" if first else ",\n") + f" {json.dumps(key)}: [")
    for i, item in enumerate(items):
        out.write(("\n  " if i == 0 else ",\n  ") + json.dumps(item, ensure_ascii=False))
    out.write("\n ]")


@export_sections.register("documents")
def iter_documents(store: ReadStore) -> Iterator[dict[str, Any]]:
    return (document_record(store, r) for r in store.iter_documents())


@export_sections.register("entities")
def iter_entities(store: ReadStore) -> Iterator[dict[str, Any]]:
    return (entity_record(store, r) for r in store.iter_entities())


def write_json(store: ReadStore, out: IO[str]) -> None:
    """Write the whole store as one ``newsdossier/1`` JSON document to ``out``.

    Every section is read in one snapshot (one read transaction): sections read
    in separate queries while a build committed gave an export with event
    evidence in documents it did not list (issue 17)."""
    for module in SECTION_MODULES:
        importlib.import_module(module)
    registered = set(export_sections.names())
    with store.snapshot():
        out.write("{\n" + f' "schema": {json.dumps(SCHEMA)}')
        for key in SECTIONS:
            items = export_sections.get(key)(store) if key in registered else iter(())
            _array(out, key, items)
        out.write("\n}\n")
