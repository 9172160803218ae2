"""Dates that name a paper or close a source credit (issue 16, events version 12).

"a draft dated June 30, 2010 contained ...", "as defined in PPD-9 of February 12, 2013",
"the report of March 3 found ...": the date tells which paper is meant and when it was
made.  Given to the clause's verb it dated the wrong deed ("contained", "designated"; 3
of 60 events of the fnc_seed37/43 readings, eval/time/judged); the happening it dates is
the paper's making, so the paper's noun is the event (type ``other``, the clause as
summary: "the letter, dated May 3, 2010, was written at the request of ..." -> the
letter, 2010-05-03).  "by letter dated May 3, officials stated ...": the paper is the
instrument of the clause's act, which keeps the date.

"See <headline>, example.com, January 18, 2018." closes a source credit: the date is the
cited piece's, no happening of the story; it dates nothing.  Nor does a date that is part
of a numbered paper's citation ("designated under PPD-21 of February 12, 2013", "builds on
Order 13636 of ..."): it says which paper, as its number does; two independent readers
(seeds 1007 and 1011, events version 26) judged the paper shown as a dated happening, with
the citing clause as its summary, no event.
"""

from __future__ import annotations

import re

from ..time.lexicon import load_yaml

__all__ = ["closes_credit", "cites_symbol", "paper_named"]

_NOUNS = sorted((str(w) for w in load_yaml("predicates.yml")["document_nouns"]), key=len,
                reverse=True)  # fmt: skip
# "a draft dated June 30", "the letter, dated 3 May,"
_DATED = re.compile(r"(?P<noun>[^\W\d_][\w'’-]*)\s*,?\s+dated\s*(?:on\s+|from\s+)?$", re.IGNORECASE)
# "by letter dated", "in an email dated": the paper carries the act of the clause
_INSTRUMENT = re.compile(
    r"\b(?:by|in|via|through)\s+(?:(?:a|an|the|his|her|its|their)\s+)?[a-z-]+\s+dated\s*$",
    re.IGNORECASE,
)
# "the report of March 3", "memos from May 2006"
_NOUN_OF = re.compile(rf"\b(?P<noun>(?i:{'|'.join(_NOUNS)}))\s+(?:of|from)\s+$")
# a symbol with a number: "PPD-9 of", "Order 13636 of", "Resolution 2231 of", "S/2018/12 of"
# (not "H1 of 2017", "Q3 of 2016", "FY2016 of": periods)
_SYMBOL_OF = re.compile(
    r"\b(?![HQ][1-4]\b|FY)"
    r"(?P<noun>[A-Z][A-Za-z]*[-\s]?\d[\w./-]*|[A-Z]{2,}[\w./-]*\d)\s+of\s+$"
)
# a source credit ending with a site name: "<headline>, example.com, January 18, 2018"
_SITE_CREDIT = re.compile(
    r",\s*(?:www\.)?[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|info|gov|edu|news|co\.uk|uk|ru|de|fr|"
    r"ca|us|io)\s*,\s*\Z",
    re.IGNORECASE,
)


def paper_named(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The paper's noun or symbol that the date at ``text[start:end]`` names, or ``None``.

    ``(start, end)`` of the noun in ``text``.  Not the paper a deed is done by: "by letter
    dated May 3, officials stated ..." dates the stating (the letter is its instrument).
    """
    lo = max(0, start - 60)
    before = text[lo:start]
    if _INSTRUMENT.search(before):
        return None
    for rx in (_DATED, _NOUN_OF):
        if (m := rx.search(before)) is not None:
            return lo + m.start("noun"), lo + m.end("noun")
    return None


def closes_credit(text: str, start: int) -> bool:
    """The date at ``start`` closes a source credit ("<headline>, example.com, DATE")."""
    return _SITE_CREDIT.search(text, max(0, start - 80), start) is not None


def cites_symbol(text: str, start: int) -> bool:
    """The date at ``start`` is part of a numbered paper's citation ("PPD-9 of DATE")."""
    return _SYMBOL_OF.search(text, max(0, start - 60), start) is not None
