"""Which trigger of a sentence a time expression dates.

A date goes to the nearest trigger of its own part of the sentence
(:class:`.clauses.Parts`: segment, quotation, relative clause) that it may
syntactically belong to.  Without a parser that is approximated from the
words between the two (cues in ``newsdossier/data/time/event_context.yml``):

- **after its trigger** (the common order, "founded in 1965"): unless a
  preposition with a noun phrase of its own comes between ("attacks since the
  victory of the revolution in 1979": 1979 is the victory's), or a purpose
  clause ("met ... in order to start the campaign in late December");
- **before its trigger** only inside the trigger's noun phrase ("the 2015
  agreement", "Tuesday's rallies", "police on Monday arrested"), or when the
  date opens its part of the sentence ("In 1986, the group moved ...").  A
  date in the middle of a sentence belongs to what comes before it ("began
  funding them in 1979, six months before the invasion");
- a date after a determiner ("the 2015 deal") modifies the noun after it and
  never dates a trigger before it; "recently purchased" dates the participle.

Measured on 40 + 40 judged Tehran Times sentences (eval/time/README.md).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import TimeExpression
from ..time.lexicon import alternation, load_yaml
from .clauses import Parts
from .lexicon import SILENT_TYPES

__all__ = ["QUANTIFIERS", "Trigger", "assign_dates", "borrow_date", "is_period", "opens_text"]

_ATT = load_yaml("event_context.yml")["attachment"]
_PREPS = alternation(_ATT["np_prepositions"])
_NP_PREP = re.compile(rf"\b(?:{_PREPS})\s+\S")
_PURPOSE = re.compile(rf"\b(?:{alternation(_ATT['purpose'])})\b")
_ADVERB = re.compile(rf"(?:{alternation(_ATT['adverbs'])})$")
_PARTICIPLE = re.compile(r"\s+([a-z]+ed)\b")
# "the 2015 deal", "its 2016 rally", "the group's 1981 bombing": a date as a pre-modifier
_DETERMINER = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that|[\w-]+['’]s)\s+$")
_WORD_NEXT = re.compile(r"\s+[a-z]")
_IN_EVENT = re.compile(r"\b(?:in|during)\s+the\s+$")
# between a pre-posed date and its trigger: at most four words, no clause boundary and no
# preposition ("summoned the envoy on Thursday in protest at the verdict": not the verdict's)
_NP_GAP = re.compile(r"(?:['’]s)?(?:\s+[\w'’-]+){0,4}\s+")
_GAP_STOP = re.compile(
    r"\b(?:that|and|or|but|when|while|as|after|before|since|because|although|though|if|"
    r"to|who|which|where|following|until|whose|whom|in|on|at|of|over|for|with|from|by|about|"
    r"against|into|under)\b"
)
_WHEN = re.compile(r",?\s+when\s")
# "criticised X on Wednesday ... and simultaneously imposed sanctions"
_SAME_TIME = re.compile(r"\b(?:simultaneously|at\s+the\s+same\s+time|on\s+the\s+same\s+day)\b")
# at most this many words before a date that "opens" its part ("TEHRAN — In recent months,"),
# counted from the part's start or the last colon or dash before the date ("Q: In 1972, ...")
_OPENING_WORDS = 3
# how far an opening date reaches, and what it does not reach across (an aside in dashes;
# parentheses here are mostly acronyms, "(UANI)"): "... and most recently in Jordan — as
# well as ... — the axis is now seeking to exploit peaceful protests"
_OPENING_REACH_CHARS = 250
_ASIDE = re.compile(r"[–—]|\s-\s")
_LEADING_ASIDE = re.compile(r",?\s*(?:[–—]+|\s--?\s)[^–—]{1,250}?(?:[–—]+|\s--?\s)\s*")
_OPENER = re.compile(r".*(?::|[–—]|\s-|\b(?:and|but|then))\s", re.DOTALL)
# The words before it must be a frame phrase ("In", "Around 4 p.m. on", "Then in"), not
# a noun ("The announcement on 8 May 2018 of the withdrawal ... violated the accord"),
# nor "After the ...", "Since the death of X on Sept. 16, ...": those date the noun after
# the preposition.  A longer frame phrase counts up to its comma: "In the course of the
# unrest in 2014 in Vellorn, X announced ...".
_FRAME = re.compile(
    r"(?:in|on|during|at|around|by|late|early|earlier|later|throughout|amid|then|last|this|"
    r"nearly|almost|about|some|just|exactly|roughly|over)\s[^,;:()“”\"]*$"
)
_COMMA_NEXT = re.compile(r"[^,;:()“”\"]{0,40},")
# an adverb before a governing preposition: "sometime after", "shortly before", "long since"
_LEAD_ADVERB = re.compile(r"^(?:some\s?time|shortly|soon|long|just|right|well|not\s+long)\s+")
_NP_NEXT = re.compile(r"\s+(?:of|for)\b")
_GOVERNING = re.compile(rf"(?:{_PREPS})\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]+")  # "4 p.m. on Sunday": one-letter pieces are no words

Trigger = tuple[int, int, str, tuple[int, int, int]]  # start, end, type, part key


# "his first visit since 2001", "on the harbour watch list until 2012", "killings since
# 1981": the date is the other end of a stretch of time, not the time of the trigger before
# it (issue 16: on ../shared/data 20 such dates were wrong, 6 right).  Except a custody
# "since": "has been in detention since October 2019" dates the arrest.
_BOUND_BEFORE = re.compile(rf"\b(?P<prep>{_PREPS})\s+(?:the\s+)?$")
_CUSTODY = "arrest"


# "responsible for the harbour attacks and the rise of the Blue League in the 20th century":
# after a nominal trigger, a date past a coordinated noun phrase with its own complement is
# that phrase's ("attacked the base and the port in 2004", a verb's objects, keeps it)
_NOMINAL = re.compile(r"\b(?:the|a|an|its|his|her|their|these|those)\s+(?:\S+\s+){0,2}$")
# quantifiers are no heads ("the meeting between X and a number of senators last Tuesday"),
# nor is the second member of "between X and Y"
QUANTIFIERS = (
    r"(?:number|numbers|lot|lots|couple|series|handful|total|majority|minority|host|range|"
    r"dozen|dozens|hundreds|thousands|millions|few|group|part|rest|member|members|variety)"
)
_NEXT_CONJUNCT = re.compile(
    rf"\band\s+(?:the|a|an|its|his|her|their)\s+"
    rf"(?!{QUANTIFIERS}\b)[a-z-]+\s+of\s"
)


def _bound_date(low: str, t_start: int, typ: str) -> bool:
    """ "in force since 2002, the treaty ...": a bound dates no trigger after it either
    (but "since 1979 when X invaded" names the happening at the bound: the caller checks)."""
    bound = _BOUND_BEFORE.search(low, max(0, t_start - 20), t_start)
    return bound is not None and not (typ == _CUSTODY and bound["prep"] == "since")


def _after_ok(low: str, trig: tuple[int, int], t_start: int, typ: str) -> bool:
    trig_start, trig_end = trig
    gap = low[trig_end:t_start]
    if _NP_PREP.search(gap) or _PURPOSE.search(gap):
        return False
    if (
        _NEXT_CONJUNCT.search(gap)
        and "between" not in gap
        and _NOMINAL.search(low, max(0, trig_start - 40), trig_start)
    ):
        return False
    bound = _BOUND_BEFORE.search(gap)
    return bound is None or (typ == _CUSTODY and bound["prep"] == "since")


def _before_ok(text: str, low: str, t_end: int, trig_start: int, typ: str, opens: bool) -> bool:
    gap = low[t_end:trig_start]
    if _NP_GAP.fullmatch(gap) and not _GAP_STOP.search(gap):
        return True
    if (m := _WHEN.match(gap)) is not None and _NP_GAP.fullmatch(gap, m.end() - 1):
        return True  # "starting 28 December when protests broke out"
    if _SAME_TIME.search(gap):
        return True
    # an opening date dates the main predicate, not one embedded under "that" or an
    # infinitive ("Meanwhile, on Saturday, the minister called on his counterpart to
    # discuss the two attacks").  A participle clause may share it ("police last Tuesday
    # launched a crackdown, detaining dozens in dawn raids").
    aside = _LEADING_ASIDE.match(low, t_end, trig_start) if opens else None
    if aside is not None and not _ASIDE.search(low, aside.end(), trig_start):
        # "In 1994 – at a time when X was ... – Renk founded the league": an aside in dashes
        # right after the opening date is skipped, not crossed (issue 16, recall_probe 343)
        t_end = aside.end()
        gap = low[t_end:trig_start]
    if not opens or trig_start - t_end > _OPENING_REACH_CHARS or _ASIDE.search(gap):
        return False
    stop = _EMBED_STOP_GATHERING if typ in _GATHERINGS else _EMBED_STOP
    return not stop.search(text, t_end, trig_start)


# "the accounts for 2010/11", "targets for 2030", "losing 2% for 2017 to date": the period a
# thing is about, not the time of a happening (issue 16, read on the FakeNewsCorpus sample)
_PERIOD = re.compile(
    r"\bfor\s+(?:each\s+of\s+)?(?:(?:the\s+)?(?:(?:fiscal\s+|financial\s+)?years?|period|quarter|"
    r"half(?:-year)?|(?:three|six|nine|twelve)\s+months)\s+(?:ended\s+|ending\s+|to\s+)?)?$"
)


# "in fiscal 2015", "for the financial year 2016", "FY 2017": an accounting year, which is no
# calendar year (a government's fiscal 2016 began in October 2015): no date of a happening
_FISCAL = re.compile(r"\b(?:fiscal|financial)\s+(?:years?\s+)?$|\bfy\s?$")


def is_period(low: str, t_start: int, t_end: int) -> bool:
    """The date ``low[t_start:t_end]`` follows "for": a period something is about.

    Not in the possessive: "gathered for Tuesday's rallies" dates the rallies.  A fiscal
    year is a period wherever it stands.
    """
    if _FISCAL.search(low, max(0, t_start - 24), t_start):
        return True
    if low.startswith(("'s", "’s"), t_end):
        return False
    return _PERIOD.search(low, max(0, t_start - 40), t_start) is not None


def _is_premodifier(low: str, t_start: int, t_end: int) -> bool:
    before = low[max(0, t_start - 30) : t_start]
    if _IN_EVENT.search(before):
        return False  # "captured in the 1967 war": the war's date is the capture's too
    return bool(_DETERMINER.search(before)) and bool(_WORD_NEXT.match(low, t_end))


def _dates_participle(low: str, t: tuple[int, int], starts: set[int]) -> bool:
    """An adverb before a participle dates it ("recently purchased"), unless that is a trigger."""
    if not _ADVERB.search(low[t[0] : t[1]]):
        return False
    m = _PARTICIPLE.match(low, t[1])
    return m is not None and m.start(1) not in starts


# "memos of December 6, 2006 and May 25, 2008, were handed over": the "and" joins two dates,
# it opens no clause; the second date opens its part only if the first one does
_DATE_LIST_GAP = re.compile(r",?\s*(?:and|or|,)\s+(?:on\s+|in\s+)?")


def _opens(
    low: str, parts: Parts, t_start: int, t_end: int, spans: Sequence[tuple[int, int]]
) -> bool:
    start = parts.start(t_start)
    ordered = sorted(spans)
    while (
        prev := next((a for a, b in reversed(ordered) if b <= t_start and a >= start), None)
    ) is not None:
        prev_end = next(b for a, b in ordered if a == prev)
        if not _DATE_LIST_GAP.fullmatch(low, prev_end, t_start):
            break
        t_start = prev
    # other time expressions do not count: "Three years later, on February 4, 2021, ..."
    head, at = [], start
    for a, b in sorted(spans):
        if b <= at or a >= t_start:
            continue
        head.append(low[at:a])
        at = b
    head.append(low[at:t_start])
    return opens_text(" ".join(head), low, t_end)


def opens_text(head: str, low: str, t_end: int) -> bool:
    """``head`` (the words of its part before a date) leaves the date opening the part."""
    if (m := _OPENER.match(head)) is not None:
        head = head[m.end() :]
    head = head.lstrip(" ,–—-")
    words = len(_WORD.findall(head))
    if words == 0:
        return True
    if _GOVERNING.match(head) or _GOVERNING.fullmatch(_LEAD_ADVERB.sub("", head).strip()):
        # "Since October 2019, ...", "After the death of X on Sept. 16, ...", "Sometime
        # after 2009, he re-entered ... and was arrested" (a bound, issue 16)
        return False
    if _FRAME.match(head):
        return words <= _OPENING_WORDS or _COMMA_NEXT.match(low, t_end) is not None
    # "French police last Tuesday launched ...", but not "The announcement on 8 May 2018
    # of the withdrawal ...": there the date is inside the noun phrase
    return words <= _OPENING_WORDS and _NP_NEXT.match(low, t_end) is None


def assign_dates(
    text: str,
    low: str,
    triggers: Sequence[Trigger],
    times: Sequence[tuple[TimeExpression, int, int]],
    parts: Parts,
    other_times: Sequence[tuple[int, int]] = (),
) -> dict[int, TimeExpression]:
    """Trigger index -> the one time expression that dates it.

    ``text`` is the sentence, ``low`` the same lower-cased; trigger and time
    offsets are relative to it (``times``: expression, start, end;
    ``other_times``: spans of the expressions that date nothing, "three years
    later").
    """
    got: dict[int, tuple[TimeExpression, int]] = {}
    starts = {s for s, _, _, _ in triggers}
    spans = [(ts, te) for _, ts, te in times] + list(other_times)
    for t, ts, te in times:
        key = parts.key(ts)
        if _dates_participle(low, (ts, te), starts) or is_period(low, ts, te):
            continue
        premod = _is_premodifier(low, ts, te)
        opens = _opens(low, parts, ts, te, spans)
        best, best_d = None, 0
        for i, (s, e, typ, tk) in enumerate(triggers):
            if tk != key:
                continue
            if ts >= e:
                if premod or not _after_ok(low, (s, e), ts, typ):
                    continue
                d = ts - e
            elif (premod or not _bound_date(low, ts, typ) or _WHEN.match(low[te:s])) and _before_ok(
                text, low, te, s, typ, opens and not premod
            ):
                # a date after its verb is the common order ("founded in 1965"); one before
                # the verb counts 3x its distance ("created in 1981 and renamed in 1995")
                d = 3 * (s - te) + 1
            else:
                continue
            if best is None or d < best_d:
                best, best_d = i, d
        if best is not None and (best not in got or best_d < got[best][1]):
            got[best] = (t, best_d)
    # one date per trigger, the nearest: a list of dates after one verb ("the group
    # says 1977, the government says 1979") are readings for other triggers or
    # claims (issue 5), and would otherwise conflict with themselves
    return {i: t for i, (t, _) in got.items()}


# "issued a statement yesterday condemning the raid", "met in Vellorn to discuss the 2009
# treaty": a participle or an infinitive between the two embeds the second under another
# verb.  "during", "-ing" nouns after a determiner ("the ruling") and "to" before a
# determiner or a capital ("to the camp", "to Iraq") are no verbs.  Matched on the sentence
# as written (the capital).
_DET_BEFORE = "".join(
    rf"(?<!\b{d} )" for d in ("the", "a", "an", "its", "his", "her", "their", "our", "this")
)
# "that" after a preposition is a determiner ("out of that nuclear accord"), elsewhere it
# starts a clause ("announced that police raided"); a colon between digits is a clock time
_AFTER_PREP = "".join(
    rf"(?<!\b{p} )" for p in ("of", "in", "on", "at", "to", "for", "from", "with", "by", "about")
)
_CLAUSE_EDGE = rf"{_AFTER_PREP}\b(?i:that)\b|\b(?i:{_PREPS})\b|;|(?<!\d):"
_INFINITIVE = r"\bto\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|be)\b)[a-z]+\b"
_EMBEDDING = f"{_CLAUSE_EDGE}|{_INFINITIVE}"
_EMBED_STOP = re.compile(_EMBEDDING)
# meetings and protests are what a purpose clause is often about: "got together in Paris on
# Saturday to mark the annual meeting", "travelled to Rome to attend the summit"
_EMBED_STOP_GATHERING = re.compile(_CLAUSE_EDGE)
_GATHERINGS = frozenset({"meeting", "protest"})
_BORROW_STOP = re.compile(
    rf"{_EMBEDDING}|{_DET_BEFORE}\b(?!(?:during|morning|evening|nothing|something|anything|"
    r"everything|thing|things|king)\b)[a-z]{3,}ing\b"
)
# "weeks before the meeting": a trigger governed by such a preposition is a reference point
_GOVERNED = re.compile(
    rf"\b(?:{_PREPS})\s+(?:the|a|an|its|his|her|their|this|that)\s+(?:[\w-]+\s+){{0,2}}$"
)
# "Prior to Election 2010", "after Census 2020": a named event with no determiner (issue 16,
# fnc_seed37: the pledge signed before the election took the election's year)
_GOVERNED_NAME = re.compile(rf"\b(?i:{_PREPS})\s+$")
# "made the remarks on Wednesday in a meeting in Tehran": the meeting the words were said at
_SETTING = re.compile(
    r"\b(?:at|in|during)\s+(?:a|an|the|his|her|its|their|this|that)\s+(?:[\w-]+\s+){0,2}$"
)

# "was convicted in 2015 of killing two guards", "jailed for the bombing": the crime judged
# is earlier than the judgement and takes none of its date (nor lends it its own)
_JUDGED = re.compile(
    r"\b(?:convicted|sentenced|acquitted|indicted|charged|accused|found\s+guilty|guilty|"
    r"jailed|imprisoned|tried|prosecuted|executed|punished|fined|pardoned)\b[^.;:]{0,40}?"
    # "indicted on felony charges related to the rioting that ...": the crime's date is its
    # own (issue 16, fnc seed 244: an indictment dated the day of the riot)
    r"\b(?:of|for|over|with|related\s+to|linked\s+to|connected\s+(?:to|with)|"
    r"in\s+connection\s+with|stemming\s+from|arising\s+from)\s+"
    r"(?:(?:the|a|an|its|his|her|their|[\w-]+['’]s)\s+)?"
    r"(?:[\w-]+\s+){0,2}$"
)


def _blocks_borrowing(text: str, a: int, b: int) -> bool:
    lo, hi = (a, b) if a < b else (b, a)
    # from the end of the first word: the first trigger itself may end in -ing
    lo = text.find(" ", lo)
    return lo < 0 or bool(_BORROW_STOP.search(text, lo, hi))


def borrow_date(
    i: int,
    triggers: Sequence[Trigger],
    mute: set[int],
    got: dict[int, TimeExpression],
    low: str,
    text: str,
) -> TimeExpression | None:
    """For an undated main-clause trigger, the date of the nearest dated trigger of its part.

    "were killed on March 14 when gunmen stormed the post" shares the date;
    "announced on Tuesday that police had raided", "was arrested after the
    attack on Monday", "issued a statement yesterday condemning the raid" do
    not, nor does anything across a mute trigger (an attribution verb), except
    a meeting the words were said at, or a "simultaneously".  ``low`` is the
    lower-cased sentence, ``text`` the sentence as written.
    """
    s, _e, typ, key = triggers[i]
    before = low[max(0, s - 40) : s]
    if key[2] != 0 or key[0] < 0 or _GOVERNED.search(before) or _JUDGED.search(before):
        return None
    setting = typ == "meeting" and _SETTING.search(before) is not None
    best: int | None = None
    for j in got:
        other = triggers[j][0]
        if triggers[j][3] != key or _blocks_borrowing(text, s, other):
            continue
        if (
            _GOVERNED.search(low, max(0, other - 40), other)
            or _GOVERNED_NAME.search(text, max(0, other - 40), other)
            or _JUDGED.search(low, max(0, other - 60), other)
        ):
            continue  # "Prior to Election 2010, 95 Democrats signed": a reference point
        lo, hi = (s, other) if s < other else (other, s)
        if j in mute and not (
            triggers[j][2] in SILENT_TYPES and (setting or _SAME_TIME.search(low, lo, hi))
        ):
            continue
        if any(k in mute for k in range(min(i, j) + 1, max(i, j))):
            continue
        if best is None or abs(other - s) < abs(triggers[best][0] - s):
            best = j
    return got[best] if best is not None else None
