"""Recall's span test reads per-text tables (issue 18 item 4).

:class:`newsdossier.resolve.recall._Spans` decides which token spans the recall scan
looks up, and :meth:`_Names.prepare` fetches names for those alone.  It must answer
as searching each span's text did: a lower-case word inside (not a particle, not
glued to the word before), a bracket, a list comma or quotation mark ("X, Inc." and
"Renk, Jr." are no break, even when the span ends right after the comma's word).
Random texts of invented words, particles, brackets, commas, semicolons, quotes and
company suffixes; every span of every token."""

from __future__ import annotations

import random
import re

from hypothesis import given, settings
from hypothesis import strategies as st
from unidecode import unidecode

from newsdossier.resolve.recall import (
    _BRACKET,
    _LIST_BREAK,
    _PARTICLES,
    _TOKEN,
    _candidates,
    _Spans,
)

_WORDS = ["Harvan", "Vellorn", "renk", "of", "the", "al", "Inc", "Jr", "D.C", "Co", "42",
          "Hay’at", "Élan", "tools", "Ostra", "bin", "x", "Ltd"]  # fmt: skip
_GLUE = [" ", " ", " ", ", ", "; ", " (", ") ", " “", "” ", ' "', "-", "’", "\n", ",", " [", "] "]


def _reference(text: str, toks: list[tuple[int, int, str]], low: list[str], i: int, n: int) -> bool:
    """The scan's tests as they read before: each span's text searched."""
    last = toks[i + n - 1]
    if not last[2][:1].isupper() and not last[2].isdigit():
        return False
    if any(low[j] not in _PARTICLES and not toks[j][2][:1].isupper()
           and not toks[j][2][:1].isdigit() and text[toks[j][0] - 1].isspace()
           for j in range(i + 1, i + n - 1)):  # fmt: skip
        return False
    s, e = toks[i][0], last[1]
    if n >= 2 and _BRACKET.search(text, s, e):
        return False
    return not (n >= 2 and _LIST_BREAK.search(text, s, e))


def _check(text: str) -> int:
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    low = [unidecode(t).lower() if not t.isascii() else t.lower() for _, _, t in toks]
    spans = _Spans(text, toks, low)
    seen = 0
    for i in range(len(toks)):
        for n in range(1, min(9, len(toks) - i) + 1):
            want = _reference(text, toks, low, i, n)
            assert spans.may_be_name(i, n) == want, (text, i, n)
            seen += want
    return seen


def test_spans_answer_as_the_span_search() -> None:
    rng = random.Random(18)
    found = 0
    for _ in range(300):
        parts = [rng.choice(_WORDS) + rng.choice(_GLUE) for _ in range(rng.randint(1, 14))]
        found += _check(rng.choice(["", " ", "x "]) + "".join(parts))
    assert found > 1000  # most draws hold spans that pass


def test_spans_keep_company_suffixes_and_breaks() -> None:
    text = "Talks with Harvan Tools, Inc. and Vellorn, Ostra (VO) went on; Renk, Jr. said"
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    low = [t.lower() for _, _, t in toks]
    spans = _Spans(text, toks, low)
    words = [t[2] for t in toks]

    def ok(first: str, last: str) -> bool:
        i, j = words.index(first), words.index(last)
        return spans.may_be_name(i, j - i + 1)

    assert ok("Harvan", "Inc")  # "X, Inc." is one name
    assert ok("Harvan", "Tools")
    assert not ok("Vellorn", "Ostra")  # two names of a list
    assert not ok("Ostra", "VO")  # a name and its acronym
    assert ok("Renk", "Jr")
    assert not ok("Talks", "Harvan")  # a lower-case word inside


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list('Aa Bb,;()“”"’-\nIncJrD.C0é')), max_size=40))
def test_spans_on_any_text(text: str) -> None:
    if re.search(r"[^\W_]", text):
        _check(text)


class _Gates:
    """Names' gates as :func:`_candidates` reads them: a word's longest n-gram, and
    whether a multi-word name may start with it (drawn per word, fixed per test)."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.drawn: dict[str, tuple[int, bool]] = {}

    def gates(self, word: str) -> tuple[int, bool]:
        if word not in self.drawn:
            self.drawn[word] = (self.rng.choice([0, 1, 2, 3, 8]), self.rng.random() < 0.5)
        return self.drawn[word]


def test_candidates_are_the_spans_the_scan_tried() -> None:
    """The n-grams made once per document (issue 18 item 4) are the ones the name fetch
    and the scan each made before: from every capitalised token, every length up to its
    gate's longest whose span passes the shape test, with its key, shortest first."""
    rng = random.Random(1800)
    tried = 0
    for _ in range(200):
        parts = [rng.choice(_WORDS) + rng.choice(_GLUE) for _ in range(rng.randint(1, 14))]
        text = "".join(parts)
        toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
        low = [unidecode(t).lower() if not t.isascii() else t.lower() for _, _, t in toks]
        spans, names = _Spans(text, toks, low), _Gates(rng)
        got = _candidates(spans, toks, low, names)  # type: ignore[arg-type]
        want = {}
        for i, tok in enumerate(toks):
            if not tok[2][:1].isupper():
                continue
            longest, gate = names.gates(low[i])
            at = [(n, " ".join(low[i : i + n])) for n in range(1, min(longest, len(toks) - i) + 1)
                  if spans.may_be_name(i, n)]  # fmt: skip
            if at:
                want[i] = (gate, at)
        assert got == want, text
        tried += sum(len(at) for _, at in want.values())
    assert tried > 300
