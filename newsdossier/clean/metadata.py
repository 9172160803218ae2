"""Bylines, date lines, signatures and datelines: recognising them and lifting metadata.

Each ``read_*`` function looks at ONE whole, whitespace-folded line and returns
what it found (or ``None`` when the line is not of that kind); removing the
line is the caller's job.  The byline grammar is deliberately strict -- a
sentence such as "By March 2011, the army had left." must stay body text -- so
every part after the name has to be a date or look like an outlet.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import PublishedDate
from .dates import DATE_PATTERN, find_date
from .lexicon import GENERIC_AUTHORS, MONTH_ALT, MONTHS, OUTLET_WORDS, WEEKDAYS, WRITER_NOUN_ALT

__all__ = [
    "NAMES",
    "Byline",
    "clean_author_list",
    "is_outlet_like",
    "looks_like_domain",
    "read_byline",
    "read_date_line",
    "read_dateline",
    "read_title_outlet",
]


@dataclass(frozen=True, slots=True)
class Byline:
    author: str | None = None
    outlet: str | None = None
    published: PublishedDate | None = None
    section: str | None = None


_TOKEN = r"(?!(?i:for)\s)(?:[A-Z][\w'’.\-]*|[A-Z]\.)"
_PARTICLE = r"(?:de|da|del|della|van|von|der|den|al|el|bin|ibn|la|le|du|dos|di|ter)"
_NAME = rf"{_TOKEN}(?:\s+(?:{_TOKEN}|{_PARTICLE})){{0,4}}"
_NAMES = rf"{_NAME}(?:(?:\s+and\s+|\s*&\s*){_NAME})*"
_NAMES_RE = re.compile(_NAMES)
#: regex source matching one or more personal names joined by "and"/"&" ("Jane Roe and Ivo Renk")
NAMES = _NAMES
_SEP = (
    r"(?:[|/:–—,]|\s-\s|\s-$|\svia\s|\s(?i:for)\s+(?:the\s+)?(?=[A-Z])"
    rf"|\s(?i:on)\s+(?=(?i:{MONTH_ALT})\b|\d))"
)
# what a byline's date may leave behind: "on" before it, a clock time after it
_DATE_ON = re.compile(r"(?:^|\s)(?i:on)\s*$")
_AFTER_DATE = re.compile(
    r"\s*(?:(?i:at)\s*|[-–|,/]\s*)?\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4}\b)?"
)
# letters after a name ("By Ivo Renk, PhD"): no outlet
_POST_NOMINALS = frozenset({
    "phd", "ph.d", "psyd", "edd", "md", "m.d", "dds", "jr", "sr", "mph", "rn", "lcsw", "msw",
    "esq", "dvm", "mba", "cpa",
})  # fmt: skip
_BYLINE_RE = re.compile(
    rf"(?:(?i:posted|published|written|authored|submitted|reported|compiled)(?:\s+(?i:on))?"
    rf"(?:\s+{DATE_PATTERN})?\s+)?"
    rf"(?i:by)\s*:?\s+(?P<names>{_NAMES}|[a-z][a-z0-9_.]{{2,29}}$)(?P<rest>\s*{_SEP}.*)?",
)
# Blog software's "Posted by admin in Opinion": a handle, then the section.
_POSTED_IN_RE = re.compile(
    r"(?i:posted|published|written|filed)\s+(?i:by)\s+(?P<who>[\w.\-]{2,30}(?:\s+[A-Z][\w.'’\-]*){0,3})"
    r"\s+(?i:in)\s+(?P<section>[A-Z][\w&'’\-]*(?:\s+[\w&'’\-]+){0,3})\.?"
)
_SPLIT_RE = re.compile(r"\s*(?:[|/:–—,]|\s-\s|\bvia\s|\b(?i:for)\s+(?:the\s+)?(?=[A-Z]))\s*")
# "March 3, 2011 — Jane Roe" / "[March 3, 2011 - example.com]": date first.
_DATE_FIRST_RE = re.compile(
    rf"\[?(?P<date>{DATE_PATTERN})\s*(?:[|/–—-]|\b(?i:by)\b)\s*(?P<who>[^\[\]]{{2,60}}?)\s*\]?",
)
# "Jane Roe | The Lantern Daily | March 3, 2011": name first, no "by"; the date closing
# the line is the evidence that it is a byline (a bar or a dash between the parts: a
# comma would take "New York, March 3, 2011", a place and a date, for a byline)
_BAR = r"\s*(?:[|/–—]|\s-\s)\s*"
_NAME_FIRST_RE = re.compile(
    rf"(?P<who>[^|/–—\[\]]{{2,60}}?){_BAR}(?:(?P<mid>[^|/–—\[\]]{{2,60}}?){_BAR})?"
    rf"(?P<date>{DATE_PATTERN})\.?"
)
_WEEKDAY = "|".join(WEEKDAYS)
# a clock time beside a date line's date ("10:42 AM ET", "10.42 GMT")
_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[apAP]\.?[mM]\.?)?(?:\s*[A-Z]{2,4})?"
_DATE_LINE_RE = re.compile(
    rf"(?:(?i:(?:this (?:article|post|story) was )?(?:first published|published|posted|updated"
    rf"|date|last updated))(?:\s+on)?\s*:?\s*)?"
    rf"(?:{_CLOCK},?\s+)?"  # "Updated 10:42 AM ET, Mon March 4, 2019"
    rf"(?:(?i:{_WEEKDAY}|mon|tue|tues|wed|thu|thurs|fri|sat|sun)\.?,?\s+)?(?P<date>{DATE_PATTERN})"
    rf"(?:\s*(?:at\s*|[-–|,/]\s*)?{_CLOCK})?\.?",
)
_DOMAIN_RE = re.compile(
    r"\(?(?:https?://)?(?:www\.)?[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[a-z]{2,6}/?\)?"
)
_DATELINE_RE = re.compile(
    rf"(?P<place>[A-Z][A-Z.'’ ]{{1,30}}[A-Z.]|[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){{0,3}})"
    rf"(?:,\s*(?P<date>{DATE_PATTERN}))?(?:\s*/\s*\d{{1,2}}:\d{{2}}\s*(?:[ap]\.?m\.?)?)?"
    r"\s*(?:\((?P<agency>[^()]{2,40})\))?\s*\.?\s*(?:[-–—]{1,2}|:)\s*(?=\S)",
)
_AGENCY_LEAD_RE = re.compile(r"\((?P<agency>[A-Z][\w .&/'-]{1,30})\)\s+(?=[A-Z])")
# "Washington (ABC) President Renk said ...": a network's dateline without a dash, the
# agency in capitals (issue 16, read in ../shared/data/ptc-*)
_PLACE_AGENCY_RE = re.compile(
    r"(?!The\b)[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)?\s*\((?P<agency>[A-Z]{2,8})\)\s+(?=[A-Z])"
)
# "Feb 9 (Agency) - Text": a wire dateline of a month and a day, no place (issue 16, read
# in ../shared/data/ptc-*); a date without its year is no publication date
_DAY_AGENCY_RE = re.compile(
    rf"(?=[A-Z])(?i:{MONTH_ALT})\.?\s+\d{{1,2}}\s*\((?P<agency>[A-Z][\w .&/'-]{{1,30}})\)"
    r"\s*[-–—]{1,2}\s*(?=\S)"
)
_BAD_NAME_WORDS = frozenset(MONTHS) | WEEKDAYS | {"the", "this", "that", "now", "then", "far"}


# A site's name appended to its headline (issue 16, read in ../shared/data): "... Video –
# PVA" (an acronym after a dash or bar), "...: New at Example" (a cross-post's label),
# "... | Example News" (a bar is no headline punctuation)
_TITLE_ACRONYM_RE = re.compile(r"\s[-–—|]\s+(?P<o>[A-Z]{3,6})")
_TITLE_NEW_AT_RE = re.compile(
    r":\s+(?:New|Now|Also|First|Only|Exclusive)\s+(?:at|on)\s+"
    r"(?P<o>[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3})"
)
_TITLE_BAR_RE = re.compile(r".{8,}?\s\|\s+(?P<o>[^|]{2,40})")
# a section's name after the bar ("... | Articles", "... | Blog Posts"): no site's
_SECTION_WORDS = frozenset(
    [
        "articles",
        "article",
        "blog",
        "blogs",
        "posts",
        "post",
        "news",
        "opinion",
        "opinions",
        "video",
        "videos",
        "politics",
        "world",
        "home",
        "columns",
        "column",
        "commentary",
        "analysis",
        "features",
        "feature",
        "editorial",
        "editorials",
        "op-ed",
        "national",
        "data",
    ]
)
# acronyms a headline ends with that name no site: places, alliances, parties, armed groups
_NOT_SITE_ACRONYMS = frozenset(["USA", "NATO", "ISIS", "ISIL", "GOP", "DNC", "RNC", "IRGC"])


def read_title_outlet(title: str | None) -> str | None:
    """The site name a headline carries at its end, or ``None``."""
    if not title:
        return None
    title = title.strip()
    m = _TITLE_ACRONYM_RE.search(title)
    if m is not None and m.end() == len(title) and m["o"] not in _NOT_SITE_ACRONYMS:
        return m["o"]
    m = _TITLE_NEW_AT_RE.search(title)
    if m is not None and m.end() == len(title):
        return m["o"]
    m = _TITLE_BAR_RE.fullmatch(title)
    if m is not None and is_outlet_like(m["o"]) and len(m["o"].split()) <= 4:
        if all(w.lower() in _SECTION_WORDS for w in m["o"].split()):
            return None
        return m["o"].strip()
    return None


def looks_like_domain(text: str) -> bool:
    return _DOMAIN_RE.fullmatch(text) is not None


def is_outlet_like(text: str) -> bool:
    """A short proper-noun phrase or a domain: what an outlet signature looks like."""
    text = text.strip()
    if not text or len(text) > 60:
        return False
    if looks_like_domain(text):
        return True
    if ":" in text or text[-1] in ".!?;" and not text.endswith(("Inc.", "Ltd.", "Co.")):
        return False
    words = text.split()
    return len(words) <= 8 and (text[0].isupper() or text[0].isdigit())


def has_outlet_word(text: str) -> bool:
    return any(w.strip(".,'’").lower() in OUTLET_WORDS for w in text.split())


# "By Mara Quint, Staff Writer", "By Ivo Renk | Senior Correspondent": a byline part that
# ends in a writer noun is the author's job, not the outlet that published the page; in
# "Lantern Press Writer" the words up to the last outlet word or acronym name the outlet
_ROLE_RE = re.compile(rf"(?P<o>(?:[\w'’&.-]+\s+){{0,6}})(?i:{WRITER_NOUN_ALT})")
_ACRONYM_RE = re.compile(r"[A-Z]{2,6}")
# job words a role opens with ("Senior News Editor" names no outlet "Senior News")
_ROLE_OPENERS = frozenset({
    "senior", "chief", "staff", "deputy", "managing", "executive", "associate", "assistant",
    "contributing", "special", "breaking", "political", "foreign", "national", "local", "sports",
    "business", "science", "lead", "head",
})  # fmt: skip


def _outlet_of_part(part: str) -> str | None:
    """A byline part as an outlet: ``None`` for a job, the outlet words of "X Press Writer"."""
    m = _ROLE_RE.fullmatch(part)
    if m is None:
        return part
    words = m["o"].split()
    while words and not (
        words[-1].lower() in OUTLET_WORDS or _ACRONYM_RE.fullmatch(words[-1]) is not None
    ):
        words.pop()
    if len(words) < 2 and not (words and _ACRONYM_RE.fullmatch(words[0])):
        return None  # "News Editor", "Staff Writer"
    return None if words[0].lower() in _ROLE_OPENERS else " ".join(words)


def _is_name(names: str) -> bool:
    first = names.split()[0].rstrip(".,").lower()
    return first not in _BAD_NAME_WORDS


# Parts of an author list that no name starts with ("Because Without Vellorn",
# "There Is No Quiet River." -- a site's slogan split at its comma by the scraper).
_NOT_NAME_START = frozenset(
    ["because", "there", "without", "when", "where", "while", "since", "if", "although", "unless"]
)


def _is_author_part(part: str) -> bool:
    words = part.split()
    if not words:
        return False
    if words[0].lower() in _NOT_NAME_START or part.lower() in MONTHS or part.lower() in WEEKDAYS:
        return False
    return not (len(words) >= 3 and part.endswith((".", "!", "?")))  # a sentence, not a name


def clean_author_list(value: str) -> str | None:
    """An explicit author field without the slogan or date words a scraper split into it.

    Source metadata is a comma-separated list ("Jane Roe, Ivo Renk"); parts that cannot
    be names -- a sentence, a clause opened by "Because"/"There", a lone month -- go.
    """
    parts = [p.strip() for p in value.split(",")]
    kept = [p for p in parts if _is_author_part(p)]
    return ", ".join(kept) or None


def read_byline(line: str) -> Byline | None:
    """ "By NAME", "By NAME | OUTLET", "By NAME – OUTLET – March 3, 2011", "Posted on by handle",
    "Posted by admin in Opinion" (a generic handle is no author; "Opinion" is the section)."""
    if len(line) > 160:
        return None
    m = _BYLINE_RE.fullmatch(line)
    if m is not None:
        names = m["names"].strip(" .,")
        if not _is_name(names):
            return None
        rest = (m["rest"] or "").strip()
        published = None
        found = find_date(rest, "byline")
        if found is not None:
            published, dm = found
            after = _AFTER_DATE.match(rest, dm.end())
            rest = (
                _DATE_ON.sub("", rest[: dm.start()])
                + " "
                + rest[after.end() if after else dm.end() :]
            )
        else:  # "Posted on March 9, 2021 by NAME": the date before the name is the page's
            published = (find_date(line[: m.start("names")], "byline") or (None,))[0]
        parts = [p.strip(" .()[]") for p in _SPLIT_RE.split(rest)]
        parts = [p for p in parts if p and p.lower() not in _POST_NOMINALS]
        if not all(is_outlet_like(p) for p in parts):
            return None  # "By Monday, the troops had left." is a sentence
        return Byline(names, _first_outlet(parts), published)
    m = _POSTED_IN_RE.fullmatch(line)
    if m is not None:
        who = m["who"]
        author = None if who.lower() in GENERIC_AUTHORS else who
        return Byline(author, None, None, m["section"])
    m = _DATE_FIRST_RE.fullmatch(line)
    if m is not None:
        found = find_date(m["date"], "byline")
        # "May 14, 2018 | NAME, Correspondent": the job after the name goes
        who = ", ".join(p for p in _SPLIT_RE.split(m["who"].strip(" .")) if _outlet_of_part(p))
        if found is not None and not who and m["who"].strip(" ."):
            return Byline(None, None, found[0])  # "May 14, 2018 | Staff Writer"
        if found is None or not is_outlet_like(who):
            return None
        if looks_like_domain(who) or has_outlet_word(who) or not _NAMES_RE.fullmatch(who):
            return Byline(None, who, found[0])
        return Byline(who, None, found[0])
    return _name_first(line) or _name_and_job(line)


def _name_and_job(line: str) -> Byline | None:
    """ "Anna Tormel, Staff Writer", "Ivo Renk | Lantern Press Correspondent": no "by", but
    a job after the name says whose byline the line is."""
    who, *parts = [p.strip(" .") for p in _SPLIT_RE.split(line)]
    if not parts or not _full_name(who):
        return None
    if not all(p[:1].isupper() and _ROLE_RE.fullmatch(p) for p in parts):
        return None
    return Byline(who, _first_outlet(parts), None)


def _full_name(who: str) -> bool:
    """A person's name of two words or more, as a byline writes it."""
    return len(who.split()) >= 2 and bool(_NAMES_RE.fullmatch(who)) and _is_name(who)


def _first_outlet(parts: list[str]) -> str | None:
    """The outlet the first of a byline's parts that names one names."""
    return next(filter(None, map(_outlet_of_part, parts)), None)


def _name_first(line: str) -> Byline | None:
    """ "Jane Roe | The Lantern Daily | March 3, 2011", "Lantern News – March 3, 2011"."""
    m = _NAME_FIRST_RE.fullmatch(line)
    found = None if m is None else find_date(m["date"], "byline")
    if m is None or found is None:
        return None
    who = m["who"].strip(" .")
    outlet = _outlet_of_part(m["mid"].strip(" .")) if m["mid"] else None
    if m["mid"] and outlet is not None and not is_outlet_like(outlet):
        return None
    if looks_like_domain(who) or (has_outlet_word(who) and is_outlet_like(who)):
        return None if m["mid"] else Byline(None, who, found[0])
    if not _full_name(who):
        return None
    if who.isupper() and not m["mid"]:
        return None  # "NEW YORK – March 3, 2011": a release's dateline, no author
    return Byline(who, outlet, found[0])


def read_date_line(line: str) -> PublishedDate | None:
    """A line that is only a date ("Published: March 3, 2011 10:42")."""
    if len(line) > 80:
        return None
    m = _DATE_LINE_RE.fullmatch(line)
    if m is None:
        return None
    found = find_date(m["date"], "byline")
    return found[0] if found else None


def read_dateline(line: str) -> tuple[str | None, PublishedDate | None]:
    """(agency, date) from a dateline opening the body: "VELLORN (Kessa Wire) -".

    The dateline stays in the body (it is part of the first sentence); only
    the agency (as an outlet candidate) and a dated dateline are lifted.
    """
    m = _DATELINE_RE.match(line[:120])
    if m is not None:
        place_is_caps = m["place"].upper() == m["place"] and len(m["place"]) >= 3
        if place_is_caps or m["date"] or m["agency"]:
            date = find_date(m["date"], "dateline")[0] if m["date"] else None  # type: ignore[index]
            return (m["agency"].strip() if m["agency"] else None), date
        return None, None
    m = _AGENCY_LEAD_RE.match(line) or _DAY_AGENCY_RE.match(line) or _PLACE_AGENCY_RE.match(line)
    return (m["agency"].strip() if m else None), None
