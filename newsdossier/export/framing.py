"""Framing in the export (issue 6): the ``framing`` section and framing profiles.

``framing``: one record per technique span with the contract's keys
(``doc, start, end, text, technique, target, score``; ``target`` is the
entity id of the labelled mention, or null while it is unresolved) plus
``target_text``, ``target_how`` (the linking rule), ``model``, ``analyzer``
and ``version``.

``framing_profiles`` (a section added to the contract, not replacing one):
one record per outlet and per author (``group``: ``outlet`` | ``author``,
``name``) with the technique density per 1,000 words, the top techniques and
the labels it applies to each entity, with evidence spans.  The same
functions back ``newsdossier framing --db``.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from typing import Any

from ..registry import export_sections
from ..store.protocols import ReadStore

__all__ = [
    "UNKNOWN",
    "framing_record",
    "framing_profiles",
    "iter_framing",
    "label_matrix",
    "label_usage",
]

#: Group name of documents with no outlet (or author).
UNKNOWN = "(unknown)"
#: Evidence spans kept per (group, entity, label) in profiles and matrices.
EVIDENCE_PER_LABEL = 3
TOP_TECHNIQUES = 3


def framing_record(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc": row["document_id"],
        "start": row["start"],
        "end": row["end"],
        "text": row["text"],
        "technique": row["technique"],
        "target": row["target"],
        "score": row["score"],
        "target_text": row["target_text"],
        "target_how": row["target_how"],
        "model": row["model"],
        "analyzer": row["analyzer"],
        "version": row["version"],
    }


@export_sections.register("framing")
def iter_framing(store: ReadStore) -> Iterator[dict[str, Any]]:
    return (framing_record(r) for r in store.iter_framing_spans())


def _group(row: dict[str, Any], by: str) -> str:
    return str(row.get(by) or UNKNOWN)


def _entity_key(row: dict[str, Any]) -> tuple[str, str]:
    """``(entity id, display name)``; an unresolved mention groups by its key."""
    if row["entity_id"]:
        return row["entity_id"], row["entity_name"] or row["mention_text"]
    return f"key:{row['mention_key']}", row["mention_text"]


def _evidence(row: dict[str, Any]) -> dict[str, Any]:
    return {
        "doc": row["document_id"],
        "start": row["start"],
        "end": row["end"],
        "text": row["text"],
    }


def label_usage(
    rows: Iterable[dict[str, Any]], by: str = "outlet"
) -> dict[tuple[str, str, str], dict[str, Any]]:
    """``{(group, entity, label): {"entity_name", "count", "documents", "patterns", "evidence"}}``."""
    out: dict[tuple[str, str, str], dict[str, Any]] = {}
    for row in rows:
        entity, name = _entity_key(row)
        cell = out.setdefault(
            (_group(row, by), entity, row["label"]),
            {
                "entity_name": name,
                "count": 0,
                "documents": set(),
                "patterns": Counter(),
                "evidence": [],
            },
        )
        cell["count"] += 1
        cell["documents"].add(row["document_id"])
        cell["patterns"][row["pattern"]] += 1
        if len(cell["evidence"]) < EVIDENCE_PER_LABEL:
            cell["evidence"].append(_evidence(row))
    return out


def label_matrix(store: ReadStore, entity_id: str, by: str = "outlet") -> dict[str, Any]:
    """Labels (rows) x groups (columns) for one entity, with evidence per cell.

    ``{"groups": [...], "rows": [{"label", "total", "counts": {group: n},
    "evidence": {group: [span...]}}]}``; rows by total, then label.
    """
    usage = label_usage(store.iter_framing_labels(entity_id), by)
    groups = sorted({g for g, _, _ in usage})
    rows: dict[str, dict[str, Any]] = {}
    for (group, _, label), cell in usage.items():
        row = rows.setdefault(label, {"label": label, "total": 0, "counts": {}, "evidence": {}})
        row["total"] += cell["count"]
        row["counts"][group] = cell["count"]
        row["evidence"][group] = cell["evidence"]
    ordered = sorted(rows.values(), key=lambda r: (-r["total"], r["label"]))
    return {"groups": groups, "rows": ordered}


def framing_profiles(
    store: ReadStore, by: str = "outlet", only: str | None = None
) -> list[dict[str, Any]]:
    """One profile per outlet (``by="outlet"``) or author (``by="author"``); see module docstring.

    ``only`` keeps the one group of that name (case-insensitive).
    """
    docs = store.framing_documents()
    group_of = {d["document_id"]: _group(d, by) for d in docs}
    profiles: dict[str, dict[str, Any]] = {}
    for d in docs:
        p = profiles.setdefault(
            group_of[d["document_id"]],
            {"documents": 0, "words": 0, "spans": 0, "techniques": Counter()},
        )
        p["documents"] += 1
        p["words"] += d["words"]
        p["spans"] += d["spans"]
    for row in store.framing_technique_counts():
        group = group_of.get(row["document_id"])
        if group is not None:
            profiles[group]["techniques"][row["technique"]] += row["n"]
    labels: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (group, entity, label), cell in label_usage(store.iter_framing_labels(), by).items():
        labels[group].append(
            {"entity": None if entity.startswith("key:") else entity, "entity_key": entity,
             "entity_name": cell["entity_name"], "label": label, "count": cell["count"],
             "documents": len(cell["documents"]), "patterns": dict(cell["patterns"]),
             "evidence": cell["evidence"]}
        )  # fmt: skip
    out = []
    for name in sorted(profiles):
        if only is not None and name.lower() != only.lower():
            continue
        p = profiles[name]
        per_k = 1000.0 / p["words"] if p["words"] else 0.0
        techniques = [
            {"technique": t, "count": n, "per_1000_words": round(n * per_k, 3)}
            for t, n in sorted(p["techniques"].items(), key=lambda kv: (-kv[1], kv[0]))
        ]
        out.append(
            {"group": by, "name": name, "documents": p["documents"], "words": p["words"],
             "spans": p["spans"], "per_1000_words": round(p["spans"] * per_k, 3),
             "techniques": techniques,
             "top_techniques": [t["technique"] for t in techniques[:TOP_TECHNIQUES]],
             "labels": sorted(labels.get(name, []),
                              key=lambda x: (x["entity_name"].lower(), -x["count"], x["label"]))}
        )  # fmt: skip
    return out


@export_sections.register("framing_profiles")
def iter_framing_profiles(store: ReadStore) -> Iterator[dict[str, Any]]:
    yield from framing_profiles(store, "outlet")
    yield from framing_profiles(store, "author")
