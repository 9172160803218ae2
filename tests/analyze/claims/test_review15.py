"""What the review of claims v81 found the session's rules doing to ordinary news prose
(issue 15): real statements dropped as no claim, a conditional or an assertion invented, a
topic given as a platform.  Invented texts of each construction."""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.modality import premised
from tests.analyze.claims.reading import only_saying, said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # an interviewee's close only when it ends the turn
        ("“We do not have anything else in the budget for schools,” the mayor said on Monday.\n",
         "anything else in the budget"),
        # a remark on what the audience knows, followed by what is asserted
        ("“As most of you know, the council voted last year to close the port,” Renk told "
         "the crowd.\n", "the council voted"),
        ("“Many of you will remember the flood of 2009, which killed 40 people,” Renk said.\n",
         "the flood of 2009"),
    ],
)  # fmt: skip
def test_a_statement_after_a_formula_stays_a_claim(analyze, text, words) -> None:
    doc, claims = analyze(text)
    assert words in said(doc, only_saying(claims, words, doc))


@pytest.mark.issue(15)
def test_a_premise_after_an_asserted_clause_leaves_the_clause_asserted(analyze) -> None:
    doc, claims = analyze(
        "Renk said the port handled 300 ships in 2023, and at this rate it will run out of "
        "berths by 2030.\n"
    )
    assert only_saying(claims, "300 ships", doc).modality == "asserted"
    words = "the port handled 300 ships in 2023, and at this rate it will run out of berths"
    assert not premised(words)
    assert premised(words, words.index("it will run"))
    assert premised("at this rate, the fund will be empty by 2030")


@pytest.mark.issue(15)
def test_soon_enough_after_a_failure_keeps_its_negation(analyze) -> None:
    doc, claims = analyze(
        "Voss said the rescue boats could not get there soon enough and two fishermen died.\n"
        "Voss said the vote cannot come soon enough.\n"
    )
    assert only_saying(claims, "rescue boats", doc).polarity == "negative"
    assert only_saying(claims, "the vote", doc).polarity == "positive"


@pytest.mark.issue(15)
def test_a_question_answered_after_a_dash_is_not_joined_to_it(analyze) -> None:
    doc, claims = analyze("Did the council know? – no, it did not, Renk said.\n")
    assert not [c for c in claims if said(doc, c).startswith("Did the council know")]


@pytest.mark.issue(15)
def test_a_topic_after_argued_on_is_no_platform(analyze) -> None:
    doc, claims = analyze(
        "Senator Ivo Renk argued on Medicare that costs were out of control.\n"
        "Mara Voss wrote on Tarnbook that the port was closed.\n"
    )
    assert only_saying(claims, "costs were out of control", doc).via is None
    assert only_saying(claims, "the port was closed", doc).via == "Tarnbook"


@pytest.mark.issue(15)
def test_a_quote_broken_by_its_tag_keeps_its_first_part(analyze) -> None:
    doc, claims = analyze(
        "“The port is safe,” Renk said, “we have checked every crane.”\n"
        "“The ferries are full,” Voss said, “the buses are empty.”\n"
    )
    assert said(doc, only_saying(claims, "The port is safe", doc)) == "The port is safe"
    assert said(doc, only_saying(claims, "ferries are full", doc)) == "The ferries are full"
