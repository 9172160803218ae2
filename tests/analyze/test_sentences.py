"""Sentence spans: the recogniser's sentences, cut after a closing quote and at blank lines."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.analyze.sentences import split_after_quotes
from newsdossier.model import Document
from newsdossier.settings import Settings


def _pieces(text: str) -> list[str]:
    return [text[s:e] for s, e in split_after_quotes(text, 0, len(text))]


def test_sentences_cut_after_a_closing_quote_before_a_capital() -> None:
    text = 'Voss called the report "a fabrication." "Nobody asked us," the council said.'
    assert _pieces(text) == [
        'Voss called the report "a fabrication."',
        '"Nobody asked us," the council said.',
    ]
    curly = "The minister spoke of “a new era.” Critics disagreed."
    assert _pieces(curly) == ["The minister spoke of “a new era.”", "Critics disagreed."]


def test_sentences_no_cut_inside_a_quote_or_before_lower_case() -> None:
    assert _pieces('He said "stop." and walked out.') == ['He said "stop." and walked out.']
    assert _pieces('"We will go," she said. ') == ['"We will go," she said.']


def test_sentences_cut_at_a_blank_line() -> None:
    # a subheading with no full stop, and a reported clause whose "he said" is in the next
    # paragraph: each paragraph keeps its own sentences
    text = "The vote was delayed, the Vellorn Post reported.\n\nHarvan reaction\n \nIvo Renk said on Tuesday"
    assert _pieces(text) == [
        "The vote was delayed, the Vellorn Post reported.",
        "Harvan reaction",
        "Ivo Renk said on Tuesday",
    ]
    # one line break is not a paragraph's end
    assert _pieces("The council met\non Monday.") == ["The council met\non Monday."]


def test_sentences_of_a_document_split_at_a_paragraph_break() -> None:
    text = (
        "Ivo Renk said the council will take the blame if the talks fail, the Vellorn Post "
        "reported\n\nThe council, which he criticised back in September, did not answer on Tuesday."
    )
    pipe = make_pipeline(Settings(), ("newsdossier.spacy.v1", "newsdossier.sentences.v1"))
    (ann,) = pipe.analyze([Document(Document.make_id(text), text, "t", "t")])
    assert all("\n" not in s.text for s in ann.sentences)
    assert ann.sentences[-1].text.startswith("The council, which")


@given(st.text(alphabet='ab .!?"”“ A\n', max_size=60), st.integers(0, 60), st.integers(0, 60))
def test_sentences_pieces_are_trimmed_slices_in_order(text: str, i: int, j: int) -> None:
    start, end = sorted((min(i, len(text)), min(j, len(text))))
    spans = split_after_quotes(text, start, end)
    for s, e in spans:
        assert start <= s < e <= end
        assert text[s:e] == text[s:e].strip()
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))
    # nothing but whitespace is lost between the pieces
    kept = "".join(text[s:e] for s, e in spans)
    assert [c for c in kept if not c.isspace()] == [c for c in text[start:end] if not c.isspace()]


def test_sentences_of_a_document_split_at_the_quote() -> None:
    text = 'The Harvan Council called the claim "baseless." "We never met them," a spokesman said.'
    pipe = make_pipeline(Settings(), ("newsdossier.spacy.v1", "newsdossier.sentences.v1"))
    (ann,) = pipe.analyze([Document(Document.make_id(text), text, "t", "t")])
    assert [s.text for s in ann.sentences] == [
        'The Harvan Council called the claim "baseless."',
        '"We never met them," a spokesman said.',
    ]
    assert all(text[s.start : s.end] == s.text for s in ann.sentences)
