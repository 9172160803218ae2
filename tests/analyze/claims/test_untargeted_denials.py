"""Denials of a proposition, "X denied that P" (issue 15, branch 15s): precision first.

A denial that names no source ("the Front denied that it had killed any soldiers") is
paired with another speaker's report or claim of the same thing in the article (sharing
content words with P), never with a statement merely "said" (on Tehran Times pages those
were the denier's own side's), nor with one that itself talks of accusations ("is a
baseless accusation") or rejects them ("rejecting claims that ...").  "X rejected claims by
Y that P" names Y, whose claims are the denied ones.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.resolve.contradictions import denials_in


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


def _rows(doc: Any, claims: list[Any]) -> list[dict[str, Any]]:
    return [
        {
            "id": c.id, "document_id": c.doc_id, "doc": c.doc_id, "start": c.start, "end": c.end,
            "text": c.text, "statement": doc.text[c.statement_start : c.statement_end],
            "statement_start": c.statement_start, "source_name": c.source_name,
            "source_start": c.source_start, "source_kind": c.source_kind, "via": c.via,
            "denies": c.denies, "status": c.status, "polarity": c.polarity,
            "modality": c.modality, "source_key": (c.source_name or "").lower(),
        }
        for c in claims
    ]  # fmt: skip


def _pairs(doc: Any, claims: list[Any]) -> list[tuple[str, str]]:
    return [(c["statement"], e["statement"]) for c, e in denials_in(_rows(doc, claims))]


@pytest.mark.issue(15)
def test_denial_of_a_reported_proposition_is_paired(analyze) -> None:
    doc, claims = analyze(
        "The Harvan Post reported on Monday that the Vellorn Front had killed 12 soldiers near "
        "the border. The report said the attack took place at dawn.\n\n"
        "Vellorn Front spokesman Ivo Renk denied that the group had killed any soldiers."
    )
    pairs = _pairs(doc, claims)
    assert len(pairs) == 1, pairs
    denied, denial = pairs[0]
    assert "12 soldiers" in denied and "killed any soldiers" in denial


@pytest.mark.issue(15)
def test_rejected_claims_by_a_named_source(analyze) -> None:
    doc, claims = analyze(
        "Mara Voss, the Harvan interior minister, rejected claims by the Vellorn Front that its "
        "fighters had captured the town of Ostrel. The Vellorn Front had claimed on Sunday that "
        "its fighters captured Ostrel after a night of fighting."
    )
    pairs = _pairs(doc, claims)
    assert len(pairs) == 1, pairs
    assert "captured Ostrel after" in pairs[0][0]


@pytest.mark.issue(15)
def test_the_deniers_own_side_is_not_denied(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk said the Vellorn Front had inherited strained relations with Harvan soldiers. "
        "Mara Voss denied that the Vellorn Front had killed any Harvan soldiers. "
        "“Killing Harvan soldiers is a baseless accusation,” Ana Brel said. "
        "Ana Brel, an aide, spoke earlier, rejecting claims that the Vellorn Front killed Harvan "
        "soldiers."
    )
    assert _pairs(doc, claims) == []


@pytest.mark.issue(15)
def test_a_denied_deed_does_not_answer_a_stated_intent(analyze) -> None:
    # "was getting ready to give" and "denied that it had supplied" can both be true;
    # a denial of a plot answers a report of a plan
    doc, claims = analyze(
        "The Harvan Post reported in July that the Vellorn Front was getting ready to give "
        "the militia several hundred rifles for use in the war.\n\n"
        "Vellorn Front spokesman Ivo Renk denied that the group had supplied rifles to the "
        "militia for use in the war."
    )
    assert _pairs(doc, claims) == []
    doc, claims = analyze(
        "The Harvan Post reported on Monday that the Vellorn Front had planned to kill two "
        "foreign diplomats in the capital.\n\n"
        "Vellorn Front spokesman Ivo Renk denied that the group had plotted to kill foreign "
        "diplomats in the capital."
    )
    assert len(_pairs(doc, claims)) == 1


@pytest.mark.issue(15)
def test_a_sentence_shown_before_the_words_is_not_their_frame(analyze) -> None:
    # the quote points back ("This"), so its row is shown from the sentence before, which
    # "reported" something else: the quote itself is only "said", no report to deny
    doc, claims = analyze(
        "The Harvan Post reported fighting near the border on Monday. "
        "“This was a massacre: the Vellorn Front killed 12 soldiers near the border,” Ana Brel "
        "said.\n\nVellorn Front spokesman Ivo Renk denied that the group had killed any soldiers."
    )
    assert any(c.start < c.statement_start - 60 for c in claims if c.source_name == "Brel")
    assert _pairs(doc, claims) == []


@pytest.mark.issue(15)
def test_an_abbreviation_in_the_frame_ends_no_sentence(analyze) -> None:
    # "Gen." is no sentence end: the frame is still "quoted ... as saying", a report
    doc, claims = analyze(
        "The Harvan Post quoted Gen. Mila Odrin as saying that the Vellorn Front killed 12 "
        "soldiers near the border.\n\nVellorn Front spokesman Ivo Renk denied that the group had "
        "killed any soldiers."
    )
    pairs = _pairs(doc, claims)
    assert len(pairs) == 1, pairs
    assert "12 soldiers" in pairs[0][0]
