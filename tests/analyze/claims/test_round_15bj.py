"""Claims v90 (issue 15, branch 15bj): what negates or hedges a claim's main predicate,
words under a condition, and blocks of a page that sell something.  Invented sentences;
the leads are independent readers' rows of seeds 1049-1051 (claims v88)."""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.promo import promo_spans
from tests.analyze.claims.reading import first_saying as _one

from .reading import said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


def _saying(analyze: Any, text: str) -> list[str]:
    doc, claims = analyze(text)
    return [said(doc, c) for c in claims]


_PITCH = (
    "The harbour council raised the tolls by 12 percent on Monday, Ivo Renk said.\n\n"
    "With tolls rising, thousands of Vellornian families are moving their savings into "
    "silver bars. Now you can too. Learn how with a free guide from Tarsel Metals. Click "
    "here to get your free guide on silver.\n\n"
    "The council will meet again in May."
)


@pytest.mark.issue(15)
def test_a_dealers_pitch_is_no_claim(analyze) -> None:
    got = _saying(analyze, _PITCH)
    assert not any("silver" in s or "families" in s for s in got), got
    assert any("12 percent" in s for s in got), got


@pytest.mark.issue(15)
def test_an_affiliate_blurb_on_a_disclosed_page_is_no_claim(claims_of) -> None:
    from newsdossier.analyze.pipeline import make_pipeline
    from newsdossier.model import Document, PublishedDate, Removed
    from newsdossier.settings import Settings

    text = (
        "Ivo Renk met the harbour council on Monday, the council said.\n\n"
        "I could spend hours on the flash deals, and I think the best deals are on the first "
        "pages."
    )
    pipe = make_pipeline(
        Settings(),
        ("newsdossier.spacy.v1", "newsdossier.sentences.v1", "newsdossier.mentions.v1",
         "newsdossier.claims.v2"),
    )  # fmt: skip
    removed = (Removed("other", "I earn a small commission when you buy through my links."),)
    doc = Document(Document.make_id(text), text, "t", "t", author="Kess Marlow",
                   outlet="Test Wire", published=PublishedDate("2021-05-04", "day", "metadata"),
                   removed=removed)  # fmt: skip
    claims = pipe.analyze([doc])[0].claims
    got = [said(doc, c) for c in claims]
    assert not any("deals" in s for s in got), got
    assert any("met the harbour council" in s for s in got), got


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "removed", "n"),
    [
        (_PITCH, (), 1),
        # a news paragraph that points to a report: too long for a block, and no offer
        ("The council said the fund lost 4 million crowns in 2020 and that a free audit "
         "would follow. " * 8 + "Click here for the report.", (), 0),
        # a bare "deal" on a page with no disclosure
        ("The port deal was signed on Monday. Click here to read it.", (), 0),
        # "sponsored by" inside a sentence is no disclosure
        ("The training was sponsored by the harbour council, which paid for deals.", (), 0),
        # a disclosure line makes the page's offers its own blocks
        ("Ivo Renk met the council.\n\nThe best deals are on page one.",
         ("This post contains affiliate links.",), 1),
        ("Ivo Renk met the council.\n\nSponsored\n\nThe best deals are on page one.", (), 2),
    ],
)  # fmt: skip
def test_promo_blocks(text: str, removed: tuple[str, ...], n: int) -> None:
    assert len(promo_spans(text, removed)) == n


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "hedge"),
    [
        # an appearance the sentence says is false: the adjective is the content
        ("Ivo Renk said the apparent calm of the harbour was in fact a lull before the strike.",
         "apparent calm", None),
        ("Ivo Renk said the port's apparent independence, which is actually a fiction, "
         "misleads the traders.", "apparent independence", None),
        # the noun of the subject's own: "supposed" is sarcasm on the noun
        ("Ivo Renk said they ignored their supposed voters and served the guilds.",
         "supposed voters", None),
        # what stays a hedge: an appearance not denied, another's "supposed" partner
        ("Ivo Renk said the apparent leak forced the port to close.", "apparent leak",
         "appears"),
        ("Ivo Renk said the police questioned his supposed accomplice on Monday.",
         "supposed accomplice", "alleged"),
    ],
)  # fmt: skip
def test_hedges_of_a_noun_denied_or_sarcastic(analyze, text, words, hedge):
    assert _one(analyze, text, words).hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "polarity"),
    [
        # a relative clause without its pronoun: the noun's negation
        ("Ivo Renk said the mayor surprised his rivals, posting sharp replies no one had "
         "expected.", "sharp replies", "positive"),
        ("Ivo Renk said the council built a pier nobody wanted.", "built a pier", "positive"),
        # a relative "whereby" clause
        ("Ivo Renk said the council agreed a plan whereby the port would not close.",
         "agreed a plan", "positive"),
        # what stays negative: the main predicate's own negation
        ("Ivo Renk said nobody expected the strike.", "expected the strike", "negative"),
        ("Ivo Renk said the council did not build the pier nobody wanted.", "build the pier",
         "negative"),
    ],
)  # fmt: skip
def test_negations_inside_a_clause_of_a_noun(analyze, text, words, polarity):
    assert _one(analyze, text, words).polarity == polarity


@pytest.mark.issue(15)
def test_a_hedge_in_a_fronted_setting_is_not_the_claims(analyze) -> None:
    c = _one(
        analyze,
        "Ivo Renk said: “In a harbour where no two captains seem to agree, the toll is a "
        "problem that grows every year.”",
        "the toll is a problem",
    )
    assert c.hedge is None
    assert c.polarity == "positive"


@pytest.mark.issue(15)
def test_a_quotes_next_sentence_keeps_its_condition(analyze) -> None:
    text = (
        "Mara Voss, his aide, said that if Ivo Renk and Tal Berin came on board as ministers, "
        "“We’ve lost. And I’ll quit.” The council met on Monday."
    )
    assert _one(analyze, text, "I’ll quit").modality == "conditional"
    # a quote's next sentence that does not go on with the consequence stays asserted
    text = "Mara Voss said that if Ivo Renk came on board, “We’ve lost. The port closed on Monday.”"
    assert _one(analyze, text, "port closed").modality == "asserted"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "hedge"),
    [
        # what would follow from a possibility granted is as hypothetical as it
        ("Ivo Renk said: “While a second toll might be possible in theory, such a levy would "
         "be unlawful and would drive the traders away.”", "would be unlawful", "may"),
        # a concession before a point of fact keeps its hedge to itself
        ("While the port might reopen in May, the council has already sold the pier, Ivo "
         "Renk said.", "already sold the pier", None),
    ],
)  # fmt: skip
def test_a_consequence_of_a_granted_possibility_is_hedged(analyze, text, words, hedge):
    assert _one(analyze, text, words).hedge == hedge


@pytest.mark.issue(15)
def test_a_sponsored_block_leaves_the_pages_deals_alone() -> None:
    text = (
        "Sponsored content: the Tarsel shop has the best deals.\n\n"
        "The two isles signed three trade deals on Monday, the council said."
    )
    assert promo_spans(text) == [(0, text.index("\n"))]
