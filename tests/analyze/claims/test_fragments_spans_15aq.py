"""Statements a reader can understand on their own (issue 15, claims 60, branch 15aq).

Independent readers of FakeNewsCorpus claims (seeds 1003-1014) judged about half of
their wrong rows fragments or spans: words joined across sentences (a paraphrase and
the quote after it, two quotes with the writer's "said X" between, two sentences under
one hedge) and pronouns or demonstratives shown unmarked ("he" where the frame names
two people, "The Russians did it", "That delay had come ...").  Invented texts of each
construction: the statement stays the words themselves, marked as pointing back and
shown with the sentence they point to.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import only_saying, refers, said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


@pytest.mark.issue(15)
def test_a_paraphrase_and_the_quote_after_it_are_two_statements(analyze) -> None:
    doc, claims = analyze(
        "Officials at the Vellorn port said on Monday that they had found a new way to move "
        "the cargo. Mila Odrin, a senior pilot at the port, said in a statement that this was "
        'a cheaper way of moving freight. "This is a new way to load ships that is different '
        'from how they have been loaded before," Odrin said.\n'
    )
    c = only_saying(claims, "new way to load ships", doc)
    assert said(doc, c).startswith("This is a new way")  # no paraphrase, no stray mark
    assert refers(doc, c) == "This" and "cheaper way of moving freight" in c.text


@pytest.mark.issue(15)
def test_two_quotes_are_not_joined_across_the_writers_credit(analyze) -> None:
    doc, claims = analyze(
        "Mila Odrin, a lecturer at the Vellorn college, hopes the survey will help pilots "
        "decide whether another storm of this kind could hit again. “We hope to learn more "
        "about how these storms wreck the harbours that line both coasts,” said Odrin. "
        "“Additionally, we hope this survey will help in deciding whether a storm of this "
        "size is possible in the future.”\n"
    )
    c = only_saying(claims, "Additionally", doc)
    assert "said Odrin" not in said(doc, c) and "We hope to learn" not in said(doc, c)
    assert refers(doc, c) == "this survey" and "said Odrin" in c.text


@pytest.mark.issue(15)
def test_a_paraphrase_and_the_speakers_next_quote_are_not_joined(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk, a harbour pilot, says the tolls look eerily like they did before the "
        "crash of 2008. Renk explains, “This is the same sort of situation we are in today.”\n"
    )
    c = only_saying(claims, "same sort", doc)
    assert "Renk explains" not in said(doc, c) and refers(doc, c) == "This"


@pytest.mark.issue(15)
def test_he_after_a_frame_that_names_another_person_is_marked(analyze) -> None:
    doc, claims = analyze(
        "The harbour doctor gave Harold Quinn a clean bill of health and claimed he was fit "
        "to serve for seven more years.\n"
    )
    c = only_saying(claims, "fit to serve", doc)
    # the doctor, or Quinn?  Marked, never named
    assert refers(doc, c) == "he" and c.subject_start == -1


@pytest.mark.issue(15)
def test_he_after_a_surname_the_tagger_misread_is_marked(analyze) -> None:
    # "Quinn" alone may be tagged a place or a body: the page names the person in full
    doc, claims = analyze(
        "Harold Quinn spoke on Monday. The harbour doctor gave Quinn a clean bill of health, "
        "added an inch to his height, and claimed he was fit to serve for seven more years.\n"
    )
    c = only_saying(claims, "fit to serve", doc)
    assert refers(doc, c) == "he" and c.subject_start == -1


@pytest.mark.issue(15)
def test_he_of_a_speaker_named_alone_is_not_marked(analyze) -> None:
    doc, claims = analyze("Mila Odrin said he would resign in March.\n")
    c = only_saying(claims, "resign", doc)
    assert refers(doc, c) is None


@pytest.mark.issue(15)
def test_did_it_points_back(analyze) -> None:
    doc, claims = analyze(
        "On that score, every agency in the port confirms: The smugglers did it.\n"
    )
    c = only_saying(claims, "smugglers", doc)
    assert refers(doc, c) == "did it"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words",
    [
        "The smugglers did it with a small boat",
        "The port says the pilots should do it yourself",
        "They did their best",
    ],
)
def test_did_it_with_more_after_it_points_nowhere(words: str) -> None:
    from newsdossier.analyze.claims.anaphora import pointing_object

    assert pointing_object(words) is None


@pytest.mark.issue(15)
def test_a_value_claim_opening_with_a_demonstrative_is_shown_with_the_sentence_before(
    analyze,
) -> None:
    doc, claims = analyze(
        "The ferries were held at the Vellorn quay for three hours on Monday, the port said. "
        "That delay had come after the C-130s took six hours to arrive from Vellorn despite "
        "receiving orders to fly there at once.\n"
    )
    c = only_saying(claims, "That delay", doc)
    assert refers(doc, c) == "That delay" and c.text.startswith("The ferries were held")
    assert said(doc, c).startswith("That delay")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,clause",
    [
        ("the danger of a harbour board gaining too much power", False),
        ("the danger of a board gaining power and ceasing to truly serve its pilots", False),
        ("quite an intense experience", False),
        ("Pell Odrin, of counsel at a law firm that was a lobbyist for the guild", False),
        ("the pilots to leave the port before the storm", True),
        ("the new board to swiftly free Ivo Renk, a pilot who is held in Vellorn", True),
        ("the ferry costs too much", True),
    ],
)
def test_a_reported_complement_needs_a_clause(words: str, clause: bool) -> None:
    # a reporting verb's complement with no clause of its own is no statement (claims 60)
    from newsdossier.analyze.claims.fragments import has_clause
    from newsdossier.analyze.claims.syntax import parse_sentences
    from newsdossier.settings import Settings

    (pdoc,) = parse_sentences(Settings().spacy_model, [words])
    assert has_clause(pdoc) is clause


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,expected",
    [
        (
            "“Additionally, we hope the survey will help.”",
            "Additionally, we hope the survey will help.",
        ),
        ("The first one found by its pull.”", "The first one found by its pull."),
        ("I have never seen it!”.", "I have never seen it!"),
        ("“In this sense, the port is shut.", "In this sense, the port is shut."),
        ('"Not everyone was thrilled.', "Not everyone was thrilled."),
        # marks that quote part of the words stay
        ("called it “a shame” and “a waste”", "called it “a shame” and “a waste”"),
        ("“fire” and “fury”", "“fire” and “fury”"),
        ("“A,” he said, “B.”", "“A,” he said, “B.”"),
        ('it may "undermine the harbour.', 'it may "undermine the harbour.'),
    ],
)
def test_a_stray_quote_mark_at_the_edge_is_not_the_words(words: str, expected: str) -> None:
    from newsdossier.analyze.claims.extract import unmarked

    a, b = unmarked(words, 0, len(words))
    assert words[a:b] == expected


@pytest.mark.issue(15)
def test_a_quotes_later_sentence_is_shown_without_its_marks(analyze) -> None:
    doc, claims = analyze(
        "“We hope to learn more about how storms wreck the harbours,” said Mila Odrin. "
        "“We also hope the survey will help the pilots.”\n"
    )
    c = only_saying(claims, "also hope", doc)
    assert said(doc, c) == "We also hope the survey will help the pilots."


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,words",
    [
        # a claim of responsibility: who did it, the convention of such reports
        ("The Harvan Front claimed responsibility for the attack on the pier of Vellorn.\n",
         "responsibility for the attack"),
        ("The minister urged the new board to swiftly free Ivo Renk, a pilot held in Vellorn.\n",
         "to swiftly free"),
    ],
)  # fmt: skip
def test_a_bare_complement_that_says_something_stays(analyze, text: str, words: str) -> None:
    doc, claims = analyze(text)
    assert only_saying(claims, words, doc).statement_start >= 0


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,names",
    [
        ("Harbour Master Ivo Renk, and Pilots Mila Odrin and Pell Quinn", True),
        ("Only 23% approve of the council", False),  # "approve" read as a noun
        ("Vellorn Port Authority revenues fell", False),
    ],
)
def test_a_list_of_names_is_no_statement(words: str, names: bool) -> None:
    from newsdossier.analyze.claims.fragments import names_only
    from newsdossier.analyze.claims.syntax import parse_sentences
    from newsdossier.settings import Settings

    (pdoc,) = parse_sentences(Settings().spacy_model, [words])
    assert names_only(pdoc) is names


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,pronoun",
    [
        ("In fact, at one point they needed to draw new maps.", "they"),
        ("In May they rejected the offer.", "they"),
        ("The actions that he is undertaking violate the charter.", "he"),
        ("The council says they will vote.", None),  # a clause of its own
        ("At one point the port was shut.", None),
    ],
)
def test_a_pronoun_subject_behind_an_opening_or_in_the_subject(
    words: str, pronoun: str | None
) -> None:
    from newsdossier.analyze.claims.anaphora import embedded_pronoun

    span = embedded_pronoun(words)
    assert (words[span[0] : span[1]] if span else None) == pronoun


@pytest.mark.issue(15)
def test_a_quoted_they_after_an_opening_with_no_comma_is_marked(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk spoke about the port for an hour on Monday. “The council never wanted "
        "the new pier. In fact, at one point they needed to draw new maps because the pier "
        "was no longer in the harbour,” Renk said.\n"
    )
    c = only_saying(claims, "new maps", doc)
    assert refers(doc, c) == "they" and "never wanted the new pier" in c.text


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,them",
    [
        ("My opponent will never meet with them, or share in their pain.", True),
        ("Even the relatively apolitical seem to be roused against them.", True),
        ("We love our pilots and will protect them.", False),  # the pilots
        ("Renk and Odrin saw them.", False),
        ("Many of them left.", False),
    ],
)
def test_an_object_them_with_nothing_before_it_points_back(words: str, them: bool) -> None:
    from newsdossier.analyze.claims.anaphora import object_them

    assert (object_them(words) is not None) is them


@pytest.mark.issue(15)
def test_a_quoted_them_is_marked_and_shown_with_the_sentence_before(analyze) -> None:
    doc, claims = analyze(
        "Seven families of Vellorn lost their boats in the storm last winter. “My opponent "
        "will never meet with them, or share in their pain,” Ivo Renk said.\n"
    )
    c = only_saying(claims, "never meet", doc)
    assert refers(doc, c) == "them" and c.text.startswith("Seven families")
