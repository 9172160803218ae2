"""tools/claims_export_diff.py finds every claim that moved (issue 15: speed work must not
change the claims), and the parse cache it checks gives what a fresh parse gives."""

from __future__ import annotations

import pytest

from tools.claims_export_diff import differences

pytestmark = pytest.mark.issue(15)


def _claim(cid: str, **fields: object) -> dict[str, object]:
    return {"id": cid, "doc": "d1", "start": 0, "end": 10, "value": None, **fields}


def test_same_claims_in_another_order_do_not_differ() -> None:
    a = [_claim("c1"), _claim("c2", start=12, end=30)]
    assert differences(a, list(reversed(a))) == []


def test_a_moved_span_a_changed_field_and_a_lost_claim_are_all_reported() -> None:
    before = [_claim("c1"), _claim("c2", hedge="may"), _claim("c3")]
    after = [_claim("c1", end=11), _claim("c2", hedge=None), _claim("c4")]
    diff = differences(before, after)
    assert "changed: c1 fields ['end']" in diff
    assert "changed: c2 fields ['hedge']" in diff
    assert any(line.startswith("only before: c3") for line in diff)
    assert any(line.startswith("only after: c4") for line in diff)
    assert len(diff) == 4


def test_a_repeated_id_is_reported() -> None:
    assert any("duplicate ids" in line for line in differences([_claim("c1")] * 2, [_claim("c1")]))
