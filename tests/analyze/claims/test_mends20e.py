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


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "writer"),
    [
        (
            "Asked about an excerpt from Mara Voss's book, Ivo Renk's office sent this reply:"
            "\n\nThe minister has never met Ms. Voss.\n",
            "Voss",
        ),
        (
            "Read the excerpts of Ivo Renk's speech below, followed by the ministry's reply:\n\n"
            "The ministry raised the tolls by 12 percent without a vote.\n",
            "Renk",
        ),
        (
            "The Harvan Post excerpted parts of Mara Voss's interview with Ivo Renk:\n\n"
            "The ministry never told us why the tolls rose.\n",
            "Voss",
        ),
        (
            "In response to an excerpt from Ivo Renk's book, the ministry wrote:\n\n"
            "The minister has never met Mr. Renk.\n",
            "Renk",
        ),
    ],
)
def test_an_excerpt_named_inside_a_line_gives_no_writer(analyze, text, writer) -> None:
    doc, claims = analyze(text)
    line = text.split("\n\n")[1].strip()
    assert all(writer not in (c.source_name or "") for c in claims if _words(doc, c) in line)


@pytest.mark.issue(15)
def test_an_excerpt_heading_the_line_still_names_the_writer(analyze) -> None:
    doc, claims = analyze(
        "The Harvan Post has excerpted part of Ivo Renk's new book on the tolls:\n\n"
        "The ministry raised the tolls by 12 percent without a vote.\n"
    )
    (c,) = claims
    assert c.source_name == "Ivo Renk" and "12 percent" in _words(doc, c)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "sayer"),
    [
        (
            "Mara Voss said of the article:\n\nHarvan Drivers Face A Long Winter Ahead\n\n"
            "The article was later corrected by the Harvan Post.\n",
            "Mara Voss",
        ),
        (
            "Ivo Renk wrote in his column:\n\nThe Tolls Must Fall Before The Election In Harvan"
            "\n\nThe ministry has lied to every driver in Harvan.\n",
            "Ivo Renk",
        ),
        (
            "Ivo Renk said in an article on Monday:\n\nHarvan Drivers Strike\n\n"
            "We will not pay another cent.\n",
            "Ivo Renk",
        ),
        (
            "Mara Voss wrote a piece about the article on Monday:\n\nHarvan Drivers Face A Long "
            "Winter Ahead\n\nThe ministry raised the tolls by 12 percent without a vote.\n",
            "Mara Voss",
        ),
    ],
)
def test_a_work_talked_of_gives_the_sayer_no_title_block(analyze, text, sayer) -> None:
    doc, claims = analyze(text)
    prose = text.split("\n\n")[2].strip()
    assert not [c for c in claims if c.source_name == sayer and _words(doc, c) == prose]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "intro",
    [
        "Ivo Renk wrote the following column for the Harvan Post:",
        "Ivo Renk wrote an article for the Harvan Post:",
    ],
)
def test_a_work_handed_over_opens_on_its_title(analyze, intro) -> None:
    doc, claims = analyze(
        f"{intro}\n\nWhy The Tolls Must Fall\n\n"
        "The ministry raised the tolls by 12 percent without a vote.\n"
    )
    assert [c for c in claims if c.source_name == "Ivo Renk" and "12 percent" in _words(doc, c)]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "view"),
    [
        (
            "Among traders, optimists believe that rates will fall in June.",
            "rates will fall in June",
        ),
        (
            "In Harvan, optimists think that the market will recover by June.",
            "the market will recover by June",
        ),
    ],
)
def test_a_temperament_with_a_scope_reports_people(analyze, text, view) -> None:
    doc, claims = analyze(text)
    assert [c for c in claims if c.source_name == "optimists" and _words(doc, c) == view]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Optimists feel that the market will recover by June.",
        "Pessimists believe that a bad thing will last forever.",
    ],
)
def test_a_bare_temperament_opening_a_sentence_is_still_no_ones(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.source_kind == "anonymous"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker", "view"),
    [
        (
            "Among economists, many believe that rates will fall in June.",
            "many",
            "rates will fall in June",
        ),
        (
            "In Harvan, residents believe that the plant is unsafe.",
            "residents",
            "the plant is unsafe",
        ),
        (
            "The Harvan Post published an excerpt of the ruling on Monday. The court said the "
            "tolls were lawful.",
            "The court",
            "the tolls were lawful",
        ),
        (
            "Mara Voss wrote in a column last week that the tolls were unfair.",
            "Mara Voss",
            "the tolls were unfair",
        ),
        (
            "According to the ministry, the tolls rose by 12 percent in May.",
            "the ministry",
            "the tolls rose by 12 percent in May",
        ),
    ],
)
def test_ordinary_news_lines_keep_their_speakers(analyze, text, speaker, view) -> None:
    doc, claims = analyze(text)
    assert [(c.source_name, _words(doc, c)) for c in claims] == [(speaker, view)]
