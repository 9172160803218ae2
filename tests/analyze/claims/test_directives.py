"""Demands are not assertions; first-person opinion is hedged (issue 15, round 5)."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


DIRECTIVES = [
    ("“Release the prisoners now,” Mara Voss told the Harvan Council.", "prisoners"),
    ("Mara Voss urged the Harvan Council to release the prisoners.", "prisoners"),
    ("“Don’t believe a word of it,” Mara Voss said of the Harvan Council report.", "word"),
]
ASSERTED = [
    ("Support for the Harvan Council is waning, Mara Voss said.", "waning"),
    ("Mara Voss said the end of the war is near.", "near"),
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words"), DIRECTIVES)
def test_directives_are_not_assertions(analyze, text, words) -> None:
    _, claims = analyze(text)
    found = [c for c in claims if words in c.text]
    assert found
    assert found[0].modality == "directive" and found[0].status == "directive"


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words"), ASSERTED)
def test_directives_false_friends_stay_asserted(analyze, text, words) -> None:
    _, claims = analyze(text)
    found = [c for c in claims if words in c.text]
    assert found and found[0].modality == "asserted"


OPINION = [
    "I get the sense that the Harvan Council is hiding something.",
    "“I suspect the council lied,” Mara Voss said.",
    "My feeling is that the Harvan Council will lose.",
    "I fear the Harvan Council has lost its way.",
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", OPINION)
def test_directives_first_person_opinion_is_a_hedge(analyze, text) -> None:
    _, claims = analyze(text)
    assert claims and claims[0].hedge == "opinion", [(c.text, c.hedge) for c in claims]
