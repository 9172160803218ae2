"""Hedges and negations readers still found wrong after claims v45 (issue 15, branch 15ah).

Independent readers of FakeNewsCorpus seeds 101-103 judged these wrong: a modal inside what
someone feared, a modal in a subordinate clause the parse hung on the main verb, "apparently"
describing a person in an appositive, "That very well might be." granting reported praise, a
gerund-subject "would be" shown asserted, and "may not ... seem" under a participle top shown
positive.  Invented sentences of each construction, and the hedges that must stay.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.modality import find_hedge, modality_of
from tests.analyze.claims.reading import claims_of_text as _claims
from tests.analyze.claims.reading import only_claim as _only


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Ivo Renk")


# --- a modal in someone's fear, or in a clause hung on the wrong verb --------------------


@pytest.mark.issue(15)
def test_modal_in_what_a_third_party_feared_is_no_hedge(analyze) -> None:
    # the writer's line was a claim only because of "may"
    assert not _claims(
        analyze, "Grain traders feared that pastry may boom and compete with their loaves."
    )
    assert not _claims(
        analyze, "Harbour officials worried that the pier could collapse in a storm."
    )


@pytest.mark.issue(15)
def test_first_person_fear_keeps_its_hedge(analyze) -> None:
    c = _only(analyze, "I fear the ferry may close in June, Dala Mirn said.")
    assert c.hedge == "opinion"


@pytest.mark.issue(15)
def test_modal_of_a_clause_the_parse_hung_on_the_main_verb_is_no_hedge(analyze) -> None:
    assert not _claims(
        analyze,
        "The pastry trade was pushed aside by grain traders whose profits were threatened "
        "when it appeared pastry may boom and compete with their loaves.",
    )


@pytest.mark.issue(15)
def test_second_verb_with_its_and_keeps_the_hedge(analyze) -> None:
    c = _only(analyze, "The council left the port and may return in June.")
    assert c.hedge == "may"


# --- a hedged description of a person; an elliptic grant ------------------------------


@pytest.mark.issue(15)
def test_hedged_appositive_of_a_person_hedges_nothing(analyze) -> None:
    c = _only(
        analyze,
        'Mirn, apparently not one to waste a sentence, told the panel, "The ferry will close in June."',
    )
    assert c.hedge is None
    text = "Mirn, probably the best-known sailor of the isle, owns three ferries."
    assert find_hedge(text, 0) is None


@pytest.mark.issue(15)
def test_hedge_adverb_alone_between_commas_still_hedges(analyze) -> None:
    c = _only(analyze, "Mirn, apparently, left the port before dawn.")
    assert c.hedge == "appears"


@pytest.mark.issue(15)
def test_elliptic_grant_after_reported_praise_hedges_nothing(analyze) -> None:
    text = (
        "Built in 1894, the Varn Tower sits on a cliff and has been called the most loved "
        "tower in Dovria. That very well might be."
    )
    assert find_hedge(text, 0) is None
    assert not _claims(analyze, text)
    assert find_hedge("That may well be true.", 0) is None
    # a full clause after "may be" is a hedge of its own
    assert find_hedge("The tower was built in 1894. It may be the oldest on the isle.", 0)


# --- a hypothetical with a gerund subject ---------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Closing the ferry would be emblematic of the council's fixation on cutting costs.",
        "Delaying the vote would send the wrong signal to the isle.",
    ],
)
def test_gerund_subject_with_would_is_conditional(text: str) -> None:
    assert modality_of(text, text, None) == "conditional"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Nothing the council did would change the outcome.",
        "Officials said the ferry would close in June.",
        "Morning trains would often run late.",
        "Closing the ferry, the council said, would be a mistake for the isle",  # comma: aside
    ],
)
def test_no_gerund_subject_stays_asserted(text: str) -> None:
    assert modality_of(text, text, None) == "asserted"


@pytest.mark.issue(15)
def test_quoted_gerund_hypothetical_is_shown_conditional(analyze) -> None:
    c = _only(
        analyze,
        "“Closing the ferry would be emblematic of the council’s fixation on cutting costs "
        "at any price,” Dala Mirn said.",
    )
    assert c.modality == "conditional"


# --- a negation under a participle the parse took for the top --------------------------


@pytest.mark.issue(15)
def test_negated_verb_coordinated_to_a_participle_top_is_negative(analyze) -> None:
    c = _only(
        analyze,
        "The process already taking shape in the world of merging larger markets, and the "
        "return of the guilds of old times may not, at first glance, seem to respond to the "
        "spirit of the times.",
    )
    assert c.polarity == "negative"
    assert c.hedge == "may"


@pytest.mark.issue(15)
def test_participle_with_its_auxiliary_is_its_own_predicate(analyze) -> None:
    c = _only(analyze, "The council is taking shape, and nobody can stop it now, Dala Mirn said.")
    assert c.polarity == "positive"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Renk bought a ferry, perhaps the oldest on the isle.",
        "But it remains a choice nonetheless, maybe the most important one in a very long time.",
    ],
)
def test_hedged_trailing_superlative_hedges_nothing(text: str) -> None:
    assert find_hedge(text, 0) is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Renk said, perhaps the council was right.",  # a clause, not a noun phrase
        "Renk bought a ferry, perhaps in May.",  # an adjunct of the predicate
        "Renk bought a ferry, perhaps the oldest ship that sails.",  # a verb follows
    ],
)
def test_hedge_before_a_clause_or_adjunct_still_hedges(text: str) -> None:
    assert find_hedge(text, 0) is not None


@pytest.mark.issue(15)
def test_hedge_in_a_medial_while_clause_is_the_concessions() -> None:
    text = (
        "As the port is the isle's biggest market, while it is unclear how the new council "
        "will treat it, it is certain that Renk will try to keep it."
    )
    assert find_hedge(text, 0) is None
    # a hedge of the main clause after it stays
    text = "As the port is busy, while the ferry is late, it may well be that Renk will stay."
    assert find_hedge(text, 0) is not None


@pytest.mark.issue(15)
def test_modal_of_a_clause_the_parse_hung_as_an_adverbial_of_the_main_verb(analyze) -> None:
    assert not _claims(
        analyze,
        "But the Dovrian pastry trade was pushed to the side by well connected grain insiders "
        "whose monopolies were threatened when it appeared pastry may boom and compete for "
        "the very products of their monopolist concerns.",
    )
