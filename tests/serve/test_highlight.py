"""Highlighted segments: overlap, nesting, anchors, bidi controls (issue 7)."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdossier.serve.highlight import Span, make_segments, show_controls


def test_highlight_overlapping_spans() -> None:
    text = "The Harvan Council met in Velmora."
    segs = make_segments(
        text,
        [Span(4, 18, "mention", "m-1"), Span(0, 22, "claim", "c-1"), Span(4, 10, "framing")],
    )
    assert "".join(s.text for s in segs) == text
    assert [(s.text, s.kinds) for s in segs] == [
        ("The ", ("claim",)),
        ("Harvan", ("claim", "framing", "mention")),
        (" Council", ("claim", "mention")),
        (" met", ("claim",)),
        (" in Velmora.", ()),
    ]
    assert segs[0].anchors == ["c-1"] and segs[1].anchors == ["m-1"]


def test_highlight_ignores_spans_outside_text() -> None:
    segs = make_segments("abc", [Span(2, 9, "mention"), Span(-1, 2, "claim"), Span(2, 2, "x")])
    assert [(s.text, s.kinds) for s in segs] == [("abc", ())]


def test_highlight_bidi_controls_are_own_segments() -> None:
    segs = make_segments("a\u202eb", [])
    assert [(s.text, s.kinds) for s in segs] == [("a", ()), ("\u202e", ("bidi",)), ("b", ())]
    assert show_controls("x\u202ey") == "x⟨U+202E⟩y"


@given(
    st.text(max_size=60),
    st.lists(st.tuples(st.integers(0, 70), st.integers(0, 70), st.sampled_from(["a", "b"]))),
)
def test_highlight_segments_rebuild_text(text: str, raw: list[tuple[int, int, str]]) -> None:
    spans = [Span(a, b, k) for a, b, k in raw]
    segs = make_segments(text, spans)
    assert "".join(s.text for s in segs) == text
    pos = 0
    for seg in segs:
        for s in spans:
            covered = 0 <= s.start < s.end <= len(text) and s.start <= pos < s.end
            if seg.text:
                assert (s.kind in seg.kinds) >= covered
        pos += len(seg.text)
