"""The review of claims v97 (round 2's vias and spans): seven rules reached past their
construction.  Each counter-example (invented) comes out as before the rule, and the
rule's own case still works."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import said

pytestmark = pytest.mark.issue(15)


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


def _words(analyze: Any, text: str) -> list[str]:
    doc, claims = analyze(text)
    return [said(doc, c) for c in claims]


def _vias(analyze: Any, text: str) -> dict[str, str | None]:
    doc, claims = analyze(text)
    return {c.source_name: c.via for c in claims}


@pytest.mark.parametrize(
    "text,want",
    [
        # a parenthesis after "that" is the words' own qualifier, not the source's gloss
        ("Lena Voss said that (apart from Vellorn), all ports on the coast are open again.",
         "(apart from Vellorn), all ports on the coast are open again"),
        ("Lena Voss said that (as of Monday), 40 people had died in the floods.",
         "(as of Monday), 40 people had died in the floods"),
        # "then let us through" is the reported words' verb, no appeal of the writer
        ("Lena Voss said the officers checked her papers at the border, then let us through"
         " after an hour.",
         "the officers checked her papers at the border, then let us through after an hour"),
        # a "not only" whose other half follows its comma is whole
        ("“Not only has the port closed, the ferries have stopped and the shops are empty…”"
         " Lena Voss told the Harvan Post.",
         "Not only has the port closed, the ferries have stopped and the shops are empty…"),
        # the rules' own cases
        ("According to a study by the Harvan Institute (http://bit.ly/abc), women earn less"
         " than men in the port.", "women earn less than men in the port"),
        ("Ivo Renk said the vote was rigged, so let's assume the council knew all along.",
         "the vote was rigged"),
    ],
)  # fmt: skip
def test_the_words_are_whole(analyze: Any, text: str, want: str) -> None:
    assert want in _words(analyze, text)


def test_a_quoted_aside_between_dashes_is_not_the_words(analyze: Any) -> None:
    words = _words(analyze, "Lena Voss said — “to be perfectly frank” — that the plan had failed.")
    assert "to be perfectly frank" not in words
    assert "I am leaving the council because it has failed." in _words(
        analyze, "Ivo Renk stated—“I am leaving the council because it has failed.”"
    )


def test_a_title_named_by_its_noun_is_no_heading(analyze: Any) -> None:
    text = "Our weekly column There is no planet B may return in the spring."
    assert not any(w.startswith("There is no planet B") for w in _words(analyze, text))


@pytest.mark.parametrize(
    "text,who,via",
    [
        # an opening channel is its first speaker's only
        ("In a Tarnbook post, Ivo Renk said the port would reopen soon, but Lena Voss told"
         " reporters it would stay closed.", "Lena Voss", None),
        ("In the interview released by VNN on Wednesday, Ivo Renk said the port would reopen,"
         " and Lena Voss said it would not.", "Lena Voss", None),
        ("In a Tarnbook post, Mayor Ivo Renk said the bridge would reopen in May.",
         "Ivo Renk", "Tarnbook"),
        ("In an interview with the Harvan Post on Monday, the mayor, Ivo Renk, said the port"
         " would reopen in May.", "Ivo Renk", "the Harvan Post"),
        # a place makes no press release; a body the tagger takes for one does
        ("The mayor said in a New York press release that the tunnel would close for a year.",
         "The mayor", None),
        ("Lena Voss explained in a Vellorn Observatory press release that the comet would pass"
         " in June.", "Lena Voss", "Vellorn Observatory"),
    ],
)  # fmt: skip
def test_the_channel(analyze: Any, text: str, who: str, via: str | None) -> None:
    assert _vias(analyze, text)[who] == via


@pytest.mark.parametrize(
    "text,status",
    [
        # a value under a missing evidence is no positive fact (a reader of claims v98)
        ("The Vellorn Ledger said there is no evidence the Renks were paid by Tarnians to"
         " push through the port deal.", "negated"),
        ("The Vellorn Ledger said the Renks were paid by Tarnians to push through the port"
         " deal.", "asserted"),
        ("There was no sign of the ship, but the Renks were paid by Tarnians, the Vellorn"
         " Ledger said.", "asserted"),
    ],
)  # fmt: skip
def test_a_value_under_no_evidence_is_negated(analyze: Any, text: str, status: str) -> None:
    doc, claims = analyze(text)
    found = [c for c in claims if c.attribute == "funding_source"]
    assert [c.status for c in found] == [status]
