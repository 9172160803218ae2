"""Hedges, subjects and values a fact-checker can trust (issue 15, branch 15as), from the
independent readers' wrong rows of seeds 1008, 1009, 1013 and 1014: a writer's doubt word
inside a spokesman's reported words, "purported to" as a verb, "rightly suspected", a
belief the speaker says was given up, a concession after "that while"; a name that only
modifies a counted noun deep in the object, a possessor before a named appositive, a
heading's word; one of two joined figures.  Invented sentences of each construction, and
the neighbours that must stay as they were.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import claims_of_text as _claims
from tests.analyze.claims.reading import only_claim as _only


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


def _valued(claims: list) -> list:
    return [c for c in claims if c.value is not None]


# --- hedges: whose doubt is it? ---------------------------------------------------------


@pytest.mark.issue(15)
def test_supposedly_in_reported_words_stays_a_hedge(analyze) -> None:
    # v62 dropped it as the writer's doubt; an unhedged row misleads more than a hedge
    # whose owner the row cannot name (a review; the reader of seed 1016 still judged the
    # dropped hedge wrong): the claim is shown hedged
    c = _only(
        analyze,
        "Ivo Renk, the council's spokesman, told the Harbor Post that these rules "
        "supposedly protect the residents of the city.",
    )
    assert c.source_name == "Ivo Renk"
    assert c.hedge == "alleged"


@pytest.mark.issue(15)
def test_supposedly_inside_the_speakers_quote_marks_stays_his(analyze) -> None:
    c = _only(analyze, "Ivo Renk said the rules “supposedly protect residents” of the city.")
    assert c.hedge == "alleged"


@pytest.mark.issue(15)
def test_allegedly_in_reported_words_stays_a_hedge(analyze) -> None:
    # "police said the man allegedly stole ...": the police's own caution
    c = _only(analyze, "Police said the man allegedly stole two boats from the Ostrel harbour.")
    assert c.hedge == "alleged"


@pytest.mark.issue(15)
def test_purported_to_as_a_verb_is_no_hedge(analyze) -> None:
    claims = _claims(
        analyze, "The Vellornian ministry purported to explain the delay by a lost form."
    )
    assert all(c.hedge is None for c in claims)


@pytest.mark.issue(15)
def test_is_purported_to_be_stays_a_hedge(analyze) -> None:
    c = _only(analyze, "The letter is purported to be from the Vellornian ministry.")
    assert c.hedge == "alleged"


@pytest.mark.issue(15)
def test_rightly_suspected_asserts(analyze) -> None:
    claims = _claims(analyze, "The inspectors rightly suspected fraud behind the reported profits.")
    assert all(c.hedge is None for c in claims)


@pytest.mark.issue(15)
def test_suspected_alone_stays_a_hedge(analyze) -> None:
    c = _only(analyze, "The inspectors suspected fraud behind the reported profits.")
    assert c.hedge == "suspected"


@pytest.mark.issue(15)
def test_a_belief_given_up_is_not_the_speakers_hedge(analyze) -> None:
    c = _only(
        analyze,
        "“Until recently, it was assumed that most rivers in Vellornia would dry out in "
        "summer,” said Ivo Renk.",
    )
    assert c.hedge is None


@pytest.mark.issue(15)
def test_a_belief_still_held_stays_a_hedge(analyze) -> None:
    c = _only(
        analyze,
        "“It was assumed that most rivers in Vellornia would dry out in summer,” said Ivo Renk.",
    )
    assert c.hedge == "believed"


@pytest.mark.issue(15)
def test_concession_after_that_while_does_not_hedge_the_main_clause(analyze) -> None:
    claims = _claims(
        analyze,
        "All of this shows that while it may favour ties with Ostrel, Vellornia is also "
        "seeking closer ties with other powers.",
    )
    assert all(c.hedge is None for c in claims)


# --- subjects: the sentence's, not a modifier's ---------------------------------------


@pytest.mark.issue(15)
def test_name_on_a_counted_noun_in_the_object_is_no_subject(analyze) -> None:
    claims = _claims(
        analyze,
        "Former minister Ivo Renk on Monday called for the release of two Harbor Post "
        "reporters held in Vellornia.",
    )
    assert all("Harbor" not in c.subject_text for c in claims)


@pytest.mark.issue(15)
def test_name_on_the_counted_subject_stays_its_owner(analyze) -> None:
    claims = _valued(
        _claims(analyze, "Some 5,000 Harvan Council troops are stationed in the north.")
    )
    assert [(c.subject_text, c.value) for c in claims] == [("Harvan Council", "Some 5,000")]


@pytest.mark.issue(15)
def test_name_on_a_partitive_whole_stays_its_owner(analyze) -> None:
    claims = _valued(
        _claims(analyze, "The move met opposition from 13 of the 15 Harvan Council members.")
    )
    assert [(c.subject_text, c.value) for c in claims] == [("Harvan Council", "13")]


@pytest.mark.issue(15)
def test_named_appositive_is_the_subject_not_the_possessor(analyze) -> None:
    claims = _valued(
        _claims(analyze, "Renk's favourite newspaper, the Ostrel Courier, won four of the awards.")
    )
    assert all(c.subject_text != "Renk" for c in claims)
    assert [c.subject_text for c in claims] in ([], ["Ostrel Courier"])


@pytest.mark.issue(15)
def test_a_headings_name_is_not_the_sentences_subject(analyze) -> None:
    c = _only(
        analyze, "Harvan Council members (the full list): Ivo Renk may lead the group next year."
    )
    assert c.subject_text != "Harvan Council"
    assert c.hedge == "may"


@pytest.mark.issue(15)
def test_a_single_subject_keeps_its_count(analyze) -> None:
    claims = _valued(_claims(analyze, "The Harvan Council has 3,000 members."))
    assert [(c.subject_text, c.value) for c in claims] == [("Harvan Council", "3,000")]


# --- values: one of two joined figures misstates the statement ------------------------


@pytest.mark.issue(15)
def test_one_of_two_joined_shares_is_no_value(analyze) -> None:
    claims = _claims(
        analyze,
        "Polls show Ivo Renk averaging 5.3 percent support among voters in the north and "
        "just 2 percent in the south.",
    )
    assert not _valued(claims)


@pytest.mark.issue(15)
def test_one_of_two_joined_sums_is_no_value(analyze) -> None:
    claims = _claims(
        analyze, "The Harvan Council spent $800 million on roads and $200 million on schools."
    )
    assert not _valued(claims)


@pytest.mark.issue(15)
def test_a_figure_and_its_earlier_level_keep_the_value(analyze) -> None:
    claims = _valued(
        _claims(analyze, "The Harvan Council spent $800 million on roads, up from $700 million.")
    )
    assert [c.value for c in claims] == ["$800 million"]


@pytest.mark.issue(15)
def test_a_single_sum_keeps_its_value(analyze) -> None:
    claims = _valued(_claims(analyze, "The Harvan Council spent $800 million on roads last year."))
    assert [(c.subject_text, c.value) for c in claims] == [("Harvan Council", "$800 million")]


# --- polarity: an aside between dashes --------------------------------------------------


@pytest.mark.issue(15)
def test_negation_after_an_aside_between_dashes_is_the_main_ones(analyze) -> None:
    c = _only(
        analyze,
        "Ivo Renk said: “So these grants — in things like schools and roads — they haven’t "
        "been made as a scheme to move money.”",
    )
    assert c.polarity == "negative"


@pytest.mark.issue(15)
def test_negation_inside_an_aside_between_dashes_is_not_the_main_ones(analyze) -> None:
    c = _only(analyze, "Ivo Renk said the council — not the mayor — approved the new tolls.")
    assert c.polarity == "positive"


# --- after the reading of seeds 635 and 636 ------------------------------------------


@pytest.mark.issue(15)
def test_hedge_in_a_because_clause_is_the_reasons(analyze) -> None:
    # the writer's lines were claims only because of the hedge
    assert not _claims(
        analyze,
        "The Harvan Council also filed a request with the ministry because the early "
        "figures, obtained from several sources, appear to be incomplete.",
    )
    assert not _claims(
        analyze,
        "In Vellornia the method is a potential godsend because it may allow farmers to "
        "raise their output.",
    )


@pytest.mark.issue(15)
def test_hedge_of_the_main_clause_before_because_stays(analyze) -> None:
    c = _only(analyze, "The Harvan Council may file a request because the figures are incomplete.")
    assert c.hedge == "may"


@pytest.mark.issue(15)
def test_i_would_say_is_an_opinion_hedge(analyze) -> None:
    doc, claims = analyze("I’d say the new harbour is really necessary, rather than more repairs.")
    assert len(claims) == 1
    c = claims[0]
    assert c.hedge == "opinion"
    assert doc.text[c.hedge_start : c.hedge_end] == "I’d say"


@pytest.mark.issue(15)
def test_more_likely_without_to_compares_likelihoods(analyze) -> None:
    claims = _claims(
        analyze, "If we sleep too little, we are more likely be tired as the body suffers."
    )
    assert all(c.hedge is None for c in claims)


@pytest.mark.issue(15)
def test_a_role_of_a_name_is_not_that_name(analyze) -> None:
    claims = _claims(
        analyze,
        "The Ostrel Courier noted that Harvan Holdings' chairman donated about $2.35 million "
        "to the Renk Foundation in four installments.",
    )
    assert claims, "no claim at all: the test would pass on nothing"
    assert all("Harvan" not in c.subject_text for c in claims)


@pytest.mark.issue(15)
def test_a_places_economy_keeps_the_place(analyze) -> None:
    claims = _valued(_claims(analyze, "Vellornia's economy grew 5 percent last year."))
    assert [(c.subject_text, c.value) for c in claims] == [("Vellornia", "5 percent")]


@pytest.mark.issue(15)
def test_a_count_of_them_is_no_value(analyze) -> None:
    claims = _claims(
        analyze,
        "Patrick Voss points out there are only 87 members of the Harvan Council. Ivo Renk "
        "appointed eleven of them to posts in his cabinet.",
    )
    assert [c.value for c in _valued(claims)] == ["only 87"]


@pytest.mark.issue(15)
def test_a_count_of_its_members_keeps_its_owner(analyze) -> None:
    claims = _valued(_claims(analyze, "The Vellorn Front says 12 of its members were killed."))
    assert [(c.subject_text, c.value) for c in claims] == [("Vellorn Front", "12")]
