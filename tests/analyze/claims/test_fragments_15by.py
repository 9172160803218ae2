"""Fragments in quoted and transcribed speech, round 5 (issue 15, 15by; claims v113).

An independent reader of claims v111 (seed 1086) judged a transcript line that is only an
infinitive of purpose, its one finite verb after "though" ("To presumably suppress the
rebellion in X though formally it said to ward off ..."), a statement: no claim now.
Invented texts; the must-not-change sentences are the self-review's (each kept as base
had it).
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.anaphora import pointing_object
from newsdossier.analyze.claims.fragments import purpose_only
from tests.analyze.claims.reading import refers, said

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


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # an adverb after a demonstrative object is no noun of it (seed 1088: "this often")
        ("People don’t mention this often but there are many mixed marriages.", "this"),
        ("We must take this seriously.", "this"),
        ("The port handled these carefully.", "these"),
        ("I think about this often.", "this"),
        # a colon after it (or after its adverb) says what it is: a pointing forward
        ("Consider this: the port lost $2 million last year.", None),
        ("They do this often: they raise tolls and cut routes.", None),
        ("I want to say this: the mayor lied.", None),
        # must not change: a noun after it, an opening time, a demonstrative phrase
        ("We cannot ignore this duty.", "this duty"),
        ("The council is aware of this.", "this"),
        ("Sheena and I dealt with this together, privately.", "this"),
        ("We saw this early stage of the plan.", "this early stage"),
        ("The council rejected this plan: it said the cost was too high.", "this plan"),
    ],
)
def test_a_demonstrative_object_before_an_adverb_or_a_colon(words: str, found: str | None) -> None:
    span = pointing_object(words)
    assert (words[span[0] : span[1]] if span else None) == found


def test_a_quoted_this_before_an_adverb_is_marked_alone(claims_of) -> None:
    doc, claims = claims_of(None)(
        "Ivo Renk spoke about the two countries. “The two countries were bound at the hip. "
        "People don't mention this often but there are millions of mixed marriages,” "
        "Renk said.\n"
    )
    assert [refers(doc, c) for c in claims if said(doc, c).startswith("People")] == ["this"]
