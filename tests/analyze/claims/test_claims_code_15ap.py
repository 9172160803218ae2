"""The claims code made easier to change gives the same statements (issue 15, branch
15ap: the claims output must not move).  Invented sentences through
:func:`find_statements` itself, so that what each restructured piece hands on is seen."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from newsdossier.analyze.claims.statements import Statement, find_statements
from newsdossier.analyze.pipeline import Work, make_pipeline
from newsdossier.model import Document, PublishedDate
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
