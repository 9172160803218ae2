"""Fragments in quoted and transcribed speech, round 5 (issue 15, 15by; claims v113).

An independent reader of claims v111 (seed 1086) judged a transcript line that is only an
infinitive of purpose, its one finite verb after "though" ("To presumably suppress the
rebellion in X though formally it said to ward off ..."), a statement: no claim now.
Invented texts; the must-not-change sentences are the self-review's (each kept as base
had it).
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.fragments import purpose_only
from tests.analyze.claims.reading import said

pytestmark = pytest.mark.issue(15)

_KEPT = [
    "To cut costs though, the council sold two ferries last year.",
    "To suppress the revolt, though the army denied it, the council sent 300 troops.",
    "To cut costs although the union objected, the council sold two ferries.",
    "To win the seat though is harder than it looks.",
    "To pay the debt, the city raised tolls, though it said the rise was temporary.",
    "To keep the port open will cost $2 million, although the ministry says less.",
    "To leave now would be a mistake even though the fares have risen.",
    "To my knowledge, the fund ran out of money although it never said so.",
    "To be honest, the deal is dead, though the ministry denies it.",
    "To the surprise of many, the port reopened although the strike went on.",
    "The army went in to suppress the rebellion though it said it came to keep order.",
]


@pytest.mark.parametrize(
    ("words", "only"),
    [
        ("To presumably suppress the revolt in Harvan though formally it said to ward off "
         "a new attack.", True),
        ("To cut the fares whereas the ministry wanted them raised.", True),
        *[(w, False) for w in _KEPT],
    ],
)  # fmt: skip
def test_a_purpose_with_only_a_concession_after_it(words: str, only: bool) -> None:
    assert purpose_only(words) is only


def test_a_quoted_purpose_with_only_a_concession_is_no_claim(claims_of) -> None:
    doc, claims = claims_of(None)(
        "Ivo Renk said on the program: “The army went in. To presumably suppress the "
        "revolt in Harvan though formally it said to ward off a new attack of which "
        "there is no evidence.”\n"
    )
    assert not [c for c in claims if said(doc, c).startswith("To presumably")]
    assert [said(doc, c) for c in claims] == ["The army went in."]


@pytest.mark.parametrize("words", _KEPT[:9])
def test_quoted_sentences_opening_with_to_stay(claims_of, words: str) -> None:
    doc, claims = claims_of(None)(f"“{words[:-1]},” Mara Voss said.\n")
    assert [said(doc, c).rstrip(",") for c in claims] == [words[:-1]]
