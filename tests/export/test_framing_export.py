"""The ``framing`` export section and framing profiles (issue 6)."""

from __future__ import annotations

import io
import json
from pathlib import Path
from typing import Any

import jsonschema
import pytest

from newsdossier.export.framing import framing_profiles, label_matrix
from newsdossier.export.json import write_json
from newsdossier.store.sqlite import open_store

SCHEMA = (
    Path(__file__).resolve().parents[2]
    / "newsdossier"
    / "export"
    / "schema"
    / "newsdossier-1.schema.json"
)


@pytest.fixture(scope="module")
def exported(sample_db: Path) -> dict[str, Any]:
    buf = io.StringIO()
    with open_store(str(sample_db), readonly=True) as store:
        write_json(store, buf)
    data: dict[str, Any] = json.loads(buf.getvalue())
    return data


@pytest.mark.issue(6)
def test_framing_export_validates_and_points_at_text(exported: dict[str, Any]) -> None:
    jsonschema.validate(exported, json.loads(SCHEMA.read_text(encoding="utf-8")))
    texts = {d["id"]: d["text"] for d in exported["documents"]}
    entities = {e["id"] for e in exported["entities"]}
    assert exported["framing"]
    for f in exported["framing"]:
        assert texts[f["doc"]][f["start"] : f["end"]] == f["text"]
        assert f["target"] is None or f["target"] in entities
    assert any(f["target"] for f in exported["framing"])


@pytest.mark.issue(6)
def test_framing_export_profiles_per_outlet_and_author(exported: dict[str, Any]) -> None:
    profiles = exported["framing_profiles"]
    assert {p["group"] for p in profiles} == {"outlet", "author"}
    texts = {d["id"]: d["text"] for d in exported["documents"]}
    for p in profiles:
        assert p["spans"] == sum(t["count"] for t in p["techniques"])
        if p["words"]:
            assert p["per_1000_words"] == round(p["spans"] * 1000 / p["words"], 3)
        for lab in p["labels"]:
            for ev in lab["evidence"]:
                assert texts[ev["doc"]][ev["start"] : ev["end"]] == ev["text"]


@pytest.mark.issue(6)
def test_framing_profiles_show_one_actor_in_opposite_words(sample_db: Path) -> None:
    """Some entity is a "terrorist ..." to one outlet and an "... opposition group" to another."""
    with open_store(str(sample_db), readonly=True) as store:
        ids = {
            lab["entity"] for p in framing_profiles(store) for lab in p["labels"] if lab["entity"]
        }
        found = []
        for entity in ids:
            rows = label_matrix(store, entity)["rows"]
            hostile = {g for r in rows if "terrorist" in r["label"] for g in r["counts"]}
            neutral = {g for r in rows if "opposition" in r["label"] for g in r["counts"]}
            if hostile and neutral and hostile.isdisjoint(neutral):
                found.append(entity)
    assert found
