"""Imagined words, reported promises, a journalist's paper and an interview's show (issue 15,
branch 15br, claims v102).

Independent readers of claims v99 (seeds 1064-1066) found words that a speaker imagines
another could or might say ("He could say look, ...", "X could put himself in that
tradition and say “...”") shown asserted, a reported promise ("X had promised Y was
paying for it") shown as a fact, and a journalist's report with the paper named in
brackets after the name ("the journalist X (“Paper”) reported ...") or the words of the
guest of an interview the page introduced ("<Host> of <Show> speaks with <Guest>, ...:")
with no via.
Invented sentences of each construction, and what must stay as it was.
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
    ("text", "words"),
    [
        ("The mayor could say the bridge is safe, Renk said, but he has not.\n", "bridge is safe"),
        (
            "Renk said the mayor might say: “It is not only my duty to build the bridge, it is "
            "my pleasure.”\n",
            "my duty",
        ),
        (
            "Renk told reporters the council could put itself in that tradition and say “We "
            "are the party of order. It is our duty to protect the port.” It has not said "
            "that.\n",
            "our duty to protect",
        ),
        (
            "Ivo Renk said: “He could say look, every mayor before him built a bridge. He "
            "doesn't say that.”\n",
            "every mayor before him",
        ),
    ],
)
def test_words_someone_could_or_might_say_are_hypothetical(claims_of, text, words) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, words).modality == "conditional"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mayor Ivo Renk had promised that Vellornia was paying for the bridge.\n", "Vellornia"),
        ("Ivo Renk promised voters in March that if the vote passed, taxes would fall.\n", "fall"),
    ],
)
def test_a_reported_promise_is_no_assertion_of_its_content(claims_of, text, words) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, words).modality == "conditional"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ivo Renk promised voters in March that taxes would fall.\n", "taxes would fall"),
        ("Mara Voss promised that Vellornia will work harder to open its ports.\n", "harder"),
        ("The mayor vowed that the port is going to reopen in May.\n", "reopen"),
    ],
)
def test_a_promise_that_says_its_own_future_has_no_condition(claims_of, text, words) -> None:
    # a reader of claims v111 (seed 1087): "promised that X will ..." shown conditional with
    # no condition; the "will" already says it is to come
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, words).modality == "asserted"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        (
            "In 2015, the journalist Ivo Renk (“Harbor Post”) reported the council was planning "
            "to close the port.\n",
            "close the port",
            ("Ivo Renk", "Harbor Post"),
        ),
        (
            "Correspondent Mara Voss (Vellorn Daily) wrote that the mayor had resigned.\n",
            "mayor had resigned",
            ("Mara Voss", "Vellorn Daily"),
        ),
        (
            "Ivo Renk of Harbor Watch speaks with fisheries expert Mara Voss, who foresees a "
            "hard winter:\n\nMara Voss, a trader, says the port will close. Voss explains, "
            "“The nets are empty.”\n",
            "The nets are empty",
            ("Voss", "Harbor Watch"),
        ),
        (
            "Mara Voss of the Vellorn Hour interviewed Ivo Renk about the port. Renk said the "
            "port would close.\n",
            "port would close",
            ("Renk", "Vellorn Hour"),
        ),
        (
            "“The mayor is so far right on ports,” writes Mara Voss at The Harbor, “he makes "
            "Renk look moderate.”\n",
            "far right on ports",
            ("Mara Voss", "The Harbor"),
        ),
        (
            "“The mayor is so far right on ports,” writes Mara Voss at The Vellorn Review, “he "
            "makes Renk look moderate.”\n",
            "far right on ports",
            ("Mara Voss", "The Vellorn Review"),
        ),
    ],
)
def test_a_journalists_paper_in_brackets_is_the_via(claims_of, text, words, want) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    c = _by(doc, claims, words)
    assert (c.source_name, _via(doc, c)) == want


#: sentences the three rules could touch but must not change (their modality, via)
_UNCHANGED = [
    ("A spokesman would only say that talks were continuing, officials said.\n", "talks were"),
    ("Renk said: “Nobody could say that we did not warn them. The port is closing.”\n", "warn"),
    ("Renk said: “Nobody could say that we did not warn them. The port is closing.”\n", "closing"),
    ("“I would say the harbour is really necessary,” Renk said.\n", "harbour"),
    ("You could say the port is dying, Renk said.\n", "port is dying"),
    ("Officials said the mayor may say more on Friday.\n", "more on Friday"),
    ("“Some might say we are crazy, but we will win,” Renk said.\n", "we will win"),
    ("The mayor said the bridge could cost $40 million, and that work might start.\n", "cost"),
    ("Critics say the plan could raise taxes by 4 percent.\n", "raise taxes"),
    ("According to the report, the council could save $2 million a year.\n", "save"),
    ("“We will reopen the port in May,” Ivo Renk promised.\n", "reopen the port"),
    ("As promised, the council published the report on Monday, Renk said.\n", "published"),
    ("Renk said the mayor had kept his promise to reopen the port.\n", "kept his promise"),
    ("Representative Ivo Renk (R-VL), a chief voice in the House, said the deal was flawed.\n",
     "deal was flawed"),
    ("Ivo Renk (“Harbor Post”) said the port would close.\n", "port would close"),
    ("Boxer Ivo Renk (“The Hammer”) said he would fight again in June.\n", "fight again"),
    ("Ivo Renk of the Harbor Authority spoke with Mayor Mara Voss on Monday. Voss said the port "
     "would close in May.\n", "port would close"),
    ("Officials of Vellorn met with Ivo Renk in May. Renk said the talks had failed.\n", "talks"),
    ("“The port is dying,” said Mara Voss at The Harbor, a bar in Dunmere.\n", "port is dying"),
    # people of a body told the words are listeners, no channel, nor carried to later words
    ("At a Paris gathering, Ivo Renk told members of the Harvan League, HL, that the council "
     "should fall. “The council will not last the year,” Renk said.\n", "should fall"),
    ("At a Paris gathering, Ivo Renk told members of the Harvan League, HL, that the council "
     "should fall. “The council will not last the year,” Renk said.\n", "last the year"),
    ("Ivo Renk told staff of the Harvan Post that the paper would close.\n", "paper would close"),
    ("The journalist Ivo Renk (Vellornia) reported the council was broke.\n", "council was broke"),
    ("Mara Voss of Vellorn Radio interviewed Ivo Renk last week. In March, Renk said at a rally "
     "that taxes would fall.\n", "taxes would fall"),
    ("Ivo Renk of the Vellorn League talked with Mara Voss in an interview room. Voss said the "
     "port would close.\n", "port would close"),
    ("The mayor promised voters a new bridge in 2019 and delivered it in 2021.\n", "delivered it"),
    ("Ivo Renk of Harbor Watch speaks with fisheries expert Mara Voss, who foresees a hard "
     "winter:\n\nIvo Renk, the mayor, said the port would stay open.\n", "stay open"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words"), _UNCHANGED)
def test_plain_news_prose_keeps_its_modality_and_via(claims_of, text, words) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    found = [c for c in claims if words in said(doc, c)]
    assert found, [said(doc, c) for c in claims]
    for c in found:
        assert c.modality == "asserted"
        assert c.via is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("“I don’t think anybody would deny that we’re in a new cold war,” Ivo Renk said.\n",
         "positive"),
        ("“No one would deny that the port is in trouble,” Ivo Renk said.\n", "positive"),
        ("Ivo Renk said he did not think anyone could seriously dispute that the bridge was "
         "unsafe.\n", "positive"),
        # a refusal, a plain negated belief and a denial that happened stay negative
        ("“I don’t think anybody would deny him a fair trial,” Ivo Renk said.\n", "negative"),
        ("“I don’t think the council will deny the permit,” Ivo Renk said.\n", "negative"),
        ("“I don’t think he has very good advisers,” Ivo Renk said.\n", "negative"),
        ("“Nobody could say that we did not warn them,” Ivo Renk said.\n", "negative"),
    ],
)  # fmt: skip
def test_nobody_would_deny_asserts_what_nobody_would_deny(claims_of, text, want) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert len(claims) == 1, [said(doc, c) for c in claims]
    assert claims[0].polarity == want


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "want"),
    [
        ("The bank could keep its rate unchanged. But we doubt it will choose this route.\n",
         "we doubt", "negative"),
        ("Ivo Renk said he doubted the port would reopen in May.\n", "reopen", "negative"),
        ("“I doubt that the bridge is safe,” Ivo Renk said.\n", "bridge is safe", "negative"),
        ("Ivo Renk said he doubted whether the council would ever pay.\n", "ever pay", "negative"),
        # the doubt undone, a doubt of a thing and the noun stay as they were
        ("“I don’t doubt that the bridge is safe,” Ivo Renk said.\n", "bridge is safe",
         "positive"),
        ("“Nobody doubts that the port is in trouble,” Ivo Renk said.\n", "in trouble",
         "positive"),
        ("There is no doubt that the port will close, Ivo Renk said.\n", "port will close",
         "positive"),
        ("Ivo Renk said the doubts about the bridge were unfounded.\n", "unfounded", "positive"),
        ("Doubts remain over the bridge, Ivo Renk said.\n", "Doubts remain", "positive"),
        ("Ivo Renk, who doubted the plan, said the port would close.\n", "port would close",
         "positive"),
    ],
)  # fmt: skip
def test_a_doubted_clause_is_negative(claims_of, text, words, want) -> None:
    doc, claims = claims_of("Tomas Vell")(text)
    assert _by(doc, claims, words).polarity == want
