"""Questions, pointing-back turns, examples and channels (issue 15, branch 15o).

Independent readers of FakeNewsCorpus claims (seed 68) and our own strict readings of
seeds 271-272 found, in interview transcripts and channelled readings: bare questions
("Is that true?"), turns whose only subject points back ("They're unsustainable."),
remarks about the listener ("So you took it on because ..."), a host's request; in
reported speech, a listener outlet at the end of the sentence ("..., X told the Y Post.")
left out of ``via``; and hedges taken from a relative clause, an embedded question or a
fronted concession.  Invented transcripts and sentences of each kind, and what must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.anaphora import addresses_reader, is_anaphoric, is_dangling
from newsdossier.analyze.claims.speech_acts import is_empty_question, speech_act

_TRANSCRIPT = (
    "Harbour Hour host Ivo Renk spoke with the port economist Mara Voss about the tolls.\n\n"
    "Ivo Renk: The harbour tolls rose twice last year. What are your thoughts on that, "
    "Mara? Is that true?\n\n"
    "Mara Voss: The Vellorn council needed money for the new pier after the storm. "
    "They're unsustainable. That's how such changes take place. So you took it on "
    "because they believed it.\n\n"
    "Ivo Renk: Now before we let you go, please tell folks about your firm and how they "
    "can find you.\n\n"
    "Mara Voss: The Harvan Council raised the toll to 40 crowns in March.\n"
)


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _said(doc: Any, claims: list[Any]) -> list[str]:
    return [doc.text[c.statement_start : c.statement_end] for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,carried,empty",
    [
        ("Is that true?", False, True),
        ("Is that right?", True, True),
        ("What is it that comes up?", True, True),
        ("So, will that continue?", True, True),
        ("How does that part feel to you?", False, True),
        ("What are your thoughts on the tolls, Mara?", True, True),
        ("What are your thoughts on the tolls, Mara?", False, False),
        ("Is the Harvan Council even ready for this?", False, False),
        ("Where was the relief for the flooded towns?", True, False),
        ("The tolls could be justified?", True, False),
        ("We tried to answer the question: can you rebuild a pier in a month?", True, False),
        ("The council raised the tolls.", True, False),
    ],
)
def test_empty_question(text: str, carried: bool, empty: bool) -> None:
    assert is_empty_question(text, carried) is empty


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,carried,anaphoric",
    [
        ("They're unsustainable.", False, True),
        ("That's how such changes take place.", False, True),
        ("So that’s a warning sign to me.", True, True),
        ("However it rarely seems to take action, and when it does, is very slow.", False, True),
        ("So you took it on because they believed it.", True, True),
        ("So you took it on because they believed it.", False, False),
        ("It is clear that the council hid the accounts.", False, False),
        ("It was not immediately known whether the pier would reopen.", False, False),
        ("That is why the tolls rose in the spring.", False, False),
        ("They met the Harvan Council in March.", False, False),
        ("That deal was signed in secret.", False, False),
        ("They raised the toll to 40 crowns.", False, False),
    ],
)
def test_is_anaphoric(text: str, carried: bool, anaphoric: bool) -> None:
    assert is_anaphoric(text, carried) is anaphoric


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,act",
    [
        ("Now before we let you go, please tell folks about your firm.", "imperative"),
        ("I highly recommend that you also change your habits.", "imperative"),
        ("When I buy a fish at the market, I expect it not to be rotten.", "illustration"),
        ("When I visited the camp, I saw children sleeping outside.", None),
        ("When I met Ivo Renk, I knew he lied.", None),
        ("The board said it would, please note, reopen the pier.", None),
    ],
)
def test_requests_and_illustrations(text: str, act: str | None) -> None:
    assert speech_act(text) == act


@pytest.mark.issue(15)
def test_transcript_keeps_claims_and_drops_questions_and_pointers(analyze) -> None:
    doc, claims = analyze(_TRANSCRIPT)
    said = _said(doc, claims)
    assert any("needed money for the new pier" in s for s in said)
    assert any("40 crowns" in s for s in said)
    for gone in ("Is that true", "thoughts on that", "unsustainable", "how such changes",
                 "took it on", "tell folks"):  # fmt: skip
        assert not any(gone in s for s in said), gone


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,speaker,via",
    [
        ("“The pumps were broken,” Ivo Renk told the Harvan Post.", "Ivo Renk", "the Harvan Post"),
        ("“We should all be embarrassed,” Mara Voss told Lena Brack in an interview on VNN.",
         "Mara Voss", "VNN"),
        ("Pol Dravek said the council will get the blame if the pier closes, "
         "the Harvan Post reported.", "Pol Dravek", "Harvan Post"),
    ],
)  # fmt: skip
def test_channel_of_a_told_or_reported_statement(analyze, text, speaker, via) -> None:
    _, claims = analyze(text)
    assert [(c.source_name, c.via) for c in claims] == [(speaker, via)] or [
        (c.source_name, (c.via or "").removeprefix("the ")) for c in claims
    ] == [(speaker, via.removeprefix("the "))]


@pytest.mark.issue(15)
def test_named_outlet_is_an_outlet(analyze) -> None:
    _, claims = analyze("“The new pumps are safe and cheap,” reports Vellorn Daily.")
    assert [(c.source_name, c.source_kind) for c in claims] == [("Vellorn Daily", "named")]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The Harvan Council wants the board to ban speakers who do not intend to but might "
        "upset the fishermen.",
        "Billions of years from now, the sun will die, and other stars can offer us an idea "
        "of what its death just might look like.",
    ],
)
def test_modal_in_a_description_hedges_nothing(analyze, text: str) -> None:
    _, claims = analyze(text)
    assert all(c.hedge is None for c in claims)


@pytest.mark.issue(15)
def test_fronted_concession_hedges_nothing(analyze) -> None:
    _, claims = analyze(
        "“While Renk and Dravek might have got along, the council never wanted Dravek for "
        "the pier,” Mara Voss said."
    )
    c = next(c for c in claims if c.source_name == "Mara Voss")
    assert c.hedge is None


@pytest.mark.issue(15)
def test_editor_note_of_a_repost_is_the_sites(claims_of) -> None:
    text = (
        "Editor’s Note: It was always a matter of time before the harbour fund broke. A toll "
        "rise may be in the near future, and more cuts could be in the works.\n\n"
        "The Harbour Fund Has Begun to Fail\n\n"
        "The Vellorn harbour fund is imploding. The council may sell the pier.\n\n"
        "By Ivo Renk\n"
    )
    doc, claims = claims_of(None)(text)
    by = {doc.text[c.start : c.end][:12]: (c.source_name, c.source_kind) for c in claims}
    # the site, whose name the text does not hold: its metadata's name
    assert by["A toll rise "] == ("Test Wire", "outlet")
    assert by["The council "] == ("Ivo Renk", "author")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,carried,expected",
    [
        ("And that, in turn, depends on the harbour fund.", True, True),
        ("To me that is as healthy as learning to swim.", True, True),
        ("At different points on the coast, you have to think in different ways.", True, True),
        ("At different points on the coast, the Harvan Council set other tolls.", True, False),
    ],
)
def test_more_pointing_back_subjects(text: str, carried: bool, expected: bool) -> None:
    assert is_anaphoric(text, carried) is expected


@pytest.mark.issue(15)
def test_dangling_clause_and_reader_address() -> None:
    assert is_dangling("If they believe there's a judge out there who will sort it out.")
    assert not is_dangling("If it rains, the pier closes.")
    assert addresses_reader("By following these tips, you might even avoid a bad back!")
    assert not addresses_reader("You might think the council lied, but Renk says otherwise.")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,empty",
    [
        ("So what might be the solution?", True),
        ("Who would pay a fair wage when they could have the work done for free?", True),
        ("Who paid the Harvan Council for the pier?", False),
    ],
)
def test_question_that_asks_for_its_subject(text: str, empty: bool) -> None:
    assert is_empty_question(text, False) is empty


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "In 1895, while studying the tides, Renk found the first link between tides and "
        "moons, believing that they may be moved by a higher field.",
        "He was shouting to get people to help so Dravek could be restrained.",
        "The more awake we can be, the less likely we are to feel stressed.",
    ],
)
def test_hedge_of_a_belief_purpose_or_comparison_is_no_hedge(analyze, text: str) -> None:
    _, claims = analyze(text)
    assert all(c.hedge is None for c in claims)


@pytest.mark.issue(15)
def test_hedge_adverb_in_an_embedded_question_still_hedges(analyze) -> None:
    _, claims = analyze("Voss wanted to know why Renk had apparently been freed of the fines.")
    assert [c.hedge for c in claims] == ["appears"]


@pytest.mark.issue(15)
def test_writers_pointing_back_hedged_sentence_stays(analyze) -> None:
    # branch 15u: kept ("it"); since 15w shown with the sentence "it" points to, and
    # since claims 60 marked, the statement its own words; with one actor named before,
    # it is that actor's
    _, claims = analyze("The council met for six hours. But it might be all they agree on.")
    c = next(c for c in claims if c.hedge == "may")
    assert c.refers_start >= 0 and c.subject_start == -1 and c.start == 0
    assert c.statement_start > 0
    _, claims = analyze("The Harvan Council met for six hours. It might sell the pier.")
    c = next(c for c in claims if c.hedge == "may")
    assert c.subject_text == "Harvan Council"


_RELAYED = (
    "Harbour Hour spoke with the port economist Mara Voss about the tolls.\n\n"
    "Harbour Hour: First I'd like your opinion on the comments from the port chief Pol "
    "Dravek alleging that the new pier is safe for the heavy ships.\n\n"
    "Mara Voss: The pier failed two inspections last year and nobody in the council "
    "has read the reports of the engineers.\n\n"
    "Harbour Hour: And what about the harbour tolls that the fishermen of Vellorn have "
    "complained about all winter?\n\n"
    "Mara Voss: Ivo Renk said the tolls will double in March, and the fishermen cannot "
    "pay that much.\n"
)


@pytest.mark.issue(15)
def test_words_relayed_in_a_transcript_turn_have_the_turn_as_channel(analyze) -> None:
    """Another's words inside a host's question or a guest's answer came through that
    turn's speaker; the turn's own words have no channel."""
    doc, claims = analyze(_RELAYED)
    got = {(c.source_name, c.via) for c in claims}
    assert ("Pol Dravek", "Harbour Hour") in got or (
        "the port chief Pol Dravek",
        "Harbour Hour",
    ) in got, got
    assert ("Ivo Renk", "Mara Voss") in got, got
    assert ("Mara Voss", None) in got, got


@pytest.mark.issue(15)
def test_a_paragraph_after_the_last_turn_gets_no_turn_channel(analyze) -> None:
    """The paragraphs after a transcript's last turn may be the writer's again: a report
    there gets no channel rather than a wrong one."""
    text = (
        _RELAYED.replace(
            "engineers.\n\n", "engineers.\n\nThe engineers wrote that the piles are rotten.\n\n", 1
        )
        + "\nPol Dravek said on Monday that the pier will reopen in the spring.\n"
    )
    doc, claims = analyze(text)
    got = {
        (c.source_name, c.via)
        for c, s in zip(claims, _said(doc, claims), strict=True)
        if "reopen" in s
    }
    assert got and all(via is None for _, via in got), got


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,via",
    [
        ("Mara Voss told the Harbour Hour podcast that the pier is rotten.",
         "the Harbour Hour podcast"),
        ("“The pier is rotten,” Mara Voss told the Harbour Hour show on Monday.",
         "the Harbour Hour show"),
        ("Mara Voss told the show's host that the pier is rotten.", None),
        ("The council told the farm program that its funds are gone.", None),
    ],
)  # fmt: skip
def test_a_programme_told_is_a_channel(analyze, text, via) -> None:
    """A podcast or a show told something is the channel, whatever the tagger takes its
    name for; its host or an aid "program" is not."""
    _, claims = analyze(text)
    assert [c.via for c in claims] == [via]
