"""The review of claims v92 (m17b): the negation of a relative clause without its pronoun
only after the noun it qualifies, a fronted setting only up to its first comma, an
appearance denied only by a copula's "in fact"/"actually", the subject's own "supposed"
only of "they"/"we" and people owed a duty.  Invented sentences, each a counter-example
the rules of branch 15bj got wrong, next to what they still do."""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.modality import polarity_of
from tests.analyze.claims.reading import first_saying as _one


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Kess Marlow")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "polarity"),
    [
        # "nobody"/"no one" as the subject of the reported clause: a denial
        ("Asked whether the pier was safe, harbour officials said nobody knew.", "nobody knew",
         "negative"),
        ("The port minister said nobody had ever believed.", "nobody had ever believed",
         "negative"),
        # after the noun it qualifies the negation stays the noun's
        ("Ivo Renk said the council built a jetty nobody wanted.", "built a jetty", "positive"),
    ],
)  # fmt: skip
def test_nobody_negates_unless_after_its_noun(analyze, text, words, polarity):
    assert _one(analyze, text, words).polarity == polarity


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "hedge"),
    [
        # a hedge of the main clause after the setting's first comma stays
        ("In the harbour where the boats were found, police believe the smuggler may still "
         "be at sea, the chief said.", "may still be at sea", "may"),
        ("In the town where the strike began, officials said the guild may have had help, "
         "the mayor said.", "may have had help", "may"),
        # an adverb on another verb denies no appearance
        ("Police are investigating an apparent theft that really shocked the harbour, Ivo "
         "Renk said.", "apparent theft", "appears"),
        ("The apparent smuggler actually lives in Vellornia, police said.",
         "apparent smuggler", "appears"),
        # one person's "supposed" partner is another's, alleged
        ("Ivo Renk was charged on Monday. He met his supposed accomplice in a Harvan hotel "
         "in 2019, prosecutors said.", "supposed accomplice", "alleged"),
        # what the rules still take: the setting's own hedge, a copula's "in fact", the
        # voters a body owes a duty
        ("In a harbour where no two captains seem to agree, the toll is a problem, Ivo Renk "
         "said.", "the toll is a problem", None),
        # (a setting whose noun phrase holds a list with commas)
        ("In a crowded world of traders, guilds and captains whereby, no two crews seem to "
         "agree on a toll, the harbour is a problem, Ivo Renk said.", "the harbour is a problem",
         None),
        ("Ivo Renk said the apparent calm of the harbour was, in fact, a lull.",
         "apparent calm", None),
        ("Ivo Renk said they ignored their supposed constituents for years.",
         "supposed constituents", None),
    ],
)  # fmt: skip
def test_hedges_kept_in_a_setting_an_adverb_or_anothers_noun(analyze, text, words, hedge):
    assert _one(analyze, text, words).hedge == hedge


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "polarity"),
    [
        ("Ivo Renk told us no one had noticed.", "negative"),
        ("Mara Voss insisted nobody knew.", "negative"),
        ("Harbour officials fear no one had noticed.", "negative"),
        ("the mayor surprised his rivals, posting sharp replies no one had expected", "positive"),
        ("the council dredged the one channel nobody needed", "positive"),
    ],
)  # fmt: skip
def test_the_noun_before_a_relative_nobody(words, polarity):
    assert polarity_of(words) == polarity
