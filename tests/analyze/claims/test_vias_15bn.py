"""Channels named with a work, a platform's post, an interview or a firm's note (issue
15, branch 15bn, claims v95).

Independent readers of claims v92 and v93 (seeds 1052-1058) found ``via`` empty where
the text names the channel: a book by its quoted title after "wrote in" or set off with
what it is about before its author ("In his book on <topic>, <Title>, X tells us:"), an
interview "released by" a network opening a sentence whose verb is "asked", a bank's
"daily commodities note", an observatory's press release, a platform's post ("In a <Platform> post, ..."), and words
"said on <network>'s morning show that ..." began with "'s morning show".  Invented
sentences of each construction, and what must stay as it was.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import checked_via as _via
from tests.analyze.claims.reading import said


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in said(doc, c)]
    assert found, [(c.source_name, said(doc, c)) for c in claims]
    return found[0]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            "“The harbour is dying and the council knows it,” Ivo Renk wrote in “The Quiet "
            "Coast.” “Every year the nets come back lighter than the year before.”\n",
            "nets come back",
            ("Ivo Renk", "The Quiet Coast"),
        ),
        (
            "In his best-selling book on fishing, The Quiet Coast, Ivo Renk tells us:\n\n"
            "“Every year the nets come back lighter than the year before.”\n",
            "nets come back",
            ("Ivo Renk", "The Quiet Coast"),
        ),
        (
            "In his book on the science of harbours,The Quiet Coast, Ivo Renk tells us:\n\n"
            "“Every year the nets come back lighter than the year before.”\n",
            "nets come back",
            ("Ivo Renk", "The Quiet Coast"),
        ),
        (
            "In the interview released by VNN on Wednesday, Ivo Renk asked Mara Voss whether "
            "the port should be sold.\n",
            "port should be sold",
            ("Ivo Renk", "VNN"),
        ),
        (
            "In the interview released by VNN on Wednesday, Renk said the port would stay open.\n",
            "stay open",
            ("Renk", "VNN"),
        ),
        (
            "In a Tarnbook post, Mayor Ivo Renk said the bridge would reopen in May.\n",
            "bridge would reopen",
            ("Ivo Renk", "Tarnbook"),
        ),
        (
            "Mayor Ivo Renk said in a Tarnbook post that the bridge would reopen in May.\n",
            "bridge would reopen",
            ("Ivo Renk", "Tarnbook"),
        ),
        (
            "Ivo Renk said on Vellorn TV's morning show that the port would stay open.\n",
            "port would stay open",
            ("Ivo Renk", "Vellorn TV"),
        ),
        (
            "“Copper has been falling faster than the other base metals,” says the daily "
            "commodities note from the Harvan bank Kestrel Capital.\n",
            "Copper has been falling",
            ("Kestrel Capital", "daily commodities note"),
        ),
        (
            "Kestrel Capital said in a client note that copper would fall further.\n",
            "copper would fall",
            ("Kestrel Capital", "client note"),
        ),
        (
            "As Ivo Renk explained in a Vellorn Observatory press release:\n\n"
            "“The star was orbiting something that was completely invisible.”\n",
            "star was orbiting",
            ("Ivo Renk", "Vellorn Observatory"),
        ),
        (
            "Mara Voss said in an ESO press release that the star was invisible.\n",
            "star was invisible",
            ("Mara Voss", "ESO"),
        ),
    ],
)
def test_the_channel_named_with_the_words_is_the_via(claims_of, text, words, want) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, words)
    assert (c.source_name, _via(doc, c)) == want


@pytest.mark.issue(15)
def test_the_words_after_a_broadcasters_show_start_after_the_show(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Ivo Renk said on Vellorn TV's morning show that the port would stay open.\n"
    )
    assert said(doc, _by(doc, claims, "port would stay open")) == "the port would stay open"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        # a time, a feast, a nationality or a common noun before "post": no platform
        ("In a Monday post, the mayor said the bridge would reopen.\n", "bridge would reopen"),
        (
            "In a Christmas video, Ivo Renk said the port would reopen in January.\n",
            "port would reopen",
        ),
        ("In a new post, Ivo Renk said the tolls would fall.\n", "tolls would fall"),
        (
            "In a Vellornian post office, a clerk named Ivo Renk said the parcels had been lost.\n",
            "parcels had been lost",
        ),
        # a note to staff, a bare note: a message, no channel
        ("Ivo Renk said in a note to staff that the plant would close.\n", "plant would close"),
        (
            "Kestrel Capital said in a note that copper prices had fallen 4 percent.\n",
            "copper prices had fallen",
        ),
        # a report from an institute is the institute's document, no note
        ("“Prices will rise,” says the report from the Harvan Institute.\n", "Prices will rise"),
        # a topic or a year after "in", no title
        (
            "In his book on Tarnland, Ivo Renk says the port was never safe.\n",
            "port was never safe",
        ),
        (
            "“We will not go back,” Mara Voss wrote in 2019. “The harbour is ours.”\n",
            "harbour is ours",
        ),
        ("Ivo Renk wrote in capital letters that the deal was off.\n", "deal was off"),
        # an interview with the police, a statement, a speech: no outlet
        (
            "In the interview with police, Ivo Renk said he had not seen the car.\n",
            "not seen the car",
        ),
        ("In a statement, the ministry said 40 people had died.\n", "40 people had died"),
        ("In a speech, Mara Voss said the tax would not rise.\n", "tax would not rise"),
        ("In the interview, Ivo Renk said he would not resign.\n", "would not resign"),
        # the speaker's own press release, or one dated: no maker to name
        (
            "“The star was orbiting something invisible,” Ivo Renk said in a press release.\n",
            "star was orbiting",
        ),
        (
            "Ivo Renk said in a Friday press release that the star was invisible.\n",
            "star was invisible",
        ),
    ],
)
def test_no_channel_where_none_is_named(claims_of, text, words) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, words).via is None


@pytest.mark.issue(15)
def test_a_broadcasters_website_is_not_its_show(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "Ivo Renk said on VNN's website that the port would stay open.\n"
    )
    c = _by(doc, claims, "port would stay open")
    assert (c.source_name, _via(doc, c)) == ("Ivo Renk", "VNN")
    assert said(doc, c) == "the port would stay open"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("frame", "want"),
    [
        ("Ivo Renk said in a Tarnbook post.", "Tarnbook"),
        ("Ivo Renk wrote in “The Quiet Coast.”", "The Quiet Coast"),
        ("Ivo Renk explained in a Vellorn Observatory press release.", "Vellorn Observatory"),
    ],
)
def test_the_whole_quotation_before_the_frame_came_through_its_channel(
    claims_of, frame, want
) -> None:
    doc, claims = claims_of("Tomas Vell")(
        f"“A free port is critical to a free town. The harbour tolls should be cut "
        f"immediately,” {frame}\n\nIvo Renk said on Friday that the tolls would rise.\n"
    )
    assert _via(doc, _by(doc, claims, "free port is critical")) == want
    assert _via(doc, _by(doc, claims, "should be cut")) == want
    # a later plain statement may come from elsewhere: the channel is not carried on
    assert _by(doc, claims, "tolls would rise").via is None


@pytest.mark.issue(15)
def test_a_release_quoted_at_length_is_no_story_retold(claims_of) -> None:
    doc, claims = claims_of("Tomas Vell")(
        "As Ivo Renk explained in a Vellorn Observatory press release:\n\n"
        "“The star was orbiting something that was completely invisible. The first one "
        "found in a cluster by its pull.”\n\n"
        "The finding was unexpected, the team said.\n\n"
        "“Until recently, we assumed such systems should not even exist,” said Renk.\n"
    )
    assert _via(doc, _by(doc, claims, "first one found")) == "Vellorn Observatory"
    assert _by(doc, claims, "should not even exist").via is None
