"""Whose words (issue 15, branch 15bx): invented examples of what independent readers of
claims v106-v111 judged wrong, and the ordinary sentences sharing their words that must
not change:

- a book's passage after "X has excerpted part of <Author>'s new book:" shown with an
  unknown voice (the introducer names the book's writer), and a block that opens on the
  work's title line;
- the writer's generalisation "Optimists think that ..." credited to "Optimists";
- a page whose writer only a credit line the cleaner removed names ("Contributed by ...")
  shown as the speaker "-".
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


@pytest.mark.issue(15)
def test_an_excerpt_of_a_named_writers_book_is_the_writers(analyze) -> None:
    doc, claims = analyze(
        "The Harvan Post has excerpted part of Ivo Renk's new book on the tolls:\n\n"
        "How The Tolls Broke Harvan (Guest Column)\n\n"
        "On May 3, the ministry raised the tolls by 12 percent without a vote.\n\n"
        "The drivers' union called a strike the next day.\n"
    )
    (c,) = [c for c in claims if c.source_name == "Ivo Renk"]
    assert _words(doc, c).startswith("On May 3, the ministry raised the tolls")
    assert not any("Broke Harvan" in _words(doc, x) for x in claims)  # a title, no claim
    # the paragraph after may be the book or the writer again: unknown, as before
    assert all(x.source_name != "Ivo Renk" for x in claims if "strike" in _words(doc, x))


@pytest.mark.issue(15)
def test_an_excerpt_from_a_named_writers_memoir_is_the_writers(analyze) -> None:
    _, claims = analyze(
        "Here is an excerpt from Mara Voss's memoir, via the Harvan Post:\n\n"
        "The ministry never told us why the tolls rose.\n"
    )
    assert [c.source_name for c in claims] == ["Mara Voss"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # a tweet's short line is all that was said: the ministry's line is not Renk's
        "Ivo Renk tweeted:\n\nWe will win this\n\nThe ministry rejected the claim on Monday.\n",
        "Here is an excerpt from the report by Ivo Renk:\n\nTolls Rise Again In Harvan\n\n"
        "The tolls rose by 12 percent in May.\n",
        # the new excerpt pattern's words, not heading the line: the reply is the office's
        "Asked about an excerpt from Ivo Renk's book, the ministry sent this reply:\n\n"
        "The minister has never met Mr. Renk.\n",
        "Renk's book was excerpted in the Harvan Post on Monday. The ministry said the book "
        "was wrong.\n",
    ],
)
def test_no_writer_is_made_up_for_other_blocks(analyze, text) -> None:
    _, claims = analyze(text)
    assert all(c.source_name not in ("Ivo Renk", "Renk") for c in claims)


@pytest.mark.issue(15)
def test_a_temperament_restated_is_no_ones_view(analyze) -> None:
    _, claims = analyze(
        "Optimists think that if it is a bad thing it is a fluke. Pessimists believe that a "
        "bad thing will last forever.\n"
    )
    assert not [c for c in claims if c.source_kind == "anonymous"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Residents think that the plant is unsafe, and many have moved away.", "Residents"),
        ("Experts believe that the outbreak will peak in March.", "Experts"),
        ("Skeptics believe that the tax will be passed on to consumers.", "Skeptics"),
        ("Many optimists think that the market will recover by June.", "Many optimists"),
        ("The optimists in the cabinet believe that the deal will pass.", "optimists"),
        ("Optimists said that the market would recover by June.", "Optimists"),
        ("Optimists thought that the war would end by Christmas.", "Optimists"),
        ("Analysts think that the central bank will raise rates again.", "Analysts"),
        ("Officials believe that the fire was set deliberately.", "Officials"),
        ("Investors believe that the merger undervalues the company.", "Investors"),
        ("Pessimists warned that the bridge would not open this year.", "Pessimists"),
    ],
)
def test_reported_groups_keep_their_views(analyze, text, speaker) -> None:
    doc, claims = analyze(text)
    view = text.split(" that ", 1)[1].rstrip(".")
    assert [
        c
        for c in claims
        if speaker.lower() in (c.source_name or "").lower() and _words(doc, c) == view
    ]


def _reposted(removed: tuple[Removed, ...], author: str | None = "The Harvan Sheet") -> Document:
    text = "The tolls will rise again, and the drivers will pay for it.\n"
    return Document(Document.make_id(text), text, "t", "t", author=author, outlet="example.com",
                    removed=removed)  # fmt: skip


@pytest.mark.issue(15)
def test_a_writer_only_a_removed_credit_line_names_is_shown_from_the_byline() -> None:
    doc = _reposted((Removed("outlet", "Contributed by Ivo Renk of www.example.org."),))
    src = citable(page_voice(doc), doc.text, None, (doc.author, doc.outlet))
    assert (src.name, src.kind, src.resolved) == ("Ivo Renk", "author", "byline")


@pytest.mark.issue(15)
def test_a_credit_line_the_text_still_holds_names_from_the_text() -> None:
    text = "The tolls will rise again.\n\nContributed by Ivo Renk of www.example.org.\n"
    doc = Document(Document.make_id(text), text, "t", "t", author=None, outlet="example.com")
    src = citable(page_voice(doc), doc.text, None, (doc.author, doc.outlet))
    assert (src.name, src.resolved) == ("Ivo Renk", None)
