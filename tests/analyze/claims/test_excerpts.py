"""Excerpts of other voices on a page, and the page's own voice (issue 15, round 5).

Invented pages with the conventions an independent reader found filed under the
reposting author on the FakeNewsCorpus sample: block quotes after an introducing line,
"the following comes from X…", a speaker's resumed speech, reproduced documents, and
credit lines under reposts.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.excerpts import find_excerpts, page_voice
from newsdossier.model import Document


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


def _by_text(claims, words):
    found = [c for c in claims if words in c.text]
    assert found, [(c.source_name, c.text) for c in claims]
    return found[0]


_BLOCK = (
    "The Harvan Council met again on Monday to discuss its budget.\n\n"
    "As the Vellorn Ledger reports (via a translation),\n\n"
    "The council is likely to collapse by the spring. Its reserves reportedly fell by half, "
    "officials said.\n\n"
    "I have warned about this for years. The levy will probably fail in the vote.\n"
)


@pytest.mark.issue(15)
def test_a_block_after_an_introducing_line_is_the_sources(analyze) -> None:
    doc, claims = analyze(_BLOCK)
    c = _by_text(claims, "likely to collapse")
    assert (c.source_name, c.source_kind) == ("Vellorn Ledger", "named")
    framed = _by_text(claims, "officials said")
    assert framed.source_name == "officials" and framed.via == "Vellorn Ledger"
    # the writer again: a first-person paragraph after the block
    own = _by_text(claims, "levy will probably fail")
    # (the metadata's author, whose name the text does not hold: marked as the metadata's)
    assert (own.source_name, own.source_kind, own.resolved) == (
        "Lena Ostrova",
        "author",
        "metadata",
    )


_FOLLOWING = (
    "Markets fell for a third day and nobody expects a rebound soon.\n\n"
    "The following summary comes from an article that was posted on Harvan Notes…\n\n"
    "The Harvan Council allegedly spent 300 million on consultants last year.\n\n"
    "The council may also have hidden its losses from the auditors.\n\n"
    "Its chairman reportedly resigned on Friday.\n"
)


@pytest.mark.issue(15)
def test_the_following_comes_from_names_the_excerpts_outlet(analyze) -> None:
    doc, claims = analyze(_FOLLOWING)
    c = _by_text(claims, "allegedly spent")
    assert (c.source_name, c.source_kind) == (
        "Harvan Notes",
        "named",
    )  # another outlet than the page's shows as named (v75)
    # after the first paragraph nothing says whether the excerpt goes on: unknown,
    # never the page's author
    for words in ("may also have hidden", "reportedly resigned"):
        later = _by_text(claims, words)
        assert (later.source_name, later.source_kind) == (None, "unknown")


@pytest.mark.issue(15)
def test_a_long_paragraph_closing_on_an_introduction(analyze) -> None:
    doc, claims = analyze(
        "Markets fell again. " * 25 + "The following summary comes from an article that was "
        "posted on Harvan Notes…\n\n"
        "The Harvan Council allegedly spent 300 million on consultants last year.\n"
    )
    c = _by_text(claims, "allegedly spent")
    assert (c.source_name, c.source_kind) == (
        "Harvan Notes",
        "named",
    )  # another outlet than the page's shows as named (v75)


@pytest.mark.issue(15)
def test_a_speaker_resuming_speaks_the_next_paragraph(analyze) -> None:
    doc, claims = analyze(
        "The podcast then turns to the present day.\n\n"
        "Professor Ivo Renk resumes:\n\n"
        "The situation was probably even worse. I mean the reserves were allegedly gone.\n"
    )
    for words in ("probably even worse", "allegedly gone"):
        c = _by_text(claims, words)
        assert c.source_name == "Professor Ivo Renk" and c.source_kind == "named"


@pytest.mark.issue(15)
def test_a_reproduced_text_with_no_named_source_is_nobodys_we_can_name(analyze) -> None:
    doc, claims = analyze(
        "The council published its new rules on Tuesday.\n\n"
        "Here is the text of the order:\n\n"
        "Each member of the council shall probably report within 30 days.\n"
    )
    c = _by_text(claims, "shall probably report")
    assert (c.source_name, c.source_kind) == (None, "unknown")


NOT_INTRODUCTIONS = [
    "A Grexit may be near, and another round of turmoil could be in the works. Time will tell…",
    "CONCLUSION:",
    "Here are a few easy ways to start:",
    "The world is in flux, as Ivo Renk says, and change is the only constant…",
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("line", NOT_INTRODUCTIONS)
def test_lines_that_introduce_no_excerpt(line) -> None:
    text = f"{line}\n\nThe council will probably fall before the spring.\n"
    assert find_excerpts(text, []).excerpts == []


def _doc(text: str, author: str | None, outlet: str | None = "example.com") -> Document:
    return Document(Document.make_id(text), text, "t", "t", author=author, outlet=outlet)


# body, author field -> (name, kind) of the page's own voice
VOICES = [
    ("The council met.\n\nContributed by Ivo Renk of www.example.org.\n", "The Harvan Daily",
     ("Ivo Renk", "author")),
    ("The council met.\n\nContributed by The Harvan Daily of www.example.org.\n", None,
     ("The Harvan Daily", "outlet")),
    ("The council met.\n\nRead more at Harvan Notes\n", "Lena Ostrova", ("Harvan Notes", "outlet")),
    ("The council met.\n\nThis article was originally published by Ivo Renk at his Harvan "
     "Blog.\n", None, ("Ivo Renk", "author")),
    ("The council met.\n", "Renk Family Blog", ("Renk Family Blog", "outlet")),
    ("The council met.\n", "Mara Quill", ("Mara Quill", "author")),
    ("The council met.\n", "Ivo Renk", ("Ivo Renk", "author")),
    ("The council met.\n", "Lena Ostrova", ("Lena Ostrova", "author")),
    ("The council met.\n", None, ("example.com", "outlet")),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "author", "want"), VOICES)
def test_page_voice(text, author, want) -> None:
    v = page_voice(_doc(text, author))
    assert (v.name, v.kind) == want


@pytest.mark.issue(15)
def test_a_transcript_turn_ends_at_a_credit_line(claims_of) -> None:
    analyze = claims_of("The Harvan Daily")
    doc, claims = analyze(
        "Ivo Renk spoke with Mara Voss about the council.\n"
        "Ivo Renk: What do you expect from the council in the spring, now that the vote "
        "is over and the reserves are gone?\n"
        "Mara Voss: The council will probably collapse before the summer, and nobody in "
        "the capital is ready for what follows.\n"
        "Ivo Renk: And the levy, will it survive the next budget round in the autumn?\n"
        "Mara Voss: The levy might survive, but only if the harbour towns keep paying.\n"
        "Contributed by Ivo Renk of www.example.org.\n"
        "Ivo Renk has reportedly written for thirty years about the Harvan coast.\n"
    )
    bio = _by_text(claims, "written for thirty years")
    assert bio.source_name != "Mara Voss", (bio.source_name, bio.source_kind)


HEAD_VOICES = [
    # the writer signing in is the page's author (readers of seed 76)
    ("Hi, it’s Ivo here.\n\nThe audit firm was fined last week.\n", ("Ivo", "author")),
    ("Hello everyone,\n\nThis is Mara Voss. I am happy to connect with you all.\n",
     ("Mara Voss", "named")),
    ("EXECUTIVE ORDER\n\nBy the authority vested in me, it is hereby ordered as follows:\n",
     ("EXECUTIVE ORDER", "document")),
    ("It is a cold day in Vellorn.\n\nThe council met.\n", ("Lena Ostrova", "author")),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "want"), HEAD_VOICES)
def test_the_first_lines_say_whose_page_it_is(text, want) -> None:
    v = page_voice(_doc(text, "Lena Ostrova" if "cold day" in text else None))
    assert (v.name, v.kind) == want


@pytest.mark.issue(15)
def test_a_reproduced_documents_inner_block_is_the_documents(claims_of) -> None:
    doc, claims = claims_of(None)(
        "EXECUTIVE ORDER\n\nBy the authority vested in me, it is hereby ordered as follows:\n\n"
        # the hedge in the main clause: one inside "events that may ..." hedges nothing
        # the order says (a writer's sentence is a claim only when it is hedged)
        "The ministers may work together on events that affect the grid.\n"
    )
    c = _by_text(claims, "may work together")
    assert (c.source_name, c.source_kind) == ("EXECUTIVE ORDER", "document")


@pytest.mark.issue(15)
def test_as_x_reports_after_a_paragraphs_last_ellipsis(analyze) -> None:
    doc, claims = analyze(
        "Update: headlines from the wire sparked the latest leg down in coins… As the Kessa "
        "Ledger reports,\n\n"
        "Local news agency Harvan Wire reports that the government will probably collect a "
        "22 percent tax.\n"
    )
    c = _by_text(claims, "22 percent tax")
    assert c.source_name == "Harvan Wire" and c.via == "Kessa Ledger"


@pytest.mark.issue(15)
def test_the_last_turn_of_one_paragraph_turns_ends_with_its_paragraph(analyze) -> None:
    doc, claims = analyze(
        "A 1978 conversation between a reporter and two council members.\n\n"
        "VOSS: Have the ministers met in secret this year at all?\n\n"
        "RENK: Yes, they have met three times since the spring and will meet again.\n\n"
        "VOSS: Why does the council not tell the public what it decides at those meetings?\n\n"
        "RENK: It just has not become an issue for the voters or for the newspapers.\n\n"
        "This interview was probably buried by the newspapers for forty years.\n"
    )
    c = _by_text(claims, "probably buried")
    assert c.source_name != "RENK", (c.source_name, c.source_kind)
