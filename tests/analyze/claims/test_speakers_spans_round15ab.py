"""Whose words, which words, which polarity (issue 15, branch 15ab): invented examples of
the constructions independent readers found misread on FakeNewsCorpus builds (seeds
472-474):

- a negation inside a gerund object ("accused the agency ... for not investigating") made
  the accusation negative;
- "told the committee he did not ...": the listener kept in front of a clause with no
  "that";
- "X is so, the official stated, despite the fact that ...": the writer's concession after
  a medial frame taken for the words;
- "The newspaper, <Name>, ..., noting ...": the descriptor filed as the speaker instead of
  the name in apposition;
- "X could go on television and say “...”": imagined speech filed as X's own words.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.modality import polarity_of
from tests.analyze.claims.reading import by_speaker as _by
from tests.analyze.claims.reading import said as _words


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("accused the agency of negligence for not investigating the fire", "positive"),
        ("accused the agency of not investigating the fire", "positive"),
        ("the council was praised for never giving up", "positive"),
        # the main predicate's own negation still counts
        ("the agency did not investigate the fire", "negative"),
        ("the agency is not responsible for investigating the fire", "negative"),
        ("nobody blamed the agency for not investigating the fire", "negative"),
    ],
)
def test_a_negated_gerund_object_leaves_the_main_predicate_positive(words, polarity) -> None:
    assert polarity_of(words) == polarity


@pytest.mark.issue(15)
def test_an_accusation_for_not_acting_is_positive(analyze) -> None:
    doc, claims = analyze(
        "Orlan Bext accused the harbour agency of negligence for not investigating the fire."
    )
    (c,) = _by(claims, "Orlan Bext")
    assert c.polarity == "positive"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Gen. Tam Kessick, the commander of the fleet, told the committee he did not learn of "
        "the changes until after the fact.",
        "Tam Kessick told reporters he did not learn of the changes until after the fact.",
    ],
)
def test_a_listener_before_a_bare_clause_is_not_the_words(analyze, text) -> None:
    doc, claims = analyze(text)
    (c,) = _by(claims, "Tam Kessick")
    assert _words(doc, c) == "he did not learn of the changes until after the fact"


@pytest.mark.issue(15)
def test_what_is_told_is_no_listener(analyze) -> None:
    # "the story" is what was told, not who: the words are not cut after it
    doc, claims = analyze("Tam Kessick told the story he had heard from his father.")
    for c in _by(claims, "Tam Kessick"):
        assert _words(doc, c) != "he had heard from his father"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The fund is almost empty, the official stated, despite the fact that the council "
        "voted to keep it open.",
        "The fund is almost empty, Orlan Bext said, although nobody knows how much was spent.",
        "The fund is almost empty, Orlan Bext said, but the council disagreed.",
    ],
)
def test_a_concession_after_a_medial_frame_is_the_writers(analyze, text) -> None:
    doc, claims = analyze(text)
    (c,) = [c for c in claims if c.source_kind in ("named", "anonymous")]
    assert _words(doc, c) == "The fund is almost empty"


@pytest.mark.issue(15)
def test_a_concession_inside_the_words_stays(analyze) -> None:
    doc, claims = analyze("Orlan Bext said, despite the protests, that the fund is almost empty.")
    (c,) = _by(claims, "Orlan Bext")
    assert _words(doc, c) == "the fund is almost empty"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The newspaper, Harbour Gazette, gave the comments front page attention, noting the "
        "comments had sparked controversy.",
        "The newspaper, Harbour Gazette—the port's oldest daily—gave the comments front page "
        "attention, noting the comments had sparked controversy.",
    ],
)
def test_the_name_in_apposition_to_a_descriptor_is_the_speaker(analyze, text) -> None:
    doc, claims = analyze(text)
    said = [c for c in claims if "controversy" in _words(doc, c)]
    assert [c.source_name for c in said] == ["Harbour Gazette"], [c.source_name for c in said]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        'Orlan Bext could easily go on television and say "the fund is empty."',
        "Orlan Bext could go on television and say: “The harbour is lost. The dangers are grave.”",
    ],
)
def test_imagined_speech_is_not_the_persons_words(analyze, text) -> None:
    _, claims = analyze(text)
    assert not _by(claims, "Orlan Bext")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Orlan Bext went on television and said the fund is empty.",
        "Orlan Bext will stay in office and said the fund is empty.",
    ],
)
def test_reported_speech_after_and_stays(analyze, text) -> None:
    doc, claims = analyze(text)
    said = [c for c in claims if _words(doc, c) == "the fund is empty"]
    assert said, [(c.source_name, _words(doc, c)) for c in claims]
