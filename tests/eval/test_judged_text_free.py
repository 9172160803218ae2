"""Committed judged samples hold no article text and no names (issue 20).

The readers' files (``*.reading.tsv``, gitignored) quote the pages and name actors
and outlets; only their stripped copies (``python -m eval.judged --strip``) are
committed.  Every row below is invented."""

from __future__ import annotations

import csv
import subprocess
from pathlib import Path

import pytest

from eval.judged import problems, reduce_verdict, strip

ROOT = Path(__file__).resolve().parents[2]


def _committed() -> list[Path]:
    try:
        out = subprocess.run(
            ["git", "ls-files", "eval"], cwd=ROOT, capture_output=True, text=True, check=True
        ).stdout.split()
    except (OSError, subprocess.CalledProcessError):  # no git: every judged file present
        out = [str(p.relative_to(ROOT)) for p in (ROOT / "eval").rglob("*.tsv")]
    return sorted(
        ROOT / p
        for p in out
        if p.endswith(".tsv") and "judged" in p and not p.endswith(".reading.tsv")
    )


def test_every_committed_judged_file_is_text_free() -> None:
    files = _committed()
    assert len(files) >= 100  # claims, contradictions, quantities, merges, time, cleaning
    bad = {str(p.relative_to(ROOT)): problems(p)[:3] for p in files if problems(p)}
    assert not bad, f"article text or names in committed judged files: {bad}"


def _write(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, list(rows[0]), delimiter="\t", lineterminator="\n")
        w.writeheader()
        w.writerows(rows)


_CLAIMS = [
    {
        "doc": "4411", "claim": "a1b2c3d4e5f60718", "start": "120", "end": "262",
        "sentence": "In a statement on Tuesday, Harvan Council chair Ivo Renk said the port of "
        "Vellorn had handled more than 2,000 tankers since 2009, a record for the coast.",
        "speaker": "Ivo Renk [named]", "via": "the Harvan Post",
        "statement": "the port of Vellorn had handled more than 2,000 tankers since 2009",
        "subject": "Vellorn", "attribute": "", "value": "2,000", "unit": "tankers",
        "polarity": "positive", "modality": "asserted", "hedge": "", "hedge_words": "",
        "verdict": "right",
    },
    {
        "doc": "4412", "claim": "0f1e2d3c4b5a6978", "start": "0", "end": "58",
        "sentence": "The Harvan Post reported the bridge may close next spring.",
        "speaker": "Harvan Post [named]", "via": "", "statement": "the bridge may close",
        "subject": "", "attribute": "", "value": "", "unit": "", "polarity": "positive",
        "modality": "asserted", "hedge": "may", "hedge_words": "may",
        "verdict": "WRONG speaker: 'The Harvan Post' filed as a named person 'Harvan Post'",
    },
]  # fmt: skip


def test_rule_catches_a_reading_file_and_strip_clears_it(tmp_path: Path) -> None:
    reading = tmp_path / "claims_fnc_seed9.reading.tsv"
    _write(reading, _CLAIMS)
    found = problems(reading)
    assert any("'sentence'" in p for p in found) and any("characters" in p for p in found)
    out = strip(reading)
    assert out == tmp_path / "claims_fnc_seed9.tsv" and problems(out) == []
    with out.open(encoding="utf-8") as f:
        rows = list(csv.DictReader(f, delimiter="\t"))
    assert [r["verdict"] for r in rows] == ["right", "WRONG speaker"]
    assert [(r["doc"], r["claim"], r["start"], r["end"]) for r in rows] == [
        ("4411", "a1b2c3d4e5f60718", "120", "262"), ("4412", "0f1e2d3c4b5a6978", "0", "58")
    ]  # fmt: skip
    assert [r["speaker_kind"] for r in rows] == ["named", "named"]
    body = out.read_text(encoding="utf-8")
    for gone in ("Ivo Renk", "Harvan", "Vellorn", "tankers"):
        assert gone not in body
    assert strip(out) == out and out.read_text(encoding="utf-8") == body  # idempotent


def test_a_name_in_a_short_cell_is_caught(tmp_path: Path) -> None:
    path = tmp_path / "merges_fnc_seed3.tsv"
    _write(path, [{"n": "1", "how": "acronym", "doc": "ab12", "verdict": "wrong: Ivo Renk"}])
    assert problems(path) == ["row 1 verdict: a capitalised name"]


@pytest.mark.parametrize(
    ("verdict", "cls"),
    [
        ("right", "right"),
        ("RIGHT", "RIGHT"),
        ("none", "none"),
        ("wrong-happening", "wrong-happening"),
        ("WRONG not-a-claim: a pitch to the reader by Ivo Renk", "WRONG not-a-claim"),
        ("wrong: speaker kind - 'Harvan Post' is an outlet", "wrong speaker kind"),
        ("wrong: kind document for The Harvan Post", "wrong"),
        ("genuine pair, subject wrong: Vellorn is the accused", "genuine pair"),
        ("not genuine; source wrong: 'tens of thousands' is the outlet's", "not genuine"),
        ("GENUINE: Ivo Renk denies the Harvan Council's charge", "GENUINE"),
    ],
)
def test_reduce_verdict_keeps_the_class_only(verdict: str, cls: str) -> None:
    assert reduce_verdict(verdict) == cls


def test_ecbplus_judged_copy_is_matched_by_key(tmp_path: Path) -> None:
    from eval.entities.ecbplus import judge_largest, read_judged

    forms = "t3: Ivo Renk×4, Renk×2 | t7: Renk×5"
    reading = tmp_path / "ecbplus_largest_persons.reading.tsv"
    _write(reading, [{"rank": "1", "name": "Ivo Renk", "mentions": "11", "topics": "2",
                      "forms_by_topic": forms, "verdict": "wrong", "note": "two men"}])  # fmt: skip
    kept = strip(reading)
    assert "Renk" not in kept.read_text(encoding="utf-8")
    row = {"name": "Ivo Renk", "topics": {"3": {"Ivo Renk": 4, "Renk": 2}, "7": {"Renk": 5}}}
    for path in (reading, kept):
        got = judge_largest([row], read_judged(path))  # type: ignore[list-item]
        assert (got["right"], got["wrong"], got["unjudged"]) == (0, 1, 0)


def test_quantities_sampler_writes_a_reading_file_whose_copy_keeps_offsets(
    tmp_path: Path,
) -> None:
    import json

    from eval.claims.quantities import main

    text = "Harvan Post staff.\nIvo Renk said the Vellorn port handled 42 tankers last week.\n"
    a = text.index("Ivo Renk")
    export = {
        "documents": [{"id": "d1", "name": "ptc_article1", "text": text}],
        "entities": [{"id": "e1", "name": "Ivo Renk", "type": "person", "mentions": [
            {"doc": "d1", "start": a, "end": a + 8, "text": "Ivo Renk"}]}],
        "claims": [],
    }  # fmt: skip
    path = tmp_path / "export.json"
    path.write_text(json.dumps(export), encoding="utf-8")
    assert main([str(path), "--seed", "1", "--out", str(tmp_path / "quantities_x_seed1.tsv")]) == 0
    reading = tmp_path / "quantities_x_seed1.reading.tsv"
    assert reading.exists() and not (tmp_path / "quantities_x_seed1.tsv").exists()
    body = reading.read_text(encoding="utf-8")
    reading.write_text(body.replace("\t\t\t\n", "\tIvo Renk\tmissed\tno claim holds it\n"))
    kept = strip(reading)
    with kept.open(encoding="utf-8") as f:
        (row,) = list(csv.DictReader(f, delimiter="\t"))
    assert text[int(row["start"]) : int(row["end"])] == row["number"] == "42"
    assert (row["actor_given"], row["verdict"]) == ("yes", "missed")
    assert problems(kept) == [] and "Renk" not in kept.read_text(encoding="utf-8")
