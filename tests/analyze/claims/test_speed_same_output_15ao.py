"""Faster forms of the claims stage's scans answer what they replace (issue 15, branch
15ao: the claims must not move).  Each rewritten pattern is set against the pattern it
replaces, written out here, on every text Hypothesis makes of the characters that decide
it; each skip is set against the full computation on invented text."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.claims import extract, modality, outlets
from newsdossier.model import Mention

pytestmark = pytest.mark.issue(15)

#: extract._SUBSENT as it was before 15ao: look-behinds first, tried at every position
#: (with the break after a closing bracket that claims v77 added, "(probiotic).Made", in
#: the same form: the rewrite must answer as the plain patterns do)
_SUBSENT_BEFORE = re.compile(
    r"(?P<end>[.!?])[”\"’)]?(?:\[\d+(?:[,–-]\d+)*\])*(?=\s+[“\"‘(]?[A-Z])|\n+"
    r"|(?<=[\w,])\s{2,}(?=[“\"][A-Z])"
    r"|(?<=[a-z]{3})(?<!www)[.!?](?=[A-Z][a-z]{2,}\b(?![.@/]\w))"
    r"|(?<=[a-z]{3}\))[.!?](?=[A-Z][a-z]{2,}\b(?![.@/]\w))"
)

# the pieces that decide a break: end marks, closing and opening quotes, brackets of a
# reference, runs of spaces and line breaks, capitals, "www", commas, digits and words
_PIECES = st.sampled_from(
    [".", "!", "?", "”", "\"", "’", ")", "(", "“", "‘", "[1]", "[2,3]", "[4–5]", " ", "  ",
     "   ", "\n", "\n\n", "\t", "\u00a0", ",", "_", "9", "A", "Zed", "Over", "abc", "www",
     "Mr", "ran", "é", "Élan", "x"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=14).map("".join) | st.text(max_size=40)


def _breaks(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], str | None]]:
    return [(m.span(), m.group("end")) for m in pattern.finditer(text)]


@given(_TEXTS)
@settings(max_examples=600, deadline=None)
def test_subsentence_breaks_are_the_old_patterns(text: str) -> None:
    assert _breaks(extract._SUBSENT, text) == _breaks(_SUBSENT_BEFORE, text)


@given(_TEXTS, st.integers(0, 40), st.integers(0, 40))
@settings(max_examples=300, deadline=None)
def test_subsentence_breaks_inside_a_span_are_the_old_patterns(text: str, a: int, b: int) -> None:
    # a look-behind sees before the scan's start: the rewritten one must too
    old = [(m.span(), m.group("end")) for m in _SUBSENT_BEFORE.finditer(text, a, b)]
    assert [(m.span(), m.group("end")) for m in extract._SUBSENT.finditer(text, a, b)] == old


@pytest.mark.parametrize("text", ["Over).Zed", "a starter (probiotic).Made here"])
def test_a_break_after_a_closing_bracket(text: str) -> None:
    # Hypothesis found "Over).Zed" (a break since claims v77) before the reference had it
    assert _breaks(extract._SUBSENT, text) == _breaks(_SUBSENT_BEFORE, text)


def test_subsentences_split_as_before() -> None:
    text = (
        "Ivo Renk arrived.Over 2,000 people came.  “Leave now,” he said. Mrs. Navazei "
        "stayed.[3] The council met.\nIt ended. See www.Example now."
    )
    assert _breaks(extract._SUBSENT, text) == _breaks(_SUBSENT_BEFORE, text)
    assert len(_breaks(extract._SUBSENT, text)) >= 5


def _at(a: int, phrase: str, label: str) -> Mention:
    return Mention("d1", a, a + len(phrase), phrase, label, "x", phrase.lower(), "test", "1")


def _mention(text: str, phrase: str, label: str) -> Mention:
    return _at(text.index(phrase), phrase, label)


def _outlet_keys_in_full(text: str, mentions: list[Mention]) -> frozenset[str]:
    """outlets.outlet_keys before 15ao: the evidence of every mention read."""
    keys = set()
    places = outlets.country_names().keys() | outlets.demonyms().keys()
    for m in mentions:
        if m.label in outlets._LABELS and outlets._evidence(text, m):
            keys.add(outlets.name_key(m.text))
    keys |= outlets._named_again_as_media(text, mentions)
    return frozenset(k for k in keys if k and k not in places)


def test_outlet_keys_skip_only_what_cannot_count() -> None:
    text = (
        "The Vellorn Ledger reported that Ivo Renk left. As the Vellorn Ledger reports, the "
        "talks failed. The newspaper Harvan Post said so; France agreed. The French daily "
        "Harvan Post wrote it too. Renk told the Harvan Council, the website said."
    )
    ms = [
        _mention(text, "Vellorn Ledger", "ORG"),
        _at(text.index("Vellorn Ledger reports"), "Vellorn Ledger", "ORG"),
        _mention(text, "Ivo Renk", "PERSON"),
        _mention(text, "Harvan Post", "ORG"),
        _mention(text, "France", "GPE"),
        _mention(text, "French", "NORP"),
        _mention(text, "Harvan Council", "ORG"),
    ]
    ms.sort(key=lambda m: m.start)
    got = outlets.outlet_keys(text, ms)
    assert got == _outlet_keys_in_full(text, ms)
    assert "harvan post" in got and "france" not in got and "french" not in got


def test_kept_modality_answers_are_the_computed_ones() -> None:
    # the same arguments, asked again, answer as a fresh computation does
    cases = [
        ("If the council agrees, Renk would resign.", "the council agrees, Renk would resign", "said"),
        ("Will the council meet?", "", None),
        ("Renk urged them to leave.", "them to leave", "urged"),
        ("The harbour was closed when the storm came.", "the harbour was closed", None),
    ]  # fmt: skip
    for sentence, content, verb in cases:
        first = modality.modality_of(sentence, content, verb)
        again = modality.modality_of(sentence, content, verb)
        fresh = modality.modality_of.__wrapped__(sentence, content, verb)
        assert first == again == fresh
        assert modality.first_clause(content) == modality.first_clause.__wrapped__(content)


def _expand(items: list[tuple[object, object]]) -> set[str]:
    """Every string a parsed pattern of literals, groups, alternations and optional
    parts matches (lower case; anchors such as \\b match nothing)."""
    out = {""}
    for op, av in items:
        name = str(op)
        if name == "LITERAL":
            alts = {chr(av).lower()}  # type: ignore[arg-type]
        elif name == "SUBPATTERN":
            alts = _expand(list(av[-1]))  # type: ignore[index]
        elif name == "BRANCH":
            alts = {s for alt in av[1] for s in _expand(list(alt))}  # type: ignore[index]
        elif name == "MAX_REPEAT":
            lo, hi, sub = av  # type: ignore[misc]
            assert (lo, hi) == (0, 1), "only optional parts"
            alts = {""} | _expand(list(sub))
        elif name == "AT":
            continue
        else:
            raise AssertionError(f"unexpected {name}")
        out = {a + b for a in out for b in alts}
    return out


def test_anchor_words_are_every_word_of_the_anchor_pattern() -> None:
    parsed = re._parser.parse(modality._HEDGE_ANCHOR.pattern)  # type: ignore[attr-defined]
    words = _expand(list(parsed.data))
    assert {"said", "reportedly", "rumoured", "rumors", "so-called", "may"} <= words
    assert words - {"so-called"} == modality._ANCHOR_WORDS


_ANCHOR_PIECES = st.sampled_from(
    ["said", "SAID", "Said", "may", "May", "reportedly", "Reported", "rumours", "so-called",
     "So-Called", "so", "-", "called", " ", ",", ".", "_", "9", "é", "s", "ly", "\u0130",
     "\u0131", "\u017f", "\u212a", "ſaid", "mAy", "think", "unclear", "doubt", "x"]
)  # fmt: skip


@given(st.lists(_ANCHOR_PIECES, max_size=10).map("".join) | st.text(max_size=30))
@settings(max_examples=600, deadline=None)
def test_anchor_spans_are_the_patterns(text: str) -> None:
    want = [m.span() for m in modality._HEDGE_ANCHOR.finditer(text)]
    assert modality._anchor_spans(text) == want


def test_hedges_found_as_before() -> None:
    # invented sentences with hedges, a negated "may", a correlative, and none
    texts = [
        "Ivo Renk reportedly left Vellornia, officials said.",
        "The council may meet, and it is said to favour the plan.",
        "No one may enter; the less likely they are to come, the better.",
        "It is so-called reform, and the Front could still win.",
        "The harbour closed on Monday.",
    ]
    scanner = modality.hedge_scanner()
    for text in texts:
        old: list[tuple[str, int, int]] = []
        for anchor in modality._HEDGE_ANCHOR.finditer(text):
            lo = max(0, anchor.start() - 45)
            for m in scanner.finditer(text, lo, min(len(text), anchor.end() + 45)):
                if m.start() <= anchor.start() < m.end():
                    negated = m.lastgroup == "may" and (
                        modality._NO_SUBJECT.search(text, max(0, m.start() - 30), m.start())
                        or modality._optative(text, m.start())
                    )
                    if not modality._in_correlative(text, m.start(), m.end()) and not negated:
                        old.append(((m.lastgroup or "").replace("_", "-"), m.start(), m.end()))
                    break
        assert modality._hedges_in.__wrapped__(text) == tuple(old), text
    assert modality.hedges_of(texts[0]) and not modality.hedges_of(texts[-1])


#: quotes._SINGLE and quotes._NESTED before 15ao: look-behinds before the opening mark
_SINGLE_BEFORE = re.compile(r"(?:(?<=^)|(?<=[\s(\[“\"—–-]))‘[^‘’\n]{6,}?’(?![\w’])", re.M)
_NESTED_BEFORE = re.compile(r"(?<=[\s(\[“—–-])‘[^‘’”]{6,}?’(?![\w’])")

_QUOTE_PIECES = st.sampled_from(
    ["‘", "’", "“", "”", "\"", "(", "[", "—", "–", "-", " ", "\n", "\t", "x", "word",
     "Renk said", "’s", "_", "9", "abcdef"]
)  # fmt: skip


@given(st.lists(_QUOTE_PIECES, max_size=16).map("".join), st.integers(0, 30), st.integers(0, 60))
@settings(max_examples=600, deadline=None)
def test_single_quote_patterns_are_the_old_ones(text: str, a: int, b: int) -> None:
    from newsdossier.analyze.claims import quotes

    for new, old in ((quotes._SINGLE, _SINGLE_BEFORE), (quotes._NESTED, _NESTED_BEFORE)):
        assert [m.span() for m in new.finditer(text)] == [m.span() for m in old.finditer(text)]
        # a scan inside a quote (QuoteIndex's nested one): the look-behind sees before it
        assert [m.span() for m in new.finditer(text, a, b)] == [
            m.span() for m in old.finditer(text, a, b)
        ]


def test_single_quotes_found_as_before() -> None:
    from newsdossier.analyze.claims import quotes

    text = "‘Leave the port now,’ Renk said.\n“He told us ‘the council will fall soon’ then.”"
    got = [(q.start, q.end) for q in quotes.find_quotes(text)]
    assert got and [m.span() for m in quotes._SINGLE.finditer(text)] == [
        m.span() for m in _SINGLE_BEFORE.finditer(text)
    ]
    assert quotes.QuoteIndex(text).nested
