"""What a claim's pointing-back words stand for, when one earlier name fits (issue 15).

"He resigned in March.", "It has 3,000 members.", "The agency says the pier is unsafe.":
a statement whose subject is a pronoun or a definite description cannot be cited alone.
Showing the sentence before (:mod:`.context`) was not enough for independent readers of
FakeNewsCorpus claims (15 of the 36 wrong of seeds 75-76 were such words left
unresolved): they want the row to name what the words point to.  :func:`antecedent`
names it when exactly one earlier mention fits, as the speakers of reported speech are
resolved from "He added" (:mod:`.speech`): then the claim's subject is that mention (its
entity comes from the mentions) and the pointing words are kept beside it.

What fits, by the pointing words (the subject of the statement's main clause):

* "he"/"she": the one person (one surname) named from two sentences before up to the
  words, named where a sentence opens ("Former minister Ivo Renk ...") or as a speaker;
  in a quote, never its own speaker (who says "I"), in reported words the speaker too
  ("Renk said he would resign", claims 88); a first name alone ("Ivo" after "Ivo
  Renk") counts as the full name it begins.  "A guard stopped Renk. He ..." has one
  name but the guard may be meant: a name that neither opens its sentence nor speaks
  is taken only when nothing else there may be a person (claims 89, 15bi): no common
  noun of a person ("guard", "officer"), no capitalised word the tagger left unnamed or
  tagged as an organisation ("Ivo Renk met Pell Odrin" with "Ivo Renk" read as ORG).
* "it"/"they": the one organisation or place (one key) named in that window, opening its
  sentence, with no person there for "they"; not before a copula ("It was a long day":
  "it" is most often the event just told).
* "the agency", "this group", "the president": a definite description whose head noun
  names a kind of actor.  An organisation whose name holds the noun ("the council" ->
  "Harvan Council"), the one named with the noun as a title ("President Ivo Renk", "Ivo
  Renk, the president of ..."), or for a business noun ("the company", "the firm") the
  one organisation named in the window.  Not a plural ("these organisations"), and not a
  place ("the country": which one was wrong as often as right on Tehran Times pages).

Anything else (two candidates, an event, a topic, "this" standing for what was just
told) resolves to nothing: a wrong subject misleads more than none.

A definite or demonstrative noun phrase that no mention fits ("these trucks", "The
banks") may still name the fuller phrase of the same head told up to three sentences
before (:func:`earlier_phrase`, branch 15ad; see the comment above it).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...clean.lexicon import MONTHS, WEEKDAYS
from ...model import Mention, Sentence
from ..entities.names import name_key
from .anaphora import _PERSON_NOUNS as _PERSON_WORDS
from .anaphora import ACTOR_NOUNS
from .fragments import has_finite_word
from .statements import Statement

if TYPE_CHECKING:
    from .extract import _Doc

__all__ = [
    "ACTOR_NOUNS",
    "DETERMINERS",
    "FUNCTION_WORDS",
    "PERSON_NOUN",
    "antecedent",
    "earlier_phrase",
    "head_forms",
]

#: organisational nouns general enough that the one organisation named close before is it
#: (not "group", "agency": on Tehran Times pages "the group" after one tagged organisation
#: was as often an untagged one, "the militant group" after "Al-Qaeda" another group)
_GENERIC_ORG = frozenset({"company", "firm", "corporation"})
#: how many sentences before the pointing words' own a name may stand
_WINDOW_SENTENCES = 2
#: what may stand before a name that opens its sentence: quotes, a dateline's dash, an
#: article, titles ("Former Vellornian minister", "Mr.", "Dr.")
_OPENS = re.compile(r"[\s“\"‘(—–-]*(?:(?:the|The|former|Former|late|[A-Z][\w.’'-]*)\s+){0,4}")
#: a copula after "it"/"they": "It was a long day" (the event just told, not an actor)
_COPULA = re.compile(r"(?:[’']s|[’']re|\s+(?:\w+ly\s+)?(?:is|was|are|were|isn[’']t|"
                     r"wasn[’']t|aren[’']t|weren[’']t|seems|seemed|sounds|sounded|looks|"
                     r"looked)\b)", re.I)  # fmt: skip
_LABELS = {"ORG": ("ORG",), "PERSON": ("PERSON",), "GPE": ("GPE",)}


def antecedent(
    d: _Doc,
    subs: Sequence[Sentence],
    k: int,
    statements: dict[int, list[Statement]],
    st: Statement,
    span: tuple[int, int],
) -> Mention | None:
    """The one earlier mention that the pointing words ``span`` (absolute offsets, in
    ``subs[k]``) stand for, or ``None`` (see module docstring)."""
    a, b = span
    words = d.text[a:b].lower().split()
    if not words:
        return None
    lo = subs[max(0, k - _WINDOW_SENTENCES)].start
    near = [m for m in d.mentions if lo <= m.start and m.end <= a and not _speaking(m, st)]
    first = words[0]
    if first in ("he", "she") and len(words) == 1:
        return _one_person(d, subs, k, statements, st, near, a)
    if first in ("it", "they") and len(words) == 1:
        if _COPULA.match(d.text, b):
            return None
        return _one_actor(d, subs, k, near, plural=first == "they")
    if first in ("the", "this", "that") and 2 <= len(words) <= 3:
        # one actor only: "the agency", "this militant group"; not "these organisations"
        # (two or more), "those in power and authority" (a phrase, not a noun's kind)
        noun = words[-1].strip("’'")
        if not all(w.isalpha() for w in words) or ACTOR_NOUNS.get(noun) is None:
            return None
        if noun.endswith("s") and noun.removesuffix("s") in ACTOR_NOUNS:
            return None  # a plural ("the authorities", "the forces")
        return _described(d, subs, k, st, near, noun, ACTOR_NOUNS[noun], a)
    return None


def _speaking(m: Mention, st: Statement) -> bool:
    """Whether ``m`` names the statement's own speaker or channel in a quote: in "“It
    never paid,” the Harvan Council said" the council says "we" of itself, and "it" is
    something else; any mention of the speaker's name (the speaker says "I" or "we").
    Reported (indirect) words keep their speaker as a candidate: "Renk said he would
    resign" is most often Renk (claims 88; on ECB+'s within-document pronoun chains,
    ``python -m eval.claims.pronouns_ecbplus``: 85 right and 15 wrong -> 98 right and 13
    wrong)."""
    if st.quote != "direct":
        return False
    for s in (st.source, st.via):
        if s is not None and s.start >= 0 and m.start < s.end and s.start < m.end:
            return True
    if st.quote != "direct" or not st.source.key:
        return False
    # the last word, first six letters: "Renk" is "Ivo Renk", a misspelt "Renkk" too
    own = st.source.key.split()[-1][:6]
    key = name_key(m.text).split()
    return bool(key) and key[-1][:6] == own


def _opens_sentence(d: _Doc, subs: Sequence[Sentence], k: int, m: Mention) -> bool:
    for j in range(k, max(-1, k - _WINDOW_SENTENCES - 1), -1):
        s = subs[j]
        if s.start <= m.start < s.end:
            return _OPENS.fullmatch(d.text, s.start, m.start) is not None
    return False


def _spoke(
    subs: Sequence[Sentence], k: int, statements: dict[int, list[Statement]], m: Mention
) -> bool:
    """Whether ``m`` is named as the speaker of a statement close before."""
    for j in range(k, max(-1, k - _WINDOW_SENTENCES - 1), -1):
        for x in statements.get(subs[j].start, []):
            if x.source.start <= m.start < x.source.end:
                return True
    return False


def _one_person(
    d: _Doc,
    subs: Sequence[Sentence],
    k: int,
    statements: dict[int, list[Statement]],
    st: Statement,
    near: list[Mention],
    at: int,
) -> Mention | None:
    """The one person (one surname) named in ``near`` before the "he"/"she" at ``at``,
    or ``None``.  Where the name stands is no longer asked (15bi: on ECB+'s pronoun
    chains, demanding that it open its sentence or speak cost 49 right rows for 6 wrong
    ones); a capitalised word the tagger left unnamed between the window's start and the
    pronoun ("Ivo Renk met Pell Odrin. He ..." with "Pell Odrin" missed) may be a second
    person, and then none is named."""
    # (an acronym tagged as a person, "MEK", is an organisation's name)
    people = [m for m in near if m.label == "PERSON" and name_key(m.text) and not m.text.isupper()]
    if len({_surname(d, m) for m in people}) != 1:
        return None
    if any(_opens_sentence(d, subs, k, m) or _spoke(subs, k, statements, m) for m in people):
        return people[-1]
    lo = subs[max(0, k - _WINDOW_SENTENCES)].start
    if _unnamed_capital(d, subs, lo, at):
        return None  # "Ivo Renk met Pell Odrin. He ...", "Pell Odrin" untagged: who?
    if PERSON_NOUN.search(d.text, lo, at):
        return None  # "A guard stopped Ivo Renk. He ...": the guard may be meant
    return people[-1]


#: a common noun of a person: another "he"/"she" the pronoun may stand for (lower case:
#: "the passenger", "our insider"; a plural, "prosecutors", is no "he"/"she")
_PERSON_NOUN_WORDS = """man woman boy girl guard officer policeman policewoman driver worker
    doctor nurse teacher student witness suspect victim friend neighbour neighbor husband wife
    father mother son daughter brother sister colleague lawyer soldier pilot captain coach
    player fan owner manager agent aide official passenger insider informant whistleblower
    gunman attacker resident protester prisoner detainee"""
PERSON_NOUN = re.compile(
    r"\b(?:" + "|".join(_PERSON_NOUN_WORDS.split() + _PERSON_WORDS.split()) + r")\b"
)


#: labels whose names are no person's (an organisation may be a person the small tagger
#: mislabels: "Ivo Renk met Pell Odrin" with "Ivo Renk" tagged ORG)
_NOT_A_PERSON_NAME = frozenset({"GPE", "NORP", "LOC", "FAC", "DATE", "TIME", "EVENT"})
#: a capitalised word: a name's, a title's, or a sentence's first
_CAPITAL_WORD = re.compile(r"(?<![\w’'-])[A-Z][\w’'.-]*")
#: what may stand between a sentence's start and its first word
_SENTENCE_LEAD = re.compile(r"[\s“\"‘'(—–-]*")


def _unnamed_capital(d: _Doc, subs: Sequence[Sentence], lo: int, hi: int) -> bool:
    """Whether a capitalised word between ``lo`` and ``hi`` is covered by no mention
    (or by an organisation's only: the tagger's miss of a person) and opens no sentence (nor follows end punctuation), nor is "I", a weekday or a
    month, nor is a title right before a mention ("President Ivo Renk"): a name the
    tagger may have missed."""
    starts = {s.start for s in subs if lo <= s.start < hi}
    for w in _CAPITAL_WORD.finditer(d.text, lo, hi):
        a, b = w.start(), w.end()
        word = w.group().rstrip(".").lower()
        if word in ("i", "i’m", "i'm") or word in WEEKDAYS or word in MONTHS:
            continue
        over = [m for m in d.mentions if m.start <= a < m.end]
        if over and all(m.label in _NOT_A_PERSON_NAME for m in over):
            continue
        if over and any(m.label == "PERSON" for m in over):
            continue
        if any(_SENTENCE_LEAD.fullmatch(d.text, s0, a) for s0 in starts if s0 <= a):
            continue
        if re.search(r"[.!?:;…][”\"’')]*\s*[“\"‘(]*$", d.text[max(0, a - 6) : a]):
            continue
        after = re.match(r"\s+", d.text[b : b + 3])
        if after and any(m.start == b + after.end() for m in d.mentions):
            continue  # a title: "President Ivo Renk"
        return True
    return False


def _surname(d: _Doc, m: Mention) -> str:
    """The last word of a person's name; for a first name alone ("Ivo" after "Ivo
    Renk"), the last word of the one full name of the document that it begins, so that
    "Ivo Renk ... Ivo has ... He" is one person (an interview's host and guest are often
    called by their first names)."""
    key = name_key(m.text).split()
    if len(key) != 1:
        return key[-1]
    names = [
        k for x in d.mentions if x.label == "PERSON" and len(k := name_key(x.text).split()) > 1
    ]
    if any(k[-1] == key[0] for k in names):
        return key[0]  # "Renk" is a surname ("Ivo Renk"), whatever "Renk-Odrin" is
    full = {k[-1] for k in names if k[0] == key[0]}
    return next(iter(full)) if len(full) == 1 else key[0]


def _one_actor(
    d: _Doc, subs: Sequence[Sentence], k: int, near: list[Mention], plural: bool
) -> Mention | None:
    actors = [m for m in near if m.label in ("ORG", "GPE") and m.key]
    if len({m.key for m in actors}) != 1:
        return None
    if plural and any(m.label == "PERSON" for m in near):
        return None  # "Renk and the Harvan Council ... They": who?
    if any(m.label == "PERSON" for m in near if m.start > actors[-1].start):
        return None  # a person named after it is the closer candidate for "it"/"they"
    if not any(_opens_sentence(d, subs, k, m) for m in actors):
        return None
    return actors[-1]


def _described(
    d: _Doc,
    subs: Sequence[Sentence],
    k: int,
    st: Statement,
    near: list[Mention],
    noun: str,
    label: str,
    at: int,
) -> Mention | None:
    before = [
        m for m in d.mentions if m.end <= at and m.label in _LABELS[label] and not _speaking(m, st)
    ]
    if label == "GPE":
        # "the country", "this nation": which country a writer or speaker means was wrong
        # as often as right on Tehran Times pages ("the German government said the
        # country ... against Iran"; "the regional nations"): never named
        return None
    if label == "ORG":
        stem = noun[:5]
        named = {m.key: m for m in before if stem in m.key}
        if len(named) == 1:
            return next(iter(named.values()))  # the last mention of it (dict keeps the last)
        if named or noun not in _GENERIC_ORG:
            return None
        orgs = {m.key: m for m in near if m.label == "ORG" and m.key}
        return next(iter(orgs.values())) if len(orgs) == 1 else None
    if label == "PERSON":
        title = re.compile(rf"\b{re.escape(noun)}\s+(?:[A-Z][\w.’'-]*\s+)?$", re.I)
        appos = re.compile(
            rf",\s+(?:the|a|an|its|their)\s+(?:[\w’'-]+\s+){{0,3}}?{re.escape(noun)}\b", re.I
        )
        titled = {
            name_key(m.text).split()[-1]: m
            for m in before
            if name_key(m.text)
            and (title.search(d.text, max(0, m.start - 40), m.start) or appos.match(d.text, m.end))
        }
        return next(iter(titled.values())) if len(titled) == 1 else None
    return None


# -- what a definite or demonstrative noun phrase names (branch 15ad, version 41) ------
#
# "We have not struck these trucks before," Renk said. / "The banks cite the risk of
# ...": independent readers of seeds 94-96 judged 20 of their 47 wrong rows fragments,
# most of them reported words whose noun phrase ("these trucks", "The banks", "this
# race") stands for a fuller one told just before ("oil tanker trucks", "Vellornian banks",
# "a race against the clock").  The nearest earlier phrase with the same head noun
# (singular or plural), told with something more than its determiner, is named: its
# modifiers before the noun and one short prepositional phrase after it.  Plain text
# only (no parse): what stands before a noun is read by elimination (a word that is no
# function word, no auxiliary or common verb), so that a phrase is never longer than its
# words can be sure of.

#: how many sentences before the pointing words' own the fuller phrase may stand
_PHRASE_WINDOW_SENTENCES = 3
#: heads too general to be the same thing twice ("this way", "these things", "the
#: people"), and the page's or the calendar's own nouns
_GENERAL_HEADS_WORDS = """thing things way ways time times fact facts one ones case cases point points kind
    kinds sort sorts type types lot lots part parts people person man men woman women
    stuff place places day days week weeks month months year years moment moments morning
    evening night weekend season century decade article post story interview video piece
    page blog site podcast episode book report paper study question questions answer
    matter issue issues problem problems idea ideas reason reasons regard respect sense
    manner end side sides world country nation state city town area areas"""
_GENERAL_HEADS = frozenset(_GENERAL_HEADS_WORDS.split())
_DETERMINERS_WORDS = """the a an this that these those its their his her our your my such some any all both
    each every several many few no another other"""
DETERMINERS = frozenset(_DETERMINERS_WORDS.split())
#: words that end a run of modifiers before a noun (read leftwards), and that end a
#: prepositional phrase's object (read rightwards)
_FUNCTION_WORDS = """i you he she it we they me him us them who whom whose which what where when why how
    and or but nor so yet if then than as because while although though since unless until
    not no never also only just even still very too more most less least much sometimes
    often always ever soon perhaps maybe quite rather almost once twice later today
    is are was were be been being am has have had having do does did done will would can
    could may might must shall should said says say told tells tell added adds stated
    says claimed claims noted notes reported reports according there here
    of in on at by for with from to into onto over under about against between among
    through during after before without within across along around behind beyond near
    like via per upon toward towards"""
FUNCTION_WORDS = frozenset(_FUNCTION_WORDS.split())
#: prepositions whose phrase may finish a noun phrase ("a race against the clock",
#: "banks in the north")
_AFTER_PREPOSITIONS_WORDS = "of against for from in over between"
_AFTER_PREPOSITIONS = frozenset(_AFTER_PREPOSITIONS_WORDS.split())
_WORD_AT = re.compile(r"[A-Za-z0-9][\w’'-]*")
_PHRASE_TOKENS = re.compile(r"[A-Za-z0-9][\w’'-]*|[^\w\s]")


#: endings of singular nouns whose final "s" is no plural ("news", "bus", "crisis", "class")
_SINGULAR_S = ("ss", "us", "is", "ws")


def head_forms(noun: str, plural: bool) -> frozenset[str]:
    """The spellings of a head noun that may name the same thing: the word and its
    plurals ("truck"/"trucks", "party"/"parties", "bus"/"buses"), and the singular of a
    word a plural determiner marks as plural ("these trucks" -> "truck").  A word with no
    plural determiner keeps its final "s" ("this news" is no "new", "the bus" no "bu")."""
    n = noun.lower()
    forms = {n, n + "s", n + "es"}
    if n.endswith("y"):
        forms.add(n[:-1] + "ies")
    if plural and n.endswith("s") and not n.endswith(_SINGULAR_S):
        forms.add(n[:-1])
        if n.endswith("ies"):
            forms.add(n[:-3] + "y")
        elif n.endswith("es"):
            forms.add(n[:-2])
    return frozenset(forms)


def _is_modifier(word: str) -> bool:
    """Whether a word before a noun may modify it: no function word, determiner, number
    or adverb ("Vellorn’s" and "oil tanker" may)."""
    w = word.lower()
    if w.endswith(("’s", "'s")):
        return w[:-2].replace("-", "").isalpha()
    return not (w in FUNCTION_WORDS or w in DETERMINERS or w.isdigit() or word.endswith("ly"))


def earlier_phrase(
    d: _Doc, subs: Sequence[Sentence], k: int, span: tuple[int, int]
) -> tuple[int, int] | None:
    """The fuller noun phrase that the definite or demonstrative phrase ``span`` ("these
    trucks", "The banks", "this race"; absolute offsets in ``subs[k]``) stands for: the
    nearest one before it, within _PHRASE_WINDOW_SENTENCES sentences, whose head is the
    same noun and that says more than its determiner; ``None`` when none does (see the
    comment above)."""
    words = [w.strip("“”\"‘’'.,;:!?()") for w in d.text[span[0] : span[1]].split()]
    if len(words) < 2 or words[0].lower() not in DETERMINERS:
        return None
    # the head is the last word before a phrase after it: "the restrictions on flights"
    cut = next((i for i, w in enumerate(words[1:], 1) if w.lower() in FUNCTION_WORDS), len(words))
    own = [w.lower() for w in words[1:cut]]
    if not own:
        return None
    head = own[-1]
    if not head.isalpha() or head in _GENERAL_HEADS or head in FUNCTION_WORDS:
        return None
    forms = head_forms(head, plural=words[0].lower() in ("these", "those"))
    lo = subs[max(0, k - _PHRASE_WINDOW_SENTENCES)].start
    pattern = re.compile(r"\b(?:" + "|".join(sorted(map(re.escape, forms))) + r")\b", re.I)
    hits = [m for m in pattern.finditer(d.text, lo, span[0])]
    fitting: list[tuple[int, int]] = []
    for m in reversed(hits):
        if m.group()[0].isupper() and not _sentence_opens_at(subs, m.start()):
            continue  # "Harbour Bank": a name's word (mentions name those: antecedent())
        found = _phrase_around(d.text, m.start(), m.end(), lo)
        if found is not None and _fits(d.text[found[0] : found[1]], own):
            fitting.append(found)
    if not fitting:
        return None
    near = _content_words(d.text[fitting[0][0] : fitting[0][1]])
    for other in fitting[1:]:
        theirs = _content_words(d.text[other[0] : other[1]])
        if not (theirs <= near or near <= theirs):
            # "the drone program ... the phone records program ... this program": two
            # programmes the pointing words may stand for; the nearest was wrong as often
            # as not (a reader of seed 101): none named
            return None
    return fitting[0]


def _content_words(phrase: str) -> frozenset[str]:
    """The words of a phrase, lower-cased, but its determiners and function words."""
    out = (w.lower().strip("“”\"‘’'.,;:!?()") for w in phrase.split())
    return frozenset(w for w in out if w and w not in DETERMINERS and w not in FUNCTION_WORDS)


def _fits(phrase: str, own: list[str]) -> bool:
    """Whether an earlier ``phrase`` may be what the pointing words (their modifiers and
    head, ``own``) stand for: it holds each of their modifiers ("these modified cells" is
    not "brain cells", "this new administration" not another's administration) and says
    something more ("this personal mistake" after "a personal mistake" names nothing)."""
    have = [w.lower().strip("“”\"‘’'.,;:!?()") for w in phrase.split()]
    stems = {w[:5] for w in have}
    if any(w[:5] not in stems for w in own[:-1]):
        return False
    mine = {w[:5] for w in own}
    return any(w[:5] not in mine and w not in DETERMINERS and w not in FUNCTION_WORDS for w in have)


def _sentence_opens_at(subs: Sequence[Sentence], at: int) -> bool:
    return any(s.start == at for s in subs)


def _phrase_around(text: str, a: int, b: int, lo: int) -> tuple[int, int] | None:
    """The noun phrase headed by ``text[a:b]``: its modifiers before it (up to four,
    within the same clause) and one prepositional phrase after it, or ``None`` when it
    has neither (a bare "the trucks" points back itself) or the word may be a verb ("they
    race", "he banks on")."""
    before = list(_PHRASE_TOKENS.finditer(text, max(lo, a - 80), a))
    start, n = a, 0
    boundary = ""
    for t in reversed(before):
        w = t.group()
        verb = has_finite_word(w) and not w.endswith(("’s", "'s")) and not _after_determiner(t)
        if not _WORD_AT.fullmatch(w) or verb or not _is_modifier(w) or n == 4:
            boundary = w
            break
        start, n = t.start(), n + 1
    low = boundary.lower()
    opens = (
        not _WORD_AT.fullmatch(boundary) or low in DETERMINERS or boundary.isdigit()
        or (low in _PREPOSITIONS and low != "to") or low in _CONJUNCTIONS
        # "named three Vellornian banks": a past tense or common verb ends the phrase
        or has_finite_word(boundary)
    )  # fmt: skip
    if n and not opens:
        # "they then bought oil trucks", "which struck trucks": after a pronoun, an
        # auxiliary or an unknown word, the first word read may be a verb; the rest modify
        first = _WORD_AT.match(text, start)
        nxt = _WORD_AT.search(text, first.end() if first else start, a)
        start, n = (nxt.start(), n - 1) if nxt is not None and n > 1 else (a, 0)
    if n == 0 and not (low in DETERMINERS or boundary.isdigit()):
        return None  # "they race against ...", "he banks on ...": maybe a verb
    end = b + _prepositional(text, b)
    if n == 0 and end == b:
        return None
    return start, end


_PREPOSITIONS_WORDS = """of in on at by for with from to into onto over under about against between among
    through during after before without within across along around behind beyond near
    like via per upon toward towards"""
_PREPOSITIONS = frozenset(_PREPOSITIONS_WORDS.split())
_CONJUNCTIONS_WORDS = "and or but nor"
_CONJUNCTIONS = frozenset(_CONJUNCTIONS_WORDS.split())


_TIME_WORD = re.compile(
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
    r"april|may|june|july|august|september|october|november|december|day|days|week|weeks|"
    r"month|months|year|years|morning|evening|night|today|yesterday|\d{4})\b",
    re.I,
)


def _after_determiner(t: re.Match[str]) -> bool:
    """Whether the word ``t`` stands right after a determiner ("the enumerated powers":
    an adjective, not a past tense)."""
    before = t.string[max(0, t.start() - 12) : t.start()].split()
    return bool(before) and before[-1].lower() in DETERMINERS


def _prepositional(text: str, b: int) -> int:
    """How many characters after ``b`` a short prepositional phrase finishing the noun
    phrase runs ("against the clock", "in the north"), 0 when none: a preposition, an
    optional determiner and one or two words, then punctuation or a function word (so
    "of Vellorn carried oil" is not read as one)."""
    toks = list(_PHRASE_TOKENS.finditer(text, b, min(len(text), b + 80)))
    if not toks or toks[0].group().lower() not in _AFTER_PREPOSITIONS:
        return 0
    i = 1
    if i < len(toks) and toks[i].group().lower() in DETERMINERS:
        i += 1
    words = 0
    while i < len(toks) and words < 3:
        w = toks[i].group()
        if not _WORD_AT.fullmatch(w) or w.lower() in FUNCTION_WORDS or w.lower() in DETERMINERS:
            break
        words, i = words + 1, i + 1
    if words == 0 or words > 2 or _TIME_WORD.search(text, toks[0].end(), toks[i - 1].end()):
        return 0  # "a mistake on Monday", "trucks in March": a time, not what it is
    ends = (
        i >= len(toks)
        or not _WORD_AT.fullmatch(toks[i].group())
        or (toks[i].group().lower() in FUNCTION_WORDS)
    )
    if not ends:
        return 0
    return toks[i - 1].end() - b
