"""Title-case (headline-style) lines: computed once per text, same answer as the rule."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.entities.spans import _STOP, _WORD, title_case_lines


def _reference(text: str) -> list[tuple[int, int]]:
    """The rule as first written: at least three words outside the stop list, all
    capitalised; not a line ending in a period; not an ALL-CAPS line."""
    out = []
    pos = 0
    for line in text.split("\n"):
        words = [w for w in _WORD.findall(line) if w.lower().strip(".") not in _STOP]
        if not (len(words) < 3 or line.rstrip().endswith(".") or line.upper() == line) and all(
            w[0].isupper() for w in words
        ):
            out.append((pos, pos + len(line)))
        pos += len(line) + 1
    return out


_WORDS = st.sampled_from(
    ["Ivo", "Renk", "Dies", "at", "of", "the", "Vellorn", "harbour", "OSTREL", "91", "3rd",
     "Talks", "Resume", "in", "said", "A.", "U.N.", ".", "-", "“Quoted”"]
)  # fmt: skip
_LINE = st.lists(_WORDS, max_size=8).map(" ".join)
_TEXT = st.lists(_LINE, max_size=6).map("\n".join)


@settings(max_examples=300, deadline=None)
@given(_TEXT)
def test_title_case_lines_follow_the_rule(text: str) -> None:
    assert title_case_lines(text) == _reference(text)
    assert title_case_lines(text) == _reference(text)  # the cached answer too


def test_title_case_lines_cached_answer_cannot_be_changed_by_a_caller() -> None:
    text = "Ivo Renk Dies at 91\nThe harbour reopened on Monday, officials said."
    first = title_case_lines(text)
    assert first == [(0, 19)]
    first.append((99, 100))  # a caller that edits its list
    assert title_case_lines(text) == [(0, 19)]
