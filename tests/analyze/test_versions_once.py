"""Every module constant is assigned once at module level.

A version bump merged from two branches once left two ``VERSION = ...`` lines in one
module; the second (an older branch's number) silently won, so stores built by that
branch alone would pass for up to date.  Linters do not flag a constant assigned twice,
and the same merge can double any constant (a threshold, a pattern, a limit), so every
upper-case module-level name is checked, the analyzers' stamps among them."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

import newsdossier

PACKAGE = Path(newsdossier.__file__).parent
CONSTANT = re.compile(r"_?[A-Z][A-Z0-9_]*")


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
            if isinstance(t, ast.Name) and CONSTANT.fullmatch(t.id):
                counts[t.id] = counts.get(t.id, 0) + 1
    return counts


@pytest.mark.parametrize(
    "path", sorted(PACKAGE.rglob("*.py")), ids=lambda p: str(p.relative_to(PACKAGE))
)
def test_constant_assigned_once(path: Path) -> None:
    twice = {name: n for name, n in _assignments(path).items() if n > 1}
    assert not twice, f"{path.name} assigns {twice} more than once at module level"


def test_the_check_sees_a_second_assignment(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text('VERSION = "45"\nX = 1\nVERSION = "43"\n', encoding="utf-8")
    assert _assignments(f) == {"VERSION": 2, "X": 1}


def test_the_check_sees_any_constant_but_not_variables(tmp_path: Path) -> None:
    f = tmp_path / "m.py"
    f.write_text(
        "_LIMIT = 5\nLIMIT_B: int = 1\nx = 1\nx = 2\n_LIMIT = 6\nLIMIT_B = 2\n",
        encoding="utf-8",
    )
    assert _assignments(f) == {"_LIMIT": 2, "LIMIT_B": 2}
