"""Dated events from one document's sentences, time expressions and mentions.

For each sentence: find the event triggers (:func:`.lexicon.find_triggers`),
mute those whose context says no event happened or the word is no event
(:mod:`.context`: "the possibility of bombing", "demand the release", "a
Conference official"; attribution verbs are mute too: they only take the
date next to them), split the sentence into parts (:mod:`.clauses`: missed
sentence breaks, quotations, relative clauses), then give every time
expression to the nearest trigger of its part that it may belong to
(:mod:`.attach`): "founded in 1965 and moved to Iraq in 1986" dates each verb
with its own year, "the group, which was founded in 1965, moved to Iraq"
leaves "moved" undated, "attacks since the victory of the revolution in
1979" leaves the attacks undated.  A main-clause trigger with no date of its
own may take the date of the nearest dated trigger of its part ("were killed
on March 14 when gunmen stormed the post"), not across "that", a participle
or an attribution verb.  Durations ("six years") and dates anchored to other
dates of the text ("the following year") date nothing.

Participants are the person/organisation mentions of the trigger's clause
(plus, for a relative clause, the nearest name before it: its head); places
are place mentions after a locative preposition ("in Paris", "near Dehvar").
A GPE in any other position ("Iran designated ...") is a participant.
"""

from __future__ import annotations

import dataclasses
import re
from bisect import bisect_left
from collections.abc import Sequence

from ...model import EventMention, Mention, Sentence, TimeExpression
from .attach import Trigger, assign_dates, borrow_date, is_period, opens_text
from .clauses import Parts, clause_of
from .context import unreported_reason
from .documents import cites_symbol, closes_credit, paper_named
from .evidence import evidence_span
from .happenings import (
    after_fronted_clause,
    attach_happenings,
    is_later,
    is_listed_after,
    premodified_happening,
    premodifies,
    reaches,
)
from .lexicon import SILENT_TYPES, STRONG_TYPES, find_triggers, trigger_type
from .predicates import (
    clause_span,
    find_verbs,
    is_dateline,
    is_planned,
    is_reporting_finite,
)
from .states import is_state

__all__ = ["ANALYZER", "OTHER", "STATE", "VERSION", "extract_events", "summarize"]

ANALYZER = "newsdossier.events"
# 2: dates attach by syntactic cues (attach.py), quotations and missed sentence breaks
# are parts, modality and non-event senses mute a trigger (context.py).  The registered
# name stays newsdossier.events.v1 (analyze/pipeline.py lists it); the provenance says the
# version.  3 (issue 16): every dated happening is an event: a date no trigger takes goes to the
# finite verb of its clause (type ``other``, the clause as summary); a dated reporting
# verb is a ``statement``.  4 (issue 16): a date alone in parentheses dates the noun before
# it, a date listed after another shares its happening, a past state's "until" date is its
# end; a dated event's evidence leaves out the clause of an unresolved date (evidence.py).
# 8 (issue 16): the crime a judgement is for takes none of its date; a date before a
# trailing ", <reporter> said" is the reported words'; "as recently as <date>" dates the
# happening before it; an obligation ("must be held") is no dated event; a date past "and
# the <noun> of" after a nominal trigger is that noun's.  9 (issue 16): a partition,
# annexation or secession named by its year is an event (type territorial_change).  10
# (issue 16): the date of a quoted text's writing ('"...," Ivo Renk wrote in 1937'; 'In
# 1969, Renk wrote: "..."') is a citation, no happening of the story; "was to have
# received ... on <date>" is an unrealised plan.  11: "their peak of March 2008" (a level
# a measure stood at) is no happening.  12 (issue 16): dated states and figures are no
# happenings (states.py: "In 2015, X had ...", "there were 1,400 ... in 1938", a period's
# total, an activity over a decade); a date that names a paper or closes a source credit
# dates nothing (documents.py); a reporting verb does not take a date inside the reported
# clause ("said talks earlier in 2012 framed ...") or one that names a thing.  13 (issue
# 16): "was a registered lobbyist" (an adjective after a determiner), "was called <name>",
# running totals ("so far this month") are states; "had a revolution" (an event noun) and
# "had you on" are not; a date after "said" that opens the reported clause ("said 2015
# was the deadliest year") is not the saying's; "in force since 2002, the treaty": a
# bound dates no trigger after it either.  14 (issue 16): an irrealis clause ("she should
# run in the 2020 election", "years from now we will ask how we behaved in 2017") dates no
# happening; a capitalised trigger inside a name's span ("the Bishops' Conference of X") is
# no trigger.  15 (issue 16): a comparison base ("compared to the number of raids from last
# year", "this time last month", "than in 2015") and a forecast's date ("is going to be in
# the 2040s, when ...") date nothing; a date in parentheses after "<head> on <bare noun>" is
# the head's; an activity over a span ("in the 1960s and 1970s", time v10) is a state.  16
# (issue 16): a crime after "charged ... related to / in connection with" keeps its own date
# (not the charge's); "the <plural> on <date>" names no happening ("the Ohio Valley states
# on Saturday"), "the <head> of the <object> on <date>" names the head; "to all" is no
# infinitive; a quotation opened before the sentence no longer cuts the summary's first letter.
# 17 (issue 16): "are still taught", "is already benefiting" are present states; "exceed",
# "proceed", "succeed" are no past forms.  18 (issue 16): a between-frame whose two ends sit
# in noun phrases ("Between the war of 1991 and the fighting during 2003") is one span; an
# "-ed" word after "include"-like verbs or after "a viable" is an adjective.
# 19 (issue 16, unseen pages read with eval/time/recall_probe.py): a date opening a relative,
# complement or coordinate clause ("who in 1991 accused", "claimed that in the early 1980s
# the two spiked") dates that clause's verb; "that began", "reports that caused" and "X, a
# senior aide, assured an envoy" are verbs; a date between a subject and its verb ("X on 10
# December 2018 released") dates the verb; a perfect infinitive ("claimed to have been
# attacked ... in 1982") is a happening; a noun naming a happening takes a date no verb
# takes ("since the Vellorn Revolution in 1979", "the outbreak was in May 2017", "the 2016
# presidential election"); an embedded post's signature dates the post (a statement).
# 20 (issue 16, seeds 283-284 of the same probe): a verb after the comma that closes an
# aside (a relative clause, an apposition, a fronted date) is finite; "Based on X, in 2009,
# Y ranked" opens the clause; "went to see X in 2013" dates the trip; "since 1976, when the
# virus was identified" dates the when-clause; more nouns naming a happening (interview,
# appointment, inception, ...), a name after the noun ("Operation Tarn in 1953"), "was
# first identified" is one verb group; a primed possessive ("2017′s run") names a thing.
# 21 (issue 16): a paper or a post named by its date ("an April 15, 2014 email from X", "a
# 2014 study by Y") is dated; a date listed after another for another party ("by the EU in
# 2009 and by the U.S. in 2012") shares the first one's happening.
# 22 (issue 16, unseen pages read with recall_probe seeds 341-342): "as" before a role and
# "before" an audience are no clauses ("served as Chair ... from 1991 to 1996", "appeared
# before the committee in May 2014"); a gerund after a bound dates ("Since taking office
# in March 2013"); "until <date>, when ..." is the when-clause's; occasions and papers
# premodified by a date ("a 2011 event", "his 2016 campaign", "a 2012 <outlet> report",
# also after "from the"); nominal gerunds ("the taking of the port's pilots in 1983"); hyphenated
# and ambiguous verbs ("hand-delivered", "quit the pact"); an apposition before the date is
# no distance; ", back in <year>" after a relative clause; "As X reported, in 2010 he ...";
# "In March 2014: ..." frames the clause after the colon; an aside in dashes after an
# opening date is skipped ("In 1994 – at a time when ... – X founded"); "born <date>"; "to
# <date>, when ..." dates the when-clause; "during the same period in 2012" is no base;
# '"...," bragged X, head of Y in 2004': the year is the apposition's, not the verb's.
# 23 (issue 16, seed 421): a verb whose subject is the date itself ("as 2017 has progressed",
# "while 2016 wore on") tells time passing, no happening: it is no trigger (the clause it
# frames keeps the date only where the attachment rules give it; after "as" they do not,
# and no event is shown rather than the year's passing).
# 24a (issue 16, main, independent reader of seed 1007): a date after "of" ("the financial crisis
# of 2008 has led to ...") is its noun's, never the verb's that follows the noun phrase.
# 24b (issue 16, branch 16aa): a date before a reporting verb with a modal or a plan's verb
# between ("On March 20 the pumps will be tested, the board said", "In 2030 the plant will
# close, X said") is the plan's: the saying is not dated by it (it was a statement of that
# future day or year).
# 25: 24a and 24b together (two changes numbered 24 apart)
# 26 (issue 16, independent readers of seeds 1007 and 1011): a date in a numbered paper's
# citation ("PPD-21 of February 12, 2013") dates nothing (documents.cites_symbol).
VERSION = "26"
#: the type of a dated happening that no trigger of events.yml names
OTHER = "other"
#: the type of a state or a figure that held at its date, the date being its period
#: ("In 2015, Velmora had 2.7 clinics per 1,000 people"): no happening (states.py)
STATE = "state"
_SUMMARY_CHARS = 200
_BIRTH = "birth"
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|from|to|into|inside|outside|across|toward|towards|on|via|through)\s+"
    r"(?:the\s+)?(?:(?:town|city|village|province|region|camp|capital|of)\s+)*$",
    re.IGNORECASE,
)
# A preceding word that says the trigger is not a reported event ("no attack", "denied killing").
# "the 34th anniversary of the founding": the date is the commemoration's, not the event's.
_COMMEMORATED = re.compile(r"\banniversary\s+of\s+(?:the\s+|its\s+|their\s+)?$", re.I)
_NEGATED = re.compile(r"\b(?:no|not|never|denied|deny|denies|without|any)\s+(?:\w+\s+)?$", re.I)


# "since 1980", "by 2030", "until March": a bound of a state or a deadline, not the time
# of a happening; only a trigger that names the event takes such a date ("founded by 1970")
_BOUND = re.compile(
    r"\b(?:since|until|till|by|before|after|from|to|through|prior\s+to|ahead\s+of)\s+(?:the\s+)?$"
)
#: the tagger labels of a named body, person or place (not EVENT: "the Vellorn Summit" is one)
_NAME_LABELS = frozenset({"PERSON", "ORG", "GPE", "NORP", "FAC", "LOC"})
# "as 2017 has progressed", "as the year wore on", "while the decade unfolded": the time
# itself is the verb's subject; the verb tells time passing, it names no happening
_TIME_PASSING = re.compile(
    r"(?:(?:has|have|had|is|was)\s+)?(?:progress(?:ed|es|ing)?|pass(?:ed|es)|unfold(?:ed|s)|"
    r"elapse[ds]?|advance[ds]|wore|wears|worn|went|goes|gone|drew|draws|dragged|drags)$"
)
_TIME_SUBJECT_GAP = re.compile(r"\s*(?:(?:has|have|had|is|was)\s+)?")
# ... the date a subject: after a conjunction of time, not a preposition ("the phone that in
# 2015 went on sale": the sale is dated)
_TIME_SUBJECT_BEFORE = re.compile(r"\b(?:as|while|when|once|until|till)\s+(?:the\s+)?$")
# "tomorrow", "next week", "the coming months": what is to come is no happening yet
_AHEAD = re.compile(r"\b(?:tomorrow|next|coming|upcoming)\b", re.IGNORECASE)


# "was port commissioner until May 2004", "remained in prison until 2015": the end
# of a past state is a happening of its own (issue 16); "will stay until March" is a plan
# ("was postponed until October" is a passive: the new date of what is still to come)
_PAST_UNTIL = re.compile(
    r"\b(?:(?:was|were|had\s+been)(?!\s+[a-z]+ed\b)|served|remained|stayed|lived|worked|ruled|"
    r"reigned|held|led)\b[^,;:()]{0,60}\b(?:until|till)\s+(?:the\s+)?$"
)


# An embedded post's signature: "... pic.twitter.com/x — Jane Roe (@jroe) May 7, 2018".  The
# date is when the post went up, not the time of what its words name ("Arrest and deport
# them all", "ban assault rifles": 9 such dated events in the PTC articles, issue 16).
_SIGNED = re.compile(r"\(@\w{1,30}\)\s*$")
# ... and its author, after the dash (issue 16: the post itself is a dated statement)
_SIGNATURE = re.compile(r"[—–-]\s*(?P<who>[^—–\n()]{1,60}?\s*\(@\w{1,30}\))\s*$")
# a source's credit closed by its date: "[Port shooting suspect's past, by Ana Holm,
# example.com, February 11th 2018]", '"Title," by Ana Holm, Vellorn Daily, May 3, 2018:'
# -- the date the cited piece appeared, no happening's (issue 16, read in ptc-*)
_CREDITED = re.compile(r"\bby [A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}, ?[^,\n]{2,60}, ?$")
_CREDIT_END = re.compile(r"\s*(?:[\])]|:\s*$|$)")


def _cited(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` closes a source credit ("..., by NAME, OUTLET, DATE]")."""
    return (
        _CREDIT_END.match(text, end) is not None
        and _CREDITED.search(text, max(0, start - 120), start) is not None
    )


# a writing verb next to the quotation it introduces or closes: '"...," Renk wrote in 1937',
# 'In 1969, Renk wrote: "..."'.  The date is the cited text's, a citation and no happening of
# the story (2 of 30 events of fnc_seed37 were such; "wrote a letter on May 3" stays one)
_WRITING = re.compile(r"(?:wrote|writes|penned)\b")
_QUOTE_CLOSED = re.compile(r"[,.!?]?[”\"’']\s*,?\s*(?:[\w.'’-]+\s+){0,5}$")
_QUOTE_OPENS = re.compile(r"[^.;“\"]{0,40}?(?::\s*|,\s*)[“\"‘]")


def _cites(text: str, low: str, s: int, e: int) -> bool:
    """The verb at ``text[s:e]`` writes a quotation: its date is a citation's, not an event's."""
    if _WRITING.match(low, s) is None:
        return False
    return bool(_QUOTE_CLOSED.search(text, max(0, s - 60), s) or _QUOTE_OPENS.match(text, e))


# "from January 15 through 18, 2010": the range's own "from", not a bound before a date
_FROM_RANGE = re.compile(r"\b(?:from|between)\s+$")
_RANGE_INSIDE = re.compile(r"\s(?:through|to|and)\s")
# "has ruled since 2005, when he won the vote": the bound names a happening of its own
# (issue 16, unseen pages, seed 284)
# ("served from May 2, 2011, to June 9, 2014, when I was named bishop": the
# end of a span too, seed 342)
_SINCE_WHEN = re.compile(r"\b(?:since|until|till|to)\s+(?:the\s+)?$")
_WHEN_NEXT = re.compile(r",?\s*when\s")


def _bounds(low: str, start: int, end: int) -> bool:
    if premodified_happening(low, start, end) is not None:
        # "the transcripts from the March 3, 2015 testimony", "since the 2016 election":
        # the date names the happening of its noun phrase, it bounds nothing (issue 16)
        return False
    if _FROM_RANGE.search(low, max(0, start - 10), start) and _RANGE_INSIDE.search(low, start, end):
        return False
    if _BOUND.search(low, max(0, start - 20), start) is not None:
        if _SINCE_WHEN.search(low, max(0, start - 10), start) and _WHEN_NEXT.match(low, end):
            return False  # "since 1976, when the virus was first identified": the when-clause's
        return _PAST_UNTIL.search(low, max(0, start - 90), start) is None
    return is_period(low, start, end)


def _ahead(t: TimeExpression) -> bool:
    return t.kind == "relative" and _AHEAD.search(t.text) is not None


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


def extract_events(
    sentences: Sequence[Sentence],
    times: Sequence[TimeExpression],
    mentions: Sequence[Mention],
) -> list[EventMention]:
    """Events of one document; every offset is an index into the document text."""
    out: list[EventMention] = []
    times = sorted(times, key=lambda t: t.start)
    mentions = sorted(mentions, key=lambda m: m.start)
    t_starts = [t.start for t in times]
    m_starts = [m.start for m in mentions]
    for sent in sentences:
        found = find_triggers(sent.text)
        # the expressions and mentions that start in the sentence (bisect: a scan of the
        # rest of the list per sentence was quadratic in the document's length)
        ta, tb = bisect_left(t_starts, sent.start), bisect_left(t_starts, sent.end)
        if not found and ta == tb:
            continue
        ma, mb = bisect_left(m_starts, sent.start), bisect_left(m_starts, sent.end)
        s_times = [t for t in times[ta:tb] if t.end <= sent.end]
        s_ments = [m for m in mentions[ma:mb] if m.end <= sent.end]
        out.extend(_sentence_events(sent, found, s_times, s_ments))
    return out


def _lower(text: str) -> str:
    """``text`` lower-cased, same length ("İ" lower-cases to two characters: kept)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _in_url(text: str, start: int, end: int) -> bool:
    a = text.rfind(" ", 0, start) + 1
    b = text.find(" ", end)
    token = text[a : b if b >= 0 else len(text)]
    return "/" in token or "www." in token


# "the Bishops’ Conference": a plural possessive before the trigger names its members
_NAME_GOES_ON = re.compile(r"\s+(?:of\s+(?:the\s+)?)?[A-Z]")
_MEMBERS_BEFORE = re.compile(r"[sS]['’]\s*$|['’]s\s*$")


def _names_body(text: str, s: int, e: int, name_end: int) -> bool:
    """The capitalised trigger ``text[s:e]`` inside a name ending at ``name_end`` names a body.

    The name goes on after it ("the Vellorn Conference of Harva", "the Harva Summit
    Secretariat") or its members precede it ("the Bishops' Conference"); a name the
    trigger ends is the event's own ("the Harva Massacre in 2007", "the Vellorn Summit
    that was held in May": read in the FakeNewsCorpus sample, both real happenings).
    """
    # "the Algiers Accord[23]": a note mark the tagger took in is no more of the name
    goes_on = _NAME_GOES_ON.match(text[e:name_end]) is not None
    return goes_on or _MEMBERS_BEFORE.search(text, max(0, s - 4), s) is not None


def _triggers(
    sent: Sentence,
    low: str,
    found: list[re.Match[str]],
    parts: Parts,
    times: list[tuple[int, int]],
    names: Sequence[tuple[int, int]] = (),
) -> tuple[list[Trigger], set[int]]:
    """The sentence's triggers (offsets into it) and the indices of the mute ones.

    Mute triggers take the date next to them but report no event: attribution
    verbs (``silent`` types) and triggers whose context says the event did not
    happen (:mod:`.context`).  A word that is no event in its context ("a
    Conference official") is no trigger at all.
    """
    text = sent.text
    triggers: list[Trigger] = []
    mute: set[int] = set()
    for m in found:
        s, e = m.start(), m.end()
        if any(a <= s < b for a, b in times) or _in_url(text, s, e):
            continue  # "March" the month is not "marched"; a trigger inside a date is none
        if _passes_time(text, low, s, e, times):
            continue  # "as 2017 has progressed": the date is the subject, time passes
        if _NEGATED.search(text[max(0, s - 30) : s]):
            continue
        if text[s].isupper() and any(a < s and _names_body(text, s, e, b) for a, b in names):
            continue  # "the Vellorn Bishops' Conference of Harva": a body's name, no meeting
        typ = trigger_type(m)
        if typ in SILENT_TYPES and not is_reporting_finite(text, low, s, e):
            continue  # "the site's alleged owner": no reporting verb, it takes no date
        key = parts.key(s)
        if _COMMEMORATED.search(text[max(0, s - 40) : s]):
            key = (-1, -1, -1)  # undated: no date is given to a part that does not exist
        reason = None if typ in SILENT_TYPES else unreported_reason(low, s, e, typ, text)
        if reason == "sense":
            continue  # no event word here: it takes no date either ("list of designated groups")
        if typ in SILENT_TYPES or reason is not None:
            mute.add(len(triggers))  # a possible or demanded act still owns its date
        triggers.append((s, e, typ, key))
    return triggers, mute


def _sentence_events(
    sent: Sentence,
    found: list[re.Match[str]],
    s_times: list[TimeExpression],
    s_ments: list[Mention],
) -> list[EventMention]:
    base = sent.start
    low = _lower(sent.text)
    rel_times = [(t.start - base, t.end - base) for t in s_times]
    dating = [
        (t, t.start - base, t.end - base)
        for t in s_times
        if _dates_event(t) and not _SIGNED.search(sent.text, max(0, t.start - base - 40),
                                                  t.start - base)
        and not _cited(sent.text, t.start - base, t.end - base)
        and not _comparative(low, t.start - base, t.end - base)
        and not _comparison_base(low, t.start - base)
        and not _FORECAST.search(low, max(0, t.start - base - 60), t.start - base)
    ]  # fmt: skip
    dating, papers = _paper_dates(sent.text, low, dating)
    # segments and quotations only matter for giving dates: most sentences have none
    parts = Parts.of(sent.text, rel_times, full=bool(dating))
    # a capitalised trigger inside (not opening) a named body's, person's or place's span is
    # part of the name (issue 16, fnc seed 53: a conference of bishops dated as a meeting)
    names = [(m.start - base, m.end - base) for m in s_ments if m.label in _NAME_LABELS]
    triggers, mute = _triggers(sent, low, found, parts, rel_times, names)
    got = assign_dates(sent.text, low, triggers, dating, parts, rel_times)
    events: list[EventMention] = []
    seen: set[tuple[str, str | None, int | None]] = set()

    n = len(sent.text)
    # unresolved dates of the sentence ("some five years ago" in an undated page): the
    # evidence of a dated event leaves their clause out (see evidence.py)
    unresolved = [(t.start - base, t.end - base) for t in s_times
                  if t.value is None and t.kind != "duration"]  # fmt: skip

    def add(
        typ: str, s: int, e: int, t: TimeExpression | None, clause: int,
        span: tuple[int, int] | None = None,
    ) -> None:  # fmt: skip
        k = (typ, t.value if t else None, t.start if t and t.value is None else None)
        if k in seen or (t is None and any(x[0] == typ for x in seen)):
            return
        seen.add(k)
        who, places = _arguments(sent, s_ments, list(parts.relatives), clause)
        lo, hi = (0, n) if t is None else evidence_span(sent.text, s, e, t, base, unresolved)
        a, b = span or (0, n)
        a, b = max(a, lo), min(b, hi)
        summary = summarize(sent.text[a:b], s - a)
        events.append(
            EventMention(sent.doc_id, base + lo, base + hi, sent.text[lo:hi], typ, base + s,
                         base + e, t, summary, who, places, ANALYZER, VERSION)
        )  # fmt: skip

    verbs: list[tuple[int, int]] | None = None
    released: set[int] = set()  # dates a reporting verb took but does not keep
    reporting: set[tuple[int, int]] = set()  # reporting verbs with no date of their own
    for i, (s, e, typ, key) in enumerate(triggers):
        if i in mute:
            # a dated reporting act is a happening of its own: the statement (issue 16)
            if typ not in SILENT_TYPES or not is_reporting_finite(sent.text, low, s, e):
                continue
            t = got.get(i)
            if t is None:
                reporting.add((s, e))
                continue
            verbs = _verbs(sent.text, low, rel_times) if verbs is None else verbs
            if _cites(sent.text, low, s, e):
                # the quoted text's date is a citation; another verb may still own it ("wrote
                # in his message released Jan. 24": the release's)
                released.add(id(t))
                continue
            if _is_statement(low, sent.text, (s, e), t, base, verbs):
                add("statement", s, e, t, max(key[2], 0))
            else:
                released.add(id(t))
                reporting.add((s, e))
            continue
        t = got.get(i)
        if t is not None and typ == "statement" and _planned_before(low, t, base, s):
            released.add(id(t))
            continue  # "In 2030 the plant will close, the company said": undated, no event
        if t is not None and typ == "statement" and t.start - base >= e:
            # "The network has announced that the series will air Jan. 12": the launch's date
            verbs = _verbs(sent.text, low, rel_times) if verbs is None else verbs
            if not _is_statement(low, sent.text, (s, e), t, base, verbs):
                released.add(id(t))
                continue  # a weak type: undated, no event (nor its own date borrowed back)
        t = t or borrow_date(i, triggers, mute, got, low, sent.text)
        if t is None and typ not in STRONG_TYPES:
            continue
        add(typ, s, e, t, max(key[2], 0))
    # "... pic.twitter.com/x — Jane Roe (@jroe) May 7, 2018": the post went up that day; the
    # post is the happening (its author the participant), not what its words name
    for t in s_times:
        ts, te = t.start - base, t.end - base
        sig = _SIGNATURE.search(sent.text, max(0, ts - 100), ts) if t.value else None
        if sig is not None and not _ahead(t):
            s, e = sig.start("who"), sig.end("who")
            add("statement", s, e, t, max(parts.key(s)[2], 0), (0, te))
    # "the letter, dated May 3, 2010, was written ...": the paper's making is the happening
    for s, e, t in papers:
        key = parts.key(s)
        lo, hi = clause_span(sent.text, min(s, t.start - base), max(e, t.end - base),
                             (parts.start(s), parts.end(s, len(sent.text))))  # fmt: skip
        add(OTHER, s, e, t, max(key[2], 0), (lo, hi))
    taken = {id(t) for t in got.values()} - released
    free = [x for x in dating if id(x[0]) not in taken and x[0].value is not None]
    free = [
        x
        for x in free
        if not is_dateline(sent.text, x[1], x[2])
        and not _bounds(low, x[1], x[2])
        and not _ahead(x[0])
    ]
    free = _between_frames(sent.text, base, free)
    # "delisted by X and Y in 2009 and 2012, respectively": a date listed after a trigger's
    # own date is the same happening's (issue 16, read in ../shared/data/tehrantimes-mek)
    for x in list(free):
        ev = next((ev for ev in events if ev.time is not None and ev.time.value is not None
                   and is_listed_after(low, ev.time.end - base, x[1])), None)  # fmt: skip
        if ev is not None:
            s, e = ev.trigger_start - base, ev.trigger_end - base
            add(ev.type, s, e, x[0], max(parts.key(s)[2], 0))
            free.remove(x)
    if free:
        verbs = _verbs(sent.text, low, rel_times) if verbs is None else verbs
        # a reporting verb with no date competes too: "In 2016, in response to a question
        # about X, the bishop said a man with such views was no believer" dates the saying
        candidates = [
            v for v in sorted(set(verbs) | reporting) if not _cites(sent.text, low, v[0], v[1])
        ]
        named = frozenset(m.end - base for m in s_ments if m.type == "person")
        typed = {(s, e): typ for s, e, typ, _ in triggers if typ not in SILENT_TYPES}
        for s, e, t in attach_happenings(sent.text, low, candidates, free, parts, rel_times, named):
            key = parts.key(s)
            if _UNREALISED.search(low, max(0, s - 40), e):
                continue  # the plan keeps its date: no happening took place at it
            if (s, e) in reporting:
                if t.start - base >= e and _in_reported_clause(
                    low, e, t.start - base, t.end - base, verbs
                ):
                    continue  # the reported happening's date, not the saying's
                if _planned_before(low, t, base, s):
                    continue  # the plan's date: "On March 20 the pumps will be tested, X said"
                add("statement", s, e, t, max(key[2], 0))
                continue
            if (s, e) in typed:  # "the war (1980-88)": the trigger's own date, in parentheses
                add(typed[(s, e)], s, e, t, max(key[2], 0))
                continue
            if low[s:e] == "born":  # "X, born March 3 1931, died ...": a birth (happenings.py)
                add(_BIRTH, s, e, t, max(key[2], 0))
                continue
            lo, hi = clause_span(sent.text, min(s, t.start - base), max(e, t.end - base),
                                 (parts.start(s), parts.end(s, len(sent.text))))  # fmt: skip
            # a state or a figure held at the date is marked so, with the date as its period
            at = (t.start - base, t.end - base)
            typ = STATE if is_state(low, (lo, hi), (s, e), t, at) else OTHER
            add(typ, s, e, t, max(key[2], 0), (lo, hi))
    # an undated event of a type that is also dated in this sentence is the same report
    dated_types = {ev.type for ev in events if ev.time is not None}
    return [ev for ev in events if ev.time is not None or ev.type not in dated_types]


def _paper_dates(
    text: str, low: str, dating: list[tuple[TimeExpression, int, int]]
) -> tuple[list[tuple[TimeExpression, int, int]], list[tuple[int, int, TimeExpression]]]:
    """``dating`` less the dates that name a paper or close a source credit
    (documents.py), and the ``(start, end, date)`` of each paper's noun with its date.

    A date listed after a paper's takes the same paper ("the memos of May 3, 2006 and
    June 9, 2008").
    """
    out: list[tuple[TimeExpression, int, int]] = []
    papers: list[tuple[int, int, TimeExpression]] = []
    last: tuple[int, tuple[int, int] | None] = (-1, None)
    for x in dating:
        t, ts, te = x
        if closes_credit(text, ts) or cites_symbol(text, ts):
            last = (-1, None)
            continue
        noun = paper_named(text, ts, te)
        if noun is None and last[1] is not None and is_listed_after(low, last[0], ts):
            noun = last[1]
        last = (te, noun)
        if noun is None:
            out.append(x)
        else:
            papers.append((noun[0], noun[1], t))
    return out, papers


# "as recently as 2012": the adverb of the comparative is no time of its own, the date is
_AS_BEFORE = re.compile(r"\bas\s+$")
_AS_AFTER = re.compile(r"\s+as\s")


def _comparative(low: str, ts: int, te: int) -> bool:
    return bool(_AS_BEFORE.search(low, max(0, ts - 4), ts) and _AS_AFTER.match(low, te))


# "a 3-fold increase compared to the number of airstrikes from last year", "three times the
# likelihood implied by the market this time last month", "fewer than in 2015": the date is
# the base a figure is measured against, no time of a happening (issue 16, fnc seed 241: two
# of 30 sampled events).  "than" only right before the date ("more than 100 people were
# killed in 2015" is a count); the other cues up to six words before it, in one clause;
# "at / by this time last year" is a time ("By this time last year, X had left").
_BASE_CUE = re.compile(
    r"(?:\b(?:compared\s+(?:to|with)|versus|vs\.|relative\s+to|as\s+against)\s+(?:[\w%$.'’-]+\s+){0,6}|\bthan\s+(?:(?:in|on|during|at|the|same|period|"
    r"month|year|quarter|of)\s+){0,4}|(?<!\bat\s)(?<!\bby\s)\bthis\s+time\s+)$"
)


# "it is going to be in the late 2040s, when it is launched", "the peak will come around
# 2030": the date is what a forecast names, no happening took place at it (issue 16, fnc
# seed 59: a psychic's forecast dated as a launch)
_FORECAST = re.compile(
    r"\b(?:will|['’]ll|shall|(?:is|are|am|['’]s|['’]re)\s+going\s+to|(?:is|are)\s+(?:expected|"
    r"predicted|forecast|projected|likely|set)\s+to)\s+(?:probably\s+|likely\s+)?(?:be|happen|come|"
    r"occur|arrive|peak|begin|start|end)\s+(?:(?:in|on|by|around|about|sometime|some\s+time|"
    r"until|before|after|within)\s+){0,2}(?:the\s+)?"
    # "in the late 2040s or early 2050s": the second of two dates
    r"(?:(?:[\w'’′-]+\s+){1,3}(?:or|and)\s+(?:the\s+)?(?:early\s+|mid-|late\s+)?)?$"
)


# "Between the Gulf War of 1991 and the fighting during 2003, ... were damaged": the two
# ends of a between-frame sit inside noun phrases, so the time pass sees two dates; the
# happening took the span (issue 16, fnc seeds 59 and 248: dated by its end alone)
_BETWEEN_OPEN = re.compile(
    r"\bbetween\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:of|in|during|on)\s+$", re.I
)
_BETWEEN_AND = re.compile(r"\s+and\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?(?:of|in|during|on)\s+")


def _between_frames(
    text: str, base: int, free: list[tuple[TimeExpression, int, int]]
) -> list[tuple[TimeExpression, int, int]]:
    """``free`` with each between-frame's two dates joined into one range: the expression
    runs from the first date to the second (its text is the document's), and is attached
    from the second date's place, where the end date alone was attached before."""
    out: list[tuple[TimeExpression, int, int]] = []
    for x in free:
        t, ts, te = x
        prev = out[-1] if out else None
        if (
            prev is not None
            and prev[0].value and t.value and prev[0].precision == t.precision
            and t.precision in ("year", "month", "day")
            and prev[0].value < t.value
            and _BETWEEN_OPEN.search(text, max(0, prev[1] - 60), prev[1])
            and _BETWEEN_AND.fullmatch(text, prev[2], ts)
        ):  # fmt: skip
            p = prev[0]
            span = dataclasses.replace(
                p, end=t.end, text=text[prev[1] : te], precision="range", end_value=t.value,
                mod=None, kind="absolute" if p.kind == t.kind == "absolute" else "relative",
            )  # fmt: skip
            out[-1] = (span, ts, te)  # attached where the span ends, as its end date was
            continue
        out.append(x)
    return out


def _comparison_base(low: str, ts: int) -> bool:
    return _BASE_CUE.search(low, max(0, ts - 90), ts) is not None


# a comma, then the reporter (at most six words), then the reporting verb: ", the monitor said"
_TRAILING_ATTRIBUTION = re.compile(r"\s*,\s*(?:[\w.'’-]+\s+){1,6}")
_RELATIVE_OPEN = re.compile(r",\s*(?:who|whom|whose|which|where|when)\b")
# a modal or a plan's verb: the words hold a verb group of their own, which find_verbs
# leaves out as no happening ("On March 20 the pumps will be tested, the board said")
_MODAL_GROUP = re.compile(
    r"\b(?:will|shall|would|(?:is|are|was|were)\s+(?:to|due\s+to|set\s+to|expected\s+to|"
    r"scheduled\s+to|going\s+to|about\s+to)|plans?\s+to|intends?\s+to)\s"
)


def _planned_before(low: str, t: TimeExpression, base: int, s: int) -> bool:
    """Date ``t`` comes before the reporting verb at ``s`` with a modal or a plan's verb
    between: "On March 20 the pumps will be tested, the board said", "In 2030 the plant will
    close, X said".  The date is the plan's; the saying has none (issue 16)."""
    te = t.end - base
    if te > s:
        return False
    m = _MODAL_GROUP.search(low, te, s)
    # "On Monday the mayor, who will retire next year, said ...": the modal of a relative
    # clause is the mayor's plan, the date still the saying's
    return m is not None and _RELATIVE_OPEN.search(low, te, m.start()) is None


def _is_statement(
    low: str, text: str, v: tuple[int, int], t: TimeExpression, base: int,
    verbs: list[tuple[int, int]],
) -> bool:  # fmt: skip
    """A reporting verb ``v`` that took date ``t`` is a dated statement: the date is its own.

    Reporting verbs only absorbed dates before issue 16, so their attachment was
    loose ("Renk asserted that ... the Charter of 1936", "said the leak began
    weeks earlier, perhaps in 2015"); a statement needs the date near the verb, with no
    "that", noun phrase of its own or other verb between.
    """
    s, e = v
    ts, te = t.start - base, t.end - base
    if t.value is None or _ahead(t) or _bounds(low, ts, te):
        return False
    if unreported_reason(low, s, e, "statement", text):
        return False
    lo, hi = (te, s) if ts < s else (e, ts)
    if any(lo <= a and b <= hi for a, b in verbs):
        return False
    named = premodifies(low, ts, te) and any(c.isdigit() for c in t.text)
    if ts > s and after_fronted_clause(low, 0, ts, te):
        return False  # "As the Post reported, in 2008 he dissented": the dissent's date
    if ts > s and (named or _in_reported_clause(low, e, ts, te, verbs)):
        return False  # "says a new 2018 outlook", "said talks earlier in 2012 framed it"
    if ts < s:  # "the June 30 draft stated", "April 18, 1775 ... he later explained"
        if _planned_before(low, t, base, s):
            return False
        if _TRAILING_ATTRIBUTION.fullmatch(low, te, s) and not opens_text(low[:ts], low, te):
            # "... linked to attacks as recently as 2012, the Daily Harvan said": the date
            # ends the reported words, the attribution after its comma has none of its own
            return False
        return not premodifies(low, ts, te) and not is_later(low, te, s)
    return reaches(text, low, v, ts)


# what may stand between a reporting verb and its own date: "told reporters on Monday",
# "said in a statement on Friday", "wrote on Twitter in May"
_SAYING_GAP = re.compile(
    r"\s*(?:to\s|reporters|journalists|the\s+press|in\s+(?:a|an|the|his|her|its|their)\s|"
    r"on\s+(?:twitter|television|tv|radio|facebook|the\s+air)\b)"
)
_GAP_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_COORDINATOR = frozenset({"and", "or", "but", "then", "nor"})


def _in_reported_clause(
    low: str, e: int, ts: int, te: int, verbs: list[tuple[int, int]]
) -> bool:  # fmt: skip
    """The date after the reporting verb ending at ``e`` is inside the reported clause.

    "The report said officials' talks of the crisis earlier in 2012 framed it as ...":
    three words or more between, then a finite verb after the date with no comma
    between: the date is the reported happening's (fnc seed 122, issue 16).
    """
    nxt = next((v for v in verbs if v[0] >= te), None)
    if nxt is None:
        return False
    if not _GAP_WORD.findall(low, te, nxt[0]) and "," not in low[te : nxt[0]]:
        return True  # "said 2015 was the deadliest year": the date is the reported subject
    if len(_GAP_WORD.findall(low, e, ts)) < 3 or _SAYING_GAP.match(low, e):
        return False
    # "condemned the ruling on Friday and imposed ...": a coordinated verb is the reporter's
    between = _GAP_WORD.findall(low, te, nxt[0])
    return (
        len(between) <= 3 and not _COORDINATOR.intersection(between) and "," not in low[te : nxt[0]]
    )


# "was to have received the payment on July 12": a plan told after its time, which the
# English "was to have + participle" says did not come about (fnc_seed37: the next paragraphs
# said the payment never arrived); no happening
_UNREALISED = re.compile(r"\b(?:was|were)\s+to\s+have\s+(?:been\s+)?[a-z'’-]+$")


# "claimed to have been attacked at a party in 1982", "is said to have met him in 2015": a
# perfect infinitive reports a past happening, which a date after it dates (issue 16, read
# with seed 281); a plain infinitive ("to meet him in 2015") is a plan and stays out
_PERFECT_INFINITIVE = re.compile(
    r"\bto\s+have\s+(?:been\s+)?(?:[a-z]+ly\s+)?[a-z][a-z-]*(?:ed|en|wn|ne|ht|ld|nt|ft|pt|ck|un|ung|ook|ew|et|id|ut)\b"
)


def _passes_time(text: str, low: str, s: int, e: int, times: Sequence[tuple[int, int]]) -> bool:
    """The verb group ``text[s:e]`` tells its subject, a date just before it, passing."""
    return _TIME_PASSING.search(low, s, e) is not None and any(
        b <= s
        and _TIME_SUBJECT_GAP.fullmatch(text, b, s) is not None
        and _TIME_SUBJECT_BEFORE.search(low, max(0, a - 12), a) is not None
        for a, b in times
    )


def _verbs(text: str, low: str, rel_times: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The finite verb groups of a sentence that may report a happening (:mod:`.predicates`)."""
    out: list[tuple[int, int]] = []
    for s, e in find_verbs(text, low):
        if any(a <= s < b for a, b in rel_times) or _in_url(text, s, e):
            continue
        if _passes_time(text, low, s, e, rel_times):
            continue
        if is_planned(low, s, e) or unreported_reason(low, s, e, OTHER, text) is not None:
            continue
        out.append((s, e))
    for m in _PERFECT_INFINITIVE.finditer(low):
        if not any(a <= m.start() < b for a, b in rel_times) and not _in_url(text, *m.span()):
            out.append(m.span())
    return sorted(out)


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
