"""Whose words, round 2 (issue 15, branch 15bm, claims v94).

Independent readers of claims v92/v93 (seeds 1052-1058) found a page whose author field
holds a form's placeholder or no name ("-") shown as the speaker "-", and a blog's name
in the author field of a page written as "I" shown as "-" too.  Invented sentences of
each construction, and what must stay as it was.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.byline import is_blog_name, is_placeholder
from tests.analyze.claims.reading import said


def _saying(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in said(doc, c)]
    assert found, [(c.source_name, said(doc, c)) for c in claims]
    return found[0]


_PAGE = "Vellornia's harbour tolls rose 12 percent last year to $40 million.\n"


@pytest.mark.issue(15)
@pytest.mark.parametrize("author", ["-", "Please Enter Your Name Here", " -- "])
def test_a_placeholder_author_field_leaves_the_page_to_its_outlet(
    claims_of: Any, author: str
) -> None:
    doc, claims = claims_of(author)(_PAGE)
    c = _saying(doc, claims, "tolls rose")
    assert (c.source_name, c.source_kind, c.resolved) == ("Test Wire", "outlet", "metadata")


@pytest.mark.issue(15)
@pytest.mark.parametrize("author", ["Ivo Renk", "Mara Voss-Tiel", "I. Renk"])
def test_a_person_in_the_author_field_keeps_the_page(claims_of: Any, author: str) -> None:
    doc, claims = claims_of(author)(_PAGE)
    c = _saying(doc, claims, "tolls rose")
    assert (c.source_name, c.source_kind, c.resolved) == (author, "author", "metadata")


@pytest.mark.issue(15)
def test_a_blog_name_on_a_first_person_page_is_named_from_the_metadata(claims_of: Any) -> None:
    text = (
        "I went down to the harbour on Sunday with my brother. I asked my neighbour, "
        "and she told me the same.\n\nI think the tolls rose 12 percent last year.\n"
    )
    doc, claims = claims_of("The Harvan Notes")(text)
    c = _saying(doc, claims, "tolls rose")
    assert (c.source_name, c.source_kind, c.resolved) == ("The Harvan Notes", "author", "metadata")
    # a staff account under an article stays unnamed
    doc, claims = claims_of("The Staff")(text)
    assert _saying(doc, claims, "tolls rose").source_name is None


def test_placeholders_and_blog_names() -> None:
    assert is_placeholder("-") and is_placeholder("Enter your name") and is_placeholder("")
    assert not is_placeholder("Ivo Renk") and not is_placeholder("Yourcenar Renk")
    assert is_blog_name("The Harvan Notes") and is_blog_name("A Vellorn Diary")
    assert not is_blog_name("Ivo Renk") and not is_blog_name("The Editors")
    assert not is_blog_name("The Staff") and not is_blog_name("The")
    assert not is_blog_name("The Daily Staff") and not is_blog_name("The Guest Editor")


_BLOCK = (
    "The harbour company has long traded on its own account. Mara Voss reports:\n\n"
    "“Like a bookmaker that bets on its own races, the company trades for its own profit. "
    "‘We’re like a broker and a gambler at the same time,’ {verb} Ivo Renk, head of its "
    "trading desk in 2004. The company’s profits rose 40 percent.”\n"
)


@pytest.mark.issue(15)
@pytest.mark.parametrize("verb", ["bragged", "said"])
def test_a_frame_inside_a_quoted_passage_is_the_inner_speaker_via_the_quoter(
    claims_of: Any, verb: str
) -> None:
    doc, claims = claims_of(None)(_BLOCK.format(verb=verb))
    c = _saying(doc, claims, "a broker and a gambler")
    assert (c.source_name, c.via) == ("Ivo Renk", "Mara Voss")
    assert verb not in said(doc, c)
    # the passage's other sentences stay the quoter's
    assert _saying(doc, claims, "profits rose").source_name == "Mara Voss"
    assert _saying(doc, claims, "bets on its own races").source_name == "Mara Voss"


_UNCLOSED = (
    "As the Harvan Ledger reports,\n\n"
    "Harbour leaders have raised the alarm. Earlier this week, Mara Voss said that she fears "
    "for the union. “I am not optimistic about that, because I’m just not. Tarn's minister "
    "spoke in an interview about identical words. Council President Ivo Renk said that the "
    "port is engaged in “a race against the clock.”\n"
)


@pytest.mark.issue(15)
def test_a_named_subjects_frame_past_a_quote_that_never_closed_is_the_writers(
    claims_of: Any,
) -> None:
    doc, claims = claims_of(None)(_UNCLOSED)
    c = _saying(doc, claims, "race against the clock")
    assert (c.source_name, c.via) == ("Ivo Renk", "Harvan Ledger")
    assert not said(doc, c).startswith("Council")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # the quote has a speaker: the frame inside it is relayed by them, as before
        "Mara Voss said: “I am not optimistic. Council President Ivo Renk said that the port "
        "is lost. We will see.\n",
        "Mara Voss wrote: “I am not optimistic. President Ivo Renk said that the port is lost.\n",
    ],
)
def test_a_frame_inside_a_quote_with_a_speaker_is_relayed_by_them(
    claims_of: Any, text: str
) -> None:
    doc, claims = claims_of(None)(text)
    c = _saying(doc, claims, "the port is lost")
    assert (c.source_name, c.via) == ("Ivo Renk", "Mara Voss")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "nobody"),
    [
        # the inner frame's words run past the single quote: not the inner speaker's
        (
            "Officials said:\n\n“We are reviewing the contract. ‘It is legal,’ Renk told us, "
            "but we have doubts.”\n",
            "Renk",
        ),
        (
            "Ivo Renk wrote to staff:\n\n“We will close the plant. ‘This hurts,’ my deputy "
            "Mara Voss told me. Jobs will go.”\n",
            "Mara Voss",
        ),
        # a colon opens the unclosed quote: it has a speaker, whom "He" cannot name
        (
            "He added: “The port is lost. Mara Voss said that it was safe, but she was wrong.\n",
            "Mara Voss",
        ),  # fmt: skip
    ],
)
def test_frames_in_quotes_that_stay_as_they_were(claims_of: Any, text: str, nobody: str) -> None:
    doc, claims = claims_of(None)(text)
    assert all(c.source_name != nobody for c in claims), [
        (c.source_name, said(doc, c)) for c in claims
    ]


_GUEST = (
    "LIFE ON THE SHORE\n\n"
    "Tomas reports on a village\n\n"
    "where the harbour never closed.\n\n"
    "by Tomas\n\n"
    "I have lived in Tarn for ten years. I think the tolls rose 12 percent last year.\n"
)


@pytest.mark.issue(15)
def test_a_guest_writers_one_name_byline_the_site_introduces_is_the_pages_voice(
    claims_of: Any,
) -> None:
    doc, claims = claims_of("Ivo Renk")(_GUEST)
    c = _saying(doc, claims, "tolls rose")
    assert (c.source_name, c.source_kind) == ("Tomas", "author")
    assert doc.text[c.source_start : c.source_end] == "Tomas"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # a one-name byline the site does not introduce: no byline
        _GUEST.replace("Tomas reports on", "A report on"),
        # "By Tuesday" is a time
        "Tuesday reports on the harbour are due.\n\nBy Tuesday\n\n"
        "I think the tolls rose 12 percent last year.\n",
        # the introducing line names another
        _GUEST.replace("Tomas reports on", "Mara reports on"),
    ],
)
def test_a_one_name_byline_without_its_introduction_changes_nothing(
    claims_of: Any, text: str
) -> None:
    doc, claims = claims_of("Ivo Renk")(text)
    c = _saying(doc, claims, "tolls rose")
    assert c.source_name == "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Mara Voss: What does the book say about facts?\n\nIvo Renk: Fascism says, disregard "
        "the evidence of your senses, and have faith in leaders. That is the first lesson of "
        "the 20th century.\n\nMara Voss: And the port?\n\nIvo Renk: The port lost 40 jobs.\n",
        "Tourism says a lot about the port: visits rose 12 percent.\n",
    ],
)
def test_a_doctrine_is_no_speaker(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert all(c.source_name not in ("Fascism", "Tourism") for c in claims)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Communism teaches that the state will wither away, the professor said.\n",
         "the professor"),
        ("Capitalism says profit is king, Ivo Renk argued in 2019.\n", "Ivo Renk"),
        ("Ivo Renk said fascism is rising in 40 countries.\n", "Ivo Renk"),
        ("Ivo Renk said Communism had failed in 40 countries.\n", "Ivo Renk"),
    ],
)  # fmt: skip
def test_a_doctrine_in_a_frame_changes_nothing(claims_of: Any, text: str, speaker: str) -> None:
    doc, claims = claims_of(None)(text)
    assert [c.source_name for c in claims] == [speaker]


@pytest.mark.issue(15)
def test_a_policy_past_an_unclosed_quote_is_no_speaker(claims_of: Any) -> None:
    text = (
        "“In January the council reinstated the Tarn Policy, and Mara Voss launched a fund. "
        "The Tarn Policy automatically denies funding for groups which promote gambling.\n"
    )
    doc, claims = claims_of(None)(text)
    assert all("Policy" not in (c.source_name or "") for c in claims)
