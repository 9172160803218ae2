"""Mends of a review of claims v112 (branch 20e): invented examples of what the review
found reaching past its construction, and the ordinary lines that must keep base's reading:

- a removed credit line naming a job, a desk, an agency or a crowd ("Contributed by
  photographer Ivo Renk", "by Staff Reporter", "by AFP") shown as the page's writer, and
  a credit's name winning over a different person in the metadata's author field;
- "excerpt" anywhere in an introducing line ("Asked about an excerpt from X's book, Y's
  office sent this reply:") giving the block to the book's writer;
- a title line after "X said of the article:" credited to the sayer;
- "Among traders, optimists believe that ..." losing its claim as a temperament.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.excerpts import page_voice
from newsdossier.analyze.claims.sources import citable
from newsdossier.model import Document, Removed
from tests.analyze.claims.reading import said as _words


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


def _credited(line: str, author: str | None = None) -> tuple[str | None, str, str | None]:
    text = "The tolls will rise again, and the drivers will pay for it.\n"
    doc = Document(Document.make_id(text), text, "t", "t", author=author, outlet="example.com",
                   removed=(Removed("outlet", line),))  # fmt: skip
    src = citable(page_voice(doc), doc.text, None, (doc.author, doc.outlet))
    return src.name, src.kind, src.resolved


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "line",
    [
        "Contributed by photographer Ivo Renk",
        "Contributed by staff",
        "Contributed by Reuters",
        "Contributed by AFP",
        "Contributed by our readers",
        "Contributed by Staff Reporter",
        "Contributed by Editorial Board",
        "Contributed by Pool Photographer",
        "Contributed by Anonymous",
    ],
)
def test_a_credit_naming_no_writer_names_no_one(line) -> None:
    name, _, resolved = _credited(line)
    assert name is None and resolved is None


@pytest.mark.issue(15)
def test_a_different_metadata_author_wins_over_a_credit_line() -> None:
    name, _, resolved = _credited("Contributed by Ivo Renk of www.example.org.", "Mara Voss")
    assert resolved != "byline" and name != "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("line", "author"),
    [
        ("Contributed by Ivo Renk of www.example.org.", None),
        ("Contributed by Ivo Renk.", "The Harvan Sheet"),
        ("Originally published by Ivo Renk at his Harvan Notes.", None),
    ],
)
def test_a_credit_naming_a_writer_still_names_them(line, author) -> None:
    assert _credited(line, author) == ("Ivo Renk", "author", "byline")
