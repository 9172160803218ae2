"""A clause fronted before the words' main clause keeps its subordinator (issue 15, claims
v59): "If A, B, X said" is a condition, not an assertion of A and B; "Although A, B, X said"
keeps its words; a subordinate clause left alone before an inner frame asserts nothing; "X
continued." at a sentence's end, not set off from the words, reports nothing."""

from __future__ import annotations

import pytest

pytestmark = pytest.mark.issue(15)


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


def _rows(analyze, text: str) -> list[tuple[str, str, str]]:
    doc, claims = analyze(text)
    return [
        (doc.text[c.statement_start : c.statement_end], c.source_name or "", c.modality)
        for c in claims
    ]


def test_a_fronted_condition_stays_a_condition(analyze) -> None:
    rows = _rows(analyze, "If the council meets, it will sell the pier, Ivo Renk said.\n")
    assert rows == [("If the council meets, it will sell the pier", "Ivo Renk", "conditional")]


def test_a_fronted_concession_keeps_its_words(analyze) -> None:
    rows = _rows(
        analyze, "Although the council kept the office, it sold the pier, Ivo Renk said.\n"
    )
    assert rows == [
        ("Although the council kept the office, it sold the pier", "Ivo Renk", "asserted")
    ]


def test_a_subordinator_before_one_clause_alone_still_goes(analyze) -> None:
    rows = _rows(analyze, "And the council will sell the pier, Ivo Renk said.\n")
    assert rows == [("the council will sell the pier", "Ivo Renk", "asserted")]


def test_a_concession_left_before_an_inner_frame_is_no_statement(analyze) -> None:
    text = (
        "Although the council never admitted the sale, harbour officials concluded that the "
        "pier was sold, said the Harbor Wire report.\n"
    )
    rows = _rows(analyze, text)
    assert not [r for r in rows if r[0].startswith("Although")], rows


@pytest.mark.parametrize(
    "text",
    [
        "Although the war between Vellornia and Harva ended in 1988, hostilities between "
        "the two and Ivo Renk continued.\n",
        "The talks failed, and the strike by the dockers of Ivo Renk continued.\n",
    ],
)
def test_a_subject_that_continued_says_nothing(analyze, text: str) -> None:
    assert _rows(analyze, text) == []


def test_a_speaker_who_continued_is_set_off(analyze) -> None:
    rows = _rows(analyze, "“The pier will stay open,” Ivo Renk continued.\n")
    assert [r[1] for r in rows] == ["Ivo Renk"]
