"""Polarity and hedges come from a statement's main clause (issue 15, round 6).

An independent reader of 30 FakeNewsCorpus claims (eval/claims/judged/claims_fnc_seed51.tsv)
found 5 of 12 wrong claims negated or hedged by words inside an if-clause, a relative or
comparative clause, or a concession before "but". Invented sentences of each kind, and the
main-clause negations and hedges that must stay.
"""

from __future__ import annotations

from typing import Any

import pytest


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Ivo Renk")


def _one(claims: list[Any], word: str) -> Any:
    return next(c for c in claims if word in c.text)


@pytest.mark.issue(15)
def test_main_clause_negation_in_if_clause_is_not_the_claims(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said that if the new pumps are not working the way you hoped, "
        "the council can replace them within a month."
    )
    c = _one(claims, "pumps")
    assert c.polarity == "positive"


@pytest.mark.issue(15)
def test_main_clause_negation_of_main_verb_stays(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said that the council did not replace the pumps when they failed last year."
    )
    assert _one(claims, "pumps").polarity == "negative"


@pytest.mark.issue(15)
def test_main_clause_hedge_in_comparison_is_not_the_claims(analyze) -> None:
    _, claims = analyze(
        '"Many of us were caught out by the new tariffs in much the same way that farmers '
        'could be caught out by a late frost," Mara Voss said.'
    )
    c = _one(claims, "tariffs")
    assert c.hedge is None


@pytest.mark.issue(15)
def test_main_clause_own_modal_still_hedges(analyze) -> None:
    _, claims = analyze(
        '"The new tariffs could be a blow to the farmers who sell their grain abroad," Mara Voss said.'
    )
    c = _one(claims, "tariffs")
    assert c.hedge is not None and c.hedge.startswith("may")


@pytest.mark.issue(15)
def test_main_clause_concession_before_but_does_not_hedge(analyze) -> None:
    _, claims = analyze(
        "The Vellorn harbour might look calm this week, but when the storms arrive the "
        "ferries will stop for a month."
    )
    # the writer's own sentence is a claim only when it is hedged: its one modal concedes
    assert not any("harbour" in c.text and c.hedge for c in claims)


@pytest.mark.issue(15)
def test_main_clause_hedge_after_but_stays(analyze) -> None:
    _, claims = analyze(
        "The Vellorn harbour looks calm this week, but when the storms arrive the ferries "
        "might stop for a month."
    )
    c = _one(claims, "harbour")
    assert c.hedge is not None and c.hedge.startswith("may")


@pytest.mark.issue(15)
def test_main_clause_evidential_hedge_in_relative_clause_stays(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said the inquiry centred on two traders who allegedly ran the network."
    )
    c = _one(claims, "inquiry")
    assert c.hedge == "alleged"


@pytest.mark.issue(15)
def test_main_clause_second_verb_of_an_if_clause_is_in_it(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said that if you buy the pumps and find out they are not working, "
        "the council can replace them."
    )
    assert _one(claims, "pumps").polarity == "positive"


@pytest.mark.issue(15)
def test_main_clause_a_parse_that_loses_the_main_clause_is_not_trusted(analyze) -> None:
    # no comma after the concession: the parser makes "Although ... is" the root and the
    # main clause a relative one; the hedge of the main clause must stay
    _, claims = analyze(
        "Although runoff is often the cause of algae blooms it remains unclear whether one "
        "or many farms contributed to the bloom in the Vellorn lake."
    )
    c = _one(claims, "runoff")
    assert c.hedge is not None
