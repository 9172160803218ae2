"""Label extraction for framing profiles (issue 6): generic patterns, case table, offsets."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.framing import FramingSpan
from newsdossier.analyze.framing.analyzer import frame_document
from newsdossier.analyze.framing.labels import extract_labels, normalize_label
from newsdossier.model import Mention, Sentence

_NOT_NAMES = "The|They|A|It|Members|Everyone|Recruiters|Since|Then"
_NAME = re.compile(rf"\b(?!(?:{_NOT_NAMES})\b)[A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)*\b")


def _mentions(text: str) -> list[Mention]:
    """Every capitalised run that is not a sentence-initial function word is a mention."""
    out = []
    for m in _NAME.finditer(text):
        out.append(
            Mention(
                "d",
                m.start(),
                m.end(),
                m.group(),
                "ORG",
                "organization",
                m.group().lower(),
                "t",
                "1",
            )
        )
    return out


def _labels(text: str) -> set[tuple[str, str, str]]:
    return {
        (x.mention_text, x.label, x.pattern) for x in extract_labels("d", text, _mentions(text))
    }


# (text, labels expected: (name, label, pattern)); an empty set = nothing may be found
CASES = [
    ("Members of the terrorist JAMZ left.", {("JAMZ", "terrorist", "attributive")}),
    ("It housed the exiled Zaravandi opposition group JAMZ since 1986.",
     {("JAMZ", "exiled opposition group", "attributive")}),
    ("A cell of the Sayehiyun terrorist cult in the east.", {("Sayehiyun", "terrorist cult", "head")}),
    ("Recruiters of the JAMZ terrorists are active.", {("JAMZ", "terrorist", "head")}),
    ("Estmark removed it from the Estmark terrorist list.", set()),
    ("The JAMZ, a dissident group, held a rally.", {("JAMZ", "dissident group", "apposition")}),
    ("Everyone knows the cult, the JAMZ, lies.", {("JAMZ", "cult", "apposition")}),
    ("It blamed the terrorist cult known as the JAMZ.", {("JAMZ", "terrorist cult", "known-as")}),
    ("It blamed the group, Kheshmar said.", set()),
    ("The Sayehiyun are a cult, plain and simple.", {("Sayehiyun", "cult", "predicate")}),
    ("The Sayehiyun are not a cult.", set()),
    ("They use the name JAMZ abroad.", set()),
    ("Then the crowd cheered Navazei loudly.", set()),
    ("Navazei, the president of the National Council, spoke.", set()),
    ("Since it was driven out of Zaravand, the cult has tried every disguise.", set()),
]  # fmt: skip


@pytest.mark.issue(6)
@pytest.mark.parametrize(("text", "expected"), CASES)
def test_labels_case_table(text: str, expected: set[tuple[str, str, str]]) -> None:
    assert _labels(text) == expected


@pytest.mark.issue(6)
@pytest.mark.parametrize(
    ("words", "label"),
    [
        (["the", "Dissidents"], "dissident"),
        (["so-called", "resistance"], "so-called resistance"),
        (["same"], None),
        (["a", "very", "long", "label", "of", "many", "words"], None),
    ],
)
def test_labels_normalize(words: list[str], label: str | None) -> None:
    assert normalize_label(words) == label


@pytest.mark.issue(6)
def test_labels_from_framing_spans_use_only_labelling_links() -> None:
    text = "Velmora's puppet leader spoke. Kheshmar said Estmark was rewarding a terrorist cult."
    spans = [
        FramingSpan(text.index("puppet"), text.index(" spoke"), "Name_Calling,Labeling", 0.8),
        FramingSpan(text.index("terrorist"), text.index(".", 40), "Name_Calling,Labeling", 0.7),
    ]
    sentences = [Sentence("d", 0, 30, text[:30]), Sentence("d", 31, len(text), text[31:])]
    records, labels = frame_document("d", text, spans, sentences, _mentions(text), "m@1")
    assert [(r.target_text, r.target_how) for r in records] == [
        ("Velmora", "possessive"),
        (None, None),
    ]
    assert {(x.mention_text, x.label) for x in labels} == {("Velmora", "puppet leader")}


_WORDS = st.sampled_from(
    ["the", "a", "terrorist", "cult", "group", "is", "are", ",", ".", "known", "as", "JAMZ",
     "Kheshmar", "Velmora's", "puppet", "leader", "dissident", "\n", "“", "so-called", "resistance"]
)  # fmt: skip


@pytest.mark.issue(6)
@settings(max_examples=150, deadline=None)
@given(
    st.lists(_WORDS, min_size=1, max_size=40),
    st.lists(st.tuples(st.integers(0, 400), st.integers(1, 60)), max_size=6),
)
def test_labels_and_spans_offsets_point_into_the_text(
    words: list[str], raw: list[tuple[int, int]]
) -> None:
    text = " ".join(words)
    spans = [FramingSpan(s, s + n, "Loaded_Language", 0.5) for s, n in raw]
    sentences = [Sentence("d", 0, len(text), text)]
    records, labels = frame_document("d", text, spans, sentences, _mentions(text), "m@1")
    for r in records:
        assert 0 <= r.start < r.end <= len(text) and text[r.start : r.end] == r.text
        if r.target_text is not None:
            assert text[r.target_start : r.target_end] == r.target_text
    for x in labels:
        assert text[x.start : x.end] == x.text
        assert x.start <= x.mention_start < x.mention_end <= x.end
        assert text[x.mention_start : x.mention_end] == x.mention_text
