"""The CLI in-process: help for every command, one-line errors, exit codes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import typer

from newsdossier.cli import app, run


def _commands() -> dict[str, typer.core.TyperCommand]:
    group = typer.main.get_command(app)
    return dict(group.commands)  # type: ignore[attr-defined]


def test_cli_every_command_has_help(capsys: pytest.CaptureFixture[str]) -> None:
    for name, command in _commands().items():
        assert command.help, name
        assert run([name, "--help"]) == 0
    assert "Usage" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["show", "--db", "nowhere.db"], "Error: [E301] no database at nowhere.db"),
        (["export", "--db", "nowhere.db"], "Error: [E301] no database at nowhere.db"),
        (["build", "x", "--workers", "-1"], "Error: [E203] --workers must be 0 or more"),
        (["build", "x", "--bogus"], "Error: No such option: --bogus"),
        (["export", "--format", "xml", "--db", "nowhere.db"], "Error: [E205]"),
    ],
)
def test_cli_user_mistakes_get_one_line_and_exit_1(
    argv: list[str], message: str, capsys: pytest.CaptureFixture[str], tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    monkeypatch.chdir(tmp_path)
    assert run(argv) == 1
    err = capsys.readouterr().err
    assert err.startswith(message)
    assert len(err.strip().splitlines()) == 1
    assert "Traceback" not in err


def test_cli_build_of_nothing_readable_exits_1(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["build", str(tmp_path / "missing"), "--db", str(tmp_path / "c.db"), "-q"]) == 1
    assert "E200" in capsys.readouterr().err
    assert not (tmp_path / "c.db").exists()  # issue 20: a failed build leaves no store


def test_cli_strict_fails_on_any_rejection(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "good.txt").write_text(
        "The Harvan Council met in Ostrand on Tuesday to discuss the river dispute at length.",
        encoding="utf-8",
    )
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    db = str(tmp_path / "c.db")
    assert run(["build", str(tmp_path / "in"), "--db", db, "-q"]) == 0
    assert run(["build", str(tmp_path / "in"), "--db", db, "-q", "--strict"]) == 1
    out = capsys.readouterr().out
    assert "empty.txt" in out


def test_cli_build_timings_and_report_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "The Harvan Council met in Ostrand on Tuesday to discuss the river dispute at length.",
        encoding="utf-8",
    )
    (tmp_path / "in" / "empty.txt").write_text("", encoding="utf-8")
    report = tmp_path / "report.json"
    argv = ["build", str(tmp_path / "in"), "--db", str(tmp_path / "c.db"), "-q", "--workers", "0"]
    assert run([*argv, "--no-framing", "--timings", "--report-json", str(report)]) == 0
    assert "Time by step" in capsys.readouterr().out
    data = json.loads(report.read_text(encoding="utf-8"))
    assert (data["added"], data["resolver_passes"]) == (1, 1)
    assert [r["code"] for r in data["rejected"]] == ["E104"]  # the empty file
    assert {"clean", "newsdossier.spacy", "write", "resolve:newsdossier.entities.v2"} <= set(
        data["stage_seconds"]
    )
    assert "newsdossier.framing" not in data["stage_seconds"]
    bad = run([*argv, "--report-json", str(tmp_path / "no" / "such" / "dir" / "r.json")])
    assert bad == 1 and "E207" in capsys.readouterr().err


@pytest.mark.issue(17)
def test_cli_build_says_where_resolution_ended_and_a_rerun_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "a.txt").write_text(
        "The Harvan Council met in Ostrand on Tuesday to discuss the river dispute at length.",
        encoding="utf-8",
    )
    (tmp_path / "in" / "feed.jsonl").write_text(
        '{"text": "\\ud800 The Brenmark Institute said the talks in Velmora went on all week."}\n',
        encoding="utf-8",
    )
    argv = ["build", str(tmp_path / "in"), "--db", str(tmp_path / "c.db"), "-q", "--workers", "0"]
    assert run([*argv, "--no-framing"]) == 0
    first = capsys.readouterr().out
    assert "resolution:          at its fixed point after" in first
    assert "inputs repaired:     1" in first and "W101" in first
    assert run([*argv, "--no-framing"]) == 0
    assert "resolution:          nothing new to resolve; 0 rows changed" in capsys.readouterr().out


def test_cli_show_and_export_on_sample(
    sample_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["show", "--db", str(sample_db)]) == 0
    overview = capsys.readouterr().out
    assert "Documents" in overview and "Entities" in overview
    out = tmp_path / "d.json"
    assert run(["export", "--db", str(sample_db), "-o", str(out)]) == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    top = max(data["entities"], key=lambda e: len(e["mentions"]))
    capsys.readouterr()
    assert run(["show", top["name"], "--db", str(sample_db)]) == 0
    assert top["name"] in capsys.readouterr().out
    assert run(["show", top["name"], "--db", str(sample_db), "--profile"]) == 0
    assert "Profile" in capsys.readouterr().out
    assert run(["show", "No Such Actor Anywhere", "--db", str(sample_db)]) == 1


def test_cli_outlet_option_outranks_a_licence_footer(tmp_path: Path) -> None:
    # A licence footer names the rights holder, which need not be the site the
    # page was scraped from; --outlet says which site it was.
    page = tmp_path / "in" / "page.txt"
    page.parent.mkdir()
    page.write_text(
        "Ferry strike ends in Port Veltra\n\n"
        "Dockworkers in Port Veltra returned to work on Monday after a four-day strike over pay.\n"
        "All Content by Harbour Wire is licensed under a Creative Commons Attribution 4.0 "
        "International License.\n",
        encoding="utf-8",
    )

    def outlet_of(*extra: str) -> tuple[str | None, list[dict[str, str]]]:
        db, out = tmp_path / f"c{len(extra)}.db", tmp_path / f"d{len(extra)}.json"
        assert run(["build", str(page.parent), "--db", str(db), "-q", "--no-framing", *extra]) == 0
        assert run(["export", "--db", str(db), "-o", str(out)]) == 0
        (doc,) = json.loads(out.read_text(encoding="utf-8"))["documents"]
        assert "licensed under" not in doc["text"]
        return doc["outlet"], doc["removed"]

    outlet, removed = outlet_of()
    assert outlet == "Harbour Wire"
    outlet, removed_too = outlet_of("--outlet", "Veltra Post")
    assert outlet == "Veltra Post"
    assert removed_too == removed  # the footer is still furniture, kept in `removed`


def test_python_m_newsdossier_is_the_cli() -> None:
    """``python -m newsdossier`` runs the same command line as the script (a helper's
    brief said it and it had no ``__main__``)."""
    import subprocess
    import sys

    out = subprocess.run([sys.executable, "-m", "newsdossier", "--help"], capture_output=True,
                         text=True, check=True)  # fmt: skip
    assert "build" in out.stdout and "export" in out.stdout
