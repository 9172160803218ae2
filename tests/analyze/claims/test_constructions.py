"""Constructions of news writing found missing on independent gold (issue 15, round 3).

Each row is an invented sentence in a construction the claims layer missed or got
wrong on articles nobody here wrote; the rows that must yield nothing are the
false friends met on the FakeNewsCorpus sample and Tehran Times pages while fixing
them.
"""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


# text, words of the claim's sentence, speaker contains, kind (None: any)
SPEAKERS = [
    # a discourse adverb set off by commas between speaker and verb
    ("Vellornians, meanwhile, say the levy is a big reason for the deficit.",
     "levy", "Vellornians", None),
    ("The Harvan Council, for its part, said the vote was rigged.", "vote", "Harvan Council", None),
    # "have since said"
    ("Authorities have since said they do not plan to charge Ivo Renk.", "charge", "Authorities", None),
    # plural role nouns and agent plurals the lexicon did not list
    ("Ivo Renk was released on bail. His attorneys say he will plead not guilty.",
     "plead", "attorneys", "anonymous"),
    # (the quote is a clause: a quoted phrase alone, "of “hiding the bill”", is a fragment
    # and no statement since claims v14)
    ("The board acts surprised whenever tax reformers accuse it of “hiding the bill it owes”.",
     "hiding", "tax reformers", "anonymous"),
    ("We know there was more than one gunman, according to dozens of eyewitnesses.",
     "gunman", "eyewitnesses", "anonymous"),
    # a document whose issuer is an agent phrase
    ("But newly released court records filed last fall by the Vellorn Police Department say "
     "Renk may have helped the gunman.", "helped", "records", "document"),
    # belief without "that": a clause with an auxiliary or modal after its subject
    ("Police believe Ivo Renk may have conspired with the gunman.", "conspired", "Police", None),
    # a participle after "by" or after an issued statement
    ("Mara Voss has defended the plan by claiming that the tax was fair.", "tax", "Mara Voss", None),
    ("Senator Ivo Renk issued a statement affirming that he has known Mara Voss for years.",
     "known", "Ivo Renk", None),
    # the verb first: "Said X, ...:" and the words in the next paragraph
    ("The campaign made promises.\nSaid Ivo Renk, founder of the Harvan Council:\n"
     "“What we found was a candidate lying to the voters.”", "lying", "Ivo Renk", "named"),
    # a stance noun owned by the speaker: "X's view is that ...", "His opinion is: “...”"
    ("Mara Voss’s view is that the council has lost its way.", "lost its way", "Mara Voss", "named"),
    ("The Harvan Council's position was that the mine must close.", "mine", "Harvan Council", None),
    ("Mara Voss spoke after the vote. Her opinion is: “Take the result with a grain of salt.”",
     "grain of salt", "Mara Voss", "named"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words", "speaker", "kind"), SPEAKERS)
def test_constructions_speaker(analyze, text, words, speaker, kind) -> None:
    _, claims = analyze(text)
    found = [c for c in claims if words in c.text]
    assert found, text
    c = found[0]
    assert speaker.lower() in (c.source_name or "").lower(), (c.source_name, c.source_kind)
    if kind is not None:
        assert c.source_kind == kind


NO_SPEAKER = [
    "The report's conclusion is that the tax failed.",  # a document's, and no one named owns it
    "In his view, the tax failed.",  # nobody "he" can be
    "The trim ups that ante by adding torque vectoring between the wheels.",  # "by adding": no speech
    "Don’t believe the council will spare the old quarter.",  # an imperative, no believer
    "To believe Vellorn will be intimidated is to place hope over reality.",
    "In the operation, all the people involved are promised to be disclosed to the public.",
    "She died after collapsing at a police station, where she was learning the dress code rules.",
]


@pytest.mark.issue(15)
@pytest.mark.parametrize("text", NO_SPEAKER)
def test_constructions_no_speaker(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.source_kind not in ("outlet", "author")], [
        (c.source_name, c.source_kind) for c in claims
    ]


# text, hedge label, the hedged words
HEDGES = [
    ("It appears Ivo Renk wasn’t lying.", "appears", "It appears"),
    ("There are also reports that Renk deleted his page.", "reportedly", "There are also reports that"),
    ("One can imagine that the gunmen helped Renk.", "possibly", "One can imagine"),
    ("The drug is potentially paving the way for new treatments.", "possibly", "potentially"),
    ("It is possible that the vote was rigged.", "possibly", "It is possible that"),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "label", "words"), HEDGES)
def test_constructions_hedge(analyze, text, label, words) -> None:
    doc, claims = analyze(text)
    (c,) = claims
    assert c.hedge == label
    assert doc.text[c.hedge_start : c.hedge_end].startswith(words.split()[0])


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "It seems soundly financed.",  # "it seems" + an adjective phrase: a judgement, no clause
        "A potentially fatal reaction can follow.",  # qualifies a word, not the claim
        "It appeared in the Vellorn Times last week.",
    ],
)
def test_constructions_not_hedges(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.hedge], [(c.hedge, c.text) for c in claims]


@pytest.mark.issue(15)
def test_constructions_age_in_apposition(analyze) -> None:
    doc, claims = analyze(
        "Protests broke out over the death of Mara Voss, a 22-year-old student. "
        "Vellorn has accused Ivo Renk, 54, of spying."
    )
    ages = {c.subject_text: c for c in claims if c.attribute == "age"}
    assert set(ages) == {"Mara Voss", "Ivo Renk"}
    assert (ages["Mara Voss"].value, ages["Ivo Renk"].value) == ("22", "54")
    assert ages["Mara Voss"].unit == "years"
    # the age is the writer's detail even inside another source's statement
    assert ages["Ivo Renk"].source_kind == "outlet"
    for c in ages.values():
        assert doc.text[c.value_start : c.value_end] == c.value


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text", ["Mara Voss, 2019, was a year to forget.", "Ivo Renk, 12 others and the mayor left."]
)
def test_constructions_not_ages(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.attribute == "age"]


@pytest.mark.issue(15)
def test_constructions_pronoun_subject_with_irregular_verb(analyze) -> None:
    # "he sold": the count's subject is the speaker, a name before the count the recipient
    _, claims = analyze("Ivo Renk says he sold Tomas Vell 720 rounds of ammunition from his home.")
    value = [c for c in claims if c.value]
    assert value and value[0].value == "720" and value[0].subject_text == "Ivo Renk"
    assert (value[0].unit or "").startswith("rounds")


@pytest.mark.issue(15)
def test_constructions_content_anaphor_needs_the_noun_in_a_name(analyze) -> None:
    _, claims = analyze(
        "Mara Voss said the Harvan Council met on Monday. She added that the council has voted to close the mine."
    )
    said = next(c for c in claims if "voted" in c.text)
    assert said.subject_text == "Harvan Council"
    _, claims = analyze(
        "Mara Voss said the Harvan Council met on Monday. She added that the group has voted to close the mine."
    )
    said = next(c for c in claims if "voted" in c.text)
    assert said.subject_text == ""  # "the group" is not named "Harvan Council": no guess


# text, value, subject, unit
FIGURES = [
    # a duration after "for", its subject before an appositive
    ("Ivo Renk, a former official charged in Marrowland on false charges, has been held in "
     "solitary confinement for over three years.", "over three years", "Ivo Renk", "years"),
    # a relative clause's name antecedent; the amount with its currency
    ("Bishop Ivo Renk, who authorized payment of $900,000 to the families, resigned.",
     "$900,000", "Ivo Renk", "dollars"),
    ("The Harvan Council received $675,000 from the ministry.", "$675,000", "Harvan Council", "dollars"),
    ("The Harvan Council, which has four members, asked for a recount.", "four", "Harvan Council", None),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "value", "subject", "unit"), FIGURES)
def test_constructions_figures_bound_to_their_subject(analyze, text, value, subject, unit) -> None:
    doc, claims = analyze(text)
    found = [c for c in claims if c.value == value]
    assert found, [(c.value, c.subject_text) for c in claims]
    c = found[0]
    assert c.subject_text == subject
    assert unit is None or c.unit == unit
    assert doc.text[c.value_start : c.value_end] == value


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # a common noun before the relative clause: no name to bind the figure to
        "Vellorn says an exile group that is financed by Marrowland has 400 fighters.",
        # a duration of an event is no entity's
        "The talks lasted for three days, Ivo Renk said.",
    ],
)
def test_constructions_figures_without_an_entity(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.value and c.subject_text in ("Marrowland", "Ivo Renk")]


@pytest.mark.issue(15)
def test_constructions_value_in_the_speakers_description_keeps_the_statement(analyze) -> None:
    _, claims = analyze(
        "Professor Ivo Renk, who was an intelligence analyst for 28 years, told the Harbor Post "
        "that the funding of the Front has always been unclear."
    )
    said = [c for c in claims if c.source_name == "Ivo Renk"]
    assert said and said[0].value is None  # the reported words are still a claim of their own
    value = [c for c in claims if c.value == "28 years"]
    assert value and value[0].source_kind == "outlet"  # the speaker's description is the writer's


@pytest.mark.issue(15)
def test_constructions_words_of_an_unnamed_speaker_are_never_the_writers(analyze) -> None:
    # "She claims ...": a verb after a subject pronoun; with no one "she" can be, neither a
    # statement nor a value nor a hedged assertion in the writer's voice
    _, claims = analyze(
        "She claims the Harvan Council has been paid 4,000 dollars and may have lied."
    )
    assert not claims, [(c.source_name, c.value, c.hedge) for c in claims]
    _, claims = analyze(
        "Mara Voss spoke on Monday. She claims the Harvan Council has been paid 4,000 dollars."
    )
    paid = [c for c in claims if "paid" in c.text]
    assert paid and all(c.source_name == "Mara Voss" for c in paid)
