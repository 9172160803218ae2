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


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The company would have likely found out anyway, the analyst said.",
        "Without the dam, the valley would have flooded, engineers said.",
        "“We would have won the vote,” Ivo Renk told reporters.",
        "The council said 3,000 people would have lost their homes without the levee.",
        "The minister said the talks would have been impossible without the envoy.",
    ],
)
def test_would_have_done_tells_what_did_not_happen(analyze, text: str) -> None:
    # a counterfactual shown as an assertion misleads (seed 1068)
    (c,) = _claims(analyze, text)
    assert c.modality == "conditional"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk said he would have more to say on Monday.",
        "The ministry would have to approve the deal, Mara Voss said.",
        "Mara Voss said the guards would usually have been at the gate by six.",
        "Ivo Renk said the coalition would have a majority after the vote.",
        "Mara Voss said the port would reopen on Monday.",
    ],
)
def test_would_have_a_noun_or_a_duty_stays_asserted(analyze, text: str) -> None:
    (c,) = _claims(analyze, text)
    assert c.modality == "asserted"


@pytest.mark.issue(15)
def test_a_relative_clauses_would_have_is_not_the_statements(analyze) -> None:
    (c,) = _claims(
        analyze, "Ivo Renk said the bill, which would have banned imports, was vetoed on Friday."
    )
    assert c.modality == "asserted"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Serious doubts whether the bridge is safe remain, engineers said.",
        "Still doubts whether the vote was fair remain among observers, Ivo Renk said.",
    ],
)
def test_doubts_as_a_noun_negate_nothing(analyze, text: str) -> None:
    # the review of claims v102: a capitalised first word is no doubter
    (c,) = _claims(analyze, text)
    assert c.polarity == "positive"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk doubted the port would reopen before winter, officials said.",
        "We doubt it will choose this route, the ministry said.",
    ],
)
def test_a_named_or_pronoun_doubter_still_negates(analyze, text: str) -> None:
    (c,) = _claims(analyze, text)
    assert c.polarity == "negative"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The minister promised that the water was safe to drink.",
        "The council vowed that the attack was the work of foreign agents.",
        "The mayor has promised voters the bridge is safe.",
        # the original sentence of the test below: a "would" promise with no condition is
        # asserted (15bz's decision; the review of claims v114 kept it)
        "The mayor vowed the bridge would be finished by June.",
    ],
)
def test_a_promise_of_a_fact_is_asserted(analyze, text: str) -> None:
    # the review of claims v102: an assurance of what is, not a commitment
    (c,) = _claims(analyze, text)
    assert c.modality == "asserted"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk had promised Vellornia was paying for the wall.",
        "The mayor vowed that if the council agreed, the bridge would be finished by June.",
    ],
)
def test_a_promise_of_what_is_to_come_is_conditional(analyze, text: str) -> None:
    (c,) = _claims(analyze, text)
    assert c.modality == "conditional"


@pytest.mark.issue(15)
def test_say_goodbye_is_no_imagined_saying(analyze) -> None:
    (c,) = _claims(
        analyze, "The company may close the plant and say goodbye to 300 workers, Mara Voss said."
    )
    assert c.modality == "asserted"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The vote was rigged, President Ivo Renk said.",
        "The talks failed, Defence Minister Mara Voss told reporters.",
        "The vote was rigged, Mr. Ivo Renk said.",
        "The port serves Vellorn City, Mayor Ivo Renk said.",
        "The ferry was late, Harvan Ferries spokesman Ivo Renk said.",
    ],
)
def test_a_speakers_title_is_not_the_words(analyze, text: str) -> None:
    # the coordinator's final read of claims v104: "The talks failed, Defence Minister"
    (c,) = _claims(analyze, text)
    words = text[c.statement_start : c.statement_end]
    assert words == text.split(",")[0]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The deal covers Vellorn, Tarnia, Ostland, Ivo Renk said.",
         "The deal covers Vellorn, Tarnia, Ostland"),
        ("He met the President, Ivo Renk said.", "He met the President"),
        ("The talks were led by Vellorn, the President, Ivo Renk said.",
         "The talks were led by Vellorn, the President"),
        ("The vote was rigged, said President Ivo Renk.", "The vote was rigged"),
    ],
)  # fmt: skip
def test_a_capitalised_item_before_the_speaker_stays(analyze, text: str, words: str) -> None:
    (c,) = _claims(analyze, text)
    assert text[c.statement_start : c.statement_end] == words


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Harvan Rainfall Spreading North VWC said: Tropical Depression Mara is expected to "
         "produce 3 to 5 inches of rain across western Tarnia.", "believed"),
        ("The new plant is expected to bring about 400 jobs to the town, Ivo Renk said.",
         "believed"),
        ("Experts at the Vellorn Institute have published research that suggests the habit "
         "is triggered by reflexes in the motor cortex.", "appears"),
        ("Evidence suggests the fire was started deliberately, police said.", "appears"),
    ],
)  # fmt: skip
def test_a_forecast_of_an_amount_and_what_research_suggests_are_hedged(
    analyze, text: str, hedge: str
) -> None:
    # independent readers of claims v104 (seeds 1075, 1076) judged both unhedged wrong
    (c,) = _claims(analyze, text)
    assert c.hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Mara Voss said students are expected to produce an essay every week.",
        "Guests are expected to bring their own food, the organisers said.",
        "Ivo Renk suggested that the council meet on Monday.",
        "The minister suggested the port could reopen in May.",
    ],
)
def test_a_duty_and_a_proposal_are_no_hedges(analyze, text: str) -> None:
    (c,) = _claims(analyze, text)
    assert c.hedge is None
