"""Repeated text inside one page: a repeated lead/summary, and the nested-<p> artifact.

Two patterns seen in ../shared/data:

* a lead or summary paragraph that the page prints again as the start of the
  body ("summary\\n\\nsummary and more ..." or, on one-line pages, the lead
  sentences twice in a row): the body keeps one copy;
* the nested-<p> artifact of tehrantimes-mek pages with ids <= ~142,000: the full
  article on line 1, then progressively shorter suffixes of it on the lines
  below, which would multiply every mention (one page has 64 "MKO" hits).

Only paragraphs of at least ``MIN_REPEAT_CHARS`` count: short lines such as a
refrain of a poem ("I remained silent;") legitimately repeat.
"""

from __future__ import annotations

from .findings import Findings

__all__ = ["MIN_REPEAT_CHARS", "strip_repeats"]

MIN_REPEAT_CHARS = 40
#: How many leading paragraphs may be a summary repeated by the body.
_LEAD_WINDOW = 4


def _strip_repeated_lead_in_line(line: str, found: Findings) -> str:
    """``S S rest`` -> ``S rest`` when a line opens with the same text twice (or more)."""
    while len(line) >= MIN_REPEAT_CHARS:
        at = line.find(line[:MIN_REPEAT_CHARS], 1)
        if at <= 0 or not line[at:].startswith(line[:at].rstrip()):
            break
        found.remove("duplicate", line[:at])
        line = line[at:]
    return line


def strip_repeats(lines: list[str], found: Findings) -> list[str]:
    """Drop paragraphs already contained in an earlier one, and a repeated lead."""
    lines = list(lines)
    idx = [i for i, x in enumerate(lines) if x]
    # A summary paragraph that the next paragraph starts with (or equals).
    for a, b in zip(idx[:_LEAD_WINDOW], idx[1 : _LEAD_WINDOW + 1], strict=False):
        first, second = lines[a], lines[b]
        if len(first) >= MIN_REPEAT_CHARS and second.startswith(first.rstrip(".…").rstrip()):
            found.remove("duplicate", first)
            lines[a] = ""
            break
    lead = next((i for i in idx if lines[i]), None)
    if lead is not None:
        lines[lead] = _strip_repeated_lead_in_line(lines[lead], found)
    # Paragraphs contained in an earlier kept paragraph (nested <p>, exact repeats).
    kept = "\x00"
    for i in idx:
        line = lines[i]
        if not line:
            continue
        if len(line) >= MIN_REPEAT_CHARS and line in kept:
            found.remove("duplicate", line)
            lines[i] = ""
        else:
            kept += line + "\x00"
    return lines
