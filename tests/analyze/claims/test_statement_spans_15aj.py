"""What a statement's span holds, and what it leaves to the writer (issue 15, branch 15aj).

Invented sentences of the constructions whose spans independent readers of FakeNewsCorpus
seeds 101-103 and 1001-1002 judged wrong: two reporting verbs joined ("said A and added
that B"), a denial run on into the writer's contrast, a second conjunct told of another
source, a frame set inside the sentence that cut off the subject, words that begin at
the reporting verb, the writer's time clause taken for the words said, a credit line
pasted after a closing quote, a concession without its "while".
"""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from .reading import by_speaker, said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


def _statements(analyze, text: str, speaker: str) -> list[str]:
    doc, claims = analyze(text)
    return [said(doc, c) for c in by_speaker(claims, speaker) if c.statement_start >= 0]


def test_two_reporting_verbs_are_two_statements(analyze) -> None:
    text = (
        "Lenna Tobar said that charge had been repeatedly refuted and added that if Arno "
        "Drosk were so concerned about the poor, he should have spoken out about the "
        "closure of the shelter."
    )
    words = _statements(analyze, text, "Lenna Tobar")
    assert "charge had been repeatedly refuted" in words, words
    assert not [w for w in words if "refuted" in w and "added" in w], words
    assert [w for w in words if w.startswith("if Arno Drosk")], words


def test_a_denial_ends_before_the_writers_but(analyze) -> None:
    text = (
        "The Harvan Council denies its servers were breached, but the emails of several "
        "members were stolen, something the Daily Orb reported in October."
    )
    words = _statements(analyze, text, "Harvan Council")
    assert words == ["its servers were breached"], words


def test_words_begin_after_the_reporting_verb(analyze) -> None:
    text = (
        "The Harvan Council rejects its systems were hacked, but the emails of individual "
        "members were collected, something the Daily Orb documented in October."
    )
    doc, claims = analyze(text)
    mine = by_speaker(claims, "Harvan Council")
    assert [said(doc, c) for c in mine] == ["its systems were hacked"], [said(doc, c) for c in mine]
    assert mine[0].polarity == "negative"  # rejected, never the council's assertion


def test_an_object_noun_phrase_keeps_its_verb(analyze) -> None:
    text = (
        "The harbour master, Mara Voss, accused the Vellorn council of hiding the toll "
        "accounts from the auditors."
    )
    words = _statements(analyze, text, "Mara Voss")
    # (with its doer since claims 69: the verb phrase alone is a subjectless fragment)
    assert words == [
        "The harbour master, Mara Voss, accused the Vellorn council of hiding the toll "
        "accounts from the auditors"
    ]


def test_another_sources_conjunct_is_the_writers(analyze) -> None:
    text = (
        "According to conservative estimates dating to 2001, Veldora is believed to have at "
        "least 145 billion barrels of oil, and several more-recent estimates have nearly "
        "doubled this figure."
    )
    doc, claims = analyze(text)
    words = [said(doc, c) for c in claims if c.statement_start >= 0]
    assert words == ["Veldora is believed to have at least 145 billion barrels of oil"], words


@pytest.mark.parametrize(
    ("text", "speaker", "subject"),
    [
        ("The starting point on the way to decline, according to Arno Vesk, was the Tamlin "
         "law on rents (1972), which was then supplemented with even stricter laws.",
         "Arno Vesk", "The starting point"),
        ("The council, Ivo Renk said, will appeal the ruling next week.", "Ivo Renk",
         "The council"),
    ],
)  # fmt: skip
def test_a_frame_inside_the_sentence_keeps_the_subject(analyze, text, speaker, subject) -> None:
    words = _statements(analyze, text, speaker)
    assert len(words) == 1 and words[0].startswith(subject), words


def test_a_frame_after_a_relative_clause_keeps_its_noun(analyze) -> None:
    text = (
        "Rather, he emphasized, a good council is one that is “open and honest.”\n\n"
        "A council, Osric Vane continued, that is less focused on ceremony, and more on the "
        "needs of citizens, so that it can promote trust."
    )
    words = _statements(analyze, text, "Osric Vane")
    assert [w for w in words if w.startswith("A council")], words


def test_the_writers_time_clause_is_not_the_words_said(analyze) -> None:
    text = (
        "When Tarn Obel won the presidential election in 1976, his aide, Milo Grant, said "
        "that if after the inauguration, Ivo Renk and Oskar Dal came on board as minister "
        "and adviser, “We’ve lost. And I’ll quit.”"
    )
    words = _statements(analyze, text, "Milo Grant")
    assert words, words
    assert not [w for w in words if "won the presidential election" in w], words
    assert [w for w in words if w.startswith("if after the inauguration")], words


def test_a_credit_line_after_the_quote_is_not_the_speakers(analyze) -> None:
    text = (
        "Hallam said, “Law and order has to prevail. If it doesn’t, this violence is going "
        "to spread. Now the city is on that course.”” Harbor Wire\n\n"
        "Of course he seemed eager to use it."
    )
    words = _statements(analyze, text, "Hallam")
    assert [w for w in words if "the city is on that course" in w], words
    assert not [w for w in words if "Harbor Wire" in w], words


def test_a_reports_finding_is_the_words_not_its_verb(analyze) -> None:
    text = (
        "The Vellorn Courier also acknowledges a separate report that showed the firm's "
        "chairman donated $2 million to the Vesk Foundation."
    )
    doc, claims = analyze(text)
    words = [said(doc, c) for c in claims if c.statement_start >= 0]
    assert words == ["the firm's chairman donated $2 million to the Vesk Foundation"], words


def test_a_concession_keeps_its_while(analyze) -> None:
    text = (
        "Ivo Renk said that while many farmers are fond of the new law, there may still be "
        "work to do in the three valleys."
    )
    words = _statements(analyze, text, "Ivo Renk")
    assert words and words[0].startswith("while many farmers"), words


_CLAUSES = [
    "the pier had been closed for weeks",
    "the harbour fees would rise in March",
    "the council never voted on the budget",
    "the ferry to Kessa was cancelled twice",
    "the mayor knew about the leak in 2019",
]


@settings(
    max_examples=6, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.permutations(_CLAUSES), st.sampled_from(["added", "stressed", "noted"]))
def test_coordinated_reports_never_hold_the_second_verb(analyze, clauses, verb) -> None:
    """Whatever the two reported clauses, "X said that A and VERB that B" shows A without
    the second reporting verb, and B as its own statement."""
    first, second = clauses[0], clauses[1]
    text = f"Ivo Renk said that {first} and {verb} that {second}."
    words = _statements(analyze, text, "Ivo Renk")
    assert not [w for w in words if f"{verb} that" in w], words
    assert first in words, words


@pytest.mark.parametrize(
    ("text", "hedged", "plain"),
    [
        ("Ivo Renk said that the pier was closed for good and added that the harbour fees "
         "may rise in March.", "the harbour fees may rise in March",
         "the pier was closed for good"),
        ("Ivo Renk said the pier was allegedly closed for good and added that the harbour "
         "fees rose in March.", "the pier was allegedly closed for good",
         "the harbour fees rose in March"),
    ],
)  # fmt: skip
def test_each_reported_clause_has_its_own_hedge(analyze, text, hedged, plain) -> None:
    doc, claims = analyze(text)
    by_words = {said(doc, c): c for c in by_speaker(claims, "Ivo Renk")}
    assert set(by_words) == {hedged, plain}, list(by_words)
    assert by_words[hedged].hedge is not None
    assert by_words[plain].hedge is None


def test_and_that_opens_a_second_reported_clause(analyze) -> None:
    words = _statements(
        analyze,
        "Ivo Renk said that the pier was closed and that the harbour fees would rise in March.",
        "Ivo Renk",
    )
    assert words == ["the pier was closed", "the harbour fees would rise in March"], words


def test_a_demonstrative_that_is_no_second_clause(analyze) -> None:
    words = _statements(
        analyze, "Ivo Renk said the pier was closed and that was the end of it.", "Ivo Renk"
    )
    assert words == ["the pier was closed and that was the end of it"], words


def test_a_participles_words_end_before_the_writers_while(analyze) -> None:
    text = (
        "Harvan officials settled on a plan to drop leaflets on the trucks before the raid, "
        "warning the drivers that an attack was coming, while Harvan pilots flew low passes "
        "over the area."
    )
    doc, claims = analyze(text)
    words = [said(doc, c) for c in claims if c.statement_start >= 0]
    assert "an attack was coming" in words, words
    assert not [w for w in words if "pilots" in w], words


def test_another_speakers_conjunct_and_its_hedge_are_not_the_words(analyze) -> None:
    text = (
        "The girl's parents said that there were often ants crawling out of their daughter's "
        "ear and the local doctor recommended they visit a larger hospital as there may be a "
        "nest of ants up in there."
    )
    doc, claims = analyze(text)
    mine = by_speaker(claims, "The girl's parents")
    assert [said(doc, c) for c in mine] == [
        "there were often ants crawling out of their daughter's ear"
    ], [said(doc, c) for c in mine]
    assert mine[0].hedge is None  # the doctor's "may", not the parents'


def test_a_trailing_according_to_is_another_source(analyze) -> None:
    text = (
        "The Harvan Daily reports that the Kessa exchange made 317 million last year, so is "
        "expected to pay about 60 million in taxes, according to the tax rates announced "
        "Monday."
    )
    doc, claims = analyze(text)
    words = [said(doc, c) for c in by_speaker(claims, "Harvan Daily")]
    assert words and not [w for w in words if "according to" in w], words


def test_a_coordinated_clause_of_the_same_speaker_stays(analyze) -> None:
    words = _statements(
        analyze, "Ivo Renk said the fees rose and the mayor knew about it.", "Ivo Renk"
    )
    assert words == ["the fees rose and the mayor knew about it"], words
