"""Where another voice's words stand on a page, and whose voice the rest is (issue 15).

Blogs, aggregators and opinion pages reproduce other people's text at length: a block
introduced by a line of its own ("As the Vellorn Ledger reports:", "The following
summary comes from an article posted on Harvan Notes…", "Professor Renk resumes:",
"Here is the text of the order:"), a repost credited at its foot ("Source: Harvan
Notes", "Read more at ...", "Contributed by Ivo Renk of ..."), or nothing at all.
An independent reader's check of the FakeNewsCorpus sample found that more than half of
the wrong claims were such words filed under the page's author or outlet.  So the page
is read at the level of its paragraphs (lines of the clean text):

- an **excerpt** opens at the paragraph after an introducing line -- one that ends
  with ":", "…" or ","  and says that words follow (a reporting verb, "the following",
  "here is the ...", "as follows", "according to") -- and its first paragraph is the
  introduced source's, for certain.  The paragraphs after it, up to the next
  introducing line, credit line or transcript turn (at most
  ``EXCERPT_CONTINUE_PARAS``), may still be the excerpt or the writer again: nothing in
  a plain-text page says where a block quote ends, so their voice is *unknown*;
- the **page's voice** (:func:`page_voice`) is its author's only when the page shows it
  is: a person's byline with no credit line giving the text to someone else.  A blog or
  channel name in the author field is an outlet; a page crediting another outlet
  ("Source: X", "Read more at X", "first ran on X") is that outlet's text; a hat tip
  or "via" credit leaves the voice unknown.

Unknown is a source like the others (``kind`` ``unknown``, no name): a reader can cite
"nobody the page identifies" but never a wrong name.  Offsets are absolute, 0-based,
end-exclusive.
"""

from __future__ import annotations

import bisect
import functools
import re
from dataclasses import dataclass, replace

from ...clean.credits import read_source
from ...clean.lexicon import CALENDAR_NAMES, GENERIC_AUTHORS, WRITER_NOUN_ALT
from ...clean.metadata import has_outlet_word, looks_like_domain
from ...model import Document, Mention
from ..entities.names import country_names, name_key, org_words
from .byline import bylines_conflict, is_personal, is_placeholder, same_writer, writer_byline
from .lexicon import attribution
from .sources import Source, named_in

__all__ = [
    "CREDIT_LINE", "UNKNOWN", "Excerpt", "ExcerptIndex", "find_excerpts", "intro_channel",
    "is_writer", "note_voice", "page_voice", "voice_at",
]  # fmt: skip

#: paragraphs after an excerpt's first whose voice stays unknown (the excerpt may go on);
#: block quotes of the FakeNewsCorpus sample run one to four paragraphs, and a writer
#: resuming after them is not marked in plain text
EXCERPT_CONTINUE_PARAS = 3
#: an introducing line is short: longer paragraphs ending in ":" are the writer's prose
INTRO_MAX_CHARS = 400

UNKNOWN = Source(None, "unknown")
#: the page's writer where no words of the clean text name them (a repost's byline that
#: only the removed furniture holds)
UNNAMED_AUTHOR = Source(None, "author")

_PARA = re.compile(r"[^\n]+")
_REPORT_VERBS = (
    r"reports?|reported|reporting|writes|wrote|written|notes?|noted|explains?|explained|says|said|"
    r"states?|stated|adds?|added|continues?|continued|resumes?|resumed|concludes?|concluded|"
    r"comments?|commented|observes?|observed|argues?|argued|puts?\s+it|tells?\s+us|told|"
    r"recalls?|recalled|describes?|described|summari[sz]es|summari[sz]ed|declares?|declared|"
    r"announced?|announces|warns?|warned|goes\s+on\s+to\s+say|went\s+on|had\s+(?:this|some\s+"
    r"thoughts)|posted|published|tweeted|responded|replied|asked|answered|remarked|stresse[sd]|"
    r"points?\s+out|pointed\s+out|claims?|claimed|insists?|insisted|excerpted|quoted|reads?"
)
_DOC_NOUNS = (
    r"report|article|statement|text|verbiage|description|transcript|excerpt|release|order|"
    r"letter|passage|summary|audio|tape|highlights|model|post|piece|story|quote|words|message|"
    r"memo|e-?mail|tweet|notice|announcement|bill|law|decree|declaration|speech|testimony|"
    r"interview|study|paper|abstract|op-ed|editorial|column|document|filing|complaint|ruling|"
    r"opinion|recap|re-cap|rundown|breakdown|wording|language|clause|section|provision"
)
_CUE = re.compile(
    rf"\b(?:{_REPORT_VERBS})\b|\b(?:the\s+following|as\s+follows|according\s+to|in\s+full)\b"
    rf"|\bhere(?:[’']s|\s+is|\s+are)\b[^:…]{{0,120}}?\b(?:{_DOC_NOUNS}|what)\b",
    re.I,
)
#: introducing lines that announce a list or the writer's own matter, not another's words
_NOT_INTRO = re.compile(
    r"\b(?:here\s+are\s+(?:a\s+few|some|the\s+(?:top|best|main))|following\s+(?:places|steps|"
    r"ways|tips|items|questions)|(?:key|major|top)\s+(?:players|manufacturers|competitors)|"
    r"table\s+of\s+contents?)\b",
    re.I,
)
#: the page's own matter set out below a line that names no source: "The principle is
#: described in the algorithm below:" (independent readers of claims v88, seed 1050,
#: found the page's own lines after it with an unknown voice)
_OWN_MATTER = re.compile(
    r"\b(?:described|shown|explained|outlined|illustrated|listed|set\s+out|detailed)\s+"
    r"(?:in\s+(?:the|this)\s+(?:algorithm|table|chart|graph|diagram|list|graphic|image|"
    r"figure|infographic|scheme|steps)\s+)?below\b",
    re.I,
)
_ENDS_INTRO = re.compile(r"(?:[:…]|\.\.\.|,)\s*$")
#: a proper name as an introducing line writes it: "the Vellorn Ledger", "Harvan Notes",
#: "Professor Renk", "example.com"
_NAME = (
    r"(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|org|net|info|co|uk|news|io)\b"
    r"|(?-i:[A-Z][\w&.’'-]*)(?:\s+(?:of|for|and|the|de|du|al|on)?\s*(?-i:[A-Z][\w&.’'-]*)){0,5})"
)
#: a line that is only the heading of a work's excerpt: "The Harvan Post has excerpted part
#: of Renk's new book on the tolls:", "Here is an excerpt from Ivo Renk's memoir, via X:"
#: -- the writer of the work, whoever published the excerpt (independent readers of claims
#: v106 found such a book's passage shown with an unknown voice).  The excerpt heads the
#: line and the work runs to its colon: "Asked about an excerpt from X's book, Y's office
#: sent this reply:" or "excerpted parts of X's interview with Y:" introduce someone else's
#: words (a review of claims v112)
_EXCERPT_INTRO = re.compile(
    rf"\s*(?:(?-i:[A-Z][\w&.’'-]*)(?:\s+(?-i:[A-Z][\w&.’'-]*)){{0,5}}\s+(?:has\s+|have\s+|had\s+)?"
    rf"excerpted\s+(?:(?:part|parts|some|a\s+portion)\s+)?"
    rf"|(?:here\s+is|here[’']s|below\s+is|the\s+following\s+is)\s+an?\s+excerpt\s+"
    rf"|(?:here\s+are|below\s+are|the\s+following\s+are)\s+(?:some\s+)?excerpts\s+)"
    rf"(?:of|from)\s+(?P<src>{_NAME})[’']s\s+(?:[\w-]+\s+){{0,2}}(?:book|memoir|biography|"
    rf"novel|{_DOC_NOUNS})(?:\s+on\s+[^:,;]*?)?(?:,\s*via\s+[^:,;]*?)?\s*:\s*$",
    re.I,
)
#: words of a line that answers, asks about or reports an exchange with the work's writer
_NOT_EXCERPT_INTRO = re.compile(
    r"\b(?:asked|in\s+response|response|reply|replied|interview(?:ed)?\s+with)\b", re.I
)
_SOURCE_PATTERNS = (
    # "comes from an article that was posted on Harvan Notes", "taken from the Ledger"
    re.compile(
        rf"\b(?:comes?|came|is|was|are|were|taken|excerpted|adapted|quoted|reprinted)\s+from\s+"
        rf"(?:(?:an?|the|this|that)\s+)?(?:(?:[\w-]+\s+){{0,2}}(?:{_DOC_NOUNS})\s+"
        rf"(?:that\s+was\s+|which\s+was\s+)?(?:(?:posted|published|written|released|issued|"
        rf"run|aired)\s+)?(?:on|in|at|by|from)\s+)?(?:the\s+)?(?P<src>{_NAME})",
        re.I,
    ),
    # "As the Ledger reports", "As Professor Renk put it"
    re.compile(
        rf"\b[Aa]s\s+(?:the\s+)?(?P<src>{_NAME})\s+(?:(?:has|had|also|recently)\s+)?"
        rf"(?:{_REPORT_VERBS})\b"
    ),  # fmt: skip
    # "according to (a report from) the Ledger"
    re.compile(
        rf"\baccording\s+to\s+(?:(?:an?|the)\s+(?:[\w-]+\s+)?(?:{_DOC_NOUNS})\s+(?:from|by|in|on)\s+)?"
        rf"(?:the\s+)?(?P<src>{_NAME})",
        re.I,
    ),
    # "Here is an NPR article ...", "Here's the Ledger report"
    re.compile(
        rf"\b[Hh]ere(?:[’']s|\s+is|\s+are)\s+(?:an?\s+|the\s+)?(?P<src>{_NAME})(?:[’']s)?\s+"
        rf"(?i:{_DOC_NOUNS})\b"
    ),  # fmt: skip
    # "I got the following press release from the Harvan Council"
    re.compile(
        rf"\bthe\s+following\s+(?:[\w-]+\s+){{0,3}}from\s+(?:the\s+)?(?P<src>{_NAME})", re.I
    ),
    # "Professor Renk resumes:", "CoinDesk reported:", "Renk, a fellow at X, wrote:"
    re.compile(
        rf"^(?:[\w’'-]+\s+){{0,3}}?(?:the\s+)?(?P<src>{_NAME})(?:,[^,:]{{1,120}},)?\s+"
        rf"(?:(?:has|had|also|then|later|recently)\s+)?(?:{_REPORT_VERBS})\b",
        re.M,
    ),  # fmt: skip
)
#: words that start a proper-name match but name nobody
_NOT_SOURCE = frozenset(
    ["i", "we", "he", "she", "they", "it", "this", "that", "here", "there", "the", "as", "and",
     "but", "so", "in", "on", "at", "for", "a", "an", "you", "our", "my", "his", "her", "their",
     "its", "following", "what", "which", "who", "then", "now", "also", "one", "some", "many"]
)  # fmt: skip
_TITLES = frozenset(["professor", "prof", "dr", "mr", "mrs", "ms", "sen", "senator", "rep",
                     "president", "minister", "general", "gen", "judge", "justice", "rev"])  # fmt: skip
_TURN = re.compile(r"^[A-Z][\w.’'-]*(?:\s+[A-Z][\w.’'-]*){0,3}:\s+\S")
_CREDIT = re.compile(
    r"^[ \t]*\(?(?:source|sources|via|h/t|hat\s+tip|read\s+more|continue\s+reading|originally|"
    r"this\s+(?:article|story|post|column|piece)\s+(?:was\s+)?(?:originally|first)|"
    r"republished|reprinted|contributed\s+by|delivered\s+by|courtesy\s+of|article\s+source|"
    r"read\s+the\s+(?:full|rest|original))\b",
    re.I,
)
#: a credit line anywhere in a text (a transcript's turn ends at it)
CREDIT_LINE = re.compile(_CREDIT.pattern, re.I | re.M)
#: "Read more at X", "This column first ran on X", "Originally published at X"
_CREDIT_OUTLET = re.compile(
    r"^\s*(?:read\s+more|continue\s+reading|read\s+the\s+(?:full|rest\s+of\s+the|original)"
    r"(?:\s+(?:article|story|post|piece))?|(?:this\s+(?:article|story|post|column|piece)\s+)?"
    r"(?:was\s+)?(?:originally|first)\s+(?:published|appeared|posted|ran)|article\s+source)"
    r"\s*(?:at|on|in|by|:)\s*:?\s*(?P<src>[^\n]{2,80}?)\s*[.:]?\s*$",
    re.I,
)
_WRITER_AT = re.compile(
    r"(?P<who>(?-i:[A-Z][\w.’'-]*)(?:\s+(?-i:[A-Z][\w.’'-]*)){1,3})\s+(?:at|of|on)\s+\S", re.I
)
_CONTRIBUTED = re.compile(
    r"^\s*contributed\s+by\s+(?P<who>[^\n]{2,80}?)(?:\s+of\s+(?P<of>[^\n]{2,80}?))?\s*\.?\s*$",
    re.I,
)
#: a first-person singular word of the writer: "I", "I'm", "my", "me"
_FIRST_PERSON_WORD = re.compile(r"(?:^|[\s(])(?:I|I[’']m|I[’']ve|I[’']d|my|me)(?=[\s,.;:!?)])")
#: a first person of either number, as a line of one's own prose says it
_WE = re.compile(r"\b(?:I|[Ww]e|[Oo]ur|[Uu]s|[Mm]e|[Mm]y)\b")


@dataclass(frozen=True, slots=True)
class Excerpt:
    """Words of another voice on the page.

    ``start``..``certain`` is the source's for sure (the paragraph after the
    introducing line); ``certain``..``end`` may be the source's or the writer's
    again, so its voice is unknown.  ``source`` is ``None`` when the introducing line
    names nobody ("Here is the text:").
    """

    intro: tuple[int, int]
    start: int
    certain: int
    end: int
    source: Source | None
    #: the channel the introducing paragraph names for the source's words ("commented
    #: on Tarnbook:", "wrote in the Harvan Review as follows:"), or ``None``
    via: Source | None = None
    #: a reprinted paper (:func:`_reprinted_paper`): its voice stands where the page's
    #: would ("we postulate", unattributed words), but its sentences are not each filed
    #: as its statements as the paragraph after "X reports:" is
    reprint: bool = False


def _paragraphs(text: str) -> list[tuple[int, int]]:
    out = []
    for m in _PARA.finditer(text):
        a, b = m.span()
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if b > a:
            out.append((a, b))
    return out


_STRONG_CUE = re.compile(
    r"\b(?:the\s+following|as\s+follows|comes?\s+from|came\s+from|excerpt(?:ed)?|in\s+full)\b"
    r"|\bhere(?:[’']s|\s+is|\s+are)\b",
    re.I,
)
_LAST_SENTENCE = re.compile(r"(?<=[.!?…])\s+(?=[A-Z“\"])")


def _is_intro(line: str) -> bool:
    line = line.strip()
    if not _ENDS_INTRO.search(line):
        return False
    if len(line) > INTRO_MAX_CHARS:
        # a long paragraph may still close on an introduction ("... Lehman Brothers. The
        # following summary comes from an article posted on X…"), when it says so plainly
        last = _LAST_SENTENCE.split(line)[-1]
        return len(last) <= INTRO_MAX_CHARS and _STRONG_CUE.search(last) is not None
    if _TURN.match(line) and line.endswith(("…", "...")):
        return False  # "Renk: I said so…": a transcript turn, not an introduction
    if _NOT_INTRO.search(line):
        return False
    # the cue must stand in the line's last sentence: "... prosperity. The following comes
    # from X…" introduces; an earlier sentence's "said" does not
    last = _LAST_SENTENCE.split(line)[-1]
    if line.endswith(","):
        # only "As the Ledger reports (via a translation)," introduces with a comma
        return (
            len(last) <= 160
            and re.match(r"(?:As|Just as)\s", last) is not None
            and (_CUE.search(last) is not None)
        )
    if not line.endswith(":"):
        # "…" closes many a writer's own paragraph ("Time will tell…"): only an explicit
        # "the following comes from X…" / "here is the report…" introduces
        return _STRONG_CUE.search(last) is not None
    return _CUE.search(last) is not None


def _source_kind(name: str, mentions: list[Mention], a: int, b: int) -> tuple[str, bool]:
    """(kind, person) of a source an introducing line names."""
    inside = [m for m in mentions if m.start < b and a < m.end]
    words = name_key(name).split()
    if any(m.label == "PERSON" for m in inside) or (words and words[0] in _TITLES):
        return "named", True
    if looks_like_domain(name) or has_outlet_word(name) or set(words) & attribution().media:
        return "outlet", False
    if set(words) & org_words():
        return "named", False
    return "outlet" if any(m.label == "ORG" for m in inside) else "named", False


#: a repost's head line of its own naming the outlet the text is taken from: "from VNN",
#: "From the Harvan Post"
_FROM_LINE = re.compile(rf"[ \t]*(?:[Ff]rom|FROM)\s+(?:the\s+)?(?P<src>{_NAME})[ \t]*$")


def _from_line(text: str, a: int, b: int, mentions: list[Mention]) -> Source | None:
    """The outlet of a line that is only "from <outlet>" before a reposted text ("from
    VNN" and then the outlet's report): an outlet by its words or its tag, or an acronym
    -- never a place, a person or a date ("From Tarnland", a dateline's heading).  A
    reader of claims v67 found the reposted report's statements with no via."""
    m = _FROM_LINE.fullmatch(text, a, b)
    if m is None:
        return None
    name = m.group("src").strip(" .,:;…")
    key = name_key(name)
    if not key or key.split()[0] in _NOT_SOURCE or name in _MONTHS_DAYS:
        return None
    s0 = m.start("src")
    inside = [x for x in mentions if x.start < s0 + len(name) and s0 < x.end]
    acronym = re.fullmatch(r"[A-Z]{2,6}", name) is not None and key not in country_names()
    # (the tagger calls many a broadcaster's acronym a place: an acronym no country's)
    refused = ("PERSON", "LOC", "NORP", "DATE", "EVENT") if acronym else (
        "PERSON", "GPE", "LOC", "NORP", "DATE", "EVENT")  # fmt: skip
    if any(x.label in refused for x in inside):
        return None
    kind, _ = _source_kind(name, mentions, s0, s0 + len(name))
    if kind != "outlet" and not acronym:
        return None
    return Source(name, "outlet", s0, s0 + len(name), s0, s0 + len(name), None, key, False)


def _intro_source(text: str, a: int, b: int, mentions: list[Mention]) -> Source | None:
    line = text[a:b]
    last_start = a + len(line) - len(_LAST_SENTENCE.split(line)[-1])
    excerpt = _EXCERPT_INTRO.match(text, last_start, b)
    if excerpt is not None and not _NOT_EXCERPT_INTRO.search(text, last_start, b):
        src = _named_source(excerpt, mentions)
        if src is not None:
            return src
    for pat in _SOURCE_PATTERNS:
        for m in pat.finditer(text, last_start, b):
            src = _named_source(m, mentions)
            if src is not None:
                return src
    return None


def _named_source(m: re.Match[str], mentions: list[Mention]) -> Source | None:
    """The source an introducing pattern's ``src`` group names, or ``None`` for a word
    that names no one ("the", "this")."""
    name = m.group("src").strip(" .,:;…")
    key = name_key(name)
    if not key or key.split()[0] in _NOT_SOURCE:
        return None
    s0 = m.start("src")
    kind, person = _source_kind(name, mentions, s0, s0 + len(name))
    return Source(name, kind, s0, s0 + len(name), s0, s0 + len(name), None, key, person)


class ExcerptIndex:
    """The excerpts of one document, looked up by offset."""

    def __init__(self, excerpts: list[Excerpt]) -> None:
        self.excerpts = excerpts
        self._starts = [e.start for e in excerpts]

    def at(self, pos: int) -> Excerpt | None:
        k = bisect.bisect_right(self._starts, pos) - 1
        if k >= 0 and self.excerpts[k].start <= pos < self.excerpts[k].end:
            return self.excerpts[k]
        return None

    def source_at(self, pos: int) -> Source | None:
        """The source of the words at ``pos`` when they are an excerpt's: its source in
        its certain part (``UNKNOWN`` when it names none), ``UNKNOWN`` after it; ``None``
        outside every excerpt."""
        e = self.at(pos)
        if e is None:
            return None
        if pos < e.certain and e.source is not None:
            return e.source
        return UNKNOWN


#: a paragraph that opens by commenting on the words before it: "In other words, ...",
#: "As you can see, ...", "Note that ...", "This claim ..." -- the writer's, not the block's
_COMMENT_OPENING = re.compile(
    r"[\W_]*(?:in\s+other\s+words|as\s+you\s+can\s+see|as\s+we\s+can\s+see|note\s+that|"
    r"notice\s+that|to\s+put\s+it\s+(?:simply|plainly|bluntly)|translation\s*:|"
    r"(?:this|that|these|those)\s+(?:claims?|assertions?|statements?|words|remarks?|"
    r"comments?|excerpts?|passages?|quotes?)\b)",
    re.I,
)


#: a text named by its outlet, as a writer names what they read: "the Kurblatt fact
#: check", "the Harvan Post article"
_TEXT_BY_NAME = re.compile(
    r"\b(?-i:the)\s+(?:(?-i:[A-Z])[\w’'.-]*\s+){1,3}(?:fact[\s-]check|report|article|story|"
    r"piece|editorial|column|op-ed)\b"
)


def _own_matter(line: str) -> bool:
    """Whether ``line`` sets out the page's own matter below it ("The principle is
    described in the algorithm below:"): never a line in the first person, whose "we"
    sets out its own steps ("The steps we will take are outlined below:")."""
    return _OWN_MATTER.search(line) is not None and _WE.search(line) is None


def _writer_resumes(line: str, src: Source | None) -> bool:
    """Whether a paragraph after a block's first is the writer again, commenting on it:
    an opening that comments on the words before ("In other words, ...", "This claim
    ..."), or a person's block whose person the paragraph names by surname ("Renk is
    probably wrong ..."; a person does not name himself in his own prose).  Our reading
    of seed 588 found such a writer's sentence shown with an unknown voice."""
    if _COMMENT_OPENING.match(line):
        return True
    if _own_matter(line) and not (src is not None and src.person):
        # the page setting out its own matter: "... is described in the table below:" -- a
        # person's letter sets out his own steps too ("The steps we will take are outlined
        # below:" goes on in his voice: the review of claims v92)
        return True
    if src is not None and not src.person and _TEXT_BY_NAME.search(line):
        # an outlet's block: "The only thing the Kurblatt fact check disputes is ..." --
        # the writer weighing the texts against each other (independent readers of claims
        # v88, seed 1049, found the writer's next paragraphs with an unknown voice)
        return True
    if src is None or not src.person or not src.name:
        return False
    surname = src.name.split()[-1].strip(".,’'")
    return len(surname) > 2 and re.search(rf"\b{re.escape(surname)}\b", line) is not None


#: a podcast's or an interview's introduction with no colon: "Ivo Renk of Harvan
#: Capital joins the podcast to discuss gold.", "Mara Voss sits down with us to talk
#: about the tolls." -- the paragraphs after it are the guest's words, not the writer's
_SHOW_CUE = re.compile(
    r"\b(?:joins?|joined|joining)\s+(?:us|me|the\s+(?:show|podcast|program|programme|"
    r"broadcast|interview|conversation))\b|\bsits?\s+down\s+with\s+(?:us|me)\b"
    r"|\b(?:is|was)\s+(?:our|today[’']s|this\s+week[’']s)\s+(?:guest|interviewee)\b"
    # a transcript the page introduces: "We begin with Professor Renk providing some
    # background.", "Professor Renk had some thoughts there, too." (independent readers of
    # claims v81, seed 1038, found the guest's words after such lines filed as the writer's)
    # -- a person speaking, not a topic ("We begin with Ivo Renk's resignation on Monday."
    # and "Renk had some thoughts on this." introduce no one: the review of claims v86)
    r"|\b(?:we|let[’']s)\s+(?:begin|start|open|continue)\s+with\s+(?=(?:(?-i:[A-Z])[\w.-]*\s+)"
    r"{1,4}(?:providing|discussing|talking|speaking|explaining|giving|offering|who)\b)"
    r"|\b(?:had|has|offers?|offered|shares?|shared)\s+(?:some|a\s+few|more|these)\s+"
    r"(?:thoughts|words|comments|remarks)\s+(?:there|as\s+well)?"
    r"(?:,?\s*(?:too|also))?\s*[.:]?\s*$",
    re.I | re.M,
)


def _show_intro(text: str, a: int, b: int, mentions: list[Mention]) -> tuple[Source | None] | None:
    """``(guest,)`` when the paragraph ``a``..``b`` introduces a podcast or interview
    guest without a colon (``_SHOW_CUE``, in a short paragraph): the one person it
    names, or ``None`` when it names none or several (the voice then stays unknown,
    never the writer's).  ``None`` for any other paragraph.  Our reading of seed 588 found
    a guest's words after such an introduction filed under the page's writer."""
    line = text[a:b]
    if len(line) > INTRO_MAX_CHARS or not _SHOW_CUE.search(line) or line.rstrip().endswith("?"):
        return None
    people = {name_key(m.text): (m.start, m.end) for m in mentions
              if a <= m.start < b and m.label == "PERSON"}  # fmt: skip
    lead = _GUEST_LEAD.match(text, a, b)
    if lead and not any(m.start < lead.end("n") and lead.start("n") < m.end for m in mentions):
        # a guest the tagger missed: the capitalised words that open the introduction
        # ("Ivo Renk of Harvan Capital joins ..."), when no mention's name they are (and
        # one more person: "Ivo Renk and Mara Voss join ..." has two voices)
        people[name_key(lead.group("n"))] = lead.span("n")
    if len(people) != 1:
        return (None,)
    x, y = next(iter(people.values()))
    name = text[x:y]
    return (Source(name, "named", x, y, x, y, None, name_key(name), True),)


#: a person's name opening a guest's introduction: two or three capitalised words and
#: then "of", "from", a comma or the cue's verb
_GUEST_LEAD = re.compile(
    r"(?!The\b)(?P<n>(?-i:[A-Z][a-z’'-]+)(?:\s+(?-i:[A-Z][a-z’'-]+)){1,2})"
    r"(?=\s+(?:of|from|and|joins|joined|is|was)\b|,)"
)


#: a written work (not a tweet, statement or message of :data:`_DOC_NOUNS`, whose short
#: line is the whole of what was said)
_WORK = r"(?:book|memoir|article|column|essay|op-ed|editorial|piece|chapter)s?"
#: an introducing line whose block is a written work, which may open on its title: "the
#: following column:", "this column", "wrote a piece for the Harvan Post:", "sent this
#: column to ...:" -- not a work talked of ("said of the article:", "wrote about a
#: column", "said in an article on Monday:": a review of claims v112 found the writer's
#: title line and prose credited to the sayer)
_WORK_INTRO = re.compile(
    rf"\b(?:(?:the\s+following|this|these)\s+(?:[\w-]+\s+){{0,2}}{_WORK}"
    rf"|(?:wrote|writes|penned|pens|filed|files|published|publishes|sent|sends|contributed)\s+"
    rf"(?:an?|this|these|the\s+following)\s+(?:[\w-]+\s+){{0,2}}{_WORK})\b"
    rf"(?!\s+(?:of|about|on)\b)",
    re.I,
)
#: a title line: short, no sentence's closing mark
_TITLE_LINE = re.compile(r"[^\n]{3,120}(?<![.!?:;,…])")


def _titled_work(
    text: str, intro: tuple[int, int], first: tuple[int, int], nxt: list[tuple[int, int]]
) -> bool:
    """Whether the block after ``intro`` opens on the title of the work the line names
    ("... has excerpted part of Renk's new book:" and then "How The Tolls Broke Harvan"):
    the title is no sentence, and the block's first paragraph of prose, right after it,
    is the work's for certain (independent readers of claims v106 found such a book's
    first paragraphs with an unknown voice).  Only a line in title case ("How The Tolls
    Broke Harvan (Guest Column)"), after a line naming a book, article or column: a
    tweet's short line ("We will win") is the whole of what was said."""
    if not nxt or not _introduces_work(text, *intro):
        return False
    line = text[first[0] : first[1]]
    nline = text[nxt[0][0] : nxt[0][1]]
    if (
        not _TITLE_LINE.fullmatch(line)
        or _is_intro(nline)
        or _CREDIT.match(nline)
        or _TURN.match(nline)
    ):
        return False
    words = [w for w in re.findall(r"[^\W\d_][\w’'-]*", line) if len(w) > 3]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) * 3 >= len(words) * 2


def _introduces_work(text: str, a: int, b: int) -> bool:
    """Whether the introducing line ``text[a:b]`` gives its block to a written work: its
    last sentence is an excerpt's heading (:data:`_EXCERPT_INTRO`) or hands the block
    over as a work (:data:`_WORK_INTRO`), with no verb of saying before the work."""
    line = text[a:b]
    last = a + len(line) - len(_LAST_SENTENCE.split(line)[-1])
    if _EXCERPT_INTRO.match(text, last, b) and not _NOT_EXCERPT_INTRO.search(text, last, b):
        return True
    m = _WORK_INTRO.search(text, last, b)
    return m is not None and not _SAID_BEFORE.search(text, last, m.start())


#: a verb of saying: a work named after it is talked of, not handed over
_SAID_BEFORE = re.compile(
    r"\b(?:said|says|say|told|tells|added|asked|wrote\s+(?:of|about|in))\b", re.I
)


def find_excerpts(text: str, mentions: list[Mention]) -> ExcerptIndex:
    """Every excerpt of ``text`` (see module docstring), in order."""
    paras = _paragraphs(text)
    ms = sorted(mentions, key=lambda m: m.start)
    out: list[Excerpt] = []
    i = 0
    while i < len(paras) - 1:
        a, b = paras[i]
        show = _show_intro(text, a, b, ms)
        repost = None if show else _from_line(text, a, b, ms)
        if not show and repost is None and not _is_intro(text[a:b]):
            i += 1
            continue
        src = show[0] if show else repost or _intro_source(text, a, b, ms)
        if src is None and not show and _own_matter(text[a:b]):
            i += 1
            continue
        prev = out[-1] if out else None
        if src is None and prev is not None and prev.start <= a < prev.certain:
            src = prev.source  # "Here's a re-cap ...:" inside the article it introduces
        first = paras[i + 1]
        if src is None and not show and _own_matter(text[first[0] : first[1]]):
            # "Here is some data:" and then "... is described in the table below:": what
            # the line introduced is not in the text (a table, an image); the writer goes on
            i += 1
            continue
        k = i + 2 if _titled_work(text, (a, b), first, paras[i + 2 : i + 3]) else i + 1
        certain = paras[k][1]
        end, j = certain, k + 1
        while j < len(paras) and j <= k + EXCERPT_CONTINUE_PARAS:
            pa, pb = paras[j]
            line = text[pa:pb]
            if _is_intro(line) or _CREDIT.match(line) or _TURN.match(line):
                break
            if (src is None or not src.person) and _FIRST_PERSON_WORD.search(line):
                break  # the writer again: "As I wrote last week, ..." (an outlet's excerpt
                # speaks in the third person; a person's may say "I" throughout)
            if _writer_resumes(line, src):
                break
            end, j = pb, j + 1
        if prev is not None and prev.end > a:  # a new introduction ends the previous excerpt
            out[-1] = Excerpt(
                prev.intro, prev.start, min(prev.certain, a), a, prev.source, prev.via
            )
        via = intro_channel(text, a, b, ms, src) if src is not None and src.name else None
        out.append(Excerpt((a, b), paras[k][0], certain, end, src, via))
        i += 1
    paper = _reprinted_paper(text, paras)
    if paper is not None:
        # the paper's words run to the page's end: every excerpt inside it is cut away
        out = [e for e in out if e.intro[1] <= paper.intro[0]]
        if out and out[-1].end > paper.intro[0]:
            e = out[-1]
            cut = paper.intro[0]
            out[-1] = Excerpt(e.intro, e.start, min(e.certain, cut), cut, e.source, e.via)
        out.append(paper)
    return ExcerptIndex(out)


#: a journal's citation line: "Harvan Medical Journal, Vol. 12, No. 3, May 2017, pages
#: 20-22", "... 2016;79:2578-87, doi: ..."
_CITATION = re.compile(
    r"\bVol(?:ume)?\.?\s*\d+\b.{0,80}?(?:\bNo\.?\s*\d+|\bpages?\b|\bpp?\.\s*\d)", re.I
)
#: an academic degree after an author's name: "Ivo Renk, MD, PhD"
_DEGREE = re.compile(r"^(?:MD|PhD|MSc|BSc|MPH|MA|BA|MS|RN|DVM|DrPH|FRCPC|FRCP|MBBS|MBA|DPhil)$")


def _reprinted_paper(text: str, paras: list[tuple[int, int]]) -> Excerpt | None:
    """A journal article reprinted on the page: a citation line ("<Journal>, Vol. 59,
    No. 6, ... page(s) ...") with an authors line of names and degrees ("Ivo Renk, MSc,
    Mara Voss, MD, PhD") right after it.  The rest of the page is the paper's (its
    "we postulate that ..." is its authors', not the blog's that reposted it): the
    source is the paper, named by its title (the short line before the citation) as a
    ``document``.  A reader of claims v67 (seed 1025) found such a "we" filed under the
    reposting blog.  ``None`` without both lines (precision first)."""
    for k, (a, b) in enumerate(paras[:-2]):
        if b - a > 300 or not _CITATION.search(text, a, b):
            continue
        authors = next(
            (j for j in (k + 1, k + 2) if j < len(paras) - 1 and _authors_line(text, *paras[j])),
            None,
        )
        if authors is None or k == 0:
            return None
        ta, tb = paras[k - 1]
        title = text[ta:tb]
        if tb - ta > 200 or title.rstrip().endswith((".", "!", "?")):
            return None
        src = Source(title, "document", ta, tb, key=name_key(title))
        first = paras[authors + 1]
        end = paras[-1][1]
        return Excerpt((a, paras[authors][1]), first[0], end, end, src, reprint=True)
    return None


def _authors_line(text: str, a: int, b: int) -> bool:
    """Whether a paragraph is a paper's authors: names with degrees, two degrees at least
    and every other comma-separated part a capitalised name of two to four words."""
    if b - a > 400:
        return False
    parts = [p.strip() for p in text[a:b].split(",") if p.strip()]
    degrees = sum(1 for p in parts if _DEGREE.match(p))
    names = [p for p in parts if not _DEGREE.match(p)]
    return (
        degrees >= 2
        and bool(names)
        and all(re.fullmatch(r"[A-Z][\w’'.-]+(?:\s+[A-Z][\w’'.-]*){1,3}", p) for p in names)
    )


#: a channel named in an introducing paragraph: a verb of writing with "in", "on" or
#: "for" ("wrote in the Harvan Review", "posted on Tarnbook", "writing for Vellorn
#: Weekly"), a verb of saying with "on" ("commented on Tarnbook:"), a reporter's "for"
#: ("reporting for the Harvan Post", "took a look for Vellorn Weekly"); then a
#: capitalised name of up to five words
_CH_NAME = r"(?:the\s+)?(?P<ch>(?-i:[A-Z][\w’'&.-]*)(?:\s+(?-i:[A-Z][\w’'&.-]*)){0,4})"
_INTRO_CHANNEL = re.compile(
    r"\b(?:(?:wrote|writes|written|writing|posted|posts|published|an?\s+(?:article|piece|"
    r"column|essay|op-ed))\s+(?:in|on|for)"
    r"|(?:commented|comments|tweeted|tweets|said|says|posted|wrote|writes)\s+on"
    r"|(?:reported|reports|reporting|look)\s+for)\s+" + _CH_NAME,
    re.I,
)
#: mention labels of a name that is no channel: a person (the topic: "commented on
#: Renk"), a place ("said on Capitol Hill"), a time, a language ("wrote in Vellornian")
_NOT_CHANNEL_LABELS = frozenset(
    {"PERSON", "GPE", "LOC", "NORP", "FAC", "DATE", "TIME", "EVENT", "LANGUAGE", "LAW"}
)
_MONTHS_DAYS = CALENDAR_NAMES


def intro_channel(
    text: str, a: int, b: int, mentions: list[Mention], src: Source | None
) -> Source | None:
    """The channel the introducing paragraph ``a``..``b`` names for its source's words:
    the one name after "wrote in", "commented on", "reporting for" ... (see
    ``_INTRO_CHANNEL``) that is no person, place, time or language by the tagger and not
    the source's own name; ``None`` when there is none or more than one (precision
    first).  Independent readers of claims v67 (seeds 1024, 1027) found a person's block
    introduced by "commented on <platform>:" or "wrote in <magazine> as follows:" with
    no channel."""
    found: dict[str, Source] = {}
    for m in _INTRO_CHANNEL.finditer(text, a, b):
        x, y = m.span("ch")
        name = re.sub(r"[’']s$", "", text[x:y]).rstrip(".")
        words = name.split()
        while words and words[-1].lower() in _MONTHS_DAYS:
            words.pop()  # "posted on Tarnbook Monday": the day is no part of the name
        if not words or words[0].lower() in _NOT_SOURCE or words[0].lower() in _MONTHS_DAYS:
            continue
        name = " ".join(words)
        y = x + len(name)
        if text[x:y] != name:
            continue  # the name's words spanned a line or double space: not one name
        if any(mm.start < y and x < mm.end and mm.label in _NOT_CHANNEL_LABELS for mm in mentions):
            continue
        key = name_key(name)
        if not key or (src is not None and src.key and set(key.split()) & set(src.key.split())):
            continue  # the source itself ("Renk wrote in Renk's Notes")
        found[key] = Source(name, "outlet", x, y, x, y, None, key)
    return next(iter(found.values())) if len(found) == 1 else None


def _author_name_kind(name: str) -> str:
    """ "author" for a person's name; "outlet" for a blog or channel in the author field
    ("The Harvan Daily", "Renk Blog", "Vellorn Foundation").  Blog names made of plain
    words ("Freedom Lantern") stay "author": a rule on common English words caught 14 of
    them on the FakeNewsCorpus sample's 125 author fields but also people whose names
    are words ("Harvey", "Mara Quill"), and a person filed as an outlet misleads more."""
    words = name_key(name).split()
    if (
        name.lower().startswith(("the ", "a "))
        or has_outlet_word(name)
        or set(words) & org_words()
        or looks_like_domain(name)
        or " - " in name
    ):
        return "outlet"
    return "author"


def _credit_voice(doc: Document) -> Source | None:
    """The voice a credit line of the page gives its text to, ``UNKNOWN`` for a hat tip,
    or ``None`` (no credit line)."""
    lines = [ln.strip() for ln in doc.text.splitlines() if ln.strip()]
    tail = lines[-6:]
    removed = [r.text.strip() for r in doc.removed if len(r.text) <= 200]
    for line in tail + removed:
        c = _CONTRIBUTED.match(line)
        if c is not None:
            who = c.group("who").strip()
            if _author_name_kind(who) == "author" and len(who.split()) <= 4:
                return Source(who, "author", key=name_key(who), person=True)
            outlet = who  # "Contributed by The Harvan Daily of www.example.org."
            return Source(outlet, "outlet", key=name_key(outlet))
        o = _CREDIT_OUTLET.match(line)
        if o is not None and o.group("src").strip():
            name = o.group("src").strip().rstrip(".")
            name = re.sub(r"^by\s+", "", name, flags=re.I)
            at = _WRITER_AT.match(name)
            if at is not None and _author_name_kind(at["who"]) == "author":
                # "originally published by Ivo Renk at his Harvan Notes": the writer
                return Source(at["who"], "author", key=name_key(at["who"]), person=True)
            return Source(name, "outlet", key=name_key(name))
    for line in tail:
        name = read_source(line)
        if name:
            return Source(name, "outlet", key=name_key(name))
    # a hat tip ("h/t X") credits a lead, not the page's text: it changes nothing (measured
    # on the FakeNewsCorpus sample: the blogger's own rant around it went unknown)
    return None


#: a writer or a channelled voice introducing itself in the page's first lines: "Hi, it's
#: Ivo here.", "This is Mara Voss.", "My name is Ivo Renk and ..."
_SELF_INTRO = re.compile(
    r"^[ \t]*(?:(?:Hi|Hello|Hey|Greetings)(?:\s+(?:all|everyone|everybody|folks|friends))?[,!.]?\s+)?"
    r"(?:[Ii]t[’']s|[Tt]his\s+is|[Mm]y\s+name\s+is|I[’']m|I\s+am)\s+"
    r"(?P<name>(?-i:[A-Z][\w’'-]+)(?:\s+(?-i:[A-Z][\w’'-]+)){0,3})(?:\s+here)?\s*[.!,]",
    re.M,
)
#: a self-introduction that is the writer's own sign-in: "it's Ivo here", "my name is"
_WRITER_SIGN_IN = re.compile(r"\bhere\s*[.!,]\s*$|[Mm]y\s+name\s+is")
#: how far into the body a self-introduction or a document's heading stands
_HEAD_CHARS = 600
#: a reproduced document's heading on the page's first line: "EXECUTIVE ORDER",
#: "PRESS RELEASE", "FULL TEXT OF THE LETTER"
_DOC_HEADING = re.compile(
    r"^[ \t]*(?:FULL\s+TEXT(?:\s+OF)?(?:\s+THE)?\s+)?(?P<kind>EXECUTIVE\s+ORDER|PRESS\s+RELEASE|"
    r"PROCLAMATION|MEMORANDUM|STATEMENT|JOINT\s+STATEMENT|TRANSCRIPT|OPEN\s+LETTER|LETTER|"
    r"RESOLUTION|DECLARATION|COMMUNIQU[EÉ]|PUBLIC\s+NOTICE|NOTICE)\b[^\n]{0,80}$"
)


def _head_voice(doc: Document) -> Source | None:
    """The voice the page's first lines give it: a self-introduction, or a reproduced
    document's heading (kind ``document``, named by the page title when it starts with
    the same words)."""
    head = doc.text[:_HEAD_CHARS]
    first = next((ln for ln in head.splitlines() if ln.strip()), "")
    h = _DOC_HEADING.match(first)
    if h is not None and first.strip().isupper():
        words = h.group("kind").split()
        title = doc.title or ""
        name = title if title.upper().startswith(" ".join(words)) else first.strip()
        return Source(name, "document", key=name_key(name))
    m = _SELF_INTRO.search(head)
    if m is not None:
        name = m.group("name")
        if name_key(name).split()[0] not in _NOT_SOURCE:
            a, b = m.span("name")
            # "Hi, it's Ivo here.", "My name is Ivo Renk": the page's writer signing in
            # (readers of seed 76 judged such a writer filed as "named" wrong); "This is
            # Mara Voss." opening a channelled message stays the voice it names
            kind = "author" if _WRITER_SIGN_IN.search(m.group()) else "named"
            return Source(name, kind, a, b, a, b, None, name_key(name), True)
    return None


#: the page saying who wrote it: "The post below was written by Ivo Renk, of ...",
#: "This article was written by Mara Voss and first published at ..."
#: -- the page itself: "This post/article" or "The post/article below", not "The report
#: was written by X" (a report the page discusses: the review of claims v86); "... by X
#: and Y" names two writers (:data:`_SECOND_WRITER`)
_WRITTEN_BY = re.compile(
    r"\b(?:[Tt]his\s+(?:post|article|blog\s+post|piece|essay)|[Tt]he\s+(?:post|article|"
    r"blog\s+post|piece|essay)\s+below)\s+(?:was|is|has\s+been)\s+(?:originally\s+)?"
    r"written\s+by\s+(?P<name>(?-i:[A-Z][a-z][\w’'-]*)(?:\s+(?-i:[A-Z]\.|[A-Z][a-z][\w’'-]*))"
    r"{1,3})\b"
)
#: a second writer after the first: "... written by Ivo Renk and Mara Voss"
_SECOND_WRITER = re.compile(r"\s*(?:,|and|&)\s+(?-i:[A-Z])")
#: how far from the page's start or end the line saying who wrote it may stand
_WRITTEN_BY_REACH_CHARS = 600


def _written_by_voice(doc: Document) -> Source | None:
    """The writer the page's own words name ("The post below was written by Ivo Renk"):
    the page's metadata then names the poster, not the writer (an independent reader of
    claims v81, seed 1039, judged a post's words credited to the posting site wrong).
    Two such lines naming two people name nobody."""
    n = len(doc.text)
    found = {
        m.group("name"): m
        for m in _WRITTEN_BY.finditer(doc.text)
        if m.start() < _WRITTEN_BY_REACH_CHARS or m.end() > n - _WRITTEN_BY_REACH_CHARS
    }
    if len(found) != 1:
        return None
    ((name, m),) = found.items()
    if _SECOND_WRITER.match(doc.text, m.end()):
        return None  # two writers: who wrote which words is unknown
    if _author_name_kind(name) != "author":
        return None
    a, b = m.span("name")
    return Source(name, "author", a, b, key=name_key(name), person=True)


def _written_by_line(text: str, pos: int) -> bool:
    """Whether ``pos`` lies in the paragraph that says who wrote the page: the poster's
    introduction of the writer, not the writer's own words."""
    return any(a <= pos < b for a, b in _written_by_paragraphs(text))


@functools.lru_cache(maxsize=64)
def _written_by_paragraphs(text: str) -> tuple[tuple[int, int], ...]:
    """The paragraphs of ``text`` that say who wrote the page, once per text (asked per
    claim of the page: the scan of the whole text was repeated for each)."""
    out = []
    for m in _WRITTEN_BY.finditer(text):
        a = text.rfind("\n", 0, m.start()) + 1
        b = text.find("\n", m.end())
        out.append((a, len(text) if b < 0 else b))
    return tuple(out)


def _page_voice(doc: Document) -> Source:
    byline = writer_byline(doc)
    if byline is not None:  # a repost: the writer is the body's byline, not the reposter
        name, a, b = byline
        if a < 0:
            # the byline stands only in the furniture the cleaner removed, and the page's
            # metadata names someone else (the reposter); a reader judged such a name
            # "appears nowhere in the article".  Where the clean text still says the name
            # (a bio line at the foot) the source points there; else the words are the
            # writer's own, name unknown
            at = doc.text.find(name)
            if at < 0:
                return UNNAMED_AUTHOR
            a, b = at, at + len(name)
        return Source(name, "author", a, b, key=name_key(name), person=True)
    if bylines_conflict(doc):
        # two bylines naming two people: who wrote the page is unknown, and the metadata
        # names the reposter (a review of claims v72 found the reposter named)
        return UNNAMED_AUTHOR
    written = _written_by_voice(doc)
    if written is not None:
        return written
    head = _head_voice(doc)
    if head is not None:
        return head
    credited = _removed_credit(doc, _credit_voice(doc))
    if credited is not None:
        if (
            credited.kind == "author"
            and doc.author
            and same_writer(credited.name or "", doc.author)
        ):
            # "Contributed by Ivo Renk of ..." on a page whose metadata says "Ivo K. Renk":
            # one person, named as the document's author field names them
            return Source(doc.author, "author", key=name_key(doc.author), person=True)
        return credited
    if doc.author and not is_placeholder(doc.author):
        if _author_name_kind(doc.author) == "outlet":
            if not looks_like_domain(doc.author) and _first_person_page(doc.text):
                # a blog's name in the author field of a page written as "I": one person's
                # own voice, filed as the author under the blog's name (readers of seeds
                # 75 and 76 judged such a blogger's words filed as an outlet's wrong)
                return Source(doc.author, "author", key=name_key(doc.author))
            return Source(doc.author, "outlet", key=name_key(doc.author))
        return Source(doc.author, "author", key=name_key(doc.author), person=True)
    return Source(doc.outlet, "outlet", key=name_key(doc.outlet or ""))


def _removed_credit(doc: Document, credited: Source | None) -> Source | None:
    """``credited`` marked ``resolved="byline"`` when it is a writer whom only a credit
    line the cleaner removed names ("Contributed by Ivo Renk of ..." kept in the
    document's ``removed``): the name is the page's own, from its furniture, and a
    reader shown "-" has no one to cite (independent readers of claims v111 judged such
    a page's words shown as the speaker "-" wrong).  A name the clean text holds, or a
    metadata author that is the same writer, is left as it is."""
    if (
        credited is None
        or credited.kind != "author"
        or not credited.name
        or named_in(credited.name, doc.text, doc.title)
        or (doc.author and same_writer(credited.name, doc.author))
        or not _credit_names_writer(credited.name, doc.author)
    ):
        return credited
    return replace(credited, resolved="byline")


#: words of a credit that names a job, a desk or a crowd, not a writer ("Contributed by
#: photographer Ivo Renk", "by Pool Photographer", "by Editorial Board", "by our readers")
_CREDIT_ROLE_WORDS = frozenset([
    "photographer", "photographers", "photo", "photos", "pool", "board", "editorial",
    "anonymous", "reader", "readers", "contributors", "wire", "service", "agency", "agencies",
    "press", "news", "bureau", "correspondents", "reporters", "editors", "staffer", "staffers",
])  # fmt: skip
_CREDIT_ROLE = re.compile(rf"(?i:{WRITER_NOUN_ALT})")
#: an agency's or desk's acronym in a credit ("AFP", "AP Staff")
_CREDIT_ACRONYM = re.compile(r"^[A-Z]{2,}$")


def _credit_names_writer(name: str, author: str | None) -> bool:
    """Whether a removed credit line's ``name`` may be shown as the page's writer: two to
    four capitalised words of a person (no job, desk, crowd or agency: "photographer Ivo
    Renk", "Staff Reporter", "Editorial Board", "AFP", "our readers" named as the author
    misled a review of claims v112), and no different person in the metadata's author
    field (the page's own record of its writer wins over its furniture)."""
    words = name.split()
    if not 2 <= len(words) <= 4 or not is_personal(name):
        return False
    for word in words:
        bare = word.strip(".,'’")
        if (
            not bare[:1].isupper()
            or _CREDIT_ACRONYM.match(bare)
            or bare.lower() in _CREDIT_ROLE_WORDS
            or bare.lower() in GENERIC_AUTHORS
            or _CREDIT_ROLE.fullmatch(bare)
        ):
            return False
    return not (author and is_personal(author) and _author_name_kind(author) == "author")


def voice_at(excerpts: ExcerptIndex, doc: Document, pos: int) -> Source:
    """Whose unattributed words stand at ``pos``: an excerpt's source (``UNKNOWN`` where
    an excerpt may or may not go on), else the page's own voice.  On a page that *is* a
    reproduced document, its inner blocks ("it is hereby ordered as follows:") are the
    document's too."""
    src = excerpts.source_at(pos)
    page = page_voice(doc)
    if src is None:
        note = note_voice(doc, pos)
        if note is not None:
            return note
    if src is None and page.kind in ("author", "outlet") and _after_said_colon(doc.text, pos):
        return UNKNOWN  # words that may go on a "<Body> said:" block of the same paragraph
    if (
        src is None
        and page.kind == "author"
        and page.start >= 0
        and _written_by_line(doc.text, pos)
    ):
        return UNKNOWN  # the poster's lines introducing the writer it names
    if src is None or (src is UNKNOWN and page.kind == "document"):
        return page
    return src


#: a speaker's unquoted words opened by a colon inside a paragraph: "The forecasters said:
#: Rain is expected ...", "Renk wrote: The tolls ..."
_SAID_COLON = re.compile(
    r"\b(?:said|says|stated|states|wrote|writes|added|adds|explained|explains|noted|notes|"
    r"warned|warns|reported|reports|announced|announces|told\s+\w+)\s*:[ \t]+(?=[A-Z])"
)  # (unquoted only: a quote's closing mark ends its block, and the writer goes on after it)


def _after_said_colon(text: str, pos: int) -> bool:
    """Whether ``pos`` comes after a "<Body> said: ..." block's first sentence in the same
    paragraph: the sentences that go on after the colon may be the body's words or the
    writer's again, and nothing marks where the body stops -- unknown, never the writer's
    (an independent reader of claims v81, seed 1038, judged a forecast that went on after
    "<Centre> said:" credited to the page's writer wrong)."""
    a = text.rfind("\n", 0, pos) + 1
    # (the paragraph's colons found once; those whose words start before ``pos`` are the
    # ones a scan of [a, pos) finds: see _said_colon_ends)
    ends = [e for e in _said_colon_ends(text, a) if e < pos]
    if not ends:
        return False
    # the colon's own sentence is the frame's; the sentences after it are in doubt
    return _SENTENCE_END.search(text, ends[-1], pos) is not None


@functools.lru_cache(maxsize=256)
def _said_colon_ends(text: str, a: int) -> tuple[int, ...]:
    """Where the ``_SAID_COLON`` matches of the paragraph that starts at ``a`` end (kept
    per paragraph: each claim of it scanned it from its start).  A match's extent is
    fixed by the text at its start (one verb word, greedy runs that cannot give back), so
    the matches of a scan cut at ``pos`` are these, less those that end at or past
    ``pos``; two that overlap share their colon, and so their end."""
    b = text.find("\n", a)
    return tuple(m.end() for m in _SAID_COLON.finditer(text, a, len(text) if b < 0 else b))


#: a sentence's end inside a paragraph
_SENTENCE_END = re.compile(r"[.!?…][”\"’)]?\s+(?=[A-Z“\"‘])")


#: a paragraph that opens an editor's note or comment: "Editor's Note: ...", "EDITOR’S
#: NOTE - ...", "Editor’s Comment: ..."
_EDITOR_NOTE = re.compile(r"(?im)^[ \t]*(?:an\s+)?editor[’']?s?[’']?\s+(?:note|comment)\b")
#: paragraphs an editor's note may run to when no heading line ends it
EDITOR_NOTE_MAX_PARAS = 3
#: a heading line: short, and no sentence end (the reprinted article's title)
_HEADING = re.compile(r"[^\n]{3,120}(?<![.!?:;,…”\"’)])[ \t]*")
#: a note's signature at its paragraph's end: "... - Ivo Renk, Founder of Vellorn.com",
#: "… – Mara Voss": a dash, two or three capitalised words, an optional role
_SIGNED = re.compile(
    r"(?:^|\s)[-–—]+\s*(?P<name>[A-Z][a-z]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z]+(?:-[A-Z][a-z]+)?){1,2})"
    r"(?:\s*,\s*[^\n.!?]{1,60}(?:\.[a-z]{2,4})?)?[ \t]*$"
)


def _editor_note(text: str, pos: int) -> tuple[int, int, re.Match[str] | None] | None:
    """The editor's note that ``pos`` lies in, as its bounds and its signature (``None``
    when unsigned), else ``None``: the note runs from its opening paragraph to the next
    heading line or to the paragraph it is signed at the end of, at most
    ``EDITOR_NOTE_MAX_PARAS`` paragraphs."""
    if "ditor" not in text and "DITOR" not in text:
        return None  # most pages: no note to look for
    start = None
    for m in _EDITOR_NOTE.finditer(text):
        if m.start() > pos:
            break
        start = m.start()
    if start is None:
        return None
    end, signed = start, None
    for k, m in enumerate(_PARA.finditer(text, start)):
        if k == EDITOR_NOTE_MAX_PARAS or (k > 0 and _HEADING.fullmatch(text, m.start(), m.end())):
            break  # the reprinted article's title: the note ended before it
        end = m.end()
        signed = _SIGNED.search(text, m.start(), m.end())
        if signed is not None:
            break  # the note was signed: the words after it are not the note's
    return (start, end, signed) if pos < end else None


def note_voice(doc: Document, pos: int) -> Source | None:
    """Whose words an editor's note at ``pos`` is, ``None`` where ``pos`` is in none.

    A note signed at its end ("... - Ivo Renk, Founder of Vellorn.com") is its signer's.
    An unsigned one above a repost is the site's (a reader of seed 68 judged it credited
    to the byline writer wrongly) where the page names no other author; on a page whose
    metadata names a poster the note may be the poster's or the original site's editor's:
    unknown.  Never the metadata author (independent readers of claims v81, seeds 1038
    and 1039, judged a signed note and an "Editor's Comment:" credited to it wrong)."""
    note = _editor_note(doc.text, pos)
    if note is None:
        return None
    signed = note[2]
    if signed is not None:
        a, b = signed.span("name")
        name = signed.group("name")
        return Source(name, "named", a, b, key=name_key(name), person=True)
    if doc.outlet and not doc.author:
        return Source(doc.outlet, "outlet", key=name_key(doc.outlet))
    return UNKNOWN


#: first-person singular words outside quotes that make a page one person's own voice:
#: an outlet's news page says "I" only inside quotes, a personal post says it throughout
FIRST_PERSON_PAGE_MIN = 3
_QUOTED = re.compile(r"“[^“”]{0,800}”|\"[^\"\n]{0,800}\"")


def _first_person_page(text: str) -> bool:
    """Whether the page's own words (outside quotes) say "I"/"my"/"me" often enough."""
    own = _QUOTED.sub(" ", text)
    return len(_FIRST_PERSON_WORD.findall(own)) >= FIRST_PERSON_PAGE_MIN


_VOICES: dict[tuple[object, ...], Source] = {}


def page_voice(doc: Document) -> Source:
    """Whose voice the page's own unattributed words are (see module docstring)."""
    # the id hashes the text only: the same text with other metadata is another page
    key = (doc.id, doc.author, doc.outlet, doc.removed)
    got = _VOICES.get(key)
    if got is None:
        if len(_VOICES) > 256:  # called per claim of the documents in hand: a small memo
            _VOICES.clear()
        got = _VOICES[key] = _page_voice(doc)
    return got


def is_writer(doc: Document, src: Source) -> bool:
    """Whether a speaker named in the text is the page's own writer: a person whose
    name's words are all words of the name the page's voice is filed under ("Renk" or
    "Ivo Renk" on a page by Ivo Renk).  Such a speaker is the ``author``, not a
    ``named`` source (readers of seed 76 judged a writer quoted by first name in an
    interview-style post filed as named wrong)."""
    if src.kind != "named" or not src.person or not src.key:
        return False
    page = page_voice(doc)
    if page.kind != "author" or not page.person or not page.key:
        return False
    return set(src.key.split()) <= set(page.key.split())
