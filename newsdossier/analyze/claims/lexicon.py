"""The curated lexicons of claim analysis, loaded and compiled once per process.

Files: ``data/hedges.yml``, ``data/attribution_verbs.yml``,
``data/claims/attributes.yml``.  Every regular expression is compiled here, at
first use, never per document (the per-document budget is a few ms).
"""

from __future__ import annotations

import functools
import re
import re._constants as _sre
import re._parser as _sre_parse
from dataclasses import dataclass
from importlib import resources
from typing import Any

from ... import yamldata
from .values import FRAC, NAME, NUM, YEAR

__all__ = [
    "CASE_FOLDS", "WORD_RUN", "AttributeSpec", "AttributionLexicon", "attribute_index", "attribute_specs", "attribution", "hedges",
    "may_match", "pattern_needs", "reporting_verbs", "role_nouns",
]  # fmt: skip


def _load(*parts: str) -> Any:
    node = resources.files("newsdossier") / "data"
    for p in parts:
        node = node / p
    return yamldata.load(node.read_text(encoding="utf-8"))


@dataclass(frozen=True, slots=True)
class AttributeSpec:
    """One attribute of the vocabulary (see ``data/claims/attributes.yml``)."""

    name: str
    profile: str
    over_time: bool
    value: str  # number | fraction | year | name | text
    patterns: tuple[re.Pattern[str], ...]
    single: bool = False
    triggers: frozenset[str] = frozenset()  # a sentence must hold one of these words first


_PLACEHOLDERS = {"{NUM}": NUM, "{FRAC}": FRAC, "{YEAR}": YEAR, "{NAME}": NAME}


def _expand(pattern: str) -> str:
    for key, rx in _PLACEHOLDERS.items():
        pattern = pattern.replace(key, rx)
    return pattern


@functools.lru_cache(maxsize=1)
def attribute_specs() -> tuple[AttributeSpec, ...]:
    raw = _load("claims", "attributes.yml")
    specs = tuple(
        AttributeSpec(
            name,
            spec["profile"],
            bool(spec["over_time"]),
            spec["value"],
            tuple(re.compile(_expand(p), re.I) for p in spec["patterns"]),
            bool(spec.get("single")),
            frozenset(w.lower() for w in spec.get("triggers", ())),
        )  # fmt: skip
        for name, spec in raw.items()
    )
    for spec in specs:  # each pattern's cheap test made with it, once (see may_match)
        for pattern in spec.patterns:
            pattern_needs(pattern)
    return specs


def _literal(items: list[tuple[Any, Any]]) -> str | None:
    """The ASCII string a sequence of the parser's items matches, when it is only literals."""
    chars = [chr(av) for op, av in items if op is _sre.LITERAL and av < 128]
    return "".join(chars).lower() if chars and len(chars) == len(items) else None


def _needs(items: Any) -> list[tuple[str, ...]]:
    """What every match of a sequence of the parser's items holds, lower-cased: each entry
    the strings one of which stands in the match (a run of literals; an alternation of
    literal runs); anything else holds nothing sure, and breaks a run."""
    out: list[tuple[str, ...]] = []
    run: list[str] = []
    for op, av in items:
        if op is _sre.LITERAL and av < 128:
            run.append(chr(av).lower())
            continue
        if run:
            out.append(("".join(run),))
            run = []
        if op is _sre.SUBPATTERN:
            out += _needs(av[-1])  # a group must match: what it needs, the match needs
        elif op is _sre.BRANCH:
            alts = [_literal(list(alt)) for alt in av[1]]
            if all(alts):
                out.append(tuple(a for a in alts if a))
    if run:
        out.append(("".join(run),))
    return out


@functools.cache  # the attribute patterns, a fixed set (attribute_specs fills it)
def pattern_needs(pattern: re.Pattern[str]) -> tuple[tuple[str, ...], ...]:
    """The strings a match of a case-insensitive ``pattern`` must hold (see _needs): a
    cheap test before its scan, which tries every position of a sentence."""
    return tuple(_needs(_sre_parse.parse(pattern.pattern, pattern.flags).data))


def may_match(pattern: re.Pattern[str], low: str) -> bool:
    """False only when ``pattern`` cannot match a text whose ``lower()`` is ``low``, that
    text plain-case (:func:`.syntax.plain_case`: its lower case holds an ASCII word
    wherever a case-insensitive pattern finds one)."""
    return all(any(w in low for w in alts) for alts in pattern_needs(pattern))


@functools.lru_cache(maxsize=1)
def attribute_index() -> dict[str, AttributeSpec]:
    return {a.name: a for a in attribute_specs()}


@functools.lru_cache(maxsize=1)
def hedges() -> tuple[tuple[str, re.Pattern[str]], ...]:
    raw = _load("hedges.yml")
    return tuple(
        (label, re.compile("|".join(f"(?:{p})" for p in pats), re.I)) for label, pats in raw.items()
    )


@functools.lru_cache(maxsize=1)
def hedge_scanner() -> re.Pattern[str]:
    """Every hedge pattern in one alternation, a named group per label: one scan of a
    sentence finds the first hedge (twelve scans cost ~0.3 ms a sentence)."""
    raw = _load("hedges.yml")
    alts = [f"(?P<{label.replace('-', '_')}>" + "|".join(f"(?:{p})" for p in pats) + ")"
            for label, pats in raw.items()]  # fmt: skip
    return at_boundaries("|".join(alts), re.I)


def at_boundaries(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """``pattern`` compiled, behind one leading ``\\b`` when every match of it starts
    where ``\\b`` holds (:func:`_opens_at_boundary`): the same matches, but the engine
    enters an alternation of ``\\b``-led alternatives only where a word starts or ends,
    not each alternative at every position (the hedge scan: a third less CPU)."""
    if _opens_at_boundary(_sre_parse.parse(pattern, flags).data):
        return re.compile(rf"\b(?:{pattern})", flags)
    return re.compile(pattern, flags)


#: what the parser gives for "\b" (the compiler turns it into the Unicode form)
_BOUNDARIES = (_sre.AT_BOUNDARY, _sre.AT_UNI_BOUNDARY, _sre.AT_LOC_BOUNDARY)
#: zero-width items: at the same position, they hold or fail in any order
_ZERO_WIDTH = (_sre.AT, _sre.ASSERT, _sre.ASSERT_NOT)
_WORD_CHAR = re.compile(r"\w")
#: inline flags that change what "\b" and "\w" mean
_CHARSET_FLAGS = re.ASCII | re.LOCALE | re.UNICODE


def _opens_at_boundary(items: Any, after_non_word: bool = False) -> bool:
    """Whether every match of a sequence of the parser's items starts where ``\\b`` holds:
    before the first item that consumes a character stands a ``\\b``; or that item is a
    word character after a look-behind that ends in a character of no word
    ("(?<=\\bis )potential"); or a group or alternation every branch of which opens so.
    Anything else (a repeat, a class first) answers False: the pattern is then compiled
    as written."""
    for op, av in items:
        if op is _sre.AT and av in _BOUNDARIES:
            return True
        if _non_word_behind(op, av):
            after_non_word = True
            continue
        if op in _ZERO_WIDTH:
            continue  # a look-around or another anchor at the same position
        if op is _sre.LITERAL:
            # (an ASCII one: a word character under every flag)
            return after_non_word and chr(av).isascii() and _WORD_CHAR.match(chr(av)) is not None
        if op is _sre.SUBPATTERN:
            if (av[1] | av[2]) & _CHARSET_FLAGS:
                return False  # "(?a:\b...)": its "\b" is not the one the guard would be
            return _opens_at_boundary(av[-1], after_non_word)
        if op is _sre.BRANCH:
            return all(_opens_at_boundary(alt, after_non_word) for alt in av[1])
        return False
    return False


def _non_word_behind(op: Any, av: Any) -> bool:
    """Whether an item is a look-behind, or an alternation of look-behinds, each of which
    ends in a character that is no word character (a space)."""
    if op is _sre.BRANCH:
        return all(len(alt) == 1 and _non_word_behind(*alt[0]) for alt in av[1])
    if op is not _sre.ASSERT or av[0] != -1 or not len(av[1]):
        return False
    last_op, last_av = av[1][-1]
    return last_op is _sre.LITERAL and _WORD_CHAR.fullmatch(chr(last_av)) is None


def _alt(words: list[str]) -> str:
    return "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )


@dataclass(frozen=True, slots=True)
class AttributionLexicon:
    verbs: re.Pattern[str]
    inversion: frozenset[str]
    cognition: re.Pattern[str]
    participles: re.Pattern[str]
    denial: frozenset[str]
    hedge_verbs: dict[str, str]  # verb form -> hedge label
    according: re.Pattern[str]
    document_by: re.Pattern[str]
    document_of: re.Pattern[str]
    role_np: re.Pattern[str]
    role_noun: re.Pattern[str]  # the head noun alone: cheap to scan for
    anonymous: re.Pattern[str]
    institutions: frozenset[str]
    people: frozenset[str]
    documents: frozenset[str]
    claim_nouns: str  # alternation
    false_predicates: str  # alternation
    false_words: tuple[str, ...]  # the longest word of each false predicate, as written
    vague_plurals: frozenset[str]
    synonyms: dict[str, frozenset[str]]
    media: frozenset[str]
    keywords: frozenset[str]  # every word a frame needs one of: verbs, participles, "according"
    verb_words: frozenset[str]  # the first words of the reporting verbs
    verb_heads: frozenset[str]  # the first runs of word characters of the verbs, as written
    role_heads: frozenset[str]  # those of the role nouns' words, lower case
    cognition_words: frozenset[str]
    participle_words: frozenset[str]


@functools.lru_cache(maxsize=1)
def attribution() -> AttributionLexicon:
    raw = _load("attribution_verbs.yml")
    docs, inst, people = _alt(raw["documents"]), _alt(raw["institutions"]), _alt(raw["people"])
    synonyms: dict[str, frozenset[str]] = {}
    for group in raw["role_synonyms"]:
        for w in group:
            synonyms[w] = synonyms.get(w, frozenset()) | frozenset(group)
    return AttributionLexicon(
        verbs=re.compile(rf"\b(?:{_alt(raw['verbs'])})\b"),
        inversion=frozenset(raw["inversion_verbs"]),
        # with "that", or with a clause whose subject is a name or pronoun and whose verb is
        # an auxiliary or modal right after it ("Police believe Ivo Renk may have ...");
        # never "see"/"hope" bare ("they see Renk has ..." is rarer than a perception)
        cognition=re.compile(
            rf"\b(?:{_alt(raw['cognition_verbs'])})\s+that\b"
            rf"|\b(?:believe|believes|believed|think|thinks|thought|suspect|suspects|suspected|fear|"
            rf"fears|feared|assume|assumes|expect|expects)\s+(?=(?:he|she|they|it|(?-i:[A-Z][\w.’'-]*"
            rf"(?:\s+[A-Z][\w.’'-]*){{0,3}}))\s+(?:may|might|could|would|will|can|has|have|had|is|"
            rf"are|was|were)\b)"
        ),
        participles=re.compile(rf"\b(?:{_alt(raw['participles'])})\b"),
        denial=frozenset(raw["denial_verbs"]),
        hedge_verbs={f: label for label, forms in raw["hedge_verbs"].items() for f in forms},
        according=re.compile(rf"\b(?:{_alt(raw['according_to'])})\s+", re.I),
        # "a June 2007 report by the interior ministry", "a statement from X"
        document_by=re.compile(
            rf"\b(?:an?|the|in\s+an?|in\s+its|its|their)\s+(?:[\w’'-]+\s+){{0,4}}?(?:{docs})\s+"
            rf"(?:[a-z]+\s+){{0,2}}(?:by|from|of)\s+(?P<src>{NAME}|the\s+[a-z]+(?:\s+[a-z]+)?\s+(?:{inst}))",
            re.I,
        ),
        # "X's report", "the ministry's statement"
        document_of=re.compile(
            rf"(?P<src>{NAME}|the\s+(?:[a-z]+\s+){{0,2}}(?:{inst}))[’']s?\s+(?:[\w-]+\s+){{0,2}}?(?:{docs})\b",
            re.I,
        ),
        role_np=re.compile(
            rf"(?:\b(?:the|a|an|one|two|three|several|some|many|most|other|senior|two\s+senior)\s+)?"
            rf"(?:[\w’'.-]+\s+){{0,3}}?(?:{people}|{inst}|{docs})\b",
            re.I,
        ),
        role_noun=re.compile(rf"\b(?:{people}|{inst}|{docs})\b", re.I),
        anonymous=re.compile(rf"\b(?:{_alt(raw['anonymous_markers'])})\b", re.I),
        institutions=frozenset(w.lower() for w in raw["institutions"]),
        people=frozenset(w.lower() for w in raw["people"]),
        documents=frozenset(w.lower() for w in raw["documents"]),
        claim_nouns=_alt(raw["claim_nouns"]),
        false_predicates=_alt(raw["false_predicates"]),
        false_words=tuple(sorted({max(p.split(), key=len) for p in raw["false_predicates"]})),
        vague_plurals=frozenset(raw["vague_plurals"]),
        synonyms=synonyms,
        media=frozenset(raw["media"]),
        keywords=frozenset(
            w.lower()
            for key in ("verbs", "cognition_verbs", "participles", "according_to")
            for phrase in raw[key]
            for w in [max(phrase.split(), key=len)]  # its most distinctive word
        )
        | {"per"},
        verb_words=frozenset(p.split()[0].lower() for p in raw["verbs"]),
        verb_heads=frozenset(_head_run(p) for p in raw["verbs"]),
        role_heads=frozenset(
            _head_run(p).lower() for k in ("people", "institutions", "documents") for p in raw[k]
        ),
        cognition_words=frozenset(w.lower() for w in raw["cognition_verbs"]),
        participle_words=frozenset(w.lower() for w in raw["participles"]),
    )


#: a run of word characters: a ``\\b``-bounded word of a text is one
WORD_RUN = re.compile(r"\w+")
#: the only characters that a case-insensitive pattern matches to an ASCII letter other
#: than that letter's two cases ("İ", "ı", "ſ", the Kelvin sign; every code point checked
#: against Python's re): in a text without them, ``text.lower()`` holds an ASCII word at the
#: very offsets where the pattern's IGNORECASE finds it, and its word boundaries too
CASE_FOLDS = frozenset("\u0130\u0131\u017f\u212a")


def _head_run(phrase: str) -> str:
    """The run of word characters a word of a lexicon opens with ("pointed" of "pointed
    out", "prosecutor" of "prosecutor's office")."""
    m = WORD_RUN.match(phrase)
    if m is None:
        raise ValueError(f"a lexicon word must open with a word character: {phrase!r}")
    return m.group()


def _run_matches(
    pattern: re.Pattern[str],
    heads: frozenset[str],
    text: str,
    pos: int,
    endpos: int | None,
    fold: bool,
) -> list[re.Match[str]]:
    """``pattern.finditer(text, pos, endpos)`` for a pattern ``\\b(?:words)\\b`` whose words
    each open with a run of word characters (:func:`_head_run`; ``heads``, lower case when
    ``fold``), without its try at every position: a match starts where a run of word
    characters starts (the ``\\b`` before a word character) and that run is the word's
    first one (a word character after it would have no ``\\b``).  The pattern is matched
    at those runs alone, in order, a run inside the last match skipped: finditer's matches.
    A case-insensitive pattern (``fold``) compares the run's lower case, which stands for
    it unless the text holds a letter that folds to another ASCII one (then the scan)."""
    end = len(text) if endpos is None else endpos
    if fold and not CASE_FOLDS.isdisjoint(text):
        return list(pattern.finditer(text, pos, end))
    out: list[re.Match[str]] = []
    last = pos
    for w in WORD_RUN.finditer(text, pos, end):
        if w.start() < last or (w.group().lower() if fold else w.group()) not in heads:
            continue
        m = pattern.match(text, w.start(), end)
        if m is not None:
            out.append(m)
            last = m.end()
    return out


def reporting_verbs(text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
    """``attribution().verbs.finditer(text, pos, endpos)`` (case-sensitive) matched at the
    runs that open a verb (:func:`_run_matches`): the statements' verb scan tried the
    pattern at every position of every sentence with a verb word."""
    lex = attribution()
    return _run_matches(lex.verbs, lex.verb_heads, text, pos, endpos, False)


def role_nouns(text: str, pos: int = 0, endpos: int | None = None) -> list[re.Match[str]]:
    """``attribution().role_noun.finditer(text, pos, endpos)`` (case-insensitive) matched at
    the runs that open a role word (:func:`_run_matches`): a speaker's role phrase was
    looked for at each of the 200 positions before it."""
    lex = attribution()
    return _run_matches(lex.role_noun, lex.role_heads, text, pos, endpos, True)
