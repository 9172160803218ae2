"""The headline-casing test with its cheap length test first (issue 16, build speed):
the same answer as the order it replaced, on generated lines."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.clean import edges


def _before(line: str) -> bool:
    """``_is_all_title_case`` as written before: every test, the word scan first."""
    words = [w for w in edges._WORD_RE.findall(line) if len(w) >= 4]
    return (
        len(words) >= 2
        and all(w[0].isupper() for w in words)
        and len(line) <= edges._STOPPED_HEADLINE_CHARS
        and len(line.split()) <= edges._STOPPED_HEADLINE_WORDS
        and not edges._SENTENCE_BREAK_RE.search(line)
        and not edges._DATELINE_RE.match(line)
        and not edges._core(line).endswith((",", ";", ":", "…", ".."))
    )


_WORDS = st.sampled_from(
    ["Harvan", "Council", "Sells", "the", "Ferry", "of", "Ivo", "Renk", "said", "on", "Monday",
     "KESSA", "–", "Port", "Board.", "Never", "Met", "2023", "x", "Ostrel,", "\u201cWe", "Will\u201d"]
)  # fmt: skip
_LINES = st.lists(_WORDS, max_size=40).map(" ".join) | st.text(max_size=200)


@settings(max_examples=400, deadline=None)
@given(_LINES, st.sampled_from(["", ".", ",", "...", " said."]))
def test_same_answer_as_before(line: str, end: str) -> None:
    assert edges._is_all_title_case(line + end) == _before(line + end)


def test_a_long_title_case_line_is_no_headline() -> None:
    assert edges._is_all_title_case("Harvan Council Sells the Ferry")
    assert not edges._is_all_title_case(" ".join(["Harvan Council Sells the Ferry"] * 5))
