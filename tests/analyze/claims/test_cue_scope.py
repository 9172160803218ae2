"""What a negation, hedge or condition governs, and words that are no claim (issue 15,
branch 15ae).

The independent readers of FakeNewsCorpus seeds 94-96 found seven polarity/hedge rows and
four not-claims wrong: a negation in a relative clause or a clause of reason made the whole
statement negative; an adjective of likelihood on a quantity ("a range of likely profit"),
a concessive "may have been X, but ..." and an optative "may our words be ..." read as
hedges; an "if" inside a relative clause, and a tag question, changed the modality; an
order with "yourself", a link's headline and a condition's imagined words ("if we say
'...'") were filed as claims.  Invented sentences of each construction, and the ones that
must not change.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.modality import find_hedge, modality_of, polarity_of

pytestmark = pytest.mark.issue(15)


@pytest.mark.parametrize(
    "text,want",
    [
        # a non-restrictive relative's negation is the relative's
        ("It might be of interest to readers with small pensions, who don’t have a problem "
         "with illiquid holdings.", "positive"),
        # a clause of reason after the main clause
        ("We are more likely to be sad as the body suffers from strain it cannot overcome.",
         "positive"),
        # a compound, a contrast of noun phrases, a phrase of the predicate's
        ("Ivo Renk will discuss the no-fly lists and a never-ending dispute.", "positive"),
        ("The union hopes for a real offer, not another delay.", "positive"),
        ("The storm may leave many with nothing at all.", "positive"),
        ("Doing the wrong thing could be worse than doing nothing.", "positive"),
        # a fronted clause of reason, an embedded question
        ("Because the borders are not guarded, more towns are forced to hire guards.",
         "positive"),
        ("Reporters wanted to know why the navy did not strike more boats.", "positive"),
        # ... and what must stay negative: the main predicate after the relative or "as"
        ("The council, which met on Monday, did not approve the harbour budget.", "negative"),
        ("The council, as the report says, did not approve the harbour budget.", "negative"),
        ("Just as the tolls rose, the council did not act.", "negative"),
        ("Officials in the port, after the talks ended, did not approve the plan.", "negative"),
        ("Not a single ship left the port.", "negative"),
        ("The council said no-one had left the port.", "negative"),
        ("I don't know why the council left.", "negative"),
        ("The harbour has no money, not a penny.", "negative"),
        ("The council did not act as the tolls rose.", "negative"),
    ],
)  # fmt: skip
def test_polarity_of_the_main_predicate(text: str, want: str) -> None:
    assert polarity_of(text) == want


@pytest.mark.parametrize(
    "text,want",
    [
        # a tag question asks for assent: the words assert
        ("the mayor is looking a bit tired, don’t you think?", "asserted"),
        ("the mayor is looking a bit tired don't you think?", "asserted"),
        ("The ferry was late again, wasn't it?", "asserted"),
        # real questions stay questions
        ("Why don't you think?", "question"),
        ("Is the mayor tired, don't you think?", "question"),
        ("Will the ferry run on Monday?", "question"),
        # an "if" inside a relative clause conditions the relative, not the statement
        ("Ivo Renk describes an experiment in which children are left alone and told they "
         "can have two sweets if they wait.", "asserted"),
        # "if" as "whether", an idiom of readiness, "provided" as a verb
        ("I could never recall if it was the months with an r.", "asserted"),
        ("Reporters asked officials whether the port will close if the tolls rise.",
         "asserted"),
        ("The party is willing to force a rupture with creditors, if need be.", "asserted"),
        ("Aiding the campaign provided that objective.", "asserted"),
        # ... a condition of the main clause stays one
        ("The council will pay, provided that the port opens.", "conditional"),
        ("describes an experiment in which children are told they can have two sweets if "
         "they wait", "asserted"),
        ("If the tolls rise, the fishermen will leave.", "conditional"),
        ("fishermen leave the port in which they work if the tolls rise", "conditional"),
        ("The man who wins will leave if the tolls rise.", "conditional"),
        ("The room in which they wait will close if it rains.", "conditional"),
    ],
)  # fmt: skip
def test_modality_of_the_main_predicate(text: str, want: str) -> None:
    assert modality_of(text, text, None) == want


@pytest.mark.parametrize(
    "text,label",
    [
        # a concession granted to make the point of the second clause
        ("The boat I sailed may have been a dull grey colour, but to the yard its new ferry "
         "is all green.", None),
        ("Harvan may be a small town, but its harbour feeds the whole coast.", None),
        ("The yard may not have the best cranes, but its welders are the best.", None),
        ("Sure, you may not have an instructor, but any practice is good practice.", None),
        ("This Act may be cited as the Harbour Tolls Act.", None),
        # a wish or a prayer
        ("You are faithful and kind; may our words be seeds of goodness for the world.", None),
        ("“May we never forget them,” the mayor said.", None),
        # ... real possibilities stay hedges
        ("Renk said the port may close next year, but the ferries will run.", "may"),
        ("The captain may have been killed, but nobody can confirm it.", "may"),
        ("Our words may be seeds of goodness for the world.", "may"),
        ("The council may be forced to sell the port, but it has not decided.", "may"),
        ("In May the council may close the port.", "may"),
        ("May we ask whether the port may close?", "may"),
    ],
)  # fmt: skip
def test_hedges_that_doubt_nothing(text: str, label: str | None) -> None:
    h = find_hedge(text, 0)
    assert (h[0] if h else None) == label


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _rows(doc: Any, claims: list[Any]) -> list[tuple[str, str | None, str, str, str | None]]:
    return [
        (doc.text[c.statement_start : c.statement_end], c.source_name, c.polarity, c.modality,
         c.hedge)
        for c in claims
    ]  # fmt: skip


def test_a_hedge_on_a_quantity_inside_a_noun_is_not_the_statements(analyze) -> None:
    doc, claims = analyze(
        "I’m impressed that the firm can give a fairly tight range of likely profit, three "
        "weeks after the year end."
    )
    assert not any(c.hedge for c in claims), _rows(doc, claims)
    doc, claims = analyze("Mara Voss said the firm will likely report a profit this year.")
    assert [c.hedge for c in claims] == ["possibly"], _rows(doc, claims)


def test_an_opinion_inside_a_relative_clause_is_no_hedge(analyze) -> None:
    doc, claims = analyze(
        "Vellorn for various reasons that I think were legitimate feared that the unrest "
        "would spread to the harbour towns which for centuries had been part of Vellorn."
    )
    assert not any(c.hedge == "opinion" for c in claims), _rows(doc, claims)
    doc, claims = analyze("I think the unrest will spread to the harbour towns of Vellorn.")
    assert [c.hedge for c in claims] == ["opinion"], _rows(doc, claims)


def test_a_negated_relative_clause_leaves_the_statement_positive(analyze) -> None:
    # claims 66: this "It" stands for something before (a reader of seed 1021), so the
    # sentence it stands for comes first
    doc, claims = analyze(
        "The Vellorn Harbour Fund trades twice a year. It might be of interest to readers "
        "with small pensions, who don’t have a problem with illiquid holdings."
    )
    rows = [(c.polarity, c.hedge) for c in claims if "might be" in c.text]
    assert rows == [("positive", "may")], _rows(doc, claims)


def test_words_that_assert_nothing_are_no_claim(analyze) -> None:
    for text in (
        # a retort that only orders
        "When Renk asked Voss for her reason for this large request, Voss replied: “You find "
        "the reason yourself!”",
        # a link's headline in a list of links
        "Ivo Renk and Mara Voss met on Monday.\n\nHarvan rejects Vellorn delay over the "
        "harbour fire inquiry https://wire.example/en/?p=125330\n\nVellorn may close the "
        "port, officials say https://wire.example/en/?p=125331\n",
        # words put in someone's mouth in a condition
        "The danger is if we say, ‘Well, we don’t see how it matters, and so we are going "
        "to just table the whole question.’",
        # a prayer
        "The priest read the prayer. You are faithful and kind; may our words be seeds of "
        "goodness for the world:",
    ):
        doc, claims = analyze(text)
        assert list(claims) == [], _rows(doc, claims)


def test_a_wish_that_goes_on_to_assert_stays_a_claim(analyze) -> None:
    # "Let us ..." / "May we ..." followed by a colon or a "that" clause asserts what follows
    for text in (
        "“Let us be clear: the harbour lost 40 million last year,” Ivo Renk told reporters.",
        "Ivo Renk told reporters: “Let us remember that the harbour lost 40 million last year.”",
        "“May we never forget that the harbour lost 40 million last year,” Ivo Renk told "
        "reporters.",
    ):
        doc, claims = analyze(text)
        assert [c.source_name for c in claims] == ["Ivo Renk"], _rows(doc, claims)


def test_a_reply_only_about_the_question_is_no_claim(analyze) -> None:
    for text in (
        "“Really, it’s two totally separate questions right now because who the council "
        "will pick differs from how the tolls will play out,” Mara Voss told the Harbour "
        "Hour.",
        "Mara Voss told the Harbour Hour: “Those are two totally separate questions right "
        "now because who the council will pick differs from how the tolls will play out.”",
        "Mara Voss told the Harbour Hour: “That’s a phenomenal question and it’s very well "
        "timed given that the council will pick a new harbour master in May.”",
    ):
        doc, claims = analyze(text)
        assert list(claims) == [], _rows(doc, claims)


def test_a_note_on_why_a_source_is_unnamed_is_no_claim(analyze) -> None:
    doc, claims = analyze(
        "Also on Monday, Vellorn officials announced new tolls on 18 ships.\n\n"
        "As the Harvan Courier reported:\n\n"
        "All 18 ships on which the tolls were imposed belong to the Kessa line, according to "
        "an announcement by the port minister. “They are all ships that have already been "
        "fined by the council,” a port official directly involved in the talks told the "
        "Harvan Courier. The official asked for anonymity as he was not authorized to speak "
        "to media. “They’re the largest ships in the harbour,” the official said.\n"
    )
    said = [doc.text[c.statement_start : c.statement_end] for c in claims]
    assert not any("anonymity" in x for x in said), _rows(doc, claims)
    assert any("largest ships" in x for x in said), _rows(doc, claims)
    # ... but what the source goes on to say after the note stays a claim
    doc, claims = analyze(
        "The harbour of Vellorn will close in May, a port official said. The official asked "
        "not to be identified because he is not allowed to talk to reporters, but said the "
        "council had already agreed."
    )
    said = [doc.text[c.statement_start : c.statement_end] for c in claims]
    assert "the council had already agreed" in said, _rows(doc, claims)


def test_a_question_word_that_says_what_it_is_about_stays_a_claim(analyze) -> None:
    for text in (
        "“It’s a question of money: the harbour lost 40 million last year,” Ivo Renk said.",
        "Ivo Renk said it is an open question whether the harbour will reopen in May.",
        "Ivo Renk said: “That’s a fair question, and the answer is that the harbour lost 40 "
        "million last year.”",
    ):
        doc, claims = analyze(text)
        assert [c.source_name for c in claims] == ["Ivo Renk"], _rows(doc, claims)


def test_what_stays_a_claim(analyze) -> None:
    doc, claims = analyze(
        "Mara Voss replied: “You have only yourself to blame for the harbour delay!”"
    )
    assert [c.source_name for c in claims] == ["Mara Voss"], _rows(doc, claims)
    doc, claims = analyze(
        "Ivo Renk said the audit, published at https://wire.example/audit, shows the "
        "harbour lost money."
    )
    assert [c.source_name for c in claims] == ["Ivo Renk"], _rows(doc, claims)
    # a paragraph that ends with its source's URL is no link line
    doc, claims = analyze(
        "According to harbour officials, the tolls rose twice last year. The fishermen say "
        "they will leave the port. Source: https://wire.example/2018/03/13/harbour-tolls/"
    )
    assert "harbour officials" in [c.source_name for c in claims], _rows(doc, claims)
    doc, claims = analyze("Ivo Renk said that if the tolls rise, the fishermen will leave.")
    assert [c.modality for c in claims] == ["conditional"], _rows(doc, claims)


def test_the_unit_of_a_count_of_coordinated_nouns_is_unknown(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk won all four of the Latin and Greek verse and prose composition prizes, "
        "the college said."
    )
    assert not any(c.unit and "verse" in c.unit and "prizes" not in c.unit for c in claims), [
        (c.value, c.unit) for c in claims
    ]
