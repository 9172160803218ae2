"""Claims, attribution and hedges on invented sentences: case tables (issue 5)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.model import Document, PublishedDate
from newsdossier.settings import Settings


@pytest.fixture(scope="module")
def analyze():
    # only what claims need: other issues' in-progress analyzers must not break these tests
    pipe = make_pipeline(
        Settings(),
        ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
         "newsdossier.claims.v2"),
    )  # fmt: skip

    def run(text: str, author: str | None = None, outlet: str | None = "Test Wire"):
        doc = Document(Document.make_id(text), text, "t", "t", author=author, outlet=outlet,
                       published=PublishedDate("2014-04-08", "day", "metadata"))  # fmt: skip
        return doc, pipe.analyze([doc])[0].claims

    return run


# text, attribute, value, source kind, source name contains, hedge, status
CASES = [
    ("The Vostan Liberation Army has about 4,200 fighters, according to the Pellucian defence ministry.",
     "fighter_count", "about 4,200", "named", "defence ministry", None, "asserted"),
    ("A senior official who asked not to be named told Eastgate Daily that the Oskari Brotherhood"
     " is believed to receive weapons from Marrowland.",
     "external_support", "Marrowland", "anonymous", "official", "believed", "asserted"),
    ("A June 2007 report by the Tessaly Institute accused the Tessaly Popular Front of holding 3,000 rifles.",
     "equipment", "3,000 rifles", "document", "Tessaly Institute", None, "asserted"),
    ("The Oskari Brotherhood reportedly has several hundred members in the north.",
     "member_count", "several hundred", "outlet", "", "reportedly", "asserted"),
    ("The Kardun Union claims to have 20,000 members across Pellucia.",
     "member_count", "20,000", "named", "Kardun Union", "claims", "asserted"),
    ("The Vostan Liberation Army was not founded in 1984, its spokesman Joren Pask insisted.",
     "founded", "1984", "named", "Joren Pask", None, "negated"),
    ('"The Kardun Union has no more than 900 members," said Mirelle Dast, a spokeswoman.',
     "member_count", "no more than 900", "named", "Mirelle Dast", None, "asserted"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "attribute", "value", "kind", "name", "hedge", "status"), CASES)
def test_extract_case_table(analyze, text, attribute, value, kind, name, hedge, status) -> None:
    doc, claims = analyze(text)
    found = [c for c in claims if c.attribute == attribute]
    assert found, [c.attribute for c in claims]
    c = found[0]
    assert (c.value, c.source_kind, c.hedge, c.status) == (value, kind, hedge, status)
    assert name.lower() in (c.source_name or "").lower()


def test_extract_questions_are_kept_as_questions(analyze) -> None:
    # issue 15: a question is not a positive assertion, but it is kept, marked as one
    _, claims = analyze("Does the Oskari Brotherhood really have 50,000 members? Nobody knows.")
    assert claims
    assert all(c.modality == "question" and c.status == "question" for c in claims)


def test_extract_unattributed_goes_to_author(analyze) -> None:
    _, claims = analyze(
        "The Tessaly Popular Front was founded in 1988 in Corvane.", author="Mara Quill"
    )
    # the metadata's author; the name is not in the text: marked as the metadata's
    assert [(c.source_name, c.source_kind, c.resolved) for c in claims] == [
        ("Mara Quill", "author", "metadata")
    ]
    _, claims = analyze(
        "The Tessaly Popular Front was founded in 1988 in Corvane.\n\nMara Quill writes on "
        "Tessaly.",
        author="Mara Quill",
    )
    assert ("Mara Quill", "author") in [(c.source_name, c.source_kind) for c in claims]


def test_extract_offsets_point_into_text(analyze) -> None:
    text = (
        "The Kardun Union apparently has thousands of supporters in Corvane. Its founder, Edda Brant,"
        " died in 2015. Officials said the union is backed by Vostania; the union denies it."
    )
    doc, claims = analyze(text)
    assert claims
    for c in claims:
        assert doc.text[c.start : c.end] == c.text
        if c.value is not None:
            assert doc.text[c.value_start : c.value_end] == c.value
        if c.subject_start >= 0:
            assert doc.text[c.subject_start : c.subject_end] == c.subject_text
