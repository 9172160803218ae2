"""Hedges and negations of a part of the sentence, found in our reading of seed 602 (issue
15, branch 15am): a modal in a free relative ("for whatever may have happened") and the
negation and hedge of a clause opened by "whereby" were shown for the whole statement.
Invented sentences of each construction, and the hedges that must stay.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import claims_of_text as _claims
from tests.analyze.claims.reading import only_claim as _only


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Ivo Renk")


# --- a free relative names a thing: its modal hedges nothing ---------------------------


@pytest.mark.issue(15)
def test_modal_in_a_free_relative_with_ever_is_no_hedge(analyze) -> None:
    c = _only(analyze, "Dala Mirn said the council will pay for whatever might break in the storm.")
    assert c.hedge is None
    assert c.polarity == "positive"


@pytest.mark.issue(15)
def test_writers_line_hedged_only_in_a_free_relative_is_no_claim(analyze) -> None:
    # the writer's line was a claim only because of "may"
    assert not _claims(
        analyze, "The ferry office will refund whatever may have been lost on the crossing."
    )


@pytest.mark.issue(15)
def test_free_relative_keeps_the_main_negation(analyze) -> None:
    c = _only(
        analyze, "Dala Mirn said the council will not pay for whatever might break in the storm."
    )
    assert (c.polarity, c.hedge) == ("negative", None)


@pytest.mark.issue(15)
def test_what_as_the_subject_keeps_its_hedge(analyze) -> None:
    # "what may happen next is a rise": the rise is what may happen
    c = _only(analyze, "What may happen next is a rise in ferry tolls, Dala Mirn said.")
    assert c.hedge == "may"


@pytest.mark.issue(15)
def test_modal_of_the_main_verb_after_a_free_relative_subject_stays(analyze) -> None:
    c = _only(analyze, "Whoever wins the vote may close the port, Dala Mirn said.")
    assert c.hedge == "may"


# --- a "whereby" clause is a relative one --------------------------------------------


@pytest.mark.issue(15)
def test_whereby_clause_negates_and_hedges_nothing_of_the_main_clause(analyze) -> None:
    # negative and "seems" were the clause's: the writer's flat line is no claim
    assert not _claims(
        analyze,
        "In a port whereby no captain seems to trust the pilots, the toll has risen to 40 crowns.",
    )


@pytest.mark.issue(15)
def test_main_hedge_after_a_whereby_clause_stays(analyze) -> None:
    c = _only(
        analyze,
        "In a port whereby no captain seems to trust the pilots, the toll may rise to 40 crowns.",
    )
    assert (c.polarity, c.hedge) == ("positive", "may")


# --- a line whose only verbs stand in a relative clause says nothing on its own --------


@pytest.mark.issue(15)
def test_quoted_line_with_verbs_only_in_a_relative_clause_is_no_statement(analyze) -> None:
    assert not _claims(
        analyze,
        "\"Only one season, but still a record, and the best harvest we've seen since "
        '2007," Dala Mirn said.',
    )
    assert not _claims(
        analyze, '"The same council that sold four ferries and then denied it," Dala Mirn said.'
    )


@pytest.mark.issue(15)
def test_quoted_sentence_with_a_relative_clause_stays(analyze) -> None:
    c = _only(
        analyze, '"The council sold four ferries that it had bought in 2010," Dala Mirn said.'
    )
    assert c.source_name == "Dala Mirn"
    c = _only(
        analyze, '"The harbour board, which met on Monday, approved the toll," Dala Mirn said.'
    )
    assert c.source_name == "Dala Mirn"


@pytest.mark.issue(15)
def test_needs_parse_looks_past_relative_clauses() -> None:
    from newsdossier.analyze.claims.fragments import needs_parse

    assert needs_parse("the best harvest we've seen since 2007.")
    assert needs_parse("A harbour that handled 40 ships a day.")
    # the strip runs to the next comma: the parse then finds the main verb after it
    assert needs_parse("The harbour that handled 40 ships was closed.")
    assert not needs_parse("The board closed the harbour that handled 40 ships.")
    assert not needs_parse("They sold the ferries.")


# --- an ordinal item of a list points back to the list ------------------------------


@pytest.mark.issue(15)
def test_ordinal_item_of_a_list_points_back(claims_of) -> None:
    from tests.analyze.claims.reading import refers

    doc, claims = claims_of("Ivo Renk")(
        '"The second point was the toll on the Vellorn ferry," Dala Mirn said.'
    )
    assert len(claims) == 1
    assert refers(doc, claims[0]) == "The second point"


@pytest.mark.issue(15)
def test_ordinal_with_a_thing_of_its_own_points_nowhere(claims_of) -> None:
    from tests.analyze.claims.reading import refers

    doc, claims = claims_of("Ivo Renk")("Dala Mirn said the first ship arrived on Monday.")
    assert len(claims) == 1
    assert refers(doc, claims[0]) is None


@pytest.mark.issue(15)
def test_pointing_span_of_list_items() -> None:
    from newsdossier.analyze.claims.anaphora import pointing_span

    words = "And the third thing is not quite the same, but how to catch people who slip."
    span = pointing_span(words)
    assert span is not None and words[span[0] : span[1]] == "the third thing"
    assert pointing_span("The last one was held in June.") is not None
    assert pointing_span("The first ferry left at noon.") is None


# --- a hedge on the noun of another noun's "of" phrase, with no clause word before -----


@pytest.mark.issue(15)
def test_hedge_on_the_noun_of_an_of_phrase_is_found_without_a_clause_word(analyze) -> None:
    # "likely" qualifies the unrest the reports tell of; the writer's line is flat
    assert not _claims(
        analyze, "Reports of likely unrest from Vellornia come after an extended period of calm."
    )


@pytest.mark.issue(15)
def test_hedge_on_a_noun_of_the_clause_stays(analyze) -> None:
    c = _only(analyze, "Dala Mirn said the talks included the likely delivery of two ferries.")
    assert c.hedge == "possibly"


# --- an opening phrase whose demonstrative points back -------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            '"Of these three, the harbour is the most critical for the town," Dala Mirn said.',
            "Of these three",
        ),
        (
            '"With this step the council has taken control of the ferry," Dala Mirn said.',
            "With this step",
        ),
    ],
)
def test_opening_phrase_that_points_back_is_marked(claims_of, text: str, words: str) -> None:
    from tests.analyze.claims.reading import refers

    doc, claims = claims_of("Ivo Renk")(text)
    assert len(claims) == 1
    assert refers(doc, claims[0]) == words


@pytest.mark.issue(15)
def test_opening_phrase_with_this_and_a_topic_points_nowhere(claims_of) -> None:
    from tests.analyze.claims.reading import refers

    doc, claims = claims_of("Ivo Renk")(
        '"In this outbreak, forty people in Vellornia fell ill," Dala Mirn said.'
    )
    assert len(claims) == 1
    assert refers(doc, claims[0]) is None


# --- one place of a list is no location ----------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The Harbour Trust is an independent group with offices in Vellorn, Darsk, Miro, and "
        "Tallin.",
        "The Harbour Trust is based in Vellorn, Darsk and Miro.",
    ],
)
def test_first_place_of_a_list_is_no_location(analyze, text: str) -> None:
    assert not [c for c in _claims(analyze, text) if c.attribute == "located_in"]


@pytest.mark.issue(15)
def test_town_and_its_country_keep_the_town(analyze) -> None:
    c = _only(analyze, "The Harbour Trust is based in Vellorn, Dorvia.")
    assert (c.attribute, c.value) == ("located_in", "Vellorn")


# --- a pointing-back subject after "it is more likely that" ---------------------------


@pytest.mark.issue(15)
def test_pronoun_after_a_graded_likelihood_frame_points_back() -> None:
    from newsdossier.analyze.claims.anaphora import pointing_span

    words = "In fact, it is more likely that they are raising the tolls slowly."
    span = pointing_span(words)
    assert span is not None and words[span[0] : span[1]] == "they"
    assert pointing_span("In fact, it is far more likely that the cartel is raising tolls.") is None


@pytest.mark.issue(15)
def test_writers_hedged_line_after_a_graded_frame_reads_as_the_plain_frame(analyze) -> None:
    # the same as "it is likely that they ...": the writer's pronoun line is no claim alone
    before = "The harbour cartel is not blind to the effects of its own moves. "
    plain = _claims(analyze, before + "In fact, it is likely that they are raising the tolls.")
    graded = _claims(
        analyze, before + "In fact, it is more likely that they are raising the tolls."
    )
    assert [c.hedge for c in graded] == [c.hedge for c in plain]


# --- a modal before a partial quote ----------------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        'The health agency lamented the delay, saying that it may "undermine the safety rules."',
        'Dala Mirn said the new toll could "be a disaster for the ferry trade."',
    ],
)
def test_modal_before_an_opening_quote_mark_hedges(analyze, text: str) -> None:
    c = _only(analyze, text)
    assert c.hedge == "may"


@pytest.mark.issue(15)
def test_quoted_month_is_no_modal(analyze) -> None:
    c = _only(analyze, 'Dala Mirn said the ferry will sail in "May" this year.')
    assert c.hedge is None
