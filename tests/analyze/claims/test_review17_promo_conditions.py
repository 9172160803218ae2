"""Review17's counter-examples to two rules of claims v90 (branch 15bj), mended (m17a):
paragraphs that sell something (:mod:`newsdossier.analyze.claims.promo`) took ordinary news
paragraphs, and a conditional quote's next sentence (``extract._conditions_carried``) made
plain facts conditional.  Invented sentences; the rules' own leads are in
test_round_15bj.py and stay as they were."""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.promo import promo_spans
from tests.analyze.claims.reading import first_saying as _one

pytestmark = pytest.mark.issue(15)

_AFFILIATE_LINE = "This article contains affiliate links; we may earn a commission."


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.parametrize(
    ("text", "removed"),
    [
        # an offer with a call to action's words in a news sentence: "get a", not "get your"
        ("Pensioners will get a free bus pass from April, the transport minister said.", ()),
        ("Pensioners will get a free bus pass from April.", ()),
        # "act now" inside a quote, not an imperative at a sentence's start
        ("“We must act now,” Senator Jane Whitford said, calling for free school meals.", ()),
        ("Voters can register today at any library, and buses will be free on election day.",
         ()),
        # an imperative at a sentence's start, in a paragraph that says who said it
        ("Residents can get their flu shots for free at the clinic, health officials said. "
         "Call today to book.", ()),
        # the words of a disclosure inside a sentence: news about paid content
        ("The Vellorn Trade Commission said sponsored content must be clearly labelled, and "
         "fined three influencers.", ()),
        ("The campaign ran a paid advertisement on Monday, and the governor said the ad was "
         "false.", ()),
        ("The campaign ran a paid advertisement accusing the governor of lying.", ()),
        ("Sponsored by Rep. Dana Kolb, the bill would raise the minimum wage to $15, its "
         "backers said.", ()),
        ("Sponsored by Rep. Dana Kolb, the bill would raise the minimum wage to $15.", ()),
        # a page with an affiliate line: a news paragraph's deals are no sale
        ("The two isles signed trade deals worth $4 billion, officials said.",
         (_AFFILIATE_LINE,)),
        ("The two isles signed trade deals worth $4 billion.", (_AFFILIATE_LINE,)),
        ("Retailers offered discounts of up to 50% off, but sales fell 3 percent.",
         ("This post contains affiliate links.",)),
    ],
)  # fmt: skip
def test_news_prose_is_no_block_that_sells(text: str, removed: tuple[str, ...]) -> None:
    assert promo_spans(text, removed) == []


def test_a_sponsored_by_sentence_is_no_label_and_leaves_the_next_paragraph() -> None:
    text = (
        "Sponsored by Sen. Ruth Kane, the bill passed 60-40.\n\n"
        "The governor vetoed the bill on Friday, her spokesman said."
    )
    assert promo_spans(text) == []


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Pensioners will get a free bus pass from April, the transport minister said.",
         "free bus pass"),
        ("“We must act now,” Senator Jane Whitford said, calling for free school meals.",
         "act now"),
        ("Residents can get their flu shots for free at the clinic, health officials said. "
         "Call today to book.", "flu shots"),
        ("The Vellorn Trade Commission said sponsored content must be clearly labelled, and "
         "fined three influencers.", "clearly labelled"),
        ("The campaign ran a paid advertisement on Monday, and the governor said the ad was "
         "false.", "the ad was false"),
        ("Sponsored by Rep. Dana Kolb, the bill would raise the minimum wage to $15, its "
         "backers said.", "minimum wage"),
        ("Sponsored by Sen. Ruth Kane, the bill passed 60-40.\n\n"
         "The governor vetoed the bill on Friday, her spokesman said.", "vetoed the bill"),
        ("The two isles signed trade deals worth $4 billion, officials said.\n"
         + _AFFILIATE_LINE, "trade deals"),
    ],
)  # fmt: skip
def test_news_paragraphs_keep_their_claims(analyze, text: str, words: str) -> None:
    _one(analyze, text, words)


@pytest.mark.parametrize(
    ("text", "removed", "n"),
    [
        # what stays a block: an imperative at a sentence's start with an offer (the pitch
        # test_speed_same_output_15at.py read before claims v90)
        ("The Vellorn Tea Club has 5,000 members and offers free shipping. Buy now and save "
         "20 percent!", (), 1),
        ("Click here to claim your free silver guide.", (), 1),
        # a verb of the claims' lexicon that frames nothing: the guide "reveals"
        ("Learn how with a free guide from Tarsel Metals. It reveals how silver protects your "
         "savings. Click here to get your free guide.", (), 1),
        ("For more information on the book, visit tarselbooks.com. Visitors can download a "
         "free chapter.", (), 1),
        # a label line of a name alone, and the block below it
        ("Sponsored by Tarsel Metals\n\nSilver is the safest place for your savings.", (), 2),
        # a disclosure label before the block's words, an affiliate line
        ("Paid partnership: the Tarsel shop ships silver bars in two days.", (), 1),
        (_AFFILIATE_LINE, (), 1),
        # the shopper's guide's deals on an affiliate page: the reader's, the writer's own
        ("You will find the deals on page two.", (_AFFILIATE_LINE,), 1),
        ("I found three coupons for the Tarsel shop.", (_AFFILIATE_LINE,), 1),
        ("Who needs a casino when we have the Tarsel shop's flash deals?", (_AFFILIATE_LINE,), 1),
    ],
)  # fmt: skip
def test_what_stays_a_block_that_sells(text: str, removed: tuple[str, ...], n: int) -> None:
    assert len(promo_spans(text, removed)) == n


@pytest.mark.parametrize(
    ("text", "words"),
    [
        # what has happened so far, or in the past, in the quote after the consequence
        ("Ruth Kane said that if the union strikes, “We will close the port. So far, 40 ships "
         "have been diverted.”", "So far"),
        ("Ruth Kane said that if the union strikes, “We will close the port. And last year we "
         "lost $3 million.”", "last year"),
        # outside any quote: a report of what happened next
        ("Ruth Kane said that if the union strikes, the port would close. Then, in March, the "
         "union voted to strike, she said.", "voted to strike"),
        # a new quote after the frame: a new turn
        ("“If the board approves the deal, we will sell the plant,” Ivo Renk said. “And we have "
         "already told the workers.”", "already told"),
    ],
)  # fmt: skip
def test_a_fact_after_a_conditional_quote_stays_asserted(analyze, text: str, words: str) -> None:
    assert _one(analyze, text, words).modality == "asserted"


def test_a_consequence_to_come_in_the_same_quote_stays_conditional(analyze) -> None:
    text = "Ruth Kane said that if the union strikes, “We will close the port. And we won’t pay.”"
    assert _one(analyze, text, "won’t pay").modality == "conditional"
