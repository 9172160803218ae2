"""Speakers and their channels (issue 15, branch 15bb, claims v75).

Independent readers of claims v73 and v74 (seeds 1031-1037) found channels missing where
the words went through an outlet or a platform named around the verb ("stated in an
interview shown Sunday on <network>", "stated in report to <paper> Friday", "In an
interview with <paper> on Thursday, X said", "said on <platform> that") and words
"according to <lower-case role> <Name>" at a sentence's end credited to the page's
author.  Invented sentences of each construction, and what must stay as it was.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import checked_via as _via
from tests.analyze.claims.reading import said


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in doc.text[c.statement_start : c.statement_end]]
    assert found, [(c.source_name, doc.text[c.statement_start : c.statement_end]) for c in claims]
    return found[0]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            "“I don’t trust it,” Renk stated in an interview shown Sunday on Vellorn News, "
            "discussing the council's plan. “I think it’s ridiculous.”\n",
            "ridiculous",
            ("Renk", "Vellorn News"),
        ),
        (
            "“The harbour committee remains concerned about the tolls,” Renk stated in "
            "report to Harvan News Friday.\n",
            "remains concerned",
            ("Renk", "Harvan News"),
        ),
        (
            "“The tolls will rise,” Ivo Renk said in a statement to the Harvan Daily on Friday.\n",
            "tolls will rise",
            ("Ivo Renk", "the Harvan Daily"),
        ),
        (
            "In an interview with Kurblatt on Thursday, port chief Ivo Renk said Tarnland is "
            "seeking tolls.\n",
            "seeking tolls",
            ("Ivo Renk", "Kurblatt"),
        ),
        (
            "Ivo Renk said on Tarnbook that the harbour tolls are a scandal.\n",
            "a scandal",
            ("Ivo Renk", "Tarnbook"),
        ),
        (
            "Ivo Renk wrote on Tarnbook that the harbour tolls are a scandal.\n",
            "a scandal",
            ("Ivo Renk", "Tarnbook"),
        ),
    ],
)
def test_the_channel_named_around_the_verb_is_the_via(claims_of, text, words, want) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, words)
    assert (c.source_name, _via(doc, c)) == want


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a day, a feast, an addressee that is no outlet: no channel
        ("Ivo Renk said on Monday that the tolls will rise in May.\n", "tolls will rise"),
        ("Ivo Renk wrote on Christmas that the tolls will rise in May.\n", "tolls will rise"),
        # a topic, set off by a comma with no quote after it
        ("Ivo Renk said on Renkcare, adding that the tolls will rise.\n", "tolls will rise"),
        # ("said in a letter to the council": the letter is the channel since claims v108,
        # never the council; tests/analyze/claims/test_records_15bu.py)
        # the person interviewed, named in full elsewhere, is no paper
        (
            "Ivo Renk, the port chief, said the tolls are too high. In an interview with Renk "
            "on Thursday, Mara Voss said the tolls will rise in May.\n",
            "rise in May",
        ),
    ],
)
def test_no_channel_where_none_is_named(claims_of, text, words) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, words).via is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "role", ["port chief", "ex-Harbour Minister", "former Tarn police chief", "Senator"]
)
def test_according_to_a_lower_case_role_and_a_name_is_that_person(claims_of, role) -> None:
    doc, claims = claims_of("Tomas Vell")(
        f"The council raised the harbour tolls in May, according to {role} Ivo Renk.\n"
    )
    c = _by(doc, claims, "raised the harbour tolls")
    assert (c.source_name, c.source_kind) == ("Ivo Renk", "named")


@pytest.mark.issue(15)
def test_adding_to_a_thing_is_no_speech(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "The team measured the harbour silt with new gauges. This new survey matches the "
        "earlier soundings, only more precisely, and shows the channel is filling faster "
        "than the models predict, adding to the puzzle of the bay.\n\n"
        "Ivo Renk said the dredging will resume, adding that the council agreed.\n"
    )
    assert not [c for c in claims if c.source_name == "This new survey"]
    assert _by(doc, claims, "the council agreed").source_name == "Ivo Renk"


_BROADCAST = (
    "{host} spoke with the port economist Mara Voss about the tolls.\n\n"
    "{host}: The harbour tolls rose twice last year. What are your thoughts on that?\n\n"
    "Mara Voss: The Vellorn council needed money for the new pier after the storm.\n\n"
    "{host}: Now before we let you go, please tell folks about your firm.\n\n"
    "Mara Voss: The Harvan Council raised the toll to 40 crowns in March.\n"
)


@pytest.mark.issue(15)
def test_a_guest_in_a_broadcasters_transcript_speaks_via_the_broadcaster(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(_BROADCAST.format(host="Vellorn TV"))
    c = _by(doc, claims, "40 crowns")
    assert (c.source_name, _via(doc, c)) == ("Mara Voss", "Vellorn TV")
    # a person interviewing is no channel
    doc, claims = claims_of("Tomas Vell")(_BROADCAST.format(host="Lena Brack"))
    assert _by(doc, claims, "40 crowns").via is None


@pytest.mark.issue(15)
def test_the_newspaper_after_an_interview_is_the_interviewing_paper(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "In an interview with the daily Kurblatt on Thursday, port chief Ivo Renk said "
        "Tarnland is seeking tolls. “We are observing massive tolls at the borders,” he "
        "told the newspaper.\n"
    )
    assert _via(doc, _by(doc, claims, "seeking tolls")) == "Kurblatt"
    assert _via(doc, _by(doc, claims, "massive tolls")) == "Kurblatt"


@pytest.mark.issue(15)
def test_a_media_noun_before_the_interviewing_outlet_is_left_out(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "In an interview with the Vellornian broadcaster VNN, Ivo Renk said Tarnland is "
        "seeking tolls.\n"
    )
    assert _via(doc, _by(doc, claims, "seeking tolls")) == "VNN"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "Ivo Renk said in the documentary Harbour Lights that the tolls will rise.\n",
            "Harbour Lights",
        ),
        (
            "Ivo Renk says in the film “Harbour Lights” that the tolls will rise.\n",
            "Harbour Lights",
        ),
        ("Ivo Renk said in her new book that the tolls will rise.\n", "her new book"),
        # a day after the work is no title
        ("Ivo Renk said in his column Monday that the tolls will rise.\n", "his column"),
    ],
)
def test_a_work_and_its_title_are_the_channel(claims_of, text, via) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, "tolls will rise")
    assert (c.source_name, _via(doc, c)) == ("Ivo Renk", via)


@pytest.mark.issue(15)
def test_an_answer_label_is_no_speakers_name(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Q-Do you see all babies being born healthy?\n\n"
        "A-I see that the babies born this year are healthier than those born in 2010.\n\n"
        "Q-Do you feel people pick their mates well?\n\n"
        "A-I see that people with long marriages chose freely.\n"
    )
    assert not [c for c in claims if (c.source_name or "").startswith("A-")]
    # the answers stay claims (the review of claims v81: not passing on no claims at all)
    assert any("long marriages" in said(doc, c) for c in claims)


@pytest.mark.issue(15)
def test_another_outlet_quoted_is_a_named_source_the_pages_own_stays_outlet(claims_of) -> None:
    text = (
        "“The new pumps are safe and cheap,” reported the Harvan Post. “They will be "
        "installed in every harbour by May.”\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, "safe and cheap")
    assert (c.source_name, c.source_kind) == ("Harvan Post", "named")
    # on the Harvan Post's own page the paper is the page's outlet
    from newsdossier.analyze.claims.outlets import shown_kind
    from newsdossier.analyze.claims.sources import Source

    src = Source("Harvan Post", "outlet", 10, 21)
    assert shown_kind(src, True, ("harvanpost.example", None)) == "outlet"
    assert shown_kind(src, True, ("The Harvan Post", None)) == "outlet"
    assert shown_kind(src, True, ("vellornledger.example", None)) == "named"
    # the page's own voice, and a name from the page's metadata, keep their kind
    assert shown_kind(Source("Harvan Post", "outlet"), False, ("x", None)) == "outlet"


_REPOST = (
    "The war in Tarnland goes on, and the generals are winning nothing.\n\n"
    "{line}\n\n"
    "The Harvan Defence Ministry has disclosed that it carried out 40 ground operations "
    "in Tarnland this year. The confirmation sheds new light on covert activities.\n"
)


@pytest.mark.issue(15)
def test_a_from_line_heads_a_reposted_report(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(_REPOST.format(line="from VNN"))
    c = _by(doc, claims, "40 ground operations")
    assert (c.source_name, _via(doc, c)) == ("Harvan Defence Ministry", "VNN")
    assert _by(doc, claims, "sheds new light").source_name == "VNN"


@pytest.mark.issue(15)
@pytest.mark.parametrize("line", ["From Tarnland", "From US", "from Ivo Renk"])
def test_a_from_line_of_a_place_or_person_heads_nothing(claims_of, line) -> None:
    doc, claims = claims_of("Tomas Vell")(_REPOST.format(line=line))
    assert _by(doc, claims, "40 ground operations").via is None


@pytest.mark.issue(15)
def test_continuing_to_do_something_is_no_speech(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Dock workers suffered hardship throughout the 1990s, just as harbour pilots have "
        "continued to suffer hardship since 2008.\n\n"
        "“The tolls are too high,” Ivo Renk continued. Mara Voss continued to insist that "
        "the council raised the tolls to 40 crowns.\n"
    )
    assert not [c for c in claims if c.source_name == "harbour pilots"]
    assert _by(doc, claims, "too high").source_name == "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Port chief Ivo Renk spoke to the Harvan Post on Friday. “The tolls will rise to 40 "
        "crowns in May,” he said.\n",
        "Port chief Ivo Renk gave an interview to the Harvan Post on Friday. “The tolls will "
        "rise to 40 crowns in May,” Renk said.\n",
        "“The tolls will rise to 40 crowns in May,” Renk said. He was speaking in an "
        "interview with the Harvan Post.\n",
    ],
)
def test_the_outlet_spoken_to_a_sentence_away_is_the_via(claims_of, text) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert _via(doc, _by(doc, claims, "40 crowns")) == "Harvan Post"


@pytest.mark.issue(15)
def test_the_outlet_spoken_to_is_not_another_speakers_channel(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Port chief Ivo Renk spoke to the Harvan Post on Friday. “The tolls will rise to 40 "
        "crowns in May,” Mara Voss said.\n\n"
        "Ivo Renk spoke to Lena Brack on Friday. “The pier fees will rise to 12 crowns,” "
        "Renk said.\n"
    )
    assert _by(doc, claims, "40 crowns").via is None
    assert _by(doc, claims, "12 crowns").via is None


@pytest.mark.issue(15)
def test_the_quote_is_the_replier_not_the_asker(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "When Ivo Renk asked Mara Voss for her reasons for this enormous request, Voss "
        "replied: “You find the reasons yourself! What I want is not the reasons but the "
        "money of 40 crowns.”\n"
    )
    assert _by(doc, claims, "money of 40 crowns").source_name == "Voss"


@pytest.mark.issue(15)
@pytest.mark.parametrize("front", ["Needless to say", "Of course", "Not surprisingly"])
def test_a_comment_phrase_before_the_subject_keeps_its_said_clause(claims_of, front) -> None:
    doc, claims = claims_of("Tomas Vell")(
        f"{front}, Tarnland bitterly opposes the pier and last month said it would create "
        "three new divisions in its south.\n"
    )
    assert _by(doc, claims, "three new divisions").source_name == "Tarnland"


@pytest.mark.issue(15)
def test_an_official_within_a_body_is_the_official(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "A senior official within the Tarn Harbour Police said the man was an officer.\n"
    )
    c = _by(doc, claims, "was an officer")
    assert c.source_kind == "anonymous" and c.source_name != "Tarn Harbour Police"
