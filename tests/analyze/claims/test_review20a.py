"""Mends of the review of claims v110 (helper m20a): each rule of round 4 (vias of 15bu,
modality and subjects of 15bw) that reached past its construction, with the reviewer's
kind of counter-example and the construction it was made for.  Invented sentences only.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import checked_via, only_claim, said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "modality", "polarity", "hedge"),
    [
        # a finding after "suggest" is no proposal: an auxiliary before "be"/"not", or "should"
        ("Researchers suggested the outbreak could be linked to the market.",
         "asserted", "positive", "may"),
        ("Scientists suggested that the drug does not work in older patients.",
         "asserted", "negative", None),
        ("The poll suggested that voters do not trust the new council.",
         "asserted", "negative", None),
        ("The data suggested that prices should keep falling through the summer.",
         "asserted", "positive", None),
        ("Mara Voss suggested that the ban be lifted before the summer.",
         "directive", "positive", None),
        ("Ivo Renk suggested that he not run again.", "directive", "negative", None),
    ],
)  # fmt: skip
def test_only_a_subjunctive_or_a_proposed_should_is_a_proposal(
    analyze, text: str, modality: str, polarity: str, hedge: str | None
) -> None:
    c = only_claim(analyze, text)
    assert (c.modality, c.polarity, c.hedge) == (modality, polarity, hedge)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Ivo Renk would not say if the plant would close, adding that layoffs may follow.", "may"),
        ("Mara Voss declined to say whether the port would close, saying that jobs may go.",
         "may"),
    ],
)  # fmt: skip
def test_a_refused_question_ends_where_the_speaker_goes_on(
    analyze, text: str, hedge: str | None
) -> None:
    assert only_claim(analyze, text).hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("“We need to raise $2 million to finish the school,” principal Mara Voss said.",
         "asserted"),
        ("“We must raise $2 million to finish the school,” principal Mara Voss said.",
         "asserted"),
        ("“We must hire 40 more nurses by June,” Ivo Renk said.", "asserted"),
        ("“We need to do more to stop the floods, and we will,” Mara Voss said.", "asserted"),
        ("“We must act now,” Senator Jane Whitford said.", "directive"),
        ("“We must protect the river,” Mara Voss said.", "directive"),
    ],
)  # fmt: skip
def test_a_need_or_a_figure_is_no_call(analyze, text: str, modality: str) -> None:
    assert only_claim(analyze, text).modality == modality


_VIAS = [
    ("“The port will close,” Ivo Renk said to Mara Voss on the Vellorn Radio Network.",
     "The port will close", "Vellorn Radio Network"),
    ("“The port will close,” Ivo Renk told Mara Voss on Vellorn TV. “We are ready.”",
     "The port will close", "Vellorn TV"),
    ("The port will close, Ivo Renk told Mara Voss on VNN.", "port will close", "VNN"),
    ("“The port will close,” Ivo Renk told Mara Voss on VNN.", "The port will close", "VNN"),
    ("One witness told the select committee that the mine was safe.", "mine was safe",
     "select committee"),
    ("Ivo Renk told the parliamentary committee that the mine was safe.", "mine was safe",
     "parliamentary committee"),
    ("Ivo Renk testified before the panel that the mine was safe.", "mine was safe", "panel"),
    ("Ivo Renk told the party's central committee that the strike would go on.",
     "strike would go on", None),
    ("Ivo Renk told the commission that the vote was clean.", "vote was clean", None),
    ("The witness told the panel that he had seen the car.", "had seen the car", None),
    ("Mara Voss told the planning committee that the tower was too tall.", "tower was too tall",
     None),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words", "via"), _VIAS)
def test_an_outlet_or_sworn_body_as_the_channel(
    claims_of: Any, text: str, words: str, via: str | None
) -> None:
    # each at a paragraph's end: the full stop is the sentence's, not the outlet's
    doc, claims = claims_of(None)(text + "\n")
    found = [c for c in claims if words in said(doc, c)]
    assert len(found) == 1, [(c.source_name, said(doc, c)) for c in claims]
    assert checked_via(doc, found[0]) == via


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "subject", "value"),
    [
        ("Vellor Motors' business grew 5% last year, the company said.", "Vellor Motors", "5%"),
        ("Vellor Bank's business lending rose 8% in March.", "Vellor Bank", "8%"),
        ("Vellor Group's business unit in Harvan employs 400 people.", "Vellor Group", "400"),
    ],
)
def test_an_organisations_business_is_its_own(
    claims_of: Any, text: str, subject: str, value: str
) -> None:
    doc, claims = claims_of(None)(text + "\n")
    assert [(c.subject_text, c.value) for c in claims if c.value] == [(subject, value)]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk's company employs 300 people.",
        "Mara Voss's firm earned $3 million last year.",
        "Ivo Renk's wife owns 30% of the firm.",
        "Ivo Renk's business partner owns 40% of the firm.",
    ],
)
def test_a_persons_company_is_someone_else(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text + "\n")
    assert not [c for c in claims if c.value and c.subject_text], [
        (c.subject_text, c.value) for c in claims
    ]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("It was clear that nobody other than the driver was injured, police said.", "positive"),
        ("It was clear that no one except the guards had a key, Mara Voss said.", "positive"),
        ("It was clear that nobody was injured, police said.", "negative"),
    ],
)
def test_a_denying_subject_that_excepts_someone_asserts(analyze, text: str, polarity: str) -> None:
    assert only_claim(analyze, text).polarity == polarity


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("“I don't think there is any doubt that the vote was rigged,” Ivo Renk said.", None),
        ("“I don't think it's an exaggeration to say the city is broke,” Mara Voss said.", None),
        ("“I don't think the numbers lie,” Mara Voss said.", "opinion"),
        ("“We don't believe the port will reopen before winter,” the union said.", "opinion"),
    ],
)
def test_an_opinion_denied_by_litotes_is_no_hedge(analyze, text: str, hedge: str | None) -> None:
    assert only_claim(analyze, text).hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("before", "frame"),
    [
        ("The subsidies they ", True),
        ("The losses their farms ", True),
        ("Ivo Renk says they ", False),
        ("The union warns they ", False),
        ("Mara Voss insists we ", False),
    ],
)
def test_a_bare_relative_before_a_hedge_is_no_saying(before: str, frame: bool) -> None:
    """The frames of a hedge read a relative clause without its pronoun as the
    modality's reading does: "says they may" is the saying's hedge."""
    from newsdossier.analyze.claims.extract import _HEDGE_FRAME

    assert bool(_HEDGE_FRAME.search(before)) is frame


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "via", "polarity", "modality", "hedge"),
    [
        ("Ivo Renk said the port may close in May, officials said.",
         None, "positive", "asserted", "may"),
        ("Nothing was found except a knife, police said.", None, "negative", "asserted", None),
        ("“I don't think anybody would deny that the port is unsafe,” Ivo Renk said.",
         None, "positive", "asserted", None),
        ("Ivo Renk told Mara Voss on Friday that the port would close.",
         None, "positive", "asserted", None),
        ("“The port will close,” Ivo Renk told Mara Voss on TV.",
         None, "positive", "asserted", None),
        ("“The port will close,” Ivo Renk told reporters on Vellorn TV.",
         None, "positive", "asserted", None),
        ("Ivo Renk's company car was stolen, police said.", None, "positive", "asserted", None),
        ("“We must pay the 40 nurses what we owe them,” Mara Voss said.",
         None, "positive", "asserted", None),
        ("“We need to talk about the budget,” Mara Voss said.",
         None, "positive", "asserted", None),
        ("Analysts suggested that the bank was not solvent.",
         None, "negative", "asserted", "sources-say"),
        ("The study suggested that the drug may not work.", None, "negative", "asserted", "may"),
        ("The witness told the court that he had seen the car.",
         None, "positive", "asserted", None),
        ("Mara Voss told the committee's chairman that the port was unsafe.",
         None, "positive", "asserted", None),
        ("Ivo Renk told the panel's members that the bridge was safe.",
         None, "positive", "asserted", None),
    ],
)  # fmt: skip
def test_ordinary_news_prose_stays_as_it_was(
    claims_of: Any, text: str, via: str | None, polarity: str, modality: str, hedge: str | None
) -> None:
    doc, claims = claims_of(None)(text + "\n")
    assert len(claims) == 1, [said(doc, c) for c in claims]
    c = claims[0]
    assert (checked_via(doc, c), c.polarity, c.modality, c.hedge) == (
        via,
        polarity,
        modality,
        hedge,
    )
