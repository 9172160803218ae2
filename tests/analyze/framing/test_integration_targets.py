"""Target linking of framing spans (issue 6): one case per rule, and the rules' limits."""

from __future__ import annotations

import pytest

from newsdossier.analyze.framing.targets import link_target
from newsdossier.model import Mention


def _mention(text: str, name: str, nth: int = 0) -> Mention:
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return Mention(
        "d", start, start + len(name), name, "ORG", "organization", name.lower(), "t", "1"
    )


def _link(text: str, span: str, names: list[str]) -> tuple[str, str] | None:
    start = text.index(span)
    mentions = sorted((_mention(text, n) for n in names), key=lambda m: m.start)
    link = link_target(text, start, start + len(span), mentions, (0, len(text)))
    return None if link is None else (link.mention.text, link.how)


# (sentence, framing span, mentions in the sentence, expected (target, rule) or None)
CASES = [
    ("Velmora's puppet leader spoke again.", "puppet leader", ["Velmora"], ("Velmora", "possessive")),
    ("Velmora's puppet leader Ostrand spoke.", "Velmora's puppet leader", ["Velmora", "Ostrand"], ("Velmora", "possessive")),
    ("Members of the terrorist JAMZ cult left.", "terrorist JAMZ cult", ["JAMZ"], ("JAMZ", "overlap")),
    ("Members of the terrorist JAMZ left.", "terrorist", ["JAMZ"], ("JAMZ", "adjacent")),
    ("They met JAMZ thugs in the camp.", "thugs", ["JAMZ"], ("JAMZ", "adjacent")),
    ("Everyone knows the cult, the JAMZ, lies.", "cult", ["JAMZ"], ("JAMZ", "apposition")),
    ("They met the JAMZ, a terrorist cult, in May.", "terrorist cult", ["JAMZ"], ("JAMZ", "apposition")),
    ("It blamed the cult known as the JAMZ for it.", "cult", ["JAMZ"], ("JAMZ", "apposition")),
    ("The Sayehiyun are nothing but a cult of killers.", "cult of killers", ["Sayehiyun"], ("Sayehiyun", "predicate")),
    ("Only the patriotic people of Zaravand remain.", "the patriotic people", ["Zaravand"], ("Zaravand", "nearest")),
    # a clause between span and name links nothing (the nearest rule's limit)
    ("The terrorist cult was founded by Navazei.", "terrorist cult", ["Navazei"], None),
    ('Kheshmar said Estmark was "rewarding a terrorist cult".', "terrorist cult", ["Kheshmar", "Estmark"], None),
    # a long span (a clause) only links a name inside it
    ("Can anyone believe that the brave people would ever trust such liars here in Qasrun?",
     "anyone believe that the brave people would ever trust such liars", ["Qasrun"], None),
    # no mention in the sentence
    ("A terrorist cult remains a terrorist cult.", "terrorist cult", [], None),
]  # fmt: skip


@pytest.mark.issue(6)
@pytest.mark.parametrize(("text", "span", "names", "expected"), CASES)
def test_targets_link_by_rule(text: str, span: str, names: list[str], expected: object) -> None:
    assert _link(text, span, names) == expected


@pytest.mark.issue(6)
def test_targets_stay_inside_the_sentence() -> None:
    text = "JAMZ met in May. The terrorist cult spoke."
    m = _mention(text, "JAMZ")
    start = text.index("terrorist cult")
    sentence = (text.index("The"), len(text))
    assert link_target(text, start, start + 14, [m], sentence) is None
