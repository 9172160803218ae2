"""Exports: the JSON contract validated by the committed JSON Schema, CSV and FtM."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import jsonschema
import pytest
from followthemoney import model

from newsdossier.export.csv import write_csv
from newsdossier.export.ftm import iter_ftm
from newsdossier.export.json import write_json
from newsdossier.store.sqlite import open_store

SCHEMA = (
    Path(__file__).resolve().parents[2]
    / "newsdossier"
    / "export"
    / "schema"
    / "newsdossier-1.schema.json"
)
CONTRACT_KEYS = {
    "schema", "documents", "entities", "relations", "events", "claims", "contradictions",
    "reuse", "framing",
}  # fmt: skip


def _export(db: Path) -> dict:  # type: ignore[type-arg]
    buf = io.StringIO()
    with open_store(str(db), readonly=True) as store:
        write_json(store, buf)
    return json.loads(buf.getvalue())  # type: ignore[no-any-return]


def test_export_json_validates_against_committed_schema(sample_db: Path) -> None:
    data = _export(sample_db)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    # the contract allows added sections: framing_profiles (issue 6), profiles (issue 5)
    assert CONTRACT_KEYS <= set(data) <= CONTRACT_KEYS | {"framing_profiles", "profiles"}
    assert data["schema"] == "newsdossier/1"
    assert data["documents"] and data["entities"]


def test_export_json_every_mention_points_at_its_text(sample_db: Path) -> None:
    data = _export(sample_db)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    n = 0
    for ent in data["entities"]:
        for m in ent["mentions"]:
            assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]
            n += 1
    assert n > 50


def test_export_json_is_deterministic(sample_db: Path) -> None:
    assert _export(sample_db) == _export(sample_db)


def test_export_csv_writes_a_file_per_table(sample_db: Path, tmp_path: Path) -> None:
    with open_store(str(sample_db), readonly=True) as store:
        paths = write_csv(store, tmp_path / "csv")
    names = {p.name for p in paths}
    assert {"documents.csv", "mentions.csv", "entities.csv", "removed.csv"} <= names
    with (tmp_path / "csv" / "documents.csv").open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert rows and "text" in rows[0]


def test_export_ftm_loads_in_followthemoney(sample_db: Path) -> None:
    with open_store(str(sample_db), readonly=True) as store:
        lines = [json.dumps(e) for e in iter_ftm(store)]
    schemata = set()
    for line in lines:
        proxy = model.get_proxy(json.loads(line))
        schemata.add(proxy.schema.name)
        assert proxy.id
    assert {"Article", "Mention"} <= schemata
    assert schemata & {"Person", "Organization", "Address"}


def test_export_json_profiles_point_at_their_claims(sample_db: Path) -> None:
    data = _export(sample_db)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    claim_ids = {c["id"] for c in data["claims"]}
    assert data["profiles"], "the sample corpus has claims about its actors"
    for profile in data["profiles"]:
        assert profile["entity"]["name"]
        for items in profile["fields"].values():
            for item in items:
                assert item["claim"] in claim_ids
                assert texts[item["doc"]][item["start"] : item["end"]] == item["text"]


@pytest.mark.issue(15)
def test_export_json_claim_spans_point_at_their_text(sample_db: Path) -> None:
    """Every span of a claim (sentence, statement, hedge, speaker as written, channel)
    is the text it says it is, and the added fields keep their vocabulary."""
    data = _export(sample_db)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    assert data["claims"]
    kinds = set()
    for c in data["claims"]:
        text = texts[c["doc"]]
        assert text[c["start"] : c["end"]] == c["text"]
        for span in (c["statement"], c["hedge_span"], c["source"]["said"], c["source"]["via_span"]):
            if span:
                assert text[span["start"] : span["end"]] == span["text"]
        assert c["polarity"] in ("positive", "negative")
        assert c["modality"] in ("asserted", "question", "conditional")
        assert (c["hedge"] is None) == (c["hedge_span"] is None)
        kinds.add(c["attribute"] is None)
    assert kinds == {True, False}, "plain statements and attribute claims both"
