"""Framing during build (issue 6): rows for the sample corpus, offsets, targets, --no-framing."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from newsdossier.analyze.framing import TECHNIQUES
from newsdossier.run.local import build
from newsdossier.settings import Settings
from newsdossier.store.sqlite import open_store


def _rows(db: Path, sql: str) -> list[sqlite3.Row]:
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


@pytest.mark.issue(6)
def test_build_stores_framing_spans_with_valid_offsets(sample_db: Path) -> None:
    texts = {r["id"]: r["text"] for r in _rows(sample_db, "SELECT id, text FROM documents")}
    spans = _rows(sample_db, "SELECT * FROM framing_spans")
    assert len(spans) >= 10
    for s in spans:
        text = texts[s["document_id"]]
        assert 0 <= s["start"] < s["end"] <= len(text)
        assert s["technique"] in TECHNIQUES and 0.0 <= s["score"] <= 1.0
        assert (s["analyzer"], s["version"]) == ("newsdossier.framing", "2")
        assert s["model"].startswith("newsdossier.framing")
    # every document was framed, also those with no span (the density denominator)
    assert len(_rows(sample_db, "SELECT * FROM framing_documents")) == len(texts)


@pytest.mark.issue(6)
def test_build_framing_targets_are_mentions_of_the_same_document(sample_db: Path) -> None:
    rows = _rows(
        sample_db,
        'SELECT f.*, m.start AS ms, m."end" AS me, m.text AS mt, m.document_id AS md'
        " FROM framing_spans f JOIN mentions m ON m.id = f.target_mention",
    )
    linked = _rows(sample_db, "SELECT * FROM framing_spans WHERE target_mention IS NOT NULL")
    assert rows and len(rows) == len(linked)
    for r in rows:
        assert r["md"] == r["document_id"]
        assert (r["ms"], r["me"], r["mt"]) == (r["target_start"], r["target_end"], r["target_text"])
        assert r["target_how"] in {
            "possessive",
            "overlap",
            "adjacent",
            "apposition",
            "predicate",
            "nearest",
        }


@pytest.mark.issue(6)
def test_build_framing_labels_point_at_their_evidence(sample_db: Path) -> None:
    texts = {r["id"]: r["text"] for r in _rows(sample_db, "SELECT id, text FROM documents")}
    labels = _rows(sample_db, "SELECT * FROM framing_labels")
    assert labels
    for x in labels:
        text = texts[x["document_id"]]
        assert text[x["mention_start"] : x["mention_end"]] == x["mention_text"]
        assert x["start"] <= x["mention_start"] and x["mention_end"] <= x["end"]


@pytest.mark.issue(6)
def test_build_no_framing_skips_the_model(sample_corpus: Path, tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in ("kheshmar-times-nczr-alias.txt", "meridian-wire-golzar-relocation.txt"):
        shutil.copy(sample_corpus / name, corpus / name)
    db = tmp_path / "triage.db"
    with open_store(str(db)) as store:
        report = build([str(corpus)], store, Settings(framing_enabled=False))
    assert report.added == 2
    assert _rows(db, "SELECT count(*) AS n FROM framing_spans")[0]["n"] == 0
    assert _rows(db, "SELECT count(*) AS n FROM framing_documents")[0]["n"] == 0
    for row in _rows(db, "SELECT analyzers FROM documents"):
        assert "newsdossier.framing@" not in row["analyzers"]
