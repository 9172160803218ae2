"""Blocks of a page that sell something: no sentence of theirs is a claim (issue 15, branch
15bj, claims v90).

Pages carry advertisements inside the article's text: a dealer's pitch after the
writer's signature ("With tensions rising, thousands of savers are moving their pensions
into metals. Now you can too. Learn how with a free info kit. Click here to get yours."),
an affiliate "deals" blurb, a sponsored paragraph with its disclosure line.  Each sentence
but the last reads as an assertion, and was filed as the page author's claim (an
independent reader of claims v88, seed 1049, judged such a row no claim: an
advertisement, not the writer's).

A block is a paragraph (the text between line breaks) that either

- holds a **call to action** ("click here", "order now", "get your free ...", "sign up
  today") together with an **offer** to the reader (something free, a discount, "deals"),
  or
- holds a **disclosure** of paid or affiliate content ("sponsored content", "this post
  contains affiliate links", "we may earn a commission"), or follows a line that only
  labels it ("Sponsored", "Sponsored by ..."), or
- holds an offer ("the best deals are on the first pages") on a page whose disclosure
  says that its links earn the page money: the disclosure may stand anywhere on the page,
  or in the lines the cleaner removed from it (an independent reader of seed 1051 judged
  such an affiliate blurb, filed as the author's opinion, no claim).

A paragraph longer than :data:`_MAX_BLOCK_CHARS` is not taken as one: an article's own
paragraph that points to a free report at its end ("..., the report found. Click here
for the free report.") keeps its claims; only the line with the call to action, which
:mod:`.speech_acts` reads as addressed to the reader, is dropped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["promo_spans"]

#: a paragraph: the text between line breaks
_PARAGRAPH = re.compile(r"[^\n]+")
#: the words that send the reader to buy or sign up
_CALL_TO_ACTION = re.compile(
    r"\b(?:click\s+(?:here|below|the\s+(?:link|button|banner|image))|tap\s+here|"
    r"(?:call|order|buy|shop|act|subscribe|register)\s+(?:now|today)|"
    r"(?:get|claim|request|download|grab|order|receive)\s+(?:your|a|my|our)\s+(?:\w+\s+){0,2}?"
    r"(?:free|complimentary|exclusive)\b|sign\s+up\s+(?:now|today|here|for\s+free)|"
    r"(?:learn|find\s+out)\s+(?:more|how)\b[^.!?\n]{0,80}\bfree\b)",
    re.I,
)
#: what the block offers the reader
_OFFER = re.compile(
    # (not a price: "The fund lost $4 million. Click here for the report." is news)
    r"\b(?:free|discounts?|deals|coupons?|bonus|(?:\d+\s*%|half)\s+off)\b",
    re.I,
)
#: what a page that discloses its affiliate links offers in a paragraph of its own: not a
#: bare "deal" ("the treaty deal"), "free" ("free access to the media") or a price ("$700
#: billion"): the words of a news paragraph
_SALE = re.compile(
    r"\b(?:discounts?|deals|coupons?|bargains?|on\s+sale|free\s+shipping|(?:\d+\s*%|half)\s+off)\b",
    re.I,
)
#: a line that says the page's links earn it money: its offers are the affiliate's pitch
_AFFILIATE = re.compile(
    r"\b(?:(?:contains|includes|uses)\s+affiliate\s+links?|affiliate\s+(?:links?|commissions?|"
    r"disclosure)|(?:we|i)\s+(?:may\s+)?(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?"
    r"(?:share\s+of\s+(?:the\s+)?(?:revenue|sales)|commission))\b",
    re.I,
)
#: a line that says the block is paid for or earns the page a commission
_DISCLOSURE = re.compile(
    # ("sponsored by" only as a line of its own: "training sponsored by the Department")
    r"(?m:^\W*(?:sponsored|promoted)(?:\s+by\b|\W*$))"
    r"|\b(?:sponsored\s+(?:content|post|article|links?)|paid\s+(?:content|post|promotion|"
    r"advertisement|partnership)|advertorial)\b|" + _AFFILIATE.pattern,
    re.I,
)
#: a line that only labels the block below it: "Sponsored", "Sponsored by Tarsel Metals"
_LABEL = re.compile(r"\W*(?:sponsored|promoted)(?:\s+by\b[^\n]{1,60})?\W*", re.I)
#: the longest paragraph read as one block (an advertisement is a few short sentences)
_MAX_BLOCK_CHARS = 700


def promo_spans(text: str, removed: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the paragraphs of ``text`` that sell something
    (see the module docstring), in the order of the text; ``removed`` are the lines the
    cleaner took off the page (an affiliate disclosure among them counts as the page's:
    "sponsored" or "paid" marks only its own paragraph, and a page that says so of one block
    may still report on "trade deals" in another)."""
    affiliate = any(_AFFILIATE.search(r) for r in removed) or bool(_AFFILIATE.search(text))
    if not affiliate and not _OFFER.search(text) and not _DISCLOSURE.search(text):
        return []  # (most pages: one scan or two)
    out: list[tuple[int, int]] = []
    labelled = False
    for m in _PARAGRAPH.finditer(text):
        para = m.group()
        after_label, labelled = labelled, _LABEL.fullmatch(para) is not None
        if len(para) > _MAX_BLOCK_CHARS:
            continue
        if (
            after_label
            or (affiliate and _SALE.search(para) is not None)
            or (_CALL_TO_ACTION.search(para) is not None and _OFFER.search(para) is not None)
            or _DISCLOSURE.search(para) is not None
        ):
            out.append((m.start(), m.end()))
    return out
