"""Reported statements: who says what, as a reader would attribute it (issue 15).

Invented sentences in the constructions of news writing; each row says which speaker,
kind and channel a reader would cite.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.model import Document, PublishedDate
from newsdossier.resolve.contradictions import denials_in
from newsdossier.settings import Settings


@pytest.fixture(scope="module")
def analyze():
    pipe = make_pipeline(
        Settings(),
        ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
         "newsdossier.claims.v2"),
    )  # fmt: skip

    def run(text: str, author: str | None = None):
        doc = Document(Document.make_id(text), text, "t", "t", author=author, outlet="Test Wire",
                       published=PublishedDate("2019-03-02", "day", "metadata"))  # fmt: skip
        return doc, pipe.analyze([doc])[0].claims

    return run


# text, the words of the claim's sentence to look at, speaker contains, kind, via contains
SPEAKERS = [
    ('"The ceasefire is a trap," Defence Minister Joren Pask said on Monday.',
     "ceasefire", "Joren Pask", "named", None),
    ("Joren Pask, the defence ministry's spokesman, told the Harbor Post that the talks had failed.",
     "talks", "Joren Pask", "named", "Harbor Post"),
    ("The talks have failed, according to an Eastgate Institute report.",
     "talks", "Eastgate Institute report", "document", None),
    ("A senior official who asked not to be named told the Harbor Post that the border was closed.",
     "border", "official", "anonymous", "Harbor Post"),
    ('"This is a political game," Mirelle Dast said, the Capital Wire news agency reported.',
     "political game", "Mirelle Dast", "named", "Capital Wire"),
    ("The Harbor Post quoted the interior minister as saying that the camp would close.",
     "camp", "interior minister", None, "Harbor Post"),
    ("Observers say the blockade has strengthened the government.",
     "blockade", "Observers", "anonymous", None),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words", "speaker", "kind", "via"), SPEAKERS)
def test_statements_speaker_case_table(analyze, text, words, speaker, kind, via) -> None:
    _, claims = analyze(text)
    found = [c for c in claims if words in c.text]
    assert found, text
    c = found[0]
    assert speaker.lower() in (c.source_name or "").lower(), (c.source_name, c.source_kind)
    if kind is not None:
        assert c.source_kind == kind
    assert (via is None and c.via is None) or (via is not None and via in (c.via or ""))


@pytest.mark.issue(15)
def test_statements_pronoun_resolves_to_the_only_candidate(analyze) -> None:
    doc, claims = analyze(
        "Mirelle Dast, a spokeswoman for the union, said the strike would go on. "
        "She added that the union had not received any offer."
    )
    added = next(c for c in claims if "offer" in c.text)
    assert added.source_name == "Mirelle Dast" and added.resolved == "pronoun"
    assert doc.text[added.said_start : added.said_end] == "She"
    assert added.polarity == "negative"


@pytest.mark.issue(15)
def test_statements_quote_over_sentences_keeps_its_speaker(analyze) -> None:
    _, claims = analyze(
        '"We will not leave. The camp is our home," Tomas Vire said on Sunday. "Nobody asked us."'
    )
    assert {c.source_name for c in claims} == {"Tomas Vire"}
    assert len(claims) == 3


@pytest.mark.issue(15)
def test_statements_writer_hedge_has_its_span(analyze) -> None:
    doc, claims = analyze("The convoy was reportedly stopped near Dunmere.", author="Lena Marsh")
    (c,) = claims
    # the writer; the metadata's name is not words of the text: marked as the metadata's
    assert (c.source_name, c.source_kind, c.hedge) == ("Lena Marsh", "author", "reportedly")
    assert c.resolved == "metadata"
    assert doc.text[c.hedge_start : c.hedge_end] == "reportedly"


@pytest.mark.issue(15)
def test_statements_questions_and_conditions_are_not_assertions(analyze) -> None:
    _, claims = analyze(
        "Tomas Vire asked whether the camp would close. "
        "Mirelle Dast said the union would strike if the talks failed."
    )
    by = {c.source_name: c for c in claims}
    assert by["Tomas Vire"].modality == "question"
    assert by["Mirelle Dast"].modality == "conditional"


@pytest.mark.issue(15)
def test_statements_denial_pairs_claim_and_correction(analyze) -> None:
    doc, claims = analyze(
        "The Vostanian interior ministry has denied a claim by Marrowland that its coastguard "
        "arrested three Vostanian soldiers. Earlier, Marrowland's defence ministry said in a "
        'statement that its coastguard had arrested "three Vostanian soldiers carrying explosives." '
        'Ilse Varga, a ministry official, said the men were "simply farmers."'
    )
    rows = []
    for c in claims:
        rows.append({
            "id": c.id, "document_id": c.doc_id, "start": c.start, "end": c.end, "text": c.text,
            "statement": doc.text[c.statement_start : c.statement_end],
            "source_name": c.source_name, "source_start": c.source_start, "via": c.via,
            "denies": c.denies, "status": c.status, "polarity": c.polarity, "modality": c.modality,
            "source_key": (c.source_name or "").lower(),
        })  # fmt: skip
    pairs = {(a["source_name"], b["source_name"]) for a, b in denials_in(rows)}
    assert ("Marrowland's defence ministry", "The Vostanian interior ministry") in pairs
