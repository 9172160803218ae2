"""Fragments round 4, mended (issue 15, m20b; the review of claims v107).

A reviewer of 15bt's fragments found rules reaching past their construction: real quotes
with a noun's participle and "by" and a present-tense verb dropped ("The fares set by the
operator rise by 5 percent"), a group the words name themselves ("Two of those killed"),
a cleft's dummy "it" ("It is the price of fuel that ..."), a body's bare "it" before
"they", and a "his"/"her" whose owner stands in the same sentence, all marked as
pointing back; a pronoun's mark taken by a "there".  Each is a construction test here
with invented text; the marks 15bt meant stay (its own test file).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.anaphora import elided_term, pointing_span
from tests.analyze.claims.reading import marked, refers, said

pytestmark = pytest.mark.issue(15)


def _claim(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if said(doc, c).rstrip(",.") == words.rstrip(",.")]
    assert len(found) == 1, [(said(doc, c), refers(doc, c)) for c in claims]
    return found[0]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "“The fares set by the operator rise by 5 percent in June,” the minister said.\n",
            "The fares set by the operator rise by 5 percent in June,",
        ),
        (
            "“The troops led by the general control the airport,” a diplomat said.\n",
            "The troops led by the general control the airport,",
        ),
        (
            "“The prices set by the state cap rents at 500 dollars,” the tenant group said.\n",
            "The prices set by the state cap rents at 500 dollars,",
        ),
        (
            "“The new rules set by the regulator force banks to hold more cash,” the analyst "
            "said.\n",
            "The new rules set by the regulator force banks to hold more cash,",
        ),
        (
            "“The tests done by the lab show the water is safe,” the mayor said.\n",
            "The tests done by the lab show the water is safe,",
        ),
        (
            "“The cuts made by the last government cost lives,” the health minister said.\n",
            "The cuts made by the last government cost lives,",
        ),
        (
            "Ivo Renk spoke about the float. “The shares sold by the founder total 4 million. "
            "The rest went to the staff,” he said.\n",
            "The shares sold by the founder total 4 million.",
        ),
        (
            "The statement said: “The fares set by the operator rise by 5 percent in June.”\n",
            "The fares set by the operator rise by 5 percent in June.",
        ),
    ],
)
def test_a_quote_with_a_participle_and_by_and_a_verb_stays(
    claims_of, text: str, words: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert refers(doc, _claim(doc, claims, words)) is None


@pytest.mark.parametrize(
    "words",
    [
        "Two of those killed were children.",
        "One of those who died was a nurse.",
        "Several of those rescued were taken to hospital.",
        "A few of those who lost homes have moved to Harvan.",
        "Half of those who walked out have come back.",
        "Most of those killed were fishermen.",
        "Many of those in the camp are children.",
        "It is the price of fuel that drives inflation.",
        "It was the number of strikes that hurt us most.",
        "It’s the level of debt that scares investors.",
        "It was the rate of price rises that forced our hand.",
        "It’s a number of things that worry me.",
    ],
)
def test_a_group_the_words_name_or_a_cleft_it_points_nowhere(words: str) -> None:
    assert pointing_span(words) is None


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Two of those are still missing.", "Two of those"),
        ("It was a record for the bank.", "It"),
    ],
)
def test_a_group_or_a_measure_told_before_still_points_back(words: str, found: str) -> None:
    span = pointing_span(words)
    assert span is not None and words[span[0] : span[1]] == found


@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "Norvex Police said it was too early to name the victim and that they would "
            "release details on Monday.\n",
            "they would release details on Monday",
        ),
        (
            "The Halden Group said it was not aware of the report and that they were looking "
            "into it.\n",
            "they were looking into it",
        ),
        (
            "The singer’s parents said her new album would be released in May.\n",
            "her new album would be released in May",
        ),
        (
            "The minister’s aides said her visit to the port would go ahead.\n",
            "her visit to the port would go ahead",
        ),
        (
            "Police told the woman that her car had been found near the harbour.\n",
            "her car had been found near the harbour",
        ),
        (
            "Ilse Brandt won the race. Doctors told the runner-up that his knee was broken.\n",
            "his knee was broken",
        ),
        (
            "Officials told the minister that her plan would cost too much.\n",
            "her plan would cost too much",
        ),
        (
            "After Mara Voss collapsed on stage, aides said her condition was stable.\n",
            "her condition was stable",
        ),
    ],
)
def test_a_pronoun_whose_owner_is_in_the_sentence_is_not_marked(
    claims_of, text: str, words: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert refers(doc, _claim(doc, claims, words)) is None


def test_a_group_told_and_a_bodys_people_stay_marked(claims_of) -> None:
    doc, claims = claims_of(None)("Doctors told the family that his condition was stable.\n")
    assert refers(doc, _claim(doc, claims, "his condition was stable")) == "his"
    doc, claims = claims_of(None)(
        "The Halden Group said its drivers had been attacked and that they would strike on "
        "Monday.\n"
    )
    assert refers(doc, _claim(doc, claims, "they would strike on Monday")) == "they"


def test_a_pronoun_keeps_its_mark_before_a_there(claims_of) -> None:
    doc, claims = claims_of(None)("Aides said she was still there.\n")
    assert refers(doc, _claim(doc, claims, "she was still there")) == "she"


def test_a_quoted_there_is_marked_as_the_reported_one(claims_of) -> None:
    analyze = claims_of(None)
    marked(analyze, "“The risk is still there,” the general said.\n", "there")
    marked(analyze, "The general said the risk was still there.\n", "there")


@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("Other banks are expected to follow suit", "follow suit"),
        ("The other banks, which had waited for weeks, followed suit", "followed suit"),
        ("Other lenders may follow suit", "follow suit"),
        ("Rivals seem likely to follow suit", "follow suit"),
    ],
)
def test_an_act_done_again_is_marked_whatever_verb_leads_to_it(words: str, found: str) -> None:
    span = elided_term(words)
    assert span is not None and words[span[0] : span[1]] == found


@pytest.mark.parametrize(
    "words",
    [
        "The central bank cut rates and others are expected to follow suit",
        "After the bank cut its rate, the other followed suit",
        "The army is still there, in Harvan,",
    ],
)
def test_an_act_or_place_told_in_the_words_is_no_elided_term(words: str) -> None:
    assert elided_term(words) is None


def test_an_act_told_in_a_fronted_condition_is_no_elided_term() -> None:
    # (the self-review: a present tense the finite words miss, "cuts", tells the act)
    assert elided_term("If Harvan cuts its tolls, we will follow suit") is None
    assert elided_term("Once again, others followed suit") is not None
