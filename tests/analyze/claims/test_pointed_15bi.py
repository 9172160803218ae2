"""The earlier sentence unresolved pointing words need (issue 15, branch 15bi).

Independent readers of claims v88 judged rows whose pointing words ("these evil cells",
"It", "some of that") name nothing fragments unless the row shows what they stand for.
Invented texts of each construction: the nearest sentence before that holds a fitting
candidate is kept with the claim (``context_start``/``context_end``, offsets into the
clean text); none within reach, across a heading or another speaker's quote, or for a
class of words whose context is too often wrong ("it"): no context, the row stays
marked.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

from newsdossier.analyze.claims.pointed import ALL_CLASSES, pointed_context, word_class
from newsdossier.analyze.claims.sources import Source
from newsdossier.analyze.claims.statements import Statement
from newsdossier.model import Document, Mention, Sentence
from tests.analyze.claims.reading import context, marked, refers

pytestmark = pytest.mark.issue(15)


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


@pytest.mark.parametrize(
    "words,expected",
    [
        ("He", "person"), ("she", "person"), ("they", "plural"), ("them", "plural"),
        ("These", "plural"), ("This", "whole"), ("that", "whole"), ("some of that", "whole"),
        ("these evil cells", "noun"), ("The answer", "noun"), ("It", None), ("its", None),
        ("this make a huge", None),
    ],
)  # fmt: skip
def test_the_class_of_the_pointing_words(words: str, expected: str | None) -> None:
    assert word_class(words) == expected


def test_they_gets_no_context(analyze: Any) -> None:
    # a plural noun phrase before "they": measured, and withheld (11 of 16 on the sample
    # store); the row stays marked
    first = "Pell Odrin met the fishermen of Vellorn on Tuesday."
    doc, c = marked(analyze, first + " Ivo Renk said they would strike in May.", "they")
    assert context(doc, c) is None
    d, subs = _doc(first + " Ivo Renk said they would strike in May.")
    a = d.text.index("they")
    assert pointed_context(d, subs, {}, (a, a + 4), "ivo renk", ALL_CLASSES) == (0, len(first))


def test_this_alone_gets_no_context(analyze: Any) -> None:
    # the sentence before, measured for "this"/"that" alone and withheld (0.68 on the
    # FakeNewsCorpus sample store): the row stays marked, its text shows that sentence
    first = "The Harvan Council sold the old pier to a private buyer last spring."
    doc, c = marked(analyze, first + " “This is a shameful vote,” Ivo Renk said.", "This")
    assert context(doc, c) is None and c.start == 0


def test_the_previous_paragraphs_last_sentence_counts(analyze: Any) -> None:
    first = "On Friday, a guard stopped Pell Odrin at the gate."
    doc, c = marked(analyze, first + "\n\n“He wants the pier sold,” Tess Marlow said.", "He")
    assert context(doc, c) == first


def test_never_across_a_heading() -> None:
    text = "Pell Odrin met the fishermen on Tuesday.\n\nA Quiet Pier\nRenk said they would strike."
    assert _context_of(text, "they") is None
    text = "Pell Odrin met the fishermen on Tuesday.\n\nRenk said they would strike."
    assert _context_of(text, "they") == "Pell Odrin met the fishermen on Tuesday."


def test_it_gets_no_context(analyze: Any) -> None:
    text = "The tide rose over the quay on Friday. Tess Marlow said it had never risen so high."
    doc, claims = analyze(text)
    assert all(context(doc, c) is None for c in claims)


def _doc(text: str, people: tuple[str, ...] = ()) -> tuple[Any, list[Sentence]]:
    """A claims-stage view of ``text`` (sentences end at ".", a line is a paragraph, the
    named ``people`` tagged as persons), for :func:`pointed_context` alone: no tagger's miss in the way."""
    from collections import Counter

    from newsdossier.analyze.claims.extract import _Doc

    doc = Document(Document.make_id(text), text, "t", "t")
    subs = [
        Sentence(doc.id, m.start(), m.end(), m.group())
        for m in re.finditer(r"[^\s][^\n]*?[.!?](?=\s|$)", text)
    ]
    mentions = sorted(
        (Mention(doc.id, m.start(), m.end(), m.group(), "PERSON", "person", m.group().lower(),
                 "t", "1") for p in people for m in re.finditer(re.escape(p), text)),
        key=lambda m: m.start,
    )  # fmt: skip
    d = _Doc(doc, text, mentions, [m.start for m in mentions], Counter(), {})
    return d, subs


def _context_of(  # (every class, "whole" too: see SHOWN_CLASSES)
    text: str, words: str, people: tuple[str, ...] = (), speaker: str = "", quoted: str = ""
) -> str | None:
    """The context of the last ``words`` of ``text``; ``quoted``: a speaker key whose
    quote is the sentence that holds ``“``."""
    d, subs = _doc(text, people)
    a = text.rindex(words)
    statements = {
        s.start: [Statement(s.start, s.end, (s.start + 1, s.end - 1), Source(quoted, "named", key=quoted), "quote", "direct")]
        for s in subs
        if quoted and "“" in s.text
    }  # fmt: skip
    found = pointed_context(d, subs, statements, (a, a + len(words)), speaker, ALL_CLASSES)
    return text[found[0] : found[1]] if found else None


def test_a_this_deep_in_its_sentence_gets_no_context() -> None:
    # "we do not have to simply accept this": a "this" after a clause of its own most
    # often stands for that clause, or for something further back
    text = "The council sold the old pier last spring. Renk said we do not have to accept this."
    assert _context_of(text, "this") is None
    text = "The council sold the old pier last spring. And this is a shameful vote."
    assert _context_of(text, "this") == "The council sold the old pier last spring."


def test_past_a_sentence_that_points_back_itself() -> None:
    text = (
        "The council sold the old pier last spring. It was a quiet vote. This is a shameful deal."
    )
    assert _context_of(text, "This") == "The council sold the old pier last spring."


def test_a_candidate_in_the_words_own_sentence_gives_no_context() -> None:
    # "Renk stopped two guards and held them": the guards of the same sentence
    text = "Pell Odrin met the fishermen on Tuesday. The guards stopped two sailors and held them."
    assert _context_of(text, "them", ("Pell Odrin",)) is None
    text = "Pell Odrin met the fishermen on Tuesday. Ivo Renk said they held nobody."
    assert _context_of(text, "they", ("Pell Odrin",)) == "Pell Odrin met the fishermen on Tuesday."


def test_he_is_never_the_quotes_own_speaker() -> None:
    text = "Ivo Renk spoke on Tuesday. Renk said he would resign."
    assert _context_of(text, "he", ("Ivo Renk", "Renk"), speaker="ivo renk") is None
    text = "Pell Odrin spoke on Tuesday. Renk said he would resign."
    assert (
        _context_of(text, "he", ("Pell Odrin",), speaker="ivo renk")
        == "Pell Odrin spoke on Tuesday."
    )


def test_two_sentences_back_at_most_and_one_paragraph() -> None:
    text = "The dormant cancer cells hide. The trial ran for a year. It ended. These cells wake."
    assert _context_of(text, "These cells") is None
    # review19: a noun's context is two sentences back only past one skipped for pointing
    # back ("Harvan signed a deal in 2018. Vellorn is in talks too. This deal ...")
    text = "The dormant cancer cells hide. The trial ran for a year. These cells wake."
    assert _context_of(text, "These cells") is None
    text = "The dormant cancer cells hide. They grew slowly. These cells wake."
    assert _context_of(text, "These cells") == "The dormant cancer cells hide."
    text = "The dormant cancer cells hide. The trial ran for a year.\nThese cells wake."
    assert _context_of(text, "These cells") is None  # the previous paragraph's last only


def test_he_names_the_one_person_wherever_the_name_stands(analyze: Any) -> None:
    # 15bi: the one person need no longer open its sentence (ECB+: 98 right, 13 wrong ->
    # 106 right, 14 wrong with the guards below)
    text = (
        "On Friday, the harbour board fined Pell Odrin for a late berth. “He wants the pier"
        " sold,” Tess Marlow said."
    )
    doc, claims = analyze(text)
    c = next(c for c in claims if refers(doc, c) == "He")
    assert c.subject_text == "Pell Odrin"


@pytest.mark.parametrize(
    "first",
    [
        # two people, one of them tagged as an organisation by the small tagger
        "On Friday, Ivo Renk met Pell Odrin at the gate.",
        # a person named by a common noun: the guard may be meant
        "On Friday, a guard stopped Pell Odrin at the gate.",
    ],
)
def test_he_stays_unresolved_when_another_person_may_be_meant(analyze: Any, first: str) -> None:
    doc, claims = analyze(first + " “He wants the pier sold,” Tess Marlow said.")
    c = next(c for c in claims if refers(doc, c) == "He")
    assert c.subject_start == -1
    assert context(doc, c) == first  # the sentence is shown, no name guessed


def test_never_across_another_speakers_quote() -> None:
    text = (
        "Pell Odrin met the fishermen on Tuesday. “We are tired,” Odrin said. Renk said they would."
    )
    assert _context_of(text, "they", quoted="tess marlow", speaker="ivo renk") is None
    # the same speaker's quote is crossed
    found = _context_of(text, "they", quoted="ivo renk", speaker="ivo renk")
    assert found == "Pell Odrin met the fishermen on Tuesday."


@pytest.mark.parametrize(
    "text",
    [
        # review17: a nearer sentence about an unnamed person; an unnamed insider told of
        # since the name; the other gender's pronoun between the name and the words
        "Police stopped a car driven by Ivo Renk near Leeds. The passenger was arrested."
        " Prosecutors said he had carried the drugs.",
        "Mira Voss ran the fund until May. Our insider says she saw the ledgers.",
        "Ivo Renk signed the deal, and his deputy read it out. Police said she knew.",
        "Mira Voss signed the deal in her office. Police said he knew.",
    ],
)
def test_no_context_when_someone_else_may_be_meant(text: str) -> None:
    words = " she " if " she " in text.rsplit(".", 2)[-2] else " he "
    assert _context_of(text, words.strip(), ("Ivo Renk", "Mira Voss")) is None


def test_the_persons_own_pronoun_between_keeps_the_context() -> None:
    text = "Ivo Renk left his office at noon. Police said he knew."
    assert _context_of(text, "he", ("Ivo Renk",)) == "Ivo Renk left his office at noon."
    # the name's own gender is not known (no list of first names): shown as it stands
    text = "Mira Voss signed the deal. Police said he knew."
    assert _context_of(text, "he", ("Mira Voss",)) == "Mira Voss signed the deal."
