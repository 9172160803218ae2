"""Dated events from one document's sentences, time expressions and mentions.

For each sentence: find the event triggers (:func:`.lexicon.find_triggers`), split
off relative clauses (:mod:`.clauses`), then give every time expression to
the nearest trigger *in the same clause* (so "founded in 1965 and moved to
Iraq in 1986" dates each verb with its own year, and "the group, which was
founded in 1965, moved to Iraq" leaves "moved" undated).  A main-clause
trigger with no date of its own takes the date of the nearest dated
main-clause trigger ("were killed on March 14 when gunmen stormed the post").
A trigger keeps only the nearest of the dates given to it.  Durations ("six years") and
dates anchored to other dates of the text ("the following year") date nothing.

Participants are the person/organisation mentions of the trigger's clause
(plus, for a relative clause, the nearest name before it: its head); places
are place mentions after a locative preposition ("in Paris", "near Dehvar").
A GPE in any other position ("Iran designated ...") is a participant.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import EventMention, Mention, Sentence, TimeExpression
from .clauses import clause_of, clause_spans
from .lexicon import SILENT_TYPES, STRONG_TYPES, find_triggers, trigger_type

__all__ = ["ANALYZER", "VERSION", "extract_events", "summarize"]

ANALYZER = "newsdossier.events"
VERSION = "1"
_SUMMARY_CHARS = 200
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|to|into|inside|outside|across|toward|towards|on|via|through)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|province|region|camp|capital|of)\s+)*$",
    re.IGNORECASE,
)
# A preceding word that says the trigger is not a reported event ("no attack", "denied killing").
# "the 34th anniversary of the founding": the date is the commemoration's, not the event's.
_COMMEMORATED = re.compile(r"\banniversary\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_NEGATED = re.compile(r"\b(?:no|not|never|denied|deny|denies|without|any)\s+(?:\w+\s+)?$", re.I)


def _dates_event(t: TimeExpression) -> bool:
    return t.kind != "duration" and t.mod != "text"


def summarize(sentence: str, trigger_at: int) -> str:
    """One line from ``sentence``: all of it when short, else a window around the trigger."""
    one = " ".join(sentence.split())
    if len(one) <= _SUMMARY_CHARS:
        return one
    # map the trigger offset into the folded string approximately (same prefix folding)
    at = len(" ".join(sentence[:trigger_at].split()))
    start = max(0, min(at - _SUMMARY_CHARS // 3, len(one) - _SUMMARY_CHARS))
    end = start + _SUMMARY_CHARS
    if start > 0:
        start = one.find(" ", start) + 1
    if end < len(one):
        end = one.rfind(" ", start, end)
    return (
        ("…" if start > 0 else "") + one[start:end].strip(" ,;") + ("…" if end < len(one) else "")
    )


def _assign(
    triggers: list[tuple[int, int, str, int]], times: list[tuple[TimeExpression, int]], base: int
) -> dict[int, list[TimeExpression]]:
    """Trigger index -> the time expression given to it (nearest trigger, same clause).

    Trigger offsets are relative to the sentence, which starts at ``base``.
    """
    got: dict[int, tuple[TimeExpression, int]] = {}
    for t, clause in times:
        t_start, t_end = t.start - base, t.end - base
        best, best_d = None, 0
        for i, (s, e, _typ, tc) in enumerate(triggers):
            if tc != clause:
                continue
            # a date after its verb is the common order ("founded in 1965"); one before
            # the verb counts 3x its distance ("created in 1981 and renamed in 1995")
            d = t_start - e if t_start >= e else 3 * (s - t_end) + 1
            if best is None or d < best_d:
                best, best_d = i, d
        if best is not None and (best not in got or best_d < got[best][1]):
            got[best] = (t, best_d)
    # one date per trigger, the nearest: a list of dates after one verb ("the group
    # says 1977, the government says 1979") are readings for other triggers or
    # claims (issue 5), and would otherwise conflict with themselves
    return {i: [t] for i, (t, _) in got.items()}


def extract_events(
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpression],
    mentions: Sequence[Mention],
) -> list[EventMention]:
    """Events of one document; every offset is an index into the document text."""
    out: list[EventMention] = []
    ti = mi = 0
    times = sorted(times, key=lambda t: t.start)
    mentions = sorted(mentions, key=lambda m: m.start)
    for sent in sentences:
        while ti < len(times) and times[ti].start < sent.start:
            ti += 1
        while mi < len(mentions) and mentions[mi].start < sent.start:
            mi += 1
        s_times = [t for t in times[ti:] if t.start < sent.end and t.end <= sent.end]
        s_times = [t for t in s_times if t.start >= sent.start]
        found = find_triggers(sent.text)
        if not found:
            continue
        s_ments = [m for m in mentions[mi:] if m.end <= sent.end and m.start < sent.end]
        out.extend(_sentence_events(sent, found, s_times, s_ments))
    return out


def _sentence_events(
    sent: Sentence,
    found: list[re.Match[str]],
    s_times: list[TimeExpression],
    s_ments: list[Mention],
) -> list[EventMention]:
    base = sent.start
    rel_times = [(t.start - base, t.end - base) for t in s_times]
    spans = clause_spans(sent.text, rel_times)
    inside = [(a, b) for a, b in rel_times]
    triggers: list[tuple[int, int, str, int]] = []
    for m in found:
        if any(a <= m.start() < b for a, b in inside):
            continue  # "March" the month is not "marched"; a trigger inside a date is none
        if _NEGATED.search(sent.text[max(0, m.start() - 30) : m.start()]):
            continue
        clause = clause_of(m.start(), spans)
        if _COMMEMORATED.search(sent.text[max(0, m.start() - 40) : m.start()]):
            clause = -1  # undated: no date is given to a clause that does not exist
        triggers.append((m.start(), m.end(), trigger_type(m), clause))
    if not triggers:
        return []
    dating = [(t, clause_of(t.start - base, spans)) for t in s_times if _dates_event(t)]
    got = _assign(triggers, dating, base)
    main_dated = [i for i in got if triggers[i][3] == 0 and triggers[i][2] not in SILENT_TYPES]
    events: list[EventMention] = []
    seen: set[tuple[str, str | None, int | None]] = set()
    for i, (s, e, typ, clause) in enumerate(triggers):
        if typ in SILENT_TYPES:
            continue
        dates: list[TimeExpression | None] = list(got.get(i, []))
        if not dates and clause == 0 and main_dated:
            near = min(main_dated, key=lambda j: abs(triggers[j][0] - s))
            dates = list(got[near])
        if not dates:
            if typ not in STRONG_TYPES:
                continue
            dates = [None]
        for t in dates:
            key = (typ, t.value if t else None, t.start if t and t.value is None else None)
            if key in seen or (t is None and any(k[0] == typ for k in seen)):
                continue
            seen.add(key)
            parts, places = _arguments(sent, s_ments, spans, max(clause, 0))
            events.append(
                EventMention(sent.doc_id, sent.start, sent.end, sent.text, typ, base + s,
                             base + e, t, summarize(sent.text, s), parts, places,
                             ANALYZER, VERSION)
            )  # fmt: skip
    # an undated event of a type that is also dated in this sentence is the same report
    dated_types = {ev.type for ev in events if ev.time is not None}
    return [ev for ev in events if ev.time is not None or ev.type not in dated_types]


def _arguments(
    sent: Sentence, ments: list[Mention], spans: list[tuple[int, int]], clause: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    parts: list[str] = []
    places: list[str] = []
    base = sent.start
    head: Mention | None = None
    if clause:
        cs = spans[clause - 1][0]
        before = [m for m in ments if m.end - base <= cs and m.type in ("person", "organization")]
        head = before[-1] if before else None
    for m in ments:
        if clause_of(m.start - base, spans) != clause and m is not head:
            continue
        if m.type == "place":
            pre = sent.text[max(0, m.start - base - 40) : m.start - base]
            (places if _LOCATIVE.search(pre) else parts).append(m.id)
        elif m.type in ("person", "organization") and m.id not in parts:
            parts.append(m.id)
    return tuple(dict.fromkeys(parts)), tuple(dict.fromkeys(places))
