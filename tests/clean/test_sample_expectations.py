"""The bundled sample corpus, cleaned, against tests/fixtures/sample_expectations.json (issue 2).

Runs only the readers and the cleaner (``read_paths`` + ``clean_record``): no
spaCy, no store.  Each document is turned into the dict shape of the JSON
export so that ``tests/fixtures/check_expectations.py`` applies its rules
unchanged (with/once/without, title/author/outlet/published, absent, removed
kinds; see tests/fixtures/README.md).  What needs the whole corpus -- the
duplicate pair's identical clean text, the number of distinct documents, the
reused passages, the teaser-only names -- is checked here on the clean texts.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Any

import pytest

import newsdossier
from newsdossier.clean import clean_record
from newsdossier.ingest import read_paths
from newsdossier.ingest.base import ReadOptions
from newsdossier.model import Document, RawRecord
from newsdossier.settings import Settings
from tests.fixtures.check_expectations import check_document, find_document, fold, load

CORPUS = Path(newsdossier.__file__).resolve().parent / "sample" / "corpus"
EXPECTED = load()


def _as_export(doc: Document) -> dict[str, Any]:
    pub = doc.published
    return {
        "id": doc.id,
        "source": doc.source,
        "name": doc.name,
        "record": doc.record,
        "url": doc.url,
        "text": doc.text,
        "title": doc.title,
        "author": doc.author,
        "outlet": doc.outlet,
        "published": pub.value if pub else None,
        "published_precision": pub.precision if pub else None,
        "removed": [{"kind": r.kind, "text": r.text} for r in doc.removed],
    }


@cache
def _documents() -> tuple[dict[str, Any], ...]:
    settings, out = Settings(), []
    for item in read_paths([str(CORPUS)], ReadOptions()):
        assert isinstance(item, RawRecord), f"sample input rejected: {item}"
        out.append(_as_export(clean_record(item, settings)))
    return tuple(out)


def _tag(expected: dict[str, Any]) -> str:
    return str(expected["path"]) + (f"#{expected['record']}" if expected["record"] else "")


def _find(locator: str) -> dict[str, Any]:
    path, _, record = locator.partition("#")
    wanted = next(
        e for e in EXPECTED["files"] if e["path"] == path and e["record"] == (record or None)
    )
    doc = find_document(wanted, list(_documents()))
    assert doc is not None, locator
    return doc


@pytest.mark.issue(2)
@pytest.mark.parametrize("expected", EXPECTED["files"], ids=_tag)
def test_sample_document_meets_expectations(expected: dict[str, Any]) -> None:
    doc = find_document(expected, list(_documents()))
    assert doc is not None, f"{_tag(expected)}: no document"
    failures = check_document(expected, doc)
    if expected.get("precision") and doc["published_precision"] != expected["precision"]:
        failures.append(
            f"precision {doc['published_precision']!r}, expected {expected['precision']!r}"
        )
    assert not failures, "\n".join(failures) + "\n---\n" + doc["text"]


@pytest.mark.issue(2)
def test_sample_record_and_document_counts() -> None:
    docs = _documents()
    assert len(docs) == EXPECTED["records"]
    assert len({d["text"] for d in docs}) == EXPECTED["documents"]


@pytest.mark.issue(2)
@pytest.mark.parametrize("group", EXPECTED["duplicates"], ids=" = ".join)
def test_sample_duplicates_have_identical_clean_text(group: list[str]) -> None:
    texts = {_find(locator)["text"] for locator in group}
    assert len(texts) == 1, texts
    assert len({Document.make_id(t) for t in texts}) == 1


@pytest.mark.parametrize("pair", EXPECTED["reuse"], ids=lambda p: p["shared"][:30])
def test_sample_reused_passage_in_both(pair: dict[str, str]) -> None:
    for locator in (pair["a"], pair["b"]):
        assert fold(pair["shared"]) in fold(_find(locator)["text"]), locator


@pytest.mark.issue(2)
@pytest.mark.parametrize("name", EXPECTED["never_mentions"])
def test_sample_teaser_only_names_absent_from_text(name: str) -> None:
    # Names that occur only in teaser blocks: gone from every clean text, so
    # no analyzer can make a mention of them.
    assert all(fold(name) not in fold(d["text"]) for d in _documents())


def test_sample_clean_is_idempotent() -> None:
    settings = Settings()
    for d in _documents():
        again = clean_record(RawRecord("again", None, "again", d["text"], "text"), settings)
        assert again.text == d["text"], d["name"]
        assert again.removed == (), (d["name"], again.removed)
