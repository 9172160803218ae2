"""Claims v74 (issue 15): a premise set off from the clause ("assuming ...") makes the
statement conditional; eagerness and assent idioms ("couldn't wait") negate nothing.
Invented sentences; the leads are independent readers' rows of seeds 1030 and 1035."""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import first_saying as _one


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


def _said(doc, c) -> str:
    return doc.text[c.statement_start : c.statement_end]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("Projecting the number of doctors into future years—assuming current enrolment "
         "trends continue—Vellornia will have 2.9 doctors per 1,000 people by 2030, the "
         "Harvan Institute said.", "2.9 doctors", "conditional"),
        ("Assuming that the levy holds, the port will close by June, Ivo Renk said.",
         "port will close", "conditional"),
        # an act, not a premise: no verb of its own
        ("Ivo Renk, assuming office in May, said the levy would be cut.", "levy would be cut",
         "asserted"),
    ],
)  # fmt: skip
def test_a_premise_set_off_makes_the_statement_conditional(analyze, text, words, modality):
    assert _one(analyze, text, words).modality == modality


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "polarity"),
    [
        ("Ivo Renk said he couldn't wait to see the new harbour.", "new harbour", "positive"),
        ("Mara Voss said she could not agree more with the council.", "agree", "positive"),
        ("Ivo Renk said he could not sign the levy.", "sign the levy", "negative"),
    ],
)  # fmt: skip
def test_eagerness_and_assent_negate_nothing(analyze, text, words, polarity):
    assert _one(analyze, text, words).polarity == polarity
