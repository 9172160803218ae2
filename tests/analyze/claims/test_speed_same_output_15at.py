"""Cheaper forms of the claims stage's work answer what they replace (issue 15, branch
15at: the claims must not move).  The reporting-verb scan is set against the pattern it
replaces on every text Hypothesis makes of the pieces that decide it; a window left
unparsed is set against the same document's claims with every window parsed."""

from __future__ import annotations

import inspect
import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.claims import extract
from newsdossier.analyze.claims.lexicon import attribution, reporting_verbs, role_nouns
from newsdossier.analyze.pipeline import Work, make_pipeline
from newsdossier.model import Document, PublishedDate
from newsdossier.settings import Settings

pytestmark = pytest.mark.issue(15)

# the pieces that decide a verb's match: verbs of one and of several words, their case
# variants, word characters against them (letters, digits, "_", a letter of another
# script), the spaces a multi-word verb may hold, hyphens and apostrophes
_PIECES = st.sampled_from(
    ["said", "says", "Said", "SAID", "told", "told reporters", "told  reporters", "pointed",
     "pointed out", "pointed\nout", "points out", "went on to say", "went on", "made clear",
     "claims", "claim", "denied", "x", "_", "9", "é", "Ω", "un", "ed", "s", " ", "  ", "\n",
     "\t", "\u00a0", "-", "’", "'", ".", ",", "“", "the"]
)  # fmt: skip
_TEXTS = st.lists(_PIECES, max_size=16).map("".join) | st.text(max_size=40)


def _spans(matches: Any) -> list[tuple[tuple[int, int], str]]:
    return [(m.span(), m.group()) for m in matches]


@given(_TEXTS)
@settings(max_examples=600, deadline=None)
def test_reporting_verbs_are_the_patterns_matches(text: str) -> None:
    assert _spans(reporting_verbs(text)) == _spans(attribution().verbs.finditer(text))


@given(_TEXTS, st.integers(0, 60), st.integers(0, 60))
@settings(max_examples=400, deadline=None)
def test_reporting_verbs_inside_a_span_are_the_patterns_matches(text: str, a: int, b: int) -> None:
    # a ``\b`` at the scan's start sees the character before it: the runs must too
    old = _spans(attribution().verbs.finditer(text, a, b))
    assert _spans(reporting_verbs(text, a, b)) == old


# role words of one and several words, in every case, against word characters, with the
# letters that fold to an ASCII letter under IGNORECASE ("ſ", "K", "İ", "ı": the scan then)
_ROLE_PIECES = st.sampled_from(
    ["official", "officials", "OFFICIALS", "Official", "prime minister", "Prime  Minister",
     "prosecutor's office", "prosecutor’s office", "think-tank", "think tank", "op-ed",
     "communiqué", "COMMUNIQUÉ", "report", "ministry", "ſ", "\u212a", "\u0130", "\u0131", "x", "_",
     "9", "é", " ", "\n", "-", "'", ".", ",", "the"]
)  # fmt: skip
_ROLE_TEXTS = st.lists(_ROLE_PIECES, max_size=16).map("".join) | st.text(max_size=40)


@given(_ROLE_TEXTS, st.integers(0, 80), st.integers(0, 80))
@settings(max_examples=600, deadline=None)
def test_role_nouns_are_the_patterns_matches(text: str, a: int, b: int) -> None:
    assert _spans(role_nouns(text)) == _spans(attribution().role_noun.finditer(text))
    old = _spans(attribution().role_noun.finditer(text, a, b))
    assert _spans(role_nouns(text, a, b)) == old


def test_role_nouns_found_as_before() -> None:
    text = (
        "The Prime Minister's office and two senior officials of the think-tank, per a COMMUNIQUÉ"
    )
    assert _spans(role_nouns(text)) == _spans(attribution().role_noun.finditer(text))
    assert len(role_nouns(text)) >= 3


def test_every_reporting_verb_opens_with_a_word_run() -> None:
    text = "Ivo Renk pointed out that the council went on to say it was late, Mara Voss told reporters."
    found = [m.group() for m in reporting_verbs(text)]
    assert found == [m.group() for m in attribution().verbs.finditer(text)]
    assert "pointed out" in found and "told reporters" in found
    assert re.fullmatch(r"\w+", next(iter(attribution().verb_heads)))


@pytest.fixture(scope="module")
def foundation() -> Any:
    return make_pipeline(
        Settings(),
        ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
         "newsdossier.claims.v2"),
    )  # fmt: skip


def _claims(pipe: Any, text: str) -> list[Any]:
    doc = Document(Document.make_id(text), text, "t", "t", outlet="Test Wire",
                   published=PublishedDate("2021-05-04", "day", "metadata"))  # fmt: skip
    return list(pipe.analyze([doc])[0].claims)


def _windows(pipe: Any, text: str) -> list[tuple[int, int, bool]]:
    """What planning asked of each window: (start, end, left unparsed)."""
    doc = Document(Document.make_id(text), text, "t", "t", outlet="Test Wire",
                   published=PublishedDate("2021-05-04", "day", "metadata"))  # fmt: skip
    work = [Work(doc)]
    for comp in pipe.components[:3]:
        comp(work)
    asked: list[tuple[int, int, bool]] = []
    real = extract._window_claims_nothing

    def spy(*args: Any) -> bool:
        got = real(*args)
        asked.append((args[3], args[4], got))
        return got

    try:
        extract._window_claims_nothing = spy  # type: ignore[assignment]
        extract.plan_claims(doc, work[0].sentences, work[0].mentions)
    finally:
        extract._window_claims_nothing = real  # type: ignore[assignment]
    return asked


_UNCLAIMED = [
    # a pitch: its counts assert nothing, whatever they bind to (with no call to action:
    # "Buy now and save 20 percent!" makes the paragraph a block that sells, whose sentences
    # are not read at all, claims v90; still so after review17's mend, m17a: an imperative at
    # a sentence's start with an offer, no frame, no quote; test_review17_promo_conditions.py
    # holds the old input as a block)
    "The Vellorn Tea Club has 5,000 members and offers free shipping. Its teas arrive in two days.",
    # quoted words nobody is said to have said
    "Nobody signed the flyer. “Ivo Renk bought 400 rifles in Dunmere last year.” It was left "
    "at the door.",
]
_CLAIMED = "Ivo Renk bought 400 rifles in Dunmere, the council said. He kept 30 of them."


@pytest.mark.parametrize("text", _UNCLAIMED)
def test_an_unclaimable_window_is_not_parsed_and_nothing_moves(
    foundation: Any, text: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert any(skip for _, _, skip in _windows(foundation, text))
    fast = _claims(foundation, text)
    monkeypatch.setattr(extract, "_window_claims_nothing", _never)
    assert _claims(foundation, text) == fast


def test_a_claimable_window_is_parsed(foundation: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    asked = _windows(foundation, _CLAIMED)
    assert asked and not any(skip for _, _, skip in asked)
    fast = _claims(foundation, _CLAIMED)
    assert any(c.value and "400" in c.value for c in fast)
    monkeypatch.setattr(extract, "_window_claims_nothing", _never)
    assert _claims(foundation, _CLAIMED) == fast


def _never(*_args: Any) -> bool:
    return False


def test_value_statement_reads_no_binding() -> None:
    # planning asks it with a place alone: its signature holds no binding
    params = list(inspect.signature(extract._value_statement).parameters)
    assert params == ["d", "sent", "stmts", "va"]


# a denial's words: a name's claim, a copula, a false predicate (or a near miss of one)
_DENIAL_PIECES = st.sampled_from(
    ["Ivo Renk", "Vellornia", "’s", "'s", " ", "  ", "claim", "claims", "report", "that",
     "the", "is", "was", "were", "simply", "false", "False", "FALSE", "untrue", "not true",
     "not  true", "a lie", "lies", "fake news", "without merit", "incorrect", "correct", "tru",
     "fals", ".", ",", "“", "x"]
)  # fmt: skip


@given(st.lists(_DENIAL_PIECES, max_size=14).map("".join), st.integers(0, 20))
@settings(max_examples=500, deadline=None)
def test_denied_as_before_without_a_false_word(text: str, at: int) -> None:
    from dataclasses import replace

    from newsdossier.analyze.claims import speech
    from newsdossier.analyze.claims.quotes import QuoteIndex

    s = speech._Sent(text, 0, [], QuoteIndex(text))
    fast = speech._denies(s, min(at, len(text)), "denied", False)
    every = replace(attribution(), false_words=("",))  # "" is in every text: no skip
    real = speech.attribution
    try:
        speech.attribution = lambda: every  # type: ignore[assignment]
        full = speech._denies(s, min(at, len(text)), "denied", False)
    finally:
        speech.attribution = real  # type: ignore[assignment]
    assert fast == full


def test_a_denial_is_still_found() -> None:
    from newsdossier.analyze.claims import speech
    from newsdossier.analyze.claims.quotes import QuoteIndex

    text = "Mara Voss denied it, saying Ivo Renk's claim was simply false."
    s = speech._Sent(text, 0, [], QuoteIndex(text))
    assert speech._denies(s, 15, "denied", False) is not None


_MEDIA_PIECES = st.sampled_from(
    ["the", "The", " ", "  ", "\n", "daily", "DAILY", "Daily", "news agency", "News  Agency",
     "TV", "tv", "radio", "paper", "newspaper", "website", "web site", "publication", "outlet",
     "wire service", "da", "ily", "ſ", "\u212a", "\u0130", "\u0131", "x", ",", "."]
)  # fmt: skip


@given(st.lists(_MEDIA_PIECES, max_size=12).map("".join) | st.text(max_size=30))
@settings(max_examples=600, deadline=None)
def test_media_noun_before_is_skipped_only_where_it_cannot_match(before: str) -> None:
    from newsdossier.analyze.claims import outlets

    if not outlets._may_name_media(before):
        assert outlets._MEDIA_BEFORE.search(before) is None


def test_every_media_noun_holds_a_word_of_the_test() -> None:
    from newsdossier.analyze.claims import outlets

    group = outlets._MEDIA_BEFORE.pattern.split(r")\s+(?:the")[0].removeprefix("(?:")
    alternatives = [a.replace(r"\s+", " ").lower() for a in group.split("|")]
    assert len(alternatives) > 10
    for alt in alternatives:
        assert any(w in alt for w in outlets._MEDIA_BEFORE_WORDS), alt


_ADDRESS_PIECES = st.sampled_from(
    ["you", "YOU", "Your", "yours", "subscribe now", "Sign Up", "sign  up", "click here",
     "newsletter", "free shipping", "Free  Shipping", "promo code", "buy now", "BUY NOW",
     "add to cart", "50% OFF", "50 %  OFF", "50% off", "now", "code", "ſ", "\u212a", "\u0130",
     "\u0131", " ", ".", ",", "x", "at vellornwire.com", "find it"]
)  # fmt: skip


@given(st.lists(_ADDRESS_PIECES, max_size=10).map(" ".join) | st.text(max_size=30))
@settings(max_examples=600, deadline=None)
def test_reader_address_is_the_three_scans(text: str) -> None:
    from newsdossier.analyze.claims import speech_acts as sa

    old = bool(sa._FURNITURE.search(text) and sa._YOU.search(text) or sa._ADVERT.search(text))
    assert sa._reader_address(text) == old


def test_advert_words_cover_every_alternative() -> None:
    from newsdossier.analyze.claims import speech_acts as sa

    pattern = sa._ADVERT.pattern.replace(r"\s+", " ").replace(r"\s*", "").lower()
    body = pattern.removeprefix(r"\b(?:").split(r")\b|")
    alternatives = body[0].split("|") + [body[1]]
    assert len(alternatives) >= 8
    for alt in alternatives:
        assert any(w in alt for w in sa._ADVERT_WORDS), alt
