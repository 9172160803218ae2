"""Disputed quotes end to end, and one record per dispute over reprints (issue 15)."""

from __future__ import annotations

from pathlib import Path

import pytest

ARTICLE = (
    "Vellorn Council dismisses threat report as fake\n\n"
    "{dateline}On Monday the Harbor Post falsely quoted Ivo Renk as issuing a threat against "
    "the mayor of Dunmere, “The mayor will soon be gone from this city,” the Harbor Post "
    "quoted Renk as saying.\n\n"
    "Renk, the head of the Vellorn Council, spoke at a session of the council on Monday.\n\n"
    "The Vellorn Council rejected the Harbor Post report on Tuesday. “Renk clearly said "
    "‘the mayor’s career in politics will soon be over’,” council spokeswoman Mara Voss wrote "
    "on her account.\n"
)


@pytest.mark.issue(15)
def test_disputed_quote_once_over_reprints(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsdossier.export.claims import iter_contradictions
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    src = tmp_path / "corpus"
    src.mkdir()
    (src / "a.txt").write_text(ARTICLE.format(dateline=""), encoding="utf-8")
    (src / "b.txt").write_text(ARTICLE.format(dateline="DUNMERE – "), encoding="utf-8")
    with open_store(str(tmp_path / "s.db")) as store:
        build([str(src)], store, Settings(framing_enabled=False))
        rows = [r for r in store.iter_contradictions() if r["kind"] == "disputed_quote"]
        recs = [r for r in iter_contradictions(store) if r["kind"] == "disputed_quote"]
        # the web shows the dispute once too, on the overview and on the actor's page
        from newsdossier.serve import queries

        recent = [c for c in queries.overview(store)["recent_contradictions"]]
        page = queries.entity(store, rows[0]["subject"])["contradictions"]
    assert len(rows) == 2, rows  # one per copy in the store
    assert len(recs) == 1, recs  # one dispute shown
    (rec,) = recs
    assert "will soon be gone" in rec["values"][0]
    assert "career in politics" in rec["values"][1]
    assert rec["sides"][0]["account"] == "Harbor Post"
    assert rec["sides"][1]["account"] != "Harbor Post"
    assert len(rec["copies"]) == 1
    for shown in (recent, page):
        assert [(c["kind"], len(c["copies"])) for c in shown] == [("disputed_quote", 1)], shown
    assert set(rec["copies"][0]["docs"]) != {rec["sides"][0]["doc"]}
    from newsdossier.cli import run

    capsys.readouterr()
    assert run(["contradictions", "--db", str(tmp_path / "s.db")]) == 0
    out = capsys.readouterr().out
    assert out.count("disputed_quote") == 1 and "+1 copies" in out, out


@pytest.mark.issue(15)
def test_denial_is_about_the_accused(tmp_path: Path) -> None:
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    src = tmp_path / "corpus"
    src.mkdir()
    (src / "a.txt").write_text(
        "Vellorn rejects border charges\n\n"
        "Vellorn denies Marrowland accusations that it arms and trains rebels along the "
        "northern border of the Corvane valley.\n\n"
        "The Vellorn Council has refuted Marrowland allegations that Dunmere is hiding armed "
        "rebels in its old mines.\n",
        encoding="utf-8",
    )
    with open_store(str(tmp_path / "s.db")) as store:
        build([str(src)], store, Settings(framing_enabled=False))
        names = {e["id"]: e["name"] for e in store.iter_entities()}
        rows = [r for r in store.iter_contradictions() if r["kind"] == "denial"]
        subjects = {names.get(r["subject"]) for r in rows}
    # the accused, not the accuser: "it" is the denier; a named subject is itself
    assert subjects == {"Vellorn", "Dunmere"}, subjects
