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
  in a quote, never its own speaker (who says "I"); a first name alone ("Ivo" after "Ivo
  Renk") counts as the full name it begins.  "Renk met a guard. He ..." has one
  name but the guard may be meant: the name must open its sentence.
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
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ...model import Mention, Sentence
from ..entities.names import name_key
from .anaphora import ACTOR_NOUNS
from .statements import Statement

if TYPE_CHECKING:
    from .extract import _Doc

__all__ = ["ACTOR_NOUNS", "antecedent"]

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
        return _one_person(d, subs, k, statements, st, near)
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
    """Whether ``m`` names the statement's own speaker or channel: in "“It never paid,”
    the Harvan Council said" the council says "we" of itself, and "it" is something else.
    In a quote, any mention of the speaker's name (the speaker says "I" or "we")."""
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
) -> Mention | None:
    # (an acronym tagged as a person, "MEK", is an organisation's name)
    people = [m for m in near if m.label == "PERSON" and name_key(m.text) and not m.text.isupper()]
    if len({_surname(d, m) for m in people}) != 1:
        return None
    if not any(_opens_sentence(d, subs, k, m) or _spoke(subs, k, statements, m) for m in people):
        return None  # "A guard stopped Ivo Renk. He ...": the guard may be meant
    return people[-1]


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
