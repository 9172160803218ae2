"""The file formats of SemEval-2020 Task 11 (PTC), as pure functions.

Articles are ``article<ID>.txt``; offsets in every format are ``str`` indices
into the file decoded as UTF-8 *without* newline translation and *with* a BOM
kept as character 0 (:func:`read_article`).  Label lines are tab-separated:
``id<TAB>technique<TAB>start<TAB>end`` (TC), ``id<TAB>start<TAB>end`` (SI);
a TC template has ``?`` in the technique column, and a span that carries k
techniques appears k times.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from ._types import FramingSpan

__all__ = [
    "LabelLine",
    "article_id_from_path",
    "fill_template",
    "format_ptc",
    "parse_labels",
    "parse_template",
    "read_article",
]

_ARTICLE_RE = re.compile(r"article(\d+)")


@dataclass(frozen=True, slots=True)
class LabelLine:
    """One line of a PTC label file; ``technique`` is None for SI lines and ``?`` lines."""

    article_id: str
    technique: str | None
    start: int
    end: int


def article_id_from_path(path: str | Path) -> str:
    """``.../article123.txt`` -> ``"123"``; otherwise the file stem.

    Raises ValueError for an empty name.
    """
    name = Path(path).name
    match = _ARTICLE_RE.match(name)
    if match:
        return match.group(1)
    stem = Path(name).stem
    if not stem:
        raise ValueError(f"cannot derive an article id from {str(path)!r}")
    return stem


def read_article(path: str | Path) -> str:
    """The article text the offsets refer to: UTF-8, BOM kept, no newline translation."""
    with open(path, encoding="utf-8", newline="") as handle:
        return handle.read()


def format_ptc(article_id: str, spans: Iterable[FramingSpan]) -> list[str]:
    """``article_id<TAB>technique<TAB>start<TAB>end`` lines, sorted by offset."""
    ordered = sorted(spans, key=lambda s: (s.start, s.end, s.technique))
    return [f"{article_id}\t{s.technique}\t{s.start}\t{s.end}" for s in ordered]


def parse_labels(lines: Iterable[str]) -> list[LabelLine]:
    """Parse TC (4 columns), SI (3 columns) or template lines; blank lines are skipped.

    Raises ValueError naming the 1-based line number of a malformed line.
    """
    out: list[LabelLine] = []
    for number, raw in enumerate(lines, 1):
        line = raw.rstrip("\r\n")
        if not line.strip():
            continue
        cols = line.split("\t")
        try:
            if len(cols) == 4:
                technique: str | None = None if cols[1] == "?" else cols[1]
                start, end = int(cols[2]), int(cols[3])
            elif len(cols) == 3:
                technique, start, end = None, int(cols[1]), int(cols[2])
            else:
                raise ValueError(f"{len(cols)} columns")
        except ValueError as exc:
            raise ValueError(
                f"line {number}: expected id<TAB>technique<TAB>start<TAB>end ({exc})"
            ) from None
        if start < 0 or end <= start:
            raise ValueError(f"line {number}: bad span {start}-{end}")
        out.append(LabelLine(cols[0], technique, start, end))
    return out


def parse_template(lines: Iterable[str]) -> dict[str, list[tuple[int, int]]]:
    """Spans to classify per article id, in file order (duplicates kept)."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for item in parse_labels(lines):
        spans.setdefault(item.article_id, []).append((item.start, item.end))
    return spans


def fill_template(
    article_id: str, spans: Sequence[tuple[int, int]], labels: Sequence[tuple[str, float]]
) -> list[str]:
    """Template lines of one article with the technique column filled in."""
    if len(spans) != len(labels):
        raise ValueError(f"{len(spans)} spans but {len(labels)} labels")
    return [f"{article_id}\t{t}\t{s}\t{e}" for (s, e), (t, _) in zip(spans, labels, strict=True)]
