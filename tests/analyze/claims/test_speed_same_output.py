"""The claims stage's faster paths answer what the scans they replace answered (issue 15,
speed: the claims must not move).  Each fast check is set against the pattern it stands
for, on every text Hypothesis makes of the words, digits and case-folding letters that
decide it; and a kept answer (polarity per text) cannot make one document's claims
depend on another analysed before it."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.claims import extract, syntax
from newsdossier.analyze.claims.lexicon import attribute_specs, may_match, pattern_needs
from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.model import Document, PublishedDate
from newsdossier.settings import Settings

pytestmark = pytest.mark.issue(15)

# pieces that make the checks' hard cases: the words themselves in any case, glued to
# letters or digits, "per cent", digits after "," or ".", and the four characters that a
# case-insensitive pattern folds to an ASCII letter ("ı" for "i", "ſ" for "s" ...)
_PIECES = st.sampled_from(
    ["two", "Two", "TWELVE", "tens", "half", "Thirds", "per cent", "per  cent", "percent",
     "scores", "score", "dozen", "hundredth", "years", "DAYS", "tımes", "yearſ", "daẏs",
     "\u212aind", "\u0130", "\u0131", "\u017f", "1", "42", "3,000", "2.5", ".7", ",9", "x9",
     "-", " ", "  ", ",", ".", "’", "é", "_", "a", "Z", "ten_", "é2", "\u0663"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=12).map("".join) | st.text(max_size=40)


@given(_TEXTS)
@settings(max_examples=400, deadline=None)
def test_numberish_is_the_pattern(text: str) -> None:
    assert syntax.numberish(text) == (syntax.NUMBERISH.search(text) is not None)


@given(_TEXTS)
@settings(max_examples=400, deadline=None)
def test_digit_starts_are_the_patterns(text: str) -> None:
    assert syntax._digit_starts(text) == [m.start() for m in syntax._DIGITS.finditer(text)]


@given(_TEXTS)
@settings(max_examples=400, deadline=None)
def test_unit_check_never_misses_a_unit(text: str) -> None:
    if syntax._SPAN_UNIT.search(text):
        assert syntax._may_hold_unit(text)


def test_numberish_knows_every_word_of_the_pattern() -> None:
    # the pattern's alternation, spelled out: each word (and its "s" form where it has
    # one) in three cases, alone and in a sentence
    words = re.search(r"\(\?:(two\|.*?)\)", syntax.NUMBERISH.pattern)
    assert words is not None
    forms = [
        f for w in words.group(1).split("|") for f in (w.replace("s?", ""), w.replace("s?", "s"))
    ]
    assert "percent" in forms and "thousands" in forms and "per cent" in forms
    for w in forms:
        for text in (w, w.upper(), f"Renk counted {w.title()} of them."):
            assert syntax.NUMBERISH.search(text) and syntax.numberish(text), text


def test_the_fast_checks_see_what_the_patterns_see() -> None:
    # a check that can only say "maybe" must still say "no": else it saves nothing
    assert not syntax.numberish("The council met on Monday.")
    assert syntax.numberish("It has twenty members.") and syntax.numberish("a 5 % rise")
    assert syntax.numberish("up 3 PER CENT") and syntax.numberish("Half of them")
    assert not syntax.numberish("the tenthousandth visitor")  # not a whole word
    assert syntax.numberish("\u0131 two")  # a folding letter: the pattern decides
    assert not syntax._may_hold_unit("The council met on Monday.")
    assert syntax._may_hold_unit("for three YEARS")


# invented: a negated statement, a hedged one, a count and the same words twice, so that
# the polarity kept from one document is asked again by the other
_DOC_A = (
    "Ivo Renk said the Harvan Council did not approve the plan. "
    "“We will not sign it,” Renk told reporters. "
    "The Front, which has some 3,000 members, may have left the talks."
)
_DOC_B = (
    "Mara Voss said the plan was approved. "
    "“We will not sign it,” Voss said on Tuesday. "
    "Officials said the council did not approve the plan, although it might meet again."
)


def _claims(pipe: Any, texts: list[str]) -> dict[str, list[Any]]:
    docs = [
        Document(Document.make_id(t), t, "t", "t", outlet="Test Wire",
                 published=PublishedDate("2021-05-04", "day", "metadata"))
        for t in texts
    ]  # fmt: skip
    return {t: list(a.claims) for t, a in zip(texts, pipe.analyze(docs), strict=True)}


def test_claims_of_a_document_do_not_depend_on_the_one_before() -> None:
    pipe = make_pipeline(
        Settings(),
        ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
         "newsdossier.claims.v2"),
    )  # fmt: skip
    extract._polarity_of.cache_clear()
    alone = {t: _claims(pipe, [t])[t] for t in (_DOC_A, _DOC_B)}
    for order in ([_DOC_A, _DOC_B], [_DOC_B, _DOC_A]):
        extract._polarity_of.cache_clear()
        together = _claims(pipe, order)  # one batch: the second reads what the first kept
        assert together == alone
        for t in order:  # and one after the other, each its own batch
            assert _claims(pipe, [t])[t] == alone[t]
    # the documents hold what the kept answers decide: a negated statement, a hedge
    polarities = {c.polarity for cs in alone.values() for c in cs}
    assert polarities == {"negative", "positive"}
    assert any(c.hedge for cs in alone.values() for c in cs)
    assert extract._polarity_of.cache_info().hits > 0


def test_kept_polarity_is_polarity_of() -> None:
    for words in ("did not approve the plan", "approved the plan", "if it is not late, go"):
        assert extract._polarity_of(words) == extract.polarity_of(words)


def _pattern_pieces() -> list[str]:
    pieces = {w for spec in attribute_specs() for p in spec.patterns for alts in pattern_needs(p)
              for w in alts}  # fmt: skip
    return sorted(pieces) + ["3,000", "40", "some", "the Front", "Harvan", " ", " ", ", ", "."]


@given(st.lists(st.sampled_from(_pattern_pieces()), max_size=14).map(" ".join))
@settings(max_examples=300, deadline=None)
def test_a_pattern_is_skipped_only_where_it_cannot_match(text: str) -> None:
    for variant in (text, text.upper(), text.title()):
        low = variant.lower()
        for spec in attribute_specs():
            for pat in spec.patterns:
                if pat.search(variant):
                    assert may_match(pat, low), (spec.name, pat.pattern[:60], variant)


def test_pattern_needs_read_the_patterns() -> None:
    # invented sentences of the attribute patterns' constructions: each matched, none
    # skipped; and a sentence without the words is skipped
    said = [
        "The Front has some 3,000 members in the region.",
        "Gunmen killed 40 villagers, the Harvan Council said.",
        "The death toll from the attack rose to 52 on Monday.",
        "The group was founded in 1981 by Ivo Renk.",
    ]
    for text in said:
        low = text.lower()
        hits = [p for s in attribute_specs() for p in s.patterns if p.search(text)]
        assert hits, text
        assert all(may_match(p, low) for p in hits), text
    toll = next(p for s in attribute_specs() for p in s.patterns if "toll" in p.pattern)
    assert not may_match(toll, "the council met on monday.")
    assert pattern_needs(re.compile(r"\b(?:death toll|toll)\s+of\s+(?P<v>\d+)", re.I)) == (
        ("death toll", "toll"), ("of",),
    )  # fmt: skip


_JOIN_TAIL = re.compile(r"(?:[\s,;]|\b(?:and|but|then|also|later)\b)*$")


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "and",
                "But",
                "but",
                "then",
                "also",
                "later",
                "band",
                "andthen",
                " ",
                "\n",
                ",",
                ";",
                "x",
                "é",
                "_",
                "Ivo",
                "2",
            ]
        ),  # fmt: skip
        max_size=10,
    ),
    st.integers(0, 40),
    st.integers(0, 40),
)
def test_join_start_is_the_tail_pattern(pieces: list[str], a: int, b: int) -> None:
    """statements._join_start (written out: the pattern was quadratic on a run of commas)
    answers where the pattern's match starts."""
    from newsdossier.analyze.claims.statements import _join_start

    text = "".join(pieces)
    lo, hi = sorted((min(a, len(text)), min(b, len(text))))
    m = _JOIN_TAIL.search(text, lo, hi)
    assert m is not None and _join_start(text, lo, hi) == m.start()


_OLD_ATTRIBUTION_TAIL = re.compile(
    r"[\s,]*(?:according\s+to|citing|quoting)\s+[^,;:.!?“”\"]{1,80}?"
    r"(?:,\s*(?:referring|speaking|pointing|adding|noting|apparently|reportedly)\b[^;:!?“”\"]*)?"
    r"[\s.,]*",
    re.I,
)


@settings(max_examples=400, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "according to",
                "Citing",
                "quoting",
                " ",
                "\n",
                "\xa0",
                ",",
                ".",
                ";",
                "?",
                "x",
                "the Post",
                ", referring",
                ", noting",
                "reportedly",
                "“",
            ]
        ),  # fmt: skip
        max_size=10,
    )
)
def test_attribution_tail_is_the_old_pattern(pieces: list[str]) -> None:
    """speech.is_attribution_tail (closing dots stripped first: the old pattern backtracked
    quadratically on a run of " .") answers what the old pattern's fullmatch answered."""
    from newsdossier.analyze.claims.speech import is_attribution_tail

    words = "".join(pieces)
    assert is_attribution_tail(words) == (_OLD_ATTRIBUTION_TAIL.fullmatch(words) is not None)
