"""Mention recall, second pass: every occurrence of a resolved name is a mention.

The small tagger misses names in partisan news (an acronym used a dozen times
never tagged, a romanised name split at its hyphen, a full name tagged once
and missed twice).  Once a name is in the name index (``entity_names``) the
whole corpus is scanned for it: capitalised token n-grams are looked up by
``name_key``, and multi-word n-grams also by ``translit_key`` (so a spelling
variant of a known name is found too, when the folded form belongs to one
entity only).  Spans are kept whole (never inside a hyphenated word), never
overlap an existing mention, and link straight to their entity.

Names are looked up per document in ``entity_names`` (by key, folded form and
skeleton, a few indexed queries per document); only small gates (the distinct
first words of names) are held for a pass, so memory does not follow the
number of names.  An n-gram that ends in a particle ("Strait of Hormuz, I":
the "i" drops out of the folded form) is looked up by its exact key only.

Single words are looked for only when they are acronyms or the names of
places and organisations; a lone surname is a short form, which only a
document's own context can resolve (entities.py).

Incremental: ``recall_scans`` records, per document, the name-index sequence
number it was scanned up to.  A new document is scanned for every known name
(in every resolver pass of a build).  Documents scanned before are rescanned
once, at the end of a build (``recall-rescan``, a final-only resolver: doing it
in each intermediate pass read every older document again and made the stage
quadratic), for the names added since, by exact key only.  A new name's
spelling variants (folded or fuzzy matches) are therefore found in documents
added after it, but in older documents only where the name itself occurs.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from typing import Any

from unidecode import unidecode

from ..analyze.entities.people import is_family_context, parse_person
from ..analyze.entities.spans import title_case_lines
from ..model import make_id
from ..names import is_acronym, name_key, skeleton, translit_key
from ..registry import resolvers
from ..settings import Settings
from ..store.protocols import Store
from .entity_refresh import refresh_entities
from .names import match_spelling

__all__ = ["ANALYZER", "resolve_recall"]

ANALYZER = "newsdossier.recall.v1"
# v2 (issue 16): a one-word name the document's own mentions read (a short form
# of its full name, or left ambiguous) takes that reading, not the corpus's; no
# name across a bracket; v3: no name across a comma, semicolon or quotation mark; v4: headline
# descriptions (kind "description") and a page's one-page bare surname relinked to the
# full name found on it (issue 16); v5: that relink goes to the full name's entity it
# checked, never to a one-word name recall found beside it (review)
VERSION = "5"
_LABELS = {"person": "PERSON", "organization": "ORG", "place": "GPE", "other": "MISC"}
_TOKEN = re.compile(r"[^\W_]+")
_MAX_TOKENS = 8
_PARTICLES = frozenset(
    {"of", "the", "and", "for", "al", "el", "e", "ye", "i", "ul", "de", "bin", "ibn", "s",
     "on", "in", "du", "des", "la", "le", "van", "von", "der", "den", "da", "di", "do", "dos",
     "del", "y"}
)  # fmt: skip
_BATCH_DOCS = 200
# name look-ups a pass remembers, per column, before it forgets them all (_Names._rows)
_CACHED_VALUES = 200_000
# A name never spans a bracket: n-grams across one joined "X Agency (XA" into one mention
# that replaced both ("X Agency" and "XA" then no longer met in an acronym statement;
# 31 such mentions on the Tehran Times pages, 6 on PTC train).
_BRACKET = re.compile(r"[()\[\]]")
# Nor across a comma, semicolon or quotation mark: folded and fuzzy look-ups joined two
# names of a list into one mention that replaced both ("Vellorn, Harvan" found as the
# compound "Vellorn-Harvan"; "According to Harvan, Vellorn Tools will ..."): of 41 such
# recall mentions on the 992 PTC train + Tehran Times pages, 38 joined two names, 2 were
# "Washington, DC" (still found) and 1 a name with a comma in it ("University of X, Y",
# lost); ECB+: 3 of 5 joined two names (issue 16).  "X, Inc.", "Ivo Renk, Jr." and
# "Washington, D.C." stay whole.
_LIST_BREAK = re.compile(r"[,;](?![ \t]*(?:Inc|Ltd|LLC|Co|Corp|Jr|Sr|D\.?C)\b)|[“”\"]")
_LIST_PUNCT = re.compile(r"[,;“”\"]")  # where _LIST_BREAK can match


_Row = tuple[str, str, int]  # entity id, type, seq


def _usable(key: str) -> bool:
    """Name keys worth looking for: not empty, not a lone character, not a one-word
    name of one document only ("williams@<doc>", issue 16)."""
    return bool(key) and not (len(key) < 2 and " " not in key) and "@" not in key


def _note_longest(longest: dict[str, int], key: str) -> None:
    """Record in ``longest`` how many words a name starting with ``key``'s first word has."""
    words = key.split(" ")
    longest[words[0]] = min(_MAX_TOKENS, max(longest.get(words[0], 0), len(words)))


class _Names:
    """The known names a document can contain, read from ``entity_names`` per document.

    :meth:`prepare` collects the document's candidate n-grams and looks them up
    in a few indexed queries (by key, by folded form, by skeleton); the scan
    then reads only what was fetched.  Nothing proportional to the number of
    names in the corpus is held (loading them all each pass grew with it): only the
    look-ups of the pass's documents, bounded (:meth:`_rows`).
    """

    def __init__(self, store: Store, min_chars: int, *, gates: bool = True) -> None:
        self.store = store
        self.min_chars = min_chars
        self.max_seq = store.name_max_seq()
        self.by_key: dict[str, _Row] = {}
        self.by_folded: dict[str, _Row] = {}
        self.by_skeleton: dict[str, list[tuple[str, str, str, int]]] = {}
        # column -> value -> its usable rows, as :meth:`_rows` read them this pass
        self._cache: dict[str, dict[str, list[tuple[str, str, str, str, int]]]] = {}
        # Gates, streamed from the index once per pass: the first words of names
        # (folded, and their skeletons) and the most words of a name starting with
        # a word.  Sets of distinct first words: they grow far slower than the names.
        self.first_folded: set[str] = set()
        self.first_skeleton: set[str] = set()
        self.longest: dict[str, int] = {}
        if not gates:
            return
        for key, fold in store.iter_name_folds():
            if not _usable(key):
                continue
            _note_longest(self.longest, key)
            if " " in fold and len(fold) >= min_chars:
                first = fold.split(" ", 1)[0]
                self.first_folded.add(first)
                self.first_skeleton.add(skeleton(first))

    def _rows(self, column: str, values: set[str]) -> list[tuple[str, str, str, str, int]]:
        """The usable name rows whose ``column`` is one of ``values``: those asked for
        before in this pass from memory, the rest in one query.

        A pass's documents ask for the same names again and again (three queries a
        document, 0.31 CPU ms of its ~1.3 at 12k stored documents, issue 18); the rows
        recall reads do not change during its scan (it deletes only one page's names,
        which are not usable, and refreshes entities' types after it), so a remembered
        answer is the one a new query gives.  Bounded: forgotten past ``_CACHED_VALUES``."""
        cache = self._cache.setdefault(column, {})
        if len(cache) > _CACHED_VALUES:
            cache.clear()
        missing = sorted(v for v in values if v not in cache)
        if missing:
            got = self.store.names_by_value(column, missing)
            for v in missing:
                cache[v] = [r for r in got.get(v, ()) if _usable(r[0])]
        return [r for v in sorted(values) for r in cache[v]]

    def prepare(self, grams: _Grams, low: list[str]) -> None:
        """Fetch the known names that the n-grams of this token list can be: those
        :func:`find_recall_mentions` looks up (:func:`_candidates`), each folded only
        where a folded or fuzzy look-up may follow (issue 18: folding every n-gram that
        ends in a capital, across lower-case words and commas, was most of recall's
        time)."""
        keys: set[str] = set()
        folds: set[str] = set()
        for i, (gate, at) in grams.items():
            for n, key in at:
                keys.add(key)
                if n >= 2 and gate and low[i + n - 1] not in _PARTICLES:
                    folds.add(_fold_ngram(key))
        self.by_key = {k: (e, t, q) for k, e, t, _, q in self._rows("key", keys)}
        self.by_folded, self.by_skeleton = {}, {}
        if not folds:
            return
        skels = {_skeleton_ngram(f) for f in folds}
        rows = self._rows("folded", folds) + self._rows("skeleton", skels)
        per_fold: dict[str, set[_Row]] = defaultdict(set)
        for _, e, t, f, q in set(rows):
            if " " in f and len(f) >= self.min_chars:
                per_fold[f].add((e, t, q))
        for f, v in per_fold.items():
            # a folded form shared by two entities is no evidence for either
            if len({e for e, _, _ in v}) == 1:
                e, t, q = min(v, key=lambda r: r[2])  # its oldest name: deterministic
                self.by_folded[f] = (e, t, q)
                self.by_skeleton.setdefault(_skeleton_ngram(f), []).append((f, e, t, q))

    def gates(self, word: str) -> tuple[int, bool]:
        """The longest n-gram worth looking up from ``word``, and whether a multi-word
        name may start with it in folded or fuzzy form."""
        first = translit_key(word)
        multi = first in self.first_folded or skeleton(first) in self.first_skeleton
        return (_MAX_TOKENS if multi else self.longest.get(word, 0)), multi

    def roots(self, entities: set[str]) -> dict[str, str]:
        """Each entity's oldest name key."""
        return {eid: key.split("@", 1)[0] for eid, key in self.store.entity_roots(entities).items()}

    def fuzzy(self, key: str, min_score: float) -> tuple[str, str, int] | None:
        """A known multi-word name this n-gram is a spelling of, if exactly one entity."""
        folded = _fold_ngram(key)
        first = skeleton(folded.split(" ", 1)[0])
        hits = {
            (eid, typ, seq)
            for f, eid, typ, seq in self.by_skeleton.get(_skeleton_ngram(folded), ())
            # the first words agree too: "Minister of Health" is no spelling of a Ministry
            if skeleton(f.split(" ", 1)[0]) == first
            and match_spelling(key, folded, f, f, min_score=min_score, place=typ == "place")
        }
        if len({h[0] for h in hits}) != 1:
            return None
        return min(hits, key=lambda h: h[2])


# N-grams of a text are mostly one-offs: they get small memo caches of their own
# instead of filling those of the name keys (tens of MB that grew with the
# corpus); the frequent ones ("United States") still hit.
_fold_ngram = functools.lru_cache(maxsize=5_000)(translit_key.__wrapped__)
_skeleton_ngram = functools.lru_cache(maxsize=5_000)(skeleton.__wrapped__)


def _joined(text: str, i: int, step: int) -> bool:
    """Is ``text[i]`` (just outside a span) part of the same word or hyphenated name?"""
    if not 0 <= i < len(text):
        return False
    nxt = i + step
    return text[i].isalnum() or (text[i] in "-‐" and 0 <= nxt < len(text) and text[nxt].isalnum())


def _kept_whole(text: str, start: int, end: int) -> bool:
    return not (_joined(text, start - 1, -1) or _joined(text, end, 1))


class _Spans:
    """Which token spans of one text may be a name :func:`find_recall_mentions` looks up:
    ending in a capital or a digit, with no lower-case word, bracket or list break
    inside (what only the span decides; :meth:`_Names.prepare` fetches these alone).

    The tests read tables made once per text (the next lower-case word after each
    token, where the brackets and list punctuation are), not the text again for every
    span: the same answers as searching each span (issue 18)."""

    __slots__ = ("text", "toks", "next_break", "brackets", "puncts")

    def __init__(self, text: str, toks: list[tuple[int, int, str]], low: list[str]) -> None:
        self.text, self.toks = text, toks
        # "Harriers beat Gulls": a lower-case word ends a name (issue 16; "at" of "Hay’at"
        # is no word of its own): next_break[j], the first such word at j or after
        nxt = len(toks)
        self.next_break = [nxt] * (len(toks) + 1)
        for j in range(len(toks) - 1, 0, -1):
            t = toks[j][2][:1]
            if (low[j] not in _PARTICLES and not t.isupper() and not t.isdigit()
                    and text[toks[j][0] - 1].isspace()):  # fmt: skip
                nxt = j
            self.next_break[j] = nxt
        self.brackets = [m.start() for m in _BRACKET.finditer(text)]
        self.puncts = [m.start() for m in _LIST_PUNCT.finditer(text)]

    def may_be_name(self, i: int, n: int) -> bool:
        last = self.toks[i + n - 1]
        if not last[2][:1].isupper() and not last[2].isdigit():
            return False
        if n < 3:
            pass  # no word inside
        elif self.next_break[i + 1] <= i + n - 2:
            return False
        if n < 2:
            return True
        s, e = self.toks[i][0], last[1]
        if _inside(self.brackets, s, e):
            return False  # "Harvan Energy Agency (HEA": a name and its acronym are two
        # "Vellorn, Harvan": two names of a list
        return not (_inside(self.puncts, s, e) and _LIST_BREAK.search(self.text, s, e))


def _inside(positions: list[int], start: int, end: int) -> bool:
    """Some position of the sorted ``positions`` lies in ``[start, end)``."""
    k = bisect_left(positions, start)
    return k < len(positions) and positions[k] < end


# per token that may start a name: whether a multi-word name may start there in folded or
# fuzzy form (_Names.gates), and its n-grams worth looking up, (n, key) shortest first
_Grams = dict[int, tuple[bool, list[tuple[int, str]]]]


def _candidates(
    shapes: _Spans, toks: list[tuple[int, int, str]], low: list[str], names: _Names
) -> _Grams:
    """The n-grams :func:`find_recall_mentions` looks up, from each capitalised token up
    to the longest its first word allows, of a shape a name may have
    (:meth:`_Spans.may_be_name`): made once for :meth:`_Names.prepare` (which fetches
    their names) and the scan (which tries them longest first); issue 18: each made them
    again, ~300 shape tests a document each."""
    out: _Grams = {}
    for i, tok in enumerate(toks):
        if not tok[2][:1].isupper():
            continue
        longest, gate = names.gates(low[i])
        at = [
            (n, " ".join(low[i : i + n]))
            for n in range(1, min(longest, len(toks) - i) + 1)
            if shapes.may_be_name(i, n)
        ]
        if at:
            out[i] = (gate, at)
    return out


def find_recall_mentions(
    text: str,
    taken: list[tuple[int, int]],
    names: _Names,
    after_seq: int,
    min_chars: int,
    min_score: float = 85.0,
) -> tuple[list[tuple[int, int, str, str, str]], list[tuple[int, int]]]:
    """``(start, end, key, entity, type)`` of known names not yet mentioned, and the
    spans of tagger fragments they replace."""
    toks = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    low = [unidecode(t).lower() if not t.isascii() else t.lower() for _, _, t in toks]
    grams = _candidates(_Spans(text, toks, low), toks, low, names)
    names.prepare(grams, low)
    busy = bytearray(len(text) + 1)
    for s, e in taken:
        busy[s:e] = b"\x01" * (e - s)
    # The mentions a span can overlap start less than the longest mention before
    # it: found by bisection, not by reading every mention of the document for
    # each candidate span, which made a 3.2 MB article's scan quadratic (issue 17:
    # this resolver alone ran 374 s on it).  Same mentions, same order.
    spans = sorted(taken)
    starts = [t[0] for t in spans]
    reach = max((t[1] - t[0] for t in spans), default=0)
    out = []
    replaced: list[tuple[int, int]] = []
    i = 0
    while i < len(toks):
        got = grams.get(i)
        if got is None:  # no capital, or no n-gram from it worth looking up
            i += 1
            continue
        s0 = toks[i][0]
        hit = None
        # which kinds of known name can start with this word (once per word, not
        # once per n-gram length)
        first = translit_key(low[i])
        folded_start = first in names.first_folded
        fuzzy_start = skeleton(first) in names.first_skeleton
        for n, key in reversed(got[1]):
            last = toks[i + n - 1]
            s, e = s0, last[1]
            found = names.by_key.get(key)
            if low[i + n - 1] in _PARTICLES:
                pass  # names do not end in a particle: "Strait of Hormuz, I" folds like the name
            elif found is None and n >= 2 and folded_start:
                found = names.by_folded.get(_fold_ngram(key))
            if found is None and n >= 2 and fuzzy_start and low[i + n - 1] not in _PARTICLES:
                found = names.fuzzy(key, min_score)
            if found is None:
                continue
            eid, typ, seq = found
            surface = text[s:e]
            if seq <= after_seq or not _kept_whole(text, s, e):
                continue
            lo, hi = bisect_left(starts, s - reach), bisect_left(starts, e)
            inside = [t for t in spans[lo:hi] if s < t[1]]
            # a tagger fragment strictly inside a known longer name gives way to it
            if any(busy[s:e]) and (
                any(t[0] < s or t[1] > e or t == (s, e) for t in inside) or n < 2
            ):
                continue
            if n == 1 and not (
                is_acronym(surface) or (typ in ("place", "organization") and len(key) >= min_chars)
            ):
                continue
            if is_acronym(surface) != (surface.isupper() and len(surface) <= 10) and n == 1:
                continue
            if "\n" in surface:
                continue
            hit = (s, e, name_key(surface), eid, typ)
            replaced.extend(inside)
            break
        if hit is None:
            i += 1
            continue
        out.append(hit)
        busy[hit[0] : hit[1]] = b"\x01" * (hit[1] - hit[0])
        while i < len(toks) and toks[i][0] < hit[1]:
            i += 1
    return out, replaced


# ----------------------------------------------------------------- descriptions
# A headline calls the page's person by a noun ("Teenager Killed By Police", "Driver
# Charged"), which ECB+ and a reader count as a mention of that person; the body says
# which person the noun describes, in three constructions of news writing:
#   an apposition after the name   "Ivo Renk, the defensive tackle for ...",
#   a description before it        "the teenager, Ivo Renk", "a woman named Ina Renk",
#                                  "the driver, who police identified as Ivo Renk",
#   a copula                       "Ivo Renk was officially introduced as the new coach".
# A headline word the body writes as such a noun of exactly one person (one entity,
# never two) is a mention of that person: kind "description", never a name or alias
# of the entity (entity_policy.summarize_entity leaves it out), and never looked up
# across documents.
DESCRIPTION_ANALYZER = "newsdossier.descriptions.v1"
_MODS = r"(?:[\w'’-]+[ \t]+){0,3}?"  # up to three modifiers ("32-year-old British")
_NOUN = r"([a-z][a-z-]{2,})"
_NP_END = r"(?=[,.;:)]|[ \t]+(?:who|for|of|at|in|with|from|and|was|is|has|had|on|since)\b|[ \t]*$)"
_DESC_AFTER = re.compile(r"(?:['’]s?)?,[ \t]+(?:a|an|the)[ \t]+" + _MODS + _NOUN + _NP_END)
_DESC_COPULA = re.compile(
    r"[ \t]+(?:is|was|has[ \t]+been|had[ \t]+been|became)[ \t]+(?:[a-z]+ly[ \t]+)?"
    r"(?:(?:named|introduced[ \t]+as|hired[ \t]+as|appointed)[ \t]+)?(?:a|an|the)[ \t]+"
    + _MODS
    + _NOUN
    + _NP_END
)
_DESC_BEFORE = re.compile(
    r"(?<![\w'’-])(?:a|an|the|A|An|The)[ \t]+"
    + _MODS
    + _NOUN
    # "the driver, Ivo Renk", "a woman named Ina Renk", "the driver, who police
    # identified as Ivo Renk"
    + r"(?:,[ \t]+|[ \t]+(?:named|called)[ \t]+"
    r"|,[ \t]+who[ \t]+(?:[a-z]+[ \t]+)?(?:identified|named)[ \t]+as[ \t]+)$"
)
_HEADLINE_WORD = re.compile(r"(?<![\w'’.-])([A-Z][a-z-]{2,}|[A-Z][A-Z-]{2,})(?![\w'’.-])")
# a headline word after "to" or a modal is a verb ("Renk to Host Awards", "Renk Will Coach")
_VERB_BEFORE = re.compile(
    r"(?<![\w'’-])(?:to|will|would|can|could|may|might|must|should|shall)[ \t]+$", re.IGNORECASE
)
# words of those shapes that are no description of a person
_NOT_DESCRIPTIONS = frozenset({"one", "two", "three", "year", "years", "day", "time", "way"})


def _headline_lines(text: str) -> list[tuple[int, int]]:
    """Title-case lines, and lines written in capitals, of three words or more."""
    lines = list(title_case_lines(text))
    pos = 0
    for line in text.split("\n"):
        words = _WORD_RUN.findall(line)
        if len(words) >= 3 and line.upper() == line and any(c.isalpha() for c in line):
            lines.append((pos, pos + len(line)))
        pos += len(line) + 1
    return sorted(lines)


_WORD_RUN = re.compile(r"[^\W\d_]{2,}")


def find_descriptions(
    text: str, persons: list[tuple[int, int, str]], taken: list[tuple[int, int]]
) -> list[tuple[int, int, str]]:
    """``(start, end, entity id)`` of headline words that describe one of ``persons``
    (the document's linked person mentions) as its body does (see above)."""
    lines = _headline_lines(text)
    if not lines or not persons:
        return []

    def in_headline(pos: int) -> bool:
        return any(a <= pos < b for a, b in lines)

    described: dict[str, set[str]] = defaultdict(set)
    for s, e, eid in persons:
        if in_headline(s):
            continue
        line_start = text.rfind("\n", 0, s) + 1
        line_end = text.find("\n", e)
        after = text[e : line_end if line_end >= 0 else len(text)]
        for pattern in (_DESC_AFTER, _DESC_COPULA):
            m = pattern.match(after)
            if m:
                described[m.group(1)].add(eid)
        m = _DESC_BEFORE.search(text, max(line_start, s - 80), s)
        if m:
            described[m.group(1)].add(eid)
    if not described:
        return []
    out = []
    for a, b in lines:
        for m in _HEADLINE_WORD.finditer(text, a, b):
            word = m.group(1).lower()
            eids = described.get(word)
            if not eids or len(eids) != 1 or word in _NOT_DESCRIPTIONS:
                continue
            s, e = m.span(1)
            if any(ts < e and s < te for ts, te in taken):
                continue
            if _VERB_BEFORE.search(text, max(a, s - 8), s):
                continue
            out.append((s, e, next(iter(eids))))
    return out


def surname_relinks(
    text: str, mentions: list[dict[str, Any]], found: list[tuple[int, int, str, str, str]]
) -> list[tuple[str, str, str]]:
    """``(surname key, one-page entity, full name's entity)``: bare surnames of a page to
    link to the full name recall found on it.

    The tagger cut a headline's full name to its surname ("Ivo Renk Beats Tarev" tagged
    "Renk"), so the entity resolver saw no full name on the page and made its bare
    surnames a person of that page only (``renk@<doc>``); recall then finds "Ivo Renk"
    there (ECB+: four pages, one a dozen bare surnames).  The page's bare surname is that
    person's short form, as it would have been had the tagger found the name: when it
    is the only full name of the page with that surname (no namesake tagged or found) and
    no line with the bare surname speaks of relatives (entities.py's family rule, kept
    to its cautious form: the relative may be unnamed)."""
    full: dict[str, set[str]] = defaultdict(set)  # surname -> entities named in full
    for m in mentions:
        if " " in m["key"] and m["entity_id"] is not None and m["type"] == "person":
            core = parse_person(m["key"]).core
            if len(core) >= 2:
                full[core[-1]].add(m["entity_id"])
    recalled: dict[str, str] = {}
    for _, _, key, eid, typ in found:
        core = parse_person(key).core
        if typ == "person" and " " in key and len(core) >= 2:
            full[core[-1]].add(eid)
            recalled[core[-1]] = eid
    bare: dict[str, set[str]] = defaultdict(set)
    lines: dict[str, list[int]] = defaultdict(list)
    for m in mentions:
        if m["key"] in recalled and m["kind"] == "name" and m["entity_id"] is not None:
            bare[m["key"]].add(m["entity_id"])
            lines[m["key"]].append(m["start"])
    out = []
    for key, eid in sorted(recalled.items()):
        if len(full[key]) != 1 or len(bare.get(key, ())) != 1 or bare[key] == {eid}:
            continue
        if any(_family_line(text, s) for s in lines[key]):
            continue
        out.append((key, next(iter(bare[key])), eid))
    return out


def _is_person(store: Store, eid: str, kinds: dict[str, bool]) -> bool:
    """The entity is typed person (a work or firm tagged PERSON is not: "Sequel")."""
    if eid not in kinds:
        row = store.get_entity(eid)
        kinds[eid] = row is not None and row["type"] == "person"
    return kinds[eid]


def _family_line(text: str, pos: int) -> bool:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return is_family_context(text[start : end if end >= 0 else len(text)])


class _NewNames(_Names):
    """Only the names added after a sequence number, held in memory (a build's new
    names), matched by exact key: the rescan of older documents."""

    def __init__(self, store: Store, min_chars: int, after: int) -> None:
        super().__init__(store, min_chars, gates=False)  # no folded or fuzzy matching
        self.by_key = {k: (e, t, q) for k, e, t, _, q in store.names_after(after) if _usable(k)}
        for k in self.by_key:
            _note_longest(self.longest, k)

    def prepare(self, grams: _Grams, low: list[str]) -> None:
        return  # everything it can match is in memory already


def resolve_recall(store: Store, settings: Settings) -> int:
    """Scan documents never scanned for every known name they do not mention yet;
    return the mentions added.  (Older documents: :func:`rescan_recall`.)"""
    names = _Names(store, settings.recall_min_name_chars)
    if names.max_seq < 0:
        return 0
    todo = store.recall_unscanned()
    return _scan(store, settings, names, todo)


def rescan_recall(store: Store, settings: Settings) -> int:
    """Scan documents scanned before for the names learnt since, by exact key.

    Runs once at the end of a build (not in its intermediate passes, where
    every pass would read every older document again)."""
    todo = store.recall_scanned_before(store.name_max_seq())
    if not todo:
        return 0
    names = _NewNames(store, settings.recall_min_name_chars, min(seq for _, _, seq in todo))
    return _scan(store, settings, names, todo)


def _own_readings(mentions: list[dict[str, Any]]) -> dict[str, tuple[str, str] | None]:
    """What a document's own tagged one-word mentions stand for where the document
    itself decided it, by key: the full name they are a short form of (with their most
    frequent type), or ``None`` when the document left them ambiguous (or linked them
    to two entities).

    A lone "Renk" that the resolver linked to "Ivo Renk" of the same page is that
    person on the whole page; the corpus-wide "Renk" (an organisation of other pages,
    say) must not take its untagged occurrences there (the FakeNewsCorpus sample had a
    president's surname, tagged ORG on other pages, recalled as that organisation on
    pages naming him in full).  A word the page links to nothing of its own (a name
    of that page only) keeps the corpus's reading: taking the page's island instead
    cut 0.002 of ECB+ B3 F1 (team names tagged PERSON on one page)."""
    linked: dict[str, set[str | None]] = defaultdict(set)
    types: dict[str, Counter[str]] = defaultdict(Counter)
    for m in mentions:
        key = m["key"]
        if m["analyzer"] == ANALYZER or " " in key or m["kind"] not in ("short-form", "ambiguous"):
            continue
        linked[key].add(m["entity_id"] if m["kind"] == "short-form" else None)
        types[key][m["type"]] += 1
    out: dict[str, tuple[str, str] | None] = {}
    for key, ents in linked.items():
        (eid,) = ents if len(ents) == 1 else (None,)
        out[key] = None if eid is None else (eid, types[key].most_common(1)[0][0])
    return out


def _scan(store: Store, settings: Settings, names: _Names, todo: list[tuple[str, int, int]]) -> int:
    min_chars = settings.recall_min_name_chars
    kinds: dict[str, bool] = {}  # entity -> a person (descriptions name people only)
    added = 0
    touched: set[str] = set()
    for i in range(0, len(todo), _BATCH_DOCS):
        with store.transaction():
            for doc_id, _, seq in todo[i : i + _BATCH_DOCS]:
                text = store.document_text(doc_id)
                mentions = store.document_mentions(doc_id)
                # (the spans of the rows just read: every use of them is order-free)
                taken = [(m["start"], m["end"]) for m in mentions]
                own = _own_readings(mentions)
                rows = []
                found, replaced = find_recall_mentions(
                    text,
                    taken,
                    names,
                    seq,
                    min_chars,
                    float(settings.resolve_translit_min_score),
                )
                for s, e in replaced:
                    # kept (other stages may point at it), but no longer a mention of anything
                    touched.update(store.unlink_fragment(doc_id, s, e))
                for s, e, key, eid, typ in found:
                    if " " not in key and key in own:
                        # the document's own reading of this word decides ("Renk" is
                        # its "Ivo Renk" here, whatever "Renk" names elsewhere)
                        reading = own[key]
                        if reading is None:
                            continue
                        eid, typ = reading
                    label = _LABELS.get(typ, "MISC")
                    rows.append((make_id(doc_id, ANALYZER, s, e, label), doc_id, s, e, text[s:e], label,
                                 typ, key, ANALYZER, VERSION, eid))  # fmt: skip
                    touched.add(eid)
                store.add_linked_mentions(rows)
                for key, one_page, eid in surname_relinks(text, mentions, found):
                    # only a person of this page: its keys are all scoped to it
                    keys = store.name_keys_of(one_page)
                    if not keys or not all("@" in k for k in keys):  # (entities.is_scoped)
                        continue
                    store.reopen_document_name(doc_id, key)
                    store.link_document_name(doc_id, key, eid, "short-form")
                    for k in keys:
                        store.delete_name(k)
                    touched.update((one_page, eid))
                    mentions = store.document_mentions(doc_id)
                persons = [(m["start"], m["end"], m["entity_id"]) for m in mentions
                           if m["entity_id"] is not None and m["type"] == "person"
                           and m["kind"] in ("name", "short-form")
                           and _is_person(store, m["entity_id"], kinds)]  # fmt: skip
                persons += [(s, e, eid) for s, e, _, eid, typ in found if typ == "person"]
                spans = taken + [(s, e) for s, e, *_ in found]
                desc = [(make_id(doc_id, DESCRIPTION_ANALYZER, s, e), doc_id, s, e, text[s:e],
                         "PERSON", "person", name_key(text[s:e]), DESCRIPTION_ANALYZER,
                         VERSION, eid) for s, e, eid in find_descriptions(text, persons, spans)]  # fmt: skip
                if desc:
                    store.add_linked_mentions(desc, kind="description")
                    touched.update(r[-1] for r in desc)
                    added += len(desc)
                store.mark_recall_scanned(doc_id, names.max_seq)
                added += len(rows)
    if touched:
        with store.transaction():
            refresh_entities(store, sorted(touched), names.roots(touched), ANALYZER)
    return added


@resolvers.register("newsdossier.recall.v1")
def run_recall(store: Store, settings: Settings) -> int:
    return resolve_recall(store, settings)


@resolvers.register("newsdossier.recall-rescan.v1")
def run_recall_rescan(store: Store, settings: Settings) -> int:
    return rescan_recall(store, settings)


run_recall_rescan.final_only = True  # type: ignore[attr-defined]  # see run_resolvers
