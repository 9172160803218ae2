"""Repeated text inside one page that is an artifact of the page, not of the author.

Patterns seen in ../shared/data, and the only repeats removed:

* a lead or summary paragraph that the page prints again as the start of the
  body ("summary\\n\\nsummary and more ..." or, on one-line pages, the lead
  sentences twice in a row): the body keeps one copy;
* the nested-<p> artifact of tehrantimes-mek pages with ids <= ~142,000: the full
  article on line 1, then progressively shorter suffixes of it on the lines
  below, which would multiply every mention (one page has 64 "MKO" hits);
* a block of two or more paragraphs printed again in the same order (a page
  scraped twice into one record);
* a headline-shaped line (no closing punctuation) printed again: a teaser or
  the title repeated further down;
* a pull quote: a sentence of the piece printed again, alone in curly quotes,
  between two unquoted sentences that are not its attribution (tehrantimes-mek
  interviews glue four of them into the one-line page, each the copy of an
  unquoted answer sentence).  The copy in quotes goes, the answer stays; a quote
  whose only other occurrence is itself quoted (a speaker quoted twice) stays.

A sentence that the author repeats later in the running text -- "Camp X is a
prison." as a paragraph of its own, a slogan closing the piece -- is body:
the framing stage detects it as Repetition (issue 2: it used to be dropped
whenever it was 40+ characters long).  So a single repeated paragraph stays
unless it is headline-shaped or one link of a suffix chain.

Only paragraphs of at least ``MIN_REPEAT_CHARS`` count: short lines such as a
refrain of a poem ("I remained silent;") legitimately repeat.
"""

from __future__ import annotations

import re

from .findings import Findings

__all__ = ["MIN_REPEAT_CHARS", "strip_repeats"]

MIN_REPEAT_CHARS = 40
#: How many leading paragraphs may be a summary repeated by the body.
_LEAD_WINDOW = 4
#: A repeated line this short with no closing punctuation is a headline/teaser.
_HEADLINE_MAX_CHARS = 200
_TERMINAL = (".", "!", "?", "…", "”", '"', "’", "'", ")", ":", ";", ",")
_SENTENCE_BREAK_RE = re.compile(r"[.!?][”\"’)]?\s+(?=[A-Z“\"‘])")
#: A pull quote is a whole sentence of at least this many characters.
PULL_QUOTE_MIN_CHARS = 50
_PULL_QUOTE_RE = re.compile(
    rf"(?:^|(?<=[.!?]\s))“(?P<s>[^“”\n]{{{PULL_QUOTE_MIN_CHARS},400}}?[.!?])”(?=\s+[A-Z]|$)"
)
_QUOTES = ("“", "”", '"', "‘")
# The sentence after a quote that attributes it ("Renk wrote of the convoy ...").
_ATTRIBUTION_RE = re.compile(
    r"\b(?:said|says|told|tells|wrote|writes|added|adds|tweeted|stated|states|noted|notes"
    r"|asked|explained|argued|claimed|according)\b"
)
_SENTENCE_SPLIT_RE = re.compile(r"(?<=[.!?])\s+")


def _strip_repeated_lead_in_line(line: str, found: Findings) -> str:
    """``S S rest`` -> ``S rest`` when a line opens with the same text twice (or more)."""
    while len(line) >= MIN_REPEAT_CHARS:
        at = line.find(line[:MIN_REPEAT_CHARS], 1)
        if at <= 0 or not line[at:].startswith(line[:at].rstrip()):
            break
        found.remove("duplicate", line[:at])
        line = line[at:]
    return line


def _is_headline_shaped(line: str) -> bool:
    return len(line) <= _HEADLINE_MAX_CHARS and not line.endswith(_TERMINAL)


def _strip_lead_summary(lines: list[str], idx: list[int], found: Findings) -> None:
    """A summary paragraph that the next paragraph starts with (or equals)."""
    for a, b in zip(idx[:_LEAD_WINDOW], idx[1 : _LEAD_WINDOW + 1], strict=False):
        first, second = lines[a], lines[b]
        if len(first) >= MIN_REPEAT_CHARS and second.startswith(first.rstrip(".…").rstrip()):
            found.remove("duplicate", first)
            lines[a] = ""
            return


def _repeated_blocks(lines: list[str], idx: list[int]) -> set[int]:
    """Indexes of paragraphs that repeat, in order, a run of 2+ earlier paragraphs."""
    pos = [i for i in idx if len(lines[i]) >= MIN_REPEAT_CHARS]
    first: dict[str, int] = {}
    earlier = [first.setdefault(lines[i], n) for n, i in enumerate(pos)]
    out: set[int] = set()
    for n, j in enumerate(earlier):
        if j == n:
            continue  # a first occurrence
        before = n > 0 and j > 0 and earlier[n - 1] == j - 1
        after = n + 1 < len(pos) and earlier[n + 1] == j + 1
        if before or after:
            out.add(pos[n])
    return out


# How far either side of a pull-quote candidate its neighbouring sentences are
# looked for.  Splitting the whole line into sentences for each candidate made a
# 3.2 MB one-line article take 28 s to clean (issue 17): quadratic in the line.
_NEIGHBOUR_CHARS = 2_000


def _neighbours(lines: list[str], i: int, m: re.Match[str]) -> tuple[str, str]:
    """The sentence before and the sentence after the match in ``lines[i]``."""
    line = lines[i]
    before = line[max(0, m.start() - _NEIGHBOUR_CHARS) : m.start()].strip() or next(
        (x[-_NEIGHBOUR_CHARS:] for x in reversed(lines[:i]) if x), ""
    )
    after = line[m.end() : m.end() + _NEIGHBOUR_CHARS].strip() or next(
        (x[:_NEIGHBOUR_CHARS] for x in lines[i + 1 :] if x), ""
    )
    return _SENTENCE_SPLIT_RE.split(before)[-1], _SENTENCE_SPLIT_RE.split(after)[0]


def _quoted_elsewhere_only(text: str, core: str, own: int) -> bool:
    """False if ``core`` occurs in ``text`` outside quotation marks (``own``: its own copy)."""
    at = text.find(core)
    while at >= 0:
        if at != own and (at == 0 or text[at - 1] not in _QUOTES):
            return False
        at = text.find(core, at + 1)
    return True


def _pull_quote(lines: list[str], i: int, text: str, start: int) -> re.Match[str] | None:
    """The first pull quote in ``lines[i]`` (which begins at ``text[start]``), or None."""
    for m in _PULL_QUOTE_RE.finditer(lines[i]):
        prev, nxt = _neighbours(lines, i, m)
        if any(q in prev or q in nxt for q in _QUOTES) or _ATTRIBUTION_RE.search(nxt):
            continue
        if not _quoted_elsewhere_only(text, m["s"].rstrip(".!?"), start + m.start("s")):
            return m
    return None


def _strip_pull_quotes(lines: list[str], found: Findings) -> None:
    """Remove pull quotes until none is left (one removal can make the next one standalone)."""
    while True:
        text, start, hit = "\n".join(lines), 0, None
        for i, line in enumerate(lines):
            if "“" in line and (m := _pull_quote(lines, i, text, start)) is not None:
                hit = i, m
                break
            start += len(line) + 1
        if hit is None:
            return
        i, m = hit
        found.remove("duplicate", m.group())
        head, tail = lines[i][: m.start()].rstrip(), lines[i][m.end() :].lstrip()
        lines[i] = f"{head} {tail}" if head and tail else head or tail


def strip_repeats(lines: list[str], found: Findings) -> list[str]:
    """Drop a repeated lead, nested-<p> suffixes, repeated blocks and repeated headlines."""
    lines = list(lines)
    idx = [i for i, x in enumerate(lines) if x]
    _strip_lead_summary(lines, idx, found)
    lead = next((i for i in idx if lines[i]), None)
    if lead is not None:
        lines[lead] = _strip_repeated_lead_in_line(lines[lead], found)
    blocks = _repeated_blocks(lines, idx)
    seen: set[str] = set()
    last, chained = "", False  # last kept paragraph; a suffix of it was dropped
    for i in idx:
        line = lines[i]
        if not line:
            continue
        long_enough = len(line) >= MIN_REPEAT_CHARS
        suffix = long_enough and line != last and last.endswith(line)
        if suffix and (chained or _SENTENCE_BREAK_RE.search(line)) or i in blocks:
            chained = suffix
        elif long_enough and line in seen and _is_headline_shaped(line):
            pass
        elif long_enough and line == last:
            pass  # the same paragraph twice in a row: a scraping stutter
        else:
            seen.add(line)
            last, chained = line, False
            continue
        found.remove("duplicate", line)
        lines[i] = ""
    _strip_pull_quotes(lines, found)
    return lines
