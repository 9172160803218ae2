"""``event_record`` built in one pass over an event's arguments and evidence (issue 18,
branch 18ab): the same record as the plain definitions below, which it replaced for the
entity and timeline pages' 50 events."""

from __future__ import annotations

from typing import Any

from newsdossier.export.events import event_record
from newsdossier.resolve.events import count_sources


class _Store:
    """The three reads ``event_record`` makes, answered from lists (no reuse)."""

    def __init__(self, evidence: list[dict[str, Any]], args: list[dict[str, Any]]) -> None:
        self.evidence, self.args = evidence, args

    def event_evidence(self, event_id: str) -> list[dict[str, Any]]:
        return self.evidence

    def event_arguments_of(self, event_id: str) -> list[dict[str, Any]]:
        return self.args

    def reuse_links(self, doc_ids: Any) -> list[tuple[str, int, int, str, int, int]]:
        return []


def _ev(doc: str, start: int, value: str | None, text: str | None, outlet: str) -> dict[str, Any]:
    return {"document_id": doc, "start": start, "end": start + 9, "text": None,
            "date_value": value, "date_end": None, "date_precision": "day" if value else None,
            "date_text": text, "outlet": outlet}  # fmt: skip


def _arg(role: str, entity: str | None, text: str) -> dict[str, Any]:
    return {"role": role, "entity_id": entity, "text": text}


def _reference_readings(evidence: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Distinct (value, end, precision) readings, the first piece's text, documents counted."""
    out: dict[tuple[Any, ...], dict[str, Any]] = {}
    for e in evidence:
        if e["date_value"] is None and e["date_text"] is None:
            continue
        key = (e["date_value"], e["date_end"], e["date_precision"])
        r = out.setdefault(key, {"value": key[0], "end": key[1], "precision": key[2],
                                 "text": e["date_text"], "resolved": key[0] is not None,
                                 "docs": set()})  # fmt: skip
        r["docs"].add(e["document_id"])
    return [{**{k: v for k, v in r.items() if k != "docs"}, "documents": len(r["docs"])}
            for r in out.values()]  # fmt: skip


def test_event_record_arguments_and_readings_as_the_plain_definitions() -> None:
    evidence = [
        _ev("d1", 0, "2031-04-02", "2 April", "Vellornia Post"),
        _ev("d2", 40, "2031-04-02", "Tuesday", "Vellornia Post"),
        _ev("d2", 90, None, "last spring", "Vellornia Post"),
        _ev("d3", 5, "2031-04-03", "3 April", "Renk Herald"),
        _ev("d1", 70, None, None, "Vellornia Post"),
        _ev("d4", 12, "2031-04-02", "2 April", "Renk Herald"),
    ]
    args = [
        _arg("participant", "ent:ivo", "Ivo Renk"),
        _arg("place", None, "the harbour"),
        _arg("participant", None, "Renk"),
        _arg("instrument", "ent:x", "a crane"),
        _arg("participant", "ent:ivo", "Renk"),
        _arg("place", "ent:vel", "Vellornia"),
        _arg("participant", "ent:ana", "Ana Dobre"),
        _arg("place", "ent:vel", "Vellornia"),
    ]
    row = {"id": "ev:1", "type": "meeting", "date_value": "2031-04-02", "date_precision": "day",
           "date_text": "2 April", "date_end": None, "summary": "a meeting", "conflict": 1}  # fmt: skip
    store = _Store(evidence, args)
    rec = event_record(store, row)

    def ids(role: str) -> list[str]:
        return list(dict.fromkeys(a["entity_id"] for a in args if a["role"] == role and a["entity_id"]))  # fmt: skip

    def names(role: str) -> list[str]:
        return list(dict.fromkeys(a["text"] for a in args if a["role"] == role))

    assert rec["participants"] == ids("participant") == ["ent:ivo", "ent:ana"]
    assert rec["places"] == ids("place") == ["ent:vel"]
    assert rec["participant_names"] == names("participant") == ["Ivo Renk", "Renk", "Ana Dobre"]
    assert rec["place_names"] == names("place") == ["the harbour", "Vellornia"]
    assert rec["readings"] == _reference_readings(evidence)
    assert [(r["value"], r["text"], r["documents"]) for r in rec["readings"]] == [
        ("2031-04-02", "2 April", 3),
        (None, "last spring", 1),
        ("2031-04-03", "3 April", 1),
    ]
    # two outlets: d1, d2 one source, d3, d4 another
    assert rec["sources"] == count_sources(store, evidence)
    assert rec["sources"] == {"documents": 4, "independent": 2, "copies": 2}
    assert list(rec) == ["id", "type", "date", "summary", "participants", "places", "evidence",
                         "readings", "conflict", "sources", "participant_names", "place_names"]  # fmt: skip


def test_count_sources_documents_in_order_of_first_evidence() -> None:
    """Documents counted once each, however many pieces of evidence they give."""
    evidence = [_ev(d, i, None, None, f"outlet {d}") for i, d in enumerate("abacab")]
    assert count_sources(_Store([], []), evidence) == {
        "documents": 3,
        "independent": 3,
        "copies": 0,
    }
    assert count_sources(_Store([], []), []) == {"documents": 0, "independent": 0, "copies": 0}
