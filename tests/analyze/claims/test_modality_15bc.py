"""Claims v76 (issue 15, branch 15bc): what a hedge word scopes over, negations that negate
nothing, projections under a premise, and lines that are no claim.  Invented sentences;
the leads are independent readers' rows of seeds 1031-1037 (claims v73/v74)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.modality import polarity_of, premised
from newsdossier.analyze.claims.speech_acts import speech_act
from tests.analyze.claims.reading import first_saying as _one


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "hedge"),
    [
        # an impression offered as such
        ("Ivo Renk said: “Out here in Vellornia, it also feels like the levy machinery is "
         "getting ready for the traders.”", "levy machinery", "appears"),
        ("Ivo Renk said it seems like the port is closing its doors.", "closing its doors",
         "appears"),
        # the predicate's own degree
        ("“This wasn't just bad policy—it was potentially criminal,” said Ivo Renk.",
         "potentially criminal", "possibly"),
        # "I think:" opens the thought, wherever the parse hangs it
        ("Ivo Renk said: “This is the first time that I think: it could really work.”",
         "could really work", "opinion"),
        ("Ivo Renk said the port seems to be closing its doors.", "closing its doors",
         "appears"),
    ],
)  # fmt: skip
def test_hedges_of_the_main_predicate(analyze, text, words, hedge):
    assert _one(analyze, text, words).hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "hedge"),
    [
        # "apparent" on the subject of an adjective predicate: the name's, not the claim's
        ("Ivo Renk said the apparent slowness of the council was not unusual.",
         "apparent slowness", None),
        ("Ivo Renk said: “The apparent slowness of the council is not unusual.”",
         "apparent slowness", None),
        # a noun predicate keeps it, and so does a noun-phrase hedge in the object
        ("Ivo Renk said the deal includes the likely delivery of ferries.",
         "likely delivery", "possibly"),
        # a simile is no impression of a fact
        ("Mara Voss said: “It feels like being in a cult, every single day.”", "in a cult",
         None),
        # a gapped relative: "traits a person could have." describes the traits
        ("Ivo Renk said the board lists blue eyes, brown hair and all the traits a person "
         "could have.", "board lists", None),
    ],
)  # fmt: skip
def test_hedges_of_a_noun_only(analyze, text, words, hedge):
    assert _one(analyze, text, words).hedge == hedge


@pytest.mark.issue(15)
def test_an_apparent_subject_makes_no_writers_claim(analyze):
    doc, claims = analyze(
        "The apparent slowness of this council is not unusual and the rise of the market "
        "does not ease the crisis."
    )
    assert not claims


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "polarity"),
    [
        # a second subject set off by commas, its verb negated with a curly apostrophe
        ("“The Harvan traders then, and people now, don’t understand how quickly their "
         "neighbours will change,” Ivo Renk said.", "don’t understand", "negative"),
        ("Ivo Renk said he couldn't be happier with the new harbour.", "happier", "positive"),
        ("Ivo Renk said he can’t help thinking the levy was a mistake.", "help thinking",
         "positive"),
        ("Ivo Renk said he can't wait to see the new harbour.", "wait", "positive"),
        ("Ivo Renk said he can’t sign the levy.", "sign the levy", "negative"),
        # the negation of a quoted relative clause is the document's, not the claim's
        ("The bill spends $58 million to counter Vellornia’s alleged breach of the Harbour "
         "Treaty, including a research program, “which would not place Dovria in violation "
         "of the treaty.”", "alleged breach", "positive"),
    ],
)  # fmt: skip
def test_negations_that_negate_the_main_claim_or_not(analyze, text, words, polarity):
    assert _one(analyze, text, words).polarity == polarity


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("the traders, and the sailors, did not sell the pier", "negative"),
        ("the traders sold the pier, and the sailors did not buy it", "positive"),
        ("a missile program “which would not place Dovria in violation”", "positive"),
        ("he could not be more wrong about the levy", "positive"),
        ("he could not be reached", "negative"),
        # eagerness: it cannot come too soon; a failure keeps its negation
        ("the vote cannot come soon enough", "positive"),
        ("the ferry could not arrive soon enough to save them", "negative"),
        # the negation is the goal of the main predicate
        ("the council worked to make sure no more papers would be revealed", "positive"),
        ("the council ensured that nobody saw the papers", "positive"),
        ("the council did not make sure that nobody saw the papers", "negative"),
    ],
)  # fmt: skip
def test_polarity_patterns(words, polarity):
    assert polarity_of(words) == polarity


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("At this rate, Vellornia will run out of water by 2030, the Harvan Institute said.",
         "run out of water", "conditional"),
        ("At this rate, Vellornia will have 400 wells by 2030, the Harvan Institute said.",
         "400 wells", "conditional"),
        ("If current trends hold, Vellornia will have 3 doctors per 1,000 people by 2030, "
         "the Harvan Institute said.", "3 doctors", "conditional"),
        ("Projecting the number of doctors—assuming current trends continue—Vellornia will "
         "have 2.97 doctors per 1,000 people by 2030, the Harvan Institute said.",
         "2.97 doctors", "conditional"),
        # a rate that reports
        ("At this rate of growth, Vellornia built 400 wells in 2020, the Harvan Institute "
         "said.", "400 wells", "asserted"),
        # a condition of the report, not of the value
        ("Ivo Renk said the port had 300 workers, and if the levy passes he will resign.",
         "300 workers", "asserted"),
    ],
)  # fmt: skip
def test_projections_under_a_premise_are_conditional(analyze, text, words, modality):
    assert _one(analyze, text, words).modality == modality


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("at this rate, the fund will be empty by 2030", True),
        ("if current trends continue, the fund would be empty", True),
        ("on current trends the fund will be empty", True),
        ("at this rate of growth the fund rose 5 % a year", False),
        ("the fund will be empty by 2030", False),
    ],
)  # fmt: skip
def test_premised(words, expected):
    assert premised(words) is expected


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("Let them try and fly there now.", "imperative"),
        ("Let him come and see the harbour.", "imperative"),
        ("Some of you may already know this and some of you may be less familiar with "
         "what I’m about to share.", "reader-address"),
        ("Many of you will remember this.", "reader-address"),
        ("I do not have anything more to say.", "formula"),
        ("We do Harbour Live, one product, one price.", "reader-address"),
        ("A-I do not have anything else, I think it was a really interesting reading.",
         "formula"),
        ("Nothing more to add.", "formula"),
        ("A: Stop the levy now.", "imperative"),
        # these go on to assert
        ("I do not have anything else about the levy to show you.", None),
        ("A: The levy rose in May.", None),
        ("Let me be clear: the levy will not pass.", None),
        ("Some of you may know that the port closed in May.", None),
        # (the review of claims v81: what follows the remark or the close is asserted)
        ("As many of you know, I was born in Harva.", None),
        ("Many of you will remember the flood of 2009, which killed 40 people.", None),
        ("We do not have anything else in the budget for schools.", None),
        ("We do business with Dovria, the council said.", None),
    ],
)  # fmt: skip
def test_lines_that_are_no_claim(words, act):
    assert speech_act(words) == act


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        # the age row shows the sentence: its "allegedly" is shown with it
        ("In Harvel, 30-year-old Mara Voss was prosecuted for using the pills allegedly "
         "later in her term.", "alleged"),
        ("Ivo Renk, 54, reportedly sold the pier.", "reportedly"),
        # a modal of the sentence is not the age's
        ("Ivo Renk, 54, may sell the pier.", None),
    ],
)  # fmt: skip
def test_an_age_row_shows_the_sentences_evidential_hedge(analyze, text, hedge):
    doc, claims = analyze(text)
    ages = [c for c in claims if c.attribute == "age"]
    assert ages and ages[0].hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedge"),
    [
        ("Ivo Renk said the proxy war could become a direct war.", "may"),
        ("Ivo Renk said the dispute could escalate.", "may"),
        # past ability stays unhedged
        ("Ivo Renk said he could swim across the bay.", None),
    ],
)  # fmt: skip
def test_could_before_a_turn_for_the_worse(analyze, text, hedge):
    doc, claims = analyze(text)
    assert claims and claims[0].hedge == hedge
