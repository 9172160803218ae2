"""Statements by speaker for one actor (issue 15): what it said, and who said what about it.

One query, read by the terminal (``newsdossier statements``, ``profile``) and the web
entity page's statements partial.  Each statement keeps what a reader needs to cite
it: the sentence, the reported words, the speaker as written and how it was resolved,
the channel (``via``), hedge, polarity and modality, outlet and date, and offsets.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from ..store.protocols import ReadStore
from .claims import _with_text, entity_header

__all__ = ["statements_by_speaker"]

#: statements listed per group, per side; a page shows the count beyond it
MAX_PER_SPEAKER = 50


def _item(c: dict[str, Any], docs: dict[str, dict[str, Any]]) -> dict[str, Any]:
    meta = docs.get(c["doc"], {})
    return {
        "claim": c["id"], "doc": c["doc"], "start": c["start"], "end": c["end"],
        "text": c["text"], "statement": (c["statement"] or {}).get("text"),
        "speaker": c["source"]["name"], "kind": c["source"]["kind"], "via": c["source"]["via"],
        "said_as": (c["source"]["said"] or {}).get("text"), "resolved": c["source"]["resolved"],
        "attribute": c["attribute"], "value": c["value"], "hedge": c["hedge"],
        "subject_text": c["subject_text"],
        "subject_from": (c["subject_from"] or {}).get("text"),
        "refers_back": (c["refers_back"] or {}).get("text"),
        # the earlier sentence those words need, when one fits (issue 15, 15bi)
        "refers_context": ((c["refers_back"] or {}).get("context") or {}).get("text"),
        "polarity": c["polarity"], "modality": c["modality"], "denies": c["denies"],
        "outlet": meta.get("outlet"), "published": meta.get("published"),
        "title": meta.get("title"),
    }  # fmt: skip


def _docs(store: ReadStore, ids: Iterable[str]) -> dict[str, dict[str, Any]]:
    return {
        doc_id: {"outlet": m["outlet"], "published": m["published"], "title": m["title"]}
        for doc_id, m in store.documents_meta(set(ids)).items()
    }


def statements_by_speaker(store: ReadStore, entity_id: str) -> dict[str, Any]:
    """``said``: the actor's own statements (it is the speaker), newest first;
    ``about``: statements about it (it is their subject) grouped by speaker, the most
    prolific speaker first."""
    entity = store.get_entity(entity_id)
    said_ids = store.claim_ids_spoken_by(entity_id)
    said_rows = list(store.get_claims(said_ids).values())
    about_rows = store.claims_about(entity_id)
    said = list(_with_text(store, iter(said_rows)))
    about = list(_with_text(store, iter(about_rows)))
    docs = _docs(store, [c["doc"] for c in said + about])
    # newest first; ties in document order, so both engines list them alike
    said_items = sorted(
        sorted((_item(c, docs) for c in said), key=lambda x: (x["doc"], x["start"], x["claim"])),
        key=lambda x: x["published"] or "",
        reverse=True,
    )
    groups: dict[str, list[dict[str, Any]]] = {}
    for c in about:
        if c["id"] in said_ids:
            continue  # its own words about itself are listed under "said"
        groups.setdefault(c["source"]["name"] or "(unknown)", []).append(_item(c, docs))
    about_groups = [
        {"speaker": name, "kind": items[0]["kind"], "count": len(items),
         "statements": sorted(
             items, key=lambda x: (x["published"] or "", x["doc"], x["start"], x["claim"])
         )[:MAX_PER_SPEAKER]}
        for name, items in sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0]))
    ]  # fmt: skip
    return {
        "entity": entity_header(entity_id, entity),
        "said": said_items[:MAX_PER_SPEAKER],
        "said_count": len(said_items),
        "about": about_groups,
    }
