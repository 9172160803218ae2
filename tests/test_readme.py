"""The README's tour stays true (issue 20): every command, every setting, the
screenshots it shows, and its Python example."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import typer

from newsdossier.cli import app
from newsdossier.settings import SETTINGS

pytestmark = pytest.mark.issue(20)
ROOT = Path(__file__).resolve().parent.parent
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_names_every_command_and_setting() -> None:
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert f"`{name}" in README, name
        for sub in getattr(command, "commands", {}):
            assert f"{name} {sub}" in README or f"`{sub}" in README, f"{name} {sub}"
    for s in SETTINGS:
        assert f"NEWSDOSSIER_{s.name.upper()}" in README, s.name
    assert "DEMO_PORT" in README and "/api/docs" in README


def test_readme_screenshots_exist() -> None:
    shots = re.findall(r"\((docs/screenshots/[\w.-]+\.png)\)", README)
    assert len(shots) >= 6
    for shot in shots:
        assert (ROOT / shot).is_file(), shot


def test_readme_python_example_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    block = README.split("### 7. The Python API", 1)[1].split("```python", 1)[1].split("```", 1)[0]
    (tmp_path / "articles").mkdir()
    (tmp_path / "articles" / "a.txt").write_text(
        "The Harvan Council met in Ostrand on Tuesday to discuss the river dispute.", "utf-8"
    )
    (tmp_path / "feed.jsonl").write_text(
        '{"text": "The Velmora Council met on Friday."}\n', "utf-8"
    )
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NEWSDOSSIER_FRAMING_ENABLED", "0")
    exec(compile(block, "README.md", "exec"), {})  # noqa: S102 - the README's own example
    assert (tmp_path / "corpus.db").is_file()
