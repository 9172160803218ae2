"""The first hour at the terminal (issue 20): names that match nothing, ambiguous
names, failed builds, progress totals, keyword-in-context lines."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from rich.console import Console

from newsdossier.cli import run
from newsdossier.commands._lookup import AmbiguousName, UnknownName, find_entity
from newsdossier.commands._progress import count_records
from newsdossier.ingest.base import ReadOptions
from newsdossier.views import kwic

pytestmark = pytest.mark.issue(20)


@pytest.fixture()
def sample_copy(sample_db: Path, tmp_path: Path) -> Path:
    db = tmp_path / "copy.db"
    shutil.copy(sample_db, db)
    return db


def _judgements(db: Path) -> int:
    con = sqlite3.connect(db)
    try:
        return int(con.execute("SELECT count(*) FROM judgements").fetchone()[0])
    finally:
        con.close()


def test_cli_merge_of_unknown_names_fails_with_suggestions(
    sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _judgements(sample_copy)
    assert run(["entities", "merge", "Foo", "Bar", "--db", str(sample_copy)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: [E340] no entity is named 'Foo'") and "merged" not in err
    assert run(["entities", "merge", "Parvaneh Navazai", "NCZR", "--db", str(sample_copy)]) == 1
    err = capsys.readouterr().err
    assert "did you mean" in err and "'Parvaneh Navazei'" in err
    assert run(["entities", "split", "Nowhere Man", "--db", str(sample_copy)]) == 1
    assert run(["entities", "never-merge", "NCZR", "Qwerty", "--db", str(sample_copy)]) == 1
    assert _judgements(sample_copy) == before  # nothing stored
    # --force records a judgement about a name a later build may bring
    assert (
        run(["entities", "never-merge", "NCZR", "Qwerty", "--force", "--db", str(sample_copy)]) == 0
    )
    assert _judgements(sample_copy) == before + 1


def test_cli_show_unknown_name_suggests(
    sample_db: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert run(["show", "Camp Sarf", "--db", str(sample_db)]) == 1
    err = capsys.readouterr().err
    assert "did you mean" in err and "'Camp Sarv'" in err and len(err.strip().splitlines()) == 1


class _Store:
    """find_entity needs only find_entities (and conn for suggestions)."""

    def __init__(self, rows: list[dict[str, Any]]) -> None:
        self.rows = rows

    def find_entities(self, name: str) -> list[dict[str, Any]]:
        return self.rows


def _e(i: str, name: str) -> dict[str, Any]:
    return {"id": i, "name": name, "type": "person", "mention_count": 3}


def test_cli_lookup_prefers_the_exact_name_and_lists_ambiguity() -> None:
    # "Renk" is an entity of its own and an alias of "Ivo Renk": the exact one
    # is meant, and the other is named beside it
    found = find_entity(_Store([_e("1", "Ivo Renk"), _e("2", "Renk")]), "renk")  # type: ignore[arg-type]
    assert found.entity["id"] == "2" and [o["id"] for o in found.others] == ["1"]
    with pytest.raises(AmbiguousName) as exc:
        find_entity(_Store([_e("1", "Mohammad Navazei"), _e("2", "Parvaneh Navazei")]), "Navazei")  # type: ignore[arg-type]
    assert "2 entities" in str(exc.value) and "id 1" in str(exc.value) and "id 2" in str(exc.value)
    assert issubclass(UnknownName, Exception)


def test_cli_failed_first_build_leaves_no_store(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "notes.pdf").write_bytes(b"%PDF-1.4")
    db = tmp_path / "c.db"
    assert run(["build", str(folder), "--db", str(db), "-q"]) == 1
    assert not db.exists() and not Path(str(db) + "-wal").exists()
    assert "was not created" in capsys.readouterr().err


def test_cli_progress_total_only_when_exact(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("one", encoding="utf-8")
    (folder / "b.html").write_text("<p>two</p>", encoding="utf-8")
    (folder / "c.jsonl").write_text(
        '{"text": "x"}\n\n{"text": "y"}\n{"text": "z"}\n', encoding="utf-8"
    )
    (folder / "d.pdf").write_bytes(b"%PDF")  # skipped: still one record counted
    (folder / ".hidden.txt").write_text("not read", encoding="utf-8")
    assert count_records([str(folder)], ReadOptions()) == 6
    (folder / "e.csv").write_text("text\nx\n", encoding="utf-8")  # a field may span lines
    assert count_records([str(folder)], ReadOptions()) is None


def test_cli_kwic_fits_the_width_and_centres_the_name() -> None:
    sentence = (
        "Officials in the capital said on Monday that the Harvan Council had met in secret"
        " for three days before the vote, according to two people who attended."
    )
    start = sentence.index("Harvan Council")
    m = {"text": "Harvan Council", "start": 100 + start, "end": 100 + start + 14,
         "sentence": sentence, "sentence_start": 100}  # fmt: skip
    for width in (40, 60, 120):
        line = kwic(m, width)
        assert len(line.plain) <= width and "Harvan Council" in line.plain
        console = Console(width=width + 2, record=True)
        console.print(line)
        assert len(console.export_text().splitlines()) == 1  # one terminal line, no wrap
    assert kwic(m, 40).plain.startswith("…") and kwic(m, 40).plain.endswith("…")
    assert "Council had" in kwic(m, 120).plain  # spacing as written


@pytest.mark.parametrize("with_csv", [False, True])
def test_cli_progress_bar_draws_with_and_without_total(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, with_csv: bool
) -> None:
    import io

    import newsdossier.cli as cli

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(
        "The Harvan Council met in Ostrand on Tuesday to discuss the river dispute.", "utf-8"
    )
    if with_csv:
        (folder / "b.csv").write_text("text\nThe Velmora Council met on Friday.\n", "utf-8")
    bar = io.StringIO()
    monkeypatch.setattr(cli, "console", Console(file=io.StringIO(), force_terminal=True))
    monkeypatch.setattr(cli, "err_console", Console(file=bar, force_terminal=True, width=120))
    argv = ["build", str(folder), "--db", str(tmp_path / "c.db"), "--workers", "0", "--no-framing"]
    assert run(argv) == 0
    drawn = bar.getvalue()
    assert "records/s" in drawn
    assert ("ETA" in drawn) is (not with_csv) and ("/?" in drawn) is with_csv


def test_cli_outlets_list_and_corrections(
    sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(sample_copy)
    assert run(["outlets", "list", "--db", db]) == 0
    assert "kheshmartimes.example (domain)" in capsys.readouterr().out
    assert run(["outlets", "different", "Kheshmar Times", "kheshmartimes.example", "--db", db]) == 0
    con = sqlite3.connect(sample_copy)
    try:
        row = con.execute(
            "SELECT outlet FROM outlet_variants WHERE variant = 'kheshmartimes.example'"
        ).fetchone()
    finally:
        con.close()
    assert row == ("kheshmartimes.example",)
    assert run(["outlets", "same", "Kheshmar Times", "Kheshmar Tmes", "--db", db]) == 1
    assert "did you mean 'Kheshmar Times'" in capsys.readouterr().err


def test_cli_merge_takes_an_entity_id_for_its_name(
    sample_copy: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(sample_copy)
    try:
        eid, name = con.execute(
            "SELECT id, name FROM entities WHERE type = 'person' ORDER BY mention_count DESC"
        ).fetchone()
    finally:
        con.close()
    assert run(["entities", "never-merge", eid, "NCZR", "--db", str(sample_copy)]) == 0
    assert f"{name!r} and 'NCZR' kept apart" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("command", "code"),
    [("profile", "E501"), ("timeline", "E402"), ("contradictions", "E501"), ("framing", "E601")],
)
def test_cli_every_name_argument_suggests(
    sample_db: Path, capsys: pytest.CaptureFixture[str], command: str, code: str
) -> None:
    assert run([command, "Camp Sarf", "--db", str(sample_db)]) == 1
    err = capsys.readouterr().err
    assert err.startswith(f"Error: [{code}] no entity is named 'Camp Sarf'; did you mean")
    assert "'Camp Sarv'" in err
