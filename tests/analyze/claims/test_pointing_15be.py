"""Pointing words that are not the statement's subject; a partitive's whole (claims 78).

Independent readers of FakeNewsCorpus claims (seeds 1031-1037) judged 14 of their 59
wrong rows pointing words left unresolved, several of them no subject at all: "the date
for their latest meeting", "we got the word that it's stage 4", "addicted to it".  Such a
pronoun is marked as pointing back (and the row shows the sentence before) when nothing
before it in the statement's words may be what it stands for; told with its antecedent,
it stays unmarked.  "Seven of X's eight instruments" tells seven, not eight; a count in an
infinitive on a noun ("a deadline for X to unlock €4.1bn") is not done.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.anaphora import (
    pointing_possessive,
    pointing_pronoun,
    pointing_span,
)
from tests.analyze.claims.reading import only_saying, refers


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _at(words: str, span: tuple[int, int] | None) -> str | None:
    return None if span is None else words[span[0] : span[1]]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("The likely date for their next meeting is set for May 3.", "their"),
        ("Their boats sank in the storm.", "Their"),
        ("His boldness won over the harbour crews.", "His"),
        # a possessor told before it in the words
        ("The pilots said their boats sank.", None),
        ("Renk sold the boat and its engine.", None),
    ],
)
def test_a_possessive_in_the_subject_with_no_possessor_before_it(
    words: str, found: str | None
) -> None:
    assert _at(words, pointing_possessive(words)) == found


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("A few days ago we got the word that it was beyond repair.", "it"),
        ("The crews might even get used to it, and stop asking.", "it"),
        ("We will fight it in court.", "it"),
        ("The difference here is that this was no mere error.", "this"),
        ("The trouble is that it never paid for itself.", "it"),
        ("Whether he knew it was a test or not, I cannot say.", "he"),
        ("When he landed, Renk was arrested.", None),  # the main clause names him
        # an antecedent in the words, an expletive, an idiom, a place's phrase
        ("The council bought the pier and sold it.", None),
        ("The pier is old and the council said that it would close.", None),
        ("Renk said that it was clear that the pier fell.", None),
        ("I think it is time to go for it.", None),
        ("The hull has within it a second keel.", None),
        ("Critics say the toll is unfair and want to scrap it.", None),
        ("The council raised the toll and said that this was fair.", None),
    ],
)
def test_an_it_that_is_no_main_subject_with_nothing_before_it(
    words: str, found: str | None
) -> None:
    assert _at(words, pointing_pronoun(words)) == found


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "found"),
    [
        ("So that means that we will likely see a long strike at the port.", "that"),
        ("This just seems to be a habit of the harbour board.", "This"),
        ("These tolls just may be the cheapest way to pay for the pier.", "These tolls"),
        ("These harbour tolls have failed.", "These harbour tolls"),
    ],
)
def test_the_pointing_subject_is_its_words_not_its_clause(words: str, found: str) -> None:
    assert _at(words, pointing_span(words)) == found


@pytest.mark.issue(15)
def test_a_possessive_in_the_writers_sentence_is_marked(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk and Mila Odrin met at the Vellorn quay in March to talk about the tolls. "
        "The likely date for their next meeting is the third of May.\n"
    )
    c = only_saying(claims, "next meeting", doc)
    assert refers(doc, c) == "their" and c.text.startswith("Ivo Renk and Mila Odrin")


@pytest.mark.issue(15)
def test_an_object_it_in_the_writers_sentence_is_marked(analyze) -> None:
    doc, claims = analyze(
        "A new harbour tonic is sold on every quay of Vellorn this winter. The crews might "
        "even get addicted to it, and not be able to stop drinking it.\n"
    )
    c = only_saying(claims, "addicted to it", doc)
    assert refers(doc, c) == "it" and c.text.startswith("A new harbour tonic")


@pytest.mark.issue(15)
def test_a_possessive_told_with_its_possessor_stays_unmarked(analyze) -> None:
    doc, claims = analyze(
        "The tolls rose again at the Vellorn quay this winter. “The pilots and their boats "
        "were waiting for days,” Ivo Renk said.\n"
    )
    c = only_saying(claims, "were waiting", doc)
    assert refers(doc, c) is None


@pytest.mark.issue(15)
def test_a_partitives_whole_is_no_value(analyze) -> None:
    _, claims = analyze("Seven of Renk's eight fishing boats returned to the quay.\n")
    values = [c.value for c in claims if c.value]
    assert "eight" not in values
    assert "Seven" in values  # the part is the count (the review of claims v81)


@pytest.mark.issue(15)
def test_a_count_in_an_infinitive_on_a_noun_is_no_value(analyze) -> None:
    _, claims = analyze(
        "Talks between the Harvan Council and its creditors collapsed days before a final "
        "deadline for Vellornia to unlock the €4.1bn in harbour funds.\n"
    )
    assert not [c for c in claims if c.value and "4.1" in c.value]


@pytest.mark.issue(15)
def test_a_four_letter_plural_before_them_is_what_it_stands_for() -> None:
    from newsdossier.analyze.claims.anaphora import object_them

    assert object_them("The guards took the keys from their desks and hid them.") is None


@pytest.mark.issue(15)
def test_a_half_of_a_scale_is_the_value() -> None:
    from newsdossier.analyze.claims.values import parse_count

    assert parse_count("nearly a half trillion") == (450e9, 550e9)
    assert parse_count("half a million") == (500e3, 500e3)


@pytest.mark.issue(15)
def test_an_it_in_one_persons_reported_words_is_marked(analyze) -> None:
    doc, claims = analyze(
        "The new toll bridge at the Vellorn quay opened in March after a long fight. Ivo "
        "Renk said it never paid for itself.\n"
    )
    c = only_saying(claims, "never paid", doc)
    assert refers(doc, c) == "it" and c.text.startswith("The new toll bridge")
