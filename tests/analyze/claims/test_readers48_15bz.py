"""Leads of the independent readers of claims v111 (seeds 1086-1088; issue 15, claims
v114): the writer's own "I said" repeating his words, with the neighbours that must stay as
they were.  Invented sentences only.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import claims_of_text as _claims


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


def _said(text: str, c) -> str:
    return text[c.statement_start : c.statement_end]


@pytest.mark.issue(15)
def test_the_writers_i_said_repeating_his_words_keeps_the_sentence_whole(analyze) -> None:
    text = "You need a good wife with a strong faith, yes that’s right I said faith."
    (c,) = _claims(analyze, text)
    assert _said(text, c) == text[:-1]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The port will close, I said on Monday.", "The port will close"),
        ("The port will close, I said.", "The port will close"),
        ("The port will close I said to him.", "The port will close"),
        ("I said the port will close.", "the port will close"),
        ("The council will cut taxes, Ivo Renk said.", "The council will cut taxes"),
    ],
)
def test_a_trailing_frame_keeps_its_words(analyze, text: str, words: str) -> None:
    (c,) = _claims(analyze, text)
    assert _said(text, c) == words


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "What would happen to the lake if the dam failed?\n\nThis video from Vellorn Science "
        "explains what it would take to drain the lake, and how life would change.",
        "This video explains why the port closed.",
    ],
)
def test_a_blurb_of_embedded_media_is_no_claim(analyze, text: str) -> None:
    # a reader of claims v111 (seed 1086): the page's furniture, a topic, no statement
    assert not _claims(analyze, text)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (
            "In this episode, the hosts look at how ports are run. The port of Vellorn closed "
            "last year after the council cut its funding, Renk said.",
            "The port of Vellorn closed last year after the council cut its funding",
        ),
        (
            "This video, obtained by the Harvan Post, shows how officers beat a man outside "
            "the station, witnesses said.",
            "This video, obtained by the Harvan Post, shows how officers beat a man outside "
            "the station",
        ),
        ("The video explains how the money was spent, Ivo Renk said.", "how the money was spent"),
        ("Ivo Renk explains what it would take to reopen the port.", "what it would take"),
        ("In the video, Mara Voss explains why she left the council.", "why she left"),
        ("In this film, Ivo Renk explains why he left.", "why he left"),
        ("In this episode, Mara Voss explains how ports are run.", "how ports are run"),
        (
            "The report explains why the port closed: the council cut its funding.",
            "why the port closed",
        ),
    ],
)
def test_media_named_in_news_keeps_its_claims(analyze, text: str, words: str) -> None:
    cs = _claims(analyze, text)
    assert any(_said(text, c).startswith(words) for c in cs), [_said(text, c) for c in cs]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("The minister promised that the water was safe to drink.", "the water", "asserted"),
        (
            "Renk promised the port would reopen unless the strike went on.",
            "the port",
            "conditional",
        ),
        ("“We will reopen the port in May,” Ivo Renk promised.", "We will", "asserted"),
    ],
)
def test_a_promises_modality_follows_its_words(
    analyze, text: str, words: str, modality: str
) -> None:
    cs = [c for c in _claims(analyze, text) if _said(text, c).startswith(words)]
    assert cs and cs[0].modality == modality, [(_said(text, c), c.modality) for c in cs]
