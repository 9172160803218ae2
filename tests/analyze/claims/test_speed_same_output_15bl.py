"""Cheaper forms of the claims stage's work answer what they replace (issue 15, branch
15bl: the claims must not move).  The hedge scanner behind one leading ``\\b`` is set
against the scanner as written, and the rewrites ``polarity_of`` skips against the
patterns' own answers, on every text Hypothesis makes of the pieces that decide them;
what is now kept per text or per page against what it was computed from."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.claims import excerpts, lexicon, modality, statements, syntax

pytestmark = pytest.mark.issue(15)

# hedge words and the words around them, in several cases, against word characters, the
# letters that fold to an ASCII letter under IGNORECASE, spaces, quotes and punctuation
_PIECES = st.sampled_from(
    ["may", "May", "might", "could", "reportedly", "allegedly", "it seems", "seems to",
     "is said to", "appears to", "is", "was", "potential", "possibly", "likely", "more likely",
     "the", "it", "not", "whether", "or not", "had it not been for", "for", "don't you think",
     "isn’t it", "?", "x", "_", "9", "é", "ſ", "\u212a", "\u0130", "\u0131", " ", "  ", "\n",
     "-", "’", "'", ".", ",", "“", "\""]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=16).map("".join) | st.text(max_size=40)


def _spans(matches: Any) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.lastgroup) for m in matches]


def _written() -> re.Pattern[str]:
    """The hedge scanner as written, with no leading ``\\b``."""
    raw = lexicon._load("hedges.yml")
    alts = [f"(?P<{label.replace('-', '_')}>" + "|".join(f"(?:{p})" for p in pats) + ")"
            for label, pats in raw.items()]  # fmt: skip
    return re.compile("|".join(alts), re.I)


_WRITTEN = _written()


@given(_TEXTS, st.integers(0, 40), st.integers(0, 60))
@settings(max_examples=500, deadline=None)
def test_the_hedge_scanner_finds_what_it_finds_as_written(text: str, a: int, b: int) -> None:
    # (inside a span too: the hedge scan runs around each anchor)
    got = lexicon.hedge_scanner()
    assert _spans(got.finditer(text, a, b)) == _spans(_WRITTEN.finditer(text, a, b))


def test_the_hedge_scanner_opens_at_a_boundary() -> None:
    # every hedge pattern opens at a word boundary: the scan tries its alternatives only
    # where a word starts or ends (a pattern that does not -- "[“]may" -- leaves the
    # scanner as written, correct but a third slower: open it with "\b" if it can)
    assert lexicon.hedge_scanner().pattern.startswith(r"\b(?:")


@pytest.mark.parametrize(
    ("pattern", "guarded"),
    [
        (r"\bfoo|\bbar", True),
        (r"(?<!x)\bfoo|(?=b)\bbar", True),  # look-arounds at the same position
        (r"(?:(?<=\bis )|(?<=\bwas ))potential", True),  # a word after a space
        (r"(?P<a>\bfoo)|(?-i:\bBar)", True),
        (r"\bfoo|bar", False),
        (r"(?:\bfoo)?bar", False),  # the group may match nothing
        (r"(?<=is)potential", False),  # a word character before: no boundary
        (r"(?<=is )\.x", False),  # a character of no word after a space
        (r"[“\"]?\bmay", False),
        (r"(?a:\bfoo)|\bbar", False),  # an ASCII "\b" inside: not the guard's
        (r"(?<=is )é", False),  # a word character only outside ASCII
    ],
)
def test_at_boundaries_guards_only_patterns_that_open_at_one(pattern: str, guarded: bool) -> None:
    assert lexicon.at_boundaries(pattern).pattern.startswith(r"\b(?:") is guarded


_GUARDED = [
    r"(?:(?<=\bis )|(?<=\bit[’']s ))potential|\bmay\b",
    r"(?<![\w-])\bit (?:seems|seemed)\b|(?-i:\b[A-Z]\w+) said",
]


@pytest.mark.parametrize("pattern", _GUARDED)
@given(text=_TEXTS)
@settings(max_examples=300, deadline=None)
def test_a_guarded_pattern_finds_what_it_finds_unguarded(pattern: str, text: str) -> None:
    got = lexicon.at_boundaries(pattern, re.I)
    assert got.pattern.startswith(r"\b(?:")
    want = re.compile(pattern, re.I)
    assert [m.span() for m in got.finditer(text)] == [m.span() for m in want.finditer(text)]


@pytest.mark.parametrize(
    "pattern", [modality._WHETHER_OR_NOT, modality._TAG_QUESTION, modality._COUNTERFACTUAL]
)
@given(text=_TEXTS)
@settings(max_examples=300, deadline=None)
def test_a_skipped_rewrite_is_the_patterns_own(pattern: re.Pattern[str], text: str) -> None:
    repl = "" if pattern is modality._TAG_QUESTION else " "
    assert modality._sub_found(pattern, repl, text) == pattern.sub(repl, text)


def test_polarity_of_reads_the_rewritten_words() -> None:
    # each rewrite still runs where its words stand
    assert modality.polarity_of("the port is closed, isn't it?") == "positive"
    assert modality.polarity_of("whether or not the port opens, Vellorn pays") == "positive"
    assert modality.polarity_of("had it not been for the tolls, the ferry would run") == "positive"
    assert modality.polarity_of("the port is not open") == "negative"


def test_count_spans_kept_per_text_hands_out_a_fresh_list() -> None:
    text = "Renk said 400 members and 12 boats left."
    first = syntax.count_spans(text)
    assert first
    first.append((0, 1))  # a caller's change reaches no other caller
    assert (0, 1) not in syntax.count_spans(text)


def test_count_spans_answers_as_computed() -> None:
    text = "Renk said 400 members and 12 boats left."
    assert syntax.count_spans(text) == list(syntax._count_spans.__wrapped__(text))


@given(_TEXTS, st.sampled_from(["Renk", "renk", "Voss", "it", "x"]))
@settings(max_examples=300, deadline=None)
def test_a_words_places_are_its_matches(text: str, word: str) -> None:
    want = tuple(m.start() for m in re.finditer(rf"\b{re.escape(word)}\b", text, re.I))
    assert statements._word_starts(text, word) == want


def _after_said_colon_scanned(text: str, pos: int) -> bool:
    """``excerpts._after_said_colon`` as it was: a scan of the paragraph up to ``pos``."""
    a = text.rfind("\n", 0, pos) + 1
    found = list(excerpts._SAID_COLON.finditer(text, a, pos))
    if not found:
        return False
    return excerpts._SENTENCE_END.search(text, found[-1].end(), pos) is not None


_COLON_PIECES = st.sampled_from(
    ["said", "says", "told", "told Renk", "told  the", "wrote", "notes", "noted", "Renk",
     "The port", "Rain", "rain", ":", ": ", ":\t", " ", "  ", "\t", "\n", ".", ". ", "x", "_",
     "é", "“", "”"]
)  # fmt: skip


@given(st.lists(_COLON_PIECES, max_size=20).map("".join), st.integers(0, 120))
@settings(max_examples=600, deadline=None)
def test_words_after_a_said_colon_are_found_as_by_the_scan(text: str, pos: int) -> None:
    pos = min(pos, len(text))
    assert excerpts._after_said_colon(text, pos) == _after_said_colon_scanned(text, pos)


def test_words_after_a_said_colon_in_the_same_paragraph_only() -> None:
    text = "The forecasters said: Rain comes. The port closes.\nRenk said: The tolls rise."
    first = text.index("port")
    assert excerpts._after_said_colon(text, first)  # after the colon's own sentence
    assert not excerpts._after_said_colon(text, text.index("Rain"))  # the colon's sentence
    assert not excerpts._after_said_colon(text, text.index("Renk"))  # a new paragraph
    assert _after_said_colon_scanned(text, first)
