"""Polarity, hedges and pointing words (issue 15, branch 15bg, claims v83).

Independent readers of claims v81 (seeds 1038-1040) judged wrong: a statement whose
contrastive "but" clause is negated filed positive; a forecast ("is expected to pay")
and a modal inside a reported allegation ("reveal allegations that X may have ...")
shown unhedged; a dummy "It" ("It's about time ...") marked as pointing back; an "It"
described by a relative clause and an object "it" that nothing before it names left
unmarked; demonstrative phrases cut mid-phrase ("this skilled", "this make a huge",
"this mind-muscle much").  Invented sentences of each construction, and what must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.anaphora import pointing_object, pointing_phrases
from newsdossier.analyze.claims.modality import hedges_of, modality_of, polarity_of


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in doc.text[c.statement_start : c.statement_end]]
    assert found, [(c.source_name, doc.text[c.statement_start : c.statement_end]) for c in claims]
    return found[0]


def _refers(doc: Any, c: Any) -> str:
    return doc.text[c.refers_start : c.refers_end] if c.refers_start >= 0 else ""


@pytest.mark.issue(15)
def test_a_negated_but_clause_makes_the_statement_negative(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "Senator Ivo Renk renewed his call for a hearing on the harbour, but said he did "
        "not think the traders had rigged the vote: \"That's the reason we need a full "
        'inquiry, but I have seen no evidence of that."\n'
    )
    assert _by(doc, claims, "full inquiry").polarity == "negative"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("That is why we need an inquiry, but I have seen no evidence of it.", "negative"),
        ("We tried hard, but we could not win the vote.", "negative"),
        # what stays: "not X, but Y", eagerness, no denial, a number told
        ("The port is busy, but not the harbour.", "positive"),
        ("We like the plan, but we couldn't agree more with the board.", "positive"),
        ("He left the board, but they did not deny it.", "positive"),
        ("The fund paid 4 million crowns, but we never saw the money.", "positive"),
        ("The ferry runs daily but its crew is tired.", "positive"),
        # a negation inside the "but" clause's own "that" clause
        ("The fund is acting, but it is far more likely that the board is not blind.", "positive"),
    ],
)
def test_contrast_polarity(words: str, polarity: str) -> None:
    assert polarity_of(words) == polarity


@pytest.mark.issue(15)
def test_a_forecast_is_hedged(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "The harbour board met on Monday. Tarn Ferries is expected to pay about 4 million "
        "crowns in dues.\n"
    )
    # (with ", the Vellorn Ledger reported." after it and no frame found, the sentence is
    # no writer's hedged claim: the review of claims v86, test_review16.py)
    c = _by(doc, claims, "expected to pay")
    assert (c.hedge, doc.text[c.hedge_start : c.hedge_end]) == ("believed", "is expected to")


@pytest.mark.issue(15)
def test_a_modal_in_a_revealed_allegation_hedges_the_statement(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        'The harbour ledgers were released on Friday. "The ledgers reveal serious '
        "allegations that the Tarn Company may have engaged in smuggling with Vellornian "
        'traders," Senator Ivo Renk said.\n'
    )
    assert _by(doc, claims, "may have engaged").hedge == "may"


@pytest.mark.issue(15)
def test_the_notion_as_subject_keeps_its_modal_its_own(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "The notion that Vellorn might take the pier back was not on the agenda, Ivo Renk said.\n"
    )
    assert _by(doc, claims, "not on the agenda").hedge is None


@pytest.mark.issue(15)
def test_its_about_time_is_no_pointing_back(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "The harbour board has ordered an audit of the dues. \"It's about time they're "
        'doing a review of the whole dues system," Ivo Renk said.\n'
    )
    assert _refers(doc, _by(doc, claims, "about time")) != "It"


@pytest.mark.issue(15)
def test_it_described_by_a_relative_clause_points_back(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "The drones struck the harbour twice last month. \"It's something that we wrestle "
        'with every day," Ivo Renk said.\n'
    )
    assert _refers(doc, _by(doc, claims, "wrestle")) == "It"


@pytest.mark.issue(15)
def test_an_object_it_with_nothing_before_it_is_marked(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        'The dues loophole lets traders skip the checks. "If we had closed it already, we '
        'might have stopped the smugglers from getting boats," Ivo Renk said.\n'
    )
    assert _refers(doc, _by(doc, claims, "closed it")) == "it"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "marked"),
    [
        (
            "The harbour will close for a year. Ivo Renk says that the way we respond to "
            "closures like this make a huge difference in how things turn out.\n",
            "this",
        ),
        (
            'The first lie, Renk said, was told by the old serpent. "The strategy of this '
            'skilled ‘Prince of Lies’ is precisely mimicry, a sly form of seduction," he said.\n',
            "this",
        ),
    ],
)
def test_a_demonstrative_phrase_whose_end_cannot_be_told_is_marked_alone(
    claims_of, text: str, marked: str
) -> None:
    doc, claims = claims_of("Lena Ostrova")(text)
    assert marked in [_refers(doc, c) for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "phrases"),
    [
        ("you might not have trained this mind-muscle much.", ["this mind-muscle"]),
        ("crises like this make a huge difference", []),
        ("the strategy of this skilled ‘Prince of Lies’", []),
        # what stays
        ("We have not struck these trucks before", ["these trucks"]),
        ("this new development is bad", ["this new development"]),
        ("These organisms use light", ["These organisms"]),
        ("We cannot ignore this duty.", ["this duty"]),
    ],
)
def test_pointing_phrases_are_only_sure_ones(words: str, phrases: list[str]) -> None:
    assert [words[a:b] for a, b in pointing_phrases(words)] == phrases


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "modality"),
    [
        (
            "The assumption seems to be that if we could only elect the right people, "
            "things would improve.",
            "asserted",
        ),
        ("The problem is that if we wait, we lose the pier.", "asserted"),
        # what stays
        ("If we wait, we lose the pier.", "conditional"),
        ("The plan is good if it works.", "conditional"),
        ("The risk is that the port closes if it rains.", "conditional"),
    ],
)
def test_a_condition_opening_a_copulas_that_clause(words: str, modality: str) -> None:
    assert modality_of(words, words, None) == modality


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "hedged"),
    [
        ("Storm Tarla is expected to continue this motion over the next two days.", True),
        ("The threonine segment is projected to grow fastest.", True),
        # a duty laid on the speaker or the reader, no forecast
        ("We are expected to sit back and stay quiet.", False),
        ("You are expected to pay the dues by May.", False),
    ],
)
def test_a_forecast_not_a_duty(words: str, hedged: bool) -> None:
    assert bool(hedges_of(words)) == hedged


@pytest.mark.issue(15)
def test_a_demonstrative_noun_before_a_bracket_is_the_phrase() -> None:
    words = "they amended the remarks to include this assertion (which he made later)"
    assert [words[a:b] for a, b in pointing_phrases(words)] == ["this assertion"]


@pytest.mark.issue(15)
def test_a_lot_of_it_points_back() -> None:
    words = "A lot of it is expected to wash ashore by May."
    span = pointing_object(words)
    assert span is not None and words[span[0] : span[1]] == "A lot of it"
    assert pointing_object("A lot of the ships sank in May.") is None
