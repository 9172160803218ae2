"""The claims code made easier to change gives the same statements (issue 15, branch
15ap: the claims output must not move).  Invented sentences through
:func:`find_statements` itself, so that what each restructured piece hands on is seen."""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Callable

import pytest

from newsdossier.analyze.claims import outlets, statements
from newsdossier.analyze.claims.lexicon import attribution
from newsdossier.analyze.claims.sources import Source
from newsdossier.analyze.claims.speech import Frame, Speaker
from newsdossier.analyze.claims.statements import Statement, find_statements
from newsdossier.analyze.pipeline import Work, make_pipeline
from newsdossier.model import Document, PublishedDate, Sentence
from newsdossier.settings import Settings

pytestmark = pytest.mark.issue(15)

_FOUNDATION = ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1")


@pytest.fixture(scope="module")
def statements_of() -> Callable[[str], tuple[str, list[Statement]]]:
    """``statements_of(text)`` -> (the text, its statements in order)."""
    pipe = make_pipeline(Settings(), _FOUNDATION)

    def run(text: str) -> tuple[str, list[Statement]]:
        doc = Document(Document.make_id(text), text, "t", "t", outlet="Test Wire",
                       published=PublishedDate("2021-05-04", "day", "metadata"))  # fmt: skip
        work = [Work(doc)]
        for comp in pipe.components:
            comp(work)
        found = find_statements(doc, work[0].sentences, work[0].mentions)
        return text, [st for k in sorted(found) for st in found[k]]

    return run


def _words(text: str, span: tuple[int, int]) -> str:
    return text[span[0] : span[1]]


def test_each_clause_carries_the_other_clause_shut(statements_of) -> None:
    # "X said that A and added that B may ...": two statements, each with the other's
    # words shut to its hedges
    text, sts = statements_of(
        "Ivo Renk said that the bridge over the river was closed on Monday and added that "
        "the ferry may stop running next week."
    )
    sts = [st for st in sts if st.how != "embedded"]
    assert len(sts) == 2, sts
    first, second = sts
    assert "bridge" in _words(text, first.content) and "ferry" not in _words(text, first.content)
    assert "ferry" in _words(text, second.content)
    assert first.shut and any("ferry" in _words(text, s) for s in first.shut)
    assert second.shut and any("bridge" in _words(text, s) for s in second.shut)


def test_a_single_clause_has_nothing_shut(statements_of) -> None:
    text, sts = statements_of("Ivo Renk said that the bridge over the river was closed on Monday.")
    assert len(sts) == 1
    assert sts[0].shut == ()
    assert "bridge" in _words(text, sts[0].content)


def test_shut_spans_stay_with_their_statement_across_sentences(statements_of) -> None:
    # many frames over many sentences: each statement's spans lie inside its own sentence
    text, sts = statements_of(
        "Ivo Renk said that the bridge over the river was closed and added that the ferry "
        "may stop running soon. Mara Vell said that the old road was open and that the "
        "trucks could pass at night. The mayor of Vellornia said the market would reopen."
    )
    assert sum(1 for st in sts if st.shut) >= 4
    for st in sts:
        for a, b in st.shut:
            assert st.start <= a <= b <= st.end, (st, text[a:b])


# --- _mend_content, one helper per rule: each rule on a frame built by hand ------------


def _frame(text: str, speaker: str, verb: str, words: str, how: str = "verb", **kw) -> Frame:
    """A frame of ``speaker`` ``verb`` whose words start at ``words`` and run to the end
    of the sentence (its final stop left out); the mask is the speaker and the verb."""
    s = text.index(speaker)
    v = text.index(verb)
    a = text.index(words)
    mask = (min(s, v), max(s + len(speaker), v + len(verb)))
    sp = Speaker(speaker, s, s + len(speaker), "name")
    return Frame(sp, verb, v, v + len(verb), mask, (a, len(text.rstrip(" ."))), how, **kw)


def _sentence(text: str) -> Sentence:
    return Sentence("d", 0, len(text), text)


def test_words_that_begin_at_a_denials_verb_begin_after_it() -> None:
    text = "Ivo Renk denies his office was hacked in May."
    f = _frame(text, "Ivo Renk", "denies", "denies his")
    g, a = statements._past_the_verb(text, f, *f.content)
    assert a == text.index("his office")
    assert g.negates is ("denies" in attribution().denial)
    assert statements._past_the_verb(text, g, a, f.content[1]) == (g, a)  # once is enough


def test_the_writers_opening_clause_is_not_the_words() -> None:
    text = "When Ivo Renk won in 1976, his aide, Mara Vell, said that the count was fair.  "
    f = _frame(text, "Mara Vell", "said", "When")
    f = dataclasses.replace(f, content=(text.index("Ivo"), f.mask[0]))
    assert statements._in_writers_clause(text, _sentence(text), f, *f.content)
    g = statements._said_after_writers_clause(text, _sentence(text), f)
    assert g is not None
    assert text[g.content[0] : g.content[1]] == "the count was fair."
    # trailing spaces of the sentence are left out, the stop kept: as the document's prefix
    assert g.content[1] == len(text[: len(text)].rstrip())
    bare = "When Ivo Renk won in 1976, his aide, Mara Vell, said so."
    f = _frame(bare, "Mara Vell", "said", "When")
    assert statements._said_after_writers_clause(bare, _sentence(bare), f) is None


def test_a_reports_finding_starts_at_what_it_showed() -> None:
    text = (
        "Ivo Renk acknowledges a separate Vellorn Courier report that showed the chairman "
        "donated to the party."
    )
    f = _frame(text, "Ivo Renk", "acknowledges", "a separate")
    assert statements._what_was_found(text, _sentence(text), *f.content) == text.index(
        "the chairman"
    )
    plain = "Ivo Renk said the chairman donated to the party in May."
    f = _frame(plain, "Ivo Renk", "said", "the chairman")
    assert statements._what_was_found(plain, _sentence(plain), *f.content) == f.content[0]


def test_a_concession_keeps_its_subordinator() -> None:
    text = "Ivo Renk said earlier that while many of you are tired, there may still be work."
    f = _frame(text, "Ivo Renk", "said", "many of you")
    assert statements._from_subordinator(text, f, f.content[0]) == text.index("while")
    f = _frame(text, "Ivo Renk", "said", "while")
    assert statements._from_subordinator(text, f, f.content[0]) == f.content[0]


def test_a_frame_set_inside_the_sentence_keeps_the_subject() -> None:
    text = "The starting point, according to Ivo Renk, was the old harbour wall."
    f = _frame(text, "Ivo Renk", "according to", "was the", how="according")
    assert statements._from_subject(text, _sentence(text), f, [f], f.content[0]) == 0
    # a writer's clause before the frame is not a subject
    text = "When it rained, according to Ivo Renk, was the worst time."
    f = _frame(text, "Ivo Renk", "according to", "was the", how="according")
    assert statements._from_subject(text, _sentence(text), f, [f], f.content[0]) == f.content[0]


def test_a_conjunct_of_another_source_is_cut_off() -> None:
    text = (
        "Ivo Renk said the toll rose by a third last year, and several more recent "
        "estimates have doubled this figure."
    )
    f = _frame(text, "Ivo Renk", "said", "the toll")
    assert statements._before_other_source(text, f, *f.content) == text.index(", and several")
    text = "Ivo Renk said the toll rose by a third, according to the rates announced Monday."
    f = _frame(text, "Ivo Renk", "said", "the toll")
    assert statements._before_other_source(text, f, *f.content) == text.index(", according")


def test_a_participles_adverbial_clause_is_the_writers() -> None:
    text = (
        "Ivo Renk spoke, warning the drivers that an attack was coming, while pilots flew "
        "low passes."
    )
    f = _frame(text, "Ivo Renk", "warning", "an attack", how="participle")
    assert statements._before_writers_adverbial(text, f, *f.content) == text.index(", while")
    f = _frame(text, "Ivo Renk", "warning", "an attack")  # not a participle's words
    assert statements._before_writers_adverbial(text, f, *f.content) == f.content[1]


def test_a_denials_contrast_is_the_writers() -> None:
    text = "Ivo Renk denies his servers were breached, but the emails of the board were stolen."
    f = _frame(text, "Ivo Renk", "denies", "his servers", negates=True)
    assert statements._before_denials_contrast(text, f, *f.content) == text.index(", but")
    text = "Ivo Renk says his servers were breached, but the emails of the board were stolen."
    f = _frame(text, "Ivo Renk", "says", "his servers")
    assert statements._before_denials_contrast(text, f, *f.content) == f.content[1]


def test_mend_content_applies_the_rules_in_turn() -> None:
    text = "Ivo Renk denies his servers were breached, but the emails of the board were stolen."
    f = _frame(text, "Ivo Renk", "denies", "denies his")
    g = statements._mend_content(text, _sentence(text), f, [f])
    assert g is not None
    assert text[g.content[0] : g.content[1]] == "his servers were breached"
    # words already whole come back as the very frame
    text = "Ivo Renk said the bridge was closed on Monday."
    f = _frame(text, "Ivo Renk", "said", "the bridge")
    assert statements._mend_content(text, _sentence(text), f, [f]) is f


# --- outlets: one translation note, the patterns as they were -------------------------

#: the three patterns as they were written out before 15ap
_REPOST_AFTER_BEFORE = (
    r"\s+(?:reported|reports)(?:\s+(?:\w+day|yesterday|today|"
    r"earlier|at\s+the\s+time))?\s*(?::\s*(?:\n|$)|…|\.\.\.)"
    r"|\s+(?:reported|reports)\s*\((?:via|translated|in\s+translation)\b[^()\n]{0,40}\)"
    r"\s*[,:]?[ \t]*(?:\n|$)"
)
_REPORTED_LINE_BEFORE = (
    r"(?:reported|reports)\s*(?::|\((?:via|translated|in\s+translation)\b[^()\n]{0,40}\)"
    r"\s*[,:]?)[ \t]*\n"
)


def test_the_translation_note_leaves_the_patterns_as_they_were() -> None:
    assert outlets._REPOST_AFTER.pattern == _REPOST_AFTER_BEFORE
    assert outlets._REPORTED_LINE.pattern == _REPORTED_LINE_BEFORE
    assert outlets._REPOST_AFTER.flags == re.compile(_REPOST_AFTER_BEFORE).flags


@pytest.mark.parametrize(
    ("note", "outlet"),
    [
        ("(via an online translator),", True),
        ("(translated from Vellornian):", True),
        ("(in translation)", True),
        ("(viable, they say)", False),
        ("(machine translation),", False),
    ],
)
def test_a_one_word_title_read_in_translation(note: str, outlet: bool) -> None:
    # the per-name line of _is_outlet, with the note: "As Kessick reports (...),"
    text = f"The tolls rose again.\n\nAs Kessick reports {note}\n\nThe port is shut."
    src = Source("Kessick", "named", -1, -1, text.index("Kessick"), text.index(" reports"))
    assert outlets._is_outlet(src, frozenset(), text) is outlet
