"""Which part of a sentence a word belongs to: segment, quotation, relative clause.

No parser runs (it would double the spaCy cost, ENVIRONMENT.md), so the parts
are approximated from punctuation and relative pronouns:

- a **segment** ends where the sentence recogniser missed a sentence break:
  a full stop, "?" or "!" after a lower-case word or before a closing quote,
  followed by a capital (``... against terror." After 9/11, ...``), or a line
  break;
- a **quotation** is the text between quote marks when it holds at least
  :data:`QUOTE_MIN_WORDS` words (shorter ones are scare quotes or titles:
  the "Free Exiles" rally); a closing mark with no opening one in the sentence
  quotes everything before it, an opening one with no closing everything after;
- a **relative clause** starts at "which / who / whom / whose / where" (with or
  without a comma before it) or at an opening parenthesis, and ends at the
  next comma, semicolon, dash or closing parenthesis, or right after the first
  time expression inside it (restrictive clauses have no closing comma: "the
  man who founded the group in 1965 died in 2001").

A date dates only the triggers of its own part (issue 4): a date in a
relative clause never dates the main clause; a date outside a quotation never
dates what the quotation reports, nor the other way round (``"... the attack
is under investigation," the spokesman complained on Saturday``).  Relative
clause ids: 0 is the main clause, 1.. the relative clauses in order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

__all__ = ["QUOTE_MIN_WORDS", "Parts", "clause_of", "clause_spans", "quote_spans", "segments"]

_OPEN = re.compile(r"(?:,\s*|\s)(?P<pro>which|who|whom|whose|where)\b|\(")
_FRONTED = re.compile(r"\s*(?:(?:in|on|during|at|around|back\s+in)\s+)?")
_CLOSE = re.compile(r"[,;)]|\s[–—-]\s")
# "a similar 2014 standoff", "a 2005 Harvan Council meeting": a determiner (and one
# adjective) before a date, up to four words after it, its noun last
_DETERMINER_BEFORE = re.compile(
    r"\b(?:a|an|the|its|his|her|their|our|this|that)\s+(?:[a-z-]+\s+)?$"
)
_NP_AFTER = re.compile(
    r"(?:\s+(?!(?:and|or|but|to|in|on|at|of|for|by|with|from|that|which|who|the|a|an)\b)[\w'’-]+){1,4}"
)
# "terror." / "confronted.”" / "Ministry.“While" then a capital: a break the sentence
# recogniser missed.  "U.S. President", "Mr. Smith", "Lt. Gen. Lee", "Sept. 16" are not
# breaks: the word before the stop must be all lower case (two letters or more) or a
# capitalised word of five letters or more, unless a quote mark follows the stop.
_STOP = re.compile(r"[.!?](?P<q>[”\"])?(?:\s+(?=[“\"]?[A-Z])|(?=[“\"][A-Z]))|\n+")
_WORD_BEFORE = re.compile(r"(?:\b[a-z]{2,}|\b[A-Z][a-z]{4,})$")
_QUOTE = re.compile(r"[“”\"]")
#: a quotation shorter than this many words is a scare quote or a title, not a clause
QUOTE_MIN_WORDS = 4


def clause_spans(sentence: str, times: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Relative-clause ``(start, end)`` offsets within ``sentence`` (0-based, end-exclusive).

    ``times`` are the sentence-relative spans of its time expressions: a clause
    never ends inside one ("which was founded on March 14, 2011, ...").
    """
    out: list[tuple[int, int]] = []
    pos = 0
    n = len(sentence)
    while (m := _OPEN.search(sentence, pos)) is not None:
        start = m.start("pro") if m.group("pro") else m.start()
        end = n
        scan = m.end()
        while (c := _CLOSE.search(sentence, scan)) is not None:
            inside = next((t for t in times if t[0] < c.start() < t[1]), None)
            if inside is None:
                end = c.start() + (1 if c.group() == ")" else 0)
                break
            scan = inside[1]
        if m.group() != "(":
            first_time = next((t for t in times if m.end() <= t[0] and t[1] <= end), None)
            # "X, who in 1991 accused Y of ...": a date that opens the clause is its verb's,
            # after it; the clause goes on to its close (issue 16, read with seed 281)
            fronted = first_time is not None and _FRONTED.fullmatch(
                sentence, m.end(), first_time[0]
            )
            if first_time is not None and not fronted:
                # "whose father took part in a 2014 standoff": a date naming the noun after
                # it ends the clause with that noun phrase (issue 16, read in ptc-*)
                np = _NP_AFTER.match(sentence, first_time[1])
                if np is not None and _DETERMINER_BEFORE.search(
                    sentence, max(0, first_time[0] - 30), first_time[0]
                ):
                    end = min(end, np.end())
                else:
                    end = first_time[1]
        out.append((start, end))
        pos = max(end, m.end())
    return out


def clause_of(offset: int, spans: Sequence[tuple[int, int]]) -> int:
    """0 for the main clause, else 1 + the index of the relative clause holding ``offset``."""
    for i, (s, e) in enumerate(spans):
        if s <= offset < e:
            return i + 1
    return 0


def segments(sentence: str) -> list[int]:
    """Start offsets of the sentence's segments after the first (missed sentence breaks)."""
    out = []
    for m in _STOP.finditer(sentence):
        if m.end() >= len(sentence):
            continue
        at = m.start()
        if (
            sentence[at] == "\n"
            or m.group("q")
            or _WORD_BEFORE.search(sentence, max(0, at - 40), at)
        ):
            out.append(m.end())
    return out


def quote_spans(sentence: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the quotations of ``sentence`` (marks included), in order."""
    marks = [(m.start(), _is_opening(sentence, m.start())) for m in _QUOTE.finditer(sentence)]
    out: list[tuple[int, int]] = []
    i = 0
    if marks and not marks[0][1]:
        out.append((0, marks[0][0] + 1))  # closing mark: the quotation began before this sentence
        i = 1
    while i < len(marks):
        start = marks[i][0]
        close = next((j for j in range(i + 1, len(marks)) if not marks[j][1]), None)
        end = marks[close][0] + 1 if close is not None else len(sentence)
        out.append((start, end))
        i = close + 1 if close is not None else len(marks)
    return [(s, e) for s, e in out if len(sentence[s:e].split()) >= QUOTE_MIN_WORDS]


def _is_opening(sentence: str, at: int) -> bool:
    c = sentence[at]
    if c != '"':
        return c == "“"
    return at == 0 or sentence[at - 1] in " \t\n([—–-:"


@dataclass(frozen=True, slots=True)
class Parts:
    """The segments, quotations and relative clauses of one sentence (offsets into it)."""

    breaks: tuple[int, ...]
    quotes: tuple[tuple[int, int], ...]
    relatives: tuple[tuple[int, int], ...]
    #: each quotation without its marks: one that began before the sentence (or ends after
    #: it) has no mark there to leave out ("The upheaval ... banks.”" lost its "T")
    inner: tuple[tuple[int, int], ...] = ()

    @classmethod
    def of(cls, sentence: str, times: Sequence[tuple[int, int]] = (), full: bool = True) -> Parts:
        """``full=False``: relative clauses only (enough for a sentence with no date to give)."""
        if not full:
            return cls((), (), tuple(clause_spans(sentence, times)))
        quotes = tuple(quote_spans(sentence))
        inner = tuple(
            (
                a + 1 if _QUOTE.match(sentence, a) else a,
                b - 1 if _QUOTE.match(sentence, b - 1) else b,
            )
            for a, b in quotes
        )
        return cls(tuple(segments(sentence)), quotes, tuple(clause_spans(sentence, times)),
                   inner)  # fmt: skip

    def key(self, offset: int) -> tuple[int, int, int]:
        """(segment, quotation or -1, relative clause) of the word at ``offset``."""
        seg = sum(1 for b in self.breaks if b <= offset)
        quote = next((i for i, (s, e) in enumerate(self.quotes) if s <= offset < e), -1)
        return seg, quote, clause_of(offset, self.relatives)

    def start(self, offset: int) -> int:
        """Where the innermost part holding ``offset`` begins (0: the sentence)."""
        starts = [b for b in self.breaks if b <= offset]
        starts += [a for (s, e), (a, _) in zip(self.quotes, self.inner, strict=True)
                   if s <= offset < e]  # fmt: skip
        starts += [s for s, e in self.relatives if s <= offset < e]
        return max(starts, default=0)

    def end(self, offset: int, length: int) -> int:
        """Where the innermost part holding ``offset`` ends (``length``: the sentence's)."""
        ends = [b for b in self.breaks if b > offset]
        ends += [b for (s, e), (_, b) in zip(self.quotes, self.inner, strict=True)
                 if s <= offset < e]  # fmt: skip
        ends += [e for s, e in self.relatives if s <= offset < e]
        return min(ends, default=length)
