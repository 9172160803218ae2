"""Whose words a block of the page is (issue 15, branch 15bf, claims v82).

Independent readers of claims v81 (seeds 1038-1040) found blocks of a page credited to the
page's metadata author: an "EDITOR'S NOTE:" signed at its end by someone else, an
"Editor's Comment:" above a repost.  Invented pages of each construction, and what must
stay as it was.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import checked_via as _via

from .reading import said


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in said(doc, c)]
    assert found, [(c.source_name, said(doc, c)) for c in claims]
    return found[0]


@pytest.mark.issue(15)
def test_a_signed_note_is_its_signers(claims_of) -> None:
    text = (
        "The harbour fund lost money again this year, and the council may sell the pier.\n\n"
        "EDITOR’S NOTE: The only point I would add is that the harbour fund is probably "
        "failing on purpose. The tolls will likely rise again in the spring. "
        "- Mara Voss, Founder of Vellorn-Watch.com\n\n"
        "The council should probably wait for the audit before it sells anything.\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    for words in ("failing on purpose", "likely rise"):
        c = _by(doc, claims, words)
        assert (c.source_name, c.source_kind) == ("Mara Voss", "named")
        assert doc.text[c.source_start : c.source_end] == "Mara Voss"
    # the words before and after the note stay the page's writer's
    assert _by(doc, claims, "may sell").source_name == "Tomas Vell"
    assert _by(doc, claims, "should probably wait").source_name == "Tomas Vell"


@pytest.mark.issue(15)
def test_an_editors_comment_over_a_posters_page_is_nobody_named(claims_of) -> None:
    text = (
        "Editor’s Comment: The council may face a revolt anyway; its toll plans are "
        "probably causing unrest on the quays.\n\n"
        "Walls and Neighbours\n\n"
        "While the saying goes that good walls make good neighbours, the council may have "
        "other plans for the harbour.\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, "revolt anyway")
    assert c.source_kind == "unknown" and c.source_name is None
    assert _by(doc, claims, "other plans").source_name == "Tomas Vell"


@pytest.mark.issue(15)
def test_a_note_with_no_author_on_the_page_stays_the_sites(claims_of) -> None:
    text = (
        "Editor’s Comment: The council may face a revolt anyway; its toll plans are "
        "probably causing unrest on the quays.\n\n"
        "The Harbour Fund Has Begun to Fail\n\n"
        "The council may sell the pier.\n"
    )
    doc, claims = claims_of(None)(text)
    c = _by(doc, claims, "revolt anyway")
    assert (c.source_name, c.source_kind) == ("Test Wire", "outlet")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "opening",
    [
        "The post below was written by Ivo Renk, of Harvan Watch, and posted at other sites.",
        "This article was written by Ivo Renk and is shared here with his permission.",
    ],
)
def test_the_writer_the_page_names_is_the_author(claims_of, opening: str) -> None:
    text = (
        f"{opening} These tips will probably help anyone who films the harbour police.\n\n"
        "If you are stopped, it is highly likely that your camera will be seized.\n\n"
        "Here I must add that wiping a camera could be taken as tampering with evidence.\n"
    )
    doc, claims = claims_of("Harvan Block")(text)
    for words in ("highly likely", "could be taken"):
        c = _by(doc, claims, words)
        assert (c.source_name, c.source_kind) == ("Ivo Renk", "author")
        assert doc.text[c.source_start : c.source_end] == "Ivo Renk"
    # the poster's own line introducing the writer is neither's for sure
    intro = [c for c in claims if "probably help" in said(doc, c)]
    assert all(c.source_kind == "unknown" for c in intro)


@pytest.mark.issue(15)
def test_two_writers_named_name_nobody(claims_of) -> None:
    text = (
        "The post below was written by Ivo Renk. This article was written by Mara Voss.\n\n"
        "If you are stopped, it is highly likely that your camera will be seized.\n"
    )
    doc, claims = claims_of("Harvan Block")(text)
    c = _by(doc, claims, "highly likely")
    assert c.source_name == "Harvan Block"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "via"),
    [
        (
            "“We wanted to tell the whole harbour that the fund is failing,” Ivo Renk, head of "
            "the Vellorn Trust, said in the social media video posted Thursday.\n",
            "social media video",
        ),
        (
            "Ivo Renk said in a video posted online that the harbour fund is failing.\n",
            "video",
        ),
        (
            "Ivo Renk said in a video message: “The harbour fund is failing.”\n",
            "video message",
        ),
    ],
)
def test_the_video_the_words_were_said_in_is_the_via(claims_of, text: str, via: str) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, "fund is failing")
    assert (c.source_name, _via(doc, c)) == ("Ivo Renk", via)


@pytest.mark.issue(15)
def test_a_video_as_the_topic_is_no_via(claims_of) -> None:
    text = "Ivo Renk said in the video debate that the harbour fund is failing.\n"
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, "fund is failing").via is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "intro",
    [
        "We begin with Professor Ivo Renk providing some background on the harbour tolls.",
        "Professor Ivo Renk had some thoughts there, too.",
    ],
)
def test_a_transcript_the_page_introduces_is_the_guests(claims_of, intro: str) -> None:
    text = (
        "I have transcribed parts of the harbour podcast below.\n\n"
        f"{intro}\n\n"
        "I think the tolls will probably rise again, and the council has not said why.\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, "probably rise")
    assert (c.source_name, c.source_kind) == ("Ivo Renk", "named")


@pytest.mark.issue(15)
def test_we_begin_with_a_thing_introduces_nobody(claims_of) -> None:
    text = (
        "We begin with the harbour tolls.\n\n"
        "I think the tolls will probably rise again, and the council has not said why.\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, "probably rise")
    assert c.source_name == "Tomas Vell"


@pytest.mark.issue(15)
def test_sentences_going_on_after_a_said_colon_are_nobody_named(claims_of) -> None:
    # (a page whose cleaner ran a heading into the paragraph, "... North and East VWO
    # said:", as pages often are)
    text = (
        "The storm weakened overnight. Rainfall Spreading North and East VWO said: Storm "
        "Kella is expected to bring 3 to 5 inches of rain to the coast. Locally higher "
        "totals of 6 to 10 inches are possible across the north. These rains will raise the "
        "flood risk on the quays, especially in the lower town. However wide flooding will "
        "go on around the port through the weekend. The heavy rains spreading north from "
        "the coast may also lead to flash flooding and river flooding.\n\n"
        "The council may close the harbour on Friday.\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, "may also lead").source_kind == "unknown"
    # the next paragraph is the writer's again
    assert _by(doc, claims, "may close").source_name == "Tomas Vell"


@pytest.mark.issue(15)
def test_a_said_colon_block_that_goes_on_stays_its_speakers(claims_of) -> None:
    text = (
        "The storm weakened overnight. The Vellorn Weather Office said: The storm is expected "
        "to bring 3 to 5 inches of rain to the coast. The heavy rains may also lead to "
        "flooding on the quays.\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, "may also lead").source_name == "Vellorn Weather Office"


@pytest.mark.issue(15)
def test_the_writer_goes_on_after_a_quoted_colon_block(claims_of) -> None:
    text = (
        "The historian Mara Voss wrote: “Every pier was burnt.” Is it conceivable that the "
        "fishermen went out the next morning? I think the answer is clearly no!\n"
    )
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, "clearly no").source_name == "Tomas Vell"
