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
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in evidence:
        if e["date_value"] is None and e["date_text"] is None:
            continue
        key = (e["date_value"], e["date_end"], e["date_precision"])
        r = out.setdefault(
            key,
            {"value": e["date_value"], "end": e["date_end"], "precision": e["date_precision"],
             "text": e["date_text"], "resolved": e["date_value"] is not None, "docs": set()},
        )  # fmt: skip
        r["docs"].add(e["document_id"])
    return [
        {**{k: v for k, v in r.items() if k != "docs"}, "documents": len(r["docs"])}
        for r in out.values()
    ]


def event_record(store: ReadStore, row: dict[str, Any]) -> dict[str, Any]:
    evidence = store.event_evidence(row["id"])
    args = store.event_arguments_of(row["id"])

    def ids(role: str) -> list[str]:
        return list(
            dict.fromkeys(a["entity_id"] for a in args if a["role"] == role and a["entity_id"])
        )

    def names(role: str) -> list[str]:
        return list(dict.fromkeys(a["text"] for a in args if a["role"] == role))

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
        "participants": ids("participant"),
        "places": ids("place"),
        "evidence": [
            {"doc": e["document_id"], "start": e["start"], "end": e["end"], "text": e["text"]}
            for e in evidence
        ],
        "readings": _readings(evidence),
        "conflict": bool(row["conflict"]),
        "sources": count_sources(store, evidence),
        "participant_names": names("participant"),
        "place_names": names("place"),
    }


@export_sections.register("events")
def iter_events(store: ReadStore) -> Iterator[dict[str, Any]]:
    return (event_record(store, r) for r in store.iter_events())
