"""An entity page reads its disputes' claims, sentences and documents once each through
``_ClaimCache`` (issue 18); the page's data is what the store's own reads give, for
every entity with disputes in the sample store, and a cached answer is a copy."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdossier.serve import queries
from newsdossier.store.sqlite import SQLiteStore

pytestmark = pytest.mark.issue(18)


def test_entity_pages_as_without_the_cache(sample_db: Path, monkeypatch: Any) -> None:
    with SQLiteStore(sample_db, readonly=True) as store:
        subjects = [
            r[0]
            for r in store.conn.execute(
                "SELECT DISTINCT subject FROM contradictions WHERE subject IN"
                " (SELECT id FROM entities) ORDER BY subject"
            )
        ]
        assert subjects, "the sample store has no disputes about an entity"
        cached = [queries.entity(store, s) for s in subjects]
        monkeypatch.setattr(queries, "_ClaimCache", lambda s: s)
        plain = [queries.entity(store, s) for s in subjects]
    assert cached == plain
    assert any(p["contradictions"] for p in plain)


def test_answers_are_copies(sample_db: Path) -> None:
    with SQLiteStore(sample_db, readonly=True) as store:
        ids = [r[0] for r in store.conn.execute("SELECT id FROM claims ORDER BY id LIMIT 5")]
        cache = queries._ClaimCache(store)
        first = cache.get_claims(ids)
        assert first == store.get_claims(ids) and "text" not in first[ids[0]]
        first[ids[0]]["value"] = "changed"
        assert cache.get_claims(ids) == store.get_claims(ids)
        for c in first.values():
            assert cache.claim_text(c) == store.claim_text(c)
        assert cache.get_claims(["no-such-claim"]) == {}


def _without_texts(record: Any) -> Any:
    """``record`` with every ``text`` value None (at any depth)."""
    if isinstance(record, dict):
        return {k: None if k == "text" else _without_texts(v) for k, v in record.items()}
    if isinstance(record, list):
        return [_without_texts(v) for v in record]
    return record


def test_html_page_disputes_without_their_texts(sample_db: Path) -> None:
    """The HTML entity page (``evidence_text=False``) links each dispute's claims and
    quotes none: their records are the JSON page's with every text None, no document read
    for them; the rest of the disputes as the JSON page has them."""
    with SQLiteStore(sample_db, readonly=True) as store:
        subjects = [
            r[0]
            for r in store.conn.execute(
                "SELECT DISTINCT subject FROM contradictions WHERE subject IN"
                " (SELECT id FROM entities) ORDER BY subject"
            )
        ]
        for s in subjects:
            full = queries.entity(store, s)["contradictions"]
            html = queries.entity(store, s, evidence_text=False)["contradictions"]
            assert [x["claim_records"] for x in html] == [
                _without_texts(x["claim_records"]) for x in full
            ]
            assert [{k: v for k, v in x.items() if k != "claim_records"} for x in html] == [
                {k: v for k, v in x.items() if k != "claim_records"} for x in full
            ]
        assert any(x["claim_records"] for s in subjects for x in queries.entity(store, s)[
            "contradictions"])  # fmt: skip
