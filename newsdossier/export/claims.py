"""Export sections ``claims``, ``contradictions`` and ``reuse``, and the organisation
profile (issue 5).  Keys of the contract (DESIGN.md) first; extra fields after."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from ..analyze.claims.lexicon import attribute_index
from ..registry import export_sections
from ..resolve.contradiction_copies import group_copies
from ..resolve.contradictions import claim_date
from ..resolve.disputed_quotes import KIND as DISPUTED_QUOTE
from ..store.protocols import ReadStore

__all__ = [
    "PROFILE_FIELDS",
    "claim_record",
    "contradiction_record",
    "contradiction_records",
    "entity_header",
    "grouped_contradictions",
    "entity_profile",
    "reuse_record",
]

#: Profile fields in the order analysts read them (Mapping Militant Organizations style).
PROFILE_FIELDS = (
    "aliases", "leadership", "structure", "founded", "ideology", "strength", "locations",
    "funding", "designations", "allies", "enemies", "attacks",
)  # fmt: skip


def _span(c: dict[str, Any], a: str, b: str) -> list[int] | None:
    return [c[a], c[b]] if c.get(a, -1) is not None and c.get(a, -1) >= 0 else None


def _named(c: dict[str, Any]) -> bool:
    return (c.get("subject_start") or -1) >= 0


def claim_record(c: dict[str, Any]) -> dict[str, Any]:
    """One claim as exported: the contract's keys first, then the added fields (issue 15:
    ``polarity``, ``modality``, ``hedge_span``, ``statement``, ``unit``, ``denies``,
    ``source.via``/``said``/``resolved``, ``subject_from``, ``refers_back``).  Text fields
    are filled by :func:`_with_text`."""
    spec = attribute_index().get(c["attribute"]) if c["attribute"] else None
    return {
        "id": c["id"],
        "doc": c["document_id"],
        "start": c["start"],
        "end": c["end"],
        "text": None,  # filled by callers that have the document text (see _with_text)
        "subject": c.get("subject"),
        "attribute": c["attribute"],
        "value": c["value"],
        "source": {
            "name": c["source_name"],
            "entity": c.get("source_entity"),
            "kind": c["source_kind"],
            "via": c["via"],
            "start": c["source_start"] if c["source_start"] >= 0 else None,
            "end": c["source_end"] if c["source_end"] >= 0 else None,
            # the speaker as written in this sentence when resolved from a pronoun or role
            "said": _span(c, "said_start", "said_end"),
            "resolved": c.get("resolved"),
            "via_span": _span(c, "via_start", "via_end"),
        },
        "hedge": c["hedge"],
        "hedge_span": _span(c, "hedge_start", "hedge_end"),
        "polarity": c.get("polarity") or "positive",
        "modality": c.get("modality") or "asserted",
        "statement": _span(c, "statement_start", "statement_end"),
        "unit": c.get("unit"),
        "denies": c.get("denies"),
        "denies_span": _span(c, "denies_start", "denies_end"),
        "subject_text": c["subject_text"] or None,
        # the words that point back ("It", "the agency"): what the subject was named from,
        # or, with no subject, what refers back to an earlier sentence (issue 15)
        "subject_from": _span(c, "refers_start", "refers_end") if _named(c) else None,
        "refers_back": _span(c, "refers_start", "refers_end") if not _named(c) else None,
        "normalized": c["norm"],
        "value_span": [c["value_start"], c["value_end"]] if c["value_start"] >= 0 else None,
        "status": c["status"],
        "quote": c["quote"],
        "scope": c["scope"],
        "date": claim_date(c),
        "profile_field": spec.profile if spec else None,
        "analyzer": c["analyzer"],
    }


def _cut(body: str | None, a: int, b: int) -> str | None:
    """``body[a:b]``; None when the document's text was not read."""
    return None if body is None else body[a:b]


def _context(c: dict[str, Any], body: str | None) -> dict[str, Any] | None:
    """The earlier sentence a claim's unresolved pointing words need (issue 15, 15bi:
    ``{start, end, text}``), or ``None`` when none fits (the row stays marked, unknown)."""
    span = _span(c, "context_start", "context_end")
    if span is None:
        return None
    return {"start": span[0], "end": span[1], "text": _cut(body, span[0], span[1])}


def _with_text(
    store: ReadStore, rows: Iterator[dict[str, Any]], text: bool = True
) -> Iterator[dict[str, Any]]:
    """Each claim's record with the texts of its spans cut from its document;
    ``text=False``: every such text None and no document read (a page that links the
    claims and quotes none of them)."""
    cache: tuple[str, str | None] = ("", "")
    for c in rows:
        if not text:
            cache = (c["document_id"], None)
        elif cache[0] != c["document_id"]:
            found = store.get_document(c["document_id"])
            cache = (c["document_id"], found["text"] if found else "")
        body = cache[1]
        rec = claim_record(c)
        rec["text"] = _cut(body, c["start"], c["end"])
        for key in ("hedge_span", "statement", "denies_span", "subject_from", "refers_back"):
            if rec[key]:
                a, b = rec[key]
                rec[key] = {"start": a, "end": b, "text": _cut(body, a, b)}
        if rec["refers_back"]:
            rec["refers_back"]["context"] = _context(c, body)
        if rec["source"]["said"]:
            a, b = rec["source"]["said"]
            rec["source"]["said"] = {"start": a, "end": b, "text": _cut(body, a, b)}
        if rec["source"]["via_span"]:
            a, b = rec["source"]["via_span"]
            rec["source"]["via_span"] = {"start": a, "end": b, "text": _cut(body, a, b)}
        yield rec


def claim_records(
    store: ReadStore, ids: Sequence[str], *, text: bool = True
) -> list[dict[str, Any]]:
    """The export records of the claims ``ids`` (in that order; unknown ids left out):
    the ``claims`` section's items, read by id instead of from the whole section.
    ``text=False``: the texts of the claims' spans None, their documents not read."""
    rows = store.get_claims(list(ids))
    return list(_with_text(store, (rows[i] for i in ids if i in rows), text))


def contradiction_record(store: ReadStore, row: dict[str, Any]) -> dict[str, Any]:
    claims = store.get_claims([row["claim_a"], row["claim_b"]])
    sides = []
    for cid, value in ((row["claim_a"], row["value_a"]), (row["claim_b"], row["value_b"])):
        c = claims.get(cid, {})
        sides.append({
            "claim": cid, "value": value, "doc": c.get("document_id"),
            "source": {"name": c.get("source_name"), "kind": c.get("source_kind"), "via": c.get("via")},
            "outlet": c.get("outlet"), "date": claim_date(c) if c else None, "hedge": c.get("hedge"),
        })  # fmt: skip
        if row["kind"] == DISPUTED_QUOTE and c:
            # whose account of the quoted person's words each side is: the outlet that
            # relayed them, or the source that corrects them (issue 15)
            sides[-1]["account"] = c.get("via") or c.get("source_name")
            sides[-1]["quoted"] = c.get("source_name")
    return {
        "subject": row["subject"],
        "attribute": row["attribute"],
        "values": [row["value_a"], row["value_b"]],
        "claims": [row["claim_a"], row["claim_b"]],
        "kind": row["kind"],
        "sides": sides,
    }


def reuse_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "a": {
            "doc": row["doc_a"],
            "start": row["start_a"],
            "end": row["end_a"],
            "outlet": row["outlet_a"],
        },
        "b": {
            "doc": row["doc_b"],
            "start": row["start_b"],
            "end": row["end_b"],
            "outlet": row["outlet_b"],
        },
        "similarity": row["similarity"],
        "kind": "repeat" if row["doc_a"] == row["doc_b"] else "copy",
    }


@export_sections.register("claims")
def iter_claims(store: ReadStore) -> Iterator[dict[str, Any]]:
    return _with_text(store, store.iter_claims())


@export_sections.register("contradictions")
def iter_contradictions(store: ReadStore) -> Iterator[dict[str, Any]]:
    return contradiction_records(store)


def contradiction_records(store: ReadStore, subject: str | None = None) -> Iterator[dict[str, Any]]:
    """One record per dispute (of one subject, if given): the same pair found in reprints
    of an article is listed once, its other copies under ``copies`` (issue 15)."""
    return grouped_contradictions(store, store.iter_contradictions(subject))


def grouped_contradictions(
    store: ReadStore, rows: Iterable[dict[str, Any]]
) -> Iterator[dict[str, Any]]:
    """Records of contradiction rows read in the store's (subject, attribute, id) order
    (either direction), one per dispute: reprint copies go under ``copies``."""
    for row, copies in group_copies(rows, store):
        rec = contradiction_record(store, row)
        claims = store.get_claims([r[k] for r in copies for k in ("claim_a", "claim_b")])
        rec["copies"] = [
            {
                "claims": [r["claim_a"], r["claim_b"]],
                "docs": [
                    (claims.get(r[k]) or {}).get("document_id") for k in ("claim_a", "claim_b")
                ],
            }
            for r in copies
        ]
        yield rec


@export_sections.register("reuse")
def iter_reuse(store: ReadStore) -> Iterator[dict[str, Any]]:
    return (reuse_record(r) for r in store.iter_reuse_pairs())


def entity_header(entity_id: str, entity: dict[str, Any] | None) -> dict[str, Any]:
    """The actor a profile or statements section is about (name and type null when unknown)."""
    return {
        "id": entity_id,
        "name": entity["name"] if entity else None,
        "type": entity["type"] if entity else None,
    }


def entity_profile(store: ReadStore, entity_id: str) -> dict[str, Any]:
    """The organisation profile of one entity: every field a list of sourced claims.

    ``fields[name]`` lists claims (value, hedge, status, source, outlet, date,
    doc, offsets, text); ``estimates`` holds, per over-time numeric attribute, the
    claims in date order (estimates over time); ``contradictions`` the conflicts.
    """
    entity = store.get_entity(entity_id)
    claims = list(_with_text(store, iter(store.claims_about(entity_id))))
    fields: dict[str, list[dict[str, Any]]] = {f: [] for f in PROFILE_FIELDS}
    estimates: dict[str, list[dict[str, Any]]] = {}
    specs = attribute_index()
    for c in claims:
        item = {
            "attribute": c["attribute"], "value": c["value"], "normalized": c["normalized"],
            "hedge": c["hedge"], "status": c["status"], "source": c["source"], "date": c["date"],
            "doc": c["doc"], "start": c["start"], "end": c["end"], "text": c["text"], "claim": c["id"],
        }  # fmt: skip
        fields.setdefault(c["profile_field"] or "other", []).append(item)
        spec = specs.get(c["attribute"])
        if (
            spec
            and spec.over_time
            and spec.value in ("number", "fraction")
            and c["status"] == "asserted"
        ):
            estimates.setdefault(c["attribute"], []).append(item)
    for rows in estimates.values():
        rows.sort(key=lambda r: r["date"] or "9999")
    return {
        "entity": entity_header(entity_id, entity),
        "aliases": [a for a in store.entity_aliases(entity_id) if a["how"] != "canonical"],
        "fields": fields,
        "estimates": estimates,
        "contradictions": list(contradiction_records(store, entity_id)),
    }


@export_sections.register("profiles")
def iter_profiles(store: ReadStore) -> Iterator[dict[str, Any]]:
    """The organisation profile of every entity that is the subject of a claim (issue 5).

    An added top-level section (the contract allows added keys); each profile is the
    same object ``newsdossier profile NAME --json`` prints.
    """
    for entity_id in store.claim_subject_entities():
        yield entity_profile(store, entity_id)
