"""Person names read as parts: titles, given names, surname, suffix (issue 16).

Works on a :func:`~newsdossier.analyze.entities.names.name_key` (lower case,
no punctuation), so callers keep the names module's contract.

- ``"pope anselm xiv"`` → titles ``pope``, core ``anselm``, numeral ``xiv``;
- ``"orvald joseph vellan jr"`` → core ``orvald joseph vellan``, suffix ``jr``
  (a "Jr" suffix no longer hides the surname "Vellan");
- ``"mr renk"`` → core ``renk``: a *short form*, which only a document's own
  full name can resolve (never a name shared across documents on its own).

A name is *global* (may join a namesake in another document by its key) when
its core has two words or more, or one word with a regnal numeral ("Anselm
XIV") or a sovereign's title ("Pope Anselm", "King Tarvos"); "Mr. Williams",
"Williams" and "Atty. Williams" are not.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from .names import _data, honorifics

__all__ = [
    "PersonName",
    "adjective_given_names",
    "common_given_names",
    "common_names",
    "given_names_match",
    "is_common_name",
    "is_family_context",
    "nickname_forms",
    "parse_person",
]

_SUFFIXES = frozenset({"jr", "sr", "junior", "senior", "2nd", "3rd", "4th"})
# Regnal numerals after a name ("Anselm XIV", "Elizabeth II"). "xi" is left
# out: it is a common Chinese surname ("President Xi").
_NUMERAL = re.compile(r"^(?!xi$)(?:ii|iii|iv|vi{0,3}|ix|xi{1,3}|xiv|xvi{0,3}|xix|xxi{0,3}|xxiv)$")
# Titles that, with one name, name one person across documents: a sovereign's
# or a pope's regnal name.  Generic titles ("Mr", "Dr", "President") do not.
_REGAL = frozenset({"pope", "king", "queen", "emperor", "empress", "sultan", "saint", "st"})
# Words that are parts of a romanised name but never a short form on their own.
_PARTICLES = frozenset(
    {"al", "el", "ul", "ud", "ad", "bin", "ibn", "bint", "abu", "abd", "de", "da", "di", "van",
     "von", "der", "den", "la", "le", "du", "dos", "das", "del", "e", "ye", "mac", "st"}
)  # fmt: skip


# Particles that belong to a European surname ("Lo Presti", "De Niro", "van Gogh").
# The Arabic article is left out: "Al Gore" is a first name and a surname.
_SURNAME_PARTICLES = frozenset(
    ["lo", "la", "le", "de", "di", "da", "du", "van", "von", "der", "den", "del", "della",
     "dos", "das", "ter", "ten"]
)  # fmt: skip


# Elided prefixes of a surname written with an apostrophe ("O'Renk", "D'Avell"): the
# name key splits at the apostrophe ("o renk"), which read as a given name and a
# surname made every bare "O'Renk" a full name of its own, joined across documents
# (ECB+: a coach's bare surname in six pages stayed apart from his full name there).
_ELIDED_PREFIXES = frozenset(["o", "d"])


@dataclass(frozen=True, slots=True)
class PersonName:
    titles: tuple[str, ...]
    core: tuple[str, ...]  # given names and surname
    numeral: str | None = None
    suffix: str | None = None

    @property
    def surname(self) -> str | None:
        return self.core[-1] if len(self.core) >= 2 else None

    @property
    def given(self) -> str | None:
        return self.core[0] if len(self.core) >= 2 else None

    @property
    def is_short(self) -> bool:
        """One name word and no regnal numeral: a surname, a first name or a mononym."""
        return len(self.core) == 1 and self.numeral is None

    @property
    def is_global(self) -> bool:
        """May join a namesake in another document by its key (module docstring)."""
        return len(self.core) >= 2 or self.numeral is not None or bool(_REGAL & set(self.titles))

    @property
    def stripped_key(self) -> str:
        """The key without titles: ``"president ivo renk"`` → ``"ivo renk"``."""
        return " ".join((*self.core, *filter(None, (self.numeral, self.suffix))))

    def short_tokens(self) -> frozenset[str]:
        """Single words a later mention may use for this person in the same text
        (a surname with its particle counts as one: "lo presti", "van gogh")."""
        if len(self.core) == 1:
            return frozenset(self.core) if self.is_global else frozenset()
        out = {self.core[-1], self.core[0]}
        if len(self.core) >= 3 and (
            self.core[-2] in _SURNAME_PARTICLES or self.core[-2] in _ELIDED_PREFIXES
        ):
            out.add(f"{self.core[-2]} {self.core[-1]}")
        return frozenset(t for t in out if t not in _PARTICLES and len(t) > 1)


@functools.lru_cache(maxsize=20_000)
def parse_person(key: str) -> PersonName:
    """Split a name key into titles, core, numeral and suffix (module docstring)."""
    toks = key.split()
    titles = honorifics()
    i = 0
    while i < len(toks) - 1 and toks[i] in titles:
        i += 1
    head, rest = tuple(toks[:i]), toks[i:]
    numeral = suffix = None
    if len(rest) >= 2 and rest[-1] in _SUFFIXES:
        suffix = rest.pop()
    if len(rest) >= 2 and _NUMERAL.match(rest[-1]):
        numeral = rest.pop()
    if len(rest) == 2 and (rest[0] in _SURNAME_PARTICLES or rest[0] in _ELIDED_PREFIXES):
        # "Lo Presti", "Van Gogh", "O'Renk" (keyed "o renk"): a surname alone
        rest = [f"{rest[0]} {rest[1]}"]
    return PersonName(head, tuple(rest), numeral, suffix)


@functools.cache
def _nicknames() -> dict[str, frozenset[str]]:
    out: dict[str, set[str]] = {}
    for short, formal in _data("nicknames.yml")["nicknames"].items():
        for f in formal:
            out.setdefault(short, {short}).add(f)
            out.setdefault(f, {f}).add(short)
    return {k: frozenset(v) for k, v in out.items()}


def nickname_forms(name: str) -> frozenset[str]:
    """The other forms of a given name in the nickname data ("rich" -> "richard")."""
    return _nicknames().get(name, frozenset()) - {name}


def given_names_match(a: str, b: str) -> bool:
    """``"jim"``/``"james"``: one is a common short form of the other (or equal)."""
    if a == b:
        return True
    nick = _nicknames()
    return b in nick.get(a, frozenset()) or a in nick.get(b, frozenset())


@functools.cache
def _common() -> tuple[frozenset[str], frozenset[str]]:
    data = _data("common_names.yml")
    return frozenset(data["given"]), frozenset(data["surnames"])


def common_given_names() -> frozenset[str]:
    return _common()[0]


def common_names() -> tuple[frozenset[str], frozenset[str]]:
    """(very common given names, very common surnames) of ``common_names.yml``."""
    return _common()


@functools.cache
def adjective_given_names() -> frozenset[str]:
    """Given names that English word lists also read as adjectives ("julian", "said")."""
    return frozenset(_data("common_names.yml").get("adjective_given", ()))


def is_common_name(p: PersonName) -> bool:
    """A very common given name with a very common surname ("Matt Smith")."""
    given, surnames = _common()
    return p.given is not None and p.given in given and p.surname in surnames


# "his wife", "her late husband", "the couple's son", "the Renk family".  "Family" and
# "couple" count only where they name a family or a pair of people: "his family",
# "a family trip", "the royal family" and "a couple of delays" make no surname
# ambiguous (PTC articles, seed 131: 30 of 41 same-page surname links blocked by
# the context were blocked by those words alone, every one wrongly).
# "Renk's family lawyer": the family word describes someone else, who is no relative
# (a person serving the family; "the Renks' family home" still speaks of the family)
# (ECB+: "written by Renk's family lawyer" kept a page's bare surnames from its one
# full name, issue 16)
_FAMILY_MODIFIES = (
    r"(?:lawyer|attorney|spokes(?:man|woman|person)|friend|representative|pastor|doctor"
    r"|physician)s?\b"
)
_FAMILY = re.compile(
    r"\b(?:(?:his|her|their|the\s+couple['’]s)\s+(?:(?:late|former|estranged|ex-|elder|younger|eldest|youngest)\s*)?"
    r"(?:wife|husband|widow|widower|son|sons|daughter|daughters|mother|father|brother|brothers|sister|sisters"
    r"|child|children|parents|spouse|fianc[ée]e?|girlfriend|boyfriend|nephew|niece|cousin|uncle|aunt"
    r"|grandson|granddaughter|grandmother|grandfather)"
    r"|(?!(?:the|a|an|his|her|their|our|my|its|this|that|your|whose|every|each|no|one|whole|entire)\b)"
    r"(?-i:[A-Z])[\w'’-]*(?:s|['’]s?)?\s+famil(?:y|ies)(?!\s+" + _FAMILY_MODIFIES + r")"
    r"|the\s+couple(?!\s+of)|siblings)\b",
    re.IGNORECASE,
)


def is_family_context(sentence: str) -> bool:
    """A sentence that speaks of relatives: a surname there may be anyone of the family."""
    return _FAMILY.search(sentence) is not None
