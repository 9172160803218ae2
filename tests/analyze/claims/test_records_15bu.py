"""Channels a frame names that are no outlet: a record or medium (issue 15, branch 15bu).

Independent readers of claims v99-v106 judged 13 of 117 wrong rows for a channel the text
names and the row left empty: "said in a press release", "In his testimony, X said",
"testified at a ... hearing", "one witness told the select committee", "recently
tweeted", "In the documentary film “<Title>” X says".  The via is the record's words as
written (after their determiner), offsets holding them; only a record bound to the
frame's own verb.  Invented sentences of each construction, and the ordinary news prose
the rules must not touch ("in a statement", "in an interview", "told reporters", "told
the court", "in March", "at a rally", "before the hearing", a letter in the words).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import checked_via, said

_RECORDS = [
    # the speaker's own press release names no maker (claims v95); it is the channel (v108)
    (
        "“The star was orbiting something invisible,” Ivo Renk said in a press release.",
        "star was orbiting",
        "press release",
    ),
    # the addressee of a letter is no channel (claims v75); the letter is (v108)
    (
        "“The tolls will rise,” Ivo Renk said in a letter to the council on Friday.",
        "tolls will rise",
        "letter",
    ),
    (
        "Mara Voss testified before a Senate panel that the port was unsafe.",
        "port was",
        "Senate panel",
    ),
    (
        "“The port is unsafe. The bridge is worse,” Ivo Renk tweeted.",
        "The port is unsafe",
        "tweeted",
    ),
    (
        "In a tweet on Thursday, Mara Voss wrote, “The port is unsafe.”",
        "The port is unsafe",
        "tweet",
    ),
    (
        "Ivo Renk told Mara Voss on Vellorn TV that the port would close.",
        "the port would close",
        "Vellorn TV",
    ),
    (
        "“The port will close,” Ivo Renk told Mara Voss on Vellorn TV’s “Evening Hour.”",
        "The port will close",
        "Vellorn TV",
    ),
    (
        "In his testimony, Ivo Renk said that his firm examined the sales of flats in Harvan.",
        "his firm examined",
        "testimony",
    ),
    (
        "The port was closed for two days, one witness told the select committee.",
        "The port was closed",
        "select committee",
    ),
    (
        "“We will close the port. The river is rising,” Mara Voss said in a press release.",
        "The river is rising",
        "press release",
    ),
    (
        "“We will close the port. The river is rising,” Mara Voss said in a press release.",
        "We will close the port",
        "press release",
    ),
    (
        "Ivo Renk recently tweeted that the market was too high.",
        "the market was too high",
        "tweeted",
    ),
    (
        "In the 2003 documentary film “The Quiet Coast” the economist Ivo Renk says: “If you find a manager who wants to help, fire him.”",
        "If you find a manager",
        "The Quiet Coast",
    ),
    (
        "Mara Voss testified at a March 20 Harvan Committee hearing that the inquiry was probing the port.",
        "the inquiry was probing",
        "March 20 Harvan Committee hearing",
    ),
    (
        "Mara Voss wrote in a letter dated May 3 that the fund had run dry.",
        "the fund had run dry",
        "letter",
    ),
    (
        "In a letter to the council, Mara Voss said the fund had run dry.",
        "the fund had run dry",
        "letter",
    ),
    (
        "Ivo Renk said in a letter to shareholders that profits would fall.",
        "profits would fall",
        "letter",
    ),
    (
        "Mara Voss said during the hearing that the port had been sold twice.",
        "the port had been sold twice",
        "hearing",
    ),
    (
        "Ivo Renk said in an open letter on Monday that the port was unsafe.",
        "the port was unsafe",
        "letter",
    ),
]
_UNTOUCHED = [
    "In letters to the council, residents said the port was unsafe.",
    "In a testimony to her courage, Mara Voss said she would stay in Harvan.",
    "Ivo Renk said in a testimony to the city’s spirit that the port would reopen.",
    "In a letter-writing campaign, residents said the port was unsafe.",
    "In the press release era, Ivo Renk said, facts still mattered.",
    "In a tweet storm last year, Ivo Renk said the port was unsafe.",
    "In his letter’s final line, Ivo Renk said the port was unsafe.",
    "In the letter, Mara Voss and Ivo Renk were accused of fraud, prosecutors said.",
    "In a letter dated May 3, which Ivo Renk signed, Mara Voss said the port was unsafe.",
    "In his testimony last week Ivo Renk said the port was unsafe.",
    "In the book “The Long Harbour” Ivo Renk is the villain, Mara Voss said.",
    "In the 2019 film “Harbour Lights”, which Ivo Renk directed, Mara Voss says the port is doomed.",
    "“The Long Harbour” is a book about the port, Ivo Renk said.",
    "In “The Long Harbour” Ivo Renk says the port was sold.",
    "In the film’s final scene, a mayor says the port is doomed.",
    "Mara Voss said at the inquiry’s close that she was tired.",
    "Ivo Renk said the inquiry into the fire had found nothing.",
    "Ivo Renk told the committee’s chairman that the port was unsafe.",
    "Ivo Renk told a commission official that the port was unsafe.",
    "Mara Voss said the tweets were fake.",
    "Ivo Renk deleted a tweet that said the port was unsafe.",
    "Ivo Renk said he had never tweeted about the port.",
    "The post was retweeted 4,000 times, Mara Voss said.",
    "Mara Voss said in a tweet-by-tweet account that the port was unsafe.",
    "Ivo Renk said at a hearing in May that the port was unsafe.",
    "Ivo Renk, speaking at a hearing, said the port was unsafe.",
    "Ivo Renk said to Mara Voss on NATO's plans that the port would close.",
    "Ivo Renk told Mara Voss on Vellorn TV's decision that the port would close.",
    "Ivo Renk told Mara Voss on Friday that the port would close.",
    "Ivo Renk told Mara Voss on Harvan Street that the port would close.",
    "Ivo Renk said Mara Voss on Vellorn TV had lied about the port.",
    "Ivo Renk told Mara Voss on the phone that the port would close.",
    "Ivo Renk told Mara Voss on Tarnbook that the port would close.",
    "Ivo Renk told Mara Voss on TV that the port would close.",
    "Ivo Renk told Mara Voss on Monday in Harvan that the port would close.",
    "Ivo Renk told a rally on Harvan Square that the port would close.",
    "Ivo Renk told Mara Voss on Radio that the port would close.",
    "Ivo Renk, who told Mara Voss on Vellorn TV last year that he would run, said on Monday the port would close.",
    "Mara Voss, a host on Vellorn Radio, said the port would close.",
    "Ivo Renk said in a statement that the port would close on Friday.",
    "Mara Voss said in an interview that she would run for mayor again.",
    "Ivo Renk said in March that the port would close, and Mara Voss said it would not.",
    "The residents, who took part in a letter-writing campaign, said the bridge was unsafe.",
    "Ivo Renk said the letter, sent in May, had been forged by a clerk.",
    "Mara Voss said a press release from the council was false.",
    "Police said the suspect had sent a letter to the mayor in May.",
    "“The letter was forged,” Mara Voss said in Harvan on Monday.",
    "Ivo Renk said in the past the port had been sold twice.",
    "Ivo Renk, who wrote in a letter last year that the port was unsafe, said on Monday the bridge would open.",
    "Mara Voss said that in a letter to staff the chief had admitted the error.",
    "Ivo Renk said, in a sign of the times, that the port would close.",
    "According to a press release, the port will close in May.",
    "Ivo Renk said 40 letters had been sent in a press campaign.",
    "In his speech, Ivo Renk said the port would close.",
    "In a statement, Mara Voss said the fund had run dry.",
    "In March, Ivo Renk said the port would close by 2027.",
    "In the letter, which was leaked to the Harvan Post, the mayor asked for money.",
    "In his testimony, which lasted four hours, Ivo Renk said the port had been sold.",
    "In the film “Harbour Lights” Mara Voss plays a mayor who says the port is doomed.",
    "In the book “The Long Harbour”, published in 2019, Ivo Renk says the port was sold twice.",
    "Ivo Renk said at a rally that the port would close.",
    "Mara Voss said at a news conference that the fund had run dry.",
    "Ivo Renk said at the hearing’s end that he would appeal.",
    "Ivo Renk said at a hearing aid factory that 40 jobs would go.",
    "Ivo Renk said before the hearing that he would resign.",
    "Mara Voss said after the hearing that she would appeal.",
    "Ivo Renk told the court that he had never met Mara Voss.",
    "Mara Voss told the committee chairman that the port was unsafe.",
    "Ivo Renk told a panel of experts that the bridge was safe.",
    "Ivo Renk told the audience that the port would stay open.",
    "Ivo Renk told reporters after the committee meeting that he would resign.",
    "Ivo Renk, who told the committee in May that he would resign, said on Monday he would stay.",
    "“The port will close,” Ivo Renk said, before he tweeted a photo of the bridge.",
    "Mara Voss, who tweeted a photo of the bridge, said it was unsafe.",
    "“We tweeted the photos,” Mara Voss said.",
    "The bridge will reopen in May, officials said. The mayor said in March that 40 jobs would go.",
    "Ivo Renk told reporters that the port would close. “It is over,” he said.",
    "Ivo Renk wrote that the letter was a forgery.",
    "Ivo Renk said the committee had found no evidence of fraud.",
    "The select committee said in its report that 40 ships had been diverted.",
    "Ivo Renk said the hearing had been a farce.",
    "Mara Voss said in the hearing room that she was tired.",
    "Ivo Renk testified that he had never seen the letter.",
    "Ivo Renk said in a letter of support for the mayor that the port must stay open.",
]


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words", "via"), _RECORDS)
def test_a_record_the_frame_names_is_the_channel(
    claims_of: Any, text: str, words: str, via: str
) -> None:
    doc, claims = claims_of(None)(text + "\n")
    found = [c for c in claims if words in said(doc, c)]
    assert len(found) == 1, [(c.source_name, said(doc, c)) for c in claims]
    assert checked_via(doc, found[0]) == via


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", _UNTOUCHED)
def test_no_record_outside_the_frame(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text + "\n")
    assert [c.via for c in claims] == [None] * len(claims)


@pytest.mark.issue(15)
def test_a_record_holds_for_its_own_frame_only(claims_of: Any) -> None:
    """The record is not carried to the speaker's later words, as an outlet spoken to
    is: they may come from elsewhere."""
    doc, claims = claims_of(None)(
        "Ivo Renk told the select committee that the port was unsafe. Renk said the bridge "
        "would open in May.\n"
    )
    later = [c for c in claims if "bridge would open" in said(doc, c)]
    assert [c.via for c in later] == [None]
    first = [c for c in claims if "port was unsafe" in said(doc, c)]
    assert [checked_via(doc, c) for c in first] == ["select committee"]
