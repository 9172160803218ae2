"""Whose words, which words, which polarity (issue 15, branch 15ab): invented examples of
the constructions independent readers found misread on FakeNewsCorpus builds (seeds
472-474):

- a negation inside a gerund object ("accused the agency ... for not investigating") made
  the accusation negative;
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.modality import polarity_of


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


def _words(doc, c) -> str:
    return doc.text[c.statement_start : c.statement_end]


def _by(claims, name):
    return [c for c in claims if c.source_name == name]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("accused the agency of negligence for not investigating the fire", "positive"),
        ("accused the agency of not investigating the fire", "positive"),
        ("the council was praised for never giving up", "positive"),
        # the main predicate's own negation still counts
        ("the agency did not investigate the fire", "negative"),
        ("the agency is not responsible for investigating the fire", "negative"),
        ("nobody blamed the agency for not investigating the fire", "negative"),
    ],
)
def test_a_negated_gerund_object_leaves_the_main_predicate_positive(words, polarity) -> None:
    assert polarity_of(words) == polarity


@pytest.mark.issue(15)
def test_an_accusation_for_not_acting_is_positive(analyze) -> None:
    doc, claims = analyze(
        "Orlan Bext accused the harbour agency of negligence for not investigating the fire."
    )
    (c,) = _by(claims, "Orlan Bext")
    assert c.polarity == "positive"
