"""Counts whose owner the sentence gives in another role (issue 15, branch 15s).

Invented sentences in constructions of news prose that gave no claim, or the wrong
subject: a trigger word that only describes the counted noun ("some 3,000 armed
fighters"), a part of an owned whole ("nearly half of its 600 members"), a level set by
an estimate ("is estimated at $2 billion"), the toll and the victims of an event whose doer
the sentence names, "the group, which has ...", and an age given as the name's predicate.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


# text, subject contains, attribute, value
BOUND = [
    ("The Vellorn Front now has some 3,000 armed fighters in the north.", "Vellorn Front",
     "fighter_count", "some 3,000"),
    ("The Vellorn Front was founded in 1990. The Vellorn Front says it has 800 members. "
     "Nearly half of its 600 members were absent.", "Vellorn Front", "member_count", "600"),
    ("Mara Voss's monthly salary was fixed at €5,000 before taxes.", "Mara Voss", None,
     "€5,000"),
    ("The death toll of the Vellorn Front attack rose to 40, officials said.", "Vellorn Front",
     "casualties", "40"),
    ("Dozens of people were killed in the Vellorn Front attack.", "Vellorn Front", "casualties",
     "Dozens of"),
    ("The Vellorn Front was founded in 1990. The Vellorn Front is banned in Harvan. The group, "
     "which has some 2,000 members, is banned.", "Vellorn Front", "member_count", "some 2,000"),
    ("Mara Voss is now 76 years old and has served three years in prison.", "Mara Voss", "age",
     "76"),
    ("The number of Vellorn Front operations increased to 560, targeting the border posts.",
     "Vellorn Front", None, "560"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "subject", "attribute", "value"), BOUND)
def test_owner_in_another_role(analyze, text, subject, attribute, value) -> None:
    doc, claims = analyze(text)
    found = [c for c in claims if c.value == value]
    assert found, [(c.subject_text, c.attribute, c.value) for c in claims]
    c = found[0]
    assert subject in c.subject_text
    assert c.attribute == attribute
    assert doc.text[c.value_start : c.value_end] == value


UNBOUND = [
    "The death toll in the city rose to 40.",  # nobody's toll
    "The death toll from the attack rose to 40.",  # no doer named
    "Dozens of people were killed in an attack in Vellorn.",  # a place, not a doer
    "The number of victims rose to 40, the ministry said.",  # nobody's number
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", UNBOUND)
def test_no_owner(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.value and c.subject_text], [
        (c.subject_text, c.value) for c in claims
    ]


@pytest.mark.issue(15)
def test_a_bare_number_after_was_is_no_age(analyze) -> None:
    _, claims = analyze("Mara Voss was 76 in the rankings.")
    assert not [c for c in claims if c.attribute == "age"]


@pytest.mark.issue(15)
def test_victims_are_not_their_own_killers(analyze) -> None:
    # the Front's members counted, never as the Front's kills
    _, claims = analyze("Dozens of Vellorn Front members were killed in an attack.")
    assert not [c for c in claims if c.attribute == "casualties"]


@pytest.mark.issue(15)
def test_he_is_the_one_person_opening_the_previous_sentence(analyze) -> None:
    _, claims = analyze(
        "Ivo Renk joined the Harvan Council in 2001. He collected over 5,000 documents."
    )
    found = [c for c in claims if c.value == "over 5,000"]
    assert found and found[0].subject_text == "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # a person named later in the sentence is not its subject (the tagger may have
        # missed the one that opens it)
        "The council later met Mara Voss in Ostrel. He collected over 5,000 documents.",
        # two people: no telling which
        "Ivo Renk and Mara Voss arrived in 2001. He collected over 5,000 documents.",
        # nobody named: a role
        "A police officer arrived in 2001. He collected over 5,000 documents.",
    ],
)
def test_he_stays_unresolved(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.value == "over 5,000" and c.subject_text], [
        (c.subject_text, c.value) for c in claims
    ]


@pytest.mark.issue(15)
def test_numbers_in_brackets_of_a_list_are_no_ages(analyze) -> None:
    _, claims = analyze(
        "Those arrested came from Ivo Renk (6), Ostrel (1), Mara Voss (1) and Harvan (2)."
    )
    assert not [c for c in claims if c.attribute == "age"]
    _, claims = analyze("The suspect, Ivo Renk (54), was arrested in Ostrel.")
    assert [c.value for c in claims if c.attribute == "age"] == ["54"]
