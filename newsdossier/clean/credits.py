"""Credit lines and outlets the page names: metadata from plain text (issue 16).

Scraped text has no metadata fields, but the page writes much of it out:

- **credit lines** under a wire story, removed as kind ``byline``:
  "Ana Holm reported from Vellorn." (an author), "Kessa Wire writers
  X in Y and Z in W contributed to this report." (an outlet), "Additional
  reporting by X" (an author);
- **outlets the page names** in its own furniture, kept where they are and
  only lifted (rank ``mention``, below every byline, signature and footer):
  "Subscribe to X for FREE", "... grants you access to X updates", "To donate
  to X click here", "X Editor's Note:", "Article posted with permission from
  X", a "Source:" link's host;
- a **quotation credit** that introduces an excerpt: '"Title," by NAME,
  OUTLET, DATE:' (author and outlet, rank ``quoted``, below ``mention``: they
  are the excerpt's; the date is the quoted article's, never the page's).  The
  :class:`~.metadata.Byline` returned says so with ``section="quoted"``.

Each ``read_*`` function looks at ONE whole, whitespace-folded line and returns
what it found or ``None``; the grammar is strict (a name where a name must be,
the line ending where the credit ends), so that "All the cases were reported
from a clinic at X, the WHO said." stays body text.
"""

from __future__ import annotations

import re
from importlib import resources
from urllib.parse import urlsplit

from .. import yamldata
from .dates import DATE_PATTERN
from .metadata import NAMES, Byline, has_outlet_word, is_outlet_like, looks_like_domain

_NAMES_RE = re.compile(NAMES)

__all__ = ["read_credit", "read_mention", "read_self_reference", "read_source"]

_PLACE = r"[A-Z][\w.'’-]*(?:,? [A-Z][\w.'’-]*){0,3}"
_REPORTED_FROM = re.compile(
    rf"(?P<who>{NAMES}) reported from {_PLACE}(?: and (?P<who2>{NAMES}) from {_PLACE})?\."
)
_CONTRIBUTED = re.compile(
    r"(?P<who>[A-Z“\"].{1,250}?),? (?:also )?contributed (?:reporting )?to (?:this|the) "
    r"(?:report|story|article)\.?"
)
_REPORTING_BY = re.compile(
    rf"(?:Additional )?[Rr]eporting by (?P<who>{NAMES})(?:(?:;|\.| and| with) .{{0,200}})?\.?"
)
# "Kessa Wire writers X in Y and Z in W": the outlet before the staff word
_OUTLET_STAFF = re.compile(
    r"(?:The )?(?P<outlet>[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}) "
    r"(?:writers?|reporters?|correspondents?|staff(?: writers?)?|staffers)\b"
)
# a proper-noun phrase ("Valley Free Press") or a domain ("example.com")
_OUTLET = (
    r"(?P<outlet>[A-Z0-9][\w&.'’-]*(?: [A-Za-z0-9&][\w&.'’-]*){0,5}?"
    r"|[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,12})"
)
_MENTIONS = (
    re.compile(rf"(?i:subscribe to) {_OUTLET}(?: (?i:for free|today|now|here))?[.!]?"),
    re.compile(
        rf".{{0,80}}\b(?i:access to|sign up for|subscribe to) {_OUTLET} "
        r"(?i:updates|newsletters?|alerts|emails)\b.{0,120}"
    ),
    re.compile(rf"\(?(?i:to donate to|donate to) {_OUTLET},? (?i:click here)\.?\)?"),
    # a sign-up box's consent line: "By signing up you agree to receive email newsletters
    # or alerts from EXAMPLE." (issue 16, read in ../shared/data/ptc-*)
    re.compile(
        rf".{{0,80}}\b(?i:sign(?:ing)? up)\b.{{0,80}}\b(?i:newsletters?|alerts|emails|updates) "
        rf"(?i:from) {_OUTLET}\.?"
    ),
    re.compile(rf"{_OUTLET}(?:['’]s)? (?i:editor)['’]?s['’]? (?i:note)\s*:.*"),
    re.compile(
        r".{0,40}?(?i:(?:posted|republished|reprinted|published) with permission (?:from|of)"
        rf"|originally (?:published|appeared|posted) (?:at|on|in|by)"
        rf"|(?:reprinted|republished|reposted) from"
        # "This story first appeared in X": the page speaks of itself ("The novel was first
        # published in London by ..." is no credit)
        r"|^(?:this|the) (?:article|story|post|piece|column|report|essay|interview)"
        r" (?:was |has been )?first (?:published|appeared|posted) (?:at|on|in|by))"
        # "... X on March 30, 2019.": the original's date, not the page's
        # (reposts.original_date reads it from the removed line)
        rf" (?:the )?{_OUTLET}(?: (?i:on) (?:{DATE_PATTERN}))?\.?"
    ),
)
# "(Source: PIB/GR/TYP)", "Source: Valley Wire", "Via: VALLEYNEWS": a named source under the
# text.  Editor's initials after the name go ("PIB/GR/TYP" -> "PIB"); a name is taken only
# when it cannot be a person's (one word, an acronym, a domain, or an outlet word: "Source:
# Ana Holm" may be an interviewee), nor a phrase ("Source: the ministry").
_SOURCE_NAME = re.compile(
    r"\(?(?i:sources?|via)\s*:\s*(?P<name>[A-Z0-9][\w&.'’ /-]{1,60}?)\s*\)?\.?"
)
_INITIALS_PART = re.compile(r"[A-Z]{1,5}")
_SOURCE_URL = re.compile(r"(?i:source|via|originally published at)\s*:?\s*(?P<url>https?://\S+)")
_QUOTE_CREDIT = re.compile(
    rf"[“\"‘].{{5,250}}?[,.]?[”\"’]+,? by (?P<who>{NAMES}), (?P<outlet>[^,“”\"]{{2,60}}), "
    rf"(?:{DATE_PATTERN})\s*[:.]?"
)
_HOST_PREFIXES = ("www.", "secure.", "m.", "amp.", "mobile.")


def read_credit(line: str) -> Byline | None:
    """A wire story's credit line, or ``None`` (see the module docstring)."""
    if len(line) > 300:
        return None
    # a wire's credit in parentheses: "(Reporting by Ana Holm; Editing by Ivo Renk)"
    if line.startswith("(") and line.endswith(")"):
        line = line[1:-1]
    m = _REPORTED_FROM.fullmatch(line)
    if m is not None:
        return Byline(", ".join(w for w in (m["who"], m["who2"]) if w))
    m = _REPORTING_BY.fullmatch(line)
    if m is not None:
        return Byline(m["who"])
    m = _CONTRIBUTED.fullmatch(line)
    if m is not None:
        who = m["who"]
        staff = _OUTLET_STAFF.match(who)
        if staff is not None:
            return Byline(None, staff["outlet"])
        bare = who.removeprefix("The ").strip()
        return Byline(None, bare if is_outlet_like(bare) and len(bare.split()) <= 4 else None)
    return None


def read_source(line: str) -> str | None:
    """The outlet a "Source: NAME" line under the text names, or ``None`` (see ``_SOURCE_NAME``).

    For the page's last lines only: higher up, "Source: X" credits a chart or a quote.
    """
    m = _SOURCE_NAME.fullmatch(line) if len(line) <= 80 else None
    return _source_name(m["name"]) if m is not None else None


# A newsroom writing about its own reporting names itself: "Valley News reached out to the
# ministry", "did not respond to VALLEY's request for comment" (issue 16; 2 of the 3 such
# sentences in ../shared/data, the third is "We have reached out").  Only names with an
# outlet word or in capitals, so that a person who reached out is no outlet.
_OUTLET_NAME = r"[A-Z][\w&.'’-]*(?: [A-Z][\w&.'’-]*){0,4}"
_SELF_REFERENCE = re.compile(
    rf"(?:^|(?<=[.!?”\"]\s)|(?<=\n))(?P<a>{_OUTLET_NAME}) (?:has |had )?reached out to\b"
    rf"|(?:respond|reply|responded|replied) to (?P<b>{_OUTLET_NAME})['’]s? "
    r"(?:request|requests|inquiry)\b"
)


# A writer addressing the outlet's own readers or naming their post there: "Longtime X
# readers will remember", "X readers will recall how I ...", "the summit I covered as The X's
# correspondent" (issue 16: in ../shared/data 9 such phrases, all naming the outlet the
# piece was written for; "Your readers deserve the truth" and "American readers" name none).
_READERS = re.compile(
    rf"\b(?P<pre>(?i:longtime|long-time|regular|frequent|loyal) )?(?P<c>{_OUTLET_NAME}) readers"
    r"(?P<post> (?:may|will|might|would) (?:recall|remember|know)\b)?"
    rf"|\bas (?P<d>The {_OUTLET_NAME})['’]s? (?:correspondent|reporter|columnist)\b"
)
_NOT_READERS = frozenset(["your", "our", "my", "his", "her", "their", "many", "some", "most",
                          "all", "other", "these", "those", "the", "dear", "new", "young"])  # fmt: skip


def read_self_reference(text: str) -> str | None:
    """The outlet a text names as its own newsroom, or ``None`` (see ``_SELF_REFERENCE``)."""
    if "reached out" in text or "respond" in text or "replied to" in text or "reply to" in text:
        for m in _SELF_REFERENCE.finditer(text):
            name = m["a"] or m["b"]
            if is_outlet_like(name) and (
                has_outlet_word(name) or (name.isupper() and len(name) > 2)
            ):
                return name
    if "readers" in text or "correspondent" in text:
        for m in _READERS.finditer(text):
            name = m["c"] or m["d"]
            if m["c"] and name.split()[0].lower() in _NOT_READERS:
                continue
            if m["d"] or m["pre"] or m["post"] or looks_like_domain(name):
                return name.removeprefix("The ")
    return None


def _source_name(raw: str) -> str | None:
    head, *rest = [p.strip() for p in raw.split("/")]
    if rest and not all(_INITIALS_PART.fullmatch(p) for p in rest):
        return None
    words = head.split()
    if not is_outlet_like(head) or any(w[:1].islower() for w in words):
        return None
    if len(words) == 1 or has_outlet_word(head) or head.isupper():
        return head
    return None


def _host(url: str) -> str | None:
    try:
        host = urlsplit(url).hostname or ""
    except ValueError:
        return None
    for prefix in _HOST_PREFIXES:
        host = host.removeprefix(prefix)
    return host or None


# Every mention holds one of these (lower case): one cheap scan skips the other lines
# (measured on the 1,275 records of ../shared/data: the patterns on every line doubled
# the cost of cleaning).
_HINTS = re.compile(
    r"subscri|access to|sign up|donate|editor|permission|originally|reprinted|republished"
    r"|reposted|first (?:published|appeared|posted)|://|[,”\"’] by ",
    re.I,
)


def read_mention(line: str) -> Byline | None:
    """An outlet (and for a quotation credit, an author) that the page names, or ``None``."""
    if len(line) > 400 or _HINTS.search(line) is None:
        return None
    m = _SOURCE_URL.fullmatch(line)
    if m is not None:
        host = _host(m["url"])
        return Byline(None, host) if host else None
    m = _QUOTE_CREDIT.fullmatch(line)
    if m is not None:
        outlet = m["outlet"].strip()
        return Byline(m["who"], outlet if is_outlet_like(outlet) else None, None, "quoted")
    for pattern in _MENTIONS:
        m = pattern.fullmatch(line)
        if m is not None:
            outlet = m["outlet"].strip(" .")
            if not is_outlet_like(outlet) or outlet.lower() in _NOT_OUTLETS:
                return None
            # "originally published by Ana Holm at Example Notes": author at outlet
            who, at, where = outlet.partition(" at ")
            if at and _NAMES_RE.fullmatch(who):
                return Byline(who, where)
            if _is_person(outlet):
                # "posted with permission from Jane Roe": Jane Roe's own piece
                return Byline(outlet, None, None, "reposted")
            return Byline(None, outlet)
    return None


def _given_names() -> frozenset[str]:
    text = resources.files("newsdossier").joinpath("data/names/common_names.yml").read_text("utf-8")
    data = yamldata.load(text) or {}
    return frozenset(str(n).lower() for n in data.get("given", ()))


#: common given names (generic name data, data/names/common_names.yml)
_GIVEN = _given_names()
_PERSON = re.compile(r"[A-Z][a-z'’-]+(?: [A-Z]\.)?(?: [A-Z][a-z'’-]+){1,2}")


def _is_person(name: str) -> bool:
    """ "Jane Roe", "Ron Paul": a common given name and a surname, no outlet word.

    A page reposted "with permission from" a person credits the author (issue 16: 44 of
    the 109 such lines in ../shared/data name a person, whose name had become the outlet).
    """
    return (
        _PERSON.fullmatch(name) is not None
        and name.split()[0].lower() in _GIVEN
        and not has_outlet_word(name)
    )


# "Subscribe to our newsletter", "access to these updates": no name
_NOT_OUTLETS = frozenset(["our", "our newsletter", "the newsletter", "this", "these", "my", "us"])
