"""What an entity is called and what it is, from its mentions (issue 16).

Pure functions: the store's ``refresh_entities`` reads the rows and calls
:func:`summarize_entity`; the resolver calls :func:`key_type` when it indexes a
new name.  Types come from evidence, not from a raw vote of the tagger's labels:

- a name of a country (country data, long forms) is a place;
- a surface written as an acronym never makes a person;
- a name holding an organisation word ("Party", "Brigades", "Katibat") is an
  organisation, whatever the tagger said of it;
- a common given name or an initial before a surname ("Nick Price", "B. Young")
  is a person even where the tagger said ORG;
- a full person name (given name + surname, or a title + name) tagged PERSON
  weighs three times a single-word mention; surname short forms linked by
  document context do not vote at all (they take the type of the person they
  were linked to: measured on CoNLL-2003 testb, 36 right PER mentions were
  typed ORG because the bare surnames linked to them were tagged ORG).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from ..analyze.entities.people import common_given_names, parse_person
from ..names import is_acronym, name_key
from .countries import country_of

__all__ = [
    "DIRECTION_WORDS",
    "STANDALONE_WORDS",
    "EntitySummary",
    "ends_in_common_noun",
    "has_org_word",
    "key_type",
    "mention_weight",
    "standalone_word",
    "summarize_entity",
]

_FULL_NAME_WEIGHT = 3
_SHORT_FORM_WEIGHT = 2  # a bare surname tagged PERSON, linked to its full name
# Organisation head words that are never a person's surname (unlike "Post",
# "Court", "Banks", "Guard" of org_words.yml), with romanised Arabic/Persian
# heads ("Katibat" battalion, "Jabhat" front, "Harakat" movement, "Sazman"
# organisation, "Hizb" party).
_ORG_HEADS = frozenset(
    [
        "organization",
        "organisation",
        "party",
        "movement",
        "council",
        "committee",
        "brigade",
        "brigades",
        "corps",
        "forces",
        "union",
        "league",
        "alliance",
        "coalition",
        "association",
        "society",
        "foundation",
        "institute",
        "agency",
        "ministry",
        "department",
        "bureau",
        "company",
        "corporation",
        "inc",
        "ltd",
        "llc",
        "plc",
        "group",
        "network",
        "battalion",
        "battalions",
        "division",
        "regiment",
        "militia",
        "mujahedin",
        "mojahedin",
        "mujahideen",
        "assembly",
        "parliament",
        "tribunal",
        "commission",
        "authority",
        "federation",
        "confederation",
        "university",
        "college",
        "school",
        "club",
        "katibat",
        "katiba",
        "jabhat",
        "harakat",
        "harakat",
        "sazman",
        "hizb",
        "hezb",
        "jamaat",
        "jamiat",
        "tanzim",
        "liwa",
        "jaysh",
        "jaish",
    ]
)


@dataclass(frozen=True, slots=True)
class EntitySummary:
    name: str
    type: str
    aliases: list[tuple[str, int, str]]  # (surface, count, how), canonical first


def has_org_word(key: str) -> bool:
    """The key holds an organisation head word that is never a surname ("party")."""
    return bool(_ORG_HEADS & set(key.split()))


_has_org_word = has_org_word


def mention_weight(text: str, kind: str, typ: str) -> tuple[str, int]:
    """The type this mention votes for, and how much its vote weighs.

    A recalled mention (kind "recall") votes nothing: its type is a copy of its
    entity's when recall found it, so its vote said which pass found it (issue 18:
    a name typed "organization" by its first page kept that type through its
    recalled copies, resolved every page, and not in one pass)."""
    if kind in ("short-form", "demonym", "recall", "description"):
        return typ, 0
    key = name_key(text)
    if typ != "place" and _has_org_word(key):
        return "organization", _FULL_NAME_WEIGHT
    if typ in ("organization", "other") and _looks_like_person(text, key):
        return "person", _FULL_NAME_WEIGHT
    p = parse_person(key)
    if typ in ("organization", "other") and p.titles and len(p.core) >= 2:
        return "person", _FULL_NAME_WEIGHT  # "General Antoine Lahd" (not "General Motors")
    if typ == "person":
        if is_acronym(text):
            return "organization", 1  # "MEK" tagged PERSON: acronyms name groups
        return typ, _FULL_NAME_WEIGHT if (len(p.core) >= 2 or p.titles) else 1
    return typ, 1 if " " not in key else _FULL_NAME_WEIGHT


_INITIAL = re.compile(r"^[A-Z]\.[ \t]*(?:[A-Z]\.[ \t]*)?[A-Z][a-z]")


def _looks_like_person(text: str, key: str) -> bool:
    """ "Nick Price", "B. Young": a common given name or an initial, then a surname."""
    toks = key.split()
    if not 2 <= len(toks) <= 3 or is_acronym(text):
        return False
    return bool(_INITIAL.match(text)) or (toks[0] in common_given_names() and toks[-1].isalpha())


def _vote(votes: Mapping[str, int]) -> str:
    # "other" (NORP, WORK_OF_ART...) only wins when nothing else was said
    real = {t: n for t, n in votes.items() if t != "other" and n > 0} or {
        t: n for t, n in votes.items() if n > 0
    }
    if not real:
        return "other"
    return sorted(real.items(), key=lambda t: (-t[1], t[0]))[0][0]


def key_type(key: str, surface: str, votes: Mapping[str, int]) -> str:
    """The type a new name is indexed with (its mentions' labels, corrected by evidence)."""
    if country_of(key) is not None:
        return "place"
    if _has_org_word(key) and votes.get("place", 0) <= sum(votes.values()) // 2:
        return "organization"
    typ = _vote(votes)
    if typ == "person" and is_acronym(surface):
        rest = {t: n for t, n in votes.items() if t != "person"}
        return _vote(rest) if rest else "organization"
    return typ


def summarize_entity(
    rows: Iterable[tuple[str, str, str, int]],
    how_of: Mapping[str, str],
    fallback_name: str,
) -> EntitySummary:
    """Name, type and aliases of one entity from ``(text, kind, type, count)`` rows
    of its mentions (demonym rows count for nothing here) and ``how_of`` (name
    key -> how it joined).  The canonical name is the most frequent full-name
    surface form (short forms last)."""
    counts: dict[str, int] = {}
    short: set[str] = set()
    votes: dict[str, int] = {}
    place = False
    surnames = 0
    for text, kind, typ, n in rows:
        if kind in ("demonym", "description"):
            continue
        counts[text] = counts.get(text, 0) + n
        if kind == "short-form":
            short.add(text)
        vtyp, w = mention_weight(text, kind, typ)
        votes[vtyp] = votes.get(vtyp, 0) + w * n
        if kind == "short-form" and typ == "person":
            surnames += n
        if kind != "recall":
            votes.setdefault(typ, 0)
        if kind != "short-form" and country_of(name_key(text)) is not None:
            place = True
    # a country is called by its own name ("Russia", not "Russian Federation")
    own = {t for t in counts if country_of(name_key(t)) == name_key(t)}
    forms = sorted(
        counts.items(), key=lambda t: (t[0] not in own, t[0] in short, -t[1], -len(t[0]), t[0])
    )
    if votes.get("person", 0) > 0:
        # its bare surname tagged PERSON where it stands for the name ("Renk said he
        # ..."): a person's reading of the name, when some full-name mention is
        # tagged PERSON too (a team's plural tagged PERSON is not: issue 16)
        votes["person"] += _SHORT_FORM_WEIGHT * surnames
    if place:
        typ = "place"
    elif not any(votes.values()):
        typ = _vote({t: 1 for t in votes}) if votes else "place"
    else:
        typ = _vote(votes)
    name = forms[0][0] if forms else fallback_name
    aliases = []
    for i, (text, n) in enumerate(forms):
        if i == 0:
            how = "canonical"
        elif text in short:
            how = "short-form"
        else:
            how = how_of.get(name_key(text), "spelling")
            if how == "canonical":  # the first name: the edge is the display name's
                how = how_of.get(name_key(forms[0][0]), "spelling")
                how = "spelling" if how == "canonical" else how
        if how in ("country-data", "country-form"):  # the contract's: acronym or short form
            how = "acronym" if is_acronym(text) else "short-form"
        aliases.append((text, n, how))
    return EntitySummary(name, typ, aliases)


def written_after_the(text: str, key: str) -> bool:
    """``text`` writes the name of ``key`` after "the" ("the Harvan Free Lantern").

    A bare "the Lantern" stands for an organisation whose last word it is only where
    the page calls that organisation "the ..." too: a newspaper or a council is "the
    Harvan Free Lantern", while a website or a brand named with a word of common
    speech is written bare ("... LifeHacker and Tiny Vellor"), and "the Vellor" there
    is something else (FakeNewsCorpus: a website merged with the sage it is named
    after, read in a reader's check of 30 merges)."""
    words = key.split()
    if len(words) < 2:
        return False
    name = r"[\W_]+".join(re.escape(w) for w in words)
    return re.search(rf"(?<!\w)(?i:the)[ \t]+{name}(?!\w)", text, re.IGNORECASE) is not None


# Nouns a person's surname modifies after "the": "the Renk administration", "the Renk
# campaign", "the Renk years" (a generic lexicon of news writing).  There the bare
# surname is the person's, whatever the "the" before it suggests ("the Buddha", "the
# Lantern" stand alone).
_MODIFIED_NOUN = re.compile(
    r"(?:['’]s)?[ \t]+(?:administration|campaign|government|cabinet|presidency|era|years"
    r"|regime|White[ \t]+House|team|camp|transition|inauguration|agenda|doctrine|dossier"
    r"|foundation|organization|organisation|estate|family|clan|dynasty|household)\b"
)


def modifies_a_noun(text: str, end: int) -> bool:
    """The name ending at ``end`` modifies a noun of :data:`_MODIFIED_NOUN`."""
    return _MODIFIED_NOUN.match(text, end) is not None


# A bare "House" in news names a legislature's lower chamber ("the House voted"),
# never the building or office whose name ends in the word ("the Harvan House" of a
# president): as a last-word short form it joined such names in 33 mentions of
# ../shared/data (FakeNewsCorpus sample, PTC train, Tehran Times), every one wrong.
_CHAMBER_WORDS = frozenset(["house"])


def names_a_chamber(key: str) -> bool:
    """The bare name ``key`` is a legislative chamber's conventional short name."""
    return key in _CHAMBER_WORDS


# Compass and position adjectives: "Eastern" in "the Eastern provinces" or "Northern
# farms" describes, it names nothing; it is no short form of "Eastern Vellorn" or of a
# name that begins or ends with it (FakeNewsCorpus reader's checks, seeds 55
# and 232: two wrong merges of 60).
DIRECTION_WORDS = frozenset(
    ["north", "south", "east", "west", "northern", "southern", "eastern", "western",
     "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "central", "upper", "lower", "inner", "outer", "greater",
     "middle", "far", "near", "mid"]
)  # fmt: skip

# Generic words that, written alone with a capital, name a thing of their own in news
# ("State" of "Secretary of State", "Congress", "the Subcommittee", "Democrats", "Others"),
# never the one organisation of the page whose last word they are ("Harvan State",
# "Velk League Congress", "Renk Democrats": FakeNewsCorpus reader's checks, seeds 55,
# 231, 232; six wrong merges of the 341 of a 239-page build).  A generic lexicon, no
# actor's name.
STANDALONE_WORDS = frozenset(
    ["state", "states", "congress", "senate", "government", "administration", "subcommittee",
     "cabinet", "legislature", "republic", "kingdom", "empire", "nation", "nations", "people",
     "others", "other", "all",
     "democrats", "republicans", "democrat", "republican", "democratic", "conservatives",
     "liberals", "socialists", "communists", "feminine", "masculine", "divine"]
)  # fmt: skip


def standalone_word(word: str) -> bool:
    """A one-word name key that never stands for a longer name of its page."""
    return word in STANDALONE_WORDS or word in DIRECTION_WORDS


# Common nouns after a name that make the phrase something other than a person: "the
# Renk Administrations", "Renk Comment" (a column's heading).  The tagger called such
# phrases persons; their first word is then no given name, their last no surname, and
# a bare "Renk" of the page is not them (reader's check, seed 231: two of 30).
_NOT_SURNAMES = frozenset(
    ["administration", "administrations", "campaign", "campaigns", "government", "cabinet",
     "presidency", "era", "years", "regime", "transition", "inauguration", "agenda", "doctrine",
     "dossier", "comment", "comments", "commentary", "column", "report", "files", "tapes",
     "show", "podcast", "interview", "family", "clan", "dynasty", "household", "estate",
     "foundation", "organization", "organisation", "rally", "rallies", "supporters", "voters",
     "democrats", "republicans", "conservatives", "liberals", "socialists", "communists"]
)  # fmt: skip


def ends_in_common_noun(key: str) -> bool:
    """A two-word-or-more name key whose last word is a common noun of :data:`_NOT_SURNAMES`."""
    toks = key.split()
    return len(toks) >= 2 and toks[-1] in _NOT_SURNAMES
