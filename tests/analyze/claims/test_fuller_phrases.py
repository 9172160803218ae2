"""A pointing noun phrase named by the fuller one told before (issue 15, branch 15ad).

Independent readers of FakeNewsCorpus claims judged 20 of the 47 wrong rows of seeds
94-96 fragments, most of them reported words whose noun phrase ("these trucks", "The
banks", "this race") stands for a fuller one told a sentence or two before.  Invented
texts of each construction: the nearest earlier phrase with the same head noun, told
with more than its determiner, becomes the subject (its offsets into the clean text,
the pointing words kept beside it); a verb of the same spelling, a bare "the trucks" or
a head too general to be the same thing twice names nothing.  A quote whose pointing
words still name nothing is widened back across its speaker's frame to the same
speaker's quote before.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.analyze.claims.anaphora import definite_subject, pointing_phrases
from newsdossier.analyze.claims.antecedents import _phrase_around, head_forms
from tests.analyze.claims.reading import only_saying as _only
from tests.analyze.claims.reading import refers as _refers
from tests.analyze.claims.reading import said as _said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _subject(doc: Any, c: Any) -> str:
    assert doc.text[c.subject_start : c.subject_end] == c.subject_text
    return c.subject_text


@pytest.mark.issue(15)
def test_a_demonstrative_object_names_the_fuller_phrase_with_its_modifiers(analyze) -> None:
    doc, claims = analyze(
        "Vellorn jets struck 116 oil tanker trucks near the border on Sunday, the harbour "
        'office said. "We have not struck these trucks before," Colonel Ivo Renk said.\n'
    )
    c = _only(claims, "these trucks", doc)
    assert _subject(doc, c) == "oil tanker trucks" and _refers(doc, c) == "these trucks"
    assert c.subject_end <= c.refers_start and c.source_name == "Ivo Renk"


@pytest.mark.issue(15)
def test_a_definite_plural_subject_names_the_fuller_phrase(analyze) -> None:
    doc, claims = analyze(
        "Regulators named three Vellornian banks that froze the accounts of the guild. "
        "The banks cite the risk of dubious transactions, according to local reports.\n"
    )
    c = _only(claims, "dubious transactions", doc)
    # a past tense ("named") ends the phrase; the count stays with its noun
    assert _subject(doc, c) == "three Vellornian banks" and _refers(doc, c) == "The banks"


@pytest.mark.issue(15)
def test_a_phrase_after_the_noun_completes_it(analyze) -> None:
    doc, claims = analyze(
        "The rescue has become a race against the clock. "
        '"But we are determined to win this race," said Tomas Odrin.\n'
    )
    c = _only(claims, "win this race", doc)
    assert _subject(doc, c) == "race against the clock" and _refers(doc, c) == "this race"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "before",
    [
        # a verb of the same spelling: "race" is what they do, not a thing told
        "They race to the pier every morning.",
        # a bare definite: it points back itself, and says nothing more
        "The trucks came at dawn and the race began.",
    ],
)
def test_no_fuller_phrase_names_nothing(analyze, before: str) -> None:
    doc, claims = analyze(f'{before} "But we are determined to win this race," said Tomas Odrin.\n')
    c = _only(claims, "win this race", doc)
    assert c.subject_start < 0 and c.subject_text == ""


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "before,words",
    [
        # the pointing phrase's own modifier is not in the earlier one: another thing
        ("The pier doctors grew new brain cells in March.", "these modified cells"),
        # the earlier phrase says nothing more than the pointing one
        ("Odrin admitted a personal mistake on Monday.", "this personal mistake"),
        # "to collect": a verb before the noun is no modifier
        ("The crews went north to collect data on the tides.", "this data"),
    ],
)
def test_an_earlier_phrase_that_may_be_another_thing_names_nothing(
    analyze, before: str, words: str
) -> None:
    doc, claims = analyze(f'{before} "We will study {words} for years," said Tomas Odrin.\n')
    c = _only(claims, words, doc)
    assert c.subject_start < 0, c.subject_text


@pytest.mark.issue(15)
def test_a_general_head_is_never_named(analyze) -> None:
    # "these things" after "the many things the council promised": too general to be the
    # same thing twice (a wrong subject misleads more than none)
    doc, claims = analyze(
        "The council listed the many things the port promised in May. "
        '"We never saw these things happen," said Tomas Odrin.\n'
    )
    c = _only(claims, "these things", doc)
    assert c.subject_start < 0


@pytest.mark.issue(15)
def test_a_quote_is_widened_across_its_speakers_frame(analyze) -> None:
    doc, claims = analyze(
        "Renk is also the man who began the long fight over the pier, back in 2007. "
        "“He’s the only one I know of who has been so obsessed with the pier,” harbour "
        "warden Mila Odrin said back then. “This just seems to be an enormous focus of his.”\n"
    )
    c = _only(claims, "enormous focus", doc)
    said = _said(doc, c)
    # claims 60: shown from the same speaker's quote before, across the frame; the
    # statement is the quote alone, marked (joined, it held the writer's "said" inside:
    # readers of seeds 1008 and 1014 judged such rows spans)
    assert said.startswith("This just seems") and c.source_name == "Mila Odrin"
    assert (
        "“He’s the only one" in c.text and _refers(doc, c) == "This"
    )  # (claims 78: not "This just")


@pytest.mark.issue(15)
def test_another_speakers_quote_is_not_joined(analyze) -> None:
    doc, claims = analyze(
        "Renk is also the man who began the long fight over the pier, back in 2007. "
        "“He’s the only one I know of who has been so obsessed with the pier,” harbour "
        "warden Mila Odrin said back then. “This just seems to be an enormous focus of his,” "
        "said Ivo Renk.\n"
    )
    c = _only(claims, "enormous focus", doc)
    assert not _said(doc, c).startswith("He’s") and c.source_name == "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,expected",
    [
        ("We have not struck these trucks before,", ["these trucks"]),
        ("work to do in these three arenas, and more", ["these three arenas"]),
        ("when these oil trucks burned", ["these oil trucks"]),
        ("These organisms use the protein", ["These organisms"]),
        ("this cluster appears to hold a black hole", ["this cluster"]),
        ("this new development", ["this new development"]),
        ("those who left", []),
        ("this is it", []),
    ],
)
def test_pointing_phrases(words: str, expected: list[str]) -> None:
    assert [words[a:b] for a, b in pointing_phrases(words)] == expected


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,expected",
    [
        ("The banks cite the risk", "The banks"),
        ("So these firms say the port is shut", "these firms"),
        ("The banks of the river flooded", None),  # "of": no verb after the noun
        ("The bank cites the risk", None),  # singular: pointing_span's business
    ],
)
def test_definite_subject(words: str, expected: str | None) -> None:
    span = definite_subject(words)
    assert (words[span[0] : span[1]] if span else None) == expected


def test_head_forms_hold_singular_and_plural() -> None:
    assert {"truck", "trucks"} <= head_forms("trucks", plural=True)
    assert {"party", "parties"} <= head_forms("party", plural=False)
    assert {"party", "parties"} <= head_forms("parties", plural=True)
    assert {"bus", "buses"} <= head_forms("buses", plural=True)
    assert {"bus", "buses"} <= head_forms("bus", plural=False)


@pytest.mark.parametrize(
    "noun,plural", [("news", False), ("bus", False), ("crisis", True), ("trucks", False)]
)
def test_a_final_s_is_cut_only_from_a_marked_plural(noun: str, plural: bool) -> None:
    # "this news" is no "new"; "the trucks" (no plural determiner) keeps its "s"
    assert noun[:-1] not in head_forms(noun, plural=plural)


@pytest.mark.issue(15)
def test_a_singular_head_ending_in_s_names_no_shorter_word(analyze) -> None:
    doc, claims = analyze(
        "Officials announced nothing new in the statement. "
        '"This news is bad for the harbour," Ivo Renk said.\n'
    )
    c = _only(claims, "This news", doc)
    assert c.subject_text != "nothing new in the statement"


@given(st.text(alphabet="abc ,.thesoTrucki", max_size=60), st.integers(0, 59))
def test_a_phrase_found_holds_its_head(text: str, at: int) -> None:
    # whatever the text, a phrase found around a word holds that word, inside the text
    words = [(i, j) for i, j in ((text.find(w), 0) for w in text.split()) if i >= 0]
    if not words:
        return
    a = words[at % len(words)][0]
    b = a + len(text[a:].split()[0])
    found = _phrase_around(text, a, b, 0)
    if found is not None:
        assert 0 <= found[0] <= a and b <= found[1] <= len(text)


@pytest.mark.issue(15)
def test_a_quote_is_widened_to_the_same_speakers_words_before_its_own_frame(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk, a harbour pilot, says the tolls look eerily like they did before the "
        "crash of 2008. Renk explains, “This is the same sort of situation we are in today.”\n"
    )
    c = _only(claims, "same sort of situation", doc)
    said = _said(doc, c)
    # claims 60: the paraphrase is shown, not joined ("Renk explains, “" inside the words
    # was judged a span by readers of seeds 1009 and 1013)
    assert said.startswith("This is the same sort") and _refers(doc, c) == "This"
    assert c.text.startswith("Ivo Renk, a harbour pilot, says the tolls")
