"""Neighbours the review of claims v60-v62 found broken (issue 15): each rule of those
versions keyed on a construction too loosely, and a plain sentence next to it lost its
speaker, got a made-up channel or lost its hedge.  Invented sentences; each assertion
names what a user would otherwise have been shown."""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import only_claim as _only


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("VAMD said on Monday that its new chips would ship in May.", "VAMD"),
        ("VERN said the collider would restart in the spring.", "VERN"),
        ("The NRN said the ruling was right.", "NRN"),
    ],
)
def test_a_name_ending_in_a_degree_s_letters_keeps_them(analyze, text, speaker) -> None:
    c = _only(analyze, text)
    assert c.source_name == speaker


@pytest.mark.issue(15)
def test_degrees_after_a_person_are_still_no_speaker(analyze) -> None:
    c = _only(analyze, "Dr. Ivo Renk, MD, PhD, said that the fever had spread to Kessa.")
    assert c.source_name == "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The minister said on TV that the port would reopen on Friday.",
        "The senator said on KVB raids that the agency had gone too far.",
    ],
)
def test_a_medium_or_a_topic_after_said_on_is_no_channel(analyze, text) -> None:
    assert _only(analyze, text).via is None


@pytest.mark.issue(15)
def test_a_broadcaster_after_said_on_is_still_the_channel(analyze) -> None:
    c = _only(analyze, "Ivo Renk said on VNN Friday that the port would reopen.")
    assert c.source_name == "Ivo Renk" and c.via == "VNN"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The gunman, who had previously served time for robbery, was believed to be armed, "
        "police said.",
        "Police said the man supposedly stole two boats from the Ostrel harbour.",
        "Renk said the port would more likely be closed in May.",
        "A video posted on Monday purported to show Vellorn soldiers shelling the village of "
        "Ostrel.",
    ],
)
def test_hedges_a_rule_of_v62_must_not_drop(analyze, text) -> None:
    assert _only(analyze, text).hedge is not None


@pytest.mark.issue(15)
def test_a_comma_inside_a_number_does_not_cut_the_speaker(analyze) -> None:
    c = _only(
        analyze, "A survey of 3,000 farmers found that the drought has cut harvests by a third."
    )
    assert c.source_name == "A survey of 3,000 farmers"
