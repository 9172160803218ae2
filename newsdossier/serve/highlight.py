"""Cut a document's clean text into highlighted segments for the template.

The page never receives an HTML string built from article text: it receives
a list of :class:`Segment` (text, kinds, anchors, label) and the template
escapes each ``text``.  Spans use the project's offsets (0-based,
end-exclusive ``str`` indices into ``documents.text``); spans may overlap and
nest, and a segment carries the kinds of every span covering it.

Bidirectional control characters (U+202A-U+202E, U+2066-U+2069, U+200E/F)
become segments of their own with kind ``bidi``: the template shows them as a
visible ``⟨U+202E⟩`` marker instead of letting them reorder the page.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

__all__ = ["BIDI_CONTROLS", "Segment", "Span", "make_segments", "show_controls"]

BIDI_CONTROLS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")


@dataclass(frozen=True, slots=True)
class Span:
    start: int  # 0-based, end-exclusive index into the document text
    end: int
    kind: str  # css-safe word: mention | claim | framing | reuse | evidence | ...
    anchor: str | None = None  # fragment id placed where the span starts
    label: str | None = None  # tooltip text (escaped by the template)


@dataclass(slots=True)
class Segment:
    text: str
    kinds: tuple[str, ...] = ()
    anchors: list[str] = field(default_factory=list)
    label: str | None = None

    def as_json(self) -> dict[str, object]:
        return {"text": self.text, "kinds": list(self.kinds), "anchors": self.anchors}


def make_segments(text: str, spans: list[Span]) -> list[Segment]:
    """Segments covering ``text`` in order; their texts concatenate back to ``text``."""
    n = len(text)
    spans = [s for s in spans if 0 <= s.start < s.end <= n]
    cuts = {0, n}
    for s in spans:
        cuts.update((s.start, s.end))
    for m in _BIDI.finditer(text):
        cuts.update((m.start(), m.end()))
    starts: dict[int, list[Span]] = {}
    for s in spans:
        starts.setdefault(s.start, []).append(s)
    active: list[Span] = []
    out: list[Segment] = []
    points = sorted(cuts)
    for a, b in zip(points, points[1:], strict=False):
        active = [s for s in active if s.end > a] + starts.get(a, [])
        piece = text[a:b]
        kinds = sorted({s.kind for s in active})
        if _BIDI.fullmatch(piece):
            kinds.append("bidi")
        labels = [s.label for s in active if s.label]
        out.append(
            Segment(
                text=piece,
                kinds=tuple(kinds),
                anchors=[s.anchor for s in starts.get(a, []) if s.anchor],
                label="; ".join(dict.fromkeys(labels)) or None,
            )
        )
    return out or [Segment(text="")]


def show_controls(value: object) -> str:
    """``value`` as text with bidi controls made visible (for titles, names, snippets)."""
    if value is None:
        return ""
    return _BIDI.sub(lambda m: f"⟨U+{ord(m.group()):04X}⟩", str(value))
