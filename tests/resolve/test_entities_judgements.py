"""Alias files and FollowTheMoney watch lists become judgements (issue 3)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsdossier.errors import ConfigError
from newsdossier.resolve.judgements import read_aliases_file, read_ftm_watchlist


def test_judgements_yaml_aliases_never_merge_split(tmp_path: Path) -> None:
    p = tmp_path / "a.yml"
    p.write_text(
        "aliases:\n  Free Valley Front: [FVF, Valley Men]\n"
        "never_merge:\n  - [Valley Council, FVF]\nsplit: [Omid]\n",
        encoding="utf-8",
    )
    got = [(j.kind, j.a, j.b) for j in read_aliases_file(p)]
    assert got == [
        ("alias", "Free Valley Front", "FVF"),
        ("alias", "Free Valley Front", "Valley Men"),
        ("never-merge", "Valley Council", "FVF"),
        ("split", "Omid", None),
    ]


def test_judgements_csv_two_layouts(tmp_path: Path) -> None:
    a = tmp_path / "a.csv"
    a.write_text("canonical,alias\nFree Valley Front,FVF\n", encoding="utf-8")
    b = tmp_path / "b.csv"
    b.write_text("kind,a,b,note\nnever-merge,Iran,Iraq,two countries\n", encoding="utf-8")
    assert [(j.kind, j.b) for j in read_aliases_file(a)] == [("alias", "FVF")]
    assert [(j.kind, j.note) for j in read_aliases_file(b)] == [("never-merge", "two countries")]
    bad = tmp_path / "c.csv"
    bad.write_text("x,y\n1,2\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="E246"):
        read_aliases_file(bad)


def test_judgements_ftm_watchlist(tmp_path: Path) -> None:
    ent = {"id": "wl-1", "schema": "Organization",
           "properties": {"name": ["Free Valley Front"], "alias": ["FVF"], "weakAlias": ["Valley Men"]}}  # fmt: skip
    p = tmp_path / "w.ftm.json"
    p.write_text(json.dumps(ent) + "\n\n", encoding="utf-8")
    got = [(j.kind, j.a, j.b, j.source) for j in read_ftm_watchlist(p)]
    assert ("alias", "Free Valley Front", "FVF", "ftm:wl-1") in got
    assert ("alias", "Free Valley Front", "Valley Men", "ftm:wl-1") in got
    p.write_text("not json\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="E247"):
        read_ftm_watchlist(p)
