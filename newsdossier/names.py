"""Name normalisation for grouping mentions: the bottom layer that analysis,
resolution and the store all import (issue 18: the store used to reach into
``analyze.entities``), so it imports nothing of newsdossier's own.

Contract: every caller that compares names must use :func:`name_key` on both
sides; the key folds case, diacritics (via Unidecode, which also romanises
non-Latin scripts), curly/straight apostrophes, a trailing possessive, a
leading article "the", dots in acronyms ("U.N." = "UN") and stray punctuation
and hyphenation.  It is idempotent: ``name_key(name_key(x)) == name_key(x)``.
"""

from __future__ import annotations

import functools
import importlib
import re
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

from unidecode import unidecode

from . import yamldata

__all__ = [
    "acronyms_of",
    "country_names",
    "demonyms",
    "is_acronym",
    "is_adjective",
    "is_language_word",
    "is_sentence_word",
    "name_key",
    "skeleton",
    "strip_honorifics",
    "translit_key",
]

_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u00b4": "'"})
_POSSESSIVE = re.compile(r"(?:'s|')$")
_NON_WORD = re.compile(r"[^0-9a-z]+")
_ACRONYM_DOTS = re.compile(r"\b([a-z])\.(?=[a-z]\.?)")


@functools.lru_cache(maxsize=10_000)
def name_key(name: str) -> str:
    """The grouping key of a name (see module docstring).  Cached: names repeat, and
    Unidecode and four regex passes per call made it 7 % of the analyzers' time after
    spaCy on 120 Tehran Times + 120 FakeNewsCorpus pages (cProfile; ~46k calls, mostly
    from the mention span repairs)."""
    s = unicodedata.normalize("NFKC", name).translate(_APOSTROPHES).strip()
    s = unidecode(s).lower().strip()
    s = _POSSESSIVE.sub("", s)
    s = _ACRONYM_DOTS.sub(r"\1", s)
    s = _NON_WORD.sub(" ", s).strip()
    while s.startswith("the "):  # "The THE 0": every leading article, or a second call
        s = s[4:]  # would strip one more and the key would not be idempotent
    return s


# ---------------------------------------------------------------- issue 3
# Everything below works on a *name_key* (never on raw text), so callers keep
# the module contract: normalise both sides with the same function.


@functools.cache
def _data(name: str) -> Any:
    path = resources.files("newsdossier.data") / "names" / name
    return yamldata.load(path.read_text(encoding="utf-8"))


@functools.cache
def _translit_rules() -> tuple[frozenset[str], dict[str, str], re.Pattern[str], dict[str, str]]:
    rules = _data("romanisation.yml")
    pairs = {a: b for a, b in rules["digraphs"]}
    # one alternation, longest first: a single left-to-right pass, so rewrites never chain
    pattern = re.compile("|".join(sorted(map(re.escape, pairs), key=len, reverse=True)))
    return frozenset(rules["drop_tokens"]), dict(rules["token_rewrites"]), pattern, pairs


@functools.cache
def _final_rules() -> dict[str, str]:
    return dict(_data("romanisation.yml").get("final") or {})


_VOWEL_FOLD = str.maketrans({"o": "u", "e": "i", "y": "i"})
_DOUBLE = re.compile(r"(.)\1+")
_VOWELS = re.compile(r"[aiu]")


@functools.lru_cache(maxsize=10_000)  # word forms repeat (Zipf): small caches hit most
def _fold_token(tok: str) -> str:
    drop, rewrites, pattern, pairs = _translit_rules()
    tok = rewrites.get(tok, tok)
    for end, repl in _final_rules().items():
        if tok.endswith(end) and len(tok) > len(end) + 1:
            tok = tok[: -len(end)] + repl
    for _ in range(3):  # to a fixpoint: "saeed" -> "said" -> "sid" = "sa'id"
        new = pattern.sub(lambda m: pairs[m.group()], tok)
        if new == tok:
            break
        tok = new
    tok = tok[:1] + tok[1:].translate(_VOWEL_FOLD) if tok[:1] == "y" else tok.translate(_VOWEL_FOLD)
    return _DOUBLE.sub(r"\1", tok)


@functools.lru_cache(maxsize=10_000)
def translit_key(key: str) -> str:
    """The romanisation-folded form of a name key: articles and ezafe dropped,
    digraphs and vowels folded, doubled letters collapsed.

    ``translit_key("mojahedin e varun") == translit_key("mujahideen varun")``.
    Idempotent on its own output: one folding can make a new digraph or a new
    short token to glue ("aea" -> "aia" -> "ia"), so it is repeated to a fixpoint
    (Hypothesis found "a-aea", whose folded form folded again).
    """
    folded = _translit_once(key)
    for _ in range(4):
        again = _translit_once(folded)
        if again == folded:
            break
        folded = again
    return folded


def _translit_once(key: str) -> str:
    drop = _translit_rules()[0]
    toks = [t for t in key.split() if t not in drop] or key.split()
    # an apostrophe for ayn/hamza splits a word in name_key: "sa id" -> "said"
    glued: list[str] = []
    for t in toks:
        if glued and len(glued[-1]) == 2 and glued[-1][-1] in "aeiou" and glued[-1] not in drop:
            glued[-1] += t
        elif glued and len(t) == 2 and t[0] in "aeiou" and t not in drop:
            glued[-1] += t  # "ghal eh" -> "ghaleh"
        else:
            glued.append(t)
    return " ".join(_fold_token(t) for t in glued)


@functools.lru_cache(maxsize=10_000)
def skeleton(folded: str) -> str:
    """Consonant skeleton of a :func:`translit_key` (spaces and vowels removed).

    The blocking key for transliteration variants: names whose skeletons
    differ in any consonant are never compared.
    """
    s = folded.replace(" ", "")
    return _DOUBLE.sub(r"\1", _VOWELS.sub("", s[1:]).join([s[:1], ""])) if s else ""


@functools.cache
def honorifics() -> frozenset[str]:
    return frozenset(_data("honorifics.yml"))


@functools.cache
def org_words() -> frozenset[str]:
    return frozenset(_data("org_words.yml")["org_words"])


@functools.cache
def _acronym_skip() -> frozenset[str]:
    return frozenset(_data("org_words.yml")["acronym_skip"])


def strip_honorifics(key: str) -> str:
    """``"mr navazei"`` -> ``"navazei"``; a key that is only titles is kept."""
    toks = key.split()
    titles = honorifics()
    i = 0
    while i < len(toks) - 1 and toks[i] in titles:
        i += 1
    return " ".join(toks[i:])


def acronyms_of(key: str) -> set[str]:
    """Acronyms a multi-word name could be written as (skip words left out or kept).

    ``acronyms_of("harvan council of renewal") == {"hcr", "hcor"}``.
    """
    toks = key.split()
    if len(toks) < 2:
        return set()
    skip = _acronym_skip()
    out = {"".join(t[0] for t in toks if t not in skip), "".join(t[0] for t in toks)}
    return {a for a in out if len(a) >= 2}


_ACRONYM_SURFACE = re.compile(
    r"^(?:[A-Z][A-Z0-9&]{1,9}|(?:[A-Z]\.){2,9}|[A-Z][a-z]?[A-Z][A-Za-z]{0,6})$"
)


def is_acronym(surface: str) -> bool:
    """``ZLF``, ``U.N.``, ``MeK`` — a short token written mostly in capitals.

    At least half of its letters are capitals: "McVellan", "DeRenk" and
    "LaRue" are surnames (issue 16: a "McVellan" read as an acronym never
    linked to "Oren McVellan").
    """
    s = surface.strip()
    if not _ACRONYM_SURFACE.match(s):
        return False
    upper = sum(c.isupper() for c in s)
    return upper >= 2 and 2 * upper >= sum(c.isalpha() for c in s)


@functools.cache
def demonyms() -> dict[str, str]:
    """``{demonym key: country name}``, plurals included ("iranians")."""
    out: dict[str, str] = {}
    for country, dems in _data("countries.yml")["countries"].items():
        for d in dems:
            k = name_key(d)
            out[k] = country
            out.setdefault(k + "s", country)
    return out


@functools.cache
def country_names() -> dict[str, str]:
    """``{name key: country name}`` for each country and its listed other names."""
    data = _data("countries.yml")
    out = {name_key(c): c for c in data["countries"]}
    for country, names in (data.get("names") or {}).items():
        for n in names:
            out[name_key(n)] = country
    return out


# English word lists of the spaCy model (here, below analyze and resolve, which both ask
# whether a capitalised word is a name or a word of the language).
@functools.cache
def _word_lists(model: str) -> dict[str, frozenset[str]]:
    """English verbs and adjectives of the spaCy model's lemmatizer index (WordNet
    word lists: names of people, places and groups are nouns there, when at all)."""
    try:
        module = importlib.import_module(model)
        base = Path(module.__file__ or "").parent
        path = next(base.glob("*/lemmatizer/lookups"), None)
        if path is None:
            return {}
        from spacy.lookups import Lookups

        index = Lookups().from_disk(path).get_table("lemma_index")
        return {pos: frozenset(index.get(pos, ())) for pos in ("verb", "adj")}
    except (ImportError, OSError, KeyError, ValueError):
        return {}  # no model: no word list, the other rules still hold


def is_language_word(word: str, model: str) -> bool:
    """``word`` (lower case) is an English verb or adjective ("expand", "expend")."""
    lists = _word_lists(model)
    return word in lists.get("verb", ()) or word in lists.get("adj", ())


def is_adjective(word: str, model: str) -> bool:
    """``word`` (lower case) is an English adjective ("tiny", "dishonest")."""
    return word in _word_lists(model).get("adj", ())


def is_sentence_word(word: str, model: str) -> bool:
    """``word`` (lower case) is an English function word ("neither", "although") or an
    inflected verb or adverb ("following", "previously", "gives", "given"): a capital at a
    sentence start, never a given name before a surname.  Callers exempt the
    common given names ("will", "frank").  Base forms of verbs and adjectives are
    not counted: many given names are one ("julian", "rose", "sterling")."""
    from spacy.lang.en.stop_words import STOP_WORDS

    if word in STOP_WORDS:
        return True
    lists = _word_lists(model)
    verbs, adjectives = lists.get("verb", frozenset()), lists.get("adj", frozenset())
    for suffix, stems in (("ing", verbs), ("ly", adjectives), ("s", verbs)):
        stem = word[: -len(suffix)]
        if word.endswith(suffix) and len(stem) >= 3 and (stem in stems or stem + "e" in stems):
            return True
    # a past participle in "-en" of a verb in "-e" opening a sentence ("Given Renk's
    # record", "Taken together"): a fresh Tehran Times page lost 20 bare surnames to
    # "Given" read as a namesake's given name.  Not "-ed", nor "-en" after a bare stem:
    # "Jared", "Ruben" would read as "jar" + "ed", "rub" + "en".
    stem = word[:-2]
    return word.endswith("en") and len(stem) >= 3 and stem + "e" in verbs
