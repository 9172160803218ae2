"""Whose words and which words (issue 15, branch 15aa): invented examples of the speaker and
span misses independent readers found on FakeNewsCorpus builds (seeds 87, 88, 93, 471):

- the writer's gloss of talk ("said nice things about X", "says one thing to the cameras")
  filed as the speaker's statement;
- the main clause before "after X announced ..." filed as X's words;
- "X said she pointed out that ...": the pronoun resolved to another person of the article;
- an accusation as the object alone ("accusing the agency of ...") or with its frame
  ("The prime minister, X, accused ...");
- a slogan quoted inside the reported clause taken for the whole statement, a clause cut at
  the end of a quoted piece, the one asked kept in front of the question;
- "According to X, the fund had raised $1,350 ...": the words started inside the number.
"""

from __future__ import annotations

import pytest

from tests.analyze.claims.reading import by_speaker as _by
from tests.analyze.claims.reading import said as _words


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Lena Ostrova")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The Vellorn governor endorsed Senator Tam Kessick before the primary, but said nice "
        "things about Orlan Bext, too.",
        "Mara Dunley consistently says one thing to the cameras while doing just the opposite.",
        "Orlan Bext said something similar about the harbour fund last year.",
    ],
)
def test_talk_named_by_its_object_is_no_statement(analyze, text) -> None:
    doc, claims = analyze(text)
    assert not [c for c in claims if c.source_kind == "named"], [
        (c.source_name, _words(doc, c)) for c in claims
    ]


@pytest.mark.issue(15)
def test_a_clause_with_things_as_subject_stays_the_words(analyze) -> None:
    doc, claims = analyze("Mara Dunley said things were getting worse at the harbour.")
    (c,) = _by(claims, "Mara Dunley")
    assert _words(doc, c) == "things were getting worse at the harbour"


@pytest.mark.issue(15)
def test_main_clause_before_a_subordinate_frame_is_the_writers(analyze) -> None:
    doc, claims = analyze(
        "The Harvan permit scheme, which covers roughly 700,000 people, had been set to expire "
        "March 5 after Tam Kessick announced in September the government was ending the program."
    )
    for c in _by(claims, "Tam Kessick"):
        assert "permit scheme" not in _words(doc, c), _words(doc, c)
        assert _words(doc, c) == "the government was ending the program"


@pytest.mark.issue(15)
def test_pronoun_opening_a_named_persons_words_is_that_person(analyze) -> None:
    doc, claims = analyze(
        "Mara Dunley spoke at the rally on Friday. Pella Voss said she pointed out that her "
        "pages do not mention her employer."
    )
    said = [c for c in claims if "employer" in _words(doc, c)]
    assert [c.source_name for c in said] == ["Pella Voss"], [c.source_name for c in said]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name", "words"),
    [
        # (with its doer since claims 69: the verb phrase alone is a subjectless fragment
        # to the readers of seeds 1027-1028)
        ("The prime minister, Tam Kessick, accused the lenders of hidden motives in their "
         "demands for cuts.", "Tam Kessick",
         "The prime minister, Tam Kessick, accused the lenders of hidden motives in their "
         "demands for cuts"),
        ("The ruling comes in the aftermath of Governor Tam Kessick accusing his own police "
         "agency of being part of a plot.", "Tam Kessick",
         "accusing his own police agency of being part of a plot"),
    ],
)  # fmt: skip
def test_accusation_is_its_verb_with_its_object(analyze, text, name, words) -> None:
    doc, claims = analyze(text)
    (c,) = _by(claims, name)
    assert _words(doc, c) == words


@pytest.mark.issue(15)
def test_slogan_inside_the_reported_clause_keeps_the_clause(analyze) -> None:
    doc, claims = analyze(
        "Osric Delane contends the two parties today consist of “We the Voters” vs. the "
        "“Swamp Owls.”"
    )
    (c,) = _by(claims, "Osric Delane")
    assert _words(doc, c).startswith("the two parties today consist of “We the Voters” vs.")


@pytest.mark.issue(15)
def test_quoted_sentence_after_its_frame_stays_the_quote(analyze) -> None:
    doc, claims = analyze("Osric Delane said: “The two parties are the same party now.”")
    (c,) = _by(claims, "Osric Delane")
    assert _words(doc, c).startswith("The two parties are the same party now")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Orlan Bext asked the minister whether the fund was broke.",
         "whether the fund was broke"),
        ("In the interview released on Wednesday, Orlan Bext asked Mara Voss whether it is "
         "better for the council to “educate or regulate” when it comes to speech.",
         "whether it is better for the council to “educate or regulate” when it comes to speech"),
    ],
)  # fmt: skip
def test_question_reported_without_the_one_asked(analyze, text, words) -> None:
    doc, claims = analyze(text)
    (c,) = _by(claims, "Orlan Bext")
    assert _words(doc, c) == words


@pytest.mark.issue(15)
def test_according_to_then_a_clause_with_a_number(analyze) -> None:
    doc, claims = analyze(
        "According to election records, the Harvan fund had only raised $1,350 by the "
        "mid-year deadline with a total spending of $8.74."
    )
    c = next(c for c in claims if c.source_name == "election records")
    assert _words(doc, c).startswith("the Harvan fund had only raised $1,350")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "According to Mara Voss, a strategist at the Harvan Institute, the fund is broke.",
        "According to Mara Voss, a strategist at the Harvan Institute who was fired in 2019, "
        "the fund is broke.",
        "The fund is broke, according to Mara Voss, a strategist who was fired.",
    ],
)
def test_according_to_appositive_is_not_the_words(analyze, text) -> None:
    doc, claims = analyze(text)
    (c,) = _by(claims, "Mara Voss")
    assert _words(doc, c).lower() == "the fund is broke"


@pytest.mark.issue(15)
def test_outlet_noting_a_persons_demand_is_the_channel(analyze) -> None:
    """ "The Herald noted X has demanded that ...": X's words via the paper (the "that"
    after X's own verb is not the paper's; a reader of seed 471 found the via missing)."""
    doc, claims = analyze(
        "The Harvan Herald noted Tam Kessick has demanded that his harbour wall be included "
        "in any deal."
    )
    (c,) = [c for c in claims if "harbour wall" in _words(doc, c)]
    assert (c.source_name, c.via) == ("Tam Kessick", "Harvan Herald")


@pytest.mark.issue(15)
def test_person_reporting_anothers_suggestion_keeps_the_report(analyze) -> None:
    doc, claims = analyze("Orlan Bext said Mara Voss had suggested that the fund was broke.")
    (c,) = [c for c in claims if "fund was broke" in _words(doc, c)]
    assert c.source_name == "Orlan Bext"
    assert _words(doc, c).startswith("Mara Voss had suggested")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Last week’s positioning data for gold futures showed the sharpest jump in bullish "
         "betting since mid-August.",
         "Last week’s positioning data for gold futures showed the sharpest jump in bullish "
         "betting since mid-August"),
        ("The study found higher rates of the disease in the northern valleys.",
         "found higher rates of the disease in the northern valleys"),
        ("The study found that rates of the disease were higher in the north.",
         "rates of the disease were higher in the north"),
    ],
)  # fmt: skip
def test_a_documents_finding_is_a_clause_or_its_verb_with_its_object(analyze, text, words):
    doc, claims = analyze(text)
    (c,) = [c for c in claims if c.source_kind == "document"]
    assert _words(doc, c) == words


@pytest.mark.issue(15)
@pytest.mark.parametrize(("listener", "via"), [("Kurblatt", "Kurblatt"), ("Pella Voss", None)])
def test_one_word_name_given_an_interview_is_the_channel(analyze, listener, via) -> None:
    doc, claims = analyze(
        f"“What we should avoid today is inflaming the situation,” Osric Delane told {listener} "
        "in an interview to be published Sunday."
    )
    (c,) = _by(claims, "Osric Delane")
    assert c.via == via


@pytest.mark.issue(15)
def test_sentences_glued_at_a_lost_space_are_two_statements(analyze) -> None:
    doc, claims = analyze(
        "And while they benefit, millions suffer.Over 2 million Harvanians reportedly suffer "
        "with an addiction to opioid drugs."
    )
    c = next(c for c in claims if c.hedge == "reportedly")
    assert _words(doc, c).startswith("Over 2 million"), _words(doc, c)


@pytest.mark.issue(15)
def test_a_domain_name_is_not_two_sentences() -> None:
    from newsdossier.analyze.claims.extract import subsentences
    from newsdossier.model import Sentence

    text = "Visit www.Harvan.org or mail desk.Harvan@wire.org for more."
    assert len(subsentences([Sentence("d", 0, len(text), text)])) == 1
