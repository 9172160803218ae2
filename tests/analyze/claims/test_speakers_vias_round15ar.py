"""Who speaks and through whom (issue 15, branch 15ar, claims v61).

Independent readers of FakeNewsCorpus claims (seeds 1003, 1004, 1008, 1009, 1013, 1014)
and the engineer's reading of seed 630 found speakers and channels wrong in these
constructions: a story retold from another outlet ("..., the Harvan Post reported"
and then the speaker's next quotes with no via), words "said on" a broadcaster with no
via (and the quote's earlier sentences without it), an analyst's "He now forecasts
..." filed as the outlet, a journalist named with his paper in a parenthesis
("(“Harvan Daily”)") filed as the writer, and a person whose appositive lacks its
closing comma ("X, the head of the Tarn Port Authority said ...") shown as the
organisation.  Invented sentences of each construction, and what must stay as it was.
"""

from __future__ import annotations

from typing import Any

import pytest


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in doc.text[c.statement_start : c.statement_end]]
    assert found, [(c.source_name, doc.text[c.statement_start : c.statement_end]) for c in claims]
    return found[0]


REWRITE = (
    "Port council leader Ivo Renk said the harbour tolls will rise if the ferry deal "
    "fails, the Harvan Post reported.\n\n"
    "“If the minister insists on the new pier, the blame will fall entirely on him,” he "
    "said on Tuesday.\n\n"
    "The Harvan Post noted the minister has demanded the pier be part of any deal.\n\n"
    "“The minister is fighting for an empty symbol rather than a working port,” Renk said.\n\n"
    "In a statement, Renk noted the money could pay for more pilots.\n\n"
    "Mara Voss, the harbour master, said the pier would open in May.\n"
)


@pytest.mark.issue(15)
def test_a_retold_outlets_story_keeps_its_channel_for_the_speakers_next_words(
    claims_of,
) -> None:
    doc, claims = claims_of("Tomas Vell")(REWRITE)
    assert _by(doc, claims, "blame will fall").via == "Harvan Post"
    later = _by(doc, claims, "empty symbol")
    assert (later.source_name, later.via) == ("Renk", "Harvan Post")
    assert doc.text[later.via_start : later.via_end] == "Harvan Post"
    # a channel of its own ends the chain; another speaker never takes it
    assert _by(doc, claims, "more pilots").via is None
    assert _by(doc, claims, "open in May").via is None


@pytest.mark.issue(15)
def test_an_outlet_cited_once_is_no_retold_story(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "“The pier is closed,” Ivo Renk said, the Harvan Post reported.\n\n"
        "The council met on Monday.\n\n"
        "“The council is supposed to serve the port,” Renk said.\n"
    )
    assert _by(doc, claims, "serve the port").via is None


ON_AIR = (
    "Author Ivo Renk insisted on Friday that he met the mayor twice.\n\n"
    "“I absolutely spoke to the mayor. Whether she knew it was an interview, I don't "
    "know. But it was not off the record,” Renk said on VNN Friday morning as his book "
    "came out.\n\n"
    "“I spoke to her after the election, yes,” he added.\n"
)


@pytest.mark.issue(15)
def test_said_on_a_broadcaster_is_the_channel_of_the_whole_quote(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(ON_AIR)
    for words in ("absolutely spoke", "Whether she knew", "off the record", "after the election"):
        c = _by(doc, claims, words)
        assert (c.source_name, c.via) == ("Renk", "VNN"), words
    # the statement before the broadcast has no channel
    assert _by(doc, claims, "met the mayor twice").via is None


@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk said on Tuesday that the pier would close.",
        "Ivo Renk said on Capitol Street that the pier would close.",
        "Ivo Renk said on Harvan Island that the pier would close.",
        "Ivo Renk said on VNN's behalf that the pier would close.",
        "Ivo Renk said on US television that the pier would close.",
    ],
)
@pytest.mark.issue(15)
def test_said_on_a_day_a_place_or_a_person_is_no_channel(claims_of, text) -> None:
    doc, claims = claims_of("Tomas Vell")(text + "\n")
    c = _by(doc, claims, "pier would close")
    assert (c.source_name, c.via) == ("Ivo Renk", None)


@pytest.mark.issue(15)
def test_said_on_a_network_by_its_media_word_or_acronym(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Ivo Renk said on Vellorn News Network that the pier would close.\n\n"
        "Mara Voss said on VNN's morning show that the tolls were fair.\n"
    )
    assert _by(doc, claims, "pier would close").via == "Vellorn News Network"
    assert _by(doc, claims, "tolls were fair").via == "VNN"


@pytest.mark.issue(15)
def test_a_forecast_is_the_forecasters(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Ivo Renk, an analyst at Tarn Securities, said gold would rise.\n\n"
        "He now forecasts a 4.5% rise in gold for 2018, predicting an average price of "
        "$1313 per ounce.\n\n"
        "Weather forecasts show rain for the weekend.\n"
    )
    c = _by(doc, claims, "4.5% rise")
    assert (c.source_name, c.source_kind) == ("Ivo Renk", "named")
    assert all(
        c.source_kind in ("author", "outlet")
        for c in claims
        if "Weather" in doc.text[c.start : c.end]
    )


@pytest.mark.issue(15)
def test_a_journalist_with_the_paper_in_a_parenthesis_reports(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "In September 2015, at the peak of the crisis, the journalist Ivo Renk (“Harvan "
        "Daily”) reported the council was planning to take in 5,000 more refugees.\n"
    )
    c = _by(doc, claims, "planning to take in")
    assert (c.source_name, c.source_kind) == ("Ivo Renk", "named")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Stung by the mayor’s remark, Rev. Ivo Renk, a member of the “informal” harbour "
            "board and the president of the Vellorn Fishermen Guild noted that every boat "
            "is welcome.",
            "Ivo Renk",
        ),
        ("Mara Voss, the head of the Tarn Port Authority said every boat is welcome.", "Mara Voss"),
    ],
)
@pytest.mark.issue(15)
def test_an_appositive_without_its_closing_comma_is_the_persons(claims_of, text, speaker) -> None:
    doc, claims = claims_of("Tomas Vell")(text + "\n")
    c = _by(doc, claims, "every boat is welcome")
    assert (c.source_name, c.source_kind) == (speaker, "named")


@pytest.mark.parametrize(
    "text",
    [
        # a list of speakers: not the first name alone
        "Ivo Renk, Mara Voss and the head of the port authority said every boat is welcome.",
        # the name is an object, not the subject of its clause
        "He met Ivo Renk, the head of the port authority said every boat is welcome.",
    ],
)
@pytest.mark.issue(15)
def test_a_role_after_a_list_or_an_object_is_not_the_names(claims_of, text) -> None:
    doc, claims = claims_of("Tomas Vell")(text + "\n")
    for c in claims:
        assert c.source_name != "Ivo Renk", doc.text[c.statement_start : c.statement_end]


@pytest.mark.issue(15)
def test_a_clause_between_the_name_and_the_role_is_no_appositive(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Ivo Renk, who left the board in May and the head of the port authority said every "
        "boat is welcome.\n"
    )
    for c in claims:
        assert c.source_name != "Ivo Renk", doc.text[c.statement_start : c.statement_end]


@pytest.mark.issue(15)
def test_the_writer_with_others_is_the_writer(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "For the past 18 months, I and others have repeatedly warned that the gang posed a "
        "threat to the port. Tomas Vell covers the port.\n"
    )
    c = _by(doc, claims, "posed a threat")
    assert (c.source_name, c.source_kind) == ("Tomas Vell", "author")


@pytest.mark.issue(15)
def test_a_tell_all_book_tells_nothing(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "The tensions rise with each storm, each Mara Voss tell all book and each toll hike.\n"
    )
    assert all(c.source_name != "Mara Voss" for c in claims)


@pytest.mark.issue(15)
def test_the_last_name_of_a_list_is_not_the_appositives_person(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Harbour judge Ivo Renk, and port lawyers Mara Voss and Nils Tarvo, the lawyers "
        "from the pier trial said that the tolls were unlawful.\n"
    )
    assert claims, "no claim at all: the test would pass on nothing"
    assert all(c.source_name != "Nils Tarvo" for c in claims)


@pytest.mark.issue(15)
def test_an_interview_on_a_network_keeps_its_channel(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "“We all should be a bit embarrassed,” Ivo Renk, who also directed the agency, told "
        "Mara Voss in an interview on VNN.\n\n"
        "“We should be ashamed. That is the president,” Renk said.\n"
    )
    assert _by(doc, claims, "embarrassed").via == "VNN"
    assert _by(doc, claims, "That is the president").via == "VNN"


@pytest.mark.issue(15)
def test_the_newspaper_is_the_outlet_named_in_the_sentence_before(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "The council raised the tolls, the Harvan Post reported.\n\n"
        "The Vellorn Times noted the tolls were first raised in 2001.\n\n"
        "The permits had been renewed every 18 months, according to the newspaper.\n"
    )
    c = _by(doc, claims, "renewed every 18 months")
    assert (c.source_name, c.source_kind) == (
        "Vellorn Times",
        "named",
    )  # another outlet than the page's shows as named (v75)
    # two outlets in the sentence before: which one is unclear
    doc, claims = claims_of("Tomas Vell")(
        "The council raised the tolls, the Harvan Post reported.\n\n"
        "The Vellorn Times noted the tolls rose, and the Harvan Post reported the pier closed.\n\n"
        "The permits had been renewed every 18 months, according to the newspaper.\n"
    )
    c = _by(doc, claims, "renewed every 18 months")
    assert (c.source_name, c.source_kind) == ("the newspaper", "named")


@pytest.mark.issue(15)
def test_a_degree_after_a_name_is_no_speaker(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "The institute noted that it built on the work of senior investigator Ivo Renk, MD, "
        "PhD, who in 2006 found that “he could make stem cells from skin cells.”\n"
    )
    assert claims, "no claim at all: the test would pass on nothing"
    assert all(c.source_name not in ("MD", "PhD") for c in claims)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "It was the long cold war that Ivo Renk and Mara Voss and then the first President "
            "Tarvo said they had ended in 1990.",
            "Ivo Renk and Mara Voss and then the first President Tarvo",
        ),
        (
            "Ivo Renk, Mara Voss and Nils Tarvo said they had ended in 1990.",
            "Ivo Renk, Mara Voss and Nils Tarvo",
        ),
        ("Ivo Renk and Mara Voss said they had ended in 1990.", "Ivo Renk and Mara Voss"),
    ],
)
@pytest.mark.issue(15)
def test_coordinated_speakers_speak_together(claims_of, text, speaker) -> None:
    doc, claims = claims_of("Tomas Vell")(text + "\n")
    assert _by(doc, claims, "ended in 1990").source_name == speaker


@pytest.mark.issue(15)
def test_a_suffix_of_the_name_stays_in_it(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Ivo Renk Jr., a former harbour pilot, said the pier would close.\n"
    )
    assert (_by(doc, claims, "pier would close").source_name or "").startswith("Ivo Renk Jr")
