"""tools/pass_invariance.py compares what it claims to (issue 18)."""

from __future__ import annotations

from pathlib import Path

import pytest

from tools import pass_invariance

from .resolve.test_pass_boundaries import _ATTACK, _CORVANE, _OSTREL

pytestmark = pytest.mark.issue(18)


def test_absorb_builds_with_the_build_writer_and_the_exports_compare(tmp_path: Path) -> None:
    items = [*_CORVANE, *_OSTREL, *_ATTACK]
    one = pass_invariance.rows(pass_invariance.absorb(items, tmp_path / "one.db", 99, 50))
    assert any(section == "events" for section, _ in one)
    for every, batch in ((1, 1), (2, 3), (4, 2)):
        cut = pass_invariance.absorb(items, tmp_path / "cut.db", every, batch)
        assert pass_invariance.differing(one, pass_invariance.rows(cut)) == {}, (every, batch)
    # a changed row is counted in its section, once per side
    other = one.copy()
    (key,) = [k for k in one if k[0] == "events"][:1]
    other[key] -= 1
    other[("events", "{}")] += 1
    assert pass_invariance.differing(one, other) == {"events": 2}
