"""Exports: the JSON contract validated by the committed JSON Schema, CSV and FtM.

The tests that read the built sample corpus run once per store engine
(``sample_url``, tests/pg.py: PostgreSQL with --pg)."""

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
from newsdossier.store.engine import open_store

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


def _export(db: Path | str) -> dict:  # type: ignore[type-arg]
    buf = io.StringIO()
    with open_store(str(db), readonly=True) as store:
        write_json(store, buf)
    return json.loads(buf.getvalue())  # type: ignore[no-any-return]


def test_export_json_validates_against_committed_schema(sample_url: str) -> None:
    data = _export(sample_url)
    jsonschema.validate(data, json.loads(SCHEMA.read_text(encoding="utf-8")))
    # the contract allows added sections: framing_profiles (issue 6), profiles (issue 5)
    assert CONTRACT_KEYS <= set(data) <= CONTRACT_KEYS | {"framing_profiles", "profiles"}
    assert data["schema"] == "newsdossier/1"
    assert data["documents"] and data["entities"]


def test_export_json_every_mention_points_at_its_text(sample_url: str) -> None:
    data = _export(sample_url)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    n = 0
    for ent in data["entities"]:
        for m in ent["mentions"]:
            assert texts[m["doc"]][m["start"] : m["end"]] == m["text"]
            n += 1
    assert n > 50


def test_export_json_is_deterministic(sample_url: str) -> None:
    assert _export(sample_url) == _export(sample_url)


def _csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


@pytest.mark.issue(20)
def test_export_csv_has_every_json_section_as_tables(sample_url: str, tmp_path: Path) -> None:
    from newsdossier.export.json import SECTIONS

    with open_store(str(sample_url), readonly=True) as store:
        paths = write_csv(store, tmp_path / "csv")
    names = {p.name for p in paths}
    assert {f"{s}.csv" for s in SECTIONS} <= names
    assert {"entities__aliases.csv", "events__evidence.csv", "relations__evidence.csv"} <= names
    assert {"mentions.csv", "removed.csv"} <= {p.name for p in paths if p.parent.name == "tables"}
    data = _export(sample_url)
    folder = tmp_path / "csv"
    for section in ("documents", "claims", "events", "relations", "contradictions", "reuse"):
        assert len(_csv(folder / f"{section}.csv")) == len(data[section]), section
    # long text intact, one row per item, ids to join on
    docs = _csv(folder / "documents.csv")
    assert [d["text"] for d in docs] == [d["text"] for d in data["documents"]]
    claims = {c["id"]: c for c in _csv(folder / "claims.csv")}
    for c in data["claims"]:
        assert claims[c["id"]]["text"] == c["text"]
        assert claims[c["id"]]["source.name"] == (c["source"]["name"] or "")
    evidence = _csv(folder / "events__evidence.csv")
    rows = {r["row"]: r for r in _csv(folder / "events.csv")}
    texts = {d["id"]: d["text"] for d in data["documents"]}
    for ev in evidence:
        assert rows[ev["parent_row"]]["id"] == ev["events_id"]
        assert texts[ev["doc"]][int(ev["start"]) : int(ev["end"])] == ev["text"]
    reuse = _csv(folder / "reuse.csv")
    assert reuse and {"a.doc", "a.start", "b.doc", "similarity"} <= set(reuse[0])


@pytest.mark.issue(20)
def test_export_csv_takes_new_fields_and_sections_without_change(
    sample_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsdossier.export import json as export_json
    from newsdossier.registry import export_sections

    original = export_sections.get("claims")

    def claims_plus(store: object) -> object:
        for c in original(store):
            yield {**c, "certainty": {"level": "high", "cues": ["said", "confirmed"]}}

    monkeypatch.setitem(export_sections._factories, "claims", claims_plus)
    monkeypatch.setitem(
        export_sections._factories, "speakers", lambda s: iter([{"id": "s1", "name": "x"}])
    )
    monkeypatch.setattr(export_json, "SECTIONS", (*export_json.SECTIONS, "speakers"))
    with open_store(str(sample_url), readonly=True) as store:
        write_csv(store, tmp_path / "csv")
    claims = _csv(tmp_path / "csv" / "claims.csv")
    assert claims[0]["certainty.level"] == "high"
    cues = _csv(tmp_path / "csv" / "claims__certainty_cues.csv")
    assert [c["value"] for c in cues[:2]] == ["said", "confirmed"] and cues[0]["claims_id"]
    assert _csv(tmp_path / "csv" / "speakers.csv") == [{"row": "1", "id": "s1", "name": "x"}]


def test_export_ftm_loads_in_followthemoney(sample_url: str) -> None:
    with open_store(str(sample_url), readonly=True) as store:
        lines = [json.dumps(e) for e in iter_ftm(store)]
    schemata = set()
    for line in lines:
        proxy = model.get_proxy(json.loads(line))
        schemata.add(proxy.schema.name)
        assert proxy.id
    assert {"Article", "Mention"} <= schemata
    assert schemata & {"Person", "Organization", "Address"}


@pytest.mark.issue(20)
def test_export_ftm_relations_and_claims_validate(sample_url: str) -> None:
    with open_store(str(sample_url), readonly=True) as store:
        entities = list(iter_ftm(store))
    ids = {e["id"] for e in entities}
    assert len(ids) == len(entities)  # no id twice
    by_schema: dict[str, list[dict[str, object]]] = {}
    for data in entities:
        proxy = model.get_proxy(data)
        assert proxy.schema.validate(data) is None, data["id"]
        # every reference points at an entity of this export, of the right schema
        for prop in proxy.iterprops():
            if prop.type.name != "entity":
                continue
            for value in proxy.get(prop):
                assert value in ids, (data["id"], prop.name, value)
                ref = next(e for e in entities if e["id"] == value)
                assert model.get(str(ref["schema"])).is_a(prop.range), (data["id"], prop.name)
        by_schema.setdefault(proxy.schema.name, []).append(data)
    relations = [e for s in ("Directorship", "Membership", "Family", "UnknownLink", "Associate",
                             "Succession") for e in by_schema.get(s, [])]  # fmt: skip
    assert by_schema.get("Directorship") and by_schema.get("Membership")
    data = _export(sample_url)
    assert len(relations) <= len(data["relations"])
    for rel in relations:
        props = rel["properties"]
        assert isinstance(props, dict) and props["proof"] and props["description"]
        assert all(str(p).startswith("nd-doc-") for p in props["proof"])
    notes = by_schema["Note"]
    assert notes and all(n["properties"]["proof"] for n in notes)  # type: ignore[index]
    assert any("according to" in n["properties"]["summary"][0] for n in notes)  # type: ignore[index]


def test_export_json_profiles_point_at_their_claims(sample_url: str) -> None:
    data = _export(sample_url)
    texts = {d["id"]: d["text"] for d in data["documents"]}
    claim_ids = {c["id"] for c in data["claims"]}
    assert data["profiles"], "the sample corpus has claims about its actors"
    for profile in data["profiles"]:
        assert profile["entity"]["name"]
        for items in profile["fields"].values():
            for item in items:
                assert item["claim"] in claim_ids
                assert texts[item["doc"]][item["start"] : item["end"]] == item["text"]


@pytest.mark.issue(20)
def test_export_ftm_without_followthemoney_is_a_coded_error(
    sample_url: str, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    import builtins

    from newsdossier.cli import run

    real_import = builtins.__import__

    def no_ftm(name: str, *args: object, **kwargs: object) -> object:
        if name.startswith("followthemoney"):
            raise ImportError(name)
        return real_import(name, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(builtins, "__import__", no_ftm)
    out = tmp_path / "e.ftm"
    assert run(["export", "--db", str(sample_url), "-f", "ftm", "-o", str(out)]) == 1
    assert not out.exists()


@pytest.mark.issue(15)
def test_export_json_claim_spans_point_at_their_text(sample_url: str) -> None:
    """Every span of a claim (sentence, statement, hedge, speaker as written, channel)
    is the text it says it is, and the added fields keep their vocabulary."""
    data = _export(sample_url)
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
        assert c["modality"] in ("asserted", "question", "conditional", "directive")
        assert (c["hedge"] is None) == (c["hedge_span"] is None)
        kinds.add(c["attribute"] is None)
    assert kinds == {True, False}, "plain statements and attribute claims both"


def test_claim_records_by_id_are_the_claims_sections_items(sample_url: str) -> None:
    """The web reads a contradiction's claims by id (issue 18): the records it gets are
    the ``claims`` section's, in the order asked, unknown ids left out."""
    from newsdossier.export.claims import claim_records, iter_claims

    with open_store(str(sample_url), readonly=True) as store:
        section = {c["id"]: c for c in iter_claims(store)}
        ids = list(section)[::-1][:7]
        assert len(ids) == 7
        assert claim_records(store, [*ids, "no-such-claim"]) == [section[i] for i in ids]


@pytest.mark.issue(17)
def test_export_relations_only_between_exported_entities(sample_db: Path, tmp_path: Path) -> None:
    """Between resolver passes a name can be indexed to an entity with no row in
    ``entities`` yet: exports taken during a build had relations to entities that
    were not in them."""
    import sqlite3

    db = tmp_path / "mid-build.db"
    src, dst = sqlite3.connect(sample_db), sqlite3.connect(db)
    src.backup(dst)
    src.close()
    before = _export(db)
    assert before["relations"]
    gone = before["relations"][0]["subject"]
    dst.execute("DELETE FROM entities WHERE id = ?", (gone,))  # the state of such a pass
    dst.commit()
    dst.close()
    data = _export(db)
    entities = {e["id"] for e in data["entities"]}
    assert gone not in entities
    assert all(r["subject"] in entities and r["object"] in entities for r in data["relations"])
    kept = [r for r in before["relations"] if gone not in (r["subject"], r["object"])]
    assert data["relations"] == kept  # the others unchanged
