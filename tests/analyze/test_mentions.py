from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsdossier import Document, Settings, analyze_documents
from newsdossier.analyze.entities.mentions import repair_span
from newsdossier.analyze.entities.names import name_key

REPAIR_CASES = [
    # (text, tagger span text, expected repaired text)
    ("the Front (PFL) said", "the Front (PFL", "Front"),
    ("and PFL) said", "PFL)", "PFL"),
    ("the Qasrun Gazette's editor", "the Qasrun Gazette's", "Qasrun Gazette"),
    ("“Golzar” camp", "“Golzar”", "Golzar"),
    ("-- 1999 --", "1999", None),
    ("The Hague ruled", "The Hague", "Hague"),
]


@pytest.mark.parametrize(("text", "span", "expected"), REPAIR_CASES)
def test_mentions_repair_span(text: str, span: str, expected: str | None) -> None:
    start = text.index(span)
    got = repair_span(text, start, start + len(span))
    assert (None if got is None else text[got[0] : got[1]]) == expected


NAME_KEY_CASES = [
    ("Maryam Rezaei’s", "maryam rezaei"),
    ("Maryam Rezaei's", "maryam rezaei"),
    ("MARYAM REZAEI", "maryam rezaei"),
    ("Marýam Rézaei", "maryam rezaei"),
    ("the U.N.", "un"),
    ("The Front", "front"),
    ("Golzar-e Now", "golzar e now"),
]


@pytest.mark.parametrize(("name", "key"), NAME_KEY_CASES)
def test_names_name_key(name: str, key: str) -> None:
    assert name_key(name) == key


@given(st.text(max_size=60))
def test_names_name_key_idempotent(name: str) -> None:
    assert name_key(name_key(name)) == name_key(name)


_WORDS = st.sampled_from(
    ["Maryam", "Rezaei", "the", "Front", "(PFL)", "said", "in", "Qasrun", "on", "Monday", ".",
     ",", "’s", "\n", "\n\n", "  ", "Ali", "al-Din", "Brigades", "of", "ministry", "“", "”", "é"]
)  # fmt: skip


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_WORDS, min_size=1, max_size=60))
def test_mentions_offsets_hold_for_every_annotation(words: list[str]) -> None:
    text = " ".join(words)
    doc = Document(Document.make_id(text), text, "gen", "gen")
    ann = analyze_documents([doc], Settings(analyze_chunk_chars=80))[0]
    for span in (*ann.mentions, *ann.sentences):
        assert span.doc_id == doc.id
        assert 0 <= span.start < span.end <= len(text)
        assert text[span.start : span.end] == span.text
    for m in ann.mentions:
        assert m.key == name_key(m.text)


def test_mentions_long_text_is_chunked_with_true_offsets() -> None:
    para = "Ali Hosseini, leader of the Azadi Council, spoke in Tehran on Monday.\n"
    text = para * 400  # ~27k chars, several chunks at 5k
    doc = Document(Document.make_id(text), text, "long", "long")
    ann = analyze_documents([doc], Settings(analyze_chunk_chars=5000))[0]
    assert len([m for m in ann.mentions if m.text == "Ali Hosseini"]) >= 390
    assert all(text[m.start : m.end] == m.text for m in ann.mentions)


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police said Da'Vell Marie Tallis was hurt.", "Da'Vell Marie Tallis"),
        ("Police said Don't Marie Tallis.", "Marie Tallis"),  # a contraction
        ("Police said Renk's Marie Tallis.", "Marie Tallis"),  # a possessive
    ],
)
def test_mentions_apostrophe_given_name_joins_the_person(text: str, want: str) -> None:
    """Issue 16 (mentions v8): the tagger starts a person after "Da'Vell"; the given
    name with an apostrophe inside is the name's first word."""
    from newsdossier.analyze.entities.mentions import _apostrophe_given_name

    start = text.index("Marie")
    assert text[_apostrophe_given_name(text, start) : text.index(" was") if " was" in text
                else len(text) - 1] == want  # fmt: skip
