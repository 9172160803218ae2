"""Speakers (issue 15, branch 15an).

Our strict reading of FakeNewsCorpus seed 610 (claims v54) and the leads of seed 588
found these speakers wrong: an unnamed role owned by a pronoun ("her attorney") filed as a
named source, a role with a word of its own before its head ("the platoon commander")
resolved to the one person quoted before, a newspaper named by an apposition to "The
newspaper" filed as a named source rather than an outlet, and "declared itself the
overlord" filed as the body's words.  Invented sentences of the same constructions.
"""

from __future__ import annotations

import pytest

from .reading import said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


def _found(doc, claims, words: str):
    return [c for c in claims if words in said(doc, c)]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mara Voss was arrested on Monday. Her attorney said she will plead not guilty.",
         "plead not guilty"),
        ("Ivo Renk resigned. His lawyer told reporters the charges were invented.",
         "charges were invented"),
    ],
)  # fmt: skip
def test_a_role_a_pronoun_owns_is_unnamed(analyze, text, words) -> None:
    doc, claims = analyze(text)
    found = _found(doc, claims, words)
    assert found and found[0].source_kind == "anonymous", [
        (c.source_name, c.source_kind) for c in found
    ]


@pytest.mark.issue(15)
def test_an_office_a_pronoun_owns_stays_identified(analyze) -> None:
    doc, claims = analyze("The Vostan army was not founded in 1984, its spokesman insisted.")
    found = _found(doc, claims, "founded")
    assert found and found[0].source_kind == "named"


@pytest.mark.issue(15)
def test_a_qualified_role_is_not_the_one_person_quoted_before(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk, the deputy envoy, said the talks failed. One witness told the committee "
        "about the delay. “We were told to wait,” the platoon commander testified."
    )
    found = _found(doc, claims, "told to wait")
    assert found and found[0].source_name == "the platoon commander"
    assert found[0].source_kind != "named"


@pytest.mark.issue(15)
def test_a_bare_role_is_still_the_one_person_quoted_before(analyze) -> None:
    doc, claims = analyze(
        'Ivo Renk said the talks failed. "We were told to wait," the scholar said.'
    )
    found = _found(doc, claims, "told to wait")
    assert found and found[0].source_name == "Ivo Renk"


@pytest.mark.issue(15)
def test_a_newspaper_in_apposition_is_an_outlet(analyze) -> None:
    doc, claims = analyze(
        "The newspaper, Vellorn Courier—the party’s flagship—gave the comments front page "
        "attention, noting the comments had sparked anger."
    )
    found = _found(doc, claims, "sparked anger")
    assert (
        found and found[0].source_kind == "named"
    )  # another outlet than the page's shows as named (v75)
    assert found[0].source_name == "Vellorn Courier"


@pytest.mark.issue(15)
def test_a_person_after_a_comma_of_the_newspaper_stays_a_person(analyze) -> None:
    doc, claims = analyze("In an interview with the newspaper, Mara Voss said the port had closed.")
    found = _found(doc, claims, "port had closed")
    assert found and found[0].source_name == "Mara Voss"
    assert found[0].source_kind == "named"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The Harvan Commission in February unilaterally declared itself the overlord of all ports.",
        "Ivo Renk declared himself the winner of the race.",
    ],
)
def test_a_reflexive_object_reports_no_words(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.source_kind in ("named", "anonymous")]


@pytest.mark.issue(15)
def test_a_reflexive_before_that_keeps_its_clause(analyze) -> None:
    doc, claims = analyze("Ivo Renk said himself that the race was rigged.")
    found = _found(doc, claims, "race was rigged")
    assert found and found[0].source_name == "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Once the mayor had approved the plan, a group of farmers sued the city, claiming it "
        "violated the law.",
        "In Vellorn, once the Secretary of State had qualified the initiative, a group of "
        "farmers sued to have it removed, claiming it violated the constitution.",
    ],
)
def test_an_opening_clause_subject_speaks_no_participle(analyze, text) -> None:
    doc, claims = analyze(text)
    found = _found(doc, claims, "violated")
    assert not [c for c in found if "mayor" in (c.source_name or "")]
    assert not [c for c in found if "Secretary" in (c.source_name or "")]


@pytest.mark.issue(15)
def test_the_main_subject_after_an_opening_clause_speaks(analyze) -> None:
    doc, claims = analyze(
        "When the port closed, Ivo Renk wrote to the council, saying the fishermen had lost "
        "their jobs."
    )
    found = _found(doc, claims, "lost their jobs")
    assert found and found[0].source_name == "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # a shop's pitch holding a value (a reader of seed 588)
        "The Vellorn Tea Club has 5,000 members and offers free shipping on every order.",
        "Vellorn Tea, with 40 employees, ships worldwide: buy now!",
        # a question about the reader's experience, and a guess at the reader's thought
        "Have you seen “Cheap pills 4 you” or “Join my program and you’ll get rich.” You most "
        "likely thought this was email spam.",
        "Have you ever wondered why the tea tastes bitter?",
    ],
)
def test_a_pitch_or_a_question_to_the_reader_is_no_claim(analyze, text) -> None:
    _, claims = analyze(text)
    assert not claims, [(c.text, c.attribute) for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The Vellorn Tea Club has 5,000 members.", "5,000 members"),
        ("Have you seen the port? Ivo Renk said the Harvan port closed in 1990.", "closed"),
    ],
)
def test_the_same_without_the_pitch_stays(analyze, text, words) -> None:
    doc, claims = analyze(text)
    assert _found(doc, claims, words)


def test_speech_act_of_a_reader_question() -> None:
    from newsdossier.analyze.claims.speech_acts import speech_act

    assert speech_act("Have you ever tried the Vellorn tea?") == "reader-address"
    assert speech_act("Have you heard that the Harvan port closed?") is None
    assert speech_act("Did you know the port closed in 1990?") is None


_BLOCK = "The port was closed by the council in 1990. The fishermen lost everything."


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        (f"Professor Ivo Renk wrote:\n\n{_BLOCK}\n\nRenk is probably wrong about the date of "
         "the closure of the Harvan port.", "probably wrong"),
        (f"The Harvan Wire reported:\n\n{_BLOCK}\n\nIn other words, the council probably "
         "wrecked the Harvan fleet in one year.", "wrecked"),
    ],
)  # fmt: skip
def test_the_writer_after_a_block_is_the_writer(analyze, text, words) -> None:
    doc, claims = analyze(text)
    found = _found(doc, claims, words)
    assert found and found[0].source_kind in ("author", "outlet"), [
        (c.source_name, c.source_kind) for c in found
    ]


@pytest.mark.issue(15)
def test_a_plain_paragraph_after_a_block_stays_unknown(analyze) -> None:
    doc, claims = analyze(
        f"The Harvan Wire reported:\n\n{_BLOCK}\n\nThe council probably wrecked the Harvan "
        "fleet in one year."
    )
    found = _found(doc, claims, "wrecked")
    assert found and found[0].source_kind == "unknown"


_SHOW = "\n\nI think gold will probably double next year. The central banks have no choice."


@pytest.fixture(scope="module")
def analyze_by(claims_of):
    return claims_of("Mara Quill")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("intro", "kind", "name"),
    [
        ("Ivo Renk of Harvan Capital joins the podcast to discuss gold.", "named", "Ivo Renk"),
        ("Mara Voss joins the podcast to discuss gold.", "named", "Mara Voss"),
        # two guests, or a body: nobody the page identifies, never the writer
        ("Ivo Renk and Mara Voss join the podcast to discuss gold.", "unknown", None),
    ],
)
def test_a_guest_introduced_without_a_colon_speaks(analyze_by, intro, kind, name) -> None:
    doc, claims = analyze_by(intro + _SHOW)
    found = _found(doc, claims, "double next year")
    assert found and found[0].source_kind == kind, [(c.source_name, c.source_kind) for c in found]
    assert found[0].source_name == name


@pytest.mark.issue(15)
def test_joining_a_body_introduces_nobody(analyze_by) -> None:
    doc, claims = analyze_by(
        "Ivo Renk joined the council in 1990.\n\nThe debt markets are probably going to break."
    )
    found = _found(doc, claims, "break")
    assert found and found[0].source_kind == "author"


@pytest.mark.issue(15)
def test_a_preview_of_what_will_be_said_asserts_nothing() -> None:
    from newsdossier.analyze.claims.speech_acts import speech_act

    assert speech_act("I wish to say a little bit about myself at this point.") == "formula"
    assert speech_act("I’d like to share a few words about the Harvan port.") == "formula"
    assert speech_act("I want to say that the Harvan port closed in 1990.") is None


# Our reading of seeds 611 and 612 (claims v56 before these rows were fixed)


@pytest.mark.issue(15)
def test_the_source_is_never_the_person_named_before(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk has demanded that the ministry turn over all documents.\n\n“Add this to the "
        "long list of concessions the mayor made,” said the source, who was not authorized to "
        "speak on the record."
    )
    found = _found(doc, claims, "long list")
    assert found and found[0].source_kind == "anonymous"
    assert found[0].source_name == "the source"


@pytest.mark.issue(15)
def test_a_relative_clause_frame_owns_no_words_before_it(analyze) -> None:
    doc, claims = analyze(
        "President Ivo Renk visited Vellorn. Following Renk’s visit to Vellorn last October, "
        "during which he publicly promised to shift his country’s allegiance from Harvan to "
        "Vellorn, some experts predicted that Marrow may follow suit."
    )
    assert not [c for c in claims if c.source_name and "Renk" in c.source_name]
    assert _found(doc, claims, "follow suit")


@pytest.mark.issue(15)
def test_questions_posited_are_no_words(analyze) -> None:
    _, claims = analyze(
        "In his column, Renk posited several unanswered questions about the decision to "
        "close the port."
    )
    assert not [c for c in claims if c.source_name == "Renk"]
    doc, claims = analyze("Renk posited that the decision was shortsighted.")
    assert [c for c in claims if c.source_name == "Renk"]


@pytest.mark.issue(15)
def test_a_study_with_a_contact_relative_is_a_document(analyze) -> None:
    doc, claims = analyze(
        "Using the telescope, a team of astronomers recently studied the Harvan cluster. "
        "According to the study they released, the Harvan cluster appears to have a black hole."
    )
    found = _found(doc, claims, "black hole")
    assert found and found[0].source_kind == "document"


@pytest.mark.issue(15)
def test_a_relative_that_before_a_quote_keeps_the_clause_subject(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk said the press must change. Rather, he emphasized, a journalism of peace is "
        "journalism that is “truthful and opposed to falsehoods and sensational headlines.”"
    )
    found = _found(doc, claims, "truthful")
    assert found and said(doc, found[0]).startswith("a journalism of peace"), said(doc, found[0])


# Our reading of seed 614 (claims v56 before these rows were fixed)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "To compensate for the instability, the Harvan Exchange maintains “circuit breakers” "
        "to cut off trading if a stock behaves erratically.",
        "By now, you’ve probably heard all about the Harvan port scandal.",
    ],
)
def test_keeping_something_running_or_a_guess_at_the_reader_is_no_claim(analyze, text) -> None:
    _, claims = analyze(text)
    assert not claims, [(c.source_name, c.text) for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ivo Renk maintained that the port was closed.", "port was closed"),
        ("Ivo Renk maintains the port was closed in 1990.", "port was closed"),
        ("Ivo Renk maintained, “I did nothing wrong.”", "nothing wrong"),
    ],
)
def test_maintaining_a_clause_is_speech(analyze, text, words) -> None:
    doc, claims = analyze(text)
    found = _found(doc, claims, words)
    assert found and found[0].source_name == "Ivo Renk"


@pytest.mark.issue(15)
def test_a_demonstrative_subject_after_an_as_frame_stays(analyze) -> None:
    doc, claims = analyze("The union is disintegrating, and as Ivo Renk warns, that means war.")
    found = _found(doc, claims, "means war")
    assert found and said(doc, found[0]) == "that means war"


@pytest.mark.issue(15)
def test_a_speaker_who_appeared_to_warn_speaks(analyze) -> None:
    doc, claims = analyze(
        "After the meeting, Commissioner Ivo Renk appeared to warn the member states, “There "
        "is an alternative to everything.”"
    )
    found = _found(doc, claims, "alternative")
    assert found and found[0].source_name == "Ivo Renk"


@pytest.mark.issue(15)
def test_estimates_dating_to_a_year_are_a_document(analyze) -> None:
    doc, claims = analyze(
        "According to conservative estimates dating to 2001, Vellorn is believed to have at "
        "least 145 billion barrels of oil."
    )
    found = _found(doc, claims, "barrels")
    assert found and found[0].source_kind == "document"
