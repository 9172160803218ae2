"""``newsdossier serve``: options, the non-local host warning, errors (issue 7)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsdossier.cli import app, run


@pytest.fixture
def served(monkeypatch: pytest.MonkeyPatch) -> dict[str, Any]:
    import uvicorn

    seen: dict[str, Any] = {}
    monkeypatch.setattr(uvicorn, "run", lambda web, **kw: seen.update(kw, app=web))
    return seen


def test_command_serve_has_help() -> None:
    command = next(
        c
        for c in app.registered_commands
        if c.name == "serve" or (c.callback and c.callback.__name__ == "serve")
    )
    assert command.callback is not None and command.callback.__doc__


def test_command_serve_defaults_to_localhost(
    served: dict[str, Any], sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["serve", "--db", str(sample_db)]) == 0
    assert served["host"] == "127.0.0.1" and served["port"] == 8765
    out = capsys.readouterr()
    assert "http://127.0.0.1:8765/" in out.out and "Warning" not in out.err


def test_command_serve_other_host_warns(
    served: dict[str, Any], sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["serve", "--db", str(sample_db), "--host", "0.0.0.0", "--port", "9000"]) == 0
    assert served["host"] == "0.0.0.0" and served["port"] == 9000
    assert "Warning: listening on 0.0.0.0" in capsys.readouterr().err


def test_command_serve_missing_db_is_one_line(
    served: dict[str, Any], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["serve", "--db", str(tmp_path / "none.db")]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: [E301]") and err.count("\n") == 1
    assert run(["serve", "--db", str(tmp_path / "none.db"), "--port", "0"]) == 1
