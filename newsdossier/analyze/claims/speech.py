"""Reporting frames of one sentence: who is said to say what, and how (issue 15).

A *frame* is the part of a sentence that attributes words to a speaker: the
speaker, the reporting verb (or "according to"), the channel it went through
("via"), and where the reported content lies.  Found without a parser, from the
sentence's entity mentions and the curated verbs of ``data/attribution_verbs.yml``;
the constructions of news writing recognised, in this order:

- ``according to X`` / ``citing X`` / ``as reported by X``;
- ``X [, appositive,] [also|had on Monday|...] said/told/claimed/wrote ...``,
  the speaker a name, a pronoun, a role ("a law enforcement official", "the
  lawyer"), a document ("the study", "X's 11-page statement") or a relative
  pronoun ("the ADL, which writes:"); fronted ``As X commented, ...``;
- inversion after a quote or a comma: ``“...,” said X`` / ``..., reports X``;
- ``X quoted Y as saying ...`` -> Y via X; ``X told <an outlet> ...`` -> X via it;
- a trailing frame with no content of its own (``..., X said, the Y agency
  reported``; ``..., according to an AP report``) is the channel of the other;
- participles continue their clause's subject: ``..., saying, “...”``;
- cognition verbs with a clause: ``analysts believe (that) ...``;
- explicit denials: ``X denied a claim by Y that ...``, ``X rejected the Y
  report``, ``“Y's claim ... is not true,” X said`` (``denies`` names Y).

Speakers here are as written; pronouns, roles and clause subjects are resolved
across the document by :mod:`.statements`.  Offsets are absolute (into
``Document.text``), 0-based, end-exclusive.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import NamedTuple

from ...model import Mention
from .fragments import has_finite_word, needs_parse
from .lexicon import attribution, reporting_verbs, role_nouns
from .quotes import Quote, QuoteIndex
from .speech_acts import speech_act
from .values import NAME

__all__ = ["ON_AIR_VERBS", "Frame", "Speaker", "find_frames"]

#: mention labels that can name a speaker ("Vellorn said", "the VNA reported")
SPEAKER_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC"})

_ADV = (
    r"(?:also|later|then|again|further|recently|previously|earlier|repeatedly|publicly|once|"
    r"even|still|now|already|since|has|have|had|would|will|was|were|is|did|does|do|just|first|"
    r"(?:on|last|this)\s+(?:\w+day|week|month|year)|in\s+(?:a|an|his|her|its|their)\s+[\w-]+(?:\s+[\w-]+)?|"
    r"[a-z]+ly|"
    # discourse adverbs set off by commas: "Farmers' unions, meanwhile, say ...", "The council,
    # for its part, said ..." (the speaker was lost before them)
    r"meanwhile|however|though|too|instead|nonetheless|nevertheless|likewise|in\s+turn|"
    # the writer's reading of the act: "X appeared to warn the members, “...”" (a reader of
    # seed 614 found the quote filed under the writer)
    r"(?:appeared|appears|seemed|seems)\s+to|"
    r"in\s+(?:contrast|response|reply|return)|for\s+(?:his|her|its|their|our|my)\s+part|of\s+course)"
)
# between the speaker and the verb: nothing, adverbs, an appositive, a parenthesis
_GAP = re.compile(rf"(?:\s*,\s*|\s+)?(?:(?<![\w’'-]){_ADV},?\s+)*$")
_PRONOUN = re.compile(r"(?:^|(?<=[\s,“\"(]))(he|she|they|it|I|we)(?:[’'](?:ve|d|ll))?\s*$", re.I)
_NAME_BEFORE = re.compile(rf"(?P<n>{NAME})$")
_NAME_AFTER = re.compile(rf"\s*(?P<n>{NAME})")
_DET_BEFORE = re.compile(
    r"\b(?:a|an|the|his|her|its|their|our|my|your|this|that|these|those|any|no|[\w’'-]+['’]s)\s+(?:[\w-]+\s+)?$",
    re.I,
)
_NP_END = re.compile(
    r"[,;:!?()“”\"]|(?<![A-Z])(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bDr)(?<!\bSt)(?<!\bRev)(?<!\bGen)"
    r"(?<!\bSen)(?<!\bRep)(?<!\bGov)(?<!\bProf)(?<!\bCol)(?<!\bLt)(?<!\bSgt)\.(?!\w)|\s+(?:that|who|which|whose|as|when|while|because|and|but)\b|\s+[-–—]\s"
)
_APPOSITIVE_OK = re.compile(r"(?:[^“”\";]|“[^“”\";]{0,80}”|\"[^“”\";]{0,80}\"){0,300}")
# a finite verb outside a relative clause: "In his latest book, Ivo Renk describes
# an experiment in which kids are left ...," is a clause, not an appositive
_FINITE_IN_APPOSITIVE = re.compile(
    r"^(?:(?!\b(?:who|which|whose|that)\b).)*?\b(?:is|are|was|were|has|have|had|will|does|do|did)\b"
)
# what an appositive opens with: "the ministry's director", "an expert on", "S.J., Provost",
# "director of", "international business professor at", "who was recently interviewed";
# a paper's title in quotes in a parenthesis: "the journalist Ivo Renk (“Harvan Daily”)
# reported ..." (a reader of seed 1008 found the report filed under the writer)
_APPOSITION_START = re.compile(
    r"\s*(?:,|\(\s*[“\"]?)\s*(?:the|a|an|his|her|its|their|former|then|now|also|who|which|[A-Z0-9][\w.’'-]*"
    r"|(?:[a-z-]+\s+){1,4}(?:of|at|for|to|in|on|with|from|by)\b)"
)
_CLAUSE_START = re.compile(
    r"(?:^|[“\"(]\s*|[,;:–—”]\s+|\s-\s+|\b(?:that|and|And|but|But|yet|Yet|while|as|As|when|When|whenever|where|after|After|before|since|though|although|because)\s+"
    # "Here's how the fact check concludes, ...": a presentative opens the clause
    r"|^(?:[Hh]ere|[Tt]hat|[Tt]his)['’]s\s+(?:how|what|why)\s+)"
    r"(?:(?:On|In|At|After|Before|During|Earlier|Later|Meanwhile|Also|However|But|And|Yet|Still|Now|Today|Last|Since|Following|Addressing|Speaking|Writing|Asked|Separately|Similarly|Moreover|Furthermore|Instead|Then)\b[^,“”\"]{0,80},\s*)*$"
)
_FRONT = re.compile(
    r"^(?:(?:On|In|At|After|Before|During|Earlier|Later|Meanwhile|Also|However|But|And|Yet|Still|Now|Today|Last|Since|Following|Addressing|Speaking|Writing|Asked|Separately|Similarly|Moreover|Furthermore|Instead|Then|Thus|Therefore|Hours|Days|Weeks|Months)\b[^,“”\"]{0,80},\s*)+"
)
_THAT = re.compile(r"^[\s,:]*(?:that\b[\s,]*)?")
_TOLD_OBJ = re.compile(
    r"\s*(?P<o>(?:“[^”]{1,60}”|\"[^\"]{1,60}\")|(?:the\s+|an?\s+)?(?:[\w’'&-]+(?:\.(?=\w))?"
    # a listener that ends the sentence: "..., Renk told the Harvan Post." (the words ran
    # to the full stop and were never read: a reader of seed 272 judged the row wrong)
    # or a colon or a comma before its quote: "told The Harvan Post: “...”" (the via was
    # lost: a reader of seed 96 found the outlet missing)
    r"(?:\s+|(?=[.!?][”\"’]?\s*$)|(?=\s*[:,]))){0,5}?)"
    r"(?=\s*(?:,|that\b|on\b|in\b|last\b|this\b|earlier\b|about\b|:|$|“|\"|[.!?][”\"’]?\s*$))"
)
#: verbs whose listener follows "to"/"with": "explained to the Harvan Post that ..."
_TO_LISTENER_VERBS = frozenset(
    [
        "explained",
        "explains",
        "stated",
        "states",
        "confirmed",
        "confirms",
        "revealed",
        "reveals",
        "admitted",
        "admits",
        "complained",
        "complains",
        "shared",
        "shares",
        "said",
        "says",
    ]
)
_TO_LISTENER = re.compile(r"\s+(?:to|with)(?=\s+(?:the\s+)?[A-Z“\"])")
_QUOTED_AS = re.compile(
    r"\s+(?P<who>[^,;“”\"]{2,80}?)\s+as\s+(?:saying|telling|stating|issuing|claiming|describing|warning|calling)\b"
)
#: "as" or "just as" before a pronoun speaker: "As he told reporters, ..." (the
#: sentence's words up to the pronoun)
_AS_FRONT = re.compile(r"\s*(?:just\s+)?as\s+$", re.I)
#: a part of the antecedent as a relative's subject: ", most of which (falsely)", ", two of whom"
_PART_OF_WHICH = re.compile(r"\bof\s+(?:which|whom)\s+(?:(?:also|[a-z]+ly|have|has|had)\s+)*$")
_RELATIVE = re.compile(
    r"(?:,\s*(?:which|who)|(?<=[a-z])\s+who)\s+(?:also\s+|has\s+|had\s+|later\s+|then\s+)?$"
)
#: (a comma inside a number, "a survey of 3,000 farmers found", is no clause break)
_ROLE_TAIL = re.compile(
    r"(?:\s+(?:at|of|for|from|in|with|to|close\s+to|familiar\s+with)\s+(?:the\s+|an?\s+)?(?:[^,;:“”\"]|(?<=\d),(?=\d{3})){1,70}?"
    # "a government official directly involved in the process told ...": a participle's
    # phrase after the role (the block's outlet was credited with the official's words)
    r"|\s+(?:[a-z]+ly\s+)?(?:involved|engaged|briefed|based|working|participating)\s+(?:in|on|with|at)\s+"
    r"(?:the\s+|an?\s+)?(?:[^,;:“”\"]|(?<=\d),(?=\d{3})){1,70}?"
    # "records filed last fall by the county police"
    r"|\s+(?:[a-z]+ed|written|seen|drawn\s+up)\s+(?:(?:last|this|on|in|earlier|late|early)\s+[\w-]+\s+)?"
    r"by\s+(?:the\s+)?(?-i:[A-Z][\w.’'&-]*(?:\s+(?:(?:of|for|and|the)\s+)?[A-Z][\w.’'&-]*)*)"
    r"|,?\s+who\s+[^;“”\"]{1,120}?|,\s+[^,;“”\"]{1,90},)?\s*$"
)
_HEAD_BEFORE = re.compile(
    r"(?:\b(?:the|a|an|one|two|three|several|some|many|most|other|another|senior|two\s+senior)\s+)?"
    r"(?:(?:[\w’'.-]+(?:['’]s)?)\s+){0,4}?$",
    re.I,
)

#: a date or time phrase is no speaker: "..., Renk said Thursday" (the tagger's name after
#: an inverted verb), "On Monday, ... the president said ..." (a fronted adverbial taken
#: for the subject); independent readers of seeds 69 and 70 found both (issue 15)
_TIME_WORDS = (
    r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)s?|January|February|March|"
    r"April|June|July|August|September|October|November|December|May(?=\s+\d)|"
    r"today|yesterday|tonight|tomorrow|morning|afternoon|evening|night|weekend|week|month|"
    r"year|decade|century|\d{4}s?|\d{1,2}(?:st|nd|rd|th)?"
)
_TIME_NP = re.compile(
    r"(?:(?:on|in|at|during|since|by|until|after|before|early|late|last|this|next|earlier|"
    rf"later|that|the|same|following|previous)\s+)*(?:{_TIME_WORDS})"
    rf"(?:[\s,]+(?:of\s+)?(?:{_TIME_WORDS}|the\s+same\s+\w+))*",
    re.I,
)
#: a fronted time adverbial before the speaker phrase: "In 2008 the Harvan government"
_LEAD_TIME = re.compile(
    r"(?:(?:in|on|at|during|since|by|until|after|before|early|late|last|this|next)\s+)?(?:the\s+)?"
    rf"(?:{_TIME_WORDS})(?:[\s,]+(?:{_TIME_WORDS}))*\s*,?\s+(?=the\b|an?\b|[A-Z])",
    re.I,
)
#: one sentence adverb ("Sadly, many leaders ...", "Likewise, the team found ..."): the
#: clause's opener, never its subject (a reader would not cite "Sadly" as a speaker)
_SENTENCE_ADVERB = re.compile(
    r"(?:[A-Za-z]{3,}ly|likewise|moreover|furthermore|however|meanwhile|instead|besides|"
    r"nevertheless|nonetheless|otherwise|thus|therefore|hence|indeed|still|now|then|also|"
    r"again|worse|plus|yet|so|other|something|history)",
    re.I,
)
_ADVERB_FRONT = re.compile(
    r"(?:(?:[A-Z][a-z]{2,}ly|Likewise|Moreover|Furthermore|Instead|Besides|Still|Indeed|Worse|"
    r"Plus|Now|Then|Thus|Hence|Therefore|Otherwise|Nevertheless|Nonetheless|Again|Sadly|"
    # set phrases of comment: "Needless to say, Tarnland opposes ... and last month said
    # ..." (the said-clause was lost: an engineer's reading of claims v75, seed 647)
    r"Needless\s+to\s+say|Of\s+course|To\s+be\s+sure|Not\s+surprisingly|As\s+expected|"
    r"No\s+doubt)\s*,\s*)+"
)


#: a letter's salutation before the writer's name
_SALUTATION = re.compile(r"(?:dear\s+)?(?:sir|sirs|madam|sir\s+or\s+madam|editor)", re.I)


def _not_a_speaker(s: _Sent, text: str) -> bool:
    """A time phrase, a sentence adverb or a prepositional opener ("According to the
    report", "In 2008"): words that can stand where a speaker does but name no one."""
    t = text.strip(" ,;:")
    if not t:
        return True
    if _TIME_NP.fullmatch(t):
        return True
    if re.match(r"(?:according\s+to|in|on|at|during|since|after|before|from)\b", t, re.I):
        return True
    if _SALUTATION.fullmatch(t):
        return True  # a letter's "Sir, Ivo Renk, who ..., writes: ...": the writer follows
    one = " " not in t
    return one and bool(_SENTENCE_ADVERB.fullmatch(t)) and t.lower() not in s.names


@dataclass(frozen=True, slots=True)
class Speaker:
    """A speaker as written in the sentence."""

    text: str
    start: int
    end: int
    form: str  # name | pronoun | role | document | subject (the clause's subject, unresolved)
    mention: Mention | None = None  # the name mention that identifies it, if any

    @property
    def span(self) -> tuple[int, int]:
        return self.start, self.end


@dataclass(frozen=True, slots=True)
class Frame:
    """One attribution in a sentence (offsets absolute)."""

    speaker: Speaker
    verb: str  # as written ("said", "according to", "saying")
    verb_start: int
    verb_end: int
    mask: tuple[int, int]  # the attribution's words: speaker, verb, channel
    content: tuple[int, int]  # the reported words; (x, x) when they follow in the next paragraph
    how: str  # verb | inversion | according | participle | cognition | quoted-as | relative
    via: Speaker | None = None
    quote: str = "indirect"  # direct | indirect
    colon: bool = False  # the frame ends its sentence with ":": the next paragraph is the content
    denies: tuple[str, int, int] | None = None  # the source whose claim it rejects, with span
    negates: bool = False  # a denial verb: the speaker says the content is not so
    hedge: tuple[str, int, int] | None = None  # the verb distances the writer ("alleged")


@dataclass(slots=True)
class _Sent:
    text: str
    off: int
    mentions: list[Mention]
    quotes: QuoteIndex
    # words of the document's name mentions, lower case (and "+surname" for the last word
    # of a person named in full)
    names: frozenset[str] = frozenset()

    def in_quote(self, i: int) -> bool:
        return self.quotes.at(self.off + i) is not None

    def mention_ending(self, i: int) -> Mention | None:
        best = None
        for m in self.mentions:
            if (
                m.end - self.off == i
                and m.label in SPEAKER_LABELS
                and (best is None or m.start < best.start)
            ):
                best = m
        return best

    def mentions_in(self, a: int, b: int) -> list[Mention]:
        return [
            m
            for m in self.mentions
            if a <= m.start - self.off and m.end - self.off <= b and m.label in SPEAKER_LABELS
        ]


#: capitalised at a sentence's start, but never a speaker's name ("When asked if ...")
_CONTRACTION = re.compile(r"[’'](?:d|ll|ve|re|m)$")
_NEGATED_AUX = re.compile(r"n[’']t$", re.I)
_FUNCTION_WORDS = frozenset(
    [
        "the",
        "it",
        "this",
        "that",
        "these",
        "those",
        "there",
        "here",
        "when",
        "if",
        "but",
        "and",
        "so",
        "as",
        "while",
        "after",
        "before",
        "although",
        "though",
        "because",
        "since",
        "then",
        "now",
        "what",
        "who",
        "which",
        "where",
        "why",
        "how",
        "once",
        "until",
        "unless",
        "yet",
        "also",
        "even",
        "still",
        "however",
        "meanwhile",
        "today",
        "yesterday",
        "earlier",
        "later",
        "asked",
        "speaking",
        "writing",
        "according",
        "you",
        "your",
        "one",
        "some",
        "many",
    ]
)
_LOWER_WORD = re.compile(r"[a-z]+")
_ACCORDING_WORDS = frozenset({"according", "citing", "quoting", "words", "reported", "per"})
_LEAD_CONJ = re.compile(
    r"(?:and|but|so|yet|then|also|(?P<sub>while|although|though|because|since|when|if|"
    r"whereas))\s+",
    re.I,
)


def _trim(s: _Sent, a: int, b: int) -> tuple[int, int]:
    while a < b and s.text[a] in " ,;:\t\n":
        a += 1
    c = _LEAD_CONJ.match(s.text, a, b)
    if c and c.end() < b and not (c["sub"] and "," in s.text[c.end() : b]):
        # a subordinator that opens a clause fronted before the main one ("If the council
        # meets, it will sell the pier, X said") is the words' own: without it a condition
        # read as asserted, and "Although A, B, X said" lost its words (seen while reading
        # seed 1008's rows; a subordinator before one clause alone still goes)
        a = c.end()
    while b > a and s.text[b - 1] in " ,;:.\t\n":
        b -= 1
    return a, b


def _speaker(s: _Sent, a: int, b: int, form: str) -> Speaker:
    a, b = _trim(s, a, b)
    inside = s.mentions_in(a, b)
    people = [m for m in inside if m.label == "PERSON"]
    best = people or inside
    return Speaker(s.text[a:b], s.off + a, s.off + b, form, best[-1] if best else None)


_POSTMODIFIER = frozenset(
    [
        "of",
        "by",
        "from",
        "released",
        "published",
        "issued",
        "prepared",
        "drafted",
        "at",
        "in",
        "for",
        "which",
        "that",
        "who",
        "on",
        "with",
        "to",
        "under",
        # "conservative estimates dating to 2001", "records dating back to 1990" (a reader
        # of seed 616 found such estimates filed as an anonymous source)
        "dating",
        # a relative clause without "that": "the study they released", "the report he
        # wrote" (a reader of seed 611 found such a study filed as an anonymous source)
        "they",
        "he",
        "she",
        "we",
    ]
)


#: document heads that stay documents in a title; not the words periodicals take as
#: their names ("the Harvan Review", "the Vellorn Report", "the Harbor Post")
_TITLED_DOCUMENTS = frozenset(
    {"document", "documents", "dossier", "memo", "memorandum", "study", "assessment",
     "indictment", "communiqué", "communique", "cable", "declaration", "decree"}
)  # fmt: skip


def _classify(text: str) -> str:
    """name | role | document for a noun phrase without a pronoun."""
    lex = attribution()
    cased = re.findall(r"[\w’'-]+", text)
    words = [w.lower() for w in cased]
    if not words:
        return "role"
    # the head noun comes before its modifiers: "a new study released today by X",
    # "the study of The Harvan Centre", "critics of the group"
    for i, w in enumerate(words[1:], 1):
        if w in _POSTMODIFIER and not words[i - 1].endswith("ly"):  # "newly released records"
            words, cased = words[:i], cased[:i]
            break
    head = words[-1]
    if len(cased) >= 2 and cased[-1][:1].isupper() and cased[-2][:1].isupper():
        if head in _TITLED_DOCUMENTS and head in lex.documents:
            # "the Harvan Extremism Document", "the Vellorn Memorandum": a titled text
            # (an independent reader of seed 1002 found one filed as a named source)
            return "document"
        return "name"  # "The Harbor Post", "the Vellorn Times": a name, whatever its head
    if head in lex.documents or " ".join(words[-2:]) in lex.documents:
        return "document"
    if head in lex.people or head in lex.institutions or " ".join(words[-2:]) in lex.institutions:
        return "role"
    return "name"


_PREP_BEFORE = re.compile(
    # ("within", "inside", "among": "a senior official within the Tarn Police told me" is
    # the official's, a reader of claims v73 found the police credited)
    r"\b(?:of|to|at|in|for|from|with|by|on|against|about|between|into|over|under|near|within|"
    r"inside|among|across|throughout)\s+(?:the\s+)?$",
    re.I,
)
_POSSESSOR = re.compile(r"(?<![\w’'])(?-i:(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*)['’]s\s+$")
_AFTER_NP_OK = re.compile(
    r"\s*(?:[,.;:!?]|$|(?:who|while|whose|at|in|on|during|after|before|of|from)\b)"
)


_ACRONYM_NEXT = re.compile(r"\s*\([^()\s]{1,12}\)(?=\s*[,;:])")
_CLOSING_ACRONYM = re.compile(r"\s*\([^()\s]{1,12}\)\s*$")


def _head_name(s: _Sent, a: int, b: int) -> Mention | None:
    """The name mention that *is* the phrase ``a..b`` (its head), not one inside a PP.
    A short parenthesis that closes the phrase ("(HIT)") stands for the name before it
    and heads nothing: "Researchers from the Harvan Institute (HI)" are researchers (a
    reading of seed 587 found unnamed scientists filed as a named source)."""
    par = _CLOSING_ACRONYM.search(s.text, a, b)
    if par is not None and par.start() > a:
        b = par.start()
    for m in s.mentions_in(a, b):
        if m.end - s.off >= b - 1 and not _PREP_BEFORE.search(s.text, a, m.start - s.off):
            return m
    return None


#: a presentative before a speaker: "Here's how the fact check concludes, ..."
_WH_LEAD = re.compile(r"(?:(?:here|that|this)(?:['’]s|\s+is)\s+)?(?:how|what|why)\s+", re.I)


def _role_np(s: _Sent, before: str, role_end: int) -> Speaker | None:
    nouns = role_nouns(before, max(0, role_end - 200), role_end)
    for n in reversed(nouns):
        if not _ROLE_TAIL.fullmatch(before, n.end(), role_end):
            continue
        h = _HEAD_BEFORE.search(before, max(0, n.start() - 80), n.start())
        a = h.start() if h else n.start()
        # the phrase must start a clause: "heard a statement from a member" is not one
        while a < n.start() and not _CLAUSE_START.search(before[:a]):
            nxt = before.find(" ", a, n.start())
            if nxt < 0:
                a = n.start()
                break
            a = nxt + 1
        if not _CLAUSE_START.search(before[:a]):
            # "records filed by the county police department", "a review of more than 300
            # reports of ... found": a noun inside the phrase starts no clause; the head
            # before it may (its tail, up to the verb, is checked above)
            continue
        form = _classify(before[a : n.end()])
        a, b = _trim(s, a, role_end)
        lead = re.match(r"(?:from|by|of|to|with|in|on|at|for)\s+", s.text[a:b], re.I)
        if lead:  # "by letter ..., from the bureau officials stated": the officials
            a += lead.end()
        wh = _WH_LEAD.match(s.text, a, b)
        if wh:  # "Here's what the report concludes: ...": the report
            a += wh.end() - a
        return Speaker(s.text[a:b], s.off + a, s.off + b, "role" if form == "name" else form,
                       _head_name(s, a, b))  # fmt: skip
    return None


#: "(Both) Ivo Renk and", "Both he and": the first of two coordinated speakers; of more
#: than two, and with a title before the last ("Renk and Voss and then the first
#: President Tarvo said": a reader of seed 631 found the last alone filed as the speaker)
_CONJ_NAME = r"(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3}"
_FIRST_CONJUNCT = re.compile(
    rf"(?:(?:[Bb]oth)\s+)?(?P<x>(?:he|she|they|we|I)|{_CONJ_NAME})(?:\s*(?:,|\s(?:and|&))\s+{_CONJ_NAME})*"
    r"\s*,?\s+(?:and|&)\s+(?:then\s+)?(?:(?:the\s+)?(?:first|former|late|then)\s+(?-i:[A-Z])[\w.]*\s+)?$"
)


def _coordinated_speaker(s: _Sent, m: Mention) -> Speaker | None:
    """ "Ivo Renk and Mara Voss said ...", "both he and Voss have said ...": the two
    speak together; the last name alone is not the speaker (a reader of seed 532).  The
    pair is kept as written, a name of no single entity."""
    before = s.text[: m.start - s.off]
    c = _FIRST_CONJUNCT.search(before)
    if c is None or not _CLAUSE_START.search(before[: c.start()]):
        return None
    x = c.group("x")
    if x[:1].isupper() and x.lower() not in ("he", "she", "they", "we", "i"):
        first = [
            n for n in s.mentions
            if n.start - s.off == c.start("x") and n.end - s.off == c.end("x")
            and n.label in ("PERSON", "ORG")
        ]  # fmt: skip
        if not first and (len(x.split()) < 2 or x.split()[0].lower() in _FUNCTION_WORDS):
            return None
    return Speaker(s.text[c.start() : m.end - s.off], s.off + c.start(), m.end, "name", None)


#: degrees after a name: "Ivo Renk, MD, PhD, who found ..." -- the name speaks, never
#: "MD" (a reader of seed 631 found the degree shown as the speaker); "Jr." and "Sr." are
#: words of the name and stay; each degree set off by a comma or a space, so that a name
#: ending in those letters ("VAMD", "VERN") is never cut
_CREDENTIALS = re.compile(
    r"(?:(?:,\s*|\s+)(?-i:M\.?D|Ph\.?D|J\.?D|M\.?P\.?H|R\.?N|D\.?O|DDS|MBA|Esq)\.?)+[\s,]*$"
)


def _np_before(s: _Sent, end: int) -> Speaker | None:
    """The speaker noun phrase ending at ``end`` (exclusive), or ``None``."""
    cred = _CREDENTIALS.search(s.text, 0, end)
    if cred is not None and cred.start() > 0:
        person = s.mention_ending(cred.start())
        if person is not None and person.label == "PERSON":  # degrees follow a person
            end = cred.start()
    before = s.text[:end]
    p = _PRONOUN.search(before)
    if p:
        return Speaker(p.group(1), s.off + p.start(1), s.off + p.end(1), "pronoun")
    stripped = before.rstrip()
    m = s.mention_ending(len(stripped))
    if m is not None and not stripped.endswith(("’s", "'s")):
        ex = _EXAMPLE_OF.search(before, 0, m.start - s.off)
        if ex is not None:
            # "Coastal states like Vellorn, Tarn and Kessa concluded that ...": the name
            # is the last example of a group, and the group speaks, unnamed (a reader of
            # seed 76 found the writer's account of such a group credited to its last
            # country)
            cut = max(before.rfind(c, 0, ex.start()) for c in ",;:(")
            a, b = _trim(s, cut + 1, len(stripped))
            if b - a > 90 or a >= ex.start():
                return None
            return Speaker(s.text[a:b], s.off + a, s.off + b, "role", None)
        if not _PREP_BEFORE.search(before, 0, m.start - s.off):
            owner = _POSSESSOR.search(before, 0, m.start - s.off)
            if owner:  # "Marrowland's defence ministry": the ministry, named with its state
                a = owner.start()
                return Speaker(s.text[a : m.end - s.off], s.off + a, m.end, "name", m)
            both = _coordinated_speaker(s, m)
            if both is not None:
                return both
            return Speaker(m.text, m.start, m.end, "name", m)
        # "An official at the Vellornian Interior Ministry": the name is inside a phrase
        return _role_np(s, before, len(stripped)) or _described(s, before, len(stripped))
    role = _role_np(s, before, len(stripped))
    if role is not None:
        return role
    nm = _NAME_BEFORE.search(stripped)
    if nm and _CLAUSE_START.search(before[: nm.start()]):
        a, b = nm.span()
        # "You’d think that ...": a function word with its contraction is still one
        first = before[a:b].split()[0]
        if _CONTRACTION.sub("", first.lower()) not in _FUNCTION_WORDS and not _NEGATED_AUX.search(
            first
        ):  # (nor an imperative's "Don’t tell me that ...")
            # one capitalised word the tagger did not call a name, first in its sentence,
            # is a name only if the article names someone so elsewhere ("Karl Vessen"
            # ... "Vessen explains"); else it is a common noun ("Optimists think ...")
            word = before[a:b].strip()
            single = a == 0 and " " not in word
            # ... unless it is no plural: "Tarnow says ..." is a surname the tagger missed
            # (a reader of seed 96 found a person named in the article shown anonymous)
            plural = bool(re.search(r"(?<![su])s$", word)) or word.lower() in _FUNCTION_WORDS
            form = "role" if single and plural and word.lower() not in s.names else "name"
            return _speaker(s, a, b, form)
    grp = _AGENT_PLURAL.search(stripped)
    if grp and _CLAUSE_START.search(before[: grp.start()]):
        # "pension reformers accuse ...", "Some economists argue ...": people named by
        # what they do, a plural agent noun the lexicon does not list
        return _speaker(s, grp.start(), grp.end(), "role")
    return None


#: the examples of a group before the name that ends them: "states like X, Y and",
#: "groups such as"
_EXAMPLE_OF = re.compile(
    # a plural noun, the marker, then names only: "states like Vellorn, Tarn, and" (not
    # "looked like a joke, Renk said", "countries like X and Y by force, Renk remarked")
    r"\b[a-z]+s\s+(?:like|such\s+as|including)\s+"
    r"(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3},\s*){0,6}"
    r"(?:(?-i:[A-Z])[\w’'.-]*(?:\s+(?-i:[A-Z])[\w’'.-]*){0,3},?\s+(?:and|or)\s+)?$"
)
_AGENT_PLURAL = re.compile(
    r"(?<![\w’'-])(?:(?:[Tt]he|[Ss]ome|[Mm]any|[Mm]ost|[Oo]ther|[Ss]everal|[a-z]+)\s+)?"
    r"[a-z]{3,}(?:ers|ists|ians|ants|ents)$"
)


def _described(s: _Sent, before: str, end: int) -> Speaker | None:
    """A described, unnamed speaker: "The former envoy to Marrowland"."""
    for st in range(end):
        if (st == 0 or before[st - 1] == " ") and _CLAUSE_START.search(before[:st]):
            if re.match(r"(?:the|a|an|one|two|several|some|many|another)\s", before[st:], re.I):
                a, b = _trim(s, st, end)
                if b - a <= 90:
                    form = _classify(s.text[a:b])
                    return Speaker(s.text[a:b], s.off + a, s.off + b,
                                   "document" if form == "document" else "role", None)  # fmt: skip
            break
    return None


def _appositive_speaker(s: _Sent, gap_start: int) -> Speaker | None:
    """ "X, the ministry's director general for border affairs, told ...": the speaker
    starts the clause, then one appositive (commas allowed inside) before the verb."""
    lex = attribution()
    text = s.text
    # candidate subject ends: each comma before the gap, earliest first
    for c in re.finditer(r"\s*[,(]", text[:gap_start]):
        mid = text[c.start() : gap_start]
        if len(mid) > 320 or not _APPOSITIVE_OK.fullmatch(mid) or lex.verbs.search(mid):
            continue
        if re.search(r"\b(?:that|said|says)\b", mid) or not _APPOSITION_START.match(mid):
            continue
        if _FINITE_IN_APPOSITIVE.search(mid) or lex.verbs.search(
            mid.replace("“", " ").replace("”", " ")
        ):
            continue
        head = _np_before(s, c.start())
        if head is not None and _not_a_speaker(s, head.text):
            # "Likewise, the research team found ...", "According to the report, Renk,
            # the ministry's undersecretary, suggested ...": the opener is no subject; the
            # phrase after its comma is, when it is a short noun phrase
            after = _fronted_subject(s, c.end(), gap_start)
            if after is not None:
                return after
            continue
        if head is None or head.form == "pronoun":
            continue
        if head.form == "name" and head.mention is not None:
            a = head.mention.start - s.off
            t = re.search(
                r"(?:(?:[A-Z][\w.’'-]*|of|the|for|and|[a-z]+man|[a-z]+woman|spokesperson|official|minister|"
                r"secretary|director|chief|head|attorney|lawyer|journalist|professor|expert|analyst|[a-z]+ist)\s+){0,7}$",
                text[:a],
            )
            if not (
                _CLAUSE_START.search(text[:a]) or (t and _CLAUSE_START.search(text[: t.start()]))
            ):
                continue
        elif not _CLAUSE_START.search(text[: head.start - s.off]):
            continue
        return head
    return None


_FRONTED_NP = re.compile(
    r"(?:the|a|an|his|her|its|their|our|some|many|most|several|[A-Z][\w.’'-]*)\b"
    r"(?:[\s-]+(?:of\s+|for\s+|at\s+|on\s+|the\s+|and\s+)?[\w.’'-]+){0,7}?\s*"
)


_VERBISH = re.compile(
    r"\b(?:is|are|was|were|has|have|had|will|would|did|does|do|can|could|may|might|must|should)\b"
)


def _fronted_subject(s: _Sent, a: int, b: int) -> Speaker | None:
    """The subject noun phrase ``a..b`` after a fronted opener and its comma, if it is
    one: short, no verb of its own, no further comma."""
    a, b = _trim(s, a, b)
    text = s.text[a:b]
    if not text or "," in text or len(text.split()) > 8 or not _FRONTED_NP.fullmatch(text):
        return None
    if len(text.split()) == 1 and text.lower() in _FUNCTION_WORDS:
        return None  # "According to the ministry, the accused had ...": "the" is no phrase
    if _VERBISH.search(text) or has_finite_word(re.sub(r"[’']s\b", "", text)):
        return None  # "On Monday, Renk met the envoy ... the president said": a clause
    if re.match(r"(?:he|she|they|it|I|we)$", text, re.I):
        return Speaker(text, s.off + a, s.off + b, "pronoun")
    form = _classify(text)
    head = _head_name(s, a, b)
    if form == "name" and head is None and not re.fullmatch(rf"(?:the\s+)?{NAME}", text):
        form = "role"
    return Speaker(text, s.off + a, s.off + b, form, head if form == "name" else None)


def _np_after(s: _Sent, start: int) -> Speaker | None:
    """The speaker noun phrase starting at ``start`` ("said X, who ...")."""
    rest = s.text[start:]
    a = start + len(rest) - len(rest.lstrip())
    p = re.match(r"(he|she|they|it|I|we)\b", s.text[a:], re.I)
    if p:
        if not _AFTER_NP_OK.match(s.text, a + len(p.group(1))):
            return None
        return Speaker(p.group(1), s.off + a, s.off + a + len(p.group(1)), "pronoun")
    e = _NP_END.search(s.text, a, min(len(s.text), a + 110))
    b = e.start() if e else min(len(s.text), a + 110)
    a, b = _trim(s, a, b)
    if b <= a:
        return None
    text = s.text[a:b]
    if _not_a_speaker(s, text):
        return None  # "..., Renk said Thursday": the speaker stands before the verb
    form = _classify(text)
    head = _head_name(s, a, b)
    if form == "name":
        nm = re.match(rf"(?:the\s+)?{NAME}", text)
        if head is None and not nm:
            return None
        if nm and nm.end() < len(text) and head is None:
            b = a + nm.end()
        if not _AFTER_NP_OK.match(s.text, b):
            return None
        a, b = _trim(s, a, b)
        return Speaker(s.text[a:b], s.off + a, s.off + b, "name", _head_name(s, a, b))
    if not attribution().role_np.match(s.text, a):
        return None
    return Speaker(text, s.off + a, s.off + b, form, head)


def _via_after_told(s: _Sent, end: int) -> tuple[Speaker | None, int]:
    """ "told the Harvan Youth Wire ..." -> the club (an outlet or organisation)."""
    lex = attribution()
    t = _TOLD_OBJ.match(s.text, end)
    if not t or not t.group("o").strip():
        return None, end
    a, b = t.span("o")
    a, b = _trim(s, a, b)
    obj = s.text[a:b]
    low = obj.lower()
    if low in (
        "me",
        "him",
        "her",
        "us",
        "them",
        "reporters",
        "journalists",
        "the court",
        "the audience",
    ):
        return None, t.end()
    inside = s.mentions_in(a, b)
    # a channel is an outlet or organisation; a person told something is a listener
    orgs = [m for m in inside if m.label in ("ORG", "GPE", "FAC")]
    quoted = obj[:1] in '“"'
    words = set(re.findall(r"[a-z]+", low))
    if low.split()[-1] in _SHOW_HEADS:
        words.add("broadcaster")  # "told the Harbour Hour podcast": a programme is a channel
    if any(m.label == "PERSON" for m in inside) and not (words & lex.media):
        if (
            re.fullmatch(r"[A-Z][\w’'&-]+", obj)
            and _INTERVIEW_AFTER.match(s.text, t.end())
            and not _INTERVIEW_ON.match(s.text, t.end())
        ):
            # "X told Kurblatt in an interview": a one-word name given an interview is the
            # paper's (a person interviewing is named in full: "told Lena Brack in an
            # interview"); two readers found the via missing (seeds 93 and 471)
            return Speaker(obj, s.off + a, s.off + b, "name", None), t.end()
        ch = _interview_channel(s, t.end())
        # "told Lena Brack in an interview with VNN that ...": the words follow the channel
        return ch, (ch.end - s.off if ch is not None else t.end())
    if _PEOPLE_OF.match(obj):
        # "told members of the Harvan League, ...": people of a body listening, no channel
        # (a via "members of ..." was carried to the speaker's later words once a via's
        # offsets held the whole name: claims v102)
        return None, t.end()
    if orgs or quoted or words & lex.media:
        m = orgs[-1] if orgs else None
        return Speaker(obj.strip('“”"'), s.off + a, s.off + b, "name", m), t.end()
    if (
        not inside
        and re.fullmatch(r"[A-Z][\w’'&-]+", obj)
        and _INTERVIEW_AFTER.match(s.text, t.end())
        and not _INTERVIEW_ON.match(s.text, t.end())
    ):
        # "X told Kurblatt in an interview to be published Sunday": a one-word name the
        # tagger left untagged, given an interview, is the paper (seed 100)
        return Speaker(obj, s.off + a, s.off + b, "name", None), t.end()
    return None, t.end()


#: a listener that is people of a body, not the body: "members of the Harvan League",
#: "supporters of the party", "students at Vellorn University"
_PEOPLE_OF = re.compile(
    r"(?:the\s+|some\s+|hundreds\s+of\s+|thousands\s+of\s+)?(?:members|supporters|followers|"
    r"leaders|delegates|students|employees|staff|workers|residents|activists|lawmakers|"
    r"officials|representatives|volunteers|veterans|donors|fans)\s+(?:of|at|from)\s",
    re.I,
)
#: the last word of a listener that is a programme, a channel however its name is tagged:
#: "told the Harbour Hour podcast", "told Vellorn Radio's morning show" (readers of seeds
#: 1021-1022 found an interview on a show's site with no via); only as the last word, so
#: "told the show's host" stays a listener; not "program" ("told the farm program": aid)
_SHOW_HEADS = frozenset({"podcast", "show", "broadcast"})
#: "told Lena Brack in an interview on VNN": the listener is a person, the channel follows
_INTERVIEW_ON = re.compile(
    r"\s*(?:,\s*)?[Ii]n\s+(?:an?|the)\s+(?:[\w-]+\s+){0,2}?interview\s+"
    # "in an interview shown Sunday on VNN" (a reader of claims v73 found the via missing);
    # "in the interview released by VNN on Wednesday" (readers of claims v92, seed 1052)
    r"(?:(?:aired|shown|broadcast|televised|published|released)\s+(?:[\w-]+\s+){0,2}?)?"
    r"(?:on|with|for|by)\s+"
    # "with the daily Kurblatt", "with the German broadcaster VNN": a media noun first
    r"(?P<ch>(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:(?:daily|weekly|newspaper|magazine|broadcaster|"
    r"network|website|tabloid)\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})"
)


_INTERVIEW_AFTER = re.compile(r"\s*,?\s*in\s+an?\s+(?:[\w-]+\s+){0,2}?interview\b")
#: the verbs of words spoken on a broadcaster's air: "Renk said on VNN Friday that ..."
#: (also outlets' channel test, :data:`.outlets._ON_OUTLET`)
ON_AIR_VERBS = frozenset({"said", "says", "added", "adds", "explained", "explains"})
_ON_AIR = re.compile(r"\s+on\s+(?P<ch>(?:the\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4})")
_TIME_WORD = re.compile(rf"(?:{_TIME_WORDS})$", re.I)
_ON_BEHALF = re.compile(r"[’']s\s+behalf\b")
#: a lower-case word right after a channel's name that goes on its noun phrase: "said on
#: KVB raids that ..." speaks of raids, no broadcaster ("on VNN that", "on VNN on Friday",
#: "on VNN, adding" end it)
_NP_GOES_ON = re.compile(
    r"\s+(?!(?:that|on|in|at|last|this|earlier|during|while|when|after|before|and|but|to|"
    r"about|as|of|from|with|for|where|because|if|saying|adding|calling|late|early)\b)[a-z]"
)
#: a medium, no outlet: "said on TV that ..."
_BARE_MEDIA = frozenset({"TV", "the TV"})


def _names_channel(s: _Sent, a: int, b: int, acronym: bool) -> bool:
    """Whether ``s.text[a:b]`` after "on"/"interview with" ends its noun phrase and may
    name an outlet (a review found "said on <an agency's acronym> raids" and "said on TV" given as vias)."""
    return not _NP_GOES_ON.match(s.text, b) and not (acronym and s.text[a:b] in _BARE_MEDIA)


def _written_in(s: _Sent, end: int) -> tuple[Speaker | None, int]:
    """The paper of "X wrote in the Harvan Review that ...": a channel as after "told"
    (:func:`_via_after_told`) that is an organisation or has a media word -- never a
    place or a time ("wrote in Tarn", "wrote in March that ...").  An independent reader
    of claims v67 (seed 1027) found the paper a writer wrote in missing as ``via``."""
    at = _WRITER_AT.match(s.text, end)
    if at is None:
        return None, end
    via, stop = _via_after_told(s, at.end())
    if via is None:
        return None, end
    cut = re.search(r"\s+as\s", via.text)
    if cut is not None:  # "wrote in the Harvan Review as follows:"
        via = Speaker(via.text[: cut.start()], via.start, via.start + cut.start(), via.form,
                      via.mention)  # fmt: skip
    a, b = via.start - s.off, via.end - s.off
    inside = s.mentions_in(a, b)
    media = not attribution().media.isdisjoint(re.findall(r"[a-z]+", via.text.lower()))
    if any(m.label in ("GPE", "LOC", "DATE", "PERSON", "NORP") for m in inside) and not media:
        return None, end
    if not media and not any(m.label == "ORG" for m in inside):
        return None, end
    return via, stop


#: a work's title in quotation marks right after "wrote in", ending the clause: "wrote in
#: “The Quiet Coast.”", "writes in “The Quiet Coast” that ..." (a title starts with a
#: capital; readers of claims v92-v93, seeds 1052 and 1056, found the book missing)
_QUOTED_TITLE_IN = re.compile(
    r"\s+in\s+“(?P<title>(?-i:[A-Z])[^“”.,;:!?\n]{0,80}?)[.,]?”"
    r"(?=\s*(?:$|[,:;]|(?-i:[“\"A-Z])|that\b))"
)


#: the note a bank or firm sends its clients, a publication as a column is: "research
#: note", "daily commodities note", "client note" (independent readers of claims v92,
#: seed 1052, found "says the daily commodities note from <a bank>" with no via); a bare
#: "note" or a "note to staff" is a message, as a letter is (no channel)
_NOTE = (
    r"(?:(?:new|latest|daily|weekly|monthly|morning|quarterly)\s+)?"
    r"(?:research|client|investor|market|markets|commodities|commodity|strategy|analyst|"
    r"trading|credit|equity|economics)\s+note"
)
_IN_NOTE = re.compile(
    rf"\s+in\s+(?:an?|the|its|their|his|her)\s+(?P<work>{_NOTE})\b"
    r"(?:\s+(?:to|for)\s+(?:its\s+|their\s+)?(?:clients|investors|customers))?"
    r"(?=\s*(?:[:,;“\"]|\.(?:\s|$)|$)|\s+(?:that|on|published|released)\b)"
)
#: the note as the inverted speaker's phrase: "“...,” says the daily commodities note
#: from the Harvan bank Kestrel" (the bank speaks, through its note)
_NOTE_FROM = re.compile(rf"(?:the|an?)\s+(?P<work>{_NOTE})\s+(?:from|by|of)\s+(?=\S)")


#: a release another body put out with the speaker's words: "explained in a Vellorn
#: Observatory press release:" (independent readers of claims v92, seed 1054, found the
#: observatory missing as the channel of its scientist's words); the speaker's own "press
#: release" names no one and stays without a via
_RELEASE_BY = re.compile(
    r"\s+in\s+(?:an?|the)\s+(?P<maker>(?-i:[A-Z])[\w&.’'-]*(?:\s+(?-i:[A-Z])[\w&.’'-]*){0,3})"
    r"[’']?s?\s+(?:press|news)\s+release\b"
)


def _release_by(s: _Sent, end: int, speaker: Speaker) -> tuple[Speaker | None, int]:
    """The maker of "X explained in a Vellorn Observatory press release", when it is an
    organisation (its tag, or untagged words; never a time, a person, a one-word place or
    a nationality) and
    not the speaker itself ("the Harvan Institute said in a Harvan Institute press
    release")."""
    m = _RELEASE_BY.match(s.text, end)
    if m is None:
        return None, end
    a, b = m.span("maker")
    words = s.text[a:b].split()
    if any(_names_a_time(w) for w in words):
        return None, end  # "in a Friday press release"
    inside = s.mentions_in(a, b)
    # (the tagger takes "Vellorn Observatory" for a place; one word so tagged is one)
    headed = len(words) > 1 and _ORG_HEAD.fullmatch(words[-1]) is not None
    if any(x.label not in ("ORG", "FAC", "PRODUCT") and not (x.label == "GPE" and headed)
           for x in inside):  # fmt: skip
        return None, end  # "in a New York press release": a place makes no release
    maker = set(re.findall(r"\w+", s.text[a:b].lower()))
    if maker & set(re.findall(r"\w+", speaker.text.lower())):
        return None, end
    orgs = [x for x in inside if x.label == "ORG"]
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", orgs[-1] if orgs else None), m.end()


#: the last word of a body's name the tagger may take for a place ("Vellorn Observatory")
_ORG_HEAD = re.compile(
    r"Observatory|Institute|Department|Ministry|University|Agency|Council|Commission|Office|"
    r"Authority|Service|Bureau|Cent(?:re|er)|Foundation|Association|Society|Company|"
    r"Corporation|Group|Bank|Board|Police|Court|Parliament|Assembly|Museum|Hospital|School"
)


def _note_in(s: _Sent, end: int) -> tuple[Speaker | None, int]:
    """The note of "Kestrel said in a research note that ..." and where it ends."""
    m = _IN_NOTE.match(s.text, end)
    if m is None:
        return None, end
    a, b = m.span("work")
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", None), m.end()


def _work_written_in(s: _Sent, end: int) -> tuple[Speaker | None, int]:
    """The work of "X wrote in “The Quiet Coast.”" or "writes in his book ...:": its
    quoted title (:data:`_QUOTED_TITLE_IN`), else the work of :data:`_IN_WORK`."""
    m = _QUOTED_TITLE_IN.match(s.text, end)
    if m is not None:
        a, b = m.span("title")
        return Speaker(s.text[a:b], s.off + a, s.off + b, "name", None), m.end()
    note = _note_in(s, end)
    if note[0] is not None:
        return note
    work = _IN_WORK.match(s.text, end)
    if work is None:
        return None, end
    title = work.group("title")
    dated = title is not None and all(_TIME_WORD.match(x) for x in title.split())
    a, b = work.span("title") if title and not dated else work.span("work")
    a, b = (a + 1, b - 1) if s.text[a] in '“"‘' else (a, b)
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", None), work.end()


def _on_air_channel(s: _Sent, end: int) -> tuple[Speaker | None, int]:
    """The broadcaster of "X said on VNN ..." / "said on the Vellorn News Network": an
    acronym or a name with a media word, cut before a possessive ("on VNN's morning
    show") and before a day or month ("on VNN Friday").  A platform or a place ("on
    Capitol Hill", "on Tarnbook") names no outlet: no channel.  Independent readers of
    seeds 630 and 1014 found a speaker's words "said on" a network with no via."""
    m = _ON_AIR.match(s.text, end)
    if m is None:
        return None, end
    words = re.split(r"(\s+)", m.group("ch"))
    keep: list[str] = []
    for w in words:
        if not w.isspace() and _TIME_WORD.match(w):
            break
        keep.append(w)
        if re.search(r"[’']s$", w):
            keep[-1] = w[:-2]
            break
    a = m.start("ch")
    b = a + len("".join(keep).rstrip())
    a, b = _trim(s, a, b)
    read = _channel_words(s, a, b)
    if read is None or not (read.acronym or read.media):
        return None, end
    if read.acronym and (
        any(x.label in ("GPE", "NORP", "LOC") for x in read.inside) or _ON_BEHALF.match(s.text, b)
    ):
        return None, end  # "said on US television", "said on KVB's behalf": no outlet
    show = _ITS_SHOW.match(s.text, b)
    return _channel_speaker(s, a, b, read), show.end() if show is not None else b


#: the programme after a broadcaster's possessive: "said on VNN's morning show that ..."
#: -- part of the channel's words, not of what was said (the words began "'s morning
#: show that ...")
_ITS_SHOW = re.compile(
    r"[’']s\s+(?:[\w-]+\s+){0,3}?(?:show|programme|program|broadcast|podcast|bulletin|"
    r"newscast)\b"
)


class _ChannelWords(NamedTuple):
    acronym: bool  # "VNN", "the VNN"
    media: bool  # a media word ("network", "radio", ...)
    inside: list[Mention]


def _channel_words(s: _Sent, a: int, b: int) -> _ChannelWords | None:
    """What ``s.text[a:b]`` after "said on" / "interview with" is made of, or ``None``
    where it cannot name an outlet: empty, its noun phrase going on or a bare medium
    (:func:`_names_channel`), a person's name with no media word (the interviewer)."""
    if a >= b:
        return None
    obj = s.text[a:b]
    acronym = re.fullmatch(r"(?:the\s+)?[A-Z]{2,6}", obj) is not None
    media = not attribution().media.isdisjoint(re.findall(r"[a-z]+", obj.lower()))
    inside = s.mentions_in(a, b)
    if not _names_channel(s, a, b, acronym):
        return None
    if any(x.label == "PERSON" for x in inside) and not media:
        return None
    return _ChannelWords(acronym, media, inside)


def _channel_speaker(s: _Sent, a: int, b: int, words: _ChannelWords) -> Speaker:
    orgs = [x for x in words.inside if x.label == "ORG"]
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", orgs[-1] if orgs else None)


_IN_AN = re.compile(r"\b[Ii]n\s+(?:an?|the)\s")
#: the work a speaker's words are quoted from, right after "said"/"says": "says in the
#: film", "said in her new book" (a statement, an interview and a post are channels read
#: elsewhere, or none)
_IN_WORK = re.compile(
    r"\s+in\s+(?P<work>(?:the|his|her|their)\s+(?:(?:new|latest|recent|own|best-selling|"
    r"documentary)\s+)?(?:film|documentary|book|memoir|essay|column|op-ed))\b"
    # its title, if given: "says in the documentary Harbour Lights that ..." (the engineer's
    # reading of claims v74 lost such words, which began with the title)
    r"(?:,?\s+(?P<title>[“\"‘][A-Z][^,;:.“”\"‘’]{0,60}[”\"’]|(?-i:[A-Z][\w’'-]*)(?:\s+(?-i:[A-Z][\w’'-]*)){0,5}),?)?"
    r"(?=\s*[:,“\"]|\s+that\b)"
)


#: a video the words were said in: "said in the social media video posted Thursday",
#: "said in a video message", "says in a video posted online" (independent readers of
#: claims v81, seed 1039, found the video missing as the channel); the video's own words
#: are the channel, what follows it ("posted Thursday") is cut
_IN_VIDEO = re.compile(
    r"\s+in\s+(?:an?|the|his|her|their|its)\s+(?P<work>(?:(?:new|short|brief|recorded|"
    r"online|social[\s-]media|campaign|farewell)\s+){0,2}video(?:\s+(?:message|statement|"
    r"address|clip))?)\b"
    r"(?:\s+(?:posted|released|shared|published|uploaded)(?:\s+(?:online|[A-Z][a-z]+day|"
    r"(?:on|to)\s+(?:the\s+)?[A-Z][\w.-]*)){0,2})?"
    r"(?=\s*(?:[:,“\"]|\.(?:\s|$)|$)|\s+that\b)"
)


#: a work that opens the sentence before its author: "In his book The Long Harbour, ",
#: "In her 2019 memoir, " (the title when there is one, else the work's own words)
_WORK_BEFORE = re.compile(
    r"^\s*In\s+(?P<work>(?:his|her|their)\s+(?:(?:new|latest|recent|own|best-selling|"
    r"\d{4})\s+)?(?:book|memoir|film|documentary|essay|novel|column))"
    # what the work is about, set off before its title: "In his book on the science of
    # motivation, The Long Harbour, ..." (readers of claims v92, seed 1052)
    r"(?:\s+(?:on|about)\s+[a-z][^,;:.“”\"]{0,60}?)?"
    r"(?:(?:,\s*|\s+)(?P<title>[“\"‘]?[A-Z][^,;:.“”\"]{0,80}?[”\"’]?))?\s*,\s*$"
)


#: a page of a platform the words were posted to, named with them: "in a statement posted
#: to the group's Tarnbook page", "in a message posted on his Tarnbook account" -- the
#: platform's capitalised name is the channel (independent readers of claims v88, seed
#: 1051, found a statement "posted to the group's <platform> page" with no via); a site,
#: website or blog is the institution's own ("posted to the Senate website"), never a
#: platform between it and the reader (the review of claims v92)
_POSTED_TO = re.compile(
    r"\b[Ii]n\s+(?:an?|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:statement|post|message|note|letter|video|update)\s+"
    r"(?:posted|published|shared|uploaded)\s+(?:on|to)\s+"
    r"(?:(?:the|his|her|their|its)\s+|(?:the\s+)?(?:[\w-]+\s+){0,2}?[\w-]+[’']s\s+)?"
    r"(?:official\s+)?(?P<ch>(?-i:[A-Z])[\w.-]*)\s+(?:page|account|feed|channel)\b"
)


#: a post on a platform named by the platform's capitalised name before "post" or
#: "video": "In a Tarnbook post, ...", "said in a Tarnbook post that ..." (independent
#: readers of claims v92-v93 found such a channel missing)
_PLATFORM_POST = re.compile(
    r"\b[Ii]n\s+an?\s+(?P<ch>(?-i:[A-Z])[a-z]+(?:(?-i:[A-Z])[a-z]+)?)\s+"
    r"(?:post|video|livestream|live\s+stream)\b"
)


def _platform_post(s: _Sent, lo: int, hi: int) -> tuple[Speaker | None, int]:
    """The platform of "in a Tarnbook post" opening at ``lo`` (before ``hi``) and where
    it ends: never a time ("in a Monday post"), a feast, a place, a person or an event by
    its tag."""
    found = list(_PLATFORM_POST.finditer(s.text, lo, hi))
    if len(found) != 1 or found[0].start() != lo:
        return None, lo
    m = found[0]
    a, b = m.span("ch")
    word = s.text[a:b]
    if _names_a_time(word) or word in ("May", "New", "Live"):
        return None, lo
    if any(x.label in _NOT_PLATFORM or x.label == "PERSON" for x in s.mentions_in(a, b)):
        return None, lo
    return Speaker(word, s.off + a, s.off + b, "name", None), m.end()


def _posted_to(s: _Sent, lo: int, hi: int) -> tuple[Speaker | None, int]:
    """The platform of the one "in a statement posted to X's <Platform> page" between
    ``lo`` and ``hi`` (before the speaker, or right after the verb), and where it ends."""
    found = list(_POSTED_TO.finditer(s.text, lo, hi))
    if len(found) != 1:
        return None, lo
    m = found[0]
    if any(x.label in _NOT_PLATFORM or x.label == "PERSON" for x in s.mentions_in(*m.span("ch"))):
        return None, lo
    a, b = m.span("ch")
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", None), m.end()


def _work_before(s: _Sent, speaker_start: int) -> Speaker | None:
    """The work named before its author at the sentence's start: "In his book The Long
    Harbour, Ivo Renk tells us: ..." has the book as channel (its title if given, else
    "his book"); ``None`` otherwise.  A reader of claims v67 found the book missing."""
    m = _WORK_BEFORE.match(s.text[:speaker_start])
    if m is None:
        return None
    a, b = m.span("title") if m.group("title") else m.span("work")
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", None)


#: what may stand between a channel that opens the sentence and its speaker: the rest of
#: the opening phrase, its one comma and up to three words of a title ("... page,
#: treasurer X said", "... post, Mayor X said", "... VNN on Wednesday, X")
_OPENING_THEN_SPEAKER = re.compile(r"[^,.;:!?“”\"]{0,80},\s*(?:[^\W\d][\w’'.-]*[\s,]+){0,3}")


def _channel_opening(s: _Sent, speaker_start: int) -> Speaker | None:
    """The outlet of an interview that opens the sentence before its speaker, whatever
    the verb: "In the interview released by VNN on Wednesday, Renk asked Voss whether
    ..." (readers of claims v92, seed 1052, found the interview's outlet missing after
    "asked"); ``None`` when the sentence does not open with it."""
    m = _IN_AN.match(s.text, len(s.text) - len(s.text.lstrip()))
    if m is None:
        return None
    ch = _interview_channel(s, m.start())
    return ch if ch is not None and ch.end - s.off <= speaker_start else None


def _interview_before(s: _Sent, verb_start: int) -> Speaker | None:
    """The outlet of an interview named before the verb: "In an interview with the
    Harvan Post, Ivo Renk said ...", "Renk, speaking in an interview with VNN, said
    ..." -- the one such channel (:func:`_interview_channel`), else ``None``."""
    found = [
        ch
        for m in _IN_AN.finditer(s.text, 0, verb_start)
        if (ch := _interview_channel(s, m.start())) is not None and ch.end - s.off <= verb_start
    ]
    return found[0] if len(found) == 1 else None


def _interview_channel(s: _Sent, end: int) -> Speaker | None:
    """The outlet of "... told <a person> in an interview on/with <outlet>": an
    organisation's name, an acronym ("VNN") or a name with a media word; a person's name
    there is the interviewer, no channel."""
    m = _INTERVIEW_ON.match(s.text, end)
    if m is None:
        return None
    a, b = _trim(s, *m.span("ch"))
    pre = _MEDIA_PREFIX.match(s.text, a, b)
    if pre is not None and pre.end() < b and _channel_words(s, a, b) is not None:
        a = pre.end()  # "the daily Kurblatt": the paper is Kurblatt
        if (paper := _one_word_paper(s, a, b, after_noun=True)) is not None:
            return paper
    if (paper := _one_word_paper(s, a, b)) is not None:
        return paper
    words = _channel_words(s, a, b)
    if words is None:
        return None
    if words.acronym or words.media or any(x.label == "ORG" for x in words.inside):
        return _channel_speaker(s, a, b, words)
    return None


def _one_word_paper(s: _Sent, a: int, b: int, after_noun: bool = False) -> Speaker | None:
    """ "In an interview with Kurblatt on Thursday, ...": a one-word name given an
    interview is the paper, however the tagger labels it (as after "told": a person
    interviewing is named in full); a reader of claims v74 found the via missing.
    ``after_noun``: the name follows a media noun ("with the daily Kurblatt")."""
    if not _ONE_WORD.fullmatch(s.text, a, b):
        return None
    if not after_noun and not re.search(r"\bwith\s+$", s.text[:a]):
        return None
    inside = s.mentions_in(a, b)
    if not all(x.label in ("PERSON", "ORG") for x in inside) or not _names_channel(s, a, b, False):
        return None
    if "+" + s.text[a:b].lower() in s.names:
        return None  # "In an interview with Renk, ...": Ivo Renk, named in full elsewhere
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", None)


_ONE_WORD = re.compile(r"[A-Z][\w’'&-]+")
#: a media noun before an outlet's name: "the daily Kurblatt", "the German broadcaster VNN"
_MEDIA_PREFIX = re.compile(
    r"(?:the\s+)?(?:[A-Z][\w-]*\s+)?(?:daily|weekly|newspaper|magazine|broadcaster|network|"
    r"website|tabloid)\s+(?=[A-Z])"
)
#: the verbs of words that may go through a channel named after them: "stated in an
#: interview shown Sunday on VNN", "noted in remarks to the Harvan News", "commented on
#: Tarnbook that ..." (independent readers of claims v73-v74 found such channels missing;
#: "wrote"/"writes" read their paper first, :func:`_written_in`)
_CHANNEL_VERBS = ON_AIR_VERBS | frozenset(
    {"stated", "noted", "commented", "argued", "argues", "claimed", "insisted", "insists",
     "declared", "declares", "posted", "tweeted", "remarked"}
)  # fmt: skip
#: "stated in report to the Harvan News", "said in remarks to VNN": the document or talk
#: given to an outlet, whose name follows "to"
_REMARKS_TO = re.compile(
    r"\s*,?\s*in\s+(?:an?\s+|his\s+|her\s+|their\s+|its\s+)?(?:[\w-]+\s+)?"
    r"(?:report|statement|remarks|comments|interview)\s+to\s+"
)
#: a platform named after the verb: "commented on Tarnbook that ...", "wrote on Tarnbook:"
#: -- one capitalised word ended by "that", a colon, a comma or the sentence's end
_ON_PLATFORM = re.compile(
    # (a comma only before a quote: "said on Renkcare, adding ..." speaks of a topic)
    r"\s+on\s+(?P<ch>[A-Z][a-z]+[A-Za-z]*)(?=\s*(?:that\b|:|,\s*[“\"]|\.(?:\s|$)|[“\"—–]))"
)
#: labels that make "on X" a time, a place or an event, no platform (the tagger calls
#: many a platform a person: a person is refused only after a verb that takes a topic)
_NOT_PLATFORM = frozenset({"GPE", "LOC", "FAC", "NORP", "DATE", "TIME", "EVENT", "LAW"})
#: verbs whose "on X" is as often the topic as the channel ("commented on Renk:")
_TOPIC_ON_VERBS = frozenset({"commented", "remarked"})
#: the verbs whose "on <Word> that" names a platform (:func:`_platform_channel`); after
#: "argued", "insisted", "claimed", "declared", "noted", "stated" the word is the topic as
#: often ("The senator argued on Medicare that costs ...": the review of claims v81)
_PLATFORM_VERBS = frozenset(
    {"said", "says", "wrote", "writes", "posted", "posts", "tweeted", "tweets", "commented",
     "comments", "remarked"}
)  # fmt: skip
#: feast days the tagger leaves untagged: "wrote on Christmas that ..." is a day
_FEASTS = re.compile(
    r"(?:Christmas|Easter|Thanksgiving|Halloween|Passover|Ramadan|Hanukkah|Diwali)$"
)


def _names_a_time(word: str) -> bool:
    """Whether ``word`` is a time or a feast ("Monday", "2019", "Christmas"): no channel's
    or maker's name ("in a Monday post", "a Christmas video", "on Easter")."""
    return _TIME_WORD.match(word) is not None or _FEASTS.match(word) is not None


def _remarks_to_channel(s: _Sent, end: int) -> tuple[Speaker | None, int]:
    """The outlet of "X stated in report to the Harvan News Friday": a listener after
    "to" with a media word (an organisation there is an addressee, "in a letter to the
    council", no channel); a day after the name is cut.  A reader of claims v73 found the
    paper a senator's statement went to missing as ``via``."""
    m = _REMARKS_TO.match(s.text, end)
    if m is None:
        return None, end
    via, stop = _via_after_told(s, m.end())
    if via is None:
        return None, end
    words = re.findall(r"\S+", via.text)
    while words and _TIME_WORD.match(words[-1]):
        words.pop()
    text = " ".join(words)
    if not text or not via.text.startswith(text):
        return None, end
    if attribution().media.isdisjoint(re.findall(r"[a-z]+", text.lower())):
        return None, end
    return Speaker(text, via.start, via.start + len(text), via.form, via.mention), stop


def _platform_channel(s: _Sent, end: int, verb: str) -> tuple[Speaker | None, int]:
    """The platform of "X commented on Tarnbook that ..." / "wrote on Tarnbook:": one
    capitalised word, never a time ("on Friday"), a place, a person or an event by its
    tag, nor an acronym (a broadcaster, :func:`_on_air_channel`).  A platform is the
    channel the words went through (independent readers of claims v67-v74 judged words
    "said on" / "commented on" a platform with no via wrong; an earlier rule here held
    that a platform names no outlet)."""
    if verb.lower() not in _PLATFORM_VERBS:
        return None, end
    m = _ON_PLATFORM.match(s.text, end)
    if m is None or _names_a_time(m.group("ch")):
        return None, end
    if m.group("ch") == "May":
        return None, end
    a, b = m.span("ch")
    refused = _NOT_PLATFORM | ({"PERSON"} if verb.lower() in _TOPIC_ON_VERBS else set())
    if any(x.label in refused for x in s.mentions_in(a, b)):
        return None, end
    if a > 0 and s.in_quote(a):
        return None, end
    inside = [x for x in s.mentions_in(a, b) if x.label == "ORG"]
    return Speaker(s.text[a:b], s.off + a, s.off + b, "name", inside[-1] if inside else None), b


def _denies(s: _Sent, frame_end: int, verb: str, lex_denial: bool) -> tuple[str, int, int] | None:
    lex = attribution()
    cn, fp = lex.claim_nouns, lex.false_predicates
    if lex_denial:
        seg = s.text[frame_end : frame_end + 160]
        for rx in (
            rf"^\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}?(?:{cn})\s+(?:made\s+)?(?:by|of|from)\s+(?P<src>{NAME})",
            rf"^\s*(?:the\s+)?(?P<src>{NAME})(?:['’]s?)?\s+(?:[\w-]+\s+){{0,2}}?(?:{cn})\b",
        ):
            m = re.match(rx, seg)
            if m and m.group("src").strip():
                a = frame_end + m.start("src")
                b = frame_end + m.end("src")
                while s.text[b - 2 : b] in ("’s", "'s"):
                    b -= 2  # "France’s allegations": the source is France
                return s.text[a:b], s.off + a, s.off + b
    if not any(w in s.text for w in lex.false_words):
        # (the pattern below, case-sensitive, holds a false predicate's words as written:
        # without one it cannot match, and its scan of the sentence was the costliest)
        return None
    m = re.search(
        rf"(?P<src>{NAME})['’]s?\s+(?:[\w-]+\s+){{0,3}}?(?:{cn})\b[^.;“”\"]{{0,140}}?\b(?:is|are|was|were)\s+"
        rf"(?:simply\s+|completely\s+|totally\s+|utterly\s+|absolutely\s+|all\s+)?(?:{fp})\b",
        s.text,
    )
    if m:
        return m.group("src"), s.off + m.start("src"), s.off + m.end("src")
    return None


_TRIVIAL = re.compile(
    r"(?:(?:on|in|at|from|with|via|to|during|before|after|for)\s+[^.;“”\"]{0,70}"
    r"|(?:(?:on|last|this|next|early|late|earlier|later)\s+)?(?:\w+day|week|month|year|morning|evening|night|afternoon)(?:\s+\w+)?"
    r"|earlier|later|recently|me|him|her|us|them|reporters|journalists)[\s.,:]*",
    re.I,
)
#: (a "that" before a time noun and a comma is a determiner: "told Ivo in a text that day,
#: “...”"; "said that time is short" is the words)
_LEAD_TO_THAT = re.compile(
    r"[^“”\".;]{0,32}?\bthat\b(?!\s+(?:day|night|morning|afternoon|evening|week|weekend|month|"
    r"year|time)\s*(?:[,:“\"]|$))"
    # "stated to the Post that can not occur soon enough": a "that" right before an
    # auxiliary is the clause's subject, not its complementiser (a reader of seed 531)
    r"(?!\s+(?:can|cannot|could|will|would|won[’']t|is|isn[’']t|was|wasn[’']t|has|had|must|"
    r"should|may|might"
    # "as X warns, that means war": a demonstrative subject before its verb (a reader of
    # seed 614 found the words cut to "means war")
    r"|means|meant|shows|showed|proves|proved|suggests|makes|made|leaves|explains)\b)[\s,]*"
)
_THAT_CLAUSE = re.compile(
    r"\bthat\s+(?!(?:day|night|morning|afternoon|evening|week|weekend|month|year|time)"
    r"\s*(?:[,:“\"]|$))(?=\S)"
    # "a journalism of peace is journalism that is “truthful ...”": a "that" right before
    # a verb is a relative pronoun, not the complementiser (a reader of seed 612 found the
    # words cut to "is “truthful ...”")
    r"(?!(?:is|was|are|were|has|had|have|can|could|will|would|must|should|may|might)\b)"
)
_ASK_END = re.compile(r"\b(?:asked|asks|ask|asking)\s*$", re.I)
#: the one asked, then the question: "asked the minister whether ..."
_ASK_WH = re.compile(
    r"\s*(?:[^\s,;:“”\"]+\s+){1,6}?(?P<wh>whether|if|why|how|what|when|where|who)\b", re.I
)
#: "asked X for Y", "asked X to Y": a request, no reported words
_ASKED_FOR = re.compile(
    r"(?!(?:whether|if|why|what|how|when|where|who|according|in|on|at|during)\b)"
    r"[^,;“”\"]{1,60}?\s(?:for|to)\s",
    re.I,
)
#: a title left between the words and the speaker's name: "..., spokeswoman Mara Voss said"
_TITLE_TAIL = re.compile(
    r",\s*(?:(?:a|an|the|its|his|her|their)\s+)?(?:[a-z-]+\s+){0,3}[a-z-]+\s*$"
)
_DET_TAIL = re.compile(r",\s*(?:the|The|a|an)\s*$")
#: "according to X, a strategist at Y": the speaker's appositive, not the words
_APPOSITIVE_NEXT = re.compile(r"\s*,\s*(?:a|an|the|his|her|its|their)\s", re.I)
_RELATIVE_NEXT = re.compile(
    # "according to sources that have provided X with records": a relative "that" opens
    # on a verb ("reports that the army withdrew" opens on the words' subject)
    r"(?:which|who|whose|where)\b|that\s+(?:have|has|had|was|were|is|are|will|would|"
    r"could|can|may|might|[a-z]+ed)\b",
    re.I,
)
_TELL_YOU_WHAT = re.compile(r"\s*(?:you|ya)\s+what\s*[,:;!—–-]+\s*", re.I)
_TELL_END = re.compile(r"\b(?:told|tells|tell|telling|informed|informs|assured|assures)\s*$", re.I)
#: a tell-verb's object up to the sentence's end: who was told, not what
_LISTENER = re.compile(
    r"(?:the\s+|an?\s+|his\s+|her\s+|their\s+)?(?:[\w’'.&-]+\s+){0,5}[\w’'.&-]+[\s.!]*"
)
#: a tell-verb's listener, then its clause with no "that": "told the committee he did not
#: learn of ...", "told the Senate panel they would ..." (the head decides: a name, a
#: role or institution, or a word for an audience; "told the story he had heard" is no
#: listener)
_LISTENER_THEN_CLAUSE = re.compile(
    r"\s*(?:(?:the|a|an|his|her|their|its|our|my)\s+)?(?:[\w’'.&-]+\s+){0,3}?(?P<h>[\w’'.&-]+)\s+"
    r"(?=(?:he|she|they|we|I|it|there|you)\s+[a-z])"
)
_AUDIENCE = frozenset(
    [
        "reporters",
        "journalists",
        "audience",
        "audiences",
        "crowd",
        "crowds",
        "panel",
        "jury",
        "hearing",
        "senators",
        "congressmen",
        "congresswomen",
        "students",
        "voters",
        "viewers",
        "listeners",
        "readers",
        "followers",
        "delegates",
        "colleagues",
        "troops",
        "workers",
    ]
)
#: a concession or contrast right after a frame set off by commas
_CONCESSIVE_AFTER = re.compile(
    r"\s*,\s*(?:despite|in\s+spite\s+of|although|though|even\s+though|even\s+as|whereas|"
    r"notwithstanding|but|yet"
    # "..., an official told Harvan Watch, and the impact was devastating": a clause
    # coordinated after a medial frame is the writer's (a reader's check of seed 535)
    r"|and)\b",
    re.I,
)
#: a subject noun phrase between a frame and a quote: ", the Harvan Institute "
_SUBJECT_NP = re.compile(
    r"[\s,]*(?P<np>(?:the|a|an|its|his|her|their|(?-i:[A-Z])[\w’'.&-]*)(?:\s+[\w’'.&-]+){0,6}?)\s+",
    re.I,
)
#: a quote that opens with a verb: the predicate of a clause begun before it
_QUOTED_PREDICATE = re.compile(
    r"(?-i:(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|"
    r"does|do)\b|[a-z]+ed\b)"
)
_BEFORE_QUOTE = re.compile(r"(?:[\s,:]|\b[\w’'.-]+\b){0,60}?[\s,:]*(?:that[\s,]*)?$")
#: a dash alone between the verb and the quote mark opens the quote as a colon does ("X
#: stated—“...”"); a dash after more words is an aside's ("the tolls—“a tax”—would")
_DASH_BEFORE_QUOTE = re.compile(r"\s*[—–]\s*")
#: a quote after a dash that a dash or "that" follows is an aside inside the frame ("said —
#: “to be perfectly frank” — that the plan had failed"), not the words (the review of v97)
_ASIDE_CLOSED = re.compile(r"\s*,?\s*(?:[—–]|that\b)")
#: words between a verb and a quote that open a clause of their own (not "on Tuesday",
#: "as he left the court", "in a statement:")
_CLAUSE_BEFORE_QUOTE = re.compile(
    r"(?![\s,]*(?:as|when|while|after|before|in|on|at|during|from|to|with|by|for)\b)[^:;]*$",
    re.I,
)
#: a clause running straight into a quote (no colon, comma or dash before the mark):
#: "have carried out “..."; "X said: “...", "In 2019, “..." do not
_QUOTED_OBJECT_LEAD = re.compile(r"[\w’'%)]\s+$")
#: a quote that names a thing ("a report headlined “...”"): a title, not the words
_NAMING_BEFORE_QUOTE = re.compile(
    r"\b(?:titled|entitled|headlined|called|named|dubbed|labell?ed|branded)\s+$", re.I
)
_OWN_FRAME_OR_END = re.compile(
    r"[.!?…][”’\")]?\s+\S|\b(?:says|said|say|told|tells|wrote|writes|added|adds|reported|"
    r"reports|stated|states|tweeted)\b",
    re.I,
)
_HYPOTHETICAL = re.compile(r"(?:^|[\s,])(?:before|until|unless|if|lest|in case)\s+$", re.I)
_SUBORDINATE = re.compile(
    r"(?:^|,\s*)(?:when|whenever|after|before|while|although|though|because|if|since|once|until|unless)\s+$",
    re.I,
)
#: a subordinator right before the frame's speaker, after a main clause
_MID_SUBORDINATE = re.compile(
    r"\S\s+(?:after|before|when|whenever|while|since|because|once|until|although|though|"
    r"unless)\s+$",
    re.I,
)
#: a relative word right before the frame's speaker: ", during which he promised",
#: ", in which she wrote", ", where he said"
_RELATIVE_FRAME = re.compile(
    r"(?:,|\b(?:during|in|at|on|after|before|by|through|under|with|for|from))\s+"
    r"(?:which|whom|whose)\s+$|,\s*(?:where|when|which|who)\s+$",
    re.I,
)
#: "in September", "on Monday", "last week," before a clause
_TIME_LEAD_CLAUSE = re.compile(
    rf"(?:(?:in|on|last|this|early|late|earlier)\s+)(?:{_TIME_WORDS})(?:\s+\d{{4}})?,?\s+"
    r"(?=(?:the|an?|it|he|she|they|we|there)\b|[A-Z])",
    re.I,
)
#: a comma between clauses or phrases, not one inside a number ("$1,350")
_CLAUSE_COMMA = re.compile(r",(?!\d{3}\b)|(?<!\d),")
_PREPS = re.compile(r"(?:on|in|at|from|with|to|for|before|after|during|via|by|into|about)\b", re.I)


#: "I’ve said it before and I’ll say it again: ...": the first verb's object is a pronoun,
#: its words are the second frame's (after its colon)
_SAID_IT_BEFORE = re.compile(
    r"\s+(?:it|this|so)(?:\s+(?:before|again|often|already|repeatedly|many\s+times|too))+"
    r"[\s,]+and\b",
    re.I,
)


_IT_COLON = re.compile(
    r"\s+(?:it|this)(?:\s+(?:before|again|often|already|repeatedly|many\s+times|too))*\s*:\s*",
    re.I,
)


def _cut_title(s: _Sent, a: int, b: int) -> tuple[int, int]:
    """``a..b`` without a trailing title of the speaker ("..., spokeswoman")."""
    t = _TITLE_TAIL.search(s.text, a, b)
    if t is not None and set(re.findall(r"[a-z-]+", t.group())) & attribution().people:
        return _trim(s, a, t.start())
    d = _DET_TAIL.search(s.text, a, b)
    if d is not None:  # "..., The Hill reported" where the name's mention is "Hill"
        return _trim(s, a, d.start())
    return a, b


def _split_quote_rest(s: _Sent, q: Quote, b: int, ra: int, rb: int) -> int | None:
    """The end of a quote's second part when a frame splits one sentence of it:
    "“The harbour is so crowded,” writes X, “the ferries cannot dock.”" (a reader of
    seed 94 found the words cut before the "so ... that" clause's second half).  Only
    when the first part ends with a comma and the second opens in lower case (the same
    sentence goes on); the frame stays inside the span, as the writer set it."""
    if not re.search(r",\s*$", s.text[ra:rb]):
        return None
    after = re.match(r"[^“”\".;:!?]{0,60}?,\s*", s.text[b:])
    if after is None:
        return None
    start = s.off + b + after.end()
    for q2 in s.quotes.overlapping(start, start + 1):
        if q2.start != start or q2 is q:
            continue
        qa, qb = q2.inner
        first = s.text[qa - s.off : qb - s.off].lstrip()[:1]
        if first.islower() and qb - s.off <= len(s.text):
            return qb - s.off
    return None


def _content(s: _Sent, mask: tuple[int, int], how: str) -> tuple[tuple[int, int], str, bool]:
    """``(content span, quote kind, colon)`` for a frame covering ``mask`` (relative)."""
    a, b = mask
    text = s.text
    # a quote right before the frame ("“...,” X said") or right after ("X told me: “...”")
    for q in s.quotes.overlapping(s.off, s.off + len(text)):
        qa, qb = q.inner
        ra, rb = max(0, qa - s.off), min(len(text), qb - s.off)
        qe, qs = q.end - s.off, q.start - s.off
        if (
            0 <= qe <= a and re.fullmatch(r"[\s,.:—–-]*(?:[\w.’'-]+\s+){0,6}", text[qe:a])
            and (re.search(r"[,.!?…—–-]\s*$", text[ra:rb]) or re.match(r"\s*[,—–-]", text[qe:a]))
        ):  # fmt: skip
            # "“...,” X said": the quote ends its clause; a title in quotes before the
            # speaker ("In the film “The Harbour” the economist X says: “...”") does not
            pa, pb = _trim(s, 0, qs)
            if (
                pb > pa
                and how != "participle"  # "..., saying “...”": its words follow it
                and ra >= qs
                and _QUOTED_OBJECT_LEAD.search(text, 0, qs)
                and not _NAMING_BEFORE_QUOTE.search(text, 0, qs)
                # "to promote “a journalism of peace,” which he said means ...": the frame
                # is a relative clause's, its words follow it
                and not re.search(r"\b(?:which|who|whom|that|what)\b", text[qe:a], re.I)
                and not re.search(r"[“”\"«»]", text[pa:pb])
                # a heading or an earlier sentence glued before it ("X says Y “...”",
                # "... by MEK. pic.twitter.com/... “...”"): not one clause
                and not _OWN_FRAME_OR_END.search(text, pa, pb)
                and has_finite_word(text[pa:pb])
            ):
                # "Vellorn forces have carried out “more than 40 raids,” according to a
                # statement": the quote is the object of a clause the writer began; the
                # words are the clause (a reader judged the bare noun phrase not citable)
                return (s.off + pa, s.off + rb), "indirect", False
            rest = _split_quote_rest(s, q, b, ra, rb)
            if rest is not None:
                return (s.off + ra, s.off + rest), "direct", False
            return (s.off + ra, s.off + rb), "direct", False
        between = text[b:qs] if b <= qs else ""
        if (
            b <= qs and len(between) <= 80
            and (
                _BEFORE_QUOTE.fullmatch(between)
                or (_DASH_BEFORE_QUOTE.fullmatch(between) and not _ASIDE_CLOSED.match(text, qe))
            )
            and (q.words(s.quotes.text) >= 3 or re.search(r"[:,]\s*$|that\s*$", between))
            and not re.search(r"[.;]", between)
        ):  # fmt: skip
            lead = _THAT_CLAUSE.search(between)
            subj = _SUBJECT_NP.fullmatch(between) if lead is None else None
            if (
                subj is not None
                and _QUOTED_PREDICATE.match(text, ra, rb)
                and not has_finite_word(between)
            ):
                # "According to X, the Harvan Institute “was founded and is funded by ...”":
                # the quote is the predicate of a subject before it; the words are the
                # clause (a reader of seed 531 judged the bare predicate a fragment)
                end = rb
                while end > ra and text[end - 1] in " ,;:":
                    end -= 1
                return (s.off + b + subj.start("np"), s.off + end), "indirect", False
            if lead is None and _CLAUSE_BEFORE_QUOTE.match(between) and has_finite_word(between):
                # "said the weapons were, “part of ...”", "quoted X as saying he wasn't
                # surprised by “...”": the quote ends a clause of the reported words
                lead = re.match(r"[\s,]*", between)
            if (
                lead is None
                and len(between.split()) >= 3
                and not re.search(r"[:,]\s*$", between)
                and not has_finite_word(text[ra:rb])
                and re.search(r"\w", text[qe:])
            ):
                # "X contends the two parties consist of “We the Voters” vs. the “Swamp
                # Owls.”": a quoted phrase inside the reported clause, more of it after
                # the quote; the words are the clause, not the slogan (seed 93)
                sa, sb = _trim(s, b, len(text))
                last = [
                    x for x in s.quotes.overlapping(s.off + qe, s.off + len(text))
                    if x.end - s.off <= len(text) and not text[x.end - s.off :].strip(" .!?")
                ]  # fmt: skip
                if last:
                    sb = min(sb, last[-1].inner[1] - s.off)
                if sb > sa:
                    return (s.off + sa, s.off + sb), "indirect", False
            if lead and between[lead.end() :].strip(" ,:"):
                # "said that its coastguard had arrested “three soldiers ...”": a quoted
                # piece of the that-clause; the words are the clause, not the piece
                # (up to the quote's last word: a closing straight quote reads as an
                # opening one to the contradiction resolver's cut-off check)
                la = b + lead.end()
                ask = _ASK_WH.match(text, la) if _ASK_END.search(text, a, b) else None
                if ask:  # "asked X whether it is better to “educate or regulate”"
                    la = ask.start("wh")
                end = rb
                if re.search(r"\w", text[qe:]) and not _OWN_FRAME_OR_END.search(text, qe):
                    # "... to “educate or regulate” when it comes to speech": the clause
                    # runs on after the quoted piece (a reader of seed 471 found it cut)
                    end = _trim(s, qe, len(text))[1]
                return (s.off + la, s.off + end), "indirect", False
            return (s.off + ra, s.off + rb), "direct", False
    colon = text.rstrip().endswith(":")
    if how == "according" and re.match(r"\s*;", text[b:]) and a > 0:
        # "... a lobbyist last year according to X; Tam Kessick, another lobbyist ...": the
        # source backs the list item it closes, not the next one (a reader of seed 94)
        cut = max(text.rfind(c, 0, a) for c in ":;")
        ba, bb = _trim(s, cut + 1, a)
        if bb - ba >= 3 and len(text[ba:bb].split()) >= 3:
            quote = "direct" if s.quotes.inside(s.off + ba, s.off + bb) else "indirect"
            return (s.off + ba, s.off + bb), quote, False
        return (s.off + b, s.off + b), "indirect", False
    if how == "inversion":  # "..., finds a new study by X, an independent think-tank."
        ba, bb = _cut_title(s, *_trim(s, 0, a))
        if bb - ba >= 3:
            quote = "direct" if s.quotes.inside(s.off + ba, s.off + bb) else "indirect"
            return (s.off + ba, s.off + bb), quote, False
    if re.search(r"(?:^|[,;]\s*)(?:just\s+)?[Aa]s\s+$", text[:a]) and not colon:
        # "As the Harbor Post noted in a 2019 column, despite ..., the VLA have killed ..."
        c = text.find(",", b)
        if c >= 0:
            ca, cb = _trim(s, c + 1, len(text))
            if cb - ca >= 3:
                quote = "direct" if s.quotes.inside(s.off + ca, s.off + cb) else "indirect"
                return (s.off + ca, s.off + cb), quote, False
    if _SUBORDINATE.search(text[:a]):
        # "When Adenauer asked Goldmann for his justification, Goldmann replied: ...":
        # the subordinate frame's words end at its clause
        c = text.find(",", b)
        if c > b:
            ca, cb = _trim(s, b, c)
            if cb > ca:
                return (s.off + ca, s.off + cb), "indirect", False
    ca = b
    lead = _LEAD_TO_THAT.match(text, b)
    that_clause = False
    if (
        lead
        and how != "according"
        and not _frame_verb_in(s, b, lead.start() + lead.group().rfind("that"))
    ):
        # (not over another frame: "The Herald noted X has demanded that ...": X's words
        # via the Herald, the chain is read from the frame that opens the words)
        ca = lead.end()
        that_clause = True
    it_colon = _IT_COLON.match(text, b)
    if it_colon:  # "I’ll say it again: the coast ...": the words follow the colon
        ca = it_colon.end()
    inf = re.match(r"\s+to\s+(?=(?:be|have|possess|control|represent|speak)\b)", text[b:])
    if inf:  # "X claims to have 20,000 members": what X claims is having them
        ca = b + inf.end()
    ask = _ASK_WH.match(text, ca) if _ASK_END.search(text, a, b) else None
    if ask:
        # "asked the minister whether the fund was broke": the question is the words, not
        # the one asked (a reader of seed 471 found the listener kept in the statement)
        ca = ask.start("wh")
    if _TELL_END.search(text, a, b) and (yw := _TELL_YOU_WHAT.match(text, ca)):
        # "I'll tell you what, the risk is there": a discourse opener; the words follow
        # its comma (a reader of seed 96 found "you what, ..." filed as the words)
        ca = yw.end()
    if _TELL_END.search(text, a, b) and (lc := _LISTENER_THEN_CLAUSE.match(text, ca)):
        h = lc.group("h")
        if h[:1].isupper() or h.lower() in _AUDIENCE or attribution().role_noun.fullmatch(h):
            # "told the committee he did not learn of ...": the listener is not the words
            # (a reader of seed 474 found "the committee" kept in front of the statement)
            ca = lc.end()
    ca, cb = _trim(s, ca, len(text))
    if not text[b:ca].strip() and (gloss := _SOURCE_GLOSS.match(text, ca, cb)) is not None:
        # "According to a study by X (http://...), women are ...": the parenthesis glosses
        # the source (its link, its acronym); the words follow its comma (a reader of
        # claims v92 found "(http://...)," at the start of the statement).  Only right
        # after the source: "said that (apart from Vellorn), all ports ..." keeps the
        # words' own qualifier (the review of claims v97)
        ca = gloss.end()
    after = text[ca:cb]
    tm = _TIME_LEAD_CLAUSE.match(after)
    if tm and how != "according" and _CLAUSE_LIKE.match(after, tm.end()):
        # "announced in September the government was ending ...": a time adverbial of
        # the verb, then the words
        ca += tm.end()
        after = text[ca:cb]
    if how == "according" and colon and text[b : b + 2].strip() == ",":
        after = ""  # "According to X, a fellow at Y:": an appositive, then the block
    trivial = not after or _TRIVIAL.fullmatch(after) or len(after.split()) < 2
    # "said that in a world of fast trade, there is a duty to ...": a that-clause opening
    # with its own adverbial is the words, however it begins (readers of claims v92 found
    # the writer's fronted "In his message for ..., published Wednesday" filed instead)
    clause_after = that_clause and _opens_with_adverbial_clause(after)
    if clause_after:
        trivial = False
    if after and _ASK_END.search(text, a, b) and _ASKED_FOR.match(after):
        return (s.off + b, s.off + b), "indirect", False  # "asked the US for protection": a request
    if (
        after
        and how == "according"
        and (
            _RELATIVE_NEXT.match(after)
            # a "that" after a sentence-opening "According to X" is the words' own
            # ("According to the report that would include ..."): only a source after
            # the words takes a relative "that"
            and (after[:4].lower() != "that" or len(text[:a].split()) >= 3)
            or _APPOSITIVE_NEXT.match(text, b)
            and not colon
        )
    ):
        # "according to X, who spent years with the dying, the top regret is ...": the
        # words follow the relative clause (or the appositive: "according to X, a fellow
        # at Y, ..."); "..., according to the X poll, which appears kinder." / "...,
        # according to X, a strategist at Y.": X's description, the words are before it
        cm = _CLAUSE_COMMA.search(text, ca)
        c = cm.start() if cm else -1
        ra, rb = _trim(s, c + 1, len(text)) if c >= 0 else (0, 0)
        if (
            _APPOSITIVE_NEXT.match(text, b)
            and not _RELATIVE_NEXT.match(after)
            and len(text[:a].split()) <= 2  # the frame opens the sentence: words follow
            and has_finite_word(text[ca : c if c >= 0 else len(text)])
            and not re.search(
                r"\b(?:who|whom|whose|which|that)\b", text[ca : c if c >= 0 else len(text)]
            )
        ):
            # "According to FEC records, the PAC had only raised $1,350 by ...": a clause
            # after the source, not its appositive (a reader of seed 471 found the words
            # started inside the number)
            pass
        elif rb - ra >= 3 and len(text[ra:rb].split()) >= 3:
            ca, cb, after = ra, rb, text[ra:rb]
        else:
            trivial = True
    if (
        _CONCESSIVE_AFTER.match(text, b)
        and re.search(r",\s*$", text[:a])
        and len(text[:a].split()) >= 3
    ):
        # "The fund is empty, the official stated, despite the fact that the council ...":
        # a frame set between two clauses; the concession after it is the writer's, the
        # words are the clause before (a reader of seed 474 found the despite-clause filed)
        trivial = True
    if after[:1] in ("—", "–"):
        # "..., X admits—a stunning concession from him.": the writer's aside after a
        # dash; the words are before the frame
        trivial = True
    if after and _TELL_END.search(text, a, b) and _LISTENER.fullmatch(after):
        trivial = True  # "..., one witness told the select committee.": the listener
    if after and how == "denial" and not _TRIVIAL.fullmatch(after):
        trivial = False  # "Marrowland denies involvement": what is denied is the content
    if (
        not trivial
        and colon
        and how in ("according", "relative")
        and not re.search(r"[.!?]", after)
    ):
        trivial = True
    if not trivial and (
        not _PREPS.match(after)
        or how in ("according",)
        or re.search(r"\bthat\b", after[:80])
        or clause_after
    ):
        quote = "direct" if s.quotes.inside(s.off + ca, s.off + cb) else "indirect"
        return (s.off + ca, s.off + cb), quote, colon
    if _MID_SUBORDINATE.search(text, 0, a) or _RELATIVE_FRAME.search(text, 0, a):
        # "X had been set to expire March 5 after Y announced ...": the main clause before
        # a subordinate frame is the writer's narration, not Y's words (seed 93); so is
        # what a relative clause's frame hangs on ("Following X's visit, during which he
        # promised to ...": a reader of seed 612 found the words before filed as his)
        return (s.off + b, s.off + b), "indirect", colon
    ba, bb = _cut_title(s, *_trim(s, 0, a))
    lead_as = re.search(r"(?:^|,)\s*(?:just\s+)?as\s*$", text[ba:bb], re.I)
    if lead_as:
        bb = ba + lead_as.start()
        ba, bb = _trim(s, ba, bb)
    if bb - ba >= 3 and not colon and len(text[ba:bb].split()) >= 3:
        quote = "direct" if s.quotes.inside(s.off + ba, s.off + bb) else "indirect"
        return (s.off + ba, s.off + bb), quote, False
    return (s.off + b, s.off + b), "indirect", colon


#: a parenthesis right after the source, closed by the comma before the words: "(http://
#: ...),", "(NOAA),", "(a former pilot),"
_SOURCE_GLOSS = re.compile(
    r"\((?!(?:apart|as|unlike|except|excluding|including|in|on|at|for|with|without|despite|"
    r"not|after|before|since|until)\b)[^()]{1,100}\)\s*,\s*(?=\S)",
    re.I,
)
#: a that-clause's opening adverbial, then its comma and its subject: "in a world of fast
#: trade, there is ...", "after the vote, the council will ..."
_ADVERBIAL_THEN_CLAUSE = re.compile(
    r"(?:on|in|at|from|with|for|before|after|during|by|despite|without|under|given)\s+"
    r"[^,;:.!?“”\"]{1,80},\s+(?:the|an?|it|he|she|they|we|I|you|there|this|these|those|its|"
    r"his|her|their|our|(?-i:[A-Z])[\w’'-]*)\s",
    re.I,
)


def _opens_with_adverbial_clause(after: str) -> bool:
    """Whether the words after "that" are a clause whose own adverbial comes first ("in a
    world of fast trade, there is a duty ..."), a finite verb after the adverbial's comma:
    not the verb's prepositional phrase ("said that in Vellorn" never reaches here)."""
    m = _ADVERBIAL_THEN_CLAUSE.match(after)
    return m is not None and has_finite_word(after[m.end() - 1 :])


#: verb forms that are also nouns ("the report", "Renk's claims"): verbs only when
#: followed by a that-clause, a quote or a colon
_AMBIGUOUS = frozenset({"report", "reports", "claim", "claims", "states", "notes", "comments", "reads",
                        "read", "finds", "shows", "estimates", "estimate", "posted", "tweet", "comment",
                        "rules", "rule", "forecast", "forecasts"})  # fmt: skip
_CLAUSE_NEXT = re.compile(r"\s+that\b|\s*[,:]?\s*[“\"]|\s*:|\s*,\s*(?:the|a|an)?\s*[A-Z]")


def _frame_verb_in(s: _Sent, a: int, b: int) -> bool:
    """Whether a reporting verb used as a verb ("has demanded"; not "claims by X") stands
    in ``a..b`` (relative)."""
    return any(not _noun_use(s, v) for v in reporting_verbs(s.text, a, b))


#: "tell all" before a noun: the compound "tell-all book" written without its hyphen (a
#: reader of seed 1014 found a writer's list item filed as the named author's words)
_TELL_ALL = re.compile(
    r"[\s-]+all\s+(?:book|memoir|account|interview|story|biography|volume)s?\b", re.I
)


def _noun_use(s: _Sent, v: re.Match[str]) -> bool:
    """Whether a verb form is used as a noun here ("a claim by", "the report read")."""
    w = v.group()
    before = s.text[: v.start()]
    if w == "said":
        return bool(re.search(r"\bthe\s+$", before))
    if w in ("asked", "asks", "ask") and re.match(r"\s+(?:not\s+)?to\b", s.text[v.end() :]):
        return True  # "who asked not to be named": a request, not a question reported
    if re.search(r"\b(?:like|as)\s+(?:I|we|you)\s+(?:have\s+)?$", before, re.I) and w in (
        "said",
        "say",
        "says",
    ):
        return True  # "Like I said, ...": a discourse marker, not a report
    if w in ("told", "tells", "tell") and (
        re.search(r"\b(?:was|were|is|are|been|being|be|get|got|and)\s+(?:\w+ly\s+)?$", before)
        and not re.match(
            r"\s+(?:(?:me|him|her|us|them|reporters|the|an?)\b|[A-Z])", s.text[v.end() :]
        )
    ):
        return True  # "(kids are left alone and) told they can have ...": passive, no teller
    if w in ("tell", "tells") and _TELL_ALL.match(s.text, v.end()):
        return True  # "each Voss tell all book": the "tell-all" noun, no teller
    if w in ("claims", "claimed", "claim") and re.match(
        r"\s+to\s+(?:be|have)\b", s.text[v.end() :]
    ):
        return False  # "X claims to have 20,000 members": X's own claim
    if (
        before.rstrip().endswith(",")
        and re.match(r"(?:\s+[\w-]+){1,3}\s*,", s.text[v.end() :])
        and w.endswith("ed")
    ):
        return True  # "The action taken by the FRC, reported today, is too little": a modifier
    if w in ("answered", "answers"):
        # "“...,” X answered." / "X answered that ...", never "X answered the phone"
        return not re.match(r"\s*(?:[,.!?;]|$)|\s*[:“\"]|\s+that\b", s.text[v.end() :])
    if w == "show":
        # "..., records obtained by the Harvan Post show.": a trailing frame of documents
        # (a reader of seed 531 found it left inside the writer's statement); elsewhere
        # only with a that-clause ("polls show that ..."), never "a TV show"
        after = s.text[v.end() :]
        return not (
            re.match(r"\s+that\b", after)
            or re.fullmatch(r"\s*[.!?]?[”\"’)]?\s*", after)
            and "," in before
        )
    if w not in _AMBIGUOUS:
        return False
    if re.search(
        r"(?:^|[\s,“\"(])(?:[Hh]e|[Ss]he|[Tt]hey|I|[Ww]e)\s+(?:also\s+|now\s+|still\s+)?$", before
    ):
        return False  # "She claims Renk has ...": after a subject pronoun, a verb
    last = re.search(r"([a-z]+s)\s+$", before)
    if w == "claim" and last and last.group(1) in attribution().people:
        return False  # "city officials claim the pier ...": after a plural role noun, a verb
    if not _CLAUSE_NEXT.match(s.text, v.end()) and not (
        before.rstrip().endswith((",", "”", '"')) and w in ("reports", "reported", "finds")
    ):
        return True
    return bool(_DET_BEFORE.search(before)) and not re.search(
        r"\b(?:has|have|had|also|later|then)\s+$", before
    )


#: a dashed appositive before the verb; short quoted titles inside it ("a former model
#: who has appeared in shows like “Pier Street” and “Harbour Nights”") do not end it
_DASH_APPOSITIVE = re.compile(
    r"\s[—–]\s(?:[^—–“”\"]|“[^“”\n]{1,60}”|\"[^\"\n]{1,60}\"){3,300}?\s[—–]\s*$"
)


#: "what X has to say": the idiom of what X says, no obligation
_SHOP_NAME = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w’'&.-]*(?:\s+[A-Z][\w’'&.-]*){0,4}")
_HAS_TO_SAY = re.compile(r"\bwhat\s+(?P<np>[^,;:.!?“”\"]{1,60}?)\s+(?:has|have|had)\s+to\s+$")


def _speaker_for_verb(s: _Sent, v: re.Match[str]) -> tuple[Speaker | None, str]:
    lex = attribution()
    w = v.group()
    before = s.text[: v.start()]
    has_to = _HAS_TO_SAY.search(before) if w.lower() == "say" else None
    if has_to:
        # "here is what Renk’s Books has to say about the box:": what X says (an
        # independent reader of seed 101 found the shop's blurb filed under no speaker)
        spk = _np_before(s, has_to.end("np"))
        if spk is None and _SHOP_NAME.fullmatch(has_to.group("np")):
            # "what Renk’s has to say": a shop's possessive name the tagger did not call one
            spk = _speaker(s, has_to.start("np"), has_to.end("np"), "name")
        return spk, "verb"
    if _PART_OF_WHICH.search(before):
        # "She ordered the opponents to modify their arguments, most of which falsely
        # claimed ...": some of the antecedent speak, and the words before the comma are
        # a clause, not a speaker (a reading of seed 690 found the clause filed as one)
        return None, "verb"
    rel = _RELATIVE.search(before)
    if rel:  # "the Harvan Rights League (HRL), which writes:"
        np = _np_before(s, rel.start())
        if np is not None and np.form != "name":
            # "Ivo Renk, a historian and associate of the Vellorn Institute, who wrote:":
            # the relative's antecedent is the person the appositive describes
            for pm in reversed(s.mentions):
                if (
                    pm.label == "PERSON"
                    and pm.end <= np.start
                    # "..., and Renk, all the figures who claim ...": a list's last name
                    # is not the relative's antecedent, nor a quantifier's
                    and not re.search(r"\band\s+$", s.text[: pm.start - s.off])
                    and not re.match(r"(?:all|both|each|many|some|most|several)\b", np.text, re.I)
                    and re.fullmatch(
                        r"\s*,[^,;:“”\"]{0,120}", s.text[pm.end - s.off : np.start - s.off]
                    )
                ):
                    return Speaker(pm.text, pm.start, pm.end, "name", pm), "relative"
        return np, "relative"
    if w.split()[0] in lex.inversion and (
        before.rstrip().endswith((",", "”", '"', "’")) or not before.strip()
    ):  # "“...,” said X" / "..., reports X" / "..., said he while ..."
        spk = _np_after(s, v.end())
        if spk is not None:
            return spk, "inversion"
    dash = _DASH_APPOSITIVE.search(before)
    if dash:  # "Sabato — a former model who ... — said he liked ..."
        spk = _np_before(s, dash.start())
        if spk is not None:
            return spk, "verb"
    if re.search(
        r"\b(?:was|were|been|is|are|being|to\s+be)\s+(?:(?:even|also|first|later|[a-z]+ly)\s+)*$",
        before,
    ):
        by = re.match(r"\s+by\s+", s.text[v.end() :])
        if by:  # "It was later conceded by General Tomas Vell, ..."
            return _np_after(s, v.end() + by.end()), "passive"
        return None, "verb"
    gap = _GAP.search(before)
    gap_start = gap.start() if gap else len(before)
    if "," in before[gap_start:] or "(" in before[gap_start:]:
        m = s.mention_ending(len(before[:gap_start].rstrip()))
        if m is not None and m.label == "PERSON" and re.search(r",\s*$", s.text[: m.start - s.off]):
            # "..., the union's chairman, Sven Horak, told ...": the name after the role
            return Speaker(m.text, m.start, m.end, "name", m), "verb"
        spk = _appositive_speaker(s, gap_start)
        if spk is not None:
            return spk, "verb"
    if re.search(r"\b(?:and|but)\s+(?:(?:also|then|later)\s+)?$", before) or re.search(
        r"\b(?:and|but)\s+(?:(?:on|last|this|earlier)\s+(?:\w+day|week|month|year)|"
        r"(?:on|in)\s+(?:January|February|March|April|May|June|July|August|September|October|"
        r"November|December)(?:\s+\d{1,2})?)\s+$",
        before,
    ):
        # "Renk referred to the new allegation ... and said, “...”"; "X opposes Y and last
        # month said it would ..." (a reader of seed 531 found the said-clause filed under
        # the writer); "conjunct": its words follow it, never the clause before
        return _conjunct_subject(s, v.start()), "conjunct"
    spk = _np_before(s, gap_start)
    if spk is not None and spk.form == "role":
        spk = _unclosed_appositive(s, spk) or _writer_among(spk) or spk
    if spk is None:
        spk = _appositive_speaker(s, gap_start)
    return spk, "verb"


#: the comma that opens an appositive the role ends, maybe after its first words: ",
#: the head of ..." or ", a member of the board and the president of ..." (the role
#: phrase found may start anywhere in it); a capitalised word after the comma is
#: another name of a list ("X, Y and the head of ...")
_APPOSITIVE_COMMA = re.compile(
    r"\S\s*(?P<c>,)\s*(?:(?-i:a|an|the|his|her|its|their|former|[a-z][\w-]*)\b"
    r"[^,;:.!?]{0,120}?)?$"
)
#: the writer with unnamed others: "I and others have warned ...", "we and our readers"
_WRITER_AND = re.compile(r"(?P<p>I|we|We)\s+and\s+(?-i:[a-z])[\w’' -]{1,40}")


def _writer_among(role: Speaker) -> Speaker | None:
    """ "I and others have repeatedly warned that ...": the first person is the page's
    writer, who speaks here with people left unnamed -- the writer, not an anonymous
    "I and others" (a reader of seed 1003 judged the row wrong)."""
    m = _WRITER_AND.fullmatch(role.text)
    if m is None:
        return None
    return Speaker(m.group("p"), role.start, role.start + len(m.group("p")), "pronoun")


#: a title before a person's name at the start of a clause: "Rev.", "Dr", "Senator"
_TITLE_WORDS = re.compile(r"(?:[A-Z][a-z]{1,9}\.?\s+){0,2}$")


def _unclosed_appositive(s: _Sent, role: Speaker) -> Speaker | None:
    """The person whose appositive a role is when its closing comma is missing: "Rev.
    Ivo Renk, a member of the board and the president of the Vellorn Guild noted that
    ..." -- the role is Renk's, and Renk speaks (a reader of seed 1004 found the
    guild's name filed as the speaker).  Only a person's name that opens its clause
    stands right before the comma; "He met Ivo Renk, the head of ... said" has none."""
    before = s.text[: role.start - s.off]
    comma = _APPOSITIVE_COMMA.search(before)
    if comma is None:
        return None
    stretch = before[comma.end("c") :]
    if re.search(r"\b(?:who|which|that|whose)\b", stretch) or has_finite_word(stretch):
        return None  # "X, who left the board and the head of ... said": a clause between
    m = s.mention_ending(len(before[: comma.start("c")].rstrip()))
    if m is None or m.label != "PERSON":
        return None
    lead = s.text[: m.start - s.off]
    t = _TITLE_WORDS.search(lead)
    lead = lead[: t.start()] if t else lead
    if not _CLAUSE_START.search(lead) or re.search(r"(?:\b(?:and|or)|&)\s*$", lead):
        # "X, and Y and Z, the prosecutors ... responded": the last of a list is not
        # the role's one person
        return None
    return Speaker(m.text, m.start, m.end, "name", m)


#: base forms of reporting verbs, which a modal can govern across "and"
_BASE_SAY = frozenset(
    [
        "say",
        "tell",
        "claim",
        "declare",
        "announce",
        "insist",
        "argue",
        "admit",
        "deny",
        "write",
        "tweet",
        "warn",
        "ask",
    ]
)
#: a modal verb phrase coordinated with the reporting verb: "could easily go on TV and"
_MODAL_THEN_AND = re.compile(
    r"\b(?:will|would|might|may|could|should|shall|can)\s+(?:\w+ly\s+)?[a-z]+\b"
    r"[^,.;:!?“”\"]{0,60}?\band\s+(?:then\s+)?(?:\w+ly\s+)?$",
    re.I,
)


#: nothing but the sentence's end after a verb
_ENDS_AFTER = re.compile(r"[\s.!?]*")
#: "continued to suffer", "continues working": what goes on is a doing ("continued to
#: insist", "continued saying" go on speaking)
_SPEAKING = (
    r"(?:say|insist|claim|argue|maintain|deny|state|assert|warn|stress|note|tell|add|explain)"
)
_GOES_ON_DOING = re.compile(
    rf"\s+(?:to\s+(?!{_SPEAKING}s?\b)[a-z]|(?!{_SPEAKING}ing\b|(?:denying|telling|arguing|stating|noting)\b)"
    rf"[a-z]+ing\b)"
)
#: words set off before a speaker: a comma, a closing quote or a dash
_SET_OFF_BEFORE = re.compile(r"[,”\"’—–-]\s*$")


#: people named by their temperament alone, not by a place, a role or a stand on an issue
#: ("residents", "experts", "critics", "skeptics" of a plan are reported people)
_OUTLOOK_NOUNS = frozenset(
    ["optimists", "pessimists", "cynics", "idealists", "realists", "romantics", "fatalists"]
)
#: the plural's own present of a verb of thinking: a generic characterisation
_OUTLOOK_VERBS = frozenset(["think", "believe", "feel"])


def _outlook_generic(s: _Sent, spk: Speaker, verb: str) -> bool:
    """Whether ``spk`` + ``verb`` is the writer's generalisation about a kind of people,
    not anyone's reported view: a bare plural naming people by their temperament with a
    present verb of thinking ("Optimists think that a bad thing is a fluke" restates what
    an optimist is).  A determiner or quantifier ("Many optimists", "The cynics in the
    party"), a past tense ("Optimists thought"), a verb of saying, or a group named by a
    place, a role or a stand ("Residents think", "Experts believe", "Skeptics believe")
    keep their speaker: they report people (independent readers of claims v111 judged the
    writer's model of optimists credited to an anonymous "Optimists" wrong).  Only a plural
    that opens its sentence with no scope: "Among traders, optimists believe ..." and
    "Optimists in the party think ..." report people (a review of claims v112)."""
    return (
        spk.form == "role"
        and spk.text.lower() in _OUTLOOK_NOUNS
        and verb.lower() in _OUTLOOK_VERBS
        and not s.text[: spk.start - s.off].strip()
        and not _SCOPE_AFTER.match(s.text, spk.end - s.off)
    )


#: a scope after a plural: "optimists in the party", "cynics among the voters"
_SCOPE_AFTER = re.compile(r"\s*(?:in|of|among|at|from|on|within|across)\b", re.I)


def _frames_verbs(s: _Sent, lex_denial: frozenset[str]) -> list[Frame]:
    lex = attribution()
    out: list[Frame] = []
    for v in reporting_verbs(s.text):
        if _noun_use(s, v):
            continue
        inner = s.in_quote(v.start())
        w = v.group()
        spk, how = _speaker_for_verb(s, v)
        if spk is None or _outlook_generic(s, spk, w):
            continue
        conjunct = how == "conjunct"
        how = "verb" if conjunct else how
        inner_inversion = False
        if inner:
            # inside a quote only a named speaker's own frame counts ("President Renk
            # clearly said ‘...’" in Voss's quote): the statements module keeps it only
            # within a quote it knows the speaker of, as that speaker's words via them
            if spk.form != "name" or s.quotes.at(spk.start) is None:
                continue
            inner_inversion = how == "inversion"
            how = "inner"
        if _HYPOTHETICAL.search(s.text[: spk.start - s.off]) and how != "inversion":
            continue  # "How long will it be before this president declares that ...": not said
        if re.search(
            r"\b(?:will|would|might|may|could|should|shall)\s+(?:\w+ly\s+)?$", s.text[: v.start()]
        ):
            continue  # "some will say that ...": speech foreseen, not reported
        if w.lower() in _BASE_SAY and _MODAL_THEN_AND.search(s.text[: v.start()]):
            # "X could go on television and say “...”": speech imagined, not reported (a
            # reader of seed 472 found the imagined words filed as the person's own)
            continue
        if (
            w in ("read", "reads", "found", "finds", "show", "shows", "showed", "concluded", "concludes")
            and spk.form != "document" and not re.match(r"\s+that\b", s.text[v.end() :])
        ):  # fmt: skip
            continue
        if w.lower() in ("continued", "continues", "continue") and _GOES_ON_DOING.match(
            s.text, v.end()
        ):
            # "average Americans have continued to suffer hardship": a going on, no speech
            # (a reader of claims v68 found the writer's sentence filed as theirs)
            continue
        if (
            w.lower() in ("continued", "continues")
            and how != "inversion"
            and _ENDS_AFTER.fullmatch(s.text, v.end())
            and not _SET_OFF_BEFORE.search(s.text, 0, spk.start - s.off)
        ):
            # "..., hostilities between the two countries continued.": they went on; a
            # speaker who continued speaking is set off from the words ("..., the envoy
            # continued.", "...,” Renk continued.")
            continue
        via: Speaker | None = None
        end = v.end()
        real = spk
        if w == "quoted":  # "X quoted Y as saying ...": Y's words, via X
            qa = _QUOTED_AS.match(s.text, v.end())
            if not qa:
                continue
            real = _speaker(s, qa.start("who"), qa.end("who"), "name")
            low = real.text.lower()
            head = _head_name(s, real.start - s.off, real.end - s.off)
            form = "pronoun" if low in ("him", "her", "them") else (
                "name" if head is not None else _classify(real.text))  # fmt: skip
            if form == "name" and head is None:
                form = "role"  # "the Vellornian president": a role, whatever it names inside
            real = Speaker(real.text, real.start, real.end, form, head)
            via, end, how = spk, qa.end(), "quoted-as"
        elif w in ("told", "tells", "tell"):
            via, end = _via_after_told(s, v.end())
        elif w.lower() in _TO_LISTENER_VERBS and (to := _TO_LISTENER.match(s.text, v.end())):
            # "officials explained to the Harvan Post that ...": the outlet is the channel,
            # as after "told" (a person or "reporters" there is a listener: no channel)
            via, end = _via_after_told(s, to.end())
            if via is None:
                end = v.end()
        elif w.lower() in _CHANNEL_VERBS and how == "verb":
            via, end = _on_air_channel(s, v.end())
            if via is None:
                via, end = _remarks_to_channel(s, v.end())
            if via is None:
                via, end = _platform_channel(s, v.end(), w)
            if via is None and (ch := _interview_channel(s, v.end())) is not None:
                # "X said in an interview with the Harvan Post that ...": the paper is the
                # channel and the words follow it (independent readers of claims v67 found
                # such a statement lost: its words began with "in an interview")
                via, end = ch, ch.end - s.off
            elif via is None and (video := _IN_VIDEO.match(s.text, v.end())) is not None:
                a, b = video.span("work")
                via, end = Speaker(s.text[a:b], s.off + a, s.off + b, "name", None), video.end()
            elif via is None and (release := _release_by(s, v.end(), real))[0] is not None:
                # "As Ivo Renk explained in a Vellorn Observatory press release:"
                via, end = release
            elif via is None and (
                _IN_WORK.match(s.text, v.end()) or _IN_NOTE.match(s.text, v.end())
            ):
                # "Robert Monks says in the film: ...": the work the words are quoted from
                # (the engineer's readings of seeds 642 and 643 found the film missing);
                # "said in his column Monday that ...": a day, no title
                via, end = _work_written_in(s, v.end())
            elif (
                via is None
                and (posted := _posted_to(s, v.end(), min(len(s.text), v.end() + 160)))[0]
                is not None
                and re.match(r"\s+in\b", s.text[v.end() :])
            ):
                # "X said in a statement posted to the group's Tarnbook page that ..."
                via, end = posted
            elif (
                via is None
                and (at := re.match(r"\s+(?=in\b)", s.text[v.end() :])) is not None
                and (post := _platform_post(s, v.end() + at.end(), len(s.text)))[0] is not None
            ):
                # "X said in a Tarnbook post that ..."
                via, end = post
            elif via is None:
                via = _interview_before(s, v.start())
                if (
                    via is not None and via.end <= real.start
                    and not _OPENING_THEN_SPEAKER.fullmatch(s.text, via.end - s.off,
                                                            real.start - s.off)
                ):  # fmt: skip
                    via = None  # "In the interview ..., Renk said ..., and Voss said ..."
        elif how == "verb" and w.lower() in ("writes", "wrote"):
            via, end = _written_in(s, v.end())
            if via is None:
                via, end = _platform_channel(s, v.end(), w)
            if via is None:
                via, end = _work_written_in(s, v.end())
        if via is None and how == "verb" and v.start() > real.end - s.off:
            # "In his book The Long Harbour, Ivo Renk tells us: ...": the work named
            # before the speaker is the channel
            via = _work_before(s, real.start - s.off)
            if via is None:
                # "In a statement posted to the group's Tarnbook page, X said ..."
                via = _posted_to(s, 0, real.start - s.off)[0]
            if via is None:
                via = _channel_opening(s, real.start - s.off)
            if via is None:
                # "In a Tarnbook post, X said ...": the platform opens the sentence
                opening = len(s.text) - len(s.text.lstrip())
                via = _platform_post(s, opening, real.start - s.off)[0]
            if via is not None and not _OPENING_THEN_SPEAKER.fullmatch(
                s.text, via.end - s.off, real.start - s.off
            ):
                # "In a Tarnbook post, Renk said ..., but Voss told reporters ...": the
                # opening channel is the first speaker's only (the review of claims v97)
                via = None
        if (
            how == "inversion"
            and via is None
            and (note := _NOTE_FROM.match(s.text, real.start - s.off))
        ):
            a, b = note.span("work")
            via = Speaker(s.text[a:b], s.off + a, s.off + b, "name", None)
        if how == "inversion":
            end = max(end, real.end - s.off)
            at = _WRITER_AT.match(s.text, end)
            if at and via is None and w.lower() in ("writes", "wrote"):
                # "“...,” writes Jana Welk at The Harvan Review": the paper the writer
                # wrote in is the channel (a reader of seed 94 found it missing)
                via, end = _via_after_told(s, at.end())
                if via is None and (title := _WRITER_AT_TITLE.match(s.text, at.end())):
                    # "writes Jana Welk at The Harvan", a title the tagger tags as no
                    # body: its capital "The" styles a paper's name (an independent reader
                    # of claims v98, seed 1062, found the via missing)
                    a, b = title.span()
                    via, end = Speaker(s.text[a:b], s.off + a, s.off + b, "name", None), b
                if via is None:
                    end = max(v.end(), real.end - s.off)
        lo = min(real.start - s.off, spk.start - s.off, v.start())
        mask = (lo, max(end, spk.end - s.off))
        content, quote, colon = _content(
            s,
            mask,
            "inversion"
            if inner_inversion
            else "denial"
            if w in lex_denial and how == "verb"
            else how,
        )
        if content[0] == content[1] and not colon or _SAID_IT_BEFORE.match(s.text, v.end()):
            continue  # "Mara Voss reported from Dunmere.": no reported words
        if w.lower() in _SAY_FORMS and _SAID_NOTHING.match(s.text, v.end()):
            # "..., and Ivo Renk listened and said nothing.": no words were said, and the
            # words before the frame are another clause's (the review of claims v101
            # found the writer's clause filed as the silent person's)
            continue
        if conjunct and content[0] < s.off + v.end():
            # "The minister spoke for an hour, and Renk listened and said ...": a verb
            # coordinated with the one before it reports only the words after it; the
            # words before it are its own clause and the clause it was joined to
            continue
        if (
            how == "passive"
            and not _IT_PASSIVE.search(s.text, 0, v.start())
            and not _PASSIVE_CLAUSE.match(s.text, mask[1])
        ):
            # "This challenge was dismissed by the court, and the measure will appear on
            # the ballot": the court did something to a thing; the clause after the agent
            # is the writer's (a reader's check of seed 643 found the court its speaker).
            # "It was conceded by X that ..." and an agent followed by "that", a colon
            # or a quote keep their words
            continue
        if (
            how == "verb"
            and _RELATIVE_BEFORE.search(s.text, 0, min(real.start, spk.start) - s.off)
            and not s.text[v.end() : content[0] - s.off].strip()
            and _PREDICATE_FIRST.match(s.text, content[0] - s.off)
        ):
            # "the two things which Renk said made the city great": the relative pronoun
            # is the reported clause's subject; its predicate alone is a fragment (a
            # reader's check of seed 532)
            continue
        neg = w in lex_denial
        den = _denies(s, v.end(), w, neg)
        if den is not None and neg:
            t = re.search(r"\bthat\b[\s,]*", s.text[den[2] - s.off : content[1] - s.off])
            if t:  # "denied a claim by X that P": the content is P
                content = (den[2] + t.end(), content[1])
        if neg and not w.startswith("den"):
            # "rejected claims that P" says not-P; "rejected the report as biased" says
            # something about the report, positively
            neg = bool(re.search(r"\bthat\b", s.text[v.end() : max(v.end(), content[0] - s.off)]))
        # a rejection of another source's report ("X rejected the Y report") keeps its
        # object: the denial pairs it with that report (resolve/contradictions.py)
        obj = (
            _np_object(s, w, v.end(), content, min(real.start, spk.start)) if den is None else None
        )
        if obj == "drop":
            continue  # "X wrote a new book": what X did, no reported words
        if (
            w.lower() in _SAY_FORMS
            and content[1] > content[0]
            and not s.text[v.end() : content[0] - s.off].strip(" ,")
            and _THING_OBJECT.match(s.text, content[0] - s.off, content[1] - s.off)
        ):
            # "said nice things about X", "says one thing to the cameras": the object
            # names the talk, not its words (a reader judged the writer's gloss filed as
            # the speaker's statement, seeds 87 and 88)
            continue
        if obj == "sentence":
            # "X accused the council of hiding the report": the object alone ("the
            # council of hiding the report") is a fragment; the reported act is the verb
            # with its object, positive as written ("X denied refuge to Y").  The frame
            # before the verb (the speaker, "The prime minister, X,") is not the words:
            # independent readers judged both the object alone (seed 93) and the whole
            # sentence with its frame (seed 87) wrong
            ta, tb = _trim(s, v.start(), len(s.text))
            tb = _before_act_gloss(s, ta, tb)
            content, neg, den = (s.off + ta, s.off + tb), False, None
        hedge = lex.hedge_verbs.get(w)
        out.append(
            Frame(real, w, s.off + v.start(), s.off + v.end(), (s.off + mask[0], s.off + mask[1]),
                  content, how, via, quote, colon, den, neg,
                  (hedge, s.off + v.start(), s.off + v.end()) if hedge else None)
        )  # fmt: skip
    return out


#: an expletive passive's subject before the verb: "It was later conceded by X that ..."
_IT_PASSIVE = re.compile(
    r"(?:^|[\s,;:(“\"])[Ii]t\s+(?:was|is|has\s+been|had\s+been|will\s+be)\s+"
    r"(?:(?:even|also|first|later|[a-z]+ly)\s+)*$"
)
#: reported words right after a passive's agent: "that ...", a colon, a quote
#: (past an appositive: "admitted by General Ivo Renk, the former commander, that ...")
_PASSIVE_CLAUSE = re.compile(r"(?:\s*,[^,;:“”\"]{1,120},)?\s*,?\s*(?:that\b|:|[“\"])")
_SAY_FORMS = frozenset({"say", "says", "said", "saying"})
#: "said nothing", "said little", "said no more": the person said no words to report
#: (only where the object ends the clause, or a topic or another verb follows: "said
#: more had to be done", "said nothing in the report was new" report words)
_SAID_NOTHING = re.compile(
    r"\s+(?:(?:nothing|little|not\s+much|not\s+a\s+word)(?:\s+(?:more|else))?|no\s+more|more|much)"
    r"(?:\s+(?:publicly|afterwards|further|again))?"
    r"(?=\s*(?:[.,;:!?)—–]|$)|\s+(?:and|but|about|when|as)\s)"
)
_RELATIVE_BEFORE = re.compile(r"\b(?:which|that|who)\s+$")
_PREDICATE_FIRST = re.compile(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|should|must|may|might|did|does|do|"
    r"made|makes|make|[a-z]+ed)\b"
)
_WRITER_AT = re.compile(r"\s+(?:at|for|in)\s+(?=(?:the\s+|The\s+)?[A-Z])")
#: a paper's title after that "at/for/in": "The" and a few capitalised words up to the
#: frame's end ("writes Jana Welk at The Harvan, “...”"), never a school's or a body's
#: ("at The University of Vellorn" is where the writer works); the sentence's full stop
#: after a word is not the title's ("... at The Harvan."; an initial's stays: "The N.Y.")
_WRITER_AT_TITLE = re.compile(
    r"(?-i:The)\s+(?!(?:[A-Z][\w’'&.-]*\s+){0,3}(?:University|College|Institute|School|"
    r"Foundation|Center|Centre|Department|Ministry|Hospital|Academy)\b)"
    r"(?-i:[A-Z])[\w’'&.-]*(?:\s+(?-i:[A-Z])[\w’'&.-]*){0,3}(?<![a-z]\.)(?=\s*[,.;:“”\"]|\s*$)"
)
#: an object that names the talk instead of giving its words: "nice things about X",
#: "one thing to the cameras", "something similar", "nothing about it"; a clause with it
#: as subject ("said things were getting worse") and a colon ("said two things: ...")
#: are the words
_THING_OBJECT = re.compile(
    r"(?:[\w’'-]+\s+){0,3}?(?:things?|something|anything|nothing|everything)\b"
    r"(?![\w’'-])(?!\s*:)(?!\s+(?:is|are|was|were|had|has|have|will|would|could|can|may|"
    r"might|must|should|did|does|do|that|which|like)\b)",
    re.I,
)
#: verbs whose object is a noun phrase that carries what was said, never a clause
#: without "that" ("accused X of ...", "criticised X for ...", "rejected the argument",
#: "announced new sanctions"): an independent reader judged such objects fragments
#: (3 of 60 claims on FakeNewsCorpus seeds 201-202, and seed 61)
_NP_ACT_VERB = re.compile(
    r"(?:accus|critici[sz]|blam|condemn|denounc|describ|prais|hail|slam|brand|label|charg|"
    r"demand|reject|dismiss|lambast|applaud|welcom|decr[ie]|rebuff|rubbish|brush|shrug|wav|swat)",
    re.I,
)
#: verbs of demanding: with a noun-phrase object they ask for something, asserting nothing
_DEMAND_VERB = re.compile(r"demand", re.I)
#: verbs of the same kind that may also take a clause without "that" ("revealed the
#: minister was ...", "suggested the guards shed their uniforms")
_NP_OR_CLAUSE_VERB = re.compile(
    r"(?:den(?:y|ie)|announc|report|confirm|reveal|show|found|find|acknowledg|alleg|admit|argu|predict|forecast|"
    r"suggest|unveil|stress|emphasi[sz]|underlin|underscor|highlight)",
    re.I,
)
#: verbs whose noun-phrase object is an event or a thing shown, not a judgement of the
#: speaker's: "announced new sanctions", "unveiled a plan", "describes an experiment"
_NP_EVENT_VERB = re.compile(r"(?:announc|unveil|describ)", re.I)
#: "what he called “...”", "what she described as ...": a noun phrase, not a clause
_WHAT_CALLED = re.compile(
    r"[\s,]*what\s+(?:he|she|they|it|we|I|[A-Z][\w’'-]*)\s+(?:has\s+|had\s+)?"
    r"(?:called|calls|termed|terms|dubbed|dubs|labell?ed|described\s+as|describes\s+as|"
    r"characteri[sz]ed\s+as|referred\s+to\s+as)\b"
)
#: verbs of making a text: with a noun object they report no words ("X wrote a book");
#: so do verbs of putting questions ("X posited numerous unanswered questions that
#: reveal ...": the writer's account of them, filed as X's words by seed 612)
_NP_WRITE_VERB = re.compile(r"(?:wr[io]t|post|publish|tweet|pen|posit|pos(?:e|es|ed|ing)\b)", re.I)
_MAINTAIN_VERB = re.compile(r"maintain", re.I)
_DENY_VERB = re.compile(r"den(?:y|ie)", re.I)
#: what "deny" withholds when it means to refuse, not to say that something is untrue:
#: a thing granted ("denied refuge to ...", "denied him entry", "denied the request for
#: a bridge", "denied bail"), right after the verb and not the subject of a clause of its
#: own ("denied access was restricted" says that it was not)
_REFUSED_THING = re.compile(
    r"[\s,]*(?:(?:him|her|them|us|me|you)\s+)?(?:(?:the|a|an|any|further|its|his|her|"
    r"their|our)\s+)?(?:(?!(?:that|whether|if)\b)[\w-]+\s+)?(?:refuge|asylum|entry|access|admission|admittance|bail|"
    r"parole|visas?|permission|permits?|licen[cs]es?|passage|shelter|sanctuary|citizenship|"
    r"residency|clearance|funding|benefits|treatment|care|service|requests?|applications?|"
    r"appeals?|petitions?|motions?|bids?|a\s+hearing|the\s+right)\b"
    # the thing refused ends there: a listener, a reason or the clause's end follows, never
    # more of a noun phrase ("denied funding cuts" denies that there were cuts)
    r"(?![\w’'-])(?=\s*(?:(?:to|for|at|on|in|into|from|until|by|after|because|since|over|"
    r"under|despite|as)\b|[,.;:!?)—–]|$))",
    re.I,
)
#: a finite verb of a clause of its own ("funding for the hospital had been cut"): an
#: auxiliary or a copula, up to a relative pronoun, subordinator or coordinator, whose
#: clause says more ("refuge to a teacher who had fled", "the motion and the trial will
#: go ahead")
_CLAUSE_VERB_AFTER = re.compile(
    r"^(?:(?!\b(?:who|whom|whose|which|that|because|since|after|as|until|when|while|where|"
    r"and|but|or|so)\b)"
    r"[^,;:.!?])*?\b(?:is|are|was|were|has|have|had|will|would|could|can|may|might|should|"
    r"must|did|does|do)\b",
    re.I,
)


def _refused_thing(text: str, a: int, b: int) -> bool:
    """Whether "deny" refuses a thing right after it ("denied bail to the three men")
    rather than saying that a clause is untrue: the rest of the clause after the thing
    (to its comma or stop) holds no finite verb ("denied funding for the hospital had
    been cut" denies that it was; a review of claims v109 found such denials dropped)."""
    m = _REFUSED_THING.match(text, a, b)
    return m is not None and _CLAUSE_VERB_AFTER.match(text[m.end() : b]) is None


#: a short quoted phrase that more words of the clause follow: "“circuit breakers” to cut"
_SHORT_QUOTED_NP = re.compile(r"[\s,]*[“\"][^”\".!?,;:]{1,60}[”\"]\s+(?=[a-z])")
#: a reflexive object and its complement right after the verb ("declared itself the
#: overlord"); "said himself that ..." keeps its clause
_REFLEXIVE_OBJECT = re.compile(
    r"[\s,]*(?:itself|himself|herself|themselves|myself|ourselves|yourself|yourselves)\b"
    r"(?!\s*,?\s*(?:that\b|[“\"‘:]))",
    re.I,
)
#: reported words that open as a clause: a complementiser, a quote, a colon
_CLAUSE_OPEN = re.compile(
    r"[\s,]*(?:that|whether|if|how|what|why|who|whom|when|where|which|[“\"‘'«:(])", re.I
)
#: ... or hold a finite verb early: a subject pronoun, or an auxiliary or a past tense
#: within the first eight words ("said the guards had fled", "suggested the guards shed")
_CLAUSE_LIKE = re.compile(
    r"[\s,]*(?:(?:i|you|he|she|it|we|they|there)\b"
    r"|(?:[^\s.;:]+\s+){0,7}?(?:is|are|was|were|has|have|had|will|would|could|can|may|might|"
    r"should|must|did|does|do|isn[’']t|aren[’']t|wasn[’']t|weren[’']t|won[’']t|hasn[’']t|"
    r"haven[’']t|hadn[’']t|didn[’']t|doesn[’']t|don[’']t|cannot|can[’']t)\b"
    r"|(?:[^\s.;:]+\s+){1,6}?(?:[a-z]{3,}ed|ran|shed|went|came|got|made|took|gave|won|lost|"
    r"left|held|led|met|paid|sent|saw|fled|sold|spent|built|began|knew|kept|found|fought|"
    r"set|put|cut|hit|let|wants|needs|plans|seeks|intends)\b)",
    re.I,
)


#: what may stand before the speaker of a sentence whose whole is the reported act: a
#: discourse word or a short adverbial of time or place ("Also on Monday, X announced
#: ...", "In 2008 X accused ...")
_ACT_LEAD = re.compile(
    r"\s*(?:(?:and|but|so|also|then|meanwhile|indeed|now|still|however|moreover|earlier|"
    r"later|today|yesterday)\b,?\s*)*(?:(?:in|on|at|by|during|last|this|since|after|"
    r"before|from|until)\b[^,;:.]{1,40}?,?\s*)?"
    # a short adverbial phrase with no verb of its own: "Without addressing the merits, X
    # dismissed ...", "Since then, ..."
    r"(?:[^,;:.]{1,50},\s*)?"
    # the speaker's title before the name: "The harbour master, Mara Voss, accused ..."
    r"(?:(?:the|a|an)\s[^,;:.]{1,60},\s*)?(?:the\s+)?",
    re.I,
)


#: a noun phrase set off at the end of a reported act, glossing its last noun: "...
#: of breaching the Secrets Act, a little-used law from the colonial era."
#: a relative clause in the gloss, with or without its pronoun: "which was passed",
#: "a figure the board disputes", "a charge he denies" (a judgement of its own)
_REDUCED_RELATIVE = re.compile(
    r"\b(?:who|which|that|whose)\b|\b(?:the|his|her|its|their|he|she|it|they|we|I)\s+"
    r"(?:[\w-]+\s+)?[a-z]+s$"
)
_COMPOUND_ED = re.compile(r"\b[\w]+-[a-z]+ed\b")
_ACT_GLOSS = re.compile(r",\s+(?:an?|one\s+of\s+the)\s+(?P<g>[^,;:()“”\"—–]+?)[\s.!?]*$")


def _before_act_gloss(s: _Sent, a: int, b: int) -> int:
    """The end of a reported act ("X accused Y of breaching the Act") before a trailing
    appositive that glosses its last noun (", a little-used law from the colonial era"):
    the writer's description of the thing, not part of the act (an independent reader of
    claims v106, seed 1082, judged the gloss credited to the accuser wrong).  Only an
    indefinite noun phrase with no verb of its own that closes the sentence, after an
    act of at least four words; an appositive inside the act ("accused two reporters, X
    and Y, of ...") stays."""
    m = _ACT_GLOSS.search(s.text, a, b)
    if m is None or len(s.text[a : m.start()].split()) < 4:
        return b
    gloss = _COMPOUND_ED.sub(" ", m.group("g"))  # "little-used", "state-owned"
    if _REDUCED_RELATIVE.search(gloss) or not needs_parse("a " + gloss, attributive=True):
        return b
    return _trim(s, a, m.start())[1]


def _np_object(
    s: _Sent, verb: str, verb_end: int, content: tuple[int, int], speaker_start: int
) -> str | None:
    """``sentence`` when a verb's reported words are its noun-phrase object right after
    it and the frame opens the sentence (the reported act is then the whole sentence),
    ``drop`` when such a frame stands inside another clause ("..., as her supervisor
    accused her of ...", "X, who has argued against Y") or a verb of writing has a noun
    object ("X wrote a book"): no words are reported.  Else ``None``."""
    a, b = content[0] - s.off, content[1] - s.off
    if b <= a or a < verb_end or s.text[verb_end:a].strip(" \t\n"):
        return None  # the words are elsewhere: a quote before the frame, after a colon
    if _WHAT_CALLED.match(s.text, a, b):
        # "X condemned what he called “...” from ...": a noun phrase naming what X
        # condemned, not a clause of X's words (a reader of seed 96 judged the row cut)
        return "drop"
    if _MAINTAIN_VERB.match(verb) and (
        _SHORT_QUOTED_NP.match(s.text, a, b)
        or not (_CLAUSE_OPEN.match(s.text, a, b) or _CLAUSE_LIKE.match(s.text, a, b))
    ):
        # "the exchange maintains “circuit breakers” to cut off trading", "maintains a
        # fleet": to keep running, not to assert (a reader of seed 614 found the quoted
        # noun phrase filed as the exchange's words); "maintained that ..." stays
        return "drop"
    if _DENY_VERB.match(verb) and _refused_thing(s.text, a, b):
        # "Vellornia denied refuge to a teacher", "the ministry denied him entry": a
        # refusal is an act told by the writer, no words of the refuser (independent
        # readers of claims v104 judged such a sentence filed as the country's words wrong)
        return "drop"
    if _REFLEXIVE_OBJECT.match(s.text, a, b):
        # "the commission declared itself the overlord of all ports", "X proclaimed
        # himself king": what the subject made itself, no clause of its words (a reader
        # of seed 610 judged "itself the ... overlord" filed as the body's words wrong)
        return "drop"
    if _CLAUSE_OPEN.match(s.text, a, b):
        return None
    if _NP_OR_CLAUSE_VERB.match(verb) and _CLAUSE_LIKE.match(s.text, a, b):
        return None
    if _NP_EVENT_VERB.match(verb) and not re.search(r"\bas\b", s.text[a:b]):
        # "Officials announced the largest seizure of gold, securing ...", "X describes an
        # experiment in which ...": the writer's report of an act, not words of the
        # speaker (a reader of seed 95 judged the verb-led statement wrong); "described
        # the plan as reckless" is X's judgement and stays
        return "drop"
    if _DEMAND_VERB.match(verb):
        # "X demanded answers from the council", "... demands an apology": a request
        # with no proposition, nothing that could be true or false (an independent reader
        # of seed 101 judged such a row no claim); "demanded that ..." keeps its clause
        return "drop"
    if _NP_ACT_VERB.match(verb) or _NP_OR_CLAUSE_VERB.match(verb):
        lead = s.text[: max(0, speaker_start - s.off)]
        if _ACT_LEAD.fullmatch(lead) and needs_parse(lead):  # and no verb of its own
            return "sentence"
        return "drop"
    if _NP_WRITE_VERB.match(verb):
        return "drop"
    return None


_ACC_NP_START = re.compile(r"(?:the|a|an|its|his|her|their|many|some|most|several|[A-Z0-9])", re.I)
_ACC_NP_END = re.compile(r"\s+(?:had|has|have|is|are|was|were|did|does)\b")


_PER = re.compile(r"(?:^|,\s*|\s)(per)\s+(?=(?:the|an?)\s+|[A-Z])")
#: "and"/"or" inside the source's noun phrase: "according to the Vellorn Journal of Bone
#: and Joint Studies", "according to sources in Harvan and the US"
_ACC_COORD = re.compile(r"\s+(?:and|or|&)\s+(?=\S)")
#: words a coordinated piece of a source's noun phrase may hold (a name, "the US",
#: "local residents"); a longer piece is a clause of its own
ACC_CONJUNCT_MAX_WORDS = 6


def _coordinated_np_end(text: str, b: int) -> int:
    """The end of an according-to source's noun phrase that ``b`` cut at "and"/"or":
    the conjuncts up to the phrase's next end, while they are short and hold no finite
    verb.  An independent reader of the FakeNewsCorpus build found the second conjunct
    ("Mineral Research" of a split journal name, "the U.S. that have provided ...")
    filed as the source's words."""
    while True:
        c = _ACC_COORD.match(text, b)
        if c is None:
            return b
        e = _NP_END.search(text, c.end(), min(len(text), c.end() + 100))
        end = e.start() if e else len(text)
        piece = text[c.end() : end].strip()
        if (
            not piece
            or len(piece.split()) > ACC_CONJUNCT_MAX_WORDS
            or has_finite_word(piece)
            or not re.match(r"(?:the|a|an|other|local|[A-Z0-9])", piece)
        ):
            return b
        b = end


def _source_like(s: _Sent, a: int, b: int) -> bool:
    """Whether the phrase ``a..b`` can be a source: a name, or an outlet, document,
    institution or role noun ("the party line", "plan", "the rules" cannot)."""
    np = s.text[a:b]
    words = set(re.findall(r"[a-z]+", np.lower()))
    lex = attribution()
    if words & (lex.media | lex.documents | lex.institutions | lex.people):
        return True
    return _head_name(s, a, b) is not None or bool(re.match(rf"\s*(?:the\s+)?{NAME}\s*$", np))


def _per_source(s: _Sent, m: re.Match[str]) -> bool:
    """ "per the Vellorn newspaper" / "per the Capital Wire" is a source; "per cent", "per capita",
    "per 1,000 people" are not: the phrase must be a name, an outlet, a document or a role."""
    e = _NP_END.search(s.text, m.end(), min(len(s.text), m.end() + 80))
    np = s.text[m.end() : e.start() if e else len(s.text)].strip()
    if not np or re.match(r"\d", np):
        return False
    words = set(re.findall(r"[a-z]+", np.lower()))
    lex = attribution()
    return bool(
        words & (lex.media | lex.documents | lex.institutions | lex.people)
        or _head_name(s, m.end(), m.end() + len(np) + 1)
    )


_PEOPLE_HEAD = re.compile(
    r"\b(?:witnesses|eyewitnesses|residents|officials|sources|experts|analysts|observers|"
    r"investigators|researchers|scientists|activists|locals|diplomats|doctors|lawyers|"
    r"attorneys|prosecutors|police|authorities|documents|records|reports|data|figures|estimates)\b"
)


#: "behave/act/vote/go according to ...": the manner of a doing, not a source
_CONDUCT_BEFORE = re.compile(
    r"\b(?:behave[sd]?|behaving|act(?:s|ed|ing)?|vote[sd]?|voting|go(?:es|ing)?|went|gone|"
    r"proceed(?:s|ed|ing)?|live[sd]?|living|play(?:s|ed|ing)?|run(?:s|ning)?|ran|work(?:s|ed|ing)?|"
    r"conduct(?:s|ed|ing)?|dress(?:es|ed|ing)?|plan(?:s|ned|ning)?)\s+(?:\w+ly\s+)?$",
    re.I,
)


#: a noun phrase owned by a name: "the Harvan Council's rating system", "Renk's index"
_NAMED_OWNER = re.compile(
    r"(?:the\s+)?(?-i:[A-Z][\w.&-]*)(?:\s+(?:(?:of|for|and|on)\s+)?(?-i:[A-Z][\w.&-]*)){0,6}"
    r"(?:['’]s?|s['’])\s+[a-z]"
)


def _owned_thing(text: str) -> bool:
    """ "the Harvan Council's rating system": a named owner's thing, no person or body."""
    m = _NAMED_OWNER.match(text)
    if m is None:
        return False
    lex = attribution()
    words = re.findall(r"[a-z’'-]+", text[m.end() - 1 :].lower())
    return bool(words) and not any(w in lex.people or w in lex.institutions for w in words)


#: a person's role written in lower case before the name: "port chief", "ex-Justice
#: Minister", "former Tarn police chief" (one to four words, no verb-like clause)
_ROLE_WORDS = re.compile(r"(?:[\w’'.-]+\s+){1,4}")


def _role_before_name(s: _Sent, a: int, b: int) -> bool:
    """Whether ``s.text[a:b]`` after "according to" is a lower-case role and a person's
    name that ends the phrase: "..., according to port chief Ivo Renk." (an independent
    reader of claims v73 found such words credited to the page's author: the source was
    read only after a capital, a digit or a determiner)."""
    for m in s.mentions_in(a, b):
        if m.label != "PERSON":
            continue
        x, y = m.start - s.off, m.end - s.off
        return bool(_ROLE_WORDS.fullmatch(s.text, a, x)) and not s.text[y:b].strip()
    return False


def _frames_according(s: _Sent) -> list[Frame]:
    lex = attribution()
    out = []
    pers = [p for p in _PER.finditer(s.text) if _per_source(s, p)]
    for m in sorted([*lex.according.finditer(s.text), *pers], key=lambda x: x.start()):
        if s.in_quote(m.start()) or re.match(r"what\b", s.text[m.end() :], re.I):
            continue  # "according to what X wrote": X's own frame says it
        e = _NP_END.search(s.text, m.end(), min(len(s.text), m.end() + 120))
        b = e.start() if e else min(len(s.text), m.end() + 120)
        if not _ACC_NP_START.match(s.text, m.end()) or not (s.text[m.end()].isupper() or
                                                           s.text[m.end()].isdigit() or
                                                           re.match(r"(?:the|a|an|its|his|her|their|many|some|most|several)\b", s.text[m.end():])
                                                           or (m.group().lower().startswith("according")
                                                               and (_PEOPLE_HEAD.search(s.text, m.end(), b)
                                                                    or _role_before_name(s, m.end(), b)))):  # fmt: skip
            # "according to can. 1399" (canon law), "according to plan"; but "according to
            # dozens of eyewitnesses", "according to local residents": people are sources
            continue
        b = _coordinated_np_end(s.text, b)
        acr = _ACRONYM_NEXT.match(s.text, b)
        if acr:  # "according to the Harvan Institute (HI), ...": the name's acronym
            b = acr.end()
        v = _ACC_NP_END.search(s.text, m.end(), b)
        if v:
            b = v.start()
        if _CONDUCT_BEFORE.search(s.text, 0, m.start()):
            continue  # "members behave according to the party line": a manner, not a source
        if b <= m.end() or not _source_like(s, m.end(), b):
            continue  # "according to the party line", "according to plan": not a source
        # "according to an Eastgate Wire report", "the study of The Harvan Centre ..."
        a2, b2 = _trim(s, m.end(), b)
        text = s.text[a2:b2]
        head = _head_name(s, a2, b2)
        form = _classify(text)
        if form == "name" and head is None and not re.match(NAME, text):
            form = "role"
        if form == "role" and _owned_thing(text):
            # "according to the Harvan Council's free speech rating system": a thing of a
            # named owner is a document, not an anonymous role (a reader of seed 96)
            form = "document"
        spk = Speaker(text, s.off + a2, s.off + b2, form, head if form == "name" else None)
        mask = (m.start(), b)
        content, quote, colon = _content(s, mask, "according")
        out.append(Frame(spk, m.group().strip().lower(), s.off + m.start(), s.off + m.end(),
                         (s.off + mask[0], s.off + mask[1]), content, "according", None, quote, colon))  # fmt: skip
    return out


_BULLET_NAME = re.compile(
    r"[\s\-–—•*]*(?P<n>(?-i:[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*){1,4}))(?=\s+(?:of|from|at|in)\s)"
)


_SUBJECT_END = re.compile(
    r",|\s+(?:[a-z]+ed|[a-z]+s|took|made|gave|went|has|had|was|is|will|would|also)\b"
)
_AUX_NEXT = re.compile(
    r"\s+(?:are|were|have|had|will|would|can|could|should|must|do|did|may|might)\b"
)


#: a short descriptor opening a sentence: "The newspaper", "The rights group"
_DESCRIPTOR = re.compile(
    r"(?:The|the|A|a|An|an|This|this)\s+(?:[a-z][\w’'-]*\s+){0,2}[a-z][\w’'-]*"
)


_AND_BUT = re.compile(r"\b(?:and|but)\b")
#: where a clause of its own joins the sentence: "..., but Mara Voss is mistaken and found"
_CLAUSE_JOIN = re.compile(r"(?:[,;]|\s[—–])\s+(?:but|and|yet|while|whereas)\s+|;\s+")
#: the writer as the subject opening a clause: "Here I demonstrate ...", "Today we show"
_WRITER_OPENS = re.compile(
    r"(?:(?:Here|Now|Today|So|Then|Thus|Again|Also|And|But|Yet|Instead|First|Finally)\s+)?"
    r"(?P<p>I|[Ww]e)\s+(?:[a-z]+ly\s+)?(?!and\b|or\b)[a-z]"
)


def _conjunct_subject(s: _Sent, upto: int) -> Speaker | None:
    """The subject of a verb coordinated with the one before it ("... and found that"):
    the subject of the last clause before ``upto`` -- a named subject opening a clause
    joined by ", but/and/yet" ("I have shown Renk to be a liar, but Mara Voss (I believe)
    is mistaken and found that ..." is Voss's), or the writer's "I"/"we" opening it ("Here
    I demonstrate the indivisibility of the material and Vellornian worlds and show that
    ..." is the writer's) -- else the sentence's main subject (:func:`_subject_of`).  A
    name inside the clause's object is never its subject (independent readers of claims
    v98/v99, seeds 1061, 1065, found a term of address and a capitalised adjective taken
    as the speaker)."""
    conjs = list(_AND_BUT.finditer(s.text, 0, upto))
    lo = conjs[-1].start() if conjs else upto
    joins = [m for m in _CLAUSE_JOIN.finditer(s.text, 0, lo) if not s.in_quote(m.start())]
    a = joins[-1].end() if joins else 0
    if not joins:
        a = _past_dateline_and_front(s.text)
    writer = _WRITER_OPENS.match(s.text, a)
    if writer and writer.end("p") <= lo:
        x, y = writer.span("p")
        return Speaker(s.text[x:y], s.off + x, s.off + y, "pronoun")
    if joins:
        det = re.match(r"(?:the|The)\s+", s.text[a:])
        at = a + (det.end() if det else 0)
        named = [m for m in s.mentions_in(a, lo) if m.start - s.off == at]
        if named and (
            _POSSESSIVE_AFTER.match(s.text, named[0].end - s.off)
            or named[0].text.endswith(("’s", "'s"))
        ):
            # "..., but Kelvar's lawyers objected and said ...": the name owns the
            # subject; the owner is not who spoke, and the whole phrase's end is not
            # known here (the review of claims v101 found the firm filed as the speaker)
            return None
        if (
            named
            and named[0].label in ("PERSON", "ORG")
            and re.search(r"\s[a-z]", s.text[named[0].end - s.off : lo])
        ):
            m = named[0]
            return Speaker(m.text, m.start, m.end, "name", m)
    return _subject_of(s, upto)


#: a possessive after a name: "Renk's spokesman", "Kelvar Dynamics' lawyers"
_POSSESSIVE_AFTER = re.compile(r"[’']s?\s")


def _past_dateline_and_front(text: str) -> int:
    """Where a sentence's main clause may start: past a dateline ("TEHRAN – ") and a
    fronted phrase of :data:`_FRONT` ("On Monday, ")."""
    dateline = _DATELINE.match(text)
    a = dateline.end() if dateline else 0
    f = _FRONT.match(text, a)
    return f.end() if f else a


_DATELINE = re.compile(r"[A-Z][A-Z .,]{2,30}\s*[—–-]+\s*")


def _subject_of(s: _Sent, upto: int) -> Speaker | None:
    """The subject noun phrase of the sentence's main clause (for participles)."""
    a = _past_dateline_and_front(s.text)
    sub = _SUBORDINATE_FRONT.match(s.text, a)
    if sub:
        # "once the Secretary of State had qualified it, a group of farmers sued ...,
        # claiming ...": the opening clause's subject is not the main clause's (a reader of
        # seed 610 found the secretary filed as the speaker of the group's claim)
        a = sub.end()
    adv = _ADVERB_FRONT.match(s.text, a)  # "Sadly, many leaders ..., claiming ..."
    if adv and adv.group().split(",")[0].strip().lower() not in s.names:
        a = adv.end()
    seg = s.text[a:upto]
    e = next(
        (
            x
            for x in _SUBJECT_END.finditer(seg)
            # "many of our world leaders are pushing ...": a plural noun before its verb
            if not (x.group().endswith("s") and _AUX_NEXT.match(seg, x.end()))
        ),
        None,
    )
    b = a + (e.start() if e else len(seg))
    # a name inside a prepositional phrase is not the subject: "Bishop Ivo Renk of Vellorn"
    inside = [m for m in s.mentions_in(a, b) if not _PREP_BEFORE.search(s.text, a, m.start - s.off)]
    if not inside and e is not None and e.group() == ",":
        # "The newspaper, the Harbour Gazette, gave ..., noting ...": the descriptor's
        # name in apposition is the subject (a reader of seed 473 found "The newspaper"
        # filed as the speaker)
        appo = [
            m for m in s.mentions_in(b, len(s.text))
            if m.label in ("PERSON", "ORG", "NORP", "GPE", "FAC")
            and re.fullmatch(r",\s*(?:the\s+)?", s.text[b : m.start - s.off])
            and re.match(r"\s*[,—–]", s.text[m.end - s.off :])
        ]  # fmt: skip
        if appo and _DESCRIPTOR.fullmatch(s.text, a, b):
            m = appo[0]
            return Speaker(m.text, m.start, m.end, "name", m)
    if not inside:
        bare = _BULLET_NAME.match(s.text, a, b)
        if bare and bare.group("n").split()[0].lower() not in _FUNCTION_WORDS:
            # the tagger missed the person and kept the place: the capitalised words
            # that open the clause, up to the preposition
            x, y = _trim(s, bare.start("n"), bare.end("n"))
            return Speaker(s.text[x:y], s.off + x, s.off + y, "name", None)
        np = _np_before(s, b) if b > a else None
        return np
    # the subject opens the clause: the person of it if any ("the Supreme Leader of the
    # Harvan Council Elder Ivo Renk"), else its first name ("The Harbor Post")
    people = [m for m in inside if m.label == "PERSON"]
    m = people[-1] if people else inside[0]
    body = _MODIFIED_NOUN.match(s.text, m.end - s.off)
    after = _MODIFIED_NOUN.match(s.text, body.end()) if body else None
    if (
        body
        and body.group(1).lower() in _BODY_HEADS
        and body.end() <= b
        and not (after and after.group(1).lower() in attribution().people)  # "... officials"
    ):
        # "the Harvan administration, reversed ... and announced ...": the name only
        # modifies the body that acted (an independent reader of seed 101 found a
        # president filed as the speaker of his administration's announcement)
        x = m.start - s.off
        det = re.search(r"(?:^|(?<=\s))(?:the|The)\s+$", s.text[:x])
        x = det.start() if det else x
        return Speaker(s.text[x : body.end()], s.off + x, s.off + body.end(), "name", None)
    if not people:
        head = _MODIFIED_NOUN.match(s.text, m.end - s.off)
        if head and head.group(1).lower() in attribution().people:
            # "Vellornian officials settled on a plan ..., warning ...": the place names
            # whose officials they are; the subject is the people, not the place (an
            # independent reader of seed 102 (v45) found a country filed as the speaker)
            x, y = m.start - s.off, head.end()
            return Speaker(s.text[x:y], s.off + x, s.off + y, "role", None)
    return Speaker(m.text, m.start, m.end, "name", m)


#: an opening subordinate clause up to its comma: "Once the mayor had approved the plan, "
_SUBORDINATE_FRONT = re.compile(
    r"(?i:once|when|whenever|while|whilst|although|though|because|as\s+soon\s+as|if|unless|"
    r"until|after|before|since)\s+[^,;:“”\"]{3,150},\s*"
)
#: the lower-case noun right after a name that modifies it: "Vellorn officials"
_MODIFIED_NOUN = re.compile(r"[ \t]+([a-z][\w’'-]*)\b")
#: bodies a name may modify as their subject: "the Harvan administration", "the Vellorn
#: government" (the body speaks, not the person or place that names it)
_BODY_HEADS = frozenset(
    {"administration", "government", "regime", "cabinet", "presidency", "campaign"}
)


#: the auxiliary of a progressive right before a participle: "is alleging", "were saying"
_PROGRESSIVE_AUX = re.compile(
    r"(?<=\S)\s+(?:am|is|are|was|were|(?:has|have|had)\s+been)\s+"
    r"(?:(?:also|now|still|again|repeatedly|publicly|openly|falsely|[a-z]+ly)\s+)*$"
)
#: what may stand before a progressive's subject: nothing, or a fronted phrase and its
#: comma ("Specifically, ", "For a very long time, "), or "And"/"But"
_MAIN_LEAD = re.compile(r"(?:[^,;:“”\"]{0,60},\s*)?(?:(?:And|But|So)\s+)?")


#: a name of two or three capitalised words the tagger missed ("Ivo Renk is claiming
#: that ..."): a person's full name, never a lone noun given a voice ("Shame")
_UNTAGGED_FULL_NAME = re.compile(r"[A-Z][a-z’'-]+(?:\s+[A-Z][a-z’'-]+){1,2}")


def _opens_main_clause(s: _Sent, spk: Speaker) -> bool:
    """Whether a progressive's speaker is the subject of the sentence's main clause and a
    name, a pronoun or a role: not a relative clause's ("..., in which he is saying that
    ..." is the sentence's speaker's account of him), nor a capitalised word the tagger
    did not call a name ("Shame is saying “...”": a feeling given a voice)."""
    if spk.form == "name" and spk.mention is None and not _UNTAGGED_FULL_NAME.fullmatch(spk.text):
        return False
    return _MAIN_LEAD.fullmatch(s.text, 0, max(0, spk.start - s.off)) is not None


#: reported words right after the participle: a "that" clause or a quote
_WORDS_NEXT = re.compile(r"\s*(?:that\b|[,:]?\s*[“\"])")
_BY_DOING = re.compile(r"(?:^|\s)by\s+$")
_ISSUED_DOC = re.compile(
    r"\b(?:issued|released|published|posted|sent|wrote|signed|put\s+out|made)\s+(?:an?|the|its|his|"
    r"her|their)\s+(?:[\w-]+\s+){0,2}?(?:statement|letter|report|message|post|tweet|communiqu[ée]|"
    r"release|video|declaration|note)\s+$"
)


#: "adding to" a thing: it grows, nobody speaks ("adding to the confusion"); "adding, to
#: reporters, that" has its comma
_ADDING_TO = re.compile(r"adding\s+to\s+(?!(?:that|this)\b)", re.I)


#: a possessive after a name: "Renk's popularity", "Tarn Mills' sales"
_POSSESSIVE_MARK = re.compile(r"[’']s?(?=\s)")
#: the owned noun phrase's first words (its head among them): "popularity", "top aide"
_OWNED_WORDS = re.compile(r"(?:\s+[a-z][\w-]*){1,3}")
#: what a speaker's possessive may own and still speak for the owner: "Renk's office",
#: "the firm's lawyers" (a person of :func:`attribution`'s ``people`` speaks too)
_SPEAKS_FOR_OWNER = frozenset(
    {"office", "team", "camp", "campaign", "aides", "aide", "spokesman", "spokeswoman",
     "spokesperson", "lawyer", "lawyers", "attorney", "attorneys", "statement", "website",
     "account", "administration", "government", "family", "supporters"}
)  # fmt: skip


#: nouns of kin: a person of their own who speaks ("Renk's wife gave an interview, saying
#: ..."), neither the owner nor a thing
_KIN_NOUNS = frozenset(
    {"wife", "husband", "son", "daughter", "mother", "father", "brother", "sister", "widow",
     "widower", "parents", "children", "sons", "daughters", "brothers", "sisters", "fiancee",
     "fiancée", "fiance", "fiancé", "partner", "grandson", "granddaughter", "uncle", "aunt",
     "nephew", "niece", "cousin"}
)  # fmt: skip


def _owned_speaker(s: _Sent, spk: Speaker) -> Speaker | None:
    """The speaker of a participle whose clause subject may be a name that owns it: the
    name itself when what it owns speaks for it ("Renk's office", "Vellornia's foreign
    ministry issued a statement, saying ...": a body, a document, a person of the
    lexicon), the whole phrase for kin ("Renk's wife ... saying that he had been framed":
    she speaks, not he), ``None`` for a thing that speaks for nobody ("Renk's popularity
    has plummeted ..., claiming that ...": an independent reader of claims v105, seed
    1080, found such words filed as his).  Not a possessive: the speaker as it is."""
    e = spk.end - s.off
    if not spk.text.endswith(("’s", "'s", "s’", "s'")):
        owns = _POSSESSIVE_MARK.match(s.text, e)
        if owns is None:
            return spk
        e = owns.end()
    m = _OWNED_WORDS.match(s.text, e)
    if m is None:
        return spk
    lex = attribution()
    for t in re.finditer(r"\S+", s.text[: m.end()]):
        w = t.group().lower()
        if t.start() < e:
            continue
        if w in _KIN_NOUNS:
            x = spk.start - s.off
            return Speaker(s.text[x : t.end()], spk.start, s.off + t.end(), "role", None)
        if w in _SPEAKS_FOR_OWNER or w in lex.people or w in lex.institutions or w in lex.documents:
            return spk
    return None


def _frames_participle(s: _Sent, frames: list[Frame]) -> list[Frame]:
    lex = attribution()
    out = []
    for p in lex.participles.finditer(s.text):
        if s.in_quote(p.start()):
            continue
        if _ADDING_TO.match(s.text, p.start()):
            # "..., adding to the mystery of the universe": a growth, no speech (a reader
            # of claims v73 found the writer's account of a study filed as the study's)
            continue
        before = s.text[: p.start()]
        spk: Speaker | None = None
        if (_BY_DOING.search(before) or _ISSUED_DOC.search(before)) and re.match(
            r"\s*(?:that\b|[,:]?\s*[“\"])", s.text[p.end() :]
        ):
            # "X defended the plan by claiming that ...", "X issued a statement affirming
            # that ...": the clause's subject speaks
            spk = _subject_of(s, p.start())
        elif before.rstrip().endswith(","):
            earlier = [f for f in frames if f.verb_start - s.off < p.start()]
            if earlier:
                spk = earlier[-1].speaker
            else:
                spk = _subject_of(s, p.start())
                if spk is not None:
                    spk = _owned_speaker(s, spk)
                if spk is not None:
                    spk = Speaker(
                        spk.text,
                        spk.start,
                        spk.end,
                        spk.form if spk.form != "name" or spk.mention else "name",
                        spk.mention,
                    )
        elif (prog := _PROGRESSIVE_AUX.search(before)) is not None:
            if _WORDS_NEXT.match(s.text, p.end()):
                # "Specifically, NATO is alleging that ...", "the ministry was claiming that
                # ...": the progressive of a reporting verb (our reading of seed 691 found
                # the page's sentence shown whole under its outlet)
                spk = _np_before(s, prog.start())
                if spk is not None and not _opens_main_clause(s, spk):
                    spk = None
        else:
            m = s.mention_ending(len(before.rstrip()))
            if m is not None:  # "comments from ... Tomas Vell alleging that ..."
                spk = Speaker(m.text, m.start, m.end, "name", m)
        if spk is None:
            continue
        mask = (p.start(), p.end())
        content, quote, colon = _content(s, mask, "participle")
        w = p.group()
        if (
            _NP_ACT_VERB.match(w)
            and content[1] > content[0]
            and not s.text[p.end() : content[0] - s.off].strip()
            and not _CLAUSE_OPEN.match(s.text, content[0] - s.off, content[1] - s.off)
        ):
            # "in the aftermath of X accusing the agency of ...": the object alone is a
            # fragment cut from its verb; the words are the verb with its object
            content = (s.off + p.start(), content[1])
        hedge = attribution().hedge_verbs.get(w)
        neg = w in attribution().denial
        out.append(Frame(spk, w, s.off + p.start(), s.off + p.end(), (s.off + mask[0], s.off + mask[1]),
                         content, "participle", None, quote, colon, _denies(s, p.end(), w, neg), neg,
                         (hedge, s.off + p.start(), s.off + p.end()) if hedge else None))  # fmt: skip
    return out


#: a role that can hold a belief without "that": "Police believe ...", "Some economists think ..."
_ROLE_WORD = re.compile(
    r"(?i:police|authorities|officials|investigators|experts|analysts|[a-z]{3,}(?:ers|ists|ians))\b"
)


def _frames_cognition(s: _Sent) -> list[Frame]:
    lex = attribution()
    out = []
    for c in lex.cognition.finditer(s.text):
        if s.in_quote(c.start()):
            continue
        verb_end = c.start() + len(c.group().split()[0])
        spk = _np_before(s, c.start() - (1 if s.text[c.start() - 1 : c.start()] == " " else 0))
        if spk is None or spk.form == "pronoun" and spk.text.lower() in ("i", "we"):
            continue
        if _outlook_generic(s, spk, c.group().split()[0]):
            continue  # "Optimists think that ...": the writer's generalisation
        if _HYPOTHETICAL.search(s.text[: spk.start - s.off]):
            continue  # "That is, if people believe that the votes ...": a condition, no one's view
        if not c.group().rstrip().endswith("that") and not (
            spk.mention is not None
            or spk.form == "pronoun"
            or (spk.form == "role" and _ROLE_WORD.search(spk.text))
        ):
            continue  # "Don't believe God will ...", "To believe Vellorn will ...": no one
        mask = (spk.start - s.off, verb_end)
        content, quote, colon = _content(s, mask, "cognition")
        out.append(Frame(spk, c.group().split()[0], s.off + c.start(), s.off + verb_end,
                         (s.off + mask[0], s.off + mask[1]), content, "cognition", None, quote, colon))  # fmt: skip
    return out


#: a sentence that opens with its reporting verb: "Said Ivo Renk, the council's founder:"
_VERB_FIRST = re.compile(
    r"\s*(?P<v>Said|Says|Added|Adds|Wrote|Writes|Explained|Continued|Asked)\s+(?=[A-Z])"
)


#: "X's view is that ...", "Her position is: “...”": a stance noun owned by the speaker,
#: then what it holds
_OPINION_WORDS = frozenset(
    ["view", "opinion", "position", "assessment", "conclusion", "contention", "belief", "argument"]
)
_OPINION = re.compile(
    r"(?:(?P<pro>\b(?:[Hh]is|[Hh]er|[Tt]heir|[Ii]ts))|(?P<own>[’']s?))\s+(?:[a-z-]+\s+){0,2}?"
    r"(?P<n>view|opinion|position|assessment|conclusion|contention|belief|argument)\s+"
    r"(?:is|was|remains)\s*(?=that\b|:|[“\"])"
)


def _frames_opinion(s: _Sent) -> list[Frame]:
    out = []
    for m in _OPINION.finditer(s.text):
        if s.in_quote(m.start()):
            continue
        if m.group("pro"):
            w = m.group("pro").lower()
            pron = {"his": "he", "her": "she", "their": "they", "its": "it"}[w]
            spk = Speaker(pron, s.off + m.start("pro"), s.off + m.end("pro"), "pronoun")
            if not _CLAUSE_START.search(s.text[: m.start("pro")]):
                continue  # "... in his view is ...": not the sentence's frame
        else:
            owner = s.mention_ending(m.start("own"))
            if owner is None or owner.label not in ("PERSON", "ORG"):
                continue  # "the report's conclusion is": a document, not a named speaker
            before = re.sub(r"\b[Tt]he\s+$", "", s.text[: owner.start - s.off])
            if not _CLAUSE_START.search(before):
                continue
            spk = Speaker(owner.text, owner.start, owner.end, "name", owner)
        mask = (spk.start - s.off, m.end())
        content, quote, colon = _content(s, mask, "verb")
        if content[0] == content[1] and not colon:
            continue
        out.append(Frame(spk, m.group("n"), s.off + m.start("n"), s.off + m.end("n"),
                         (s.off + mask[0], s.off + mask[1]), content, "verb", None, quote, colon))  # fmt: skip
    return out


def _frame_verb_first(s: _Sent, lead: re.Match[str]) -> list[Frame]:
    spk = _np_after(s, lead.end())
    if spk is None or spk.form == "pronoun":
        return []
    colon = s.text.rstrip().endswith(":")
    end = len(s.text.rstrip()) if colon else spk.end - s.off
    mask = (lead.start("v"), end)
    if colon:  # its words are the next paragraph's
        content, quote = (s.off + end, s.off + end), "indirect"
    else:
        content, quote, colon = _content(s, mask, "verb")
        if content[0] == content[1]:
            return []
    w = lead.group("v").lower()
    return [Frame(spk, w, s.off + lead.start("v"), s.off + lead.end("v"),
                  (s.off + mask[0], s.off + mask[1]), content, "inversion", None, quote, colon)]  # fmt: skip


def find_frames(
    text: str, off: int, mentions: list[Mention], quotes: QuoteIndex,
    names: frozenset[str] = frozenset(),
) -> list[Frame]:  # fmt: skip
    """Every frame of one sentence, in order; channels folded into the frame they carry.
    ``names`` holds the words of the document's name mentions (lower case)."""
    lex = attribution()
    words = set(_LOWER_WORD.findall(text.lower()))
    if lex.keywords.isdisjoint(words) and _OPINION_WORDS.isdisjoint(words):
        return []  # no reporting word at all: most sentences of most articles
    s = _Sent(text, off, mentions, quotes, names)
    # each kind of frame only where its words are: the scans cost more than the checks
    verbs = _frames_verbs(s, lex.denial) if not lex.verb_words.isdisjoint(words) else []
    acc = _frames_according(s) if not _ACCORDING_WORDS.isdisjoint(words) else []
    cog = _frames_cognition(s) if not lex.cognition_words.isdisjoint(words) else []
    lead = _VERB_FIRST.match(text)
    if lead:
        verbs += _frame_verb_first(s, lead)
    if not _OPINION_WORDS.isdisjoint(words):
        verbs += _frames_opinion(s)
    frames = sorted(verbs + acc + cog, key=lambda f: f.verb_start)
    if not lex.participle_words.isdisjoint(words):
        frames += _frames_participle(s, frames)
    frames.sort(key=lambda f: f.verb_start)
    frames = _relayed_quotes(s, frames)
    frames = _tidy_speakers(s, _cut_contents(s, _fold_channels(s, frames)))
    frames = [_unlabelled(s, f) for f in frames]
    frames = _reported_pronouns(s, [f for f in frames if not _reports_nothing(s, f)])
    return [f for f in frames if not _own_report_of_words(s, f, frames)]


#: the page recalling its own earlier story: "As we reported yesterday, ..."
_OWN_REPORT_VERBS = frozenset(
    {"reported", "wrote", "noted", "revealed", "told you", "reported earlier"}
)


def _own_report_of_words(s: _Sent, f: Frame, frames: list[Frame]) -> bool:
    """Whether ``f`` is the page recalling its own earlier story ("As we reported
    yesterday, ...") around words another speaker of the sentence says ("..., Ivo Renk
    said that ...", "..., according to Ivo Renk"): the outlet vouches for its
    story again, and the words are that speaker's, as they would be without the
    reminder (an independent reader of claims v99, seed 1066, judged the words shown as
    nobody's wrong).  With no other speaker in it ("As we reported, the council voted
    ...") the clause stays the page's own report; nor does a participle's speaker count
    ("... echoed the views of Mara Voss saying that ...": whose saying is unclear)."""
    sp = f.speaker
    if not (
        f.how == "verb" and sp.form == "pronoun" and sp.text.lower() in ("we", "i")
        and f.verb.lower() in _OWN_REPORT_VERBS
        and _AS_FRONT.fullmatch(s.text[: sp.start - s.off])
    ):  # fmt: skip
        return False
    return any(
        # (the words were cut at the other frame's verb: its speaker stands in them)
        g is not f and g.speaker.form == "name" and g.how in ("verb", "inversion", "according")
        and g.verb_start >= f.content[0]
        and (
            f.content[0] <= g.speaker.start < f.content[1]
            # "As we reported, “...,” Ivo Renk said.": the quote is his
            or g.content[0] < f.content[1] and f.content[0] < g.content[1]
        )
        for g in frames
    )  # fmt: skip


#: a Q&A's turn label glued to the answer's first word: "A-I see that ...", "A: We think"
_QA_GLUED = re.compile(r"[QA]\s*[-–—:.]\s*(?=(?:I|We)$)")


def _unlabelled(s: _Sent, f: Frame) -> Frame:
    """``f`` with a Q&A's answer label left out of its speaker: "A-I see that as ..." is
    "I" answering, no one named "A-I" (a reader of claims v73 found the label taken as a
    name)."""
    m = _QA_GLUED.match(f.speaker.text)
    if m is None or f.speaker.start - s.off != 0:
        return f
    sp = f.speaker
    return _with(
        f, speaker=Speaker(sp.text[m.end() :], sp.start + m.end(), sp.end, "pronoun", None)
    )


#: reported words that are only the tail of an attribution: "“...?” X asked, according to
#: the Harbor Post, referring to the towns." (the words are the question before)
_ATTRIBUTION_TAIL = re.compile(
    r"[\s,]*(?:according\s+to|citing|quoting)\s+[^,;:.!?“”\"]{1,80}?"
    r"(?:,\s*(?:referring|speaking|pointing|adding|noting|apparently|reportedly)\b[^;:!?“”\"]*+)?"
    r"[\s.,]*",
    re.I,
)


def is_attribution_tail(words: str) -> bool:
    """``words`` are only an attribution's tail (:data:`_ATTRIBUTION_TAIL`).  The run after
    "referring" is possessive ("*+"): it and the closing "[\\s.,]*" took the same characters,
    and a failing match backtracked quadratically on a run of " ." (a review: 14 s); what
    the run gives back the closing part could only take again, so the answers are the
    same."""
    return _ATTRIBUTION_TAIL.fullmatch(words) is not None


#: between a quote and its speaker, the writer citing a saying: "”, as the old teacher"
_AS_SAID = re.compile(r"[\s”\"’',]*(?:just\s+)?as\s+(?:(?:the|a|an|[a-z]+)\s+){0,4}", re.I)
#: a first-person "I say" (the writer or a quoted speaker urging, not reporting)
_I_OR_WE_SPEAKER = re.compile(r"(?:I|we|We)")
#: a speaker that is one plural lower-case word ("leaders"): a kind of people
_PLURAL_WORD = re.compile(r"[a-z]+s")
#: the words between such a speaker and its "say": a relative "who"
_WHO_BETWEEN = re.compile(r"\s+who\s+")


def _reports_nothing(s: _Sent, f: Frame) -> bool:
    """Whether a frame's words report nothing: an attribution's tail alone (an
    independent reader of seed 1002 found "according to the Post, referring to ..." as
    the words), a typical phrase that describes a kind of people, a maxim cited "as X
    said", or an exhortation after a first-person "say" ("I say stay on strike!", judged
    no claim by the same reader)."""
    a, b = f.content[0] - s.off, f.content[1] - s.off
    if b <= a:
        return False
    words = s.text[a:b]
    if f.how == "verb" and is_attribution_tail(words):
        return True
    sp = f.speaker.start - s.off
    if (
        f.how == "relative"
        and f.quote == "direct"
        and f.verb.lower() in ("say", "says")
        and _PLURAL_WORD.fullmatch(f.speaker.text)
        and _WHO_BETWEEN.fullmatch(s.text[f.speaker.end - s.off : f.verb_start - s.off])
    ):
        # "closed leadership: leaders who say “this is how it is.”": a kind of people
        # described by a typical phrase, no report (an independent reader of seed 1001)
        return True
    if sp >= b and _AS_SAID.fullmatch(s.text, b, sp) and speech_act(words) == "imperative":
        return True  # "“Be a light unto yourself”, as the old teacher said": a maxim cited
    return (
        f.how == "verb"
        and f.quote == "indirect"
        and f.verb.lower() in ("say", "said")
        and _I_OR_WE_SPEAKER.fullmatch(f.speaker.text) is not None
        and speech_act(words) == "imperative"
    )


def _relayed_quotes(s: _Sent, frames: list[Frame]) -> list[Frame]:
    """ "“‘We are like a bank,’ bragged Tomas Brill, head of trading,” Renk wrote.": a
    quote whose words are all another person's quote with its own frame relays them; the
    words are the inner speaker's, via the writer who relays them (a reader of seed 95
    found them filed under the relaying writer)."""
    inner = [f for f in frames if f.how == "inner" and f.content[1] <= f.verb_start]
    if not inner:
        return frames
    out = list(frames)
    for f in inner:
        words = s.text[f.content[0] - s.off : f.content[1] - s.off]
        a = f.content[0] + len(words) - len(words.lstrip(" “\"‘'"))
        b = f.content[1] - (len(words) - len(words.rstrip(" ”\"’'")))
        if b - a < 3:
            continue
        for g in out:
            if g.how == "inner" or not (
                g.content[0] <= max(a - 1, 0) and f.mask[1] <= g.content[1]
            ):
                continue
            lead = s.text[g.content[0] - s.off : a - s.off]
            tail = s.text[f.mask[1] - s.off : g.content[1] - s.off]
            if re.fullmatch(r"[\s‘“'\"]*", lead) and re.fullmatch(
                r"(?:\s*,[^“”\"‘’]{0,90})?[\s,.’”'\"]*", tail
            ):
                relayed = _with(f, how="inversion", content=(a, b), quote="direct",
                                via=g.speaker, mask=_union(f.mask, g.mask))  # fmt: skip
                out = [x for x in out if x is not f]
                out[out.index(g)] = relayed
                break
    return out


def _reported_pronouns(s: _Sent, frames: list[Frame]) -> list[Frame]:
    """ "X said she pointed out that ...": the "he"/"she" of a frame that opens a named
    person's reported words is that person, the only candidate the sentence gives (a
    reader of seed 87 found it resolved to another person named earlier in the article).
    The inner frame, which holds the words, takes the outer speaker; the outer frame,
    whose words are the same, goes."""
    out = list(frames)
    for f in frames:
        sp = f.speaker
        if sp.form != "pronoun" or sp.text.lower() not in ("he", "she") or f.how != "verb":
            continue
        outer = [
            g for g in out
            if g is not f and g.how == "verb" and g.via is None
            and g.speaker.form == "name" and g.speaker.mention is not None
            and g.speaker.mention.label == "PERSON"
            and re.fullmatch(r"\s+(?:that\s+)?", s.text[g.verb_end - s.off : sp.start - s.off])
        ]  # fmt: skip
        if len(outer) == 1 and f in out:
            g = outer[0]
            o = g.speaker
            out[out.index(f)] = _with(f, speaker=Speaker(o.text, o.start, o.end, "name", o.mention))
            if (
                g.content[0] >= f.mask[1] - 1
                or g.content == f.content
                or g.content[0] <= f.mask[0] < g.content[1]
            ):
                out.remove(g)
    return out


#: words that open the clause a speaker phrase was cut from, not the speaker: "As many
#: people have pointed out", "With estimates that ...", "once the minister had ..."
_SPEAKER_LEAD = re.compile(
    r"(?:it\s+is\s+as|as|with|once|when|whenever|while|if|because|since|after|before|until)\s+"
    r"|(?:as|with)$",
    re.I,
)


def _tidy_speakers(s: _Sent, frames: list[Frame]) -> list[Frame]:
    """Speaker phrases as a reader names them: a subordinator the phrase was cut with is
    not the speaker's ("As many people have pointed out, ..." -> "many people"; a bare
    "With" is no speaker at all), and "As he has often said, President Renk ..." is
    Renk's (the pronoun of a fronted as-clause points forward to the main clause's
    subject).  An independent reader of seeds 51 and 203 found both kinds."""
    out = []
    for f0 in frames:
        cut = _cut_speaker(s, f0)
        if cut is None:
            continue
        f = cut
        sp = f.speaker
        if _INQUIRY_DONE.match(sp.text) and not _INQUIRY_BY.search(sp.text):
            continue  # "further study (in the wake of X) revealed ...": the writer's
        m = _SPEAKER_LEAD.match(sp.text)
        if m:
            rest = sp.text[m.end() :]
            if not rest.strip() or f.how == "inner":
                continue
            a = sp.start + m.end()
            form = sp.form if sp.mention is not None or sp.form != "name" else _classify(rest)
            sp = Speaker(
                rest, a, sp.end, form, sp.mention if sp.mention and sp.mention.start >= a else None
            )
            f = _with(f, speaker=sp)
        if (
            sp.form == "pronoun" and sp.text.lower() in ("he", "she")
            # only in a clause the subject's own sentence goes on with ("... when he asked");
            # a parenthetical "X, he said, ..." is the previous speaker's (Tehran Times build)
            and _SUBORDINATE_BEFORE.search(s.text, 0, sp.start - s.off)
        ):  # fmt: skip
            subj = _sentence_subject_person(s, sp.start)
            if subj is not None:
                # "Renk, apparently in jest, produced ... when he asked ...": the person who
                # opens the sentence, not the previous quote's speaker (seed 317)
                f = _with(f, speaker=Speaker(subj.text, subj.start, subj.end, "name", subj))
                sp = f.speaker
        if (
            sp.form == "pronoun" and sp.text.lower() in ("he", "she")
            and _AS_FRONT.fullmatch(s.text[: sp.start - s.off])
        ):  # fmt: skip
            ahead = [
                x for x in s.mentions
                if x.label == "PERSON" and f.content[0] <= x.start < f.content[0] + 40
            ]  # fmt: skip
            if ahead:
                x = ahead[0]
                f = _with(f, speaker=Speaker(x.text, x.start, x.end, "name", x))
        a = f.content[0] - s.off
        cond = (
            _COND_BEFORE.search(s.text, max(0, a - 12), a) if f.content[1] > f.content[0] else None
        )
        if cond and cond.start() >= f.mask[1] - s.off:
            # "analysts say if X launches, retaliation is assured": the words are the
            # conditional as said, not its main clause as an assertion
            f = _with(f, content=(s.off + cond.start(), f.content[1]))
        out.append(f)
    return out


_COND_BEFORE = re.compile(r"\b(?:if|unless)\s+$", re.I)
#: inquiry as an activity, with no article: "further study in the wake of the unrest
#: revealed ...", "closer analysis shows ..." names no study anyone made or published --
#: the words are the writer's own, dressed as a finding (independent readers of claims
#: v88, seed 1049, judged such a phrase filed as a document speaker wrong)
_INQUIRY_DONE = re.compile(
    r"(?:further|more|additional|closer|subsequent|later|careful|deeper|continued)\s+"
    r"(?:study|research|analysis|investigation|examination|inquiry|scrutiny|review|"
    r"inspection|testing|digging|reading)\b",
    re.I,
)
#: ... unless its maker is named: "further research by the Harvan Institute", "at
#: Harvan", or an agent in any words ("further investigation by prosecutors", "closer
#: analysis of the footage by police experts": the review of claims v92 found both lost);
#: "by" a time ("by the end of the year", "by 2020") names no one
_INQUIRY_BY = re.compile(
    r"\b(?:(?:from|at)\s+(?:the\s+)?(?-i:[A-Z])"
    r"|by\s+(?!(?:the\s+)?(?:end|start|beginning|middle|time|turn|now|then|early|late|mid|"
    r"spring|summer|autumn|fall|winter|january|february|march|april|june|july|august|"
    r"september|october|november|december|(?-i:[A-Z][a-z]+day))\b|\d)\w)",
    re.I,
)


_SUBORDINATE_BEFORE = re.compile(
    r"\b(?:when|as|after|before|while|because|since|once|until)\s+$", re.I
)


def _sentence_subject_person(s: _Sent, before: int) -> Mention | None:
    """The one person named before offset ``before`` in the sentence, outside quotes, when
    that name opens the sentence (after a fronted phrase at most): its subject."""
    people = [
        m
        for m in s.mentions
        if m.label == "PERSON" and m.end <= before and not s.in_quote(m.start - s.off)
    ]
    if not people or len({m.text.split()[-1] for m in people}) != 1:
        return None
    m = people[0]
    if re.match(r"\s+(?:and|or|&)\s+[A-Z]", s.text[m.end - s.off :]):
        return None  # "Brack and Renk met, and he said": which of them the tagger may not say
    lead = s.text[: m.start - s.off]
    f = _FRONT.match(lead)
    rest = lead[f.end() :] if f else lead
    if rest.strip(" \t\n") and not re.fullmatch(r"\s*(?:[A-Z][\w.]*\s+){0,3}", rest):
        return None  # the name is not where a subject stands ("After meeting Renk, he ...")
    return m


#: "Harvan agents who spoke to the Vellorn Post about the matter accused ...": the agents,
#: via the outlet they spoke to
_WHO_SPOKE_TO = re.compile(
    r",?\s+who\s+(?:had\s+|have\s+)?(?:spoke|spoken|talked|told|speak|talk)\s+(?:to|with)?\s*"
    r"(?P<via>(?:the\s+)?(?-i:[A-Z][\w.’'&-]*)(?:\s+(?-i:[A-Z][\w.’'&-]*)){0,4})(?:\s+[^,;]*)?$",
    re.I,
)
#: "Some members of the council have expressed interest in the issue and [have demanded]",
#: "Experts at the University of Vellorn have published research that [suggests]": the
#: speaker phrase ends where its own verb begins
_OWN_VERB = re.compile(
    r"\s+(?:have|has|had|is|are|was|were|will|would)\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|ing)\b.*$"
)
#: "Alyssa's mom says the doctors [told the family ...]": the doctors, via the one who says so
_NESTED_SAYS = re.compile(
    r"\s+(?:says|said|claims|claimed)\s+(?=(?:the|a|an|his|her|their)\s|[A-Z])"
)


def _cut_speaker(s: _Sent, f: Frame) -> Frame | None:
    """A speaker phrase as a reader names it: no fronted time phrase ("In 2008 the
    government"), no clause of its own, and never a time phrase or a sentence adverb
    on its own (then the frame is dropped: no speaker is better than a wrong one)."""
    sp = f.speaker
    if sp.form == "pronoun" or f.how == "inner":
        return f
    a, b = sp.start - s.off, sp.end - s.off
    lead = _LEAD_TIME.match(s.text, a, b)
    if lead and lead.end() < b:
        a = lead.end()
    via = f.via
    text = s.text[a:b]
    if f.via is None:
        w = _WHO_SPOKE_TO.search(text)
        if w and w.start() > 0:
            va, vb = a + w.start("via"), a + w.end("via")
            via = Speaker(s.text[va:vb], s.off + va, s.off + vb, "name", _head_name(s, va, vb))
            b = a + w.start()
        n = _NESTED_SAYS.search(text)
        if n and n.start() > 0 and via is None:
            via = Speaker(s.text[a : a + n.start()], s.off + a, s.off + a + n.start(),
                          _classify(s.text[a : a + n.start()]),
                          _head_name(s, a, a + n.start()))  # fmt: skip
            a = a + n.end()
    own = _OWN_VERB.search(s.text, a, b)
    if own and own.start() > a:
        b = own.start()
        rel = re.search(r"\s+(?:who|which|that)$", s.text[a:b])
        if rel:  # "an officer who [was sentenced ...]"
            b = a + rel.start()
    a, b = _trim(s, a, b)
    if b <= a or _not_a_speaker(s, s.text[a:b]):
        return None
    if (a, b) == (sp.start - s.off, sp.end - s.off) and via is f.via:
        return f
    text = s.text[a:b]
    head = _head_name(s, a, b)
    mention = sp.mention if sp.mention is not None and a <= sp.mention.start - s.off else head
    form = sp.form
    if form in ("name", "role", "document"):
        form = _classify(text)
        if form == "name" and mention is None and not re.fullmatch(rf"(?:the\s+)?{NAME}", text):
            form = "role"
    return _with(f, speaker=Speaker(text, s.off + a, s.off + b, form, mention), via=via)


def _cut_contents(s: _Sent, frames: list[Frame]) -> list[Frame]:
    """A frame's words end where another frame starts later in the sentence:
    "the Post falsely quoted Renk as issuing a threat “Voss will soon be
    gone,” the Post quoted the president as saying" holds two statements.  A frame
    whose words *begin* with another ("Renk said Voss had suggested ...") embeds it."""
    out = []
    for f in frames:
        a, b = f.content
        cut = b
        for g in frames:
            if g is f or g.how == "inner":
                continue
            start = min(g.mask[0], g.content[0]) if a < g.content[0] < g.mask[0] else g.mask[0]
            if a < start < cut and start - a > 3:
                cut = start
        if cut < b:
            while cut > a and s.text[cut - 1 - s.off] in ' ,;:“"—–-':
                cut -= 1
            lead = _LEAD_CONJ.match(s.text, a - s.off, cut - s.off)
            if lead is not None and lead["sub"]:
                # "Although A, officials concluded that B, said the report": what is left
                # before the inner frame is a subordinate clause alone, which asserts
                # nothing; the inner frame holds the main clause
                continue
            f = _with(f, content=(a, cut))
        out.append(f)
    return out


def _fold_channels(s: _Sent, frames: list[Frame]) -> list[Frame]:
    """Channels and continuations folded into the frame they belong to:

    - ``according to X`` next to a reporting verb: X is the verb speaker's channel
      ("Y said ..., according to an AP report" -> Y via the AP report);
    - ``..., X said, the Y agency reported.``: the second frame, with nothing after
      it, is the first one's channel;
    - a participle continuing an earlier frame's speaker ("X rejected the report,
      saying, “...”") gives that frame its content.
    """
    out = list(frames)
    verbs = [f for f in out if f.how not in ("according", "participle")]
    for f in [f for f in out if f.how == "according"]:
        g = next((g for g in verbs if g.via is None and g.speaker.span != f.speaker.span), None)
        if g is not None:
            new = _with(g, via=f.speaker, mask=_union(g.mask, f.mask))
            out[out.index(g)] = new
            verbs[verbs.index(g)] = new
            out.remove(f)
    i = 0
    while i + 1 < len(out):
        g, f = out[i], out[i + 1]
        between = s.text[g.mask[1] - s.off : f.mask[0] - s.off]
        after = s.text[f.mask[1] - s.off :]
        if (
            g.how in ("verb", "inversion") and f.how in ("verb", "inversion") and g.via is None
            and re.fullmatch(r"\s*,\s*", between) and re.fullmatch(r"[\s.”\"’]*", after)
            and f.speaker.form != "pronoun"
        ):  # fmt: skip
            out[i] = _with(g, via=f.speaker, mask=_union(g.mask, f.mask))
            del out[i + 1]
            continue
        if (
            g.how in ("verb", "inversion") and f.how == "verb" and g.via is None
            and f.content[0] <= min(g.mask[0], g.content[0]) and g.content[1] >= f.mask[0]
            and f.content[1] < f.mask[0] and re.fullmatch(r"[\s.”\"’]*", after)
            and f.speaker.form == "name"
        ):  # fmt: skip
            # "Dravek said the council will ..., the Harvan Post reported.": the outlet's
            # frame closes the sentence and reports the whole of it (a reader of seed 271
            # found the outlet filed as the speaker of "Senate Minority Leader")
            cut = f.mask[0]
            while cut > g.content[0] and s.text[cut - 1 - s.off] in " ,;:—–-":
                cut -= 1
            out[i] = _with(g, via=f.speaker, mask=_union(g.mask, f.mask),
                           content=(g.content[0], min(g.content[1], cut)))  # fmt: skip
            del out[i + 1]
            continue
        i += 1
    for f in [f for f in out if f.how == "participle"]:
        g = next((g for g in out if g is not f and g.speaker is f.speaker), None)
        if g is not None and g.negates and g.denies:
            # "refuted U.S. allegations that P, saying ...": P is what is denied, up to the
            # participle
            end = min(g.content[1], f.mask[0])
            while end > g.content[0] and s.text[end - 1 - s.off] in " ,;":
                end -= 1
            out[out.index(g)] = _with(g, content=(g.content[0], end))
            out.remove(f)
        elif g is not None:
            out[out.index(g)] = _with(g, content=f.content, quote=f.quote, colon=f.colon,
                                       negates=False, hedge=g.hedge or f.hedge)  # fmt: skip
            out.remove(f)
    return out


def _union(a: tuple[int, int], b: tuple[int, int]) -> tuple[int, int]:
    return min(a[0], b[0]), max(a[1], b[1])


def _with(f: Frame, **kw: object) -> Frame:
    from dataclasses import replace

    return replace(f, **kw)  # type: ignore[arg-type]
