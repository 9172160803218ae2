"""Dated happenings with no event word: the finite verb a date belongs to (issue 16).

``events.yml`` lists the event types a dossier sorts by, but most dated
happenings of an article use none of its words ("In 2015, Velmora had just 3.1
clinics per 1,000 people", "until Renk took office in 2011", "She knew from at
least May 2, 2014 that ...").  A date that no trigger takes is offered to the
finite verbs of its sentence, with the same attachment rules as triggers
(:func:`.attach.assign_dates`: its own part of the sentence, after the verb
unless a noun phrase of its own comes between, before it only when the date
opens its part); the verb that takes it is an event of type ``other``.

No parser runs (ENVIRONMENT.md: it would double the spaCy cost), so a finite
verb is a word of ``data/time/predicates.yml`` (forms of be/have/do, irregular
past forms) or a lower-case "-ed" word, unless a determiner makes it an
adjective ("the alleged attack", "a badly damaged car") or "to" an infinitive.
No verb, no event: the date of a dateline, a signature ("Vellorn, August 22,
2018"), a citation or a list dates nothing.  A verb under a modal, a condition
or a plan ("will have ... by 2030", "Renk was to assume office") reports no
happening (:func:`.context.unreported_reason`, plus "was to <verb>").
"""

from __future__ import annotations

import re

from ..time.lexicon import load_yaml

__all__ = ["clause_span", "find_verbs", "is_dateline", "is_planned", "is_reporting_finite"]

_DATA = load_yaml("predicates.yml")
_AUX = frozenset(str(w).replace("'", "’") for w in _DATA["auxiliaries"]) | frozenset(
    str(w) for w in _DATA["auxiliaries"]
)
_IRREGULAR = frozenset(str(w) for w in _DATA["irregular_past"])
_NOT_VERBS = frozenset(str(w) for w in _DATA["not_verbs"])
_DETS = frozenset(str(w) for w in _DATA["determiners"])
_PLANNED_BE = frozenset(str(w) for w in _DATA["planned_be"])
#: present-tense forms that alone are a state, not a happening
_PRESENT = frozenset(
    {"is", "are", "has", "have", "do", "does", "am", "isn't", "aren't", "hasn't", "haven't",
     "don't", "doesn't", "isn’t", "aren’t", "hasn’t", "haven’t", "don’t", "doesn’t"}
)  # fmt: skip
_PROGRESSIVE = frozenset({"am", "is", "are"})
_NUMBER = re.compile(r"[$£€]?[\d.,]+%?|mln|bln|million|billion|thousand|hundred|trillion")
# "talks earlier in 2012 framed the riots": a year after a preposition ends a time phrase,
# the word after it may be the verb (issue 16, fnc seed 122)
_YEAR_AFTER_PREP = re.compile(
    r"\b(?:(?:in|since|until|by|during)\s+|"
    # "X on 10 December 2018 released its report": a full date before the verb (issue 16)
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}(?:st|nd|rd|th)?,?\s+)?)"
    r"(?:1[6-9]|20)\d\d,?\s+$"
)
# "the outbreak that began in 2014", "reports that caused the US to ...": after "that" a verb
# form followed by a function word, a number or a name is the relative clause's verb; "that
# armed group" (a noun after it) keeps the word an adjective
_FUNCTION_AFTER = re.compile(
    r"\s+(?:(?i:the|a|an|his|her|its|their|this|these|those|him|them|us|me|it|in|on|at|by|to|"
    r"from|with|into|over|after|before|during|up|out|down|off|about|more|for|as)\b|[\d$£€]|[A-Z])"
)
# after an apposition's comma: a verb with its object ("..., assured an envoy")
_OBJECT_AFTER = re.compile(
    r"\s+(?:the|a|an|his|her|its|their|this|these|those|him|them|us|me|it|himself|herself|"
    r"itself|themselves|\d)\b"
)
# ... or after the comma that closes an aside: a relative clause ("Ivo Renk, who lives in
# Kessa, pleaded guilty"), an apposition ("X, a senior aide, assured"), a fronted date ("and
# in February 2016, circulated"); a participle's agent after it ("..., chaired by") still
# makes it a participle
_ASIDE_CLOSED = re.compile(
    # ", former Senator Ivo Renk, served as ...": a title opens an apposition as "a" does
    r"(?:,\s*(?:who|which|whose)\b[^,;:]{1,120}|,\s*(?:a|an|the|former|then|fellow|late)[\s-][^,;:]{1,60}|"
    r"\b(?:1[6-9]|20)\d\d|\b(?:january|february|march|april|may|june|july|august|september|"
    r"october|november|december)|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day|\bago|\blater|"
    r"\bearlier),\s*$"
)
_AGENT_AFTER = re.compile(r"\s+by\b")
_OBJECT_DET_AFTER = re.compile(r"\s+(?:the|a|an|his|her|its|their|this|these|those)\s")
_YEAR_RIGHT_BEFORE = re.compile(r"\b(?:1[6-9]|20)\d\d\s+$")
_VERB_PREFIX = re.compile(r"(?:re|co|hand|cross|mis|out|over|under|pre)-[a-z]+ed$")
_COMMA_BEFORE = re.compile(r",\s*$")
_AMBIGUOUS = frozenset(str(w) for w in _DATA["noun_or_verb"])
# a pronoun, an adverb in -ly, "then"/"also" (or a name): what may stand before a verb
_SUBJECT_BEFORE = re.compile(r"i|you|he|she|it|we|they|who|which|that|then|also|later|[a-z]+ly")
_LY_NOUNS = frozenset(str(w) for w in _DATA["ly_nouns"])
_NAMING = frozenset(str(w) for w in _DATA["naming"])
_NAME_AFTER = re.compile(r"\s+(?:the\s+)?[“\"‘'A-Z]")
_NON_FINITE_BEFORE = frozenset({"to", "be", "been", "being", "having"})
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*")
#: a verb group is at most this many words ("had not yet been", "has been pursuing")
_GROUP_WORDS = 4
_PARTICIPLES = frozenset(str(w) for w in _DATA["participles"]) | _IRREGULAR
_NOT_ING = r"(?!(?:thing|something|nothing|anything|everything|morning|evening|king|during)\b)"
_GROUP_WORD = re.compile(
    r"\s+(?:being|not|never|also|already|yet|just|still|first|later|again|then|[a-z]+ly|[a-z]{2,}ed|"
    + _NOT_ING
    + r"[a-z]{2,}ing|"
    + "|".join(sorted(_PARTICIPLES, key=len, reverse=True))
    + r")\b"
)
_NOT_VERB_FORMS = frozenset(
    {"not", "never", "also", "already", "yet", "just", "still", "first", "later", "again", "then"}
)
#: present-tense verbs whose object an "-ed" word after them modifies ("include detailed")
_OBJECT_VERBS = frozenset(str(w) for w in _DATA["object_verbs"])
# a determiner and an adjective with an adjective's ending before an "-ed" word
_ADJECTIVE_BEFORE = re.compile(
    r"\b(?i:a|an|the|this|that|these|those|its|their|his|her|our)\s+[a-z-]+(?:able|ible|ous|ful|ical)\s+$"
    # "the report for global connected enterprises": a preposition, one adjective, the word
    r"|\b(?:for|of|with|from|into)\s+(?!(?:the|a|an|its|their|his|her|our|this|that|these|those|"
    r"which|whom|what|it|them|him|us|me|you)\b)[a-z-]+(?<!s)\s+$"
)
_STILL = frozenset({"still", "now", "increasingly", "currently", "widely", "commonly", "often"})
_TO_VERB = re.compile(r"\s+to\s+[a-z]")
# "; ", " – ", " - ", ": " (not a clock time): where a clause ends inside a sentence part
_BOUNDARY = re.compile(r";|\s[–—-]+\s|(?<!\d):(?!\d)|:(?=\s)")
# a dateline before the date: "WASHINGTON, " / "Kabul, Afghanistan, " at the sentence start
_DATELINE_BEFORE = re.compile(r"\s*[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*")
_DATELINE_AFTER = re.compile(r"\s*(?:\([^()]{2,40}\)\s*)?(?:[-–—]{1,2}|/)")


def _word_before(low: str, start: int) -> str:
    """The word before ``start``, skipping adverbs in -ly ("a badly damaged car")."""
    words = low[max(0, start - 60) : start].split()
    while len(words) > 1 and words[-1].endswith("ly") and words[-1] not in _LY_NOUNS:
        words.pop()
    return words[-1].strip(",;:()“”\"'") if words else ""


def _is_finite(text: str, low: str, start: int, end: int) -> bool:
    word = low[start:end].rstrip(".")
    if not text[start].islower():
        return False  # "United", "Based in ...": a name or a sentence-initial participle
    before = _word_before(low, start)
    if word in _AUX:
        return before != "to"
    if before == "that" and _relative_that(text, word, end):
        return word not in _NOT_VERBS  # "the outbreak that began in 2014", "reports that caused"
    if before in _DETS or before in _NON_FINITE_BEFORE or before.endswith(("’s", "'s")):
        return False  # "the alleged", "to be implemented", "having been freed"
    if _NUMBER.fullmatch(before) and not _YEAR_AFTER_PREP.search(low, max(0, start - 30), start):
        return False  # "61 mln won", "the 2 set": a unit or a noun after a number
    if (
        word.endswith("s")
        and not word.endswith(("ss", "us", "is", "ies"))
        and len(word) >= 4
        and _YEAR_RIGHT_BEFORE.search(low, max(0, start - 12), start)
        and _OBJECT_DET_AFTER.match(low, end)
    ):
        # "X, then a member of the commission, in 2012 hands a letter to Y": a caption's
        # historical present between its date and its object (issue 16, recall_probe seed 341)
        return True
    if word in _AMBIGUOUS:
        # "a further interest-rate cut in March", "the hit": these are nouns as often
        named = _word_before(text, start)[:1].isupper()  # "Vellorn cut ties"
        # "the council unilaterally quit the deal": an adverb right before it (no determiner
        # before the adverb, checked above) makes it a verb (issue 16, tehrantimes-mek)
        last = low[max(0, start - 30) : start].split()[-1:]
        adverb = bool(last) and last[0].endswith("ly") and last[0] not in _LY_NOUNS
        # "the hurricane hit the coast", "the administration quit the pact": a determiner after
        # it opens its object (a noun "cut" is followed by a preposition: "a cut in rates")
        obj = _OBJECT_DET_AFTER.match(low, end) is not None
        return (
            named
            or adverb
            or obj
            or bool(_SUBJECT_BEFORE.fullmatch(before))
            or before.endswith("s")
        )
    if word in _NAMING and _NAME_AFTER.match(text, end):
        return False  # "a party called “Charity”": the name, not a verb
    if word in _IRREGULAR:
        return True
    if word.endswith("ed") and (
        before in _OBJECT_VERBS or _ADJECTIVE_BEFORE.search(text, max(0, start - 40), start)
    ):
        # "include detailed vendor analysis", "a viable integrated system": an adjective
        # (issue 16, fnc seeds 245-248)
        return False
    if (
        _COMMA_BEFORE.search(low, max(0, start - 3), start)
        and not _OBJECT_AFTER.match(low, end)
        and (
            _AGENT_AFTER.match(low, end)
            or not _ASIDE_CLOSED.search(low, max(0, start - 160), start)
        )
    ):
        # "the committee, chaired by X, will ...": a participle, not the verb; with an object
        # after it ("Ivo Renk, a senior aide, assured an envoy in May 2016 that ...") the word
        # is the verb of the subject before the apposition (issue 16, ptc read with seed 281)
        return False
    # "hand-delivered the letter", "re-stored the sanctions", "co-founded the group": a prefix
    # and a hyphen still make a verb (issue 16, recall_probe seeds 341-342); other hyphenated
    # "-ed" words are adjectives ("state-owned", "so-called")
    hyphen_ok = "-" not in word or _VERB_PREFIX.match(word) is not None
    return word.endswith("ed") and len(word) >= 4 and hyphen_ok and word not in _NOT_VERBS


def _relative_that(text: str, word: str, end: int) -> bool:
    """``word`` after "that" is a verb: an irregular past form or an "-ed" word before a
    function word ("that began in", "that caused the"), not "that alleged plot"."""
    if word in _IRREGULAR and word not in _AMBIGUOUS:
        return True
    return word.endswith("ed") and len(word) >= 4 and bool(_FUNCTION_AFTER.match(text, end))


def is_reporting_finite(text: str, low: str, start: int, end: int) -> bool:
    """A one-word reporting verb used as a verb: not "the site's alleged owner", "to say"."""
    word = low[start:end]
    if " " in word:
        return True  # "in a tweet", "made the remarks": phrases, not adjectives
    if word.endswith("ing") or not text[start].islower():
        return False
    before = _word_before(low, start)
    return not (before in _DETS or before in _NON_FINITE_BEFORE or before.endswith(("’s", "'s")))


def find_verbs(text: str, low: str) -> list[tuple[int, int]]:
    """``(start, end)`` of each finite verb group of the sentence ``text`` (``low``: lower-cased)."""
    out: list[tuple[int, int]] = []
    pos = 0
    for m in _TOKEN.finditer(low):
        if m.start() < pos or not _is_finite(text, low, m.start(), m.end()):
            continue
        end = m.end() - 1 if low[m.end() - 1] == "." else m.end()
        ends = [(end, "")]
        for _ in range(_GROUP_WORDS - 1):
            g = _GROUP_WORD.match(low, ends[-1][0])
            if g is None:
                break
            ends.append((g.end(), g.group().strip()))
        # the group ends on a verb form, not on an adverb or "not"
        while len(ends) > 1 and (ends[-1][1].endswith("ly") or ends[-1][1] in _NOT_VERB_FORMS):
            ends.pop()
        end = ends[-1][0]
        out.append((m.start(), end))
        pos = end
    return out


def is_planned(low: str, start: int, end: int) -> bool:
    """No happening: "was to assume" (a plan), a bare present "is"/"has" (a state: "the base
    year is 2016", "there are big expectations ... in 2019"), a present passive ("is
    estimated at ... in 2017"), "am giving" (a plan)."""
    group = low[start:end]
    if group in _PLANNED_BE and _TO_VERB.match(low, end) is not None:
        return True
    if group in _PRESENT:
        return True
    head, _, rest = group.partition(" ")
    # "is already benefiting", "are still taught": the adverb changes no tense (issue 16)
    words = rest.split()
    rest = " ".join(w for w in words if w not in _NOT_VERB_FORMS and w not in _STILL)
    # "are still taught": an ongoing state; "In May, X is given new powers" (a historical
    # present in a dated list) stays a happening
    ongoing = len(rest.split()) < len(words) and rest in _PARTICIPLES
    if head in ("is", "are") and (rest.endswith("ed") or ongoing) and " " not in rest:
        # "the market is estimated at $5bn in 2017", "is expected in 2019": a present
        # passive states, forecasts or plans; a past happening is told in the past tense
        return True
    return head in _PROGRESSIVE and rest.endswith("ing") and " " not in rest


def is_dateline(text: str, start: int, end: int) -> bool:
    """The date at ``text[start:end]`` is in a dateline opening the sentence ("PARIS, May 3 --")."""
    head = text[:start]
    if "\n" in head:
        head = head[head.rfind("\n") + 1 :]
    m = _DATELINE_BEFORE.fullmatch(head)
    return m is not None and head.strip()[:1].isupper() and bool(_DATELINE_AFTER.match(text, end))


def clause_span(text: str, lo: int, hi: int, part: tuple[int, int]) -> tuple[int, int]:
    """The clause around ``text[lo:hi]`` inside ``part``: cut at ";", dashes and colons."""
    a, b = part
    for m in _BOUNDARY.finditer(text, a, b):
        if m.end() <= lo:
            a = m.end()
        elif m.start() >= hi:
            b = m.start()
            break
    return a, b
