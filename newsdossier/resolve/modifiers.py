"""A demonym, adjective or affixed form is no short form of a name it is part of (issue 16).

"Asian" is not "Southeast Asian", "Vellornian" not "Vellornian Empire", "Renk"
not "anti-Renk": the word describes (or the affix negates) what the longer name
names, so linking the word to that name, as a bare surname is linked to a full
name, merges two things.  A reader's check of FakeNewsCorpus merges (seeds 131
and 139) found this the one general class of wrong merge left.

The word reads as an adjective when the country data lists it as a demonym or
when most of its mentions are tagged NORP (nationalities, religious and
political groups); the longer name then is one it modifies unless all its other
words are generic organisation heads ("Vellornian Party" ~ "Vellornian": a
party named by its adjective).  A person's full name is never such a longer
name ("Frans Renkmans" keeps its surname even when the tagger says NORP of the
bare word), except an affixed form.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from ..names import demonyms

__all__ = ["AFFIXES", "affixed", "modifies", "reads_as_adjective"]

#: Lower-case prefixes written before a name with a hyphen ("anti-Renk",
#: "post-Vellorn"): the compound is about the name, it is not the name.  Not "un"
#: (name keys drop the hyphen: "un charter" is also the UN's charter, which a
#: Tehran Times page calls "the Charter").
AFFIXES = frozenset(["anti", "pro", "non", "post", "pre", "neo", "ex", "pan", "counter"])


def reads_as_adjective(key: str, labels: Mapping[str, int]) -> bool:
    """Is this one-word name key a demonym, or mostly tagged NORP (``labels``: tagger
    label -> mentions)?"""
    if " " in key:
        return False
    if key in demonyms():
        return True
    norp = labels.get("NORP", 0)
    return norp > 0 and 2 * norp > sum(labels.values())


def affixed(word: str, longer: str) -> bool:
    """``longer`` (a name key) is ``word`` after an affix: "anti renk" of "anti-Renk"."""
    toks = longer.split()
    return any(a in AFFIXES and b == word for a, b in zip(toks, toks[1:], strict=False))


def modifies(word: str, longer: str, heads: Collection[str]) -> bool:
    """``word`` (one word) is part of the name key ``longer`` and the rest of that name
    is more than generic organisation ``heads``."""
    toks = longer.split()
    if word not in toks or len(toks) < 2:
        return False
    rest = [t for t in toks if t != word]
    return not all(t in heads for t in rest)
