"""The review of branch 15bp (review19): its pointing-word rules reached past their
construction.  A noun's context was the wrong sentence (an older sentence past one that
holds the noun and points back, or two sentences back past one that neither holds it
nor points back); "This cut in funding" lost its noun to a verb reading of "cut"; "It is
a few minutes' walk" (the place) was a dummy "it".  Invented texts; the review's
counter-examples and the self-review's must-not-change sentences (as base had them).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.anaphora import is_anaphoric, pointing_span
from tests.analyze.claims.reading import context, marked
from tests.analyze.claims.test_pointed_15bi import _context_of

pytestmark = pytest.mark.issue(15)


def _at(words: str) -> str | None:
    span = pointing_span(words)
    return None if span is None else words[span[0] : span[1]]


@pytest.fixture(scope="module")
def analyze(claims_of: Any) -> Any:
    return claims_of(None)


def test_a_sentence_that_points_back_but_holds_the_noun_is_the_context(analyze: Any) -> None:
    text = (
        "Tarnia bought six old boats from Harvan in 2015. They bought 40 new boats from "
        "Vellorn last month. These boats will patrol the coast, Admiral Ivo Renk said."
    )
    doc, c = marked(analyze, text, "These boats")
    assert context(doc, c) == "They bought 40 new boats from Vellorn last month."


def test_a_noun_does_not_reach_past_a_sentence_not_skipped(analyze: Any) -> None:
    text = (
        "Harvan signed a deal with Tarnia in 2018. Vellorn is now in talks with Harvan "
        "too. This deal would double exports, Minister Ivo Renk said."
    )
    doc, c = marked(analyze, text, "This deal")
    assert context(doc, c) is None


@pytest.mark.parametrize(
    ("words", "found"),
    [
        # a noun before a preposition: the noun phrase whole (base)
        ("This cut in funding will close six schools.", "This cut in funding"),
        ("That hit to commuters will last a week.", "That hit to commuters"),
        ("This cut to pensions is unfair.", "This cut to pensions"),
        ("This hit on tourism will last years.", "This hit on tourism"),
        ("This cut will close six schools.", "This cut"),
        ("That set of rules was never used.", "That set of rules"),
        # after "these"/"those" a participle before a preposition: the phrase whole
        ("Those held in custody were released on Friday.", "Those held in custody"),
        ("Those forced from their homes will get aid.", "Those forced from their homes"),
        # a verb with an object or a particle: the demonstrative alone
        ("But that set off protests across the harbour towns.", "that"),
        ("That hit us hard.", "That"),
        ("This put the deal on ice.", "This"),
        ("That led to protests in the harbour towns.", "That"),
        ("This came from the union leadership.", "This"),
        ("That turned into a crisis within days.", "That"),
    ],
)
def test_a_noun_before_a_preposition_is_no_verb(words: str, found: str) -> None:
    assert _at(words) == found


@pytest.mark.parametrize(
    "words",
    [
        "It is a few minutes' walk from the old town.",
        "It is a few minutes’ drive from the airport.",
        "It is two hours away by train.",
        "It is a short flight from the capital.",
        "It is ten minutes from the harbour.",
    ],
)
def test_a_distance_is_no_dummy_it(words: str) -> None:
    assert _at(words) == "It"


@pytest.mark.parametrize(
    "words",
    [
        "It's been three years since the flood.",
        "It has been a long time since ships came.",
        "It will be two years before the port reopens.",
    ],
)
def test_a_span_of_time_stays_a_dummy_it(words: str) -> None:
    assert pointing_span(words) is None
    assert not is_anaphoric(words, carried=False)


def test_a_noun_named_before_it_in_its_own_sentence_gets_none() -> None:
    # review19's re-measure: "these powers" stood for the powers named earlier in its own
    # sentence, not for the sentence before ("no such universal power")
    text = (
        "The charter gave the council few powers. No such power was ever used. The council "
        "kept to the listed powers, and without them these powers were useless."
    )
    assert _context_of(text, "these powers") is None
    text = "The charter gave the council few powers. Without a vote these powers were useless."
    assert _context_of(text, "these powers") == "The charter gave the council few powers."
