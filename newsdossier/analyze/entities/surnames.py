"""A person's bare surname the tagger missed, found again in the same document (issue 16).

News writing names a person in full once ("Ivo Renk") and by the surname after
("Renk said ..."); the small tagger misses many of those bare surnames (a
sentence-initial word, a headline, a name it has not seen).  ECB+ (all 43
topics): of the gold mentions no mention covered at all, the largest group of
names was such surnames, each beside its full name on the page.

Here every whole-word, capitalised occurrence of the surname of a person the
document names in full becomes a ``PERSON`` span of its own, when:

- exactly one full name of the document ends in that surname (two people
  sharing it: the page does not say which);
- no tagged span covers it, and the words around it do not make it part of
  another name: no capitalised word before it (an untagged "Tarek Renk"), other
  than a title ("Mr. Renk") or a function word opening the sentence ("But
  Renk"); not after an article ("the Doctor", "a Renk"); no capitalised word after it ("Renk Tower"), other than a headline
  verb in a title-case line ("Renk Takes Lead"); not joined by a hyphen;
- a sentence-initial occurrence is not a word the document also writes in
  lower case ("Luck" opening a sentence of a page that writes "luck").

Only the span is added: whether it stands for the full name is decided by the
resolver (``resolve/entities.py``: one candidate on the page, family context,
untagged namesakes), as for the bare surnames the tagger did find.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence

from .names import honorifics, name_key
from .people import parse_person
from .spans import _HEADLINE_VERBS, _STOP, title_case_lines

__all__ = ["surname_spans"]

Span = tuple[int, int, str]

# a capitalised word before a surname that names nobody: function words that open a
# sentence or join clauses ("But Renk", "When Renk", "Said Renk")
_FUNCTION_WORDS = frozenset(
    ["but", "and", "when", "while", "as", "if", "after", "before", "then", "so", "yet",
     "though", "although", "because", "since", "until", "where", "whether", "said", "says",
     "told", "with", "without", "for", "from", "by", "to", "at", "on", "in", "of", "the",
     "that", "says", "asked", "added", "meanwhile", "however", "also", "only", "even",
     "now", "still", "both", "neither", "nor", "or", "against", "between", "like", "unlike",
     "according", "including", "despite", "for", "under", "over", "about", "among"]
)  # fmt: skip
_ARTICLES = frozenset(["the", "a", "an"])
_WORD_BEFORE = re.compile(r"([A-Za-z][\w'’.-]*)([ \t]*)\Z")
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z][\w'’-]*)")
_SENTENCE_START = re.compile(r"(?:^|[.!?:;\"“”‘’(]\s*|\n\s*|[-–—|]\s+)\Z")
_MIN_SURNAME_CHARS = 3


def _surnames(
    text: str, spans: Sequence[Span], headlines: list[tuple[int, int]]
) -> dict[str, str | None]:
    """Surname as written -> the one full name of the document ending in it (``None``
    when two full names share it).  Full names are read in the body only: a PERSON
    span of a title-case line is often a headline's words ("Vellorn Beat Harvan"), and
    a title is no surname ("W. H. Doctor")."""
    out: dict[str, str | None] = {}
    titles = honorifics()
    for s, e, lab in spans:
        if lab != "PERSON" or any(a <= s < b for a, b in headlines):
            continue
        p = parse_person(name_key(text[s:e]))
        if (
            p.surname is None
            or " " in p.surname
            or len(p.surname) < _MIN_SURNAME_CHARS
            or p.surname in titles
        ):
            continue
        written = text[s:e].split()
        # the surname as the page writes it (the last word before a suffix)
        word = next((w.strip(",.") for w in reversed(written) if name_key(w) == p.surname), None)
        if word is None or not word[:1].isupper():
            continue
        full = " ".join(p.core)
        if out.get(word, full) != full:
            out[word] = None
        else:
            out[word] = full
    return out


def surname_spans(text: str, spans: Sequence[Span]) -> list[Span]:
    """New ``PERSON`` spans for the untagged bare surnames of ``text`` (module docstring),
    disjoint from ``spans`` and from each other."""
    headlines = title_case_lines(text)
    surnames = {
        w: full for w, full in _surnames(text, spans, headlines).items() if full is not None
    }
    if not surnames:
        return []
    covered = sorted((s, e) for s, e, _ in spans)
    starts = [s for s, _ in covered]
    lower_words = set(re.findall(r"(?<![\w'’-])[a-z][\w'’-]*", text))
    titles = honorifics()
    out: list[Span] = []
    pattern = re.compile(
        r"(?<![\w'’.-])(" + "|".join(sorted(map(re.escape, surnames), key=len, reverse=True))
        + r")(?![\w-])"
    )  # fmt: skip
    for m in pattern.finditer(text):
        s, e = m.span(1)
        if _covered(covered, starts, s, e) or text[e : e + 1] in "-‐":
            continue
        before = _WORD_BEFORE.search(text, max(0, s - 40), s)
        at_start = _SENTENCE_START.search(text, max(0, s - 4), s) is not None
        if before is not None and before.group(2):
            word = before.group(1)
            if word.lower() in _ARTICLES:
                continue  # "the Doctor", "a Renk": a title or someone new, no surname
            if word[:1].isupper():
                key = name_key(word)
                opener = key in _FUNCTION_WORDS or key in _STOP
                if key not in titles and not (opener and _SENTENCE_START.search(
                    text, max(0, before.start(1) - 4), before.start(1)
                )):  # fmt: skip
                    continue
        elif before is not None:
            continue  # glued to a word before ("O'Renk", "McRenk")
        in_headline = any(a <= s < b for a, b in headlines)
        after = _WORD_AFTER.match(text, e)
        if (
            after is not None
            and after.group(1)[:1].isupper()
            and not (in_headline and after.group(1).lower() in _HEADLINE_VERBS)
        ):
            continue
        if (at_start or in_headline) and m.group(1).lower() in lower_words:
            continue
        out.append((s, e, "PERSON"))
    return out


def _covered(covered: list[tuple[int, int]], starts: list[int], s: int, e: int) -> bool:
    i = bisect_right(starts, e)
    return any(a < e and s < b for a, b in covered[max(0, i - 8) : i])
