"""Statements split inside an editor's bracket, and counterfactual conditions (issue 15).

An independent reader of 30 FakeNewsCorpus claims (seed 62) judged wrong statements that
began inside an editor's insertion ("said] that ...", "...] forces arrived ...": the
sentence splitter breaks at "[") and a statement made negative by the "not" of a
counterfactual condition ("had it not been for X, he may have been killed").  Invented
sentences of each kind, and the statements that must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.modality import modality_of, polarity_of


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _statements(doc: Any, claims: list[Any]) -> list[str]:
    return [doc.text[c.statement_start : c.statement_end] for c in claims]


@pytest.mark.issue(15)
def test_words_that_begin_inside_a_bracket_are_no_statement(analyze) -> None:
    doc, claims = analyze(
        "The harbour board published its review on Monday.\n\n"
        '"The fact that two days passed until those [RESCUE] boats actually reached the '
        'pier belies what the fishermen expected," the review said.\n\n'
        '"The first test we got back [from the lab said] that the water was clean," '
        "Mara Voss explained.\n\n"
        '"The council needed money for the new pier," Ivo Renk said.'
    )
    said = _statements(doc, claims)
    assert any("needed money for the new pier" in s for s in said)  # a whole one stays
    assert not any("]" in s and "[" not in s.split("]")[0] for s in said), said


@pytest.mark.parametrize(
    "text,polarity,modality",
    [
        ("had it not been for a quick guard at the gate, he may well have been killed",
         "positive", "conditional"),
        ("Were it not for the levee, the town would be under water", "positive", "conditional"),
        ("If it hadn't been for the loan, the pier would have closed", "positive", "conditional"),
        ("If not for the storm, the ferry would have sailed", "positive", "conditional"),
        # the main clause's own negation still counts
        ("Were it not for the levee, the town would not exist", "negative", "conditional"),
        ("The guard had not been paid for months", "negative", "asserted"),
        ("The council did not pay for the pier", "negative", "asserted"),
    ],
)  # fmt: skip
@pytest.mark.issue(15)
def test_counterfactual_condition(text: str, polarity: str, modality: str) -> None:
    assert polarity_of(text) == polarity
    assert modality_of(text, text, None) == modality


@pytest.mark.issue(15)
def test_counterfactual_statement_end_to_end(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk stated had it not been for a quick guard at the gate, he may very well "
        "have been killed by the blast."
    )
    c = next(c for c in claims if c.source_name == "Ivo Renk")
    assert c.polarity == "positive" and c.modality == "conditional"


@pytest.mark.issue(15)
def test_bracket_that_opens_a_quoted_sentence_is_put_back(analyze) -> None:
    doc, claims = analyze(
        "The harbour board published its review on Monday.\n\n"
        '"[T]he council needed money for the new pier," Mara Voss said.\n\n'
        'Ivo Renk wrote: "[W]e were told to wait for the tide."'
    )
    said = {c.source_name: doc.text[c.statement_start : c.statement_end] for c in claims}
    assert said.get("Mara Voss") == "[T]he council needed money for the new pier,"
    assert (said.get("Ivo Renk") or "").startswith("[W]e were told"), said
    for c in claims:
        assert c.text == doc.text[c.start : c.end]
        assert c.start <= c.statement_start < c.statement_end <= c.end
