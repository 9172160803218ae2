"""Case table for clean_record: our own fixtures, one per furniture pattern (issue 2)."""

from __future__ import annotations

import pytest

from newsdossier.clean import clean_record
from newsdossier.model import REMOVED_KINDS, Document, RawRecord
from newsdossier.settings import Settings
from tests.clean.clean_cases import CASES, Case

SETTINGS = Settings()


def _clean(case: Case) -> Document:
    raw = RawRecord("fixtures/" + case.id, None, case.id, case.text, case.format, case.meta)
    return clean_record(raw, SETTINGS)


@pytest.mark.issue(2)
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_clean_case_keeps_body_and_drops_furniture(case: Case) -> None:
    doc = _clean(case)
    for sentence in case.with_:
        assert sentence in doc.text, f"body sentence lost: {sentence!r}\n---\n{doc.text}"
    for noise in case.without:
        assert noise not in doc.text, f"furniture left: {noise!r}\n---\n{doc.text}"
    kinds = {r.kind for r in doc.removed}
    assert set(case.kinds) <= kinds, doc.removed
    assert kinds <= set(REMOVED_KINDS)


@pytest.mark.issue(2)
@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_clean_case_metadata(case: Case) -> None:
    doc = _clean(case)
    for key, want in case.expect.items():
        if key == "text_count":
            needle, n = want  # type: ignore[misc]
            assert doc.text.count(needle) == n, doc.text
        elif key == "published":
            got = doc.published
            assert (None if got is None else (got.value, got.precision, got.origin)) == want
        else:
            assert getattr(doc, key) == want, (key, getattr(doc, key))


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_clean_case_is_idempotent(case: Case) -> None:
    doc = _clean(case)
    again = clean_record(RawRecord("again", None, "again", doc.text, "text"), SETTINGS)
    assert again.text == doc.text
    assert again.removed == ()
    assert again.id == doc.id


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_clean_case_record_fields(case: Case) -> None:
    doc = _clean(case)
    assert doc.id == Document.make_id(doc.text)
    assert doc.source == "fixtures/" + case.id and doc.name == case.id and doc.record is None
    assert doc.language == SETTINGS.language
    assert doc.text == doc.text.strip() and "\r" not in doc.text and "\n\n\n" not in doc.text
    for r in doc.removed:
        assert r.text and r.text == r.text.strip()
