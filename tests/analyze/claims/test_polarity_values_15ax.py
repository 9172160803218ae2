"""Polarity, modality, hedges, values and a pointing "they" (issue 15, branch 15ax), from
the independent readers' wrong rows of seeds 1024-1028 (claims v67): "I assure you that X
will not deter us" filed positive; a question "about not striking ..." filed negative;
"is not just and reasonable" filed positive; "he had said there would have been ... if"
filed conditional; ", which could help restore ..." unhedged; a unit "leftwing", a unit
"quotes" of "quotes and poems", a unit cut inside a relative clause; the first of two
joined names as the subject; a number of a reporters' embedded question and of a clause
on the speaker as a value; "X says they will ..." unmarked.  Invented sentences of each
construction, and the neighbours that must stay.
"""

from __future__ import annotations

import pytest

from .reading import only_saying, refers, said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


def _one(analyze, text: str, words: str):
    doc, claims = analyze(text)
    return doc, only_saying(claims, words, doc)


# --- polarity -----------------------------------------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "polarity"),
    [
        # a first-person assurance: its complement's negation is the statement's
        ('"I assure you that this setback will not deter us from our work," Ivo Renk wrote.',
         "will not deter", "negative"),
        ('"I promise you we will not leave the harbour," Ivo Renk said.', "we will not leave",
         "negative"),
        ('"I assure you that the harbour will reopen," Ivo Renk said.', "will reopen", "positive"),
        # a negated gerund is what the question is about, not its negation
        ('"Is there a problem with not taxing farmers when the fees go to the wrong people?" '
         "a reporter asked.", "not taxing", "positive"),
        ('"Is there a problem about not striking the depots?" a reporter asked.', "not striking",
         "positive"),
        ('"Is the harbour not open?" a reporter asked.', "not open", "negative"),
        # "not just" before "and": the adjective "just" negated, no "not just X but Y"
        ('The council said the tariff "is not just and reasonable," and closed the hearing.',
         "not just and reasonable", "negative"),
        ('Ivo Renk said the levy is not just a tax but a reform.', "not just a tax", "positive"),
    ],
)  # fmt: skip
def test_polarity_of_the_statement(analyze, text: str, words: str, polarity: str) -> None:
    _, c = _one(analyze, text, words)
    assert c.polarity == polarity


# --- modality -----------------------------------------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("content", "modality"),
    [
        ("At one point, Ivo Renk had said there would have been no chance if he had relied on "
         "the old maps.", "asserted"),
        ("He said we would leave if they came.", "asserted"),
        ("We will leave if he said no.", "conditional"),
        ("They would leave if the port closed, he said.", "conditional"),
        ("If he said so, we go.", "conditional"),
    ],
)  # fmt: skip
def test_a_reported_saying_is_asserted(content: str, modality: str) -> None:
    from newsdossier.analyze.claims.modality import modality_of

    assert modality_of(content, content, None) == modality


# --- hedges -------------------------------------------------------------------------------


@pytest.mark.issue(15)
def test_a_closing_which_clause_with_could_hedges_the_statement(analyze) -> None:
    _, c = _one(
        analyze,
        "Harva Biotech announced in October that it was beginning trials in Ostmark with the "
        "new drug, which could help restore sight for those with glaucoma.",
        "could help restore",
    )
    assert c.hedge == "may"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ivo Renk said the study targets cells which may be hiding from treatment.", "hiding"),
        ("Ivo Renk said the plan, which may fail, was adopted on Monday.", "was adopted"),
        ("Ivo Renk said that he could swim across the bay as a boy.", "swim"),
    ],
)
def test_a_restrictive_or_medial_relative_keeps_its_hedge(analyze, text: str, words: str) -> None:
    _, c = _one(analyze, text, words)
    assert c.hedge is None


# --- values -------------------------------------------------------------------------------


@pytest.mark.issue(15)
def test_a_loose_count_of_no_named_noun_is_no_value(analyze) -> None:
    _, claims = analyze(
        "The Ostmark Trust has established and funded dozens of leftwing, nongovernmental "
        "groups in Vellornia to overthrow the government."
    )
    assert not [c for c in claims if c.value]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("Ivo Renk is a writer from Lundby. Ivo Renk has authored over 165 essays and poems.",
         "over 165", "essays and poems"),
        ("Mara Tess, author of a book on the Harvan Council, points out there are only 87 "
         "members of the Harvan Council who live in Ostmark.", "only 87",
         "members of the Harvan Council"),
    ],
)  # fmt: skip
def test_the_unit_is_the_whole_counted_noun(analyze, text: str, value: str, unit: str) -> None:
    _, claims = analyze(text)
    found = [c for c in claims if c.value == value]
    assert found and found[0].unit == unit


@pytest.mark.issue(15)
def test_a_count_with_its_own_number_keeps_the_first_noun(analyze) -> None:
    from newsdossier.analyze.claims.syntax import _with_conjunct, parse_sentences
    from newsdossier.settings import Settings

    doc = parse_sentences(Settings().spacy_model, ["Ivo Renk wrote 165 essays and 20 poems."])[0]
    essays = next(t for t in doc if t.text == "essays")
    assert _with_conjunct(essays, "essays") == "essays"


@pytest.mark.issue(15)
def test_two_joined_people_are_no_one_subject(analyze) -> None:
    _, claims = analyze(
        "The Lund Forum met on Monday. Ivo Renk and Mara Tess documented the four stages of "
        "a market cycle, the Lund Post reported."
    )
    assert claims  # the reported statement stays, with no value of either person
    assert not [c for c in claims if c.value and c.subject_text in ("Ivo Renk", "Mara Tess")]


@pytest.mark.issue(15)
def test_a_number_in_an_embedded_question_is_no_value(analyze) -> None:
    _, claims = analyze(
        "At a news conference last Wednesday, reporters wanted to know why Vellornian forces "
        "did not destroy more than 116 trucks, Ivo Renk wrote."
    )
    assert claims  # the reported statement stays, with no value
    assert not [c for c in claims if c.value]


@pytest.mark.issue(15)
def test_a_number_of_a_clause_on_the_speaker_is_not_what_the_speaker_says(analyze) -> None:
    _, claims = analyze(
        "According to Mara Tess, who spent many years working with patients, the top regret "
        'of the dying is "I wish I had been braver."'
    )
    assert not [c for c in claims if c.value]


@pytest.mark.issue(15)
def test_in_embedded_question() -> None:
    from newsdossier.analyze.claims.modality import in_embedded_question

    text = "Reporters asked why the forces hit 116 trucks. The ministry said 40 were hit."
    assert in_embedded_question(text, text.index("116"))
    assert not in_embedded_question(text, text.index("40"))


# --- a "they" that cannot be the one speaker ----------------------------------------------


@pytest.mark.issue(15)
def test_they_of_a_single_speaker_is_marked_as_pointing_back(analyze) -> None:
    doc, c = _one(
        analyze,
        "The website has already been shut down and Ivo Renk says they will spend the next "
        "couple weeks talking with vendors.",
        "they will spend",
    )
    assert refers(doc, c) == "they"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The office closed on Monday and the Harvan Council said they would not return.",
        "The office closed on Monday and Ivo Renk and Mara Tess said they would not return.",
        "The office closed on Monday and Ivo Renk said he would not return.",
    ],
)
def test_they_of_a_body_or_of_two_speakers_stays_unmarked(analyze, text: str) -> None:
    doc, claims = analyze(text)
    c = only_saying(claims, "would not return", doc)
    assert refers(doc, c) is None or said(doc, c).startswith("he ")


# --- a reporting verb's noun phrase with an "-ed" adjective --------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Even at the republic's birth, the Founders stressed the danger of a centralized "
        "government gaining too much power and ceasing to represent their voters.",
        "Ivo Renk stressed the need for a unified response.",
    ],
)
def test_a_noun_phrase_with_an_ed_adjective_is_no_statement(analyze, text: str) -> None:
    _, claims = analyze(text)
    assert not claims


@pytest.mark.issue(15)
def test_an_ed_adjective_before_a_verb_keeps_the_statement(analyze) -> None:
    _, c = _one(analyze, "Ivo Renk said the alleged plot was foiled in March.", "was foiled")
    assert c.hedge == "alleged"


@pytest.mark.issue(15)
def test_needs_parse_reads_an_ed_word_after_a_determiner_as_an_adjective() -> None:
    from newsdossier.analyze.claims.fragments import needs_parse

    assert not needs_parse("the danger of a centralized government")
    assert needs_parse("the danger of a centralized government", True)
    assert not needs_parse("the harbour closed in March", True)


# --- a reporting act's verb phrase holds its doer -----------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Mara Tess has criticized the new film for pandering to the fans.",
         "Mara Tess has criticized the new film for pandering to the fans"),
        ("Ivo Renk blamed the flood on the Harvan Council.",
         "Ivo Renk blamed the flood on the Harvan Council"),
        ("The Vellornian premier, Ivo Renk, accused the creditors of hidden motives.",
         "The Vellornian premier, Ivo Renk, accused the creditors of hidden motives"),
        ("Ivo Renk said the harbour closed in March.", "the harbour closed in March"),
    ],
)  # fmt: skip
def test_a_reporting_acts_verb_phrase_holds_its_doer(analyze, text: str, words: str) -> None:
    doc, claims = analyze(text)
    assert [said(doc, c) for c in claims if c.statement_start >= 0] == [words]


# --- what cannot edge a statement ---------------------------------------------------------


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "tidy"),
    [
        ("at a March 20 Senate hearing that the inquiry was probing the deal.)",
         "the inquiry was probing the deal."),
        (", the Harvan Bank was forced to raise more capital.",
         "the Harvan Bank was forced to raise more capital."),
        ("the port (and its quay) would close", "the port (and its quay) would close"),
        ("at the port the harbour closed", "at the port the harbour closed"),
        ("in a meeting that lasted two hours", "in a meeting that lasted two hours"),
    ],
)  # fmt: skip
def test_tidied(words: str, tidy: str) -> None:
    from newsdossier.analyze.claims.extract import tidied

    a, b = tidied(words, 0, len(words))
    assert words[a:b] == tidy


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "marked"),
    [
        ("Mara Tess was rushed to the clinic. Her records show a strep infection nobody knew "
         "of, since doctors said she had the flu.", "she had the flu", "she"),
        ("The Harvan Council said she would be sacked in March.", "sacked", "she"),
        ("Police said he was arrested at the port on Monday.", "arrested", "he"),
        ("A spokesman said he was arrested at the port on Monday.", "arrested", None),
    ],
)  # fmt: skip
def test_he_or_she_of_no_one_person_is_marked(analyze, text: str, words: str, marked) -> None:
    doc, c = _one(analyze, text, words)
    assert refers(doc, c) == marked


# --- quoted examples ----------------------------------------------------------------------


@pytest.mark.issue(15)
def test_quotes_given_as_examples_are_no_statements() -> None:
    from newsdossier.analyze.claims.extract import _example_quote

    text = (
        "You are making judgments about yourself, such as: “I should have known better.” "
        "“I should have been stronger.” “I should not have trusted the board.”"
    )
    for words in ("I should have known", "I should have been", "I should not have"):
        assert _example_quote(text, text.index(words))
    said_text = "Ivo Renk said: “The pier will close.” “The port will stay open.”"
    assert not _example_quote(said_text, said_text.index("The port"))


@pytest.mark.issue(15)
def test_a_speakers_run_of_quotes_stays(analyze) -> None:
    doc, claims = analyze("Ivo Renk said: “The pier will close.” “The port will stay open.”")
    assert any("pier will close" in said(doc, c) for c in claims)


@pytest.mark.issue(15)
def test_in_that_sense_after_a_subject_points_back(analyze) -> None:
    doc, c = _one(
        analyze,
        "Timothy Renk said elections were held under the old regime, but voters had no real "
        'choice. "Vellornia had democracy in that sense, even after the system had changed," '
        "Renk said.",
        "had democracy",
    )
    assert refers(doc, c) == "in that sense"
    assert c.subject_text == "Vellornia"
    assert doc.text[c.start : c.end] == c.text


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ('"I don\'t believe it," Ivo Renk said in an interview shown Sunday, discussing the '
         "idea that Ostmark wanted to help him.", "believe it"),
        ('On Monday, Mara Tess said: "French art? I have never seen it!"', "never seen it"),
    ],
)  # fmt: skip
def test_a_short_statement_ending_on_it_points_back(analyze, text: str, words: str) -> None:
    doc, c = _one(analyze, text, words)
    assert refers(doc, c) == "it"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words",
    [
        "That’s it.",
        "Go for it!",
        "We made it.",
        "The council will approve it next week.",
        "But I think it would have been great if the council had built the new pier, and "
        "I understand it.",
    ],
)
def test_it_of_an_idiom_or_a_long_statement_is_no_pointing_object(words: str) -> None:
    from newsdossier.analyze.claims.anaphora import pointing_object

    assert pointing_object(words) is None


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Ivo Renk asserted that repression should be based on laws, and indeed his terror was "
         "based on the constitution of 1936.", "repression should be based on laws"),
        ('"The pier was unsafe, and indeed it fell," Ivo Renk said.',
         "The pier was unsafe, and indeed it fell,"),
    ],
)  # fmt: skip
def test_the_writers_bearing_out_is_not_the_reported_words(analyze, text: str, words) -> None:
    doc, claims = analyze(text)
    assert [said(doc, c) for c in claims if c.statement_start >= 0] == [words]
