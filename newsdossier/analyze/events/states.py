"""Dated states and figures are not happenings (issue 16, events version 12).

The convention, chosen for a researcher who cites the timeline: a timeline line says
that something *happened* at its date.  A state that merely *held* at a date ("In 2015,
Velmora had 2.7 clinics per 1,000 people", "the yield was only 20% a month ago", "there
were some 1,400 depots in 1938", "Harvan was part of the league 1861-1865") and a figure
that *sums up* a period ("the exchange made 300 bln won last year in total", "about 5,000
people were diagnosed in 2015") are true of the date, but a line "2015: Velmora had 2.7
clinics" reads as an event of 2015 and is cited as one: the state may have held for
decades, the figure is a total, not a day's deed.  Such facts belong to claims with
their values (``analyze/claims``), which keep the reference period as written; the
timeline leaves them out.  Marking them as states inside the timeline would need a field
the export contract does not have (``EventMention`` has none), and a mislabelled "state"
on a real happening would mislead as much as the reverse.

What counts, with no parser (ENVIRONMENT.md), for the ``other`` events that the
happenings pass (:mod:`.happenings`) finds at a finite verb:

- a *stative group*: a bare form of be or have with no participle after it ("was",
  "had", "didn't have", "there were"), or a stative verb ("owned", "seemed",
  "totalled", data ``predicates.yml: stative``).  Kept as happenings: a passive whose
  participle comes after adverbs ("was at least temporarily resolved"), an infinitive
  that carries the deed ("was the first state to adopt", "were able to prove"), and a
  be-form dated to the day with no figure in its clause ("the envoy was in Kessa on
  June 6": a presence on a day is told as a happening and is cited as one);
- a *figure for a period*: an amount (money, a percentage, "per capita", "in total", a
  count written with digits) in the clause of a verb that is no change ("rose 4% in
  2015" is a happening: the rise), dated coarser than a day; an amount after "a/an"
  ("received a $500,000 fee in 2010") is one payment, a happening;
- a *period of activity*: an activity verb ("worked", "lived", "toured") dated by a
  decade, a century or a range ("flitted along the margins of show business in the
  1980s"): no moment happened, the verb spans the period.
"""

from __future__ import annotations

import re

from ...model import TimeExpression
from ..time.lexicon import load_yaml
from .lexicon import TRIGGER_RE

__all__ = ["is_state"]

_DATA = load_yaml("predicates.yml")
_BE = frozenset({"was", "were", "is", "are", "been", "wasn't", "weren't", "wasn’t", "weren’t"})
_HAVE = frozenset({"had", "has", "have", "hadn't", "hadn’t"})
_DO_NOT = frozenset({"didn't", "didn’t", "did", "don't", "don’t", "doesn't", "doesn’t"})
_STATIVE = frozenset(str(w) for w in _DATA["stative"])
_ACTIVITY = frozenset(str(w) for w in _DATA["activity"])
_CHANGE = frozenset(str(w) for w in _DATA["change"])
_PARTICIPLES = frozenset(str(w) for w in _DATA["participles"]) | frozenset(
    str(w) for w in _DATA["irregular_past"]
)
_WORD = re.compile(r"[a-z][a-z'’-]*")
# "was at least temporarily resolved", "were gang-raped": a participle within four words
_ED = re.compile(r"[a-z][a-z-]*ed")
# "was the first state to adopt", "were able to prove": the infinitive is the deed
_INFINITIVE_AFTER = re.compile(
    r"(?:\s+[\w’'-]+){0,4}?\s+to\s+(?!(?:the|a|an|its|his|her|their|our|this|that|be)\b)[a-z]+\b"
)
_THERE = re.compile(r"\bthere\s+$")
_UNTIL = re.compile(r"\b(?:until|till)\b")
# an amount: money, a percentage, a rate, a total, a count written with digits (not a
# year, not an age: "a 35-year-old man")
_AMOUNT = re.compile(
    r"(?:[$£€¥]\s?\d|\d[\d,.]*\s?(?:%|percent\b|per\s?cent\b|bln\b|mln\b|bn\b|m\b|"
    r"million\b|billion\b|trillion\b)|\bper\s+(?:capita|head|person|\d)|\bin\s+total\b|"
    r"\b\d{1,3}(?:,\d{3})+\b|\bshare\s+of\b)",
    re.IGNORECASE,
)
# a total, a rate, a running count: "in total", "per capita", "total number of notices filed
# so far this month", "to date"
_IN_TOTAL = re.compile(
    r"\bin\s+total\b|\bper\s+(?:capita|head|person)\b|\btotal\s+(?:number|amount|value)\b"
)
# next to the date: "so far this month", "this year to date" (not "the best view to date")
_RUNNING_BEFORE = re.compile(r"\b(?:so|thus)\s+far\s+(?:in\s+)?$")
_RUNNING_AFTER = re.compile(r"\s*(?:so\s+far|thus\s+far|to\s+date)\b")
#: how far before a verb its subject's amount may stand, and after it its object's
_SUBJECT_CHARS = 45
_OBJECT_CHARS = 40
_ONE_PAYMENT = re.compile(r"\b(?:a|an)\s+(?:[a-z-]+\s+)?$")
_COARSE = frozenset({"year", "month", "season", "quarter", "decade", "century", "range", "week"})
_PERIOD_PRECISIONS = frozenset({"decade", "century", "range"})  # "in the 1960s and 1970s"
_AGGREGATE = frozenset(str(w) for w in _DATA["aggregate"])
_PRONOUN = re.compile(r"\b(?:it|he|she|they|we|i|you|who|which)\b")
_COUNT_AFTER = re.compile(r"(?:\s+[a-z]+){0,2}\s+\d")
# "first studied by X in the 1960s": the start of the activity is a happening
# "was called detente", "was known as": the name a thing bore; not "was called to testify",
# "was called in", "was named ambassador" (an appointment)
_NAMING = frozenset({"called", "known", "dubbed", "termed", "nicknamed", "labelled", "labeled"})
_NAMING_PARTICLES = frozenset({"to", "in", "on", "for", "up", "off", "out", "back", "upon"})
_OBJECT_PRONOUNS = frozenset({"you", "him", "them", "us", "me"})
_DETS = frozenset({"a", "an", "the", "his", "her", "its", "their", "our", "this", "that"})
# "had a revolution", "had talks", "had a meeting": the object is a happening (the event
# words of events.yml, or these)
_HAD_EVENT = re.compile(
    rf"\s+(?:(?:a|an|the|its|his|her|their|our|two|three|several|many|some)\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?:{TRIGGER_RE.pattern}|(?:revolution|jump|surge|rise|fall|"
    r"drop|breakthrough|change|shift|row|clash|fight|split|crash|accident|operation|surgery|"
    r"baby|wedding|conversation|call|talk|talks|interview|encounter|exchange)s?\b)"
)
_ONSET = re.compile(r"\b(?:first|initially|originally)\s+$")


def _words(low: str, start: int, end: int) -> list[str]:
    return _WORD.findall(low, start, end)


def _stative(low: str, vs: int, ve: int) -> bool:
    """The verb group ``low[vs:ve]`` states rather than tells."""
    words = _words(low, vs, ve)
    if not words:
        return False
    head, last = words[0], words[-1]
    if len(words) == 1 and head in _STATIVE:
        return True
    after = _words(low, ve, min(len(low), ve + 60))[:4]
    if head in _DO_NOT and len(words) == 1:
        # "didn't have in 1933": do-support before a stative verb; "did an interview" tells
        return bool(after) and (after[0] in _HAVE or after[0] == "have" or after[0] in _STATIVE)
    if head in _BE and last in _NAMING and not (after and after[0] in _NAMING_PARTICLES):
        return True  # "what was called detente in the 20th century": a name it bore
    if last not in _BE and last not in _HAVE:
        return False  # "had given", "was revealed": the group ends on a participle
    if last in _HAVE and (_HAD_EVENT.match(low, ve) or (after and after[0] in _OBJECT_PRONOUNS)):
        # "we had a revolution in the court", "had you on back in May" (hosted): no possession
        return False
    for w in after:
        if w in _DETS:
            break  # "was a registered lobbyist": an adjective in a noun phrase
        if w in _PARTICIPLES or _ED.fullmatch(w):
            return False  # "was at least temporarily resolved"
    return _INFINITIVE_AFTER.match(low, ve) is None


def _count_subject(low: str, lo: int, vs: int) -> bool:
    """An amount is the verb's subject: "about 5,000 farmers were diagnosed" (not "the 4% it
    forecast": a pronoun between is the subject)."""
    for m in _AMOUNT.finditer(low, max(lo, vs - _SUBJECT_CHARS), vs):
        if not _PRONOUN.search(low, m.end(), vs) and "," not in low[m.end() : vs]:
            return True
    return False


def _figure(low: str, clause: tuple[int, int], vs: int, ve: int) -> bool:
    """The verb at ``low[vs:ve]`` sums up a period: a total, a rate, a count as its subject,
    or an amount made, sold or traded ("exported $34 billion in 2016")."""
    words = _words(low, vs, ve)
    if words and words[-1] in _CHANGE:
        return False  # "rose 4% in 2015": the rise happened
    lo, hi = clause
    if _IN_TOTAL.search(low, lo, hi) or _count_subject(low, lo, vs):
        return True
    if not words or words[-1] not in _AGGREGATE:
        return False  # "allocated $2 billion in 2010", "deployed 4,000 troops": one act
    return any(
        not _ONE_PAYMENT.search(low, max(ve, m.start() - 25), m.start())
        for m in _AMOUNT.finditer(low, ve, min(hi, ve + _OBJECT_CHARS))
    )


def _existential_count(low: str, ve: int) -> bool:
    """ "there were roughly 750 funds": a count after an existential is a state."""
    return _COUNT_AFTER.match(low, ve) is not None or _AMOUNT.match(low, ve) is not None


def is_state(
    low: str, clause: tuple[int, int], verb: tuple[int, int], t: TimeExpression,
    at: tuple[int, int],
) -> bool:  # fmt: skip
    """The ``other`` event at ``verb`` dated by ``t`` (at ``low[at[0]:at[1]]``) states, not tells.

    ``low`` is the lower-cased sentence; ``clause`` the verb's clause; offsets
    relative to the sentence.
    """
    vs, ve = verb
    if _RUNNING_BEFORE.search(low, max(0, at[0] - 16), at[0]) or _RUNNING_AFTER.match(low, at[1]):
        return True  # "filed so far this month: 726": a running total
    words = _words(low, vs, ve)
    precision = t.precision or ""
    coarse = precision in _COARSE
    if _UNTIL.search(low, ve, clause[1]):
        return False  # "was head of the port authority until 2006": the end happened
    if _THERE.search(low, max(0, vs - 8), vs):
        # "there were 1,400 depots in 1938" states; "there was another shooting" tells
        return _existential_count(low, ve)
    if _stative(low, vs, ve):
        # on a day, only a level ("the yield was 2.1% on Monday") is a state: "the envoy was
        # in Kessa on June 6" is a presence, told as a happening
        level = _AMOUNT.search(low, ve, min(clause[1], ve + _OBJECT_CHARS)) is not None
        return coarse or level or _figure(low, clause, vs, ve)
    if words and words[-1] in _ACTIVITY and precision in _PERIOD_PRECISIONS:
        # "flitted along the margins of show business in the 1980s"; not "first studied"
        return not _ONSET.search(low, max(0, vs - 12), vs)
    return coarse and _figure(low, clause, vs, ve)
