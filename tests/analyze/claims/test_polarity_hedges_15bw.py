"""Polarity, modality and hedges of issue 15, round 4 (helper 15bw, claims v110): leads of
the independent readers of claims v99-v106, each with the neighbours that must stay as they
were.  Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import only_claim


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Officials said it was clear that no forces were sent to the port.",
        "It is true that no bank has failed since 2008, the minister said.",
        "It was obvious that no one in the room trusted the envoy, Mara Voss told reporters.",
    ],
)
def test_a_denying_subject_of_the_complement_negates_it(analyze, text: str) -> None:
    # "no forces were going" after "it was clear that" (seed 1082)
    assert only_claim(analyze, text).polarity == "negative"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "It was clear that the plan had no support, the mayor said.",
        "The minister said it seems that no less than 40 ships were diverted.",
        "The village that no tourist visits is shrinking, the mayor said.",
        "It was so cold that no one went out, residents said.",
        "The storm was so strong that nothing was left of the pier, Ivo Renk said.",
        "It is a law that nobody likes, the senator said.",
    ],
)
def test_a_denying_word_elsewhere_leaves_the_clause_positive(analyze, text: str) -> None:
    assert only_claim(analyze, text).polarity == "positive"
