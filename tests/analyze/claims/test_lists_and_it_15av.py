"""A name value that is one item of a list, and an "it" that points nowhere (issue 15,
branch 15av), from the independent readers' wrong rows of seeds 1016 and 1021: "X appears
to be aligned with A, B, and C" kept A alone as the ally; "it was clear by the end of the
meeting that ..." was marked as pointing back; "It might be of interest to readers ..."
was not.  Invented sentences of each construction, and the neighbours that must stay.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.anaphora import points_back
from newsdossier.analyze.claims.values import in_name_list

from .reading import refers


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


def _item(text: str, name: str) -> bool:
    a = text.index(name)
    return in_name_list(text, a, a + len(name))


# --- a list of names: no one item as the value -------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vellornia appears to be aligned with Ostmark, Harva, and the Lund League.", "Ostmark"),
        ("Vellornia allies Ostmark, the Harvan League and the Lund Union.", "Ostmark"),
        ("Vellornia is allied with Ostmark and the Lund Union.", "Ostmark"),
        ("Vellornia is allied with Ostmark, Harva and Lund.", "Lund"),
    ],
)
def test_a_name_in_a_list_is_one_item(text: str, name: str) -> None:
    assert _item(text, name)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Vellornia is allied with Ostmark.",
        "Vellornia is allied with Ostmark, Ivo Renk said.",
        "Vellornia is allied with Ostmark, which sent ships.",
        "The Harvan Council, allied with Ostmark, voted.",
        "The Harvan Council is based in Ostmark and Vellornia has refused to hand it over.",
        "Groups hostile to Harva, the Ostmark League and others.",
    ],
)
def test_a_name_alone_is_no_list(text: str) -> None:
    assert not _item(text, "Ostmark League" if "League" in text else "Ostmark")


@pytest.mark.issue(15)
def test_a_list_of_allies_keeps_no_single_ally(analyze) -> None:
    _, claims = analyze("Vellornia appears to be aligned with Ostmark, Harva, and the Lund League.")
    assert not [c for c in claims if c.attribute == "ally_of" and c.value is not None]


@pytest.mark.issue(15)
def test_a_single_ally_is_still_the_value(analyze) -> None:
    _, claims = analyze("Vellornia is allied with Ostmark.")
    assert [c.value for c in claims if c.attribute == "ally_of"] == ["Ostmark"]


# --- an expletive "it" and a referring one -----------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "it was clear by the end of the Harvan Council meeting that no ships would sail.",
        "It was certain by then that the pier would close.",
        "It is important to the council that the pier stays.",
        "It might be of interest to discuss the toll.",
        "It rained all night over the Vellorn harbour.",
        "It was snowing when the ferry left.",
        "It was 3 a.m. and the pier was dark.",
    ],
)
def test_an_expletive_it_points_nowhere(text: str) -> None:
    assert not points_back(text)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "It might be of interest to readers with small savings, who do not mind waiting.",
        "It is true to its roots.",
        "It was clear.",
        "It rarely works for small boats.",
    ],
)
def test_a_referring_it_points_back(text: str) -> None:
    assert points_back(text)


@pytest.mark.issue(15)
def test_a_report_with_an_expletive_it_is_not_marked(analyze) -> None:
    doc, claims = analyze(
        "The harbour board met on Monday. The report said it was clear by the end of the "
        "board meeting that no ships would sail to Vellorn."
    )
    said = [c for c in claims if "no ships" in c.text]
    assert said and all(refers(doc, c) != "it" for c in said)
