"""Quotations of one document: spans of quoted words, across sentences (issue 15).

News writing marks a speaker's own words with quotation marks, and a quote runs
over several sentences as often as not ("“... the regime. The regime imposed ... life,”
Renk added.").  Quotes are therefore found over the whole text, not per
sentence, and a sentence inside one belongs to whoever the quote is attributed to.

Conventions handled:

- curly double quotes “…” (the usual case), straight "…" paired within a paragraph,
  guillemets «…»;
- a short quote of one to three words opened by “ and closed by a ’ typo (no ” in the
  paragraph) ends at the ’;
- a quote left open at the end of a paragraph continues in the next paragraph
  when that paragraph opens with a quote mark (the multi-paragraph convention),
  else it ends at the paragraph's end;
- curly single quotes ‘…’ as quotes only where they cannot be apostrophes
  (after a space or an opening bracket, closed before a non-letter), at least
  eight characters long -- "Vellorn’s" and "the countries’ leaders" are not quotes.

Offsets are absolute, 0-based, end-exclusive; ``start`` is the opening mark and
``end`` the character after the closing one (or the paragraph's end).
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

__all__ = ["Quote", "QuoteIndex", "find_quotes"]

_PARA = re.compile(r"\n\s*\n|\n")
# (the opening mark first, the look-behinds after it: a pattern that opens with a literal
# is searched for that character, one that opened with a look-behind was tried at every
# position of the document, 35 times the CPU; the same matches)
_SINGLE = re.compile(r"‘(?:(?<=^‘)|(?<=[\s(\[“\"—–-]‘))[^‘’\n]{6,}?’(?![\w’])", re.M)
_NESTED = re.compile(r"‘(?<=[\s(\[“—–-]‘)[^‘’”]{6,}?’(?![\w’])")
_STRAIGHT = re.compile('"')
_WORD = re.compile(r"[\w’'-]+")


@dataclass(frozen=True, slots=True)
class Quote:
    start: int  # the opening mark
    end: int  # after the closing mark (or the paragraph's end when left open)
    closed: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + 1, self.end - (1 if self.closed else 0)

    def words(self, text: str) -> int:
        a, b = self.inner
        return len(_WORD.findall(text, a, b))


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out, a = [], 0
    for m in _PARA.finditer(text):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, len(text)))
    return [(a, b) for a, b in out if b > a]


def _curly(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    out: list[Quote] = []
    for k, (pa, pb) in enumerate(paras):
        i = pa
        # a quote that the next paragraph carries on (it opens with “) is never closed by
        # a single ’ (the multi-paragraph convention)
        runs_on = k + 1 < len(paras) and text.startswith("“", paras[k + 1][0])
        while True:
            o = text.find("“", i, pb)
            if o < 0:
                break
            c = text.find("”", o + 1, pb)
            nxt = text.find("“", o + 1, pb)
            if c >= 0 and (nxt < 0 or c < nxt):
                out.append(Quote(o, c + 1, True))
                i = c + 1
            elif nxt >= 0:  # “ ... “ ... : the first was never closed; keep it to the next
                out.append(Quote(o, nxt, False))
                i = nxt
            elif not runs_on and (short := _CLOSED_BY_SINGLE.match(text, o + 1, pb)) is not None:
                out.append(Quote(o, short.end(), True))
                i = short.end()
            else:
                out.append(Quote(o, pb, False))
                break
    return out


#: a word or three after an opening “ that a single ’ closes, where no ” closes it in the
#: paragraph: “pushing’ demonstrators (a typo of the closing mark).  Left open, the quote
#: ran to the paragraph's end and the writer's next sentences were filed as the quoted
#: person's (independent readers of claims v104-v106, seeds 1075, 1076, 1083).  Not a
#: plural possessive ("the farmers’ union"): the ’ follows no "s"; nor a dropped letter
#: ("fishin’", "goin’": speech written as spoken; "“rockin’ all night’" closes at "night’")
_CLOSED_BY_SINGLE = re.compile(
    r"(?:[^\s“”‘’.!?\n]|(?<=[iI]n)’)+(?:\s(?:[^\s“”‘’.!?\n]|(?<=[iI]n)’)+){0,2}"
    r"(?<![sS\s])(?<![iI]n)’(?=[\s,;:.!?)]|$)"
)


def _straight(text: str, paras: list[tuple[int, int]]) -> list[Quote]:
    out: list[Quote] = []
    for pa, pb in paras:
        marks = [m.start() for m in _STRAIGHT.finditer(text, pa, pb)]
        for a, b in zip(marks[::2], marks[1::2], strict=False):
            out.append(Quote(a, b + 1, True))
        if len(marks) % 2 and marks[-1] < pb - 1:
            # an odd last mark opening a quote that runs to the paragraph's end
            last = marks[-1]
            if last == pa or not text[last - 1].isalnum():
                out.append(Quote(last, pb, False))
    return out


def _guillemets(text: str) -> list[Quote]:
    return [Quote(m.start(), m.end(), True) for m in re.finditer(r"«[^»\n]{2,}»", text)]


def _join_paragraphs(text: str, paras: list[tuple[int, int]], quotes: list[Quote]) -> list[Quote]:
    """A quote left open at its paragraph's end, where the next paragraph opens with a
    quote mark, runs on into that paragraph's quote: the multi-paragraph convention
    ("“We will not ... council.¶“The council will appeal ...,” the statement said.").
    Until joined, the first paragraph had no speaker at all (a reader's class on FNC)."""
    ends = {b: k for k, (_, b) in enumerate(paras)}
    by_start = {q.start: q for q in quotes}
    out: list[Quote] = []
    skip: set[int] = set()
    for q in sorted(quotes, key=lambda x: x.start):
        if q.start in skip:
            continue
        cur = q
        while not cur.closed and cur.end in ends and ends[cur.end] + 1 < len(paras):
            na = paras[ends[cur.end] + 1][0]
            nxt = by_start.get(na)
            if nxt is None or text[na] != text[cur.start]:
                break  # the next paragraph does not open with the same kind of mark
            skip.add(nxt.start)
            cur = Quote(cur.start, nxt.end, nxt.closed)
        out.append(cur)
    return out


def find_quotes(text: str) -> list[Quote]:
    """Every quotation in ``text``, outermost only, in order."""
    paras = _paragraphs(text)
    found = _join_paragraphs(text, paras, _curly(text, paras)) + _join_paragraphs(
        text, paras, _straight(text, paras)
    )
    found += _guillemets(text)
    found += [Quote(m.start(), m.end(), True) for m in _SINGLE.finditer(text)]
    found.sort(key=lambda q: (q.start, -q.end))
    out: list[Quote] = []
    for q in found:
        if out and q.start < out[-1].end:  # nested in the previous one: keep the outer
            continue
        out.append(q)
    return out


class QuoteIndex:
    """Quotes of one document with fast lookups by offset."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.quotes = find_quotes(text)
        self._starts = [q.start for q in self.quotes]
        # single quotes nested in double ones: “... Renk clearly said ‘very soon ...’ ...”
        self.nested: list[Quote] = []
        for q in self.quotes:
            for m in _NESTED.finditer(text, q.start + 1, q.end):
                self.nested.append(Quote(m.start(), m.end(), True))

    def at(self, i: int) -> Quote | None:
        """The quote whose inside holds offset ``i`` (marks excluded), or ``None``."""
        k = bisect.bisect_right(self._starts, i) - 1
        if k >= 0:
            q = self.quotes[k]
            if q.start < i < q.end - (1 if q.closed else 0) or (
                not q.closed and q.start < i < q.end
            ):
                return q
        return None

    def overlapping(self, a: int, b: int) -> list[Quote]:
        k = max(0, bisect.bisect_right(self._starts, a) - 1)
        out = []
        for q in self.quotes[k:]:
            if q.start >= b:
                break
            if q.end > a:
                out.append(q)
        return out

    def inside(self, a: int, b: int) -> bool:
        """Whether the span ``a..b`` lies inside one quote."""
        q = self.at(a + 1 if a + 1 < b else a)
        return q is not None and q.start <= a and b <= q.end
