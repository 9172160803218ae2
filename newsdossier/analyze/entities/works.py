"""Titles of works and websites the tagger read as people or organisations (issue 16).

The small tagger reads any capitalised run as a name: a book, film or blog title
("her new book Harvan Rising", "the documentary Renk Cash") becomes a PERSON or an
ORG, and then joins a person by a shared word ("Renk").  A domain name
("IvoRenk.com", "Vellor.net") is tagged PERSON as often as ORG.  Evidence from the
text decides, precision first:

- a name written right after a noun for a work ("book", "novel", "film",
  "documentary", "album", "blog", "website", "podcast"...), with nothing but a
  space, an opening quote or "titled/entitled/called" between, is that work's
  title (label ``WORK_OF_ART``, type ``other``).  A comma in between is not
  enough: "In his book, Renk argues" names the author;
- a name that is a domain is a website, never a person (label ``ORG``).

Read on the FakeNewsCorpus sample and the PTC train articles: of the tagger's PERSON
and ORG spans these rules retype, 20 of 21 were titles or websites ("her new book,
X", "the documentary X", "the movie X", "the website X.net"); the one wrong, "Concerning
my book, Archbishop X", is why an -ing preposition also blocks the appositive.  The
looser cues ("report", "show", "video", any comma) were more often wrong than right
on the same pages ("Records show Renk", "According to the report, Ivo Renk").
"""

from __future__ import annotations

import re

__all__ = ["work_label"]

_WORK_NOUN = re.compile(
    r"(?<![\w-])(?i:book|novel|memoir|film|movie|documentary|docudrama|album|song|sitcom"
    r"|bestseller|best-seller|blog|website|web\s+site|podcast|poem|essay|newsletter)"
    r"(?:[ \t]+(?i:titled|entitled|called)(?:[ \t]*[,:])?)?[ \t]+[“\"‘]?$"
)
# "her new book, Harvan Rising", "Ivo Renk's blog, Tiny Vellor": an appositive title
# after a determined noun; not after a preposition ("In his book, Renk argues")
_WORK_APPOSITIVE = re.compile(
    r"(?<![\w-])(?P<np>(?:(?i:his|her|their|its|my|our|the|a|an|new|latest|recent|first|last"
    r"|next|own|popular|acclaimed|award-winning)|[A-Z][\w.-]*['’]s?)"
    r"(?:[ \t]+(?i:new|latest|recent|first|last|next|own|popular|acclaimed|award-winning))*"
    r"[ \t]+)(?i:book|novel|memoir|film|movie|documentary|album|blog|website|web\s+site|podcast)"
    r"[ \t]*,[ \t]+[“\"‘]?$"
)
_PREPOSITION_BEFORE = re.compile(
    r"(?<![\w-])(?i:in|on|at|from|by|through|with|throughout|within|into|about|of|to|for"
    r"|concerning|regarding|including|following|during|after|before|like|unlike)[ \t]+$"
)
_DOMAIN = re.compile(
    r"^[A-Za-z0-9][\w-]*(?:\.[\w-]+)*\.(?i:com|org|net|info|news|co\.uk|blog|tv|us)$"
)


def work_label(text: str, start: int, end: int, label: str) -> str:
    """The tagger's ``label`` of ``text[start:end]``, corrected by the evidence above."""
    if label not in ("PERSON", "ORG"):
        return label
    if _DOMAIN.match(text[start:end]):
        return "ORG"
    if _WORK_NOUN.search(text, max(0, start - 40), start):
        return "WORK_OF_ART"
    m = _WORK_APPOSITIVE.search(text, max(0, start - 60), start)
    if m is not None and not _PREPOSITION_BEFORE.search(text, max(0, m.start() - 12), m.start()):
        return "WORK_OF_ART"
    return label
