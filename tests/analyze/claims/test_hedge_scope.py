"""A hedge hedges a claim only when it governs the statement's main predicate; questions,
speculation and negation under a hedge (issue 15, branch 15t).

Independent readers of FakeNewsCorpus seeds 75 and 76 judged 1 of 22 hedged claims right:
hedges in asides, list items, relative clauses or a noun's content were shown as the
claim's, "It seems that X is not ..." was stored positive, "One wonders how long before
..." as an assertion.  Invented sentences of each construction, and the hedges that must
stay (a modal or adverb of the main predicate, a noun-phrase hedge, a hedged number).
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.hedge_scope import aside_spans
from tests.analyze.claims.reading import claims_of_text as _claims
from tests.analyze.claims.reading import only_claim as _only


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Ivo Renk")


def _hedge_words(c: Any) -> str:
    return c.text[c.hedge_start - c.start : c.hedge_end - c.start] if c.hedge else ""


# --- hedges that do not govern the statement --------------------------------------------


@pytest.mark.issue(15)
def test_hedge_on_one_list_item_of_a_description_is_no_claim(analyze) -> None:
    # the writer's line was a claim only because of "maybe"
    assert not _claims(
        analyze,
        "Then there are those who are standing in between, with questions, and maybe some "
        "fears, but who ultimately want to hear everything and get to the truth.",
    )


@pytest.mark.issue(15)
def test_hedge_in_brackets_is_the_asides(analyze) -> None:
    assert not _claims(
        analyze,
        "So I never knew (or maybe I half knew and was pretending) that the ferry left at dawn.",
    )
    assert not _claims(
        analyze,
        "We are off later to meet more friends from the club (maybe even bring some of them home).",
    )


@pytest.mark.issue(15)
def test_hedge_between_dashes_gives_way_to_the_main_modal(analyze) -> None:
    c = _only(
        analyze,
        "But because of their training, other people—very likely including your "
        "neighbours—may have been uncomfortable with the plan.",
    )
    assert _hedge_words(c) == "may have"


@pytest.mark.issue(15)
def test_modal_inside_a_nouns_content_does_not_hedge_the_statement(analyze) -> None:
    c = _only(
        analyze,
        "Mara Voss said that the notion that Vellorn might be taken back into the union "
        "simply was not on the council's agenda until 2014.",
    )
    assert c.source_name == "Mara Voss"
    assert c.hedge is None
    assert c.polarity == "negative"
    # a verbless line of the writer that held only such a modal is no claim
    assert not _claims(analyze, "The same quiet fear that this could easily have happened to us.")


@pytest.mark.issue(15)
def test_modal_of_a_relative_clause_before_the_main_verb_does_not_hedge(analyze) -> None:
    assert not _claims(
        analyze,
        "Which is why the tariffs that we call harsh and might dismiss are really essential.",
    )


@pytest.mark.issue(15)
def test_comment_clause_as_you_may_know_is_no_hedge(analyze) -> None:
    claims = _claims(analyze, "As you may know, Vellorn has suffered two floods this decade.")
    assert claims and all(c.hedge is None for c in claims)


@pytest.mark.issue(15)
def test_second_reported_proposition_with_its_own_that(analyze) -> None:
    c = _only(
        analyze,
        "Mara Voss said on Sunday that the port will soon close, that its dockers might need "
        "to look for new work.",
    )
    assert c.hedge is None


@pytest.mark.issue(15)
def test_suspected_in_a_relative_or_concessive_clause_is_not_the_statements(analyze) -> None:
    c = _only(
        analyze,
        "Mara Voss said that everyone should work to close the gap, which has let people with "
        "suspected smuggling ties buy boats more than 200 times.",
    )
    assert c.hedge is None
    c = _only(analyze, "The council is investigating the suspected arson at the depot.")
    assert c.hedge == "suspected"


@pytest.mark.issue(15)
def test_what_a_feeling_is_about_is_not_hedged(analyze) -> None:
    assert not _claims(
        analyze, "But the dock bosses are so frightened that they might be found out."
    )


@pytest.mark.issue(15)
def test_could_of_past_ability_is_no_hedge(analyze) -> None:
    assert not _claims(
        analyze, "Only the elite could hold certain posts, as there was a lot of favouritism."
    )


@pytest.mark.issue(15)
def test_hedge_of_words_quoted_inside_a_quote_is_theirs(analyze) -> None:
    c = _only(
        analyze,
        "\"With Renk, people will say something like, 'Yeah, but on taxes, maybe he's right,'\" "
        "Mara Voss said.",
    )
    assert c.hedge is None
    # the speaker's own hedge stays, and so does a phrase an indirect statement quotes
    c = _only(analyze, '"Maybe he\'s right about taxes," Mara Voss said.')
    assert _hedge_words(c) == "Maybe"
    c = _only(analyze, 'Mara Voss said the plan was "maybe workable" at best.')
    assert _hedge_words(c) == "maybe"


@pytest.mark.issue(15)
def test_belief_named_in_a_free_relative_is_no_hedge(analyze) -> None:
    assert not _claims(
        analyze, "It is an apt name, for the harbour is at the core of all we believe and do."
    )


# --- hedges that must stay --------------------------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Vellorn likely won't close the gap with its neighbours this year.", "likely"),
        ("The Harvan Council reportedly met the envoys in Vellorn last week.", "reportedly"),
        ("The new levy could have serious consequences for the dockers of Vellorn.", "could have"),
        ("The council is believed to have moved its offices to Vellorn.", "is believed to"),
        (
            "The deal includes new rifles, night-vision gear and the likely delivery of "
            "anti-tank weapons.",
            "likely",
        ),
        (
            "The envoys agreed to supply new rifles to the council — including the likely "
            "delivery of anti-tank weapons — which could change the war.",
            "likely",
        ),
        (
            "Ivo Renk has cooperated with investigators who contacted him and has spoken to "
            "them probably five times.",
            "probably",
        ),
        (
            "Tensions rose when the council sacked the mayor, apparently incensed by the levy.",
            "apparently",
        ),
        # an aside that is the hedge alone hedges the sentence
        (
            "I have shown Renk to be wrong twice, but Voss (I believe) is just mistaken.",
            "I believe",
        ),
        # a reason given with "as" is no comment clause
        (
            "Shoppers are advised not to eat the flour sold in large bags as these bags may be "
            "contaminated with mould.",
            "may be",
        ),
        # what "there is little doubt" of is what is claimed
        (
            "There is little doubt this may very well prove to be the worst harvest in a decade.",
            "may very",
        ),
        # speculation: its verb, not its modal, is the hedge's word
        (
            "And one could imagine all sorts of bad outcomes because the rebels were backed by "
            "Vellorn.",
            "one could imagine",
        ),
    ],
)
def test_hedges_of_the_main_predicate_stay(analyze, text: str, words: str) -> None:
    claims = _claims(analyze, text)
    assert any(_hedge_words(c) == words for c in claims), [(c.text, c.hedge) for c in claims]


@pytest.mark.issue(15)
def test_a_second_clause_without_its_own_that_keeps_its_hedge(analyze) -> None:
    c = _only(
        analyze,
        "The number of nurses lags far behind other countries, and if trends continue, "
        "Vellorn likely won't close the gap, finds a new study by the Harvan Council.",
    )
    assert _hedge_words(c) == "likely"


@pytest.mark.issue(15)
def test_reported_hedge_of_the_main_predicate_stays(analyze) -> None:
    c = _only(analyze, "Mara Voss said the strike will probably end next week.")
    assert (c.source_name, _hedge_words(c)) == ("Mara Voss", "probably")


# --- questions and speculation ----------------------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "One wonders how long before a short squeeze is unleashed in futures, potentially "
        "lifting prices higher.",
        "I wonder whether the Harvan Council will ever publish the report.",
        "And we are left wondering if the council could possibly have known.",
        "And with the short interest growing weekly, one wonders how long before a squeeze "
        "is unleashed, potentially lifting prices.",
    ],
)
def test_the_writers_wondering_is_no_claim(analyze, text: str) -> None:
    assert not _claims(analyze, text)


@pytest.mark.issue(15)
def test_a_speakers_wondering_is_a_question(analyze) -> None:
    c = _only(
        analyze, '"I wonder whether the council will ever publish the report," Mara Voss said.'
    )
    assert c.modality == "question"


@pytest.mark.issue(15)
def test_a_plain_statement_with_wonder_is_not_a_question(analyze) -> None:
    c = _only(analyze, "Mara Voss said the new bridge is a wonder of engineering.")
    assert c.modality == "asserted"


@pytest.mark.issue(15)
def test_conditional_with_a_modal_is_conditional(analyze) -> None:
    c = _only(
        analyze, '"If we had closed the port already, we might have prevented the strike," '
        "Mara Voss said.",
    )  # fmt: skip
    assert c.modality == "conditional"


# --- negation under a hedge -------------------------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "It seems that being a member of the Harvan Council is not far enough up the ladder "
        "to escape jail.",
        "It appears that the Harvan Council never received the letter.",
        "Vellorn likely won't close the gap with its neighbours this year.",
    ],
)
def test_negation_under_a_hedge_is_negative(analyze, text: str) -> None:
    c = _only(analyze, text)
    assert c.hedge is not None
    assert c.polarity == "negative"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "It seems that the council did not only raise the levy but also doubled it.",
        "It appears that the council had no choice but to raise the levy, which was not popular.",
        "It seems that the strike is not so much a protest as a bargaining chip.",
        # what the best part was is told, the "not" is that part's
        "Perhaps the best part about the fair was that the stallholders did not ask for a fee.",
        # a clause after a semicolon, run-on clauses: the patterns keep the first one's polarity
        "One common theme seems to hold across all the districts; voters do not like the council.",
        # (a subject of its own: "they" there points back, and the page's own words that
        # point back to no one they show are no claim, context.py)
        "And my impression is that the Renks are wanting a boat, they cannot get one, and "
        "they are at that desperate phase.",
    ],
)
def test_negation_that_negates_nothing_stays_positive(analyze, text: str) -> None:
    c = _only(analyze, text)
    assert c.polarity == "positive"


# --- the text rule ----------------------------------------------------------------------


def test_aside_spans_brackets_and_paired_dashes() -> None:
    text = "Renk (who may run) said the port — likely the biggest — will close – soon."
    spans = [text[a:b] for a, b in aside_spans(text)]
    assert "(who may run)" in spans
    assert " — likely the biggest — " in spans
    assert all("soon" not in s for s in spans)  # a lone dash opens no aside
