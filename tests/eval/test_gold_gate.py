"""The independent-gold gate (eval/gold.py): parsing the scorer's lines, checking floors."""

from __future__ import annotations

import json

from eval.gold import _LINE, FLOORS, check


def test_gold_gate_parses_score_lines() -> None:
    m = _LINE.match("attribution     3/40   misses: fnc source webre")
    assert m is not None
    assert (m["area"], m["got"], m["tot"]) == ("attribution", "3", "40")
    assert _LINE.match("dev: total 165/301") is None


CASES = [
    # (areas, floors, areas below their floor)
    ({"hedges": (11, 15)}, {"hedges": 0.733}, []),
    ({"hedges": (10, 15)}, {"hedges": 0.733}, ["hedges"]),
    ({}, {"hedges": 0.0}, []),
    ({}, {"hedges": 0.1}, ["hedges"]),  # an area the export no longer scores fails
    ({"distinct": (10, 10)}, {"distinct": 1.0}, []),
]


def test_gold_gate_checks_floors() -> None:
    for areas, floors, low in CASES:
        assert [line.split(":")[0] for line in check(areas, floors)] == low


def test_gold_gate_floors_are_fractions() -> None:
    floors = json.loads(FLOORS.read_text(encoding="utf-8"))["floors"]
    assert floors and all(0.0 <= f <= 1.0 for f in floors.values())
