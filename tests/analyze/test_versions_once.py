"""Every module constant that stamps an analyzer's output is assigned once.

A version bump merged from two branches once left two ``VERSION = ...`` lines in one
module; the second (an older branch's number) silently won, so stores built by that
branch alone would pass for up to date.  Linters do not flag a constant assigned twice."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import newsdossier

PACKAGE = Path(newsdossier.__file__).parent
STAMPS = ("VERSION", "ANALYZER")


def _assignments(path: Path) -> dict[str, int]:
    counts: dict[str, int] = {}
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        targets = (
            node.targets
            if isinstance(node, ast.Assign)
            else [node.target]
            if isinstance(node, ast.AnnAssign)
            else []
        )
        for t in targets:
            if isinstance(t, ast.Name) and t.id in STAMPS:
                counts[t.id] = counts.get(t.id, 0) + 1
    return counts


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_stamp_assigned_once(path: Path) -> None:
    twice = {name: n for name, n in _assignments(path).items() if n > 1}
    assert not twice, f"{path.name} assigns {twice} more than once at module level"


def test_the_check_sees_a_second_assignment(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text('VERSION = "45"\nX = 1\nVERSION = "43"\n', encoding="utf-8")
    assert _assignments(f) == {"VERSION": 2}
