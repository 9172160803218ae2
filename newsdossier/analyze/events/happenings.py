"""Which happening a date that no trigger took belongs to (issue 16).

The dates left over by :func:`.attach.assign_dates` go to the finite verbs of
their clause (:func:`.predicates.find_verbs`; a clause is the date's part of
the sentence, :class:`.clauses.Parts`, cut at ";", dashes and colons):

- a date that opens its clause (no verb before it, at most
  :data:`OPENING_WORDS` words: "In 2015, Velmora had ...", "The survey shows
  that in 2015, Velmora had ...") dates the first verb after it that is not
  inside a subordinate clause ("On May 3, 2011, weeks before X was to take
  office, he faced ...": "faced");
- a date followed by "when" dates the verb of the when-clause ("and now, in
  fact, on June 6, 2013 when the president was in the city");
- any other date dates the nearest verb before it, unless "that", a
  preposition with a noun phrase of its own ("since the victory of the
  revolution in 1979") or a purpose clause comes between, or the two are more
  than :data:`REACH_WORDS` words apart ("struck them off the register in 2012");
- with no verb before it that reaches it, "the <noun> of <date>" names the
  happening ("the operation of September 11, 2001", "until the events of 2014").

A date that names a thing ("the 2015 regional average", "her May 2014 memo")
is a trigger's or nothing: a verb of the clause is not its happening.  What
was measured: eval/time/README.md (issue 16 section).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ...model import TimeExpression
from ..time.lexicon import alternation, load_yaml
from .attach import QUANTIFIERS, opens_text
from .clauses import Parts
from .predicates import clause_span

__all__ = [
    "OPENING_WORDS",
    "REACH_WORDS",
    "after_fronted_clause",
    "attach_happenings",
    "is_later",
    "is_listed_after",
    "premodifies",
    "premodified_happening",
    "reaches",
]

#: most words before a date that still opens its clause ("The survey shows that in")
OPENING_WORDS = 6
#: most words between a verb and a later date that it still takes
REACH_WORDS = 12

_ATT = load_yaml("event_context.yml")["attachment"]
_NP_PREP = re.compile(rf"\b(?:{alternation(_ATT['np_prepositions'])})\s+\S")
_PURPOSE = re.compile(rf"\b(?:{alternation(_ATT['purpose'])})\b")
# "the 2015 deal", "the best 2017 average": a determiner, at most one word, the date
_PREMODIFIER = re.compile(
    r"\b(?:the|a|an|its|his|her|their|our|this|that|[\w-]+['’]s)\s+(?:(?P<adj>[a-z-]+)\s+)?$"
)
_PREPOSITIONS = frozenset({"in", "on", "at", "during", "around", "by", "since", "until", "of"})
_FRAME_PREP = re.compile(r"\b(?:in|during|throughout|by|until|since|through)\s+$")
_WORD_AFTER = re.compile(r"\s+[“\"‘']?[^\W\d_]")
# "Today's Rome", "Tuesday’s rallies": a date in the possessive names a thing
_POSSESSIVE = re.compile(r"['’′]s\b")
_NOUN_AFTER = re.compile(
    r"\s+(?!(?:and|or|but|to|in|on|at|of|for|when|while|as|with|by|from|that|which|the|a|an)\b)[a-z]"
)
_WHEN_AFTER = re.compile(r",?\s*(?:…\s*)?when\s")
# "that" as a complementizer or relative: the date is in the clause it opens
_THAT = re.compile(r"(?<!\bof )(?<!\bin )(?<!\bat )(?<!\bon )\bthat\b")
# "higher in November from the same month in 2016", "up from 2.1% in 2015": a date to
# compare with is no time of the happening
_COMPARED = re.compile(
    # ("occurred during the same period in 2012": a time, no base to compare with; seed 343)
    r"\b(?:compared\s+(?:to|with)|than|versus|vs\.?|(?<!during\sthe\s)(?<!\bin\sthe\s)"
    r"same\s+(?:month|period|quarter|week|day|time)|up\s+from|down\s+from|from\s+a\s+year)\b"
)
# "says Hollywood wants her to run for president in 2020", "says they may lose their rating
# by 2013": the date is the infinitive's or the modal's (matched as written: "to Iraq" is
# a place, "to the camp" a destination, "to him" a person: "a letter sent to him by X on
# July 28, 2016")
_INFINITIVE = re.compile(
    r"\bto\s+(?!(?:the|a|an|its|his|her|their|our|this|that|these|those|my|your|him|them|us|me|"
    r"you|it|whom|all|every|each|both|some|many|several|most|any|no)\b)[a-z]+\b"
)
_MOTION = re.compile(r"\b(?:went|came|travell?ed|flew|returned|drove|rushed|headed|arrived)$")
_MODAL = re.compile(r"\b(?:will|would|could|should|may|might|must|shall|can|cannot)\b")
# "as directed by PPD-8 of March 30, 2011", "the Constitution of 1936": the date is the
# noun's before "of", not the verb's
_OF_DATE = re.compile(r"\bof\s+$")
# "the base year is 2016": the date is the predicate noun
# "the base year is 2016", "like it was in 2006 and 2007": the date is the predicate
_COPULA_DATE = re.compile(
    r"(?:is|are|was|were|be|been)\s+(?:(?:in|on|at|during)\s+)?(?:[\w.,’' ]{1,25}\s+(?:and|or)\s+)?$"
)
# "when we all remember the protest and what they were about": a new clause
_CLAUSE_WORD = re.compile(r",|\b(?:and|but|that|what|which|who|where|how|why)\b")
_UNTIL_END = re.compile(r"\b(?:until|till)\s+(?:the\s+)?$")
_SUBORDINATOR = re.compile(
    r"\b(?:when|while|whilst|before|after|as|since|because|although|though|if|unless|until|"
    r"whereas|once)\b"
)
# "The survey shows that in 2015, Velmora had ...", "... when in mid-April, while chairing a
# debate, he suffered a stroke": "that" and a subordinator open a clause, but so does the
# relative "that" of "the startups that IPO'ed in 2015 are seeing": only a date fronted by
# a comma after such a word opens it
_THAT_OPENER = re.compile(
    r".*\b(?:that|when|while|whilst|as|because|although|though|if|once|whereas)\s", re.DOTALL
)
_COMMA_AFTER = re.compile(r"\s*,")
_COMMA_FRAME = re.compile(r",\s*(?:in|on|during|around|by\s+the\s+end\s+of)\s*$")
# "as recently as 2012", "as early as May": the comparative "as ... as" before a date is
# neither a subordinator nor a clause of its own ("linked to attacks as recently as 2012,
# the monitor said" dated the saying; "shelled the port as recently as 2016" nothing)
_AS_AS = re.compile(r"\bas\s+(?:[a-z-]+\s+){0,2}as\s*$")
# a relative pronoun, a complementizer, a subordinator or a coordinator, then the date's
# preposition: the date opens the clause the word starts ("who in 1991 accused")
_CLAUSE_OPENER = re.compile(
    r"\b(?:who|which|that|when|whereas|because|although|though|as|and|but)\s+"
    r"(?:(?:back|early|late|later|again|then|also|already|only|even)\s+)?"
    r"(?:(?:in|on|during|at|around)\s+)?$"
)
# no comma: "Lord Renk, born June 1 1934, died June 12 2016" (the date is the aside's)
_ADJACENT = re.compile(r"\s+(?:[a-z]+ly\s+|also\s+|then\s+)?")
#: "the financial crisis of 2008 has led to ...": a date after "of" is its noun's, never
#: an adverbial of the verb after it (a reader of seed 1007 judged the verb's row wrong)
_OF_BEFORE = re.compile(r"\bof\s+$")
_RELATIVE_BEFORE = re.compile(r"\b(?:which|who)\b(?:\s*,[^,]{1,40},)?\s*$")
_BOUND_HEAD = re.compile(r"\s*(?:from|since|until|till|after|before|following|prior\s+to)\b")
# "April 18, 1775 ... and he later explained": the verb is after the date, not at it
_LATER = re.compile(r"\b(?:later|afterwards|afterward|subsequently|eventually|since)\b")
_WORD = re.compile(r"[^\W\d_][\w'’-]+")
# a noun phrase: a determiner, up to two modifiers, the noun ("the staged border operation of")
_NOUN_OF = re.compile(
    r"\b(?:the|a|an|his|her|its|their|our|my|your|this|that|[\w-]+['’]s)\s+"
    r"(?:(?!(?:for|to|in|on|at|by|with|from|of)\b)[\w-]+\s+){0,2}?"
    r"(?P<noun>[a-z][a-z-]{2,})\s+(?:of|on)\s+$"
)
# "the memos of December 6, 2006 and May 25, 2008": a date listed after another shares
# its happening
_LISTED = re.compile(
    r",?\s*(?:and|or|,)\s+"
    # "by the EU in 2009 and by the U.S. in 2012": the same happening for another party
    r"(?:(?:by|for|from|against|with)\s+(?:the\s+)?[\w.'’-]+(?:\s+[\w.'’-]+)?\s+)?"
    r"(?:on\s+|in\s+)?"
)
# "the instruction (1961)", "the Vienna Convention (1961)", "the war (1980-88)": a date
# alone in parentheses dates the noun before it
_PAREN_BEFORE = re.compile(r"(?P<noun>[^\W\d_][\w'’-]*)\s*\($")
# "the Harvan law on racism (1972)", "the Treaty of Vellorn (1957)": the date in parentheses
# is the head noun's, before its bare complement (issue 16, fnc seed 59: "racism" dated
# 1972); a complement with its own determiner is a noun phrase of its own ("the abandonment
# of the strict rule (1961)": the rule's)
_HEAD_OF = re.compile(
    r"(?:\b(?:the|a|an|its|his|her|their|this|that)|[\w-]+['’]s)\s+(?:[\w'’-]+\s+){0,2}?"
    r"(?P<head>[^\W\d_][\w'’-]+)\s+"
    r"(?:of|on|against|for|to|with)\s+(?!(?:the|a|an|his|her|its|their)\s)(?:[\w'’-]+\s+)?$",
    re.IGNORECASE,
)
# a determiner opening the noun phrase, at most two words before its noun
_DETERMINED = re.compile(r"\b(?:the|a|an|its|his|her|their|our|this|that)\s+(?:\S+\s+){0,2}$", re.I)
# "the night of June 6", "the end of 2011": a time, not a happening
_TIME_NOUNS = frozenset(str(w) for w in load_yaml("predicates.yml")["time_nouns"])
# "from their peak of March 2008": a level, no happening
_LEVEL_NOUNS = frozenset(str(w) for w in load_yaml("predicates.yml")["level_nouns"])

# "since the Vellorn Revolution in 1979", "the downfall of the regime in late 1980",
# "the most recent outbreak was in May 2017": a noun that names a happening, in the noun
# phrase right before the date (at most a complement of 50 characters between)
_EVENT_NOUNS = frozenset(str(w) for w in load_yaml("predicates.yml")["event_nouns"])
_EVENT_WORDS = alternation(sorted(_EVENT_NOUNS))
_EVENT_NOUN_BEFORE = re.compile(
    rf"\b(?P<noun>{_EVENT_WORDS})\b(?:\s+(?-i:[A-Z])[\w'’-]*){{0,3}}(?:\s+(?:of|against|by|on|in|between|over|with|at|from|"
    r"to|into|across|as)\s+(?:(?!\b(?:since|after|before|following|until|till|prior|ahead|when|"
    r"while|and|but|that|which|who)\b)[^,;:()\"“”]){0,50}?)?\s+(?:in|of|during|on)\s+$",
    re.IGNORECASE,
)
# "started with the taking of the port's pilots in 1983", "the killing of X on May 3": a
# gerund as a noun names a happening (issue 16, recall_probe seed 342); not a time ("the
# beginning of", "the morning of")
_NOMINAL_GERUND = re.compile(
    r"\b(?:the|its|his|her|their)\s+(?P<noun>(?!(?:beginning|morning|evening|ending|meaning|"
    r"spring|building|wording|thing|spelling)\b)[a-z]{3,}ing)\s+of\s+"
    r"(?:(?!\b(?:since|after|before|following|until|till|when|while|and|but|that|which|who)\b)"
    r"[^,;:()\"“”]){1,50}?\s+(?:in|on|during)\s+$",
    re.IGNORECASE,
)
_EVENT_SUBJECT = re.compile(rf"\b(?P<noun>{_EVENT_WORDS})\s+$")
# "the 2016 presidential election", "a 1953 coup": at most two words, then the noun
# ("during the 1971-1979 Vellorn–Kessa war": an en dash joins the two parties' names)
_DATED_WORDS = alternation(
    sorted(_EVENT_NOUNS | {str(w) for w in load_yaml("predicates.yml")["dated_nouns"]})
)
_EVENT_NOUN_AFTER = re.compile(rf"(?:['’′]s)?\s+(?:[a-z–-]+\s+){{0,2}}?(?P<noun>{_DATED_WORDS})\b")

_SCHEDULED = re.compile(
    r"\b(?:set|scheduled|due|slated|planned|expected|awaiting)\s+(?:for|to)?\s*(?:(?:a|an|the)\s+)?$",
    re.IGNORECASE,
)

# "... and the rise of": a coordinated noun phrase with a complement of its own
_CONJUNCT_OF = re.compile(
    rf"\band\s+(?:the|a|an|its|his|her|their)\s+(?!{QUANTIFIERS}\b)"
    r"(?P<noun>[a-z][a-z-]{2,})\s+of\s"
)
# ... after a preposition's object ("for the depot bombing and the growth of"): a verb's
# objects ("built the dam and the port of Harvan in 2004") leave the date to the verb
_PREP_OBJECT = re.compile(
    r"\b(?:for|behind|about|over|against|with|to|from|by|into|of|on)\s+"
    r"(?:the|a|an|its|his|her|their)\s+(?:\S+\s+){1,3}$"
)

Verb = tuple[int, int]


def is_listed_after(low: str, end: int, start: int) -> bool:
    """The date at ``start`` is listed right after one ending at ``end`` ("in 2009 and 2012")."""
    return 0 <= end <= start and _LISTED.fullmatch(low, end, start) is not None


def premodifies(low: str, ts: int, te: int) -> bool:
    """The date at ``low[ts:te]`` names a thing: "the 2015 deal", "Tuesday's rally"."""
    before = low[max(0, ts - 30) : ts]
    # unlike a trigger's ("captured in the 1967 war"), "in the 2015 Action Plan" is no
    # happening of the verb before: the noun is no event, or a trigger would have taken it
    if _POSSESSIVE.match(low, te):
        return True
    # "20th century diplomacy", "1960s music": a decade or a century before a noun
    decade_or_century = low[te - 1 : te] == "s" or low.endswith("century", ts, te)
    # ... not after a frame's preposition: "claimed that in the early 1980s Renk and Holm
    # spiked ..." (issue 16, read with seed 281)
    framed = _FRAME_PREP.search(before) is not None
    if decade_or_century and not framed and _NOUN_AFTER.match(low, te):
        return True
    m = _PREMODIFIER.search(before)
    if m is None or (m["adj"] and (m["adj"] in _TIME_NOUNS or m["adj"] in _PREPOSITIONS)):
        # "in the year 2015 they ...": a time; "claimed that in 1982 the two ...": "that"
        # opens a clause, the date is no modifier of a noun after it
        return False
    return bool(_WORD_AFTER.match(low, te))


def after_fronted_clause(low: str, lo: int, ts: int, te: int) -> bool:
    """The date at ``low[ts:te]`` opens the main clause after a fronted subordinate one
    ("As the Post reported, in 2008 he dissented"); ``lo`` is the clause's start."""
    return bool(_FRONTED_SUBORDINATE.match(low, lo, ts)) and not _COMMA_AFTER.match(low, te)


def premodified_happening(low: str, ts: int, te: int) -> Verb | None:
    """The noun naming a happening that the date at ``low[ts:te]`` premodifies ("the 2016
    election", "the March 3, 2015 testimony"), or ``None``."""
    if not premodifies(low, ts, te):
        return None
    noun = _EVENT_NOUN_AFTER.match(low, te)
    return None if noun is None else noun.span("noun")


def _head(low: str, lo: int, ts: int, spans: Sequence[tuple[int, int]]) -> str:
    """The clause's words before the date, other time expressions left out."""
    out, at = [], lo
    for a, b in sorted(spans):
        if b <= at or a >= ts:
            continue
        out.append(low[at:a])
        at = b
    out.append(low[at:ts])
    return " ".join(out)


def _opens(head: str, low: str, te: int) -> bool:
    head = _AS_AS.sub("", head)
    if _BOUND_HEAD.match(head):
        return False  # "From a record high in Nov 2017, the index has collapsed"
    if _COMMA_FRAME.search(head) and _COMMA_AFTER.match(low, te):
        return True  # "Based on the bank's reports, in 2009, Velmora ranked 21st"
    if (m := _THAT_OPENER.match(head)) is not None:
        rest = head[m.end() :]
        return len(_WORD.findall(rest)) <= 2 and bool(_COMMA_AFTER.match(low, te))
    return opens_text(head, low, te)


def is_later(low: str, te: int, vs: int) -> bool:
    """ "later", "afterwards" between a date and a verb after it: the verb is not at the date."""
    return _LATER.search(low, te, vs) is not None


def _in_when_clause(low: str, start: int, verb_start: int) -> bool:
    gap = low[start:verb_start]
    return len(_WORD.findall(gap)) <= REACH_WORDS and not _CLAUSE_WORD.search(gap)


def _outside_subordinate(low: str, te: int, v: Verb) -> bool:
    """``v`` is not inside a subordinate clause that starts between the date and it."""
    if _LATER.search(low, te, v[0]):
        return False
    if _RELATIVE_BEFORE.search(low, te, v[0]):
        return False  # "... in the world which, in its day, replaced Rome": a relative clause
    subs = list(_SUBORDINATOR.finditer(low, te, v[0]))
    return not subs or "," in low[subs[-1].end() : v[0]]


def reaches(text: str, low: str, v: Verb, ts: int) -> bool:
    """The verb ``v`` may take the date at ``ts`` after it (see the module docstring).

    ``text`` is the sentence as written, ``low`` the same lower-cased.
    """
    gap = low[v[1] : ts]
    # "was port commissioner until May 2004": "until" right before the date is its
    # preposition (extract.py lets only a past state's end through), not a clause
    gap_core = _AS_AS.sub("", _UNTIL_END.sub("", gap))
    # "served as Chair of the committee from 1991 to 1996", "used him as an informant back in
    # 2006", "appeared before the committee in May 2014": "as" before a role and "before"
    # an audience are prepositions, no clause of their own (issue 16, recall_probe seeds
    # 341-342: three dated happenings left undated)
    if not _BARE_COPULA.fullmatch(low, v[0], v[1]):
        # ... not after a bare copula: "one of them was as a <title> written a year ago"
        # names what it was, the participle after it is the happening (seed 344)
        gap_core = _AS_ROLE.sub(" ", gap_core, 1)
    gap_core = _AUDIENCE.sub(" ", gap_core)
    np_gap = _AUDIENCE.sub(" ", gap)
    infinitive = _INFINITIVE.search(text, v[1], ts)
    if (
        infinitive is not None
        and infinitive.start() == v[1] + 1
        and _MOTION.search(low, v[0], v[1])
    ):
        # "went to see Vell in 2013", "travelled to meet him in May": the trip and its purpose
        # share the date (issue 16, unseen pages, seed 283)
        infinitive = _INFINITIVE.search(text, infinitive.end(), ts)
    # "left the 2011 pact, officially known as the Harvan Accord (HA), in 2016": an aside
    # closed by a comma right before the date is no distance (issue 16, recall_probe seed 342)
    aside = _ASIDE_BEFORE_DATE.search(gap)
    counted = gap if aside is None else gap[: aside.start()] + gap[aside.end("aside") :]
    # "who began the long crusade to close the port, back in 2003": "back in" after a comma
    # looks back to the clause's deed, past an infinitive of its object (seed 341)
    back = _BACK_IN.search(gap) is not None
    reach = REACH_WORDS + (8 if back else 0)
    if _QUOTE_BEFORE.search(text, max(0, v[0] - 4), v[0]) and (
        _INVERTED_SUBJECT_APPOSITION.fullmatch(text, v[1], ts)
    ):
        # "'We set the price,' bragged Ivo Renk, head of the firm's trading in 2006":
        # the date is the apposition's post, no time of the verb (fnc seeds 248 and 347)
        return False
    return (
        (infinitive is None or back)
        and not _MODAL.search(gap)
        and len(_WORD.findall(counted)) <= reach
        and not _THAT.search(gap)
        and not _NP_PREP.search(np_gap)
        and not _PURPOSE.search(gap)
        and not _COMPARED.search(gap)
        and not _OF_DATE.search(gap)
        and not _SUBORDINATOR.search(gap_core)
    )


_ASIDE_BEFORE_DATE = re.compile(
    r"(?P<aside>,[^,;:()]{1,80}(?:\([^()]{1,20}\))?),\s*(?:back\s+)?(?:in|on|during|around)\s+$"
)
_BORN = re.compile(r"\b(?P<born>born)\s+(?:in\s+|on\s+)?$")
_BARE_COPULA = re.compile(r"(?:is|are|was|were|be|been)")
# after a quotation: the verb, the name of its subject after it, then an apposition that
# holds the date ("visited Kessa, the capital of X in 2015" keeps its date)
_QUOTE_BEFORE = re.compile(r"[,.!?][’'\"”]\s*$")
_INVERTED_SUBJECT_APPOSITION = re.compile(
    r"\s+(?:[A-Z][\w.'’-]*\s+){0,3}[A-Z][\w.'’-]*,\s+(?:the\s+|a\s+|an\s+|then[\s-]+)?"
    r"[a-z][^,;:()]{0,80}?\s+(?:in|on|during|since|from)\s+"
)
_BACK_IN = re.compile(r",\s*back\s+in\s+$")
# "as a senior aide", "as Chair of": "as" before a noun phrase, not a subject pronoun ("as
# he left"): no finite verb stands between it and the date (the verb before the date is the
# nearest), so its noun phrase is a role, not a clause
_AS_ROLE = re.compile(
    r"\bas\s+(?!(?:he|she|it|they|we|i|you|this|these|those|there|if|of|well|soon|long|much|"
    r"many|far|such|to|though|usual|expected|reported|planned)\b)(?=[a-z])"
)
_AUDIENCES = alternation(sorted(str(w) for w in load_yaml("predicates.yml")["audience_nouns"]))
_AUDIENCE = re.compile(
    rf"\bbefore\s+(?:(?:the|a|an|his|her|its|their)\s+)?(?:[\w.'’-]+\s+){{0,3}}?(?:{_AUDIENCES})\b"
)

_COLON_AFTER = re.compile(r"\s*:\s")
_DASH_AFTER = re.compile(r",?\s*(?:[–—]+|\s-{1,2})\s")
_DASH = re.compile(r"\s(?:[–—]+|-{1,2})\s|[–—]")
# ... only a frame with its preposition: "Harva: Monday 5 March 2018: <company> is
# pleased to ..." is a dateline (recall_probe seed 344)
_COLON_FRAME_PREP = re.compile(r"\b(?:in|on|during)\s+(?:(?:early|mid|late)[\s-]+)?$")
_FRONTED_SUBORDINATE = re.compile(
    r"\W*(?:as|when|while|whilst|although|though|because|if|once)\b[^,;:()]{1,80},\s*"
    r"(?:(?:back|early|late|then)\s+)?(?:in|on|during|at|around)\s+$"
)
# "since 1976, when ...", "until January 2009, when ...": a bound right before the date
_BOUND_BEFORE = re.compile(r"\b(?:since|until|till|to)\s+(?:the\s+)?$")
# "Since taking office in March 2013, X has presided", "after leaving the party in 2015",
# "While texting with an informant in September 2016, a man ...": the gerund is a happening
# at the date (issue 16, recall_probe seeds 341-342: "took office" is what a reader puts on
# the timeline); no clause, quotation or coordination between it and the date
_GERUND_BEFORE = re.compile(
    r"\b(?:since|after|before|upon|on|while|when|following|despite)\s+"
    # "Despite Renk signing an order on Feb. 3, 2014": the gerund's subject between
    r"(?:(?!(?:a|an|and|or|but|that|which|who|when|while)\b)[\w.'’-]+\s+){0,3}?"
    r"(?P<g>(?!(?:thing|something|nothing|anything|everything|morning|evening|king|spring|string|"
    r"ring|wing|ceiling|during|according|including|regarding|concerning|pending)\b)[a-z]{2,}ing)\b"
    r"(?:(?:(?!\b(?:and|or|but|that|which|who|when|while)\b)[^,;:()\"“”]){0,60}?)?"
    r"\s+(?:(?:back\s+)?in|on|at|during|around)\s+$"
)

# "its third close flyby of the planet on Dec. 11": the head before "of" is the happening
_HEAD_BEFORE_OF = re.compile(r"\b(?P<head>[a-z][a-z-]{2,})\s+of\s+(?:the|a|an|its|their)\s+$")


def _noun_of(text: str, low: str, lo: int, ts: int) -> Verb | None:
    m = _NOUN_OF.search(low, max(lo, ts - 60), ts)
    if m is None or m["noun"] in _TIME_NOUNS or m["noun"] in _LEVEL_NOUNS:
        return None
    if not text[m.start("noun")].islower():
        return None
    if low[m.end("noun") :].lstrip().startswith("on"):
        # "the <noun> on <date>": a plural ("a memo to all its employees on Monday", "the
        # Ohio Valley states on Saturday") names people or places, not a happening (issue
        # 16, fnc seeds 243-244); the object of an "of" names no happening either
        noun = m["noun"]
        if noun.endswith("s") and not noun.endswith(("ss", "us", "is")):
            return None
        head = _HEAD_BEFORE_OF.search(low, max(lo, m.start("noun") - 40), m.start("noun"))
        if head is not None:
            if head["head"] in _TIME_NOUNS or head["head"] in _LEVEL_NOUNS:
                return None
            return head.start("head"), head.end("head")
    return m.start("noun"), m.end("noun")


def _attach_one(
    text: str, low: str, verbs: Sequence[Verb], t: tuple[int, int], clause: tuple[int, int],
    spans: Sequence[tuple[int, int]],
) -> Verb | None:  # fmt: skip
    ts, te = t
    lo, hi = clause
    before = [v for v in verbs if lo <= v[0] and v[1] <= ts]
    after = [v for v in verbs if te <= v[0] and v[1] <= hi]
    if after_fronted_clause(low, lo, ts, te):
        # "As the Harvan Post points out, in 2008 he dissented from ...": the fronted clause
        # ends at its comma, the date opens the main clause (issue 16, recall_probe seed 342)
        first = next((v for v in after if _outside_subordinate(low, te, v)), None)
        if first is not None and len(_WORD.findall(low, te, first[0])) <= OPENING_WORDS:
            return first
    if not before and _opens(_head(low, lo, ts, spans), low, te):
        first = next((v for v in after if _outside_subordinate(low, te, v)), None)
        if first is not None or _WHEN_AFTER.match(low, te) is None:
            return first
        # "This is the ninth outbreak since 1976, when the virus was first identified": no
        # main verb after; the when-clause below names the happening (issue 16, seed 284)
    if (
        not before
        and after
        and _ADJACENT.fullmatch(low, te, after[0][0])
        and not _NP_PREP.search(low, lo, ts)  # "following the end of X in 1991 was ..."
        and _OF_BEFORE.search(low, max(lo, ts - 4), ts) is None
    ):
        # "The Harvan institute on 10 December 2018 released its report": the date stands
        # between the subject and its verb (issue 16, read with seed 281)
        return after[0]
    if _CLAUSE_OPENER.search(low, max(lo, ts - 40), ts):
        # "Anita Vell, who in 1991 accused ...", "claimed that in the early 1980s the two
        # spiked ...", "but in 2012 the group was delisted": the date opens the clause that
        # the word before it starts, and is its verb's (issue 16, read with seed 281)
        first = next((v for v in after if _outside_subordinate(low, te, v)), None)
        if first is not None and len(_WORD.findall(low, te, first[0])) <= REACH_WORDS:
            return first
    when = _WHEN_AFTER.match(low, te)
    # "charges were brought at the end of 2000, when X was port commissioner": the verb
    # before owns the date, the when-clause after a comma only says what else held then;
    # with no comma ("on June 6, 2013 when the president was in the city") the when-clause's
    # own verb is the happening, near and with no other clause opened before it
    if when is not None and "," not in when.group():
        w = next((v for v in after if v[0] >= when.end()), None)
        if w is not None and _in_when_clause(low, when.end(), w[0]):
            return w
    # "were behind the raids and the rise of the Blue League in the 20th century": the last
    # coordinated noun phrase, with its own complement, is what the date is of
    conjuncts = list(_CONJUNCT_OF.finditer(low, before[-1][1] if before else lo, ts))
    conj = conjuncts[-1] if conjuncts else None
    if (
        conj is not None
        and "between" not in low[max(lo, conj.start() - 50) : conj.start()]
        and len(_WORD.findall(low, conj.end(), ts)) <= 6
        and _PREP_OBJECT.search(low, max(lo, conj.start() - 50), conj.start())
        and conj["noun"] not in _TIME_NOUNS
        and not _CLAUSE_WORD.search(low, conj.end(), ts)
    ):
        return conj.start("noun"), conj.end("noun")
    if when is not None and "," in when.group() and _BOUND_BEFORE.search(low, max(lo, ts - 12), ts):
        # "designated X a terrorist group until May 2011, when a court struck it
        # off": the bound's happening is the when-clause's (issue 16, recall_probe seed 342)
        w = next((v for v in after if v[0] >= when.end()), None)
        if w is not None and _in_when_clause(low, when.end(), w[0]):
            return w
    if before:
        v = before[-1]
        # "the fix was in as early as May 2016": a state, as "was in May 2016" is
        if _COPULA_DATE.fullmatch(_AS_AS.sub("", low[v[0] : ts])) is not None:
            # ... but "the most recent outbreak was in May 2017" dates the outbreak
            subject = _EVENT_SUBJECT.search(low, max(lo, v[0] - 30), v[0])
            return None if subject is None else subject.span("noun")
        if reaches(text, low, v, ts):
            return v
    if when is not None and "," in when.group():
        w = next((v for v in after if v[0] >= when.end()), None)
        if w is not None and _in_when_clause(low, when.end(), w[0]):
            return w
    # "went well until the events of 2014": the noun the date belongs to
    return (
        _noun_of(text, low, lo, ts)
        or _event_noun(text, verbs, (lo, ts))
        or _gerund(low, verbs, (lo, ts))
    )


def _gerund(low: str, verbs: Sequence[Verb], span: tuple[int, int]) -> Verb | None:
    """The gerund after a bound or a subordinator that a date no verb took dates ("Since
    taking office in March 2013, X has ...", "after leaving the party in 2015"), with no
    verb between them; ``span`` is (clause start, date start)."""
    lo, ts = span
    m = _GERUND_BEFORE.search(low, max(lo, ts - 90), ts)
    if m is None or any(m.end("g") <= v[0] < ts for v in verbs):
        return None
    return m.span("g")


def _event_noun(text: str, verbs: Sequence[Verb], span: tuple[int, int]) -> Verb | None:
    """The noun naming a happening right before a date no verb took ("since the Islamic
    Revolution in 1979"), with no verb between them; ``span`` is (clause start, date start)."""
    lo, ts = span
    m = _EVENT_NOUN_BEFORE.search(text, max(lo, ts - 90), ts) or _NOMINAL_GERUND.search(
        text, max(lo, ts - 90), ts
    )
    if m is None or any(m.end("noun") <= v[0] < ts for v in verbs):
        return None
    if _SCHEDULED.search(text, max(lo, m.start() - 40), m.start("noun")):
        return None  # "defendants set for trial on March 5": a plan, no happening yet
    return m.start("noun"), m.end("noun")


def attach_happenings(
    text: str,
    low: str,
    verbs: Sequence[Verb],
    free: Sequence[tuple[TimeExpression, int, int]],
    parts: Parts,
    spans: Sequence[tuple[int, int]],
    named: frozenset[int] = frozenset(),
) -> list[tuple[int, int, TimeExpression]]:
    """``(start, end, date)`` of each happening the ``free`` dates belong to.

    ``text`` is the sentence, ``low`` the same lower-cased; ``verbs`` its finite
    verb groups; ``free`` the dates no trigger took (expression, start, end);
    ``spans`` every time expression of the sentence; ``named`` the end offsets of
    the person names in it.  All offsets are relative to the sentence.  A verb may
    take several dates ("In 2014 and 2015, ..."); a date listed after another takes
    the other's happening ("the memos of December 6, 2006 and May 25, 2008").
    """
    out: list[tuple[int, int, TimeExpression]] = []
    n = len(text)
    last: tuple[int, Verb | None] = (-1, None)  # end of the previous date, its happening
    for t, ts, te in free:
        if premodifies(low, ts, te):
            # "the 2016 presidential election", "a 1953 coup": the noun names a happening
            noun = _EVENT_NOUN_AFTER.match(low, te)
            if noun is not None:
                out.append((noun.start("noun"), noun.end("noun"), t))
            continue
        if last[1] is not None and _LISTED.fullmatch(low, last[0], ts):
            got: Verb | None = last[1]
        elif (born := _BORN.search(low, max(0, ts - 12), ts)) is not None:
            # "Lord Renk of Harva, born March 3 1931, died May 9 2011": the birth is a
            # happening of its own, at its date (seed 343)
            got = born.span("born")
        elif (paren := _in_parentheses(text, ts, te, named)) is not None:
            got = paren
        else:
            part = (parts.start(ts), parts.end(ts, n))
            clause = clause_span(text, ts, te, part)
            key = parts.key(ts)
            mine = [v for v in verbs if parts.key(v[0]) == key]
            if _BACK_IN.search(low, max(0, ts - 12), ts) and not any(v[1] <= ts for v in mine):
                # "the man who began the crusade ..., back in 2003": the comma closed the
                # relative clause whose deed "back in" looks back to
                mine = list(verbs)
                clause = (0, clause[1])
            if (
                _COLON_AFTER.match(text, te)
                and _COLON_FRAME_PREP.search(low, max(0, ts - 12), ts)
                and _opens(_head(low, clause[0], ts, spans), low, te)
            ):
                # "In March 2014: output fell by 3,100": a date heading its clause
                # with a colon frames the clause after the colon (issue 16, seed 341)
                clause = (clause[0], clause_span(text, te + 1, te + 1, part)[1])
            t_end = te
            dash = _DASH_AFTER.match(text, te)
            if dash is not None and _opens(_head(low, clause[0], ts, spans), low, te):
                # "In 1994 – at a time when X was ... – Renk founded the league": the frame's
                # clause is after the aside's closing dash (issue 16, recall_probe seed 343)
                close = _DASH.search(text, dash.end(), min(len(text), dash.end() + 250))
                if close is not None:
                    clause = (clause[0], clause_span(text, close.end(), close.end(), part)[1])
                    mine = [v for v in mine if not dash.end() <= v[0] < close.end()]
                    t_end = close.end()  # the aside is skipped as if the date ended there
            got = _attach_one(text, low, mine, (ts, t_end), clause, spans)
        last = (te, got)
        if got is not None:
            out.append((got[0], got[1], t))
    return out


def _in_parentheses(text: str, ts: int, te: int, named: frozenset[int]) -> Verb | None:
    """The noun a date alone in parentheses follows ("the instruction (1961)"), or ``None``.

    Not after a person's name ("Jan Holm (2013) states": a citation; "Ivo Renk (1981-1989)":
    a life or a term), whose end offsets are ``named``.
    """
    if not text.startswith(")", te):
        return None
    m = _PAREN_BEFORE.search(text, max(0, ts - 40), ts)
    if m is None or m.end("noun") in named:
        return None
    # "by the end of the current calendar year (March 20, 2020)": the date glosses a time,
    # it names no happening (issue 16, read in tehrantimes-mek)
    if m["noun"].lower() in _TIME_NOUNS:
        return None
    # "the Vienna Convention (1961)" names a happening; a capitalised word with no
    # determiner is a heading's ("Revenue by Region (2017-2022)" in a report's table of
    # contents, read in fakenewscorpus-sample)
    head = _HEAD_OF.search(text, max(0, m.start("noun") - 60), m.start("noun"))
    if (
        text[m.start("noun")].isupper()
        and head is None
        and not _DETERMINED.search(text, max(0, m.start() - 40), m.start("noun"))
    ):
        return None
    if head is not None and head["head"].lower() not in _TIME_NOUNS:
        return head.start("head"), head.end("head")
    return m.start("noun"), m.end("noun")
