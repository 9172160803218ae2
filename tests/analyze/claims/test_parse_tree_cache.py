"""The claims parse's token cache (syntax._Tree): the answers read through it for one span
never leak into another span's, or from the hedge reading into the plain one (issue 15,
speed: the cache must change no output)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.syntax import _token_at, parse_sentences, subordinate_chars
from newsdossier.settings import Settings

pytestmark = pytest.mark.issue(15)

MODEL = Settings().spacy_model
# invented: a hedge in an if-clause, a relative clause, a concession before "but", a
# "while" clause, an embedded question
_TEXTS = [
    "If the council might not meet, Ivo Renk said the Front, which probably has 400 members, "
    "will not vote.",
    "It might be warm now, but the Harvan Council will be glad of the 3,000 blankets it bought.",
    "While they may have met, Mara Voss does not know why Renk had apparently left the group.",
]


def _spans(text: str) -> list[tuple[int, int]]:
    cut = text.index(",")
    return [(0, len(text)), (0, cut), (cut + 1, len(text)), (3, len(text) - 5)]


def test_answers_through_the_cache_are_those_of_a_fresh_parse_in_any_order() -> None:
    for text in _TEXTS:
        queries = [(a, b, h) for a, b in _spans(text) for h in (False, True)]
        # one parse asked every question in turn (the cache fills up) ...
        (warm,) = parse_sentences(MODEL, [text])
        cached = {q: subordinate_chars(warm, *q) for q in queries}
        assert {q: subordinate_chars(warm, *q) for q in reversed(queries)} == cached
        # ... and a fresh parse for each question (nothing cached before it)
        for q in queries:
            (fresh,) = parse_sentences(MODEL, [text])
            assert subordinate_chars(fresh, *q) == cached[q], (text, q)
        # the whole sentence has a clause set aside: the check reads something
        assert any(cached[(0, len(text), h)] for h in (False, True)), text


def test_tokens_at_a_span_are_those_starting_in_it() -> None:
    (doc,) = parse_sentences(MODEL, [_TEXTS[0]])
    n = len(_TEXTS[0])
    for a, b in [(0, n), (0, 1), (5, 40), (17, 17), (n - 3, n + 10), (40, 5)]:
        assert [t.i for t in _token_at(doc, a, b)] == [t.i for t in doc if a <= t.idx < b]
