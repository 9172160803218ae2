"""Words that point back outside their subject, a "he" the words themselves name, hedges
kept apart when a statement is widened, and "seem" with an adjective (issue 15, branch
15ai).

Independent readers of seeds 101-103 and 1001-1002 judged fragments ("We cannot ignore
this responsibility.", "some of that depends on ...", "The situation ... was even worse.")
and marks of pointing back whose referent the row itself names; our strict reading of
seed 571 a writer's hedged "they might ..." shown alone and a hedge shown for the flat
sentences a statement was widened over.  Invented sentences of each construction, and
what must stay.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.anaphora import pointing_object, pointing_span
from newsdossier.analyze.claims.modality import find_hedge

from .reading import only_saying, refers, said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("We cannot ignore this duty.", "this duty"),
        ("I have cut these foods and rarely feel ill.", "these foods"),
        ("I think some of that depends on the budget.", "some of that"),
        ("The situation on the north quay was even worse.", "even worse"),
        # a comparison that says with what, a time, the page, an opening phrase: none
        ("The north quay was even worse than the south quay.", None),
        # a comparative that goes on compares with nothing told (a review's case)
        ("The city should spend much more on its schools.", None),
        ("Still better ties with Vellornia would help.", None),
        ("We will vote on the pier this week.", None),
        ("I wrote about the pier in this article.", None),
        ("In this outbreak, both raw and cooked fish led to illness.", None),
        ("Many of them are right here in this room tonight.", None),
        # "this" of degree: how exuberant, not which thing
        ("He cannot remember the market being this exuberant before.", None),
    ],
)
def test_pointing_outside_the_subject(words: str, expected: str | None) -> None:
    span = pointing_object(words)
    assert (words[span[0] : span[1]] if span else None) == expected


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("However, they might become damaged, and then fail.", "they"),
        ("Sadly, it never came up.", "it"),
        # a fronted phrase before the subject is still skipped
        ("In my view, it is the best way to pay.", "it"),
        ("In my view, Ivo Renk erred.", None),
        # an expletive "it", contracted: the clause after it is the subject
        ("But I think it would’ve been great if she had said so.", None),
    ],
)
def test_a_pronoun_subject_before_a_comma_is_no_fronted_phrase(
    words: str, expected: str | None
) -> None:
    span = pointing_span(words)
    assert (words[span[0] : span[1]] if span else None) == expected


@pytest.mark.issue(15)
def test_a_quoted_demonstrative_object_is_shown_with_the_sentence_before(analyze) -> None:
    doc, claims = analyze(
        "The harbour council voted to close the pier to all boats in March. "
        "“We cannot ignore this duty,” Ivo Renk said.\n"
    )
    c = only_saying(claims, "ignore this duty", doc)
    assert refers(doc, c) == "this duty"
    assert c.start == 0  # shown with the sentence "this duty" stands for


@pytest.mark.issue(15)
def test_the_writers_hedged_they_that_names_nothing_is_no_claim(analyze) -> None:
    # "they": the discs, told before; the row could neither name nor show them
    _, claims = analyze(
        "The discs sit between the bones of the spine. However, they might become "
        "damaged, and then press on a nerve.\n"
    )
    assert not [c for c in claims if "might become" in c.text and c.refers_start < 0]


@pytest.mark.issue(15)
def test_a_statement_is_not_joined_to_earlier_words_hedged_otherwise(analyze) -> None:
    doc, claims = analyze(
        "The audit firm of Vellorn Port was fined £700k by the Harbour Reporting Council. "
        "This obscure body supposedly polices published accounts. However it rarely seems "
        "to take action, and when it does, is very slow.\n"
    )
    c = only_saying(claims, "rarely seems", doc)
    assert c.hedge == "appears"
    # its statement is its own words: "supposedly" and the flat fine are not under "seems"
    assert said(doc, c).startswith("However it rarely")
    assert "supposedly" in c.text  # still shown with the sentences before
    assert refers(doc, c) == "it"


@pytest.mark.issue(15)
def test_flat_words_before_a_hedged_demonstrative_are_shown_not_joined(analyze) -> None:
    # claims 60: joined, one hedge was shown for two sentences (readers of seeds 1003 and
    # 1014 judged such rows spans); shown with the sentence before, and marked
    doc, claims = analyze(
        "The storm flooded the lower town on Monday night. This is probably the end of "
        "the season.\n"
    )
    c = only_saying(claims, "probably the end", doc)
    assert c.start == 0 and said(doc, c).startswith("This is") and refers(doc, c) == "This"


@pytest.mark.issue(15)
def test_a_he_the_statement_names_is_named(analyze) -> None:
    doc, claims = analyze(
        "“We wish Jonas Berglund the best in his new job. But we suspect he will fail "
        "before he completes his first year,” Ivo Renk said.\n"
    )
    c = only_saying(claims, "we suspect he will fail", doc)
    assert c.subject_text == "Jonas Berglund" and refers(doc, c) == "he"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # another voice's sentence before may name two: the guard, or Renk?
        "A guard stopped Ivo Renk at the gate. He reportedly wants the pier sold.\n",
        # the speaker's own name is no "he" of theirs
        "“Ivo Renk is my name. But we suspect he will fail,” Ivo Renk said.\n",
    ],
)
def test_a_he_is_not_named_when_the_words_do_not_hold_one_person(analyze, text) -> None:
    _, claims = analyze(text)
    assert not [c for c in claims if c.refers_start >= 0 and c.subject_start >= 0]


@pytest.mark.issue(15)
def test_a_this_object_after_a_clause_of_the_same_words_is_not_marked(analyze) -> None:
    doc, claims = analyze(
        "In a speech in May, Ivo Renk claimed that what sailors needed to learn above all "
        "was the law of the sea, and that to learn this would make them safer.\n"
    )
    c = only_saying(claims, "to learn this", doc)
    assert c.refers_start == -1


@pytest.mark.issue(15)
def test_he_in_a_quote_is_not_its_speaker(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk spoke to the crowd. “I know people would point out that every 30 "
        "minutes, he would get the same three stories,” Ivo Renk said.\n"
    )
    c = only_saying(claims, "he would get", doc)
    assert c.subject_text != "Ivo Renk"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        ("When sailors plan their trips they seem more content.", True),
        ("The vote seemed unlikely to pass.", True),
        ("The crews seem happy with the tolls.", True),
        # no seeming state: a place, a likeness, the judgement of a thing
        ("She seemed in good spirits at the pier.", False),
        ("That seems like a plan.", False),
        ("It seems soundly financed.", False),
    ],
)
def test_seem_with_an_adjective_is_a_hedge(text: str, hedged: bool) -> None:
    found = find_hedge(text, 0)
    assert (found is not None and found[0] == "appears") is hedged


@pytest.mark.issue(15)
def test_a_phrase_two_earlier_phrases_may_stand_for_is_not_named(analyze) -> None:
    doc, claims = analyze(
        "The drone program of the navy killed many. Critics also attacked the phone records "
        "program of the agency in May. Ivo Renk has alleged that this program is necessary "
        "to guard against attacks.\n"
    )
    c = only_saying(claims, "this program is necessary", doc)
    assert c.subject_start == -1 and refers(doc, c) == "this program"
    assert c.hedge == "alleged"  # kept: a hedge and a reporting verb's words


@pytest.mark.issue(15)
def test_a_phrase_one_earlier_phrase_stands_for_is_named(analyze) -> None:
    doc, claims = analyze(
        "Critics attacked the phone records program of the agency in May. Ivo Renk has "
        "alleged that this program is necessary to guard against attacks.\n"
    )
    c = only_saying(claims, "this program is necessary", doc)
    assert c.subject_text == "phone records program of the agency"


@pytest.mark.issue(15)
def test_a_restarted_pronoun_subject_points_back() -> None:
    words = "So they — they shot everything they had and went home."
    span = pointing_span(words)
    assert span is not None and words[span[0] : span[1]].startswith("they")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "hedged"),
    [
        # the hedge qualifies the fronted concession, not what the main clause asserts
        ("While a focus on wealth may lead to quick comfort, true calm will not be found.", False),
        ("While the vote may slip, the council will meet.", False),
        ("The council may sell the pier, while the port waits.", True),
    ],
)
def test_a_hedge_in_a_fronted_while_clause(text: str, hedged: bool) -> None:
    assert (find_hedge(text, 0) is not None) is hedged


@pytest.mark.issue(15)
def test_those_with_what_follows_it_is_no_pointing_back() -> None:
    words = "The tool was good at flagging those imported food items at higher risk."
    assert pointing_object(words) is None


@pytest.mark.issue(15)
def test_a_statement_is_not_joined_to_earlier_words_of_the_other_polarity(analyze) -> None:
    doc, claims = analyze(
        "“In all my years at the port I never saw the council give any sign that it would "
        "sell the pier. This is why the vote came as a shock,” Ivo Renk said.\n"
    )
    c = only_saying(claims, "came as a shock", doc)
    assert said(doc, c).startswith("This is why") and c.polarity == "positive"


@pytest.mark.issue(15)
def test_let_me_repeat_that_is_no_claim(analyze) -> None:
    _, claims = analyze(
        "“In all my years at the port I never saw the council give any sign that it would "
        "sell the pier. Let me repeat that,” Ivo Renk said.\n"
    )
    assert claims and not [c for c in claims if "repeat" in c.text[c.statement_start - c.start :]]
