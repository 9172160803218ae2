"""Tokens, WordPiece and cue lexicons of the framing model (no weights needed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.framing._features import load_cues
from newsdossier.analyze.framing._text import tokenize


@settings(max_examples=150, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300))
def test_framing_tokens_are_exact_non_empty_slices(text):
    tokens = tokenize(text)
    prev_end = 0
    for word, start, end in zip(
        tokens.words, tokens.starts.tolist(), tokens.ends.tolist(), strict=True
    ):
        assert prev_end <= start < end <= len(text)
        assert text[start:end] == word
        assert not any(ch.isspace() for ch in word)
        prev_end = end
    assert list(tokens.sentence) == sorted(tokens.sentence)


def test_framing_tokens_sentences_and_words():
    tokens = tokenize('A title\n\nThey call it "a so-called plan!" Really? Yes.')
    assert tokens.words[:4] == ["A", "title", "They", "call"]
    assert "so-called" in tokens.words
    by_sentence: dict[int, list[str]] = {}
    for word, sent in zip(tokens.words, tokens.sentence.tolist(), strict=True):
        by_sentence.setdefault(sent, []).append(word)
    assert list(by_sentence.values()) == [
        ["A", "title"],
        ["They", "call", "it", '"', "a", "so-called", "plan", "!", '"'],
        ["Really", "?"],
        ["Yes", "."],
    ]


def test_framing_cues_match_words_prefixes_and_phrases():
    cues = load_cues()
    words = ["what", "about", "the", "traitors", "?", "enough", "is", "enough"]
    flags = cues.flags(words)
    cat = {name: i for i, name in enumerate(cues.categories)}
    assert flags[0, cat["deflect"]] == flags[1, cat["deflect"]] == 1  # phrase "what about"
    assert flags[3, cat["labels"]] == 1  # prefix "traitor*"
    assert flags[5:8, cat["cliche"]].tolist() == [1, 1, 1]
    assert flags[2].sum() == 0
