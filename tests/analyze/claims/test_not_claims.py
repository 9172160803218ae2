"""Turns that assert nothing, and reported acts whose object alone is a fragment
(issue 15, round 6).

An independent reader of 30 FakeNewsCorpus claims (eval/claims/judged/claims_fnc_seed61.tsv)
found a host's thanks, a greeting and advice to the listener filed as reported
statements, and statement spans that were the object of "accused"/"criticised" alone.
Invented transcripts and sentences of each kind, and the statements that must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.modality import polarity_of
from newsdossier.analyze.claims.speech_acts import speech_act

_TRANSCRIPT = (
    "Harbour Hour host Ivo Renk spoke with the port economist Mara Voss about the tolls.\n\n"
    "Ivo Renk: Well Mara, thank you so much for joining us again on the program today.\n\n"
    "Mara Voss: My pleasure, Ivo.\n\n"
    "Ivo Renk: The harbour tolls rose twice last year, and the fishermen are angry about "
    "it. Why did the council do it?\n\n"
    # (the council named: since 15w a turn that names nothing is no claim)
    "Mara Voss: The Harvan Council needed money for the new pier after the storm of last winter. "
    "Be sure to check the budget on our site. Take steps to protect your savings now, if "
    "that is what you choose to do with them.\n\n"
    "Ivo Renk: Mara, thanks for your time today, it was a pleasure to have you back on "
    "the program.\n"
)


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _statements(doc: Any, claims: list[Any]) -> list[str]:
    return [doc.text[c.statement_start : c.statement_end] for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,act",
    [
        ("Well Mara, thank you so much for joining us again.", "formula"),
        ("Mara, thanks for your time today.", "formula"),
        ("My pleasure, Ivo.", "formula"),
        ("Be sure to check the budget on our site.", "imperative"),
        ("Take steps to protect your savings now.", "imperative"),
        ("So believe in the truth.", "imperative"),
        ("Don't trust the harbour board.", "imperative"),
        ("Support your local fishermen.", "imperative"),
        ("You may feel a desire to subscribe via the RSS feed buttons below.", "reader-address"),
        ("So I suggest that you find a pilot who knows the harbour.", "imperative"),
        ("Now here’s the background to the toll.", "formula"),
        ("I hope we can talk again down the road, Ivo.", "formula"),
        ("Again, you can find all of that information at VellornWire.com.", "reader-address"),
        ("You can read the full audit at www.harbour-board.org today.", "reader-address"),
        ("You can see the tolls rising at the pier.", None),
        ("Renk said you can find the accounts at the council office.", None),
        ("I hope to see the pier open again by June.", None),
        ("I suggest the council hid the accounts.", None),
        ("Thanks to the new pier, the harbour takes larger ships.", None),
        ("Support for the toll grew in the spring.", None),
        ("Love is not enough to run a harbour.", None),
        ("Hope Renk said the tolls would fall.", None),
        ("Look, the council lied about the tolls.", None),
        ("Don't they face the same tolls?", None),
        ("If you subscribe to the theory that tolls fund the pier, you are wrong.", None),
        ("“Stop the Toll”’s website was shut down in May.", None),
        ("You’re absolutely right about that.", "formula"),
        ("Yes, that's a very good question, Ivo.", "formula"),
        ("I couldn't agree with you more.", "formula"),
        ("That is correct.", "formula"),
        ("“You're quite right,”", "formula"),
        ("You’re right that the tolls doubled in May.", None),
        ("That is correct procedure for the harbour board.", None),
        ("That's true of every port on the coast.", None),
        ("That is a good question for the council to answer.", None),
        ("It's right there in the audit.", None),
        ("You need to find a pilot who knows the harbour.", "imperative"),
        ("And you may want to ask the board first.", "imperative"),
        ("You have to be 18 to vote in Vellorn.", None),
        ("You should have seen the harbour after the storm.", None),
        ("You need to know that the council hid the accounts.", None),
        ("You need $1,000 to buy one share.", None),
    ],
)
def test_speech_act(text: str, act: str | None) -> None:
    assert speech_act(text) == act


@pytest.mark.issue(15)
def test_transcript_thanks_and_advice_are_not_claims(analyze) -> None:
    doc, claims = analyze(_TRANSCRIPT)
    said = _statements(doc, claims)
    assert any("needed money for the new pier" in s for s in said)  # a real statement stays
    assert not any("thank" in s.lower() for s in said)
    assert not any("pleasure" in s for s in said)
    assert not any(s.startswith(("Be sure", "Take steps")) for s in said)


@pytest.mark.issue(15)
def test_reported_order_with_its_verb_stays_a_directive(analyze) -> None:
    doc, claims = analyze("“Release the fishermen now,” Mara Voss told the harbour board.")
    c = next(c for c in claims if "Release" in c.text)
    assert c.modality == "directive" and c.source_name == "Mara Voss"


@pytest.mark.issue(15)
def test_accusation_object_is_not_the_statement(analyze) -> None:
    doc, claims = analyze(
        "The harbour master, Mara Voss, accused the Vellorn council of hiding the toll "
        "accounts from the auditors."
    )
    c = next(c for c in claims if c.source_name and "Voss" in c.source_name)
    words = doc.text[c.statement_start : c.statement_end]
    # the reported act, verb and object: not its object alone (a fragment, seed 93); since
    # claims 69 with its doer, the verb phrase alone being a subjectless fragment to the
    # readers of seeds 1027-1028 (seed 87's reader had objected to the frame before the
    # verb, which then was the statement without the verb)
    assert words == (
        "The harbour master, Mara Voss, accused the Vellorn council of hiding the toll "
        "accounts from the auditors"
    )
    assert c.polarity == "positive" and c.subject_start == -1


@pytest.mark.issue(15)
def test_clause_after_the_verb_stays_the_statement(analyze) -> None:
    doc, claims = analyze("Mara Voss reported the council had hidden the toll accounts.")
    c = next(c for c in claims if c.source_name == "Mara Voss")
    assert doc.text[c.statement_start : c.statement_end] == (
        "the council had hidden the toll accounts"
    )


@pytest.mark.issue(15)
def test_writing_a_book_reports_no_words(analyze) -> None:
    _, claims = analyze("In 2019 Mara Voss wrote a new book about the harbour tolls.")
    assert not any(c.source_name == "Mara Voss" for c in claims)


@pytest.mark.issue(15)
def test_whether_or_not_does_not_negate() -> None:
    assert polarity_of("we are changing the harbour whether we realize it or not") == "positive"
    assert polarity_of("we do not know whether the pier will open") == "negative"


@pytest.mark.issue(15)
def test_might_as_well_is_no_hedge(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said the board might as well have closed the harbour after the vote."
    )
    c = next(c for c in claims if c.source_name == "Mara Voss")
    assert c.hedge is None


@pytest.mark.issue(15)
def test_subordinator_is_not_part_of_the_speaker(analyze) -> None:
    _, claims = analyze(
        "As many residents have pointed out, the new pier is too short for trawlers."
    )
    c = next(c for c in claims if "pier" in c.text)
    assert c.source_name == "many residents"


@pytest.mark.issue(15)
def test_fronted_as_clause_pronoun_is_the_main_subject(analyze) -> None:
    _, claims = analyze(
        "As she has frequently tweeted out, Mayor Mara Voss wants to close the old harbour."
    )
    c = next(c for c in claims if "harbour" in c.text)
    assert c.source_name == "Mara Voss"


@pytest.mark.issue(15)
def test_citation_mark_after_full_stop_ends_the_sentence(analyze) -> None:
    doc, claims = analyze(
        "Mara Voss said the harbour silt holds the toxin for months.[2,3] The dose that "
        "sickens a diver is small.[4] Given the silt, we think the farms were contaminated "
        "by the currents."
    )
    assert all("[2,3] The dose" not in c.text for c in claims)


@pytest.mark.issue(15)
def test_condition_after_the_verb_stays_in_the_words(analyze) -> None:
    doc, claims = analyze(
        "Harbour analysts say if the council raises the tolls again, the fishermen will strike."
    )
    c = next(c for c in claims if "tolls" in c.text)
    assert doc.text[c.statement_start : c.statement_end].startswith("if the council")
    assert c.modality == "conditional"


@pytest.mark.issue(15)
def test_if_at_all_is_no_condition(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said the harbour board has a record of moving slowly, if it acts at all."
    )
    assert next(c for c in claims if "board" in c.text).modality == "asserted"


@pytest.mark.issue(15)
def test_so_called_and_scare_quoted_alleged_are_no_hedges(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said the council moved the so-called harbour fund and gave it alleged "
        "“priority” over the pier budget."
    )
    assert next(c for c in claims if "fund" in c.text).hedge is None


@pytest.mark.issue(15)
def test_hedge_in_concessive_while_clause_is_not_the_claims(analyze) -> None:
    _, claims = analyze(
        "These toll waivers, while possibly helping the fishermen against the bank, no doubt "
        "add to the anger of the ferry crews, Mara Voss said."
    )
    c = next(c for c in claims if "waivers" in c.text)
    assert c.hedge is None


@pytest.mark.issue(15)
def test_first_person_frame_in_a_turn_is_the_turns_speaker(analyze) -> None:
    doc, claims = analyze(
        _TRANSCRIPT.replace(
            "Be sure to check",
            "Like I said last week, the tolls will fall once the pier opens in June. Be sure to check",
        )
    )
    c = next(c for c in claims if "tolls will fall" in c.text)
    assert c.source_name == "Mara Voss"


@pytest.mark.issue(15)
def test_verbless_turns_are_not_claims(analyze) -> None:
    doc, claims = analyze(
        _TRANSCRIPT.replace(
            "Be sure to check",
            "The two-year harbour bonds at a record yield relative to the Vellorn bonds. "
            # (a number: since 15w a turn that names nothing is no claim)
            "Tolls rise by 5 percent as the catch falls. Be sure to check",
        )
    )
    said = _statements(doc, claims)
    assert not any("two-year harbour bonds" in s for s in said)
    assert any(s.startswith("Tolls rise") for s in said)  # a present tense is a verb


@pytest.mark.issue(15)
def test_quoted_phrase_alone_is_not_a_statement(analyze) -> None:
    doc, claims = analyze("Mara Voss promised the strikers “fire and fury.” The council met.")
    assert not any(doc.text[c.statement_start : c.statement_end].startswith("fire") for c in claims)


@pytest.mark.issue(15)
def test_outlet_reporting_a_claim_is_the_channel(analyze) -> None:
    _, claims = analyze(
        "The Harbor Post reports that harbour officials claim the new pier was built on "
        "time and under budget."
    )
    c = next(c for c in claims if "pier" in c.text)
    assert c.source_name == "harbour officials" and c.via == "Harbor Post"


@pytest.mark.issue(15)
def test_contrastive_while_clause_keeps_its_hedge(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said the board fought the toll in some ports, while in other cases it "
        "seems to have raised the toll itself."
    )
    c = next(c for c in claims if "toll" in c.text)
    assert c.hedge is not None


@pytest.mark.issue(15)
def test_accusation_after_a_short_adverbial_is_the_sentence(analyze) -> None:
    doc, claims = analyze(
        "Without addressing the figures, Mara Voss dismissed the council's “wild claims” "
        "about the pier and accused the mayor of hiding the accounts."
    )
    c = next(c for c in claims if c.source_name == "Mara Voss")
    # (with its doer since claims 69: a verb phrase alone is a subjectless fragment)
    assert doc.text[c.statement_start : c.statement_end].startswith(
        "Mara Voss dismissed the council"
    )


@pytest.mark.issue(15)
def test_quote_ending_an_indirect_clause_keeps_the_clause(analyze) -> None:
    doc, claims = analyze(
        "Harbour spokeswoman Mara Voss said the new cranes were, “part of our effort to help "
        "the port grow and to keep its ships safe.”"
    )
    c = next(c for c in claims if c.source_name == "Mara Voss")
    assert doc.text[c.statement_start : c.statement_end].startswith("the new cranes were")


@pytest.mark.issue(15)
def test_words_cut_off_at_a_bracket_are_no_statement(analyze) -> None:
    doc, claims = analyze("Mara Voss said the point of the new toll is [")
    assert not any(c.source_name == "Mara Voss" for c in claims)


@pytest.mark.issue(15)
def test_writers_aside_after_a_dash_is_not_the_words(analyze) -> None:
    doc, claims = analyze(
        "Yes, the pier should close if the survey is right, Mara Voss admits—a rare "
        "concession coming from her."
    )
    c = next(c for c in claims if c.source_name == "Mara Voss")
    assert doc.text[c.statement_start : c.statement_end].startswith("Yes, the pier")


@pytest.mark.issue(15)
def test_tag_question_does_not_negate() -> None:
    assert polarity_of("the harbour master is looking tired, don’t you think?") == "positive"
    assert polarity_of("the harbour master isn’t looking tired, is he?") == "negative"


@pytest.mark.issue(15)
def test_if_you_look_at_is_no_condition(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said that if you look at what the board is saying, the board has been "
        "very clear about the tolls."
    )
    assert next(c for c in claims if "tolls" in c.text).modality == "asserted"


_AGREEING_GUEST = (
    "Harbour Hour host Ivo Renk spoke with the port economist Mara Voss about the pier.\n\n"
    "Ivo Renk: The council says the new pier was always going to cost more than planned.\n\n"
    # (the board named: since 15w a turn that names nothing is no claim)
    "Mara Voss: You’re absolutely right about that. The Harvan Harbour Board hid the overrun "
    "from the fishermen for two years.\n\n"
    "Ivo Renk: Will the tolls fall next year?\n\n"
    "Mara Voss: That’s a good question. The tolls will stay until the loan is repaid.\n"
)


@pytest.mark.issue(15)
def test_agreement_with_the_interlocutor_is_not_a_claim(analyze) -> None:
    doc, claims = analyze(_AGREEING_GUEST)
    said = _statements(doc, claims)
    assert any("hid the overrun" in s for s in said)  # the guest's own statement stays
    assert not any("right about that" in s for s in said)
    assert not any("good question" in s for s in said)
