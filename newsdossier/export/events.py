"""The ``events`` section of the export contract (issue 4).

One record per merged event, with the contract's keys (DESIGN.md) plus:
``readings`` (every distinct date the documents give, with how many
documents give it), ``conflict`` (documents disagree on the date),
``sources`` (documents, independent sources, copies) and
``participant_names`` / ``place_names`` (surface forms, also for mentions not
yet resolved to an entity).
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from ..registry import export_sections
from ..resolve.events import count_sources
from ..store.protocols import ReadStore

__all__ = ["event_record", "iter_events"]


def _readings(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    # a reading's record made at its first piece of evidence only (the entity and
    # timeline pages read ~2,600 pieces for a most mentioned entity's 50 events)
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in evidence:
        value, text = e["date_value"], e["date_text"]
        if value is None and text is None:
            continue
        key = (value, e["date_end"], e["date_precision"])
        r = out.get(key)
        if r is None:
            r = out[key] = {"value": value, "end": key[1], "precision": key[2], "text": text,
                            "resolved": value is not None, "docs": set()}  # fmt: skip
        r["docs"].add(e["document_id"])
    return [
        {**{k: v for k, v in r.items() if k != "docs"}, "documents": len(r["docs"])}
        for r in out.values()
    ]


def _arguments(args: list[dict[str, Any]]) -> dict[str, list[str]]:
    """Participants' and places' entity ids and surface forms, each distinct in the
    order of ``args``, in one pass over them (four passes before: an event of a most
    mentioned entity has ~80 argument rows)."""
    ids: dict[str, dict[str, None]] = {"participant": {}, "place": {}}
    names: dict[str, dict[str, None]] = {"participant": {}, "place": {}}
    for a in args:
        role = a["role"]
        if role in ids:
            if a["entity_id"]:
                ids[role][a["entity_id"]] = None
            names[role][a["text"]] = None
    return {
        "participants": list(ids["participant"]),
        "places": list(ids["place"]),
        "participant_names": list(names["participant"]),
        "place_names": list(names["place"]),
    }


def event_record(store: ReadStore, row: dict[str, Any]) -> dict[str, Any]:
    evidence = store.event_evidence(row["id"])
    args = _arguments(store.event_arguments_of(row["id"]))
    return {
        "id": row["id"],
        "type": row["type"],
        "date": {
            "value": row["date_value"],
            "precision": row["date_precision"],
            "text": row["date_text"],
            "resolved": row["date_value"] is not None,
            "end": row["date_end"],
        },
        "summary": row["summary"],
        "participants": args["participants"],
        "places": args["places"],
        "evidence": [
            {"doc": e["document_id"], "start": e["start"], "end": e["end"], "text": e["text"]}
            for e in evidence
        ],
        "readings": _readings(evidence),
        "conflict": bool(row["conflict"]),
        "sources": count_sources(store, evidence),
        "participant_names": args["participant_names"],
        "place_names": args["place_names"],
    }


@export_sections.register("events")
def iter_events(store: ReadStore) -> Iterator[dict[str, Any]]:
    return (event_record(store, r) for r in store.iter_events())
