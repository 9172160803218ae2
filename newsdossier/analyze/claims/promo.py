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

- holds a **call to action** addressed to the reader, an imperative at a sentence's start
  ("Click here", "Order now", "Sign up today") or the reader's own thing to get ("get your
  free ..."), together with an **offer** to the reader (something free, a discount,
  "deals"), or
- holds a **disclosure** of affiliate content ("this post contains affiliate links", "we
  may earn a commission"), says of itself that it is paid for ("This post is sponsored"),
  opens with a label ("Sponsored content: ..."), is a label line ("Sponsored", "Sponsored
  by" a name and nothing after it), or follows one, or
- holds an offer in the shopper's guide's voice (to "you", the writer's "I", "the best
  deals are on the first pages") on a page whose disclosure says that its links earn the
  page money: the disclosure may stand anywhere on the page, or in the lines the cleaner
  removed from it (an independent reader of seed 1051 judged such an affiliate blurb,
  filed as the author's opinion, no claim).

A paragraph that says who said it ("..., health officials said. Call today to book.") or
quotes someone is news, whatever it offers or whichever words of a disclosure it holds
("The regulator said sponsored content must be labelled"; "Pensioners will get a free bus
pass"): review17 found such paragraphs taken as blocks, their claims lost.

A paragraph that only introduces a video, clip, podcast or episode embedded on the page by
the topic it covers ("This video from Vellorn Science explains what it would take to drain
the lake", "In this episode, we look at how ports are run") is the page's furniture too: its
"explains" names no one's words, and what follows is a question, not a statement (an
independent reader of claims v111, seed 1086, judged such a blurb no claim).  What a video
shows ("This video shows officers beating a man") is a statement and stays.

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
#: where an imperative addressed to the reader stands: a paragraph's or a sentence's start
#: (not "We must act now" or "Voters can register today at any library": news prose)
_SENTENCE_START = (
    r"(?:^|(?<=[.!?])[”\"’]?\s+|:\s+)[“\"]?(?:for\s+more\s+(?:information|details)\b[^.!?\n]{0,80}?,\s+)?"
    r"(?:(?:so|now|please|just|simply|and)\s+)?"
)
#: the words that send the reader to buy or sign up: an imperative at a sentence's start,
#: or the reader's own thing to get ("get your free kit"; "get a free bus pass" is news)
_CALL_TO_ACTION = re.compile(
    _SENTENCE_START + r"(?:click\s+(?:here|below|the\s+(?:link|button|banner|image))|tap\s+here|"
    r"(?:call|order|buy|shop|act|subscribe|register)\s+(?:now|today)|visit\s+\S+\.(?:com|org|net)\b|"
    r"sign\s+up\s+(?:now|today|here|for\s+free)|"
    r"(?:learn|find\s+out)\s+(?:more|how)\b[^.!?\n]{0,80}\bfree\b)"
    r"|\b(?:get|claim|request|download|grab|order|receive)\s+(?:your|my)\s+(?:\w+\s+){0,2}?"
    r"(?:free|complimentary|exclusive)\b",
    re.I | re.M,
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
#: a sale paragraph in the shopper's guide's voice: addressed to the reader, the writer's
#: own "I" or "we", or the guide's verdict on the deals ("the best deals are on page one"); "The
#: two countries signed trade deals" on a page with an affiliate line is news
_SHOPPERS_VOICE = re.compile(
    r"\b(?:[Yy]ou(?:rs?)?|YOU|I|[Mm]y|me|[Ww]e|us|[Oo]ur)\b|\b(?:best|hottest|flash)\s+(?:deals|discounts|bargains)\b"
)
#: a line that says the page's links earn it money: its offers are the affiliate's pitch
_AFFILIATE = re.compile(
    r"\b(?:(?:contains|includes|uses)\s+affiliate\s+links?|affiliate\s+(?:links?|commissions?|"
    r"disclosure)|(?:we|i)\s+(?:may\s+)?(?:earn|receive|get)\s+(?:a\s+)?(?:small\s+)?"
    r"(?:share\s+of\s+(?:the\s+)?(?:revenue|sales)|commission))\b",
    re.I,
)
#: a line that only labels the block below it: "Sponsored", "Sponsored by Tarsel Metals" (a
#: name and nothing after it: "Sponsored by Sen. Ruth Kane, the bill passed" is a sentence)
_LABEL = re.compile(
    r"\W*(?i:sponsored|promoted|advertorial)"
    r"(?:\s+(?i:by)(?:\s+(?:[A-Z0-9][\w.&'’-]*|of|and|the|for|&))+)?\W*"
)
#: a label before the block's first words on its line: "Sponsored content: the shop has ..."
_LABEL_BEFORE = re.compile(
    r"\W*(?:sponsored|promoted|paid)(?:\s+(?:content|post|article|links?|promotion|"
    r"partnership|advertisement))?\s*[:|—–]|\W*advertorial\b",
    re.I,
)
#: a line that says of itself that it is paid for ("This post is sponsored by ...")
_SELF_DISCLOSED = re.compile(
    r"\bthis\s+(?:post|article|content|story|page|feature)\s+(?:is|was|has\s+been)\s+"
    r"(?:sponsored|paid\s+for)\b",
    re.I,
)
#: the words of a label or disclosure: the cheap test that a page may hold one
_SPONSOR_WORD = re.compile(r"\b(?:sponsored|promoted|paid|advertorial|advertisement)\b", re.I)
#: a reporting frame: a paragraph that says who said it is news, whatever it offers ("... for
#: free at the clinic, health officials said. Call today to book.")
_ACCORDING = re.compile(r"\baccording\s+to\b", re.I)
#: a reporting frame's verb: who said it ("..., officials said"); the speech verbs alone, not
#: every verb of the claims' lexicon ("It reveals how metals protect your savings": the kit;
#: "as you read": the reader)
_FRAME_VERB = re.compile(
    r"\b(?:said|says|told|tells|added|adds|stated|states|announced|announces|wrote|writes|"
    r"reported|warned|warns|explained|explains|insisted|insists|argued|argues|claimed|noted|"
    r"notes|confirmed|confirms|declared|declares|testified|acknowledged|admitted|denied|"
    r"denies|replied|asked|urged|urges)\b"
)
#: a quoted passage: someone's words, not the page's pitch
_QUOTED = re.compile(r"“[^”\n]{12,}”|\"[^\"\n]{12,}\"")
#: a paragraph opening on the media the page embeds, by a demonstrative or a pointer to the
#: page ("This video", "The clip below", "In this episode,") with, in its first sentence, a
#: verb of covering followed by a question word: the blurb of what it is about
#: the media a page embeds, as a word
_MEDIA_NOUN = r"(?:video|clip|podcast|episode|documentary|film|segment)s?\b"
_MEDIA = r"(?:short\s+|new\s+|latest\s+)?" + _MEDIA_NOUN
_COVERS = (
    r"(?:explains?|looks?\s+(?:at|into)|examines?|explores?|discuss(?:es)?|"
    r"asks?|considers?|investigates?|answers?(?:\s+the\s+question)?)"
)
_MEDIA_BLURB = re.compile(
    # the media itself the subject ("This video from Vellorn Science explains"), or the
    # page's "we" in it ("In this episode, we look at"); not a person in it ("In this film,
    # Renk explains why he left": his words)
    r"\W*(?:(?:[Tt]his|[Tt]he\s+(?:following|above))\s+" + _MEDIA + r"(?:\s+(?:below|above))?"
    r"(?:\s+(?:from|by|of)\s+[^.!?\n,“”\"]{1,50}?)?\s+(?:also\s+)?"
    r"|In\s+this\s+"
    + _MEDIA
    + r",?\s+(?:we|I)\s+(?:also\s+)?)"
    + _COVERS
    + r"\s+(?:what|how|why|whether|who|where|when|which)\b"
)
#: what a blurb never holds: a finding or an allegation framed after its verb ("..., residents
#: allege", "..., the inquiry found"), a hedge ("allegedly", "reportedly") or a figure ("cut the
#: budget by $2 million"): the words report something, someone's or the page's, and stay (a
#: review of claims v114 found "This video shows how police beat a man ..., residents allege"
#: dropped).  "shows" and "describes" are no blurb's verbs: "This video shows how X beat Y"
#: asserts what the footage holds
_NOT_BLURB = re.compile(
    r"\b(?:alleg\w*|claim\w*|found|finds|concluded|concludes|accus\w*|reported\w*|"
    r"purported\w*|supposed\w*|apparent\w*|possibl\w*|probabl\w*|may|might|could)\b|\d",
    re.I,
)
#: the words of such a blurb: the cheap test that a page may hold one
_MEDIA_WORD = re.compile(r"\b" + _MEDIA_NOUN, re.I)
#: the longest paragraph read as one block (an advertisement is a few short sentences)
_MAX_BLOCK_CHARS = 700


def promo_spans(text: str, removed: Sequence[str] = ()) -> list[tuple[int, int]]:
    """The ``(start, end)`` offsets of the paragraphs of ``text`` that sell something
    (see the module docstring), in the order of the text; ``removed`` are the lines the
    cleaner took off the page (an affiliate disclosure among them counts as the page's:
    "sponsored" or "paid" marks only its own paragraph, and a page that says so of one block
    may still report on "trade deals" in another)."""
    affiliate = any(_AFFILIATE.search(r) for r in removed) or bool(_AFFILIATE.search(text))
    media = _MEDIA_WORD.search(text) is not None
    if not affiliate and not media and not _OFFER.search(text) and not _SPONSOR_WORD.search(text):
        return []  # (most pages: one scan or two)
    out: list[tuple[int, int]] = []
    labelled = False
    for m in _PARAGRAPH.finditer(text):
        para = m.group()
        after_label, labelled = labelled, _LABEL.fullmatch(para) is not None
        if len(para) > _MAX_BLOCK_CHARS:
            continue
        if after_label or labelled or _sells(para, affiliate) or (media and _blurb(para)):
            out.append((m.start(), m.end()))
    return out


def _sells(para: str, affiliate: bool) -> bool:
    """Whether the paragraph ``para`` (no label line) sells something or discloses that it
    is paid for; a paragraph that says who said it, or quotes someone, is news whatever it
    offers ("Pensioners will get a free bus pass, the minister said"; "The regulator said
    sponsored content must be labelled")."""
    sells = (
        (affiliate and _SALE.search(para) is not None and _SHOPPERS_VOICE.search(para) is not None)
        or (_CALL_TO_ACTION.search(para) is not None and _OFFER.search(para) is not None)
        or _LABEL_BEFORE.match(para) is not None
        or _SELF_DISCLOSED.search(para) is not None
        or _AFFILIATE.search(para) is not None
    )  # (the frame's scan last: most paragraphs of a page with "free" sell nothing)
    return sells and not (_framed(para) or _QUOTED.search(para))


def _framed(para: str) -> bool:
    """Whether ``para`` tells who said it: a speech verb (:data:`_FRAME_VERB`) or "according
    to"."""
    return _FRAME_VERB.search(para) is not None or _ACCORDING.search(para) is not None


def _blurb(para: str) -> bool:
    """Whether ``para`` only introduces embedded media by its topic (:data:`_MEDIA_BLURB`):
    one sentence (a second may be the writer's news), no quote and no one else's "said"
    ("This video explains why the port closed, the mayor said" is the mayor's), and nothing
    of :data:`_NOT_BLURB` (a finding, an allegation, a hedge, a figure)."""
    m = _MEDIA_BLURB.match(para)
    return (
        m is not None
        and len(re.findall(r"[.!?](?:\s|$)", para)) <= 1
        and _QUOTED.search(para) is None
        and _ACCORDING.search(para) is None
        and re.search(r"\b(?:said|says|told)\b", para) is None
        and _FRAME_VERB.search(para, m.end()) is None  # (its own "explains" is the blurb's)
        and _NOT_BLURB.search(para) is None
    )
