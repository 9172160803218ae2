"""Values bound to their subject by the dependency parse (issue 15).

An attribute is set only when the parse binds the value to a predicate whose
subject (or possessor) is an entity, and the predicate means that attribute;
co-occurrence in a sentence is never enough.  The build's spaCy pipeline runs
NER and the sentence recogniser only (ENVIRONMENT.md: twice as fast), so the
parser runs here, and only on *candidate* sentences: those where a pattern of
``data/claims/attributes.yml`` matches, or a count (a number that is not a
year, a date, a time or an idiom) stands in a sentence with an entity mention.

For each value the parse gives:

- the **predicate**: the nearest verb above the value ("Renk *bought* 1,000
  rounds", "the Front now *counts* some nine thousand fighters");
- the **subject**: the predicate's ``nsubj``/``nsubjpass`` (through coordinated
  verbs: "..., and it keeps maybe two thousand more"), the agent of a
  passive for casualties ("were killed by X"), else the possessor of the counted
  noun ("the group's 5,000 members");
- the **counted noun** and its ``of``/``per`` phrase, the claim's ``unit``
  ("crates of rifle ammunition", "doctors per 1,000 people");
- **polarity** (a ``neg`` on the predicate, "no"/"never") and **modality**
  (under "if"/"unless"; a question).

A vocabulary attribute additionally needs its trigger word in the same clause
as the value, and counted attributes (members, fighters, residents) need a
predicate of having ("has", "numbers", "boasts"): "21 members of the group were
injured" is not a member count.  Without an attribute, a count with an entity
subject is still a claim (``attribute`` null, ``unit`` set).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from ..entities.names import name_key
from ..nlp import PARSE_PIPES, PipeView, load_models
from .lexicon import CASE_FOLDS, WORD_RUN, AttributeSpec, attribute_specs, attribution
from .values import NUM

__all__ = [
    "NUMBERISH",
    "Binding",
    "numberish",
    "plain_case",
    "bind_values",
    "candidate_sentence",
    "count_spans",
    "shouting",
    "worth_binding",
    "duration_spans",
    "load_parser",
    "parse_sentences",
    "trailing_modal",
    "trailing_which",
]

_NUM_RE = re.compile(NUM, re.I)
_DIGITS = re.compile(r"(?<![\d,.])\d+")
#: a run of digits: the runs that _DIGITS matches are those after no "," or "."
_DIGIT_RUN = re.compile(r"\d+")
_NUMBER_WORDS = frozenset(
    [
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "twenty",
        "thirty",
        "forty",
        "fifty",
        "sixty",
        "seventy",
        "eighty",
        "ninety",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "million",
        "millions",
        "billion",
        "billions",
        "trillion",
        "trillions",
        "quadrillion",
        "dozen",
        "dozens",
        "scores",
    ]
)
_WORD_START = re.compile(r"\b(?=[A-Za-z])")
_NUMBER_ANCHOR = re.compile(
    r"\d+(?:[.,\s\u00a0\u202f]\d{3})*|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|"
    r"billions?|trillions?|quadrillions?|dozens?|scores)\b",
    re.I,
)
NUMBERISH = re.compile(
    r"\d|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundreds?|thousands?|millions?|billions?|trillions?|dozens?|scores|"
    r"half|thirds?|quarters?|fifths?|tenths?|percent|per cent)\b",
    re.I,
)
#: the words of NUMBERISH that are one word each (its "per cent" is two)
_NUMBERISH_WORDS = frozenset({
    "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
    "hundreds", "thousand", "thousands", "million", "millions", "billion", "billions", "trillion",
    "trillions", "dozen", "dozens", "scores", "half", "third", "thirds", "quarter", "quarters",
    "fifth", "fifths", "tenth", "tenths", "percent",
})  # fmt: skip
_DIGIT = re.compile(r"\d")


def plain_case(text: str) -> bool:
    """Whether ``text.lower()`` may stand for ``text`` under a case-insensitive ASCII
    pattern (see CASE_FOLDS): the fast checks below fall back to the pattern if not."""
    return CASE_FOLDS.isdisjoint(text)


def numberish(text: str) -> bool:
    """``NUMBERISH.search(text)`` as a bool, without its scan of every position (it cost
    ~20 µs a sentence): a digit, or one of its words as a whole word -- the words of a
    plain-case text are its runs of word characters (a ``\\b``-bounded word is one)."""
    if _DIGIT.search(text):
        return True
    if not plain_case(text) or "per cent" in text.lower():
        return NUMBERISH.search(text) is not None
    return not _NUMBERISH_WORDS.isdisjoint(WORD_RUN.findall(text.lower()))


_YEAR = re.compile(r"(?:1[6-9]|20)\d\d(?:s)?")
_MONTHS = (
    "january|february|march|april|may|june|july|august|september|october|november|december"
    "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec"
)
# a day number next to a month: "March 14", "14th March" (one side each: the month after
# a count must follow it at once, not end the window: "rose 7% in March.")
_DATE_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s*$", re.I)
_DATE_AFTER = re.compile(rf"^\s*(?:st|nd|rd|th)?,?\s*(?:{_MONTHS})\b", re.I)
_TIME_NEAR = re.compile(r"^\s*(?::\d\d|[ap]\.?m\b|o['’]clock|percent|per cent|%)", re.I)
_PERCENT_AFTER = re.compile(r"\s*(?:%|percent\b|per\s+cent\b)", re.I)
_CURRENCY_SIGNS = ("$", "£", "€")
_CURRENCY_NAMES = {"$": "dollars", "£": "pounds", "€": "euros"}
#: one end of a range of shares written with the percent sign on each figure ("a 75% to
#: 80% probability", "between 3 percent and 4 percent"; not "52 percent and 7.2%", two
#: shares): each figure alone would be read as the value, so neither is one (a share's
#: range is left to the statement)
_SHARE_RANGE_AFTER = re.compile(r"\s*(?:to|-|–|—)\s*\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)", re.I)
_SHARE_RANGE_BEFORE = re.compile(
    r"(?:\d\s*(?:%|percent|per\s+cent)\s*(?:to|-|–|—)"
    r"|\bbetween\s+[\d.,]+\s*(?:%|percent|per\s+cent)\s*and)\s*$",
    re.I,
)
#: "between" before a share: with "and" after it, the first end of a range
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", re.I)
_AND_SHARE_AFTER = re.compile(r"\s*and\s*\d[\d.,]*\s*(?:%|percent\b|per\s+cent\b)", re.I)
_YEAR_RANGE = re.compile(
    r"(?:between\s+|from\s+)?(?:1[6-9]|20)\d\d\s*(?:and|to|-|–)\s*(?:(?:1[6-9]|20)\d\d|\d\d)", re.I
)
# idioms that hold number words but count nothing
_IDIOM = re.compile(
    r"\b(?:on the one hand|on the other hand|one of|one another|no one|any one|the one|one day|"
    r"one by one|at one point|one or two|one way or another|in one|for one|one thing|"
    r"each one|every one|someone|anyone|everyone|one[- ]time|one[- ]sided|one[- ]third|"
    r"a few|a couple|some of|many of|a number of|number one|one more|first|second)\b",
    re.I,
)
_HAVE = frozenset(
    [
        "has",
        "have",
        "had",
        "having",
        "boasts",
        "boast",
        "boasted",
        "numbers",
        "number",
        "numbered",
        "counts",
        "count",
        "counted",
        "claims",
        "claim",
        "claimed",
        "fields",
        "field",
        "fielded",
        "commands",
        "command",
        "commanded",
        "maintains",
        "maintain",
        "maintained",
        "includes",
        "include",
        "included",
        "comprises",
        "comprise",
        "comprised",
        "totals",
        "total",
        "totalled",
        "totaled",
        "reaches",
        "reach",
        "reached",
        "stands",
        "stand",
        "stood",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "possesses",
        "possess",
        "possessed",
        "keeps",
        "keep",
        "kept",
        "musters",
        "muster",
        "mustered",
        "recruited",
        "recruits",
        "gathered",
        "deployed",
        "deploys",
        "deploy",
    ]
)
_COUNTED = frozenset({"member_count", "fighter_count", "residents"})
_ANAPHOR_NOUNS = frozenset(
    [
        "group",
        "organisation",
        "organization",
        "movement",
        "cult",
        "council",
        "party",
        "militia",
        "outfit",
        "front",
        "network",
        "faction",
        "brigade",
        "brigades",
        "army",
        "regime",
        "government",
        "ministry",
        "agency",
        "union",
        "brotherhood",
        "alliance",
        "coalition",
        "league",
    ]
)
_SUBJ = ("nsubj", "nsubjpass", "csubj")
_IDENTIFIER = re.compile(r"(?<![.!?]\s)(?<!^)\b[A-Z][a-z]+\.?\s+$|\bNo\.?\s+$|#\s*$")
#: lower-case heads that a number after them names, not counts (generic; branch 15p)
_NAMED_BY_NUMBER = re.compile(
    r"\b(?:phases?|chapters?|articles?|sections?|paragraphs?|clauses?|resolutions?|pages?|"
    r"stages?|items?|rooms?|blocks?|flights?|routes?|districts?|zones?|gates?|terminals?|"
    r"platforms?|brigades?|battalions?|divisions?|units?|no|number)\.?\s+$",
    re.I,
)
#: a name before a count that is the recipient, not an identifier: "sold Ivo Renk 720 rounds"
_GIVEN_TO = re.compile(
    r"\b(?:sold|gave|paid|sent|offered|owed|handed|lent|loaned|promised|shipped|supplied|"
    r"granted|awarded|sell|give|pay|send|offer|owe|hand|lend|promise)\s+(?:[A-Z][\w’'.-]*\s+){1,3}$"
)
#: how a generic count must hang off its predicate: its direct object or complement
_DIRECT = frozenset({"dobj", "attr", "oprd", "dative"})
_NUMBER_NOUNS = frozenset(
    ["number", "figure", "figures", "total", "toll", "count", "estimate", "tally"]
)
_PUT = frozenset(
    ["put", "puts", "putting", "estimated", "estimates", "estimate", "places", "placed", "place"]
)
_TIME_UNITS = frozenset(
    [
        "year",
        "years",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "hour",
        "hours",
        "minute",
        "minutes",
        "decade",
        "decades",
        "century",
        "centuries",
        "times",
        "percent",
        "per",
        "cent",
    ]
)
_TIME_NOUNS = frozenset(
    {"year", "years", "month", "months", "week", "weeks", "day", "days", "hour", "hours",
     "minute", "minutes", "decade", "decades", "century", "centuries", "season", "seasons"}
)  # fmt: skip
_A_BEFORE = re.compile(r"\b(?:a|an|A|An)\s$")
#: a number then a capitalised word and another number: a model's name ("420 Mk 2")
_MODEL_AFTER = re.compile(r"[\s-]+[A-Z][A-Za-z]*[\s-]+\d")
_FRACTION_WORDS = frozenset(
    {"third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths", "half"}
)
_CLAUSE = frozenset({"ccomp", "advcl", "relcl", "xcomp", "parataxis", "acl", "pcomp"})


@functools.lru_cache(maxsize=2)
def load_parser(name: str) -> Any:
    """The tagger and parser of the build's one loaded spaCy pipeline (analyze/nlp.py:
    the same object as the spaCy stage's, run with other components), without NER."""
    return PipeView(load_models(name), PARSE_PIPES)


def _digit_starts(text: str) -> list[int]:
    """Where _DIGITS matches, found from the runs of digits: its look-behind, tried at
    every position, cost twice this."""
    return [
        m.start()
        for m in _DIGIT_RUN.finditer(text)
        if not (m.start() and text[m.start() - 1] in ",.")
    ]


def count_spans(text: str) -> list[tuple[int, int]]:
    """Spans of counts in a sentence: number expressions that are not years, dates,
    times, percentages, ordinals, single items or idioms ("on the one hand").  Kept per
    text (:func:`_count_spans`): a window's counts are read when it is planned and again
    when its parse is bound."""
    return list(_count_spans(text))


@functools.lru_cache(maxsize=2048)
def _count_spans(text: str) -> tuple[tuple[int, int], ...]:
    """:func:`count_spans`'s spans, as a tuple (the cache must not hand out a list)."""
    out: list[tuple[int, int]] = []
    anchors = _digit_starts(text)
    if not _NUMBER_WORDS.isdisjoint(text.lower().split()):
        anchors = sorted({*anchors, *(m.start() for m in _NUMBER_ANCHOR.finditer(text))})
    if not anchors:
        return ()  # most sentences: the big number pattern is not worth running
    idioms: list[tuple[int, int]] | None = None  # found when a count gets that far
    found: dict[tuple[int, int], re.Match[str]] = {}
    for p in anchors:  # the number pattern only where a number starts: at a number word
        # or digit, or at one of the few words before it ("upwards of", "more than")
        starts = [p] + [w.start() for w in _WORD_START.finditer(text, max(0, p - 28), p)]
        for st in starts:
            m = _NUM_RE.match(text, st)
            if m and m.end() > p:
                found.setdefault(m.span(), m)
    spans = sorted(found)
    longest = [s for s in spans if not any(o != s and o[0] <= s[0] and s[1] <= o[1] for o in spans)]
    for m in (found[s] for s in longest):
        a, b = m.span()
        core = m.group().strip()
        last = core.split()[-1].lower()
        if _YEAR.fullmatch(core) or last in ("one", "a", "an"):
            continue
        if _DATE_BEFORE.search(text[max(0, a - 12) : a]) or _DATE_AFTER.search(text[b : b + 14]):
            continue
        pct = _PERCENT_AFTER.match(text, b)
        if pct and not _YEAR.fullmatch(core):
            # "52 percent of the vote", "rose to 7.2%": a share, bound like a count (the
            # claim's value keeps the percent word; extract normalises it as a fraction)
            b = pct.end()
            if (
                _SHARE_RANGE_AFTER.match(text, b)
                or _SHARE_RANGE_BEFORE.search(text, max(0, a - 30), a)
                or _BETWEEN_BEFORE.search(text, max(0, a - 10), a)
                and _AND_SHARE_AFTER.match(text, b)
            ):
                continue  # "a 75% to 80% probability": one end of a range is no value
        elif (
            _TIME_NEAR.match(text[b : b + 9])
            or text[b : b + 1] in ("-", "–", "/", ".")
            and text[b + 1 : b + 2].isalnum()
        ):
            continue
        if a > 0 and text[a - 1] in "#/.-’'+" and last.isdigit():
            continue  # "#5", "1/3", "v.2", "’87": an identifier, a part of one, a year
        if _YEAR_RANGE.fullmatch(core):
            continue  # "between 1993 and 2001", "2014-2016": a period, not a count
        if (
            last.isdigit()
            and _IDENTIFIER.search(text[max(0, a - 30) : a])
            and not _GIVEN_TO.search(text, max(0, a - 60), a)
        ):
            continue  # "Stage 4", "Resolution 2231", "Flight 17": a name, not a count
        if last.isdigit() and _NAMED_BY_NUMBER.search(text, max(0, a - 14), a):
            continue  # "stage 6", "clause 14", "district 12": the tagger may take
            # the head for a verb ("... and stage 6 of X"), so its word decides
        score = re.fullmatch(r"(\d+)\s*[-–]\s*(\d+)", core)
        if score and int(score.group(2)) < int(score.group(1)):
            continue  # "their 38-7 victory": a score, not a range
        if idioms is None:
            idioms = [m.span() for m in _IDIOM.finditer(text)]
        if any(x <= a < y or x < b <= y for x, y in idioms):
            continue
        if (
            _A_BEFORE.search(text, max(0, a - 4), a)
            and last.isdigit()
            and text[a - 1 : a] not in _CURRENCY_SIGNS
            and not pct
        ):
            continue  # "a 999 call", "a 420": one thing named by a number, not a count
        if _MODEL_AFTER.match(text, b):
            continue  # "Vellorn Air's 420 Mk 2 jets": a model, not a count
        nxt = re.match(r"[\s-]*([A-Za-z]+)", text[b : b + 20])
        if nxt and nxt.group(1).lower() in _TIME_UNITS:
            continue  # "for twenty years", "two years ago", "ten times": not a count of things
        if nxt and nxt.group(1).lower() in _FRACTION_WORDS:
            continue  # "some two third of ...": a share, not a count of two
        out.append((a, b))
    return tuple(out)


#: a count right after a preposition is seldom what its subject did or has ("in 300
#: cities", "since 2,000 ..."); a level after "stood at", "rose to" is
_AFTER_PREPOSITION = re.compile(
    r"\b(?:in|on|at|since|by|from|until|to|for|with|within|during|after|before|among|per|than|"
    r"between|into|over|under|of|around|about|nearly|almost)\s+(?:the\s+|some\s+|last\s+|first\s+)?$",
    re.I,
)
#: "is a group of nearly 400,000 men", "made a total of ...": the count is the collective's
_COLLECTIVE_OF = re.compile(
    r"\b(?:group|total|network|community|force|army|team|body|membership|coalition|alliance|"
    r"organi[sz]ation|party|movement|church|denomination|delegation|staff|workforce|union|"
    r"federation|association|sum|fleet|arsenal)\s+of\s+$",
    re.I,
)
#: "a dealer with over 50,000 customers", "the Front, with some 3,000": the parse decides
#: whether a name has the count (a verb's "with" is refused there)
_NOUN_WITH = re.compile(r"(?:\b[a-z]{3,}|,)\s+with\s+$")
_SCALED = re.compile(r"\b(?:thousand|million|billion|trillion|quadrillion)\b", re.I)
_REACH_BEFORE = re.compile(r"\b(?:to|into|onto|from|on|towards?)\s+(?:the\s+|some\s+)?$", re.I)
_LEVEL_BEFORE = re.compile(r"\b([a-z]+)\s+(?:at|to|by)\s+(?:about\s+|nearly\s+|almost\s+)?$", re.I)
# "1,000 rounds", "18 people", "tens of thousands of texts"; and "three US-Iranian
# nationals", "two Austrians": a demonym or a name before the noun is a counted thing too
_COUNTED_NEXT = re.compile(r"\s+(?:[A-Za-z]|“[a-z])")


def worth_binding(text: str, a: int, b: int) -> bool:
    """Whether a generic count at ``a..b`` of a sentence is worth parsing for a subject: it
    must be what its subject did or has -- a direct object, never right after a preposition
    unless a level verb takes it ("stood at"); and a bare number needs a counted thing after it
    ("bought 1,000 rounds"; "... was 5." counts nothing), while an amount of money or a
    percentage is one on its own."""
    before = text[max(0, a - 24) : a]
    if (
        _AFTER_PREPOSITION.search(before[-12:]) and not _COLLECTIVE_OF.search(before)
        and not _NOUN_WITH.search(before)
    ):  # fmt: skip
        lv = _LEVEL_BEFORE.search(before)
        if (lv is None or lv.group(1).lower() not in _LEVEL_VERBS) and not _REACH_BEFORE.search(
            before
        ):
            return False
    unit_in = (
        bool(_PERCENT_AFTER.search(text, a, b))
        or text[a - 1 : a] in _CURRENCY_SIGNS
        or any(ch in text[a:b] for ch in _CURRENCY_SIGNS)
    )
    # "won about 18 million.": a scaled number counts something even when it ends the clause
    scaled = bool(_SCALED.search(text, a, b))
    # "the number of X operations increased to 560, ...": a level's noun is its subject
    lv = _LEVEL_BEFORE.search(before)
    level = lv is not None and lv.group(1).lower() in _LEVEL_VERBS
    return unit_in or scaled or level or bool(_COUNTED_NEXT.match(text, b))


def shouting(text: str) -> bool:
    """Whether a sentence is mostly capitals: a ticker or a table ("37,797 CONTRACTS OR 188.98
    MILLION OZ"), where the tagger takes every word for a name and binds nothing right."""
    letters = list(filter(str.isalpha, text))  # filter/map: no Python loop per character
    return len(letters) >= 20 and sum(map(str.isupper, letters)) > 0.6 * len(letters)


def candidate_sentence(text: str, has_mention: bool, matched: bool) -> bool:
    """Whether a sentence is worth parsing: an attribute pattern matched, or a count
    stands next to an entity mention."""
    return matched or (has_mention and bool(count_spans(text)))


#: where a parsed window keeps its text (:func:`doc_text`)
_TEXT_KEY = "newsdossier.claims.text"


def doc_text(doc: Any) -> str:
    """``doc.text``, joined once per parse: spaCy's ``Doc.text`` joins every token's text
    again on each read, and the binding code read it ~10 times a window (1.7 s of the
    claims stage's 28 on 120 Tehran Times + 120 FakeNewsCorpus pages, cProfile)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return str(text)


def parse_sentences(name: str, texts: Sequence[str]) -> list[Any]:
    """The parse of each text, in order.  A text given twice is parsed once (both get the
    same ``Doc``, read only): on 300 Tehran Times pages 76 of 1,163 windows and sentences
    were repeats (a paragraph a page repeats, a sentence that is both a value's window and
    a clause).  A parse does not depend on the texts batched with it (the same tags,
    heads and labels for those 1,163 texts with batches of 16, 64, 256 or all)."""
    nlp = load_parser(name)
    distinct = list(dict.fromkeys(texts))
    # (batches of 256: 4 % less CPU than of 64 on the 1,394 windows and sentences of the
    # bench's first 300 records, the same parses)
    docs = dict(zip(distinct, nlp.pipe(distinct, batch_size=256), strict=True))
    return [docs[t] for t in texts]


@dataclass(frozen=True, slots=True)
class Binding:
    """A value bound by the parse (offsets relative to the sentence)."""

    attribute: str | None
    value: tuple[int, int]
    subject: tuple[int, int]  # the subject's tokens as written (may be a pronoun)
    subject_kind: (
        str  # name | owner (a name compounded on the counted noun) | pronoun | anaphor | number
    )
    unit: str | None
    polarity: str
    modality: str
    scope: str | None
    predicate: str


def _token_at(doc: Any, a: int, b: int) -> list[Any]:
    """The tokens starting in ``[a, b)``, from the parse's :class:`_Tree` (made once)."""
    tree = _Tree.of(doc)
    return tree.tokens[bisect.bisect_left(tree.idx, a) : bisect.bisect_left(tree.idx, b)]


def _top(tokens: list[Any]) -> Any:
    """The token of a span whose head lies outside it."""
    ids = {t.i for t in tokens}
    for t in tokens:
        if t.head.i not in ids or t.head.i == t.i:
            return t
    return tokens[-1]


def _is_verb(t: Any) -> bool:
    tag = str(t.tag_)
    return tag.startswith("VB") or tag == "MD"


def _predicate(t: Any) -> Any | None:
    """The nearest verb at or above ``t`` in its clause."""
    cur = t
    for _ in range(8):
        if _is_verb(cur):
            return cur
        if cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _clause_head(t: Any) -> Any:
    cur = t
    for _ in range(10):
        if cur.dep_ in _CLAUSE or cur.head.i == cur.i:
            return cur
        if _is_verb(cur) and cur.dep_ not in ("aux", "auxpass", "conj"):
            return cur
        cur = cur.head
    return cur


#: prepositions whose participle is done by the main verb's subject ("after charging ...",
#: "by sending ..."); "accused X of holding", "thanked X for sending": the object's
_DOER_PREPS = frozenset({"after", "before", "by", "while", "upon", "since", "without"})


def _clause_between(head: Any, t: Any) -> bool:
    """Whether a verb with its own subject stands between ``head`` and ``t``: then a
    participle the parser hung on ``head`` may belong to that nearer clause ("X disgraced
    himself ..., after the firm had been destroyed, costing thousands of people their
    jobs": the destruction cost them, not X)."""
    lo, hi = sorted((head.i, t.i))
    return any(
        _is_verb(w) and any(c.dep_ in _SUBJ for c in w.children) for w in head.doc[lo + 1 : hi]
    )


def _in_brackets_before(t: Any, pred: Any) -> bool:
    """Whether ``t`` stands inside a parenthesis that closes before ``pred`` ("(a TARB,
    or also known as ...), brenna has been ..."): a word in brackets is an aside, never
    the clause's subject, though the parse of a window that starts inside the brackets
    may hang it there as a second subject (claims 103, a reader of seed 1065)."""
    if pred.i <= t.i:
        return False
    between: str = t.doc[t.i + 1 : pred.i].text
    return between.count(")") > between.count("(")


def _subject_of(pred: Any) -> Any | None:
    cur = pred
    for _ in range(5):
        for c in cur.children:
            if c.dep_ in _SUBJ and not _in_brackets_before(c, cur):
                return c
        if (
            cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.lower_ in _DOER_PREPS
            and _is_verb(cur.head.head)
        ):  # fmt: skip
            cur = cur.head.head  # "after charging 34 people, X ...", "X replied by sending 300"
            continue
        if (
            cur.dep_ == "advcl" and cur.tag_ == "VBG" and _is_verb(cur.head)
            and not any(c.dep_ == "mark" for c in cur.children)
            and not _clause_between(cur.head, cur)
        ):  # fmt: skip
            cur = cur.head  # "X is building a plant, aiming to produce 80,000 barrels"
            continue
        if cur.dep_ == "pcomp" and cur.head.dep_ == "prep" and cur.head.head.i != cur.head.i:
            # "accused the Front of holding 3,000 rifles": the one accused holds them
            verb = cur.head.head
            objs = [c for c in verb.children if c.dep_ == "dobj"]
            if objs:
                return objs[0]
            cur = verb
            continue
        if cur.dep_ in ("conj", "xcomp", "acomp") and cur.head.i != cur.i:
            cur = cur.head  # "..., and it has ...", "X wants to have ...", "X is responsible for"
            continue
        break
    return None


def _re_estimate(pred: Any | None) -> bool:
    """ "the true number is closer to 1,300", "puts the figure at 1,300": a count given
    for a number named before."""
    if pred is None:
        return False
    return any(
        c.dep_ in ("nsubj", "dobj") and c.lower_ in _NUMBER_NOUNS
        and any(g.lower_ in ("the", "this", "that") for g in c.children)
        for c in pred.children
    )  # fmt: skip


def _agent_of(pred: Any) -> Any | None:
    """The doer of a passive: "killed by X", "killed at the hands of X"."""
    for c in pred.children:
        if c.dep_ == "agent":
            for g in c.children:
                if g.dep_ == "pobj":
                    return g
        if c.dep_ == "prep" and c.lower_ == "at":
            for hands in c.children:
                if hands.dep_ == "pobj" and hands.lower_ == "hands":
                    for of in hands.children:
                        if of.dep_ == "prep" and of.lower_ == "of":
                            objs = [g for g in of.children if g.dep_ == "pobj"]
                            if objs:
                                return objs[0]
    return None


def _poss_of(noun: Any) -> Any | None:
    for c in noun.children:
        if c.dep_ == "poss":
            return c
    return None


#: punctuation that ends a phrase before a name: never the start of the name's span
_PHRASE_BREAKS = frozenset({"(", ")", "[", "]", ",", ";", ":", "—", "–"})


def _span_of(t: Any) -> tuple[int, int]:
    """The noun phrase a subject token heads (compounds, determiners, flat names)."""
    left = [
        c
        for c in t.lefts
        if c.dep_ in ("compound", "amod", "det", "poss", "nmod", "punct")
        and c.i >= t.i - 6
        # a bracket or comma the parser hung on the name closes a phrase before it, never
        # part of it: "(a Vellorn culture, ...), brenna has been ..." had the span reach
        # back over the parenthesis to the name in it (claims 103, a reader of seed 1065)
        and not (c.dep_ == "punct" and c.text in _PHRASE_BREAKS)
    ]
    start = min([t.idx] + [c.idx for c in left if c.dep_ != "det"])
    end = t.idx + len(t.text)
    for c in t.rights:
        if c.dep_ in ("compound", "flat", "appos") and c.i <= t.i + 3 and c.dep_ != "appos":
            end = max(end, c.idx + len(c.text))
    return start, end


def _unit(noun: Any, value_tokens: set[int]) -> str | None:
    if noun.i in value_tokens:
        # "tens of thousands of texts": the noun is in the "of" phrase
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs and not _coordinated(objs[0]) and objs[0].tag_ in _NOUN_TAGS:
                    # (a noun: "dozens of leftwing, nongovernmental groups" has the parse
                    # take the adjective for the object, a unit "leftwing" that an
                    # independent reader of seed 1027 judged garbled)
                    return _phrase(objs[0])
        return None
    return _with_conjunct(noun, _phrase(noun))


_NOUN_TAGS = frozenset({"NN", "NNS", "NNP", "NNPS"})


def _with_conjunct(noun: Any, words: str) -> str:
    """The counted noun with a bare noun coordinated right after it: "over 165 essays and
    poems" counts both (an independent reader of seed 1028 judged the unit "quotes" of
    such a pair cut short); not a conjunct with its own count ("165 essays and 20 poems")
    nor after an "of" phrase, whose words the unit already ends on."""
    if words.split()[-1] != noun.text:
        return words
    nxt = noun.doc[noun.i + 1 : noun.i + 3]
    if len(nxt) < 2 or nxt[0].dep_ != "cc" or nxt[0].lower_ not in ("and", "or"):
        return words
    conj = nxt[1]
    if conj.dep_ != "conj" or conj.head.i != noun.i or conj.tag_ not in ("NN", "NNS"):
        return words
    if any(c.dep_ in ("nummod", "det", "poss", "prep", "relcl", "acl") for c in conj.children):
        return words
    return f"{words} {nxt[0].text} {conj.text}"


def _coordinated(noun: Any) -> bool:
    """Whether a noun is the first of coordinated words ("all four of the Latin and Greek
    verse and prose composition prizes": the parse takes "verse" for the counted noun, the
    head is "prizes"): what is counted is then not that noun (an independent reader of seed
    96 judged the unit "Latin verse" wrong); the unit stays unknown."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt is not None and nxt.dep_ == "cc" and nxt.lower_ in ("and", "or")


def _phrase(noun: Any) -> str:
    toks = [noun] + [c for c in noun.lefts if c.dep_ in ("compound", "amod") and c.i >= noun.i - 3]
    for c in noun.rights:
        if c.dep_ == "prep" and c.lower_ in ("of", "per", "under") and c.i <= noun.i + 2:
            toks.extend(_without_clauses(c))
            break
    toks = sorted({t.i: t for t in toks}.values(), key=lambda t: t.i)[:8]
    return " ".join(t.text for t in toks)


def _without_clauses(prep: Any) -> list[Any]:
    """The words of an "of" phrase without the clauses on its nouns: "87 members of the
    Council who live in Vellorn" counts "members of the Council" (the clause is the
    count's scope, :func:`_scope`); the phrase's words cut at eight read "members of the
    Council who live in", a unit an engineer's reading of seed 644 found cut mid-clause.
    A participle stays: "a 75% probability of Vellorn defaulting on its debt"."""
    drop: set[int] = set()
    for t in prep.subtree:
        if t.dep_ == "relcl" and t.i not in drop:
            drop.update(g.i for g in t.subtree)
            # (and the comma before it: "of the Council, which ...")
            if t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text == ",":
                drop.add(t.left_edge.i - 1)
    return [t for t in prep.subtree if t.i not in drop]


def _polarity(
    pred: Any | None, noun: Any | None, value_tokens: frozenset[int] = frozenset()
) -> str:
    for t in (pred, noun):
        if t is None:
            continue
        for c in t.children:
            if c.i in value_tokens:
                continue  # "no more than 900 members": the value's own words
            if c.dep_ == "neg" or (c.dep_ == "det" and c.lower_ in ("no", "neither")):
                return "negative"
    return "positive"


#: words after "if" that make no condition ("if not more", "if any", "if necessary")
_IF_NO_CONDITION = frozenset(
    {"not", "any", "ever", "anything", "necessary", "needed", "possible", "only", "need",
     "so", "at", "required"}
)  # fmt: skip


def _condition_clause(verb: Any) -> bool:
    """Whether ``verb`` heads an if/unless clause that conditions the verb it hangs on:
    "If current trends hold, X will have 3.1 doctors per 1,000" (not "even if", "as if",
    "if any", "if necessary")."""
    for c in verb.children:
        if c.dep_ != "mark" or c.lower_ not in ("if", "unless"):
            continue
        before = c.doc[c.i - 1].lower_ if c.i > 0 else ""
        after = c.doc[c.i + 1].lower_ if c.i + 1 < len(c.doc) else ""
        return before not in ("even", "as", "what", "only") and after not in _IF_NO_CONDITION
    return False


def _modality(pred: Any | None, doc: Any) -> str:
    if doc_text(doc).rstrip(" ”\"’'").endswith("?"):
        return "question"
    cur, own = pred, True
    for _ in range(6):
        if cur is None:
            break
        for c in cur.children:
            if c.dep_ == "mark" and c.lower_ in ("if", "unless"):
                return "conditional"
            # an if-clause on a verb above the value: "If current trends hold, Vellorn
            # will have 3.1 doctors per 1,000" is a projection, not a fact (the class of
            # the projection an independent reader of seed 1035 judged shown asserted wrong)
            # (on the value's own predicate, or the verb of which it is the infinitive:
            # an if-clause on a reporting verb further up is the report's)
            if c.dep_ == "advcl" and own and _condition_clause(c):
                return "conditional"
        own = own and cur.dep_ == "xcomp"
        if cur.head.i == cur.i:
            break
        cur = cur.head
    return "asserted"


def _scope(noun: Any | None, value: Any) -> str | None:
    """ "two thousand *in Vellorn*", "members *in the camp*": where a count holds; and a
    count restricted by a clause on its noun ("87 members *who live in Vellorn*", "members
    *living abroad*") is of that part only, never the whole's total."""
    near = [noun, noun.head if noun is not None and noun.dep_ == "pobj" else None]
    if noun is not None:
        near.append(_of_name(noun))  # "87 members of the Council who live in Vellorn"
    for t in near:
        if t is None:
            continue
        for c in t.children:
            if c.dep_ in ("relcl", "acl") and c.i > t.i:
                for g in c.subtree:
                    if g.dep_ == "pobj" and g.head.lower_ in (
                        "in",
                        "inside",
                        "outside",
                        "across",
                        "at",
                    ):
                        a, b = _span_of(g)
                        return doc_text(value.doc)[a:b].lower()
                return str(c.text).lower()
    for t in (value, noun):
        if t is None:
            continue
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ in ("in", "inside", "across", "throughout", "at"):
                objs = [g for g in c.children if g.dep_ == "pobj"]
                if objs and (
                    objs[0].tag_.startswith("NNP")
                    or objs[0].lower_ in ("camp", "camps", "exile", "country")
                ):
                    a, b = _span_of(objs[0])
                    return doc_text(value.doc)[a:b].lower()
    return None


def _counted_noun(v: Any, value_tokens: set[int]) -> Any:
    """The noun a count counts: the value's head when it is a nummod, else the value."""
    cur = v
    for _ in range(3):
        if cur.dep_ in ("nummod", "quantmod", "compound") and cur.head.i not in value_tokens:
            return cur.head
        if cur.dep_ in ("nummod", "quantmod", "compound") and cur.head.i in value_tokens:
            cur = cur.head
            continue
        break
    return cur


def _of_object(noun: Any, pred: Any | None) -> bool:
    """ "authorized payment of $900,000", "seized a cache of 300 rifles": the value
    measures the predicate's direct object."""
    if pred is None or noun.dep_ != "pobj" or noun.head.lower_ != "of":
        return False
    obj = noun.head.head
    if obj.like_num or obj.tag_ == "CD":
        return False  # "won 5 of the 7 seats": the 7 is the whole, not what was won
    return obj.dep_ in _DIRECT and obj.head.i == pred.i and obj.i != noun.i


#: verbs that give a level as "<verb> at/to N": "trade stood at $155 million", "inflation
#: rose to 40 percent", "the bill amounted to 2 billion rials"
_LEVEL_VERBS = frozenset(
    [
        "stood",
        "stands",
        "stand",
        "standing",
        "rose",
        "rise",
        "rises",
        "rising",
        "risen",
        "increased",
        "increase",
        "increases",
        "increasing",
        "climbed",
        "climbs",
        "climbing",
        "jumped",
        "jumps",
        "soared",
        "soars",
        "grew",
        "grows",
        "grown",
        "growing",
        "fell",
        "falls",
        "fall",
        "falling",
        "fallen",
        "dropped",
        "drops",
        "dropping",
        "declined",
        "declines",
        "declining",
        "decreased",
        "decreases",
        "plunged",
        "plunges",
        "amounted",
        "amounts",
        "amount",
        "amounting",
        "totaled",
        "totalled",
        "came",
        "reached",
        "hit",
        # a level given by someone's estimate or decision: "X's fortune is estimated at $2
        # billion", "her salary was fixed at 5,000", "the toll was put at 40" (branch 15s)
        "estimated",
        "valued",
        "put",
        "fixed",
        "set",
        "pegged",
        "capped",
    ]
)
# "by": the change of a level ("exports fell by about two percent to $8.3 billion"): the
# subject's figure as much as its level (branch 15p)
_LEVEL_PREPS = frozenset({"at", "to", "by"})


def _level_of(noun: Any, pred: Any | None, value_tokens: set[int]) -> bool:
    """ "stood at $155 million", "rose to 7.2 percent": a level the subject is at; and "agreed
    to swap up to 60,000 barrels", where the parser reads the approximator "up to" as a
    preposition: the count is still the verb's object."""
    if pred is None or noun.dep_ != "pobj":
        return False
    prep = noun.head
    if prep.head.i != pred.i:
        return False
    if prep.i in value_tokens:
        return True  # "up to", "as many as": part of the value, not a preposition
    return prep.lower_ in _LEVEL_PREPS and pred.lower_ in _LEVEL_VERBS


#: what statistics measure: "transit of goods through Iran rose 24 percent" is Iran's figure
_MEASURE_NOUNS = frozenset(
    [
        "exports",
        "imports",
        "export",
        "import",
        "trade",
        "transit",
        "production",
        "output",
        "population",
        "inflation",
        "unemployment",
        "budget",
        "revenue",
        "revenues",
        "sales",
        "loading",
        "unloading",
        "investment",
        "investments",
        "spending",
        "debt",
        "gdp",
        "growth",
        "turnover",
        "rate",
        "electricity",
        "generation",
        "capacity",
        "reserves",
        "turnout",
        "consumption",
        "deficit",
        "surplus",
        # "the number of Vellorn Front operations increased to 560" (branch 15s; only for a
        # count with no attribute: "the true number is closer to 1,300" is a re-estimate)
        "number",
    ]
)


def _measured(subj: Any) -> Any:
    """The place or body a statistic's noun is of, when the noun has no owner of its own:
    "transit of goods through Iran", "unemployment in Vellorn" -> the proper noun."""
    if subj.lower_ not in _MEASURE_NOUNS or any(c.dep_ == "poss" for c in subj.children):
        return subj
    for c in subj.children:
        if c.dep_ == "compound" and c.tag_.startswith("NNP"):
            return subj  # "Iran-China trade": the span holds the name already
    frontier = [subj]
    for _ in range(2):  # "loading of commodities in Chabahar Port": two prepositions deep
        nxt = []
        for t in frontier:
            for c in t.children:
                if c.dep_ == "prep" and c.lower_ in ("of", "in", "through", "from", "at", "across"):
                    for g in c.children:
                        if g.dep_ == "pobj":
                            if g.tag_.startswith("NNP"):
                                return g
                            comps = [x for x in g.children if x.dep_ == "compound"]
                            if (
                                subj.lower_ == "number"
                                and comps
                                and comps[-1].tag_.startswith("NNP")
                            ):
                                return comps[-1]  # "the number of Daesh operations"
                            owner = _poss_of(g)  # "the capacity of Iran's power plants"
                            if owner is not None and owner.tag_.startswith("NNP"):
                                return owner
                            nxt.append(g)
        frontier = nxt
    verb = subj.head
    if subj.dep_ in ("nsubj", "nsubjpass") and _is_verb(verb):
        # "the literacy rate has reached 91 percent in Vellorn": the place the level holds
        # in, given on the verb (branch 15p)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ == "in" and c.i > subj.i:
                for g in c.children:
                    if g.dep_ == "pobj" and g.tag_ == "NNP":
                        return g
    return subj


_RESPECTIVELY = re.compile(r"\brespectively\b", re.I)


def _conjuncts(t: Any) -> list[Any]:
    """``t`` and every token coordinated with it (flat or chained), in text order."""
    while t.dep_ == "conj" and t.head.i != t.i:
        t = t.head
    out, todo = [t], [t]
    while todo and len(out) < 20:
        for c in todo.pop().children:
            if c.dep_ == "conj":
                out.append(c)
                todo.append(c)
    return sorted(out, key=lambda x: x.i)


def _respective(subj: Any, value: Any) -> Any | None:
    """The subject of a value in a "respectively" pairing: the n-th of coordinated
    subjects for the n-th of coordinated values; none when the lists do not line up."""
    subjects = _conjuncts(subj)
    if len(subjects) < 2:
        return subj
    # "377, 89 and 68 votes": the numbers, or the nouns they count, are coordinated
    for anchor in (value, value.head):
        values = _conjuncts(anchor)
        if len(values) == len(subjects):
            return subjects[[t.i for t in values].index(anchor.i)]
    return None


def _holder_with(noun: Any) -> Any | None:
    """Who has a count given with "with": "X, a dealer with over 50,000 customers", "the
    Front, with some 3,000 fighters, ...", "X is a party with 40 seats" -> X.  Never a
    verb's "with" ("met with 300 people")."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "with":
        return None
    holder = noun.head.head
    if holder.tag_ in ("NNP", "NNPS"):
        return holder
    if not holder.tag_.startswith("NN"):
        return None
    if holder.dep_ == "appos" and holder.head.tag_ in ("NNP", "NNPS"):
        return holder.head
    if holder.dep_ == "attr" and _is_verb(holder.head):
        subj = _subject_of(holder.head)
        return subj if subj is not None and subj.tag_ in ("NNP", "NNPS") else None
    return None


_SUBJECT_ROLES = frozenset({"nsubj", "nsubjpass"})
_SCALE_WORDS = frozenset({"hundred", "thousand", "million", "billion", "trillion", "quadrillion"})
#: units the tagger takes for names: "416 MW capacity" is no organisation's
_UNIT_ABBREVIATIONS = frozenset(
    {"mw", "gw", "kw", "tw", "mwh", "gwh", "kwh", "twh", "km", "kg", "bpd", "mcm", "bcm", "cm",
     "mm", "ha", "sq", "ft", "lbs", "mph", "kph", "tcf", "bcf", "mt"}
)  # fmt: skip
#: people named for their stance towards a name, not as its own: "three Renk supporters"
_STANCE_NOUNS = frozenset(
    {"supporters", "supporter", "fans", "critics", "opponents", "voters", "loyalists",
     "backers", "sympathizers", "sympathisers", "detractors", "rivals", "enemies", "victims",
     "protesters", "protestors", "admirers", "followers", "allies"}
)  # fmt: skip


def _owner_of_counted(v: Any, noun: Any, value_tokens: set[int]) -> Any | None:
    """Whose things a count counts, when its noun phrase says so: "the Front's 3,000
    members voted", "Forty members of the Front were arrested", "Two of Renk's sons were
    killed", "every one of Vellorn's 32 districts voted", "some 5,000 Harvan Council troops
    are stationed there", "opposition from 13 of the 15 Harvan Council members" -> the name
    that owns the counted noun (a possessor, the name of its "of" phrase, or a proper-noun
    compound; the caller keeps a compound to organisations and places: "three Renk
    supporters" are not Renk's).  Asked only for a count that is not its predicate's object
    or level (those are the predicate's subject's: "Vellorn killed 40 members of the
    Front").  Issue 15, branch 15p: on fresh Tehran Times and PTC pages these were the
    largest class of numbers about a named actor that got no claim."""
    head = noun
    if (
        head.dep_ == "pobj" and head.head.lower_ == "of" and head.head.head.i != head.i
        and (head.head.head.like_num or head.head.head.tag_ == "CD")
    ):  # fmt: skip
        head = head.head.head  # "every one of Vellorn's 32 districts": the partitive's head
        if head.lower_ != "one" and v.i != head.i:
            # "Seven of Juno's eight instruments collected data": the count the words tell
            # is the part, seven; the whole, eight, is said in passing (an independent
            # reader of seed 1036 judged the value eight wrong; claims 78)
            return None
    if head.dep_ not in _SUBJECT_ROLES and not (head.dep_ in ("pobj", "conj") or noun.i == v.i):
        return None
    if noun.i != v.i and v.i > noun.i:
        return None  # "the Harbor Times page 1 is ...": a number after its noun names it
    if noun.lower_ in _TIME_NOUNS:
        return None  # "in the fourth calendar month of Tavir": a time, not anyone's things
    partitive = noun.i == v.i  # "Two of Renk's sons", "12 of its members"
    cands = [noun]
    for t in (head, noun) if head.i != noun.i else (noun,):
        for c in t.children:
            if c.dep_ == "prep" and c.lower_ == "of":
                cands += [g for g in c.children if g.dep_ == "pobj" and g.i not in value_tokens]
    for t in cands:
        for c in t.children:
            if c.dep_ == "poss" and (c.tag_ in ("NNP", "NNPS") or c.lower_ in ("its", "their")):
                return c
        if any(c.dep_ == "conj" for c in t.children):
            return None  # "three provinces of X, Y and Z": the count is the list's
        if t.i != noun.i and t.tag_ in ("NNP", "NNPS"):
            return t  # "members of the Front"
        if (
            (t.i == noun.i or partitive) and t.tag_ in ("NN", "NNS")
            and t.lower_ not in _STANCE_NOUNS and (partitive or head.dep_ in _SUBJECT_ROLES)
        ):  # fmt: skip
            # "5,000 Harvan Council troops" (not "30 million doses of Vellorn vaccine": a
            # compound on the "of" phrase names a kind); only as the clause's subject or
            # a part of the whole ("13 of the 15 Harvan Council members"): "called for the
            # release of two Harbor Post reporters", "an interview with two Harvan Council
            # members" tell what the sentence's subject did, not what the name owns (an
            # independent reader of seed 1014 judged such a subject wrong, one of 1009 too)
            comps = [c for c in t.children if c.dep_ == "compound" and c.tag_ in ("NNP", "NNPS")]
            if comps and comps[-1].i == t.i - 1 and comps[-1].lower_ not in _UNIT_ABBREVIATIONS:
                return comps[-1]
    return None


#: prepositions of where a doing goes: "shipped grain to 30 countries",
#: "pumped water into 1,200 tanks", "cracked down on 300 protesters" (branch 15p);
#: never "in", "at", "for", "since", "with", "from" ... (a place, a time, a reason,
#: company, an origin: "met with 300 people", "hosts traders from 12 districts")
_REACH_PREPS = frozenset({"to", "into", "onto", "on", "toward", "towards"})


def _reach_of(noun: Any, pred: Any | None) -> bool:
    """Whether a count is the object of a preposition of reach on the predicate itself
    (not on a noun: "the attack on 3 villages" is not what anyone did to them)."""
    if pred is None or noun.dep_ != "pobj" or noun.head.lower_ not in _REACH_PREPS:
        return False
    prep = noun.head
    if prep.head.i != pred.i or prep.dep_ != "prep" or pred.lower_ in _LEVEL_VERBS:
        return False
    if pred.lemma_ == "be":
        return False
    # the doer must be the predicate's own subject, or that of the verb it completes ("X
    # began injecting gas into ..."); not one reached through a participle ("X schemes to
    # help Y by disappearing into the 1 million ...": nobody's count)
    cur = pred
    for _ in range(3):
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in cur.children):
            return True
        if cur.dep_ not in ("xcomp", "conj") or cur.head.i == cur.i:
            return False
        cur = cur.head
    return False


def _existential(pred: Any) -> bool:
    return any(c.dep_ == "expl" and c.lower_ == "there" for c in pred.children)


def _of_name(noun: Any) -> Any | None:
    """The proper noun of a counted noun's "of" phrase: "87 members of the Harvan Council"."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ == "of":
            for g in c.children:
                if g.dep_ == "pobj" and g.tag_.startswith("NNP"):
                    return g
    return None


def _change_of(noun: Any, pred: Any | None) -> bool:
    """ "transit rose 24 percent", "exports fell 5%": a change in percent of the subject."""
    return bool(
        pred is not None and noun.head.i == pred.i and noun.dep_ in ("npadvmod", "advmod", "dobj")
        and noun.lower_ in ("percent", "%", "cent") and pred.lower_ in _LEVEL_VERBS
    )  # fmt: skip


#: nouns of violent events: their count of victims is their perpetrator's
_EVENT_NOUNS = frozenset(
    [
        "attack",
        "attacks",
        "bombing",
        "bombings",
        "blast",
        "blasts",
        "explosion",
        "explosions",
        "strike",
        "strikes",
        "airstrike",
        "airstrikes",
        "raid",
        "raids",
        "assault",
        "assaults",
        "shooting",
        "shootings",
        "massacre",
        "massacres",
        "ambush",
        "ambushes",
        "offensive",
        "rampage",
        "bombardment",
        "shelling",
        "operation",
        "operations",
        "onslaught",
    ]
)
#: verbs whose subject did the event that is their object ("carried out an attack")
_PERPETRATE = frozenset(
    [
        "carried",
        "carry",
        "carries",
        "carrying",
        "conducted",
        "conduct",
        "conducts",
        "launched",
        "launch",
        "launches",
        "staged",
        "stage",
        "stages",
        "perpetrated",
        "perpetrate",
        "committed",
        "commit",
        "mounted",
        "mount",
        "claimed",
        "claim",
        "claims",
        "executed",
        "unleashed",
        "waged",
        "orchestrated",
        "masterminded",
    ]
)


def _perpetrator(event: Any) -> Any | None:
    """Who did a violent event, when the sentence says it: "the Front's attack", "an attack
    claimed by the Front", "the Front carried out an attack which left 22 dead", "the Front
    claimed responsibility for the bombing, which killed 40".  Else nothing: "a bomb blast
    killed 40" names no one."""
    if (
        event.lower_ not in _EVENT_NOUNS
        or not event.tag_.startswith("NN")
        or event.tag_.startswith("NNP")
    ):
        return None
    for c in event.children:
        if c.dep_ == "poss" or (c.dep_ == "compound" and c.tag_.startswith("NNP")):
            return c
        if c.dep_ == "acl" and c.lower_ in _PERPETRATE:
            agent = _agent_of(c)
            if agent is not None:
                return agent
    head = event.head
    if event.dep_ == "dobj" and head.lower_ in _PERPETRATE:
        return _subject_of(head)
    if (
        event.dep_ == "pobj" and head.lower_ == "for" and head.head.lower_ == "responsibility"
        and head.head.dep_ == "dobj"
    ):  # fmt: skip
        return _subject_of(head.head.head)
    return None


#: nouns of a count of the dead: "the death toll of the attack rose to 40"
_TOLL_NOUNS = frozenset({"toll", "tally"})
#: heads of a part of a counted whole: "half of its 600 members", "most of the 3,000"
_PART_HEADS = frozenset(
    {"half", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "most",
     "many", "some", "all", "none", "majority", "minority", "bulk", "rest", "part", "share",
     "percent", "%", "each", "one", "two", "three", "dozens", "hundreds", "thousands"}
)  # fmt: skip


def _partitive_of(part: Any, noun: Any) -> bool:
    """Whether ``part`` names a part of the counted ``noun``: "half of its 600 members"."""
    if part.lower_ not in _PART_HEADS and not part.like_num:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.i == noun.i for g in c.children)
        for c in part.children
    )


def _anaphoric_noun(t: Any) -> bool:
    """ "the group", "this organisation": a noun that stands for a named organisation."""
    return (
        t.lower_ in _ANAPHOR_NOUNS and t.tag_ in ("NN", "NNS")
        and any(c.lower_ in ("the", "this", "that") for c in t.children)
        and not any(c.dep_ in ("compound", "amod", "prep") for c in t.children)
    )  # fmt: skip


def _event_of(noun: Any) -> Any | None:
    """The doer of the event a noun is "of"/"from"/"in": "the toll of the Front's attack",
    "the toll from the Front attack" -> the Front; nobody when no event is named."""
    for c in noun.children:
        if c.dep_ == "prep" and c.lower_ in ("of", "from", "in"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in _EVENT_NOUNS:
                    return _perpetrator(g)
    return None


def _event_doer(pred: Any) -> Any | None:
    """The doer of the event in which a passive's victims died: "40 people were killed in
    the Front's attack", "... in an attack claimed by the Front"."""
    for c in pred.children:
        if c.dep_ == "prep" and c.lower_ in ("in", "during", "by"):
            for g in c.children:
                if g.dep_ == "pobj" and g.lower_ in _EVENT_NOUNS:
                    return _perpetrator(g)
    return None


def _relative_head(pred: Any) -> Any | None:
    """The noun a relative clause hangs on, through coordinated verbs."""
    cur = pred
    for _ in range(4):
        if cur.dep_ == "relcl":
            head = cur.head
            if head.dep_ == "pobj" and head.head.head.lower_ in _EVENT_NOUNS:
                return head.head.head  # "an attack on a hotel which left 22 dead"
            return head
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


def _antecedent(pred: Any) -> Any | None:
    """The name a relative clause describes: "Ivo Renk, who authorized ..." -> Renk.
    Only a proper noun right before the clause's relative pronoun: "a dissident group
    that is armed by X" (a common noun) and a clause the parser hung on a name farther
    back ("the Arabs of the Axis of Resistance which is ...") give no subject."""
    cur = pred
    for _ in range(4):
        if cur.dep_ == "relcl":
            head = cur.head
            rel = [c for c in cur.children if c.tag_ in ("WP", "WDT") and c.i > head.i]
            if (
                (head.tag_ in ("NNP", "NNPS") or _anaphoric_noun(head)) and rel
                and all(t.is_punct for t in head.doc[head.i + 1 : rel[0].i])
            ):  # fmt: skip
                # "the group, which has some 2,000 members, ...": the anaphor stands for the
                # organisation written about, resolved as the subject "the group" would be
                return head
            return None
        if cur.dep_ != "conj" or cur.head.i == cur.i:
            return None
        cur = cur.head
    return None


#: a duration bound to what its clause's subject did or underwent: "has been held for
#: over three years", "has known her for 39 years", "for two and a half years" (one
#: number with its half: claims 103)
_DURATION = re.compile(
    r"\bfor\s+(?P<v>(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|less\s+than|"
    r"roughly|close\s+to)\s+)?(?:\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|several|many)(?:\s+and\s+a\s+half)?\s+"
    r"(?P<u>years|months|weeks|days|hours|decades))\b",
    re.I,
)


#: a span of time or a number of times as the object of what its subject did: "served 39
#: years", "has spent 1,000 days in jail", "was attacked four times" (after "for": above)
_SPAN_COUNT = re.compile(
    r"(?<![\w$.,-])(?P<v>(?:(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|"
    r"less\s+than|roughly|close\s+to)\s+)?(?:\d{1,3}(?:,\d{3})+|\d+|two|three|four|five|six|seven|"
    r"eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|a\s+hundred|several|many|"
    r"dozens\s+of|hundreds\s+of)(?:\s+and\s+a\s+half)?\s+"
    r"(?P<u>years|months|weeks|days|hours|decades|times))\b",
    re.I,
)
#: the unit word that both patterns above end on (with their flags): no match without one
_SPAN_UNIT = re.compile(r"(?:years|months|weeks|days|hours|decades|times)\b", re.I)
_SPAN_UNIT_WORDS = ("years", "months", "weeks", "days", "hours", "decades", "times")


def _may_hold_unit(text: str) -> bool:
    """False only where _SPAN_UNIT finds nothing: a plain-case text whose lower case holds
    none of its words (a quarter of the cost of its scan)."""
    low = text.lower()
    return not plain_case(text) or any(u in low for u in _SPAN_UNIT_WORDS)


def duration_spans(text: str) -> list[tuple[int, int]]:
    """Spans of durations after "for" ("for over three years", "for 1,000 days"), and of
    spans of time or numbers of times that may be a verb's object ("served 39 years",
    "attacked four times"; the parse decides)."""
    if not _may_hold_unit(text) or not _SPAN_UNIT.search(text):
        return []  # 7,901 of 8,534 Tehran Times sentences: the patterns cost 2.5x this
    out = [m.span("v") for m in _DURATION.finditer(text)]
    for m in _SPAN_COUNT.finditer(text):
        a, b = m.span("v")
        if any(x < b and a < y for x, y in out):
            continue
        if re.search(
            r"\b(?:for|in|within|after|before|ago|over|since|than|the|last|next|past|first)\s+$",
            text[max(0, a - 10) : a],
            re.I,
        ):
            continue  # "in two years", "the past three years": a time, not what was done
        if re.match(r"\s+(?:ago|later|earlier|old|before|after|longer|hence)\b", text[b:], re.I):
            continue  # "two years ago": a time, not a span of something done
        if m.group("u").lower() == "times" and re.match(
            r"\s+(?:more|less|as|over|the|[a-z]+er)\b", text[b:], re.I
        ):
            continue  # "three times more", "five times higher": a ratio
        out.append((a, b))
    return sorted(out)


#: verbs whose coordinated subjects are each a party to the act: "Ostmark and Harva agreed
#: to swap 400 prisoners" (each agreed), "Renk and Voss had exchanged tens of thousands of
#: texts" (each exchanged them: a dev gold quantity)
#: (forms as written: the parse runs with no lemmatizer)
_RECIPROCAL = re.compile(
    r"(?:exchang(?:e|es|ed|ing)|swap(?:s|ped|ping)?|trad(?:e|es|ed|ing)|agree(?:s|d|ing)?"
    r"|sign(?:s|ed|ing)?|negotiat(?:e|es|ed|ing))"
)


def _coordinated_subject(subj: Any, spec: AttributeSpec | None, pred: Any | None) -> bool:
    """Whether the subject is the first of coordinated nouns ("The Harvan Accord and New
    Reach are the only two treaties in force"): what the pair is or did together is
    neither's alone, and the first alone as the subject tells a reader half the fact
    (claims 103: an independent reader of seed 1066 judged such a subject wrong).  A
    reciprocal act (:data:`_RECIPROCAL`) is each party's, and a name's attribute ("Renk
    and Voss, the leader of the Front") is the name's own, as before."""
    if spec is not None and spec.value in ("name", "text"):
        return False
    conjs = [c for c in subj.children if c.dep_ == "conj"]
    if not (
        subj.dep_ in _SUBJECT_ROLES
        and conjs
        # "the Harvan Front, or HF, has ...": "or" gives another name, not a second party;
        # "Renk & Voss Ltd paid ...": "&" joins one firm's name
        and any(c.dep_ == "cc" and c.lower_ == "and" for c in subj.children)
        and not any(_one_name(subj, c) for c in conjs)
        and not _singular_verb(pred)
    ):
        return False
    if _each_or_together(subj, pred):
        return False
    verbs = [pred, pred.head] if pred is not None else []
    return not any(_RECIPROCAL.fullmatch(v.lower_) for v in verbs)


def _one_name(subj: Any, conj: Any) -> bool:
    """Whether ``subj`` and its conjunct are one name ("Vellorn and Ostland Bank",
    "Harva and Tarn has ..." tagged as one entity): the named entity that holds the
    subject holds the conjunct too, so it is one party, not two (the review of claims
    103: a country or firm named with "and" lost its value)."""
    return any(e.start <= subj.i < e.end and e.start <= conj.i < e.end for e in subj.doc.ents)


def _singular_verb(pred: Any | None) -> bool:
    """Whether the predicate agrees with one party ("Harva and Tarn has about 3 million
    people", "Renk and Voss employs 400"): a name with "and" in it, since two parties
    take "have" (the review of claims 103; the parse has no entities to tell it by)."""
    if pred is None:
        return False
    verbs = [pred] + [c for c in pred.children if c.dep_ in ("aux", "auxpass")]
    return any(v.tag_ == "VBZ" for v in verbs)


#: words that make a coordinated subject's fact each one's ("each have", "both have")
_EACH = frozenset({"each", "both"})
#: a clause whose act the parties do to each other: "have fought each other for ..."
_EACH_OTHER = re.compile(r"\b(?:each\s+other|one\s+another)\b", re.I)


def _each_or_together(subj: Any, pred: Any | None) -> bool:
    """Whether the fact of coordinated subjects is told of each ("Vellorn and Ostland
    each have more than 3 million people", "both have ...") or of the pair to each other
    ("have fought each other for three decades"): each party's, as before claims 103
    (the review of claims 103)."""
    near = list(subj.children) + (list(pred.children) if pred is not None else [])
    if any(t.lower_ in _EACH for t in near):
        return True
    if pred is None:
        return False
    doc = pred.doc
    a, b = min(subj.i, pred.left_edge.i), pred.right_edge.i + 1
    return _EACH_OTHER.search(doc[a:b].text) is not None


#: the clause openers that make an adverbial clause the reason or setting of the main
#: clause ("as", "because"): other subordinators ("if", "while", "after") keep the
#: relative clause's fact its antecedent's, as before claims 103 (the review of claims 103)
_SUBORDINATE_MARKS = frozenset({"as", "because"})
#: the forms of "be" a copular relative clause opens with ("which are an enemy of ...")
_BE_FORMS = frozenset({"is", "are", "was", "were"})


def _in_subordinate_clause(antecedent: Any, pred: Any) -> bool:
    """Whether the name a copular relative clause describes stands in an adverbial
    clause that "as" or "because" opens ("That is going to be a big problem as Vellorn
    is backing the Tarnians, which are an enemy of Ostland"): the sentence is about its
    main clause's subject, and the relative clause is the writer's aside two levels down
    (claims 103, an independent reader of seed 1064 judged the Tarnians as its subject
    wrong).  Only an object there and only "is/are ..." (the caller asks it only of a
    name's attribute): a clause on the subordinate clause's own subject ("Because the
    Harvan Council, which has 3,000 members, refused, ...") or a count ("... fled to
    Harva, which has 30,000 residents") tells its antecedent's fact."""
    if antecedent.dep_ not in ("dobj", "pobj", "attr", "conj") or pred.lower_ not in _BE_FORMS:
        return False
    cur = antecedent
    for _ in range(8):
        if cur.head.i == cur.i:
            return False
        cur = cur.head
        if cur.dep_ == "advcl" and any(
            c.dep_ == "mark" and c.lower_ in _SUBORDINATE_MARKS for c in cur.children
        ):
            return True
        if cur.dep_ in ("ccomp", "relcl", "acl"):
            return False
    return False


def _owner_beside_subject(owner: Any, noun: Any, pred: Any | None) -> bool:
    """Whether a count's owner is the name of its "of" phrase ("the 48% of Vellornians")
    while the count is a preposition's object and the predicate has a subject of its own
    ("The Harvan League is made up of the 48% of Vellornians who ..."): the sentence is
    about its subject, not about the whole the count is a part of (claims 103: an
    independent reader of seed 1065 judged the "of" name as subject wrong)."""
    if pred is None or owner.dep_ != "pobj" or noun.dep_ != "pobj":
        return False
    return any(c.dep_ in ("nsubj", "nsubjpass") and c.i < noun.i for c in pred.children)


def _bind_duration(doc: Any, span: tuple[int, int]) -> Binding | None:
    toks = _token_at(doc, *span)
    if not toks:
        return None
    unit = toks[-1]
    if unit.dep_ == "pobj" and unit.head.lower_ == "for" and _is_verb(unit.head.head):
        pred = unit.head.head
    elif _is_verb(unit.head) and (
        unit.dep_ == "dobj" or (unit.lower_ == "times" and unit.dep_ in ("npadvmod", "advmod"))
    ):
        pred = unit.head  # "served 39 years", "was arrested four times"
    else:
        return None  # "a sentence for ten years" hangs off a noun: not what a subject did
    subj = _subject_of(pred)
    if subj is not None and subj.tag_ in ("WP", "WDT"):
        subj = _antecedent(pred)
    if subj is None or subj.i in {t.i for t in toks} or _coordinated_subject(subj, None, pred):
        return None
    if subj.tag_ in ("PRP", "PRP$"):
        kind = "pronoun"
    elif subj.lower_ in _ANAPHOR_NOUNS and subj.tag_ in ("NN", "NNS"):
        kind = "anaphor"
    elif subj.tag_.startswith("NNP"):
        kind = "name"
    else:
        return None  # "the talks lasted for three days": no entity
    s0, s1 = (subj.idx, subj.idx + len(subj.text)) if kind != "name" else _span_of(subj)
    return Binding(None, span, (s0, s1), kind, unit.lower_, _polarity(pred, None),
                   _modality(pred, doc), None, pred.lower_)  # fmt: skip


#: the words that pick some of a plural: "most Americans", "many Vellornians", "a few of
#: the residents"
_QUANTIFIERS = frozenset(
    {"most", "many", "some", "few", "several", "all", "half", "majority", "millions",
     "thousands", "hundreds", "dozens", "plenty", "lots", "none", "both"}
)  # fmt: skip


def _quantified_people(subj: Any) -> bool:
    """Whether the subject is a plural picked by a quantifier or a count ("most Americans
    don't live inside the beltway", "many Vellornians earn ...", "3,000 Vellornians live
    in Harvan"): some of a people, never the country
    the demonym names (an independent reader of claims v106, seed 1084, judged such a
    subject, read as the country, wrong).  "The Americans have 40 ships" keeps them."""
    if subj.tag_ not in ("NNS", "NNPS"):
        return False
    if any(
        c.dep_ == "nummod" or (c.dep_ in ("amod", "det", "quantmod") and c.lower_ in _QUANTIFIERS)
        for c in subj.children
    ):
        return True  # ("Some 3,000 Vellornians live in Harvan": a count of them, too)
    # "most of the Americans": the plural is the object of the quantifier's "of"
    head = subj.head
    return subj.dep_ == "pobj" and head.lower_ == "of" and head.head.lower_ in _QUANTIFIERS


def _named_in_apposition(subj: Any) -> Any:
    """The name a common-noun subject is given in apposition: "Renk's favourite paper, the
    Ostrel Courier, won four awards" -> the Courier, not the possessor that the noun
    phrase's span would hold first (an independent reader of seed 1009 judged the
    possessor as subject wrong)."""
    if subj.tag_ not in ("NN", "NNS"):
        return subj
    named = [c for c in subj.rights if c.dep_ == "appos" and c.tag_ in ("NNP", "NNPS")]
    return named[0] if named else subj


_POINTING_PRONOUNS = frozenset({"them", "these", "those", "us", "you", "it", "this", "that"})


def _of_pronoun(noun: Any, value_tokens: set[int]) -> bool:
    """Whether a count counts a pronoun's things: "Renk appointed eleven of them", "two
    of those were ...": what is counted is in an earlier sentence, and the value alone
    tells a reader nothing (our strict reading of seed 635 judged the unit "them" wrong)."""
    if noun.i not in value_tokens:
        return False
    return any(
        c.dep_ == "prep" and c.lower_ == "of"
        and any(g.dep_ == "pobj" and g.lower_ in _POINTING_PRONOUNS for g in c.children)
        for c in noun.children
    )  # fmt: skip


def _unnamed_role_of(subj: Any) -> bool:
    """Whether the subject is a person named only by a role of a name's: "Uranium One's
    chairman donated $2.35 million", "the Front's leader paid ...": the chairman did it,
    not the company that the noun phrase's span names (our strict reading of seed 636
    judged the company as subject wrong); with no name of the person, no subject."""
    return (
        subj.tag_ in ("NN", "NNS")
        and subj.lower_ in attribution().people
        and any(c.dep_ == "poss" and c.tag_ in ("NNP", "NNPS") for c in subj.children)
    )


def _noun_infinitive(pred: Any | None) -> bool:
    """Whether ``pred`` is an infinitive that modifies a noun ("a deadline for X to unlock
    ...", "a plan to build ..."; the parser hangs some as an adverbial clause of the noun)."""
    return (
        pred is not None
        and (pred.dep_ == "acl" or (pred.dep_ == "advcl" and pred.head.tag_.startswith("NN")))
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in pred.children)
    )


def _bind_one(
    doc: Any, span: tuple[int, int], spec: AttributeSpec | None, trigger: tuple[int, int] | None
) -> Binding | None:
    toks = _token_at(doc, *span)
    if not toks:
        return None
    ids = {t.i for t in toks}
    # the number's own token: "up to 60,000", "between $915,000 and ...", where the parser
    # hangs the approximator's words elsewhere
    v = _top([t for t in toks if t.like_num or t.tag_ == "CD"] or toks)
    noun = _counted_noun(v, ids)
    if _of_pronoun(noun, ids):
        return None
    pred = _predicate(noun)
    if spec is not None and trigger is not None:
        trig = _token_at(doc, *trigger)
        if not trig:
            return None
        t0 = _top(trig)
        if _clause_head(t0).i != _clause_head(v).i and t0.i != noun.i and noun.head.i != t0.i:
            return None  # the trigger word is in another clause: not this value's predicate
        if _is_verb(t0):
            pred = t0
    if (
        spec is not None and spec.name in _COUNTED and pred is not None
        and pred.lower_ not in _HAVE and noun.dep_ != "appos"
    ):  # fmt: skip
        return None  # "21 members of the group were injured": not a member count
    if spec is None and v.dep_ == "nummod" and noun.i < v.i:
        return None  # "clause 14", "battalions 8 and 9": a number after its noun names it
    if spec is None and _noun_infinitive(pred):
        # "a final deadline for Greece to unlock the €7.2bn in bailout funds": a count in
        # an infinitive that modifies a noun (a deadline, a plan, a bid) is what someone
        # is to do, not done; shown with no attribute, an independent reader of seed 1035
        # judged it wrong (claims 78)
        return None
    owner = None
    if spec is None and not (
        pred is not None and (noun.dep_ in _DIRECT or (noun.dep_ == "conj" and noun.head.dep_ in _DIRECT))
        and (noun.head.i == pred.i or noun.head.head.i == pred.i)
    ) and not _re_estimate(pred) and not _of_object(noun, pred) and not _level_of(
        noun, pred, ids
    ) and not _change_of(noun, pred) and _holder_with(noun) is None and not (
        _reach_of(noun, pred) and _owner_of_counted(v, noun, ids) is None
    ):  # fmt: skip
        owner = _owner_of_counted(v, noun, ids)
        if owner is None:
            return None  # "... in light of the dozens of complaints": not what the subject did
        if _owner_beside_subject(owner, noun, pred):
            return None
    subj = (owner or _holder_with(noun)) if spec is None else None
    kind = "name"
    if spec is not None and trigger is not None and spec.value in ("name", "text"):
        t0 = _top(_token_at(doc, *trigger))
        if not _is_verb(t0):  # "its leader X", "the leader of X", "the armed wing of X"
            subj = _poss_of(t0)
            if subj is None:
                for c in t0.children:
                    if c.dep_ == "prep" and c.lower_ == "of":
                        objs = [g for g in c.children if g.dep_ == "pobj" and g.i not in ids]
                        subj = objs[0] if objs else None
    if subj is None and spec is not None and trigger is not None:
        t0 = _top(_token_at(doc, *trigger))
        own = [c for c in t0.children if c.dep_ in ("nsubj", "nsubjpass") and c.i not in ids]
        if own and not _is_verb(t0):
            subj = own[0]  # "with the VLA group alone responsible for over 9,000 deaths"
        elif t0.dep_ == "amod" and t0.head.tag_.startswith("NN") and t0.head.i != noun.i:
            # "the VLA group alone responsible for over 9,000 deaths", "the VLA, a terrorist
            # organization responsible for the killing of ...": the noun it describes; not
            # the counted noun itself ("X has some 3,000 armed fighters": "armed" describes
            # the fighters, whose count is the predicate's subject's -- issue 15, branch 15s:
            # such counts got the fighters as their subject, and no claim)
            subj = t0.head
            while subj.dep_ == "appos" and subj.head.i != subj.i:
                subj = subj.head
    if subj is None and pred is not None:
        if (
            spec is not None
            and spec.name == "casualties"
            and any(c.dep_ == "nsubjpass" for c in pred.children)
        ):
            subj = _agent_of(pred) or _event_doer(pred)
        else:
            subj = _subject_of(pred)
            if subj is not None and subj.i in ids and spec is not None and spec.value == "name":
                # "Pellucia listed the VLA as a terrorist organisation": the value is the
                # doer, the subject is the one listed
                objs = [c for c in pred.children if c.dep_ == "dobj"]
                subj = objs[0] if objs else None
            elif subj is not None and subj.i in ids | {noun.i}:
                subj = None  # "17 people were killed": the count is the subject
            elif subj is not None and _partitive_of(subj, noun):
                # "nearly half of its 600 members were absent", "most of the Front's 3,000
                # fighters": a part of the counted whole; the whole is its owner's
                subj = _poss_of(noun) or _of_name(noun)
    if subj is not None and pred is not None and subj.tag_ in ("WP", "WDT"):
        event = _relative_head(pred)
        # "X, who authorized ...": X; "an attack which left 22 dead": whoever did it
        subj = _antecedent(pred) or (_perpetrator(event) if event is not None else None)
        if (
            subj is not None
            and spec is not None
            and spec.value == "name"
            and _in_subordinate_clause(subj, pred)
        ):
            subj = None
    elif (
        subj is not None
        and subj.lower_ in _TOLL_NOUNS
        and spec is not None
        and spec.name == "casualties"
    ):
        # "the death toll of the Front's attack rose to 40": the toll of an event, whose
        # doer the sentence names; else nobody's ("the death toll in the city rose to 40")
        subj = _event_of(subj)
    elif subj is not None and subj.lower_ in _EVENT_NOUNS:
        # "an attack claimed by the Front killed 17"; else the event's own words, as before
        # ("Vellornian raids killed 100": the mention in its modifiers)
        subj = _perpetrator(subj) or subj
    if subj is None and noun is not None:
        subj = _poss_of(noun)
    if subj is None and pred is not None and noun is not None and _existential(pred):
        subj = _of_name(noun)  # "there are only 87 members of the Harvan Council"
    if pred is not None and pred.lower_ in _PUT and noun.dep_ == "pobj":
        # "the government puts the figure at 1,300": the figure is the anaphor
        objs = [c for c in pred.children if c.dep_ == "dobj" and c.lower_ in _NUMBER_NOUNS]
        if objs:
            subj = objs[0]
    if subj is not None and spec is None:
        subj = _measured(subj)
    if subj is not None and _RESPECTIVELY.search(doc_text(doc)):
        subj = _respective(subj, v)  # "X, Y and Z received 377, 89 and 68 votes respectively"
    if subj is None or (
        _coordinated_subject(subj, spec, pred) and not _RESPECTIVELY.search(doc_text(doc))
    ):
        return None
    subj = _named_in_apposition(subj)
    if _unnamed_role_of(subj) or _quantified_people(subj):
        return None
    if trigger is not None and any(t.i == subj.i for t in _token_at(doc, *trigger)):
        return None  # "The State Duma chairman, X, led ...": the role is not whose role it is
    if (
        subj.lower_ in _NUMBER_NOUNS
        and subj.tag_ in ("NN", "NNS")
        and any(c.lower_ in ("the", "this", "that") for c in subj.children)
        and not any(c.dep_ == "prep" for c in subj.children)
    ):
        # "the true number is closer to 1,300": the number just given, re-estimated
        kind = "number"
    elif subj.lower_ in ("its", "their"):
        kind = "anaphor"  # "its founder, Edda Brant": the organisation being written about
    elif subj.tag_ in ("PRP", "PRP$"):
        kind = "pronoun"
    elif (
        subj.lower_ in _ANAPHOR_NOUNS and subj.tag_ in ("NN", "NNS")
        and any(c.lower_ in ("the", "this", "that", "its", "their", "her", "his") for c in subj.children)
        and not any(c.dep_ == "compound" and c.tag_.startswith("NNP") for c in subj.children)
        # "the Vellornian government": the nationality names whose (branch 15p: the article's
        # most named organisation was taken instead)
        and not (spec is None and any(c.dep_ == "amod" and c.text[:1].isupper() for c in subj.children))
    ):  # fmt: skip
        kind = "anaphor"
    if owner is not None and subj.i == owner.i and owner.dep_ == "compound" and kind == "name":
        kind = "owner"  # a name that only modifies the counted noun: organisations and places
    s0, s1 = (
        (subj.idx, subj.idx + len(subj.text)) if kind not in ("name", "owner") else _span_of(subj)
    )
    unit = _unit(noun, ids) if noun is not None else None
    if spec is None:
        written = doc_text(doc)[span[0] : span[1]]
        sign = next((c for c in _CURRENCY_SIGNS if c in written), None)
        if sign is not None:
            unit = _CURRENCY_NAMES[sign]  # "between $915,000 and $1.85 million"
        elif _PERCENT_AFTER.search(written):
            # "52 percent of the vote"; "5.3 percent support" already says it
            unit = (
                unit
                if unit and unit.startswith(("percent", "per cent", "%"))
                else (f"percent of {unit}" if unit else "percent")
            )
    if unit and unit.split()[0].lower() in _SCALE_WORDS and len(unit.split()) > 1:
        unit = unit.split(maxsplit=1)[1]  # "4.1 quadrillion dinars": the tagger's noun
    if spec is not None and spec.value in ("name", "text", "year") and trigger is not None:
        unit = doc_text(doc)[trigger[0] : trigger[1]].lower()  # the role: "leader", "founded by"
    return Binding(
        spec.name if spec is not None else None, span, (s0, s1), kind, unit,
        _polarity(pred, noun, frozenset(ids)), _modality(pred, doc), _scope(noun, v),
        pred.lower_ if pred is not None else "",
    )  # fmt: skip


def bind_values(
    doc: Any, matches: Sequence[tuple[AttributeSpec, tuple[int, int], tuple[int, int] | None]]
) -> list[Binding]:
    """Bindings for the attribute matches ``(spec, value span, trigger span)`` of one parsed
    sentence, then for its other counts (attribute ``None``)."""
    out: list[Binding] = []
    used: list[tuple[int, int]] = []
    for spec, span, trigger in matches:
        if spec.value not in ("number", "fraction", "year", "name", "text"):
            continue
        b = _bind_one(doc, span, spec, trigger)
        if b is not None:
            out.append(b)
            used.append(span)
    text = doc_text(doc)
    for span in count_spans(text):
        if any(a < span[1] and span[0] < b for a, b in used):
            continue
        b = _bind_one(doc, span, None, None)
        if b is not None:
            out.append(b)
    out = [b for b in out if not _half_of_a_pair(text, b, out)]
    for span in duration_spans(text):
        b = _bind_duration(doc, span)
        if b is not None:
            out.append(b)
    return out


#: what joins two figures of one statement: "5.3 percent in the north and just 2 percent
#: in the south"; not "5 percent, down from 7 percent" (a change), nor across a semicolon
_PAIRED = re.compile(r"\b(?:and|or|while|whereas|versus|vs)\b", re.I)
_PAIR_REACH_CHARS = 80


def _figure_kind(text: str, span: tuple[int, int]) -> str | None:
    """A count's kind where two of a sentence can be one statement's pair: a share or a
    sum of money."""
    written = text[max(0, span[0] - 1) : span[1]]  # (a count's span starts after its "$")
    if any(c in written for c in _CURRENCY_SIGNS):
        return "money"
    if _PERCENT_AFTER.search(written) or _PERCENT_AFTER.match(text, span[1]):
        return "percent"
    return None


def _half_of_a_pair(text: str, b: Binding, bound: list[Binding]) -> bool:
    """Whether a count of no attribute is one of two figures of its kind joined in one
    statement ("polls show Renk averaging 5.3 percent in the north and just 2 percent in
    the south") whose other figure is not bound to another subject: the one figure alone,
    without the other and without what each is of, misstates the statement (an independent
    reader of seed 1013 judged such a value wrong).  Two subjects' figures ("Renk won 52
    percent and Voss 40 percent" with both bound) stay."""
    kind = _figure_kind(text, b.value) if b.attribute is None else None
    if kind is None:
        return False
    for span in count_spans(text):
        if span == b.value or _figure_kind(text, span) != kind:
            continue
        lo, hi = (b.value[1], span[0]) if span[0] >= b.value[1] else (span[1], b.value[0])
        if hi < lo or hi - lo > _PAIR_REACH_CHARS or ";" in text[lo:hi]:
            continue
        if not _PAIRED.search(text, lo, hi):
            continue
        others = [o for o in bound if o.value == span]
        if not others or any(o.subject == b.subject for o in others):
            return True
    return False


#: what follows a name inside a subject's words when the name is not the subject: the
#: rest of a longer name the tagger cut ("the Islamic State is thought to have 1,000
#: trucks", "The U.S. Chamber of Commerce has spent $62 million": "Islamic", "U.S."
#: alone are not who).  A lower-case word after it keeps the name ("the Vellornian
#: government", "U.S. officials": the nationality names whose; independent readers of
#: claims v104, seed 1071, judged three such subjects wrong)
_NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z][\w.&’'-]*)")
#: an owner's mark before another person: "McCabe’s wife", "Renk's lawyer", "Renk's
#: business partner" are someone else than the owner; "Vellornia's harbour tolls",
#: "Renk's fortune", "Renk's campaign" stay the owner's
_OTHER_THAN_OWNER = re.compile(
    # (a person's role after a modifier: "Renk's business partner", "campaign manager")
    r"[’']s?\s+(?:(?:former|late|new|eldest|youngest|estranged|ex-)\s*)?"
    r"(?:(?:business|campaign|press|personal|legal|chief)\s+)?(?:wife|husband|spouse|partners|"
    r"associate|associates|manager|managers|"
    r"son|sons|daughter|daughters|mother|father|brother|brothers|sister|sisters|child|children|"
    r"parents|family|widow|nephew|niece|cousin|uncle|aunt|girlfriend|boyfriend|partner|friend|"
    r"friends|lawyer|lawyers|attorney|attorneys|aide|aides|assistant|spokesman|spokeswoman|"
    r"spokesperson|adviser|advisers|advisor|advisors|deputy)\b",
    re.I,
)
#: a person's body as the subject's head: "Voss's company employs 300 people" is the
#: company's figure.  Not an organisation's ("Vellor Motors' business grew 5%" is its own)
#: nor a noun's modifier ("Vellor Bank's business lending", "Renk's company car"; a
#: reviewer of claims v110 found such rows lost)
_PERSONS_BODY = re.compile(
    r"[’']s?\s+(?:(?:former|new)\s+)?(?:company|firm|foundation|charity|business|businesses|"
    r"companies|employer|employers)\s*$",
    re.I,
)


def name_cut(text: str, name_end: int, end: int, person: bool = False) -> bool:
    """Whether the name ending at ``name_end`` is only a part of the subject's words that
    end at ``end``: the start of a longer name (:data:`_NAME_GOES_ON`), an owner's mark
    before someone else (:data:`_OTHER_THAN_OWNER`; the tagger labels many a surname an
    organisation, so the name's label is not asked), or before the body of a ``person``
    (:data:`_PERSONS_BODY`)."""
    if name_end >= end:
        return False
    return (
        _NAME_GOES_ON.match(text, name_end, end) is not None
        or _OTHER_THAN_OWNER.match(text, name_end, end) is not None
        or (person and _PERSONS_BODY.match(text, name_end, end) is not None)
    )


def subject_key(text: str) -> str:
    return name_key(text)


def specs_by_name() -> dict[str, AttributeSpec]:
    return {s.name: s for s in attribute_specs()}


#: clauses that only frame a statement's main predicate: "if/when/because ..." (advcl), "...
#: the way that people could be ..." (relcl), "a plan drawn up by ..." (acl); a negation or
#: hedge inside one says nothing of the main claim (issue 15: 5 of 12 wrong claims of the
#: FakeNewsCorpus seed-51 reading took theirs from such a clause)
_FRAMING = frozenset({"advcl", "relcl", "acl"})
_CONCESSIVE_CC = frozenset({"but", "yet"})
_CLAUSE_SUBJECT = frozenset({"nsubj", "nsubjpass", "expl", "csubj"})


def subordinate_chars(pdoc: Any, lo: int, hi: int, hedges: bool = False) -> frozenset[int]:
    """Character offsets (relative to the parsed text) of the tokens in ``[lo, hi)`` that lie
    in a clause subordinate to the main predicate of that span: inside an advcl, relcl or
    acl under it, or in a concession before "but" ("It might be warm now, but you will be
    glad ...": the clause after "but", with its own subject, makes the point).

    With ``hedges``, only clauses that assert nothing count among the adverbial ones
    (if/unless/although/than ...): a hedge inside a factual "when"/"because" clause
    ("... deteriorated when X executed Y, apparently incensed by ...") hedges what the
    statement tells, and dropping it would make the claim look surer than it is.

    Read from the parse's :class:`_Tree` and kept there per span: a sentence's statement,
    its hedges and its values ask for the same spans again (768 walks of the parse were
    17 % of the claims stage on 300 Tehran Times and FakeNewsCorpus pages, cProfile)."""
    tree = _Tree.of(pdoc)
    key = (lo, hi, hedges)
    got = tree.subordinate.get(key)
    if got is None:
        got = tree.subordinate[key] = _subordinate_chars(tree, lo, hi, hedges)
    return got


#: what a token of a walk up the tree says (:meth:`_Tree.stop`)
_GO_ON, _BREAK, _ADD, _ADD_UNLESS_ADVERB = 0, 1, 2, 3


class _Tree:
    """A parse as plain lists (its tokens made once, heads and offsets as ints), and the
    answers :func:`subordinate_chars` gave for it: each ``Token`` a spaCy ``Doc`` hands out
    is a new object, and walking up the heads of every token of a span made ~470,000."""

    __slots__ = ("end", "head", "idx", "punct", "stops", "subordinate", "tokens")

    _KEY = "newsdossier.claims.tree"

    def __init__(self, pdoc: Any) -> None:
        self.tokens = list(pdoc)
        self.idx = [t.idx for t in self.tokens]
        self.end = [t.idx + len(t) for t in self.tokens]
        self.head = [t.head.i for t in self.tokens]
        self.punct = [t.is_punct for t in self.tokens]
        #: per ``hedges`` (False, True): each token's :meth:`stop`, found when first read
        self.stops: tuple[list[int | None], list[int | None]] = (
            [None] * len(self.tokens),
            [None] * len(self.tokens),
        )
        self.subordinate: dict[tuple[int, int, bool], frozenset[int]] = {}

    @classmethod
    def of(cls, pdoc: Any) -> _Tree:
        tree = pdoc.user_data.get(cls._KEY)
        if tree is None:
            tree = pdoc.user_data[cls._KEY] = cls(pdoc)
        return tree  # type: ignore[no-any-return]

    def stop(self, i: int, hedges: bool) -> int:
        """What token ``i`` says of the token whose walk up the tree reaches it: go on to
        its head, stop, or stop with that token in a subordinate clause (unless it is an
        adverb: :data:`_ADD_UNLESS_ADVERB`)."""
        known = self.stops[hedges][i]
        if known is not None:
            return known
        cur = self.tokens[i]
        if (
            cur.dep_ == "conj"
            and cur.head.dep_ == "relcl"
            and not any(g.dep_ in _CLAUSE_SUBJECT for g in cur.children)
            and not any(g.dep_ == "cc" and g.lower_ in _CONCESSIVE_CC for g in cur.head.children)
        ):
            # "X has cooperated with investigators who contacted him and has spoken to
            # them probably five times": a second verb without a subject may belong to
            # the main clause as well as to the relative one; not excluded (under "if"
            # or "when" both verbs share the subordinator: "if you start ... and find")
            code = _BREAK
        elif (
            (cur.dep_ in _FRAMING and _is_clause(cur) and (not hedges or _non_assertive(cur)))
            or (hedges and _held_by_participle(cur))
            or _relative_adverb_clause(cur)
        ):
            code = _ADD
        elif hedges and (_embedded_question(cur) or _fronted_while(cur)):
            code = _ADD_UNLESS_ADVERB  # "why X had apparently been": the adverb hedges
        else:
            code = _GO_ON
        self.stops[hedges][i] = code
        return code


def _subordinate_chars(tree: _Tree, lo: int, hi: int, hedges: bool) -> frozenset[int]:
    head, tokens = tree.head, tree.tokens
    # the tokens wholly inside [lo, hi): offsets are sorted, so a bisect, not a scan
    first, last = bisect.bisect_left(tree.idx, lo), bisect.bisect_left(tree.idx, hi)
    ids = [i for i in range(first, last) if tree.end[i] <= hi]
    inside = set(ids)
    sub: set[int] = set()
    tops = [tokens[i] for i in ids if not tree.punct[i] and (head[i] == i or head[i] not in inside)]
    if not tops or not all(
        _is_verb(t) and not any(c.dep_ == "mark" and c.lower_ != "that" for c in t.children)
        for t in tops
    ):
        # a statement whose head is no verb ("Perhaps, proof of life ... was never meant
        # ...", parsed as a noun with an adverbial clause), or is itself subordinate
        # ("Although X is ... it remains unclear whether ...", the main clause parsed as a
        # relative one) is a failed parse: trust none
        return frozenset()
    for top in tops:
        point = _concession_point(top)
        if point is not None:
            keep = {t.i for t in point.subtree}
            sub.update(t.i for t in top.subtree if t.i in inside and t.i not in keep)
    for i in ids:
        cur = i
        while head[cur] != cur and head[cur] in inside:
            code = tree.stop(cur, hedges)
            if code == _GO_ON:
                cur = head[cur]
                continue
            if code == _ADD and hedges and trailing_modal(tokens[i], tokens[cur]):
                break  # "..., which could help restore sight.": the statement's hedge
            if code == _ADD or (code == _ADD_UNLESS_ADVERB and not tokens[i].tag_.startswith("RB")):
                sub.add(i)
            break
    return frozenset(c for i in ids if i in sub for c in range(tree.idx[i], tree.end[i]))


_WH_OPENERS = frozenset({"when", "whenever", "where", "while", "once"})
#: subordinators of clauses that assert nothing of their own: hypotheses, concessions,
#: comparisons
_NON_ASSERTIVE_MARKS = frozenset({"if", "unless", "whether", "although", "though", "than", "lest"})
#: a reason clause asserts its reason, but its hedge is the reason's: "X filed a request
#: because the figures appear to be incomplete", "the method is a godsend because it may
#: raise output" tell the filing and the godsend flatly (two wrong hedges of our strict
#: reading of seed 635)
_REASON_MARKS = frozenset({"because"})
# "while" concedes when its clause has no subject ("the moves, while possibly helping X,
# add to ..."); "..., while in other cases he seems to have ..." contrasts, and asserts
# its own half (issue 15, branch 15j)
_WHILE = frozenset({"while", "whilst"})


def _held_by_participle(t: Any) -> bool:
    """A clause that is what a participle's subject believes, fears or hopes: "Vellorn Tools found
    the link, believing that they may be influenced by ..." -- its modal is the belief's,
    the main clause is told flatly (a reader of seed 273)."""
    return (
        t.dep_ == "ccomp"
        and t.head.tag_ in ("VBG", "VBN")
        and t.head.dep_ in ("advcl", "acl")
        and not any(c.dep_ in _CLAUSE_SUBJECT for c in t.head.children)
    )


#: what may stand after a trailing clause: its closing punctuation and quotes
_CLOSING = frozenset({".", "!", "?", "”", '"', "’", "'", ")"})


def trailing_which(clause: Any) -> bool:
    """Whether a relative clause is a ", which ..." that closes the sentence ("it began
    trials of the new drug, which could help restore sight"): a further assertion the
    statement's words make, not a description that picks the noun out, so its hedge is
    the statement's (an independent reader of seed 1025 judged such a "could help
    restore", left unhedged, wrong).  A restrictive relative ("cells which may be hiding")
    and a clause with more after it ("the plan, which may fail, was adopted") keep theirs."""
    if clause.dep_ != "relcl":
        return False
    first = clause.left_edge
    if first.lower_ != "which" or first.i == 0 or clause.doc[first.i - 1].text != ",":
        return False
    return all(t.text in _CLOSING for t in clause.doc[clause.right_edge.i + 1 :])


def trailing_modal(h: Any, clause: Any) -> bool:
    """Whether ``h`` is a modal or an adverb on the verb of a closing ", which ..." clause
    (:func:`trailing_which`); a word of one of its nouns ("which let people with suspected
    ties ...") stays the noun's."""
    return h.head.i == clause.i and h.tag_ in ("MD", "RB") and trailing_which(clause)


#: the feelings whose "because" clause is what the statement is about: "he is worried
#: because the golden age seems to be coming to an end" tells of the end, as the speaker
#: sees it, not of the worry (an independent reader of claims v105, seed 1079, judged its
#: "seems" left out wrong); "filed a request because the figures appear ..." keeps the
#: reason's hedge the reason's
_FELT = frozenset(
    {"worried", "concerned", "afraid", "alarmed", "anxious", "fearful", "nervous", "scared",
     "frightened", "upset", "angry", "optimistic", "pessimistic", "hopeful", "happy", "glad",
     "relieved", "sad", "confident", "sceptical", "skeptical", "worries", "fears"}
)  # fmt: skip


def _felt_reason(t: Any) -> bool:
    """Whether the "because" clause headed by ``t`` gives the ground of a feeling (its
    head is a word of :data:`_FELT`, or a copula with one as its complement)."""
    head = t.head
    if head.i == t.i:
        return False
    return head.lower_ in _FELT or any(
        c.dep_ == "acomp" and c.lower_ in _FELT for c in head.children
    )


def _non_assertive(t: Any) -> bool:
    # "so (that) Renk could be restrained": a purpose, with its modal (a reader of seed 274)
    if any(c.dep_ == "mark" and c.lower_ == "so" for c in t.children) and any(
        c.tag_ == "MD" for c in t.children
    ):
        return True
    return t.dep_ == "relcl" or any(
        c.dep_ == "mark"
        and (
            c.lower_ in _NON_ASSERTIVE_MARKS
            or (c.lower_ in _REASON_MARKS and not _felt_reason(t))
            or c.lower_ in _WHILE
            and not any(x.dep_ in _CLAUSE_SUBJECT for x in t.children)
        )
        for c in t.children
    )


def _fronted_while(t: Any) -> bool:
    """A "while" clause before its main clause: a concession ("While they might have got
    on, I don't think ..."), whose modal hedges the concession, not the point (seed 272).
    Only its verbs are set aside: "While the group reportedly has ..." still hedges."""
    if t.dep_ != "advcl" or t.i > t.head.i:
        return False
    if not any(c.dep_ == "mark" and c.lower_ in _WHILE for c in t.children):
        return False
    if any(c.dep_ == "aux" and c.lower_ == "would" for c in t.head.children):
        # "While a dual currency might be possible in theory, such a structure would be
        # incompatible with ...": the main clause tells what would follow from the
        # possibility granted, as hypothetical as it (an independent reader of seed 1051
        # judged such a statement shown unhedged wrong)
        return False
    # the clause opens the sentence (after a quote mark or a "Name:" label): a "while"
    # clause that a long parse hangs on a later verb ("..., while in other cases he seems
    # to ...") contrasts, and its hedge stays
    first = min(x.i for x in t.subtree)
    before = t.doc[:first]
    return all(x.is_punct for x in before) or (len(before) > 0 and before[-1].text == ":")


#: words that open an embedded question or free relative ("an idea of what X might look
#: like", "nobody knows how long it could last")
_WH_WORDS = frozenset({"what", "how", "whether", "why", "which", "who", "whom"})


def _embedded_question(t: Any) -> bool:
    """Whether ``t`` heads a clause that is the object of a preposition or verb and opens
    with a wh-word: a modal there asks or describes, and hedges nothing the main clause
    says (a hedging adverb there still hedges what the clause presupposes: "wanted to know
    why X had apparently been relieved") (a reader of seed 272 judged "the sun will die ..., and ... an idea of what its
    death might look like" wrongly hedged).  Only for hedges: a reported "said what ..."
    keeps its negation as it is."""
    if t.dep_ not in ("pcomp", "ccomp", "xcomp") or not _is_verb(t):
        return False
    first = min(t.subtree, key=lambda x: x.i)
    return first.lower_ in _WH_WORDS and first.i < t.i


#: adverbs that only ever open a relative clause ("a world whereby no two people seem to
#: agree", "a state wherein ..."): unlike "where", never a question or a place of the
#: main clause
_RELATIVE_ADVERBS = frozenset({"whereby", "wherein", "whereupon"})


def _relative_adverb_clause(t: Any) -> bool:
    """Whether ``t`` is a verb whose clause opens with "whereby"/"wherein": the parse often
    hangs it on the main verb as a complement ("In a world whereby no two people seem to
    agree ..., X is a problem"), and its negation and hedge were shown for the main
    clause (our reading of seed 602)."""
    return (
        t.head.i != t.i
        and _is_verb(t)
        and any(
            c.dep_ == "advmod" and c.lower_ in _RELATIVE_ADVERBS and c.i < t.i for c in t.children
        )
    )


def _is_clause(t: Any) -> bool:
    """A relative clause, or a finite adverbial/adnominal one: with a subordinating word
    ("if", "because", "than") or a subject of its own.  A bare participle ("..., apparently
    incensed by the deal", "a plan reportedly drawn up by X") describes the main clause's
    own participants, and its hedge stays the statement's (dev gold: 'apparently incensed')."""
    if t.dep_ == "relcl":
        return True
    return any(
        c.dep_ == "mark"
        or c.dep_ in _CLAUSE_SUBJECT
        or (c.dep_ == "advmod" and c.lower_ in _WH_OPENERS)
        for c in t.children
    )


def _concession_point(top: Any) -> Any | None:
    """The conjunct after "but"/"yet" that carries its own subject, when ``top`` is the
    predicate of a clause conceded before it."""
    if not _is_verb(top):
        return None
    ccs = [c for c in top.children if c.dep_ == "cc" and c.lower_ in _CONCESSIVE_CC]
    if not ccs:
        return None
    for c in top.children:
        if (
            c.dep_ == "conj"
            and c.i > ccs[0].i
            and _is_verb(c)
            and any(g.dep_ in _CLAUSE_SUBJECT for g in c.children)
        ):
            return c
    return None


#: the words that negate, as the tokenizer splits them ("can|not", "did|n't")
NEGATOR_WORDS = frozenset(
    {"not", "n't", "n’t", "never", "no", "nothing", "none", "nobody", "neither", "nor"}
)


def negators_subordinate(pdoc: Any, lo: int, hi: int, sub: frozenset[int]) -> bool:
    """Whether the span holds negating words and every one lies in ``sub`` (then the main
    predicate is not negated by them)."""
    negs = [t for t in _token_at(pdoc, lo, hi) if t.lower_ in NEGATOR_WORDS or t.dep_ == "neg"]
    return bool(negs) and all(t.idx in sub for t in negs)
