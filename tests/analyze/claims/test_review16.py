"""What the review of claims v86 found the session's later rules doing to ordinary news
prose (issue 15): a contrast's negation read into a statement that asserts both clauses,
a report's author taken as the page's writer, a topic taken as a guest, a speech tag kept
in the writer's hedged sentence, a duty read as a forecast, eagerness read as a denial.
Invented texts of each construction."""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import only_saying


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


@pytest.mark.issue(15)
def test_a_contrast_negates_only_the_speakers_own_denial(analyze) -> None:
    doc, claims = analyze(
        "The mayor said the bridge will reopen in May, but the council has not yet approved "
        "the budget.\n"
        "“That’s the reason we need a full inquiry, but I have seen no evidence of that,” Ivo "
        "Renk said.\n"
    )
    assert only_saying(claims, "bridge will reopen", doc).polarity == "positive"
    assert only_saying(claims, "full inquiry", doc).polarity == "negative"


@pytest.mark.issue(15)
def test_a_report_written_by_someone_is_not_the_pages_writer(analyze) -> None:
    doc, claims = analyze(
        "The report was written by Ivo Renk, the state auditor.\n\n"
        "I believe the ministry knew about the leak.\n"
    )
    c = only_saying(claims, "ministry knew", doc)
    assert c.source_name != "Ivo Renk"


@pytest.mark.issue(15)
def test_two_writers_name_nobody(analyze) -> None:
    doc, claims = analyze(
        "This article was written by Ivo Renk and Mara Voss.\n\n"
        "I believe the ministry probably knew about the leak.\n"
    )
    c = only_saying(claims, "ministry probably knew", doc)
    assert c.source_name not in ("Ivo Renk", "Mara Voss")


@pytest.mark.issue(15)
def test_a_topic_after_we_begin_with_introduces_no_guest(analyze) -> None:
    doc, claims = analyze(
        "We begin with Ivo Renk's resignation on Monday.\n\n"
        "I think the council forced him out. The port will probably close.\n"
    )
    assert only_saying(claims, "probably close", doc).source_name != "Ivo Renk"


@pytest.mark.issue(15)
def test_a_guest_introduced_speaking_is_the_voice(analyze) -> None:
    doc, claims = analyze(
        "We begin with Professor Ivo Renk providing some background.\n\n"
        "The port was never meant to close. It was a political decision.\n"
    )
    assert only_saying(claims, "never meant to close", doc).source_name == "Ivo Renk"


@pytest.mark.issue(15)
def test_a_tagged_sentence_is_no_hedged_sentence_of_the_writer(analyze) -> None:
    doc, claims = analyze(
        "Students are expected to return to classes on Monday, the university said.\n"
        "Employees are expected to show their tickets at the gate.\n"
        "Tarn Ferries is expected to pay about 4 million crowns to the council.\n"
    )
    assert not [c for c in claims if "the university said" in doc.text[c.start : c.end]]
    assert not [c for c in claims if "tickets" in doc.text[c.start : c.end] and c.hedge]
    assert only_saying(claims, "expected to pay", doc).hedge == "believed"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "polarity"),
    [
        ("Voss said the new bridge cannot be built soon enough.\n", "positive"),
        ("Voss said summer can't get here soon enough.\n", "positive"),
        ("Voss said the rescue boats could not get there soon enough and two fishermen "
         "died.\n", "negative"),
    ],
)  # fmt: skip
def test_soon_enough_is_eagerness_after_cannot(analyze, text, polarity) -> None:
    doc, claims = analyze(text)
    (c,) = claims
    assert c.polarity == polarity


@pytest.mark.issue(15)
def test_reported_words_he_is_their_speaker_a_quotes_is_not(analyze) -> None:
    # claims 88: measured on ECB+'s pronoun chains (eval/claims/pronouns_ecbplus.py)
    doc, claims = analyze(
        "The harbour board met on Monday. Ivo Renk said he would resign in May.\n"
    )
    c = only_saying(claims, "would resign", doc)
    assert doc.text[c.subject_start : c.subject_end] == "Ivo Renk"
    doc, claims = analyze(
        "The harbour board met on Monday. “He will resign in May,” Ivo Renk said.\n"
    )
    c = only_saying(claims, "will resign", doc)
    assert c.subject_start == -1
