"""FollowTheMoney export: one entity JSON per line.

- each document  -> ``Article`` (title, bodyText, author, publisher, publishedAt, sourceUrl)
- each entity    -> ``Person`` / ``Organization`` / ``Address`` (places), with its aliases;
                    entities of type ``other`` (nationalities, events, laws) have no FtM
                    thing schema and are exported only as mention names
- each (entity, document) pair -> ``Mention`` linking the name to the article and,
                    where the entity is a Person or Organization, to the resolved entity
- each relation  -> an FtM interval (issue 20): ``Directorship`` (leader_of),
                    ``Membership`` (member_of, wing_of, part_of), ``Family`` (spouse_of),
                    ``Succession`` (renamed_to), ``Associate`` (ally_of between people),
                    else ``UnknownLink`` with the relation as its role; the articles
                    that state it are its ``proof``, their sentences its ``description``
                    and who asserts it its ``publisher``
- each claim about an exported entity -> ``Note`` on that entity (issue 20): the claim's
                    sentence, "attribute: value (hedge) — according to SOURCE", and the
                    article as ``proof``: FtM readers see what is claimed, by whom, where

followthemoney is an optional dependency (``pip install 'newsdossier[ftm]'``):
it brings PyICU, which builds from source (issue 20).
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import IO, Any

from ..errors import ConfigError
from ..model import make_id
from ..store.protocols import ReadStore

__all__ = ["FTM_SCHEMATA", "RELATION_SCHEMATA", "iter_ftm", "require_followthemoney", "write_ftm"]

FTM_SCHEMATA = {"person": "Person", "organization": "Organization", "place": "Address"}
_PREFIX = "nd"
#: relation type -> (FtM schema, subject property, object property, role or None)
RELATION_SCHEMATA: dict[str, tuple[str, str, str, str | None]] = {
    "leader_of": ("Directorship", "director", "organization", "leader"),
    "member_of": ("Membership", "member", "organization", "member"),
    "wing_of": ("Membership", "member", "organization", "wing"),
    "part_of": ("Membership", "member", "organization", "part"),
    "spouse_of": ("Family", "person", "relative", "spouse"),
    "renamed_to": ("Succession", "predecessor", "successor", "renamed"),
    "ally_of": ("Associate", "person", "associate", "ally"),
}


def require_followthemoney() -> Any:
    try:
        from followthemoney import model
    except ImportError:
        raise ConfigError(
            "the FollowTheMoney export needs the followthemoney package:"
            " pip install 'newsdossier[ftm]' (or followthemoney==4.11.2)",
            code="E221",
        ) from None
    return model


def _doc_ref(doc_id: str) -> str:
    return f"{_PREFIX}-doc-{doc_id}"


def _ent_ref(entity_id: str) -> str:
    return f"{_PREFIX}-ent-{entity_id}"


def _article(model: Any, row: dict[str, Any]) -> dict[str, Any]:
    proxy = model.make_entity("Article")
    proxy.id = _doc_ref(row["id"])
    proxy.add("title", row["title"] or row["name"])
    proxy.add("fileName", row["name"])
    proxy.add("bodyText", row["text"])
    proxy.add("author", row["author"])
    proxy.add("publisher", row["outlet"])
    proxy.add("publishedAt", row["published"])
    proxy.add("sourceUrl", row["url"])
    proxy.add("language", "eng" if row["language"] == "en" else row["language"], quiet=True)
    return dict(proxy.to_dict())


def _entity(model: Any, store: ReadStore, row: dict[str, Any]) -> Iterator[dict[str, Any]]:
    schema = FTM_SCHEMATA.get(row["type"])
    entity_ref = _ent_ref(row["id"])
    if schema is not None:
        proxy = model.make_entity(schema)
        proxy.id = entity_ref
        proxy.add("name", row["name"])
        if schema == "Address":
            proxy.add("full", row["name"])
        for alias in store.entity_aliases(row["id"]):
            if alias["name"] != row["name"]:
                proxy.add("alias", alias["name"])
        yield dict(proxy.to_dict())
    per_doc: dict[str, set[str]] = {}
    for m in store.entity_mentions(row["id"]):
        per_doc.setdefault(m["document_id"], set()).add(m["text"])
    for doc_id, names in per_doc.items():
        mention = model.make_entity("Mention")
        mention.id = f"{_PREFIX}-men-{make_id(row['id'], doc_id)}"
        mention.add("document", _doc_ref(doc_id))
        mention.add("name", sorted(names))
        mention.add("detectedSchema", schema or "LegalEntity")
        if schema is not None and schema != "Address":
            # Mention:resolved ranges over LegalEntity: a place (Address) cannot be it
            # (found by the reference check in tests/export, issue 20)
            mention.add("resolved", entity_ref)
        yield dict(mention.to_dict())


def _fits(model: Any, schema_name: str, prop: str, entity_schema: str) -> bool:
    rng = model.get(schema_name).properties[prop].range
    return rng is not None and bool(model.get(entity_schema).is_a(rng))


def _relation(
    model: Any, rel: dict[str, Any], schemata: dict[str, str], urls: dict[str, str | None]
) -> dict[str, Any] | None:
    """One relation as an FtM interval, or None when an end has no FtM entity."""
    subj, obj = schemata.get(rel.get("subject") or ""), schemata.get(rel.get("object") or "")
    if subj is None or obj is None:
        return None
    rtype = str(rel.get("type"))
    schema, sp, op, role = RELATION_SCHEMATA.get(rtype, ("UnknownLink", "subject", "object", None))
    if not (_fits(model, schema, sp, subj) and _fits(model, schema, op, obj)):
        schema, sp, op, role = "UnknownLink", "subject", "object", None
    proxy = model.make_entity(schema)
    proxy.id = f"{_PREFIX}-rel-{make_id(rel['subject'], rtype, rel['object'])}"
    proxy.add(sp, _ent_ref(rel["subject"]))
    proxy.add(op, _ent_ref(rel["object"]))
    proxy.add("role" if schema not in ("Family", "Associate") else "relationship",
              role or rtype.replace("_", " "))  # fmt: skip
    for ev in rel.get("evidence") or ():
        if not ev.get("doc"):
            continue
        proxy.add("proof", _doc_ref(ev["doc"]))
        proxy.add("description", ev.get("text"))
        proxy.add("publisher", ev.get("asserted_by"), quiet=True)
        proxy.add("sourceUrl", urls.get(ev["doc"]), quiet=True)
    return dict(proxy.to_dict())


def _note(model: Any, claim: dict[str, Any], urls: dict[str, str | None]) -> dict[str, Any]:
    proxy = model.make_entity("Note")
    proxy.id = f"{_PREFIX}-claim-{claim['id']}"
    proxy.add("entity", _ent_ref(claim["subject"]))
    source = (claim.get("source") or {}).get("name") or "unattributed"
    summary = f"{claim.get('attribute') or 'claim'}"
    if claim.get("value"):
        summary += f": {claim['value']}"
    if claim.get("hedge"):
        summary += f" ({claim['hedge']})"
    proxy.add("summary", f"{summary} — according to {source}")
    proxy.add("description", claim.get("text"))
    proxy.add("publisher", source)
    proxy.add("proof", _doc_ref(claim["doc"]))
    proxy.add("sourceUrl", urls.get(claim["doc"]), quiet=True)
    return dict(proxy.to_dict())


def iter_ftm(store: ReadStore) -> Iterator[dict[str, Any]]:
    from ..registry import export_sections
    from . import json as export_json

    model = require_followthemoney()
    urls: dict[str, str | None] = {}
    for row in store.iter_documents():
        urls[row["id"]] = row["url"]
        yield _article(model, row)
    schemata: dict[str, str] = {}
    for row in store.iter_entities():
        if row["type"] in FTM_SCHEMATA:
            schemata[row["id"]] = FTM_SCHEMATA[row["type"]]
        yield from _entity(model, store, row)
    for module in export_json.SECTION_MODULES:
        __import__(module)
    registered = set(export_sections.names())
    if "relations" in registered:
        for rel in export_sections.get("relations")(store):
            out = _relation(model, rel, schemata, urls)
            if out is not None:
                yield out
    if "claims" in registered:
        for claim in export_sections.get("claims")(store):
            if claim.get("subject") in schemata and claim.get("doc") in urls:
                yield _note(model, claim, urls)


def write_ftm(store: ReadStore, out: IO[str]) -> None:
    require_followthemoney()  # a missing package is an error before anything is written
    for entity in iter_ftm(store):
        out.write(json.dumps(entity, ensure_ascii=False) + "\n")
