"""Speakers of issue 15, round 15ag: a place that only modifies the people who speak."""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _rows(doc: Any, claims: list[Any]) -> list[tuple[str, str | None, str]]:
    return [
        (doc.text[c.statement_start : c.statement_end], c.source_name, c.source_kind)
        for c in claims
    ]


@pytest.mark.issue(15)
def test_a_place_before_the_people_it_modifies_is_no_speaker(analyze) -> None:
    doc, claims = analyze(
        "Vellorn officials settled on a plan to drop leaflets on the ships about 45 minutes "
        "before the raid, warning the crews that an attack was coming, while Vellorn pilots "
        "flew low passes over the area."
    )
    assert claims, _rows(doc, claims)
    for c in claims:
        assert c.source_name != "Vellorn", _rows(doc, claims)
        if c.source_start >= 0:
            assert c.source_name == doc.text[c.source_start : c.source_end], _rows(doc, claims)


@pytest.mark.issue(15)
def test_a_place_that_acts_stays_the_speaker(analyze) -> None:
    doc, claims = analyze("Vellorn rejected the plan on Monday, saying that the port will close.")
    assert [c.source_name for c in claims] == ["Vellorn"], _rows(doc, claims)
