"""Mends of the seventeenth session's coordinator (issue 15, claims v104): leads of the
independent readers of claims v99 (seed 1068) and the review of round 3 (review19), each
with the neighbours that must stay as they were.  Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import claims_of_text as _claims


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.issue(15)
def test_it_is_understood_that_is_a_hedge(analyze) -> None:
    # the British press's mark of an unnamed source, as "reportedly" is (seed 1068)
    (c,) = _claims(
        analyze,
        "It is understood that the Vellorn ministry will announce the closure of three "
        "ports next week.",
    )
    assert c.hedge == "believed"
    (c,) = _claims(
        analyze, "It was understood that the talks would resume in March, officials said."
    )
    assert c.hedge == "believed"


@pytest.mark.issue(15)
def test_understood_as_a_plain_verb_is_no_hedge(analyze) -> None:
    (c,) = _claims(
        analyze, "The minister said he understood that farmers were angry about the closure."
    )
    assert c.hedge is None
