"""Named-entity mentions from spaCy's NER, mapped to the contract's entity types.

Spans are repaired before they are kept, because the small model's spans are
often a little off in news text (measured on the sample corpus and the Tehran
Times pages): a leading article ("the Front"), a dangling "(ACR" when an
acronym in brackets follows a name, a trailing possessive or punctuation.
Offsets always point into the clean text; ``text == doc.text[start:end]``.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from ...model import Mention
from ...registry import analyzers
from ...settings import Settings
from ..pipeline import Work
from .names import name_key, org_words
from .spans import fix_spans, keep_abbreviation_period
from .surnames import surname_spans
from .works import work_label

__all__ = ["LABEL_TYPES", "MentionTagger", "repair_span"]

#: spaCy OntoNotes labels kept as mentions, and their contract type.  Dates,
#: times, quantities and numbers are not actors and are left to later stages.
LABEL_TYPES = {
    "PERSON": "person",
    "ORG": "organization",
    "GPE": "place",
    "LOC": "place",
    "FAC": "place",
    "NORP": "other",
    "EVENT": "other",
    "LAW": "other",
    "PRODUCT": "other",
    "WORK_OF_ART": "other",
    "LANGUAGE": "other",
}

_LEADING = re.compile(r"^(?:the|The|THE)\s+")
_EDGE_PUNCT = "\"'“”‘’«»()[]{}.,;:!?–—-*•|/ \t\n"
_POSSESSIVE_END = re.compile(r"(?:['’]s|['’])$")
_MAX_MENTION_CHARS = 120


def repair_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Trim a tagger span to the name it holds; ``None`` if nothing name-like is left."""
    span = text[start:end]
    # an unbalanced bracket inside: "Front (PFL" -> "Front"; "PFL) said" -> "PFL"
    if span.count("(") != span.count(")"):
        if "(" in span and ")" not in span:
            end = start + span.index("(")
        elif ")" in span and "(" not in span:
            end = start + span.index(")")
        span = text[start:end]
    m = _LEADING.match(span)
    if m and len(span) > m.end():
        start += m.end()
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start and text[end - 1] in _EDGE_PUNCT:
        end -= 1
    m = _POSSESSIVE_END.search(text[start:end])
    if m and end - start > len(m.group()):
        end -= len(m.group())
        while end > start and text[end - 1] in " \t":  # "South Africa 's" (tokenised text)
            end -= 1
    span = text[start:end]
    if not span or len(span) > _MAX_MENTION_CHARS or not any(c.isalpha() for c in span):
        return None
    if "\n" in span:  # a name never crosses a line break in clean text
        return None
    start, end = _keep_whole(text, start, end)
    return start, keep_abbreviation_period(text, start, end)


# Hyphen-joined parts that belong to a romanised name even in lower case
# (issue 3: "Abu-Bakr", "Golzar-e", "Nur-ud-Din" were split at the hyphen).
_PARTICLES = frozenset(
    {"al", "el", "ul", "ol", "ad", "ud", "ed", "e", "ye", "bin", "ibn", "bint", "abu", "abd", "din"}
)
_HYPHENS = "-‐‑"
_EZAFE_BEFORE = re.compile(r"(?<![\w-])[A-Z][^\W_]*-(?:e|ye|i|yi)[ \t]+$")
_PARTICLE_START = re.compile(r"(?:al|el|ul|ad|ud|an|as|ash|at|ar|az)-[A-Z]")


def _is_name_part(word: str) -> bool:
    return bool(word) and (word[0].isupper() or word.lower() in _PARTICLES)


def _keep_whole(text: str, start: int, end: int) -> tuple[int, int]:
    """Grow a span over hyphen-joined name parts and a word cut in the middle.

    ``"Abu-Bakr"`` tagged as ``"Bakr"`` becomes ``"Abu-Bakr"``; ``"pro-Iran"``
    stays ``"Iran"`` (a lower-case prefix that is no name particle).
    """
    n = len(text)
    m = _PARTICLE_START.match(text, start)
    if m and start >= 2 and text[start - 1] == " ":
        w = start - 1
        while w > 0 and text[w - 1].isalpha():
            w -= 1
        if w < start - 1 and text[w].isupper():
            start = w  # "al-Varun al-Dhiri" tagged without its head "Liwa"
    ezafe = _EZAFE_BEFORE.search(text, max(0, start - 40), start)
    if ezafe:
        start = ezafe.start()  # "Mujahidin-e Surkh" tagged without "Sazman-e"
    while True:
        if start >= 2 and text[start - 1] in _HYPHENS and text[start - 2].isalnum():
            w = start - 1
            while w > 0 and text[w - 1].isalnum():
                w -= 1
            if not _is_name_part(text[w : start - 1]):
                break
            start = w
        elif start > 0 and text[start - 1].isalnum() and text[start].isalnum():
            start -= 1  # cut mid-word: "ZL" of "ZLF"
        else:
            break
    while True:
        if end + 1 < n and text[end] in _HYPHENS and text[end + 1].isalnum():
            w = end + 1
            while w < n and text[w].isalnum():
                w += 1
            if not _is_name_part(text[end + 1 : w]):
                break
            end = w
        elif end < n and text[end].isalnum() and text[end - 1].isalnum():
            end += 1
        else:
            break
    return start, end


# A given name written with an apostrophe inside ("Ka'Loni", "D'Vonte") before a
# PERSON span the tagger began after it ("Ka'Loni [Marie Renk]"): the small model
# reads the apostrophe as a break.  Not a contraction or possessive ("Don't", "Renk's").
_APOSTROPHE_GIVEN = re.compile(
    r"(?<![\w'’.-])[A-Z][a-z]*['’](?!(?:s|t|m|d|ll|re|ve)(?![\w'’]))[A-Za-z][a-z]+[ \t]+$"
)


def _apostrophe_given_name(text: str, start: int) -> int:
    """Start of "Ka'Loni " before a person's span that begins right after it."""
    m = _APOSTROPHE_GIVEN.search(text, max(0, start - 30), start)
    return m.start() if m else start


_ORG_HEAD = re.compile(r"((?:[A-Z][\w'’-]*[ \t]+)+)(?:of|for)[ \t]+(?:the[ \t]+)?$")


def _org_head(text: str, start: int) -> int | None:
    """Start of "Brigades of the " before a name the tagger cut it from.

    The small model tags "People's Liberation Movement" inside "Brigades of
    the People's Liberation Movement": the nested organisation is another
    actor (issue 3), so the head is taken back when it holds an
    organisation word ("Brigades", "Council", "Ministry"...).
    """
    m = _ORG_HEAD.search(text, max(0, start - 60), start)
    if m is None or not org_words() & set(m.group(1).lower().split()):
        return None
    lead = _LEADING.match(text, m.start(1), start)
    return m.start(1) + (len(lead.group()) if lead else 0)


@dataclass
class MentionTagger:
    settings: Settings
    name: str = "newsdossier.mentions"
    # v2 (issue 16): abbreviation periods kept, title-case lines, URLs and
    # symbols, romanised names rejoined (spans.py); v3: sentence openers left
    # out of person names ("Regarding Renk"); v4: titles after "book", "film",
    # "website"... and domain names are no people (works.py); v5: a PERSON span
    # with a possessive inside is cut at it ("Renk’s Plunder" -> "Renk"); v6: an
    # interview marker ("Q. Renk") or a question's auxiliary ("Will Renk ...?") is
    # no part of a person's name; v7: a bare surname the tagger missed, of a
    # person the page names in full, is a PERSON span (surnames.py); a headline with
    # "5th" or "3rd" in it is read as a headline; "X and Y" split where the page tags
    # X and Y apart (spans.py); v8: a given name with an apostrophe inside ("Ka'Loni")
    # before a PERSON span is its first word (issue 16); v9: a headline verb ending a
    # span off a title-case line ("Harvan Confirms it Will ...") is left out where the
    # page writes the rest as a name (spans.py, issue 16)
    version: str = "9"
    requires: tuple[str, ...] = ("spacy_docs",)
    assigns: tuple[str, ...] = ("mentions",)

    def __call__(self, batch: Sequence[Work]) -> None:
        for work in batch:
            text = work.document.text
            spans: list[tuple[int, int, str]] = []
            seen: set[tuple[int, int]] = set()
            for off, doc in work.spacy_docs:
                for ent in doc.ents:
                    if ent.label_ not in LABEL_TYPES:
                        continue
                    span = repair_span(text, off + ent.start_char, off + ent.end_char)
                    if span is None or span in seen:
                        continue
                    seen.add(span)
                    s, e = span
                    label = ent.label_
                    if label == "PERSON":
                        s = _apostrophe_given_name(text, s)
                    head = _org_head(text, s)
                    if head is not None and (head, e) not in seen:
                        s, label = head, "ORG"
                        seen.add((s, e))
                    spans.append((s, e, label))
            out: list[Mention] = []
            fixed = fix_spans(text, spans)
            fixed = sorted([*fixed, *surname_spans(text, fixed)])
            for s, e, label in fixed:
                label = work_label(text, s, e, label)
                surface = text[s:e]
                key = name_key(surface)
                if not key:
                    continue
                out.append(
                    Mention(work.document.id, s, e, surface, label, LABEL_TYPES[label], key,
                            f"{self.name}.v{self.version}", self.version)
                )  # fmt: skip
            work.mentions = out


@analyzers.register("newsdossier.mentions.v1")
def make_mention_tagger(settings: Settings) -> MentionTagger:
    return MentionTagger(settings)
