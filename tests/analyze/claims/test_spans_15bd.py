"""Statement spans and fragments (issue 15, claims 77, branch 15bd).

Independent readers of claims v73/v74 (seeds 1021-1037) judged about a fifth of their
wrong rows by the statement's span: a speech tag's remnant kept in it (the "The" of an
outlet named after the words, "X wrote" inside a quote broken by its tag), the writer's
own words joined to the reported ones (a trailing ", which could ..." gloss, a ", but
advocates don't buy it" contrast), two sentences joined where the page lost a space,
and pieces of sentences (one that starts at a dash, a subject that trails off at an
ellipsis).  Invented texts of each construction.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.extract import subsentences
from newsdossier.analyze.claims.fragments import starts_mid_sentence, trails_off
from newsdossier.model import Sentence
from tests.analyze.claims.reading import only_saying, said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


@pytest.mark.issue(15)
def test_an_outlet_named_with_the_after_the_words_leaves_no_the(analyze) -> None:
    doc, claims = analyze(
        "Harbour chief Ivo Renk said the port will get the blame if the ferries are forced "
        "to stop because of a fight over funds for a new pier, The Vellorn Courier reported.\n"
    )
    c = only_saying(claims, "get the blame", doc)
    assert said(doc, c).endswith("for a new pier")


@pytest.mark.issue(15)
def test_a_quote_broken_by_its_tag_is_its_first_part_without_the_tag(analyze) -> None:
    doc, claims = analyze(
        "“A harbour becomes idle when its trade becomes flagrantly artificial,” Renk wrote, "
        "“that is when its pilots have lost their function but keep their posts by habit.”\n"
    )
    c = only_saying(claims, "harbour becomes idle", doc)
    assert said(doc, c) == "A harbour becomes idle when its trade becomes flagrantly artificial"


@pytest.mark.issue(15)
def test_a_quote_broken_by_its_tag_keeps_a_first_part_that_stands_alone(analyze) -> None:
    doc, claims = analyze(
        "“Renk is so far behind when it comes to pilots and tolls,” writes Mila Odrin at the "
        "Courier, “he makes Quinn look like a reformer.”\n"
        "“If the pilots strike,” Renk said, “the port closes for a week.”\n"
    )
    # the first part stands alone: it stays, cut at its tag (the review of claims v81
    # found such quotes dropped whole); a subordinate clause alone says nothing
    assert [said(doc, c) for c in claims if "so far behind" in said(doc, c)] == [
        "Renk is so far behind when it comes to pilots and tolls"
    ]
    # (the condition alone says nothing: its words run through the tag, as written, and
    # stay Renk's -- no other frame takes them)
    cond = [c for c in claims if "pilots strike" in said(doc, c)]
    assert [(c.source_name, c.modality) for c in cond] == [("Renk", "conditional")]


@pytest.mark.issue(15)
def test_a_quote_left_open_after_its_tag_is_its_first_part(analyze) -> None:
    # the second part runs on past the sentence: the words were cut at the first part,
    # which stands alone (the review of claims v81)
    doc, claims = analyze(
        "“Renk is so far behind when it comes to pilots and tolls,” writes Mila Odrin at The "
        "Harvan Review, “he makes Quinn look like a reformer. Frankly, he is a relic”—the "
        "writer added.\n"
    )
    words = [said(doc, c) for c in claims if "so far behind" in said(doc, c)]
    assert [w.rstrip(",") for w in words] == [
        "Renk is so far behind when it comes to pilots and tolls"
    ]


@pytest.mark.issue(15)
def test_a_whole_conditional_before_the_tag_is_its_first_part(analyze) -> None:
    doc, claims = analyze(
        "Senator Ivo Renk spoke on Monday. “If you close the pier, you hand the smugglers a "
        "map of the harbour,” he stated, “including the routes of the pilots.”\n"
        "“The port is closed,” Renk said, “and it will stay closed until May.”\n"
    )
    c = only_saying(claims, "close the pier", doc)
    assert said(doc, c) == "If you close the pier, you hand the smugglers a map of the harbour"
    assert said(doc, only_saying(claims, "port is closed", doc)) == "The port is closed"


@pytest.mark.issue(15)
def test_a_quote_not_broken_by_its_tag_is_whole(analyze) -> None:
    doc, claims = analyze("“The cranes are old and the pilots know it,” Renk said.\n")
    c = only_saying(claims, "cranes are old", doc)
    assert said(doc, c).startswith("The cranes are old and the pilots know it")


@pytest.mark.issue(15)
def test_a_trailing_which_gloss_after_a_dash_is_the_writers(analyze) -> None:
    doc, claims = analyze(
        "The Vellorn Port Authority announced they had agreed to supply new cranes to the "
        "docks — including the delivery of heavy lifters — which could transform the trade.\n"
    )
    c = only_saying(claims, "new cranes", doc)
    assert said(doc, c).endswith("including the delivery of heavy lifters")


@pytest.mark.issue(15)
def test_a_which_clause_inside_the_words_stays(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk said the plan, which was drafted in May, would cost the port dearly.\n"
    )
    c = only_saying(claims, "the plan", doc)
    assert said(doc, c) == "the plan, which was drafted in May, would cost the port dearly"


@pytest.mark.issue(15)
def test_others_doubt_after_but_is_the_writers(analyze) -> None:
    doc, claims = analyze(
        "Renk says he “fixed” the toll law, but harbour advocates don’t entirely buy it.\n"
    )
    c = only_saying(claims, "fixed", doc)
    assert said(doc, c) == "he “fixed” the toll law"


@pytest.mark.issue(15)
def test_the_speakers_own_but_clause_stays(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk said the port would open a new pier, but the work would take a year.\n"
    )
    c = only_saying(claims, "new pier", doc)
    assert said(doc, c).endswith("but the work would take a year")


@pytest.mark.issue(15)
def test_two_sentences_glued_after_a_bracket_are_two() -> None:
    text = "You need flour and a starter (yeast).Made from wheat, the flour is old."
    subs = subsentences([Sentence("d", 0, len(text), text)], text)
    assert [s.text for s in subs] == [
        "You need flour and a starter (yeast).",
        "Made from wheat, the flour is old.",
    ]


@pytest.mark.issue(15)
def test_a_sentence_split_at_an_exclamation_between_dashes_is_one() -> None:
    text = "The idea of doing something – anything! – before they act defines the port."
    cut = text.index("– before")
    sents = [Sentence("d", 0, cut - 1, text[: cut - 1]), Sentence("d", cut, len(text), text[cut:])]
    assert [s.text for s in subsentences(sents, text)] == [text]


@pytest.mark.issue(15)
def test_a_sentence_after_a_line_break_stays_apart() -> None:
    text = "Leave now!\n– and take the pilots with you."
    cut = text.index("–")
    sents = [Sentence("d", 0, 10, text[:10]), Sentence("d", cut, len(text), text[cut:])]
    assert len(subsentences(sents, text)) == 2


@pytest.mark.issue(15)
def test_the_writers_sentence_split_at_a_dash_is_claimed_whole(analyze) -> None:
    doc, claims = analyze(
        "Time pressures pose a risk. The idea of having to get something – anything! – done "
        "before “they” can enact their agenda seems to define modern harbour politics.\n"
    )
    assert not [c for c in claims if said(doc, c).startswith("–")]
    # and the sentence is claimed whole (the review of claims v81: the test named so)
    assert [said(doc, c) for c in claims if "The idea of having" in said(doc, c)]


@pytest.mark.issue(15)
def test_pieces_of_sentences_are_no_statements() -> None:
    assert starts_mid_sentence("– done before they can enact their agenda seems to matter.")
    assert not starts_mid_sentence("Done before they act, it seems to matter.")
    assert starts_mid_sentence("…and these pilots are smugglers.")
    assert not starts_mid_sentence("…we will not let the port close.")
    assert trails_off(
        "So, this program by the port and its sister agencies… a police state in the "
        "harbour and the closing of the docks; of camps of which there are now 800…"
    )
    assert trails_off(
        "So, this program by the port and its sister agencies… a police state in the United "
        "Harbours and the closing of the docks"
    )
    assert not trails_off("Well… we will leave the harbour on Friday.")
    assert not trails_off("The cranes are old and rusty… and the pilots know it.")
    assert not trails_off(
        "And now, in fact two days ago on… June 6 when the mayor was in Harva… there was "
        "another closing of the docks."
    )


@pytest.mark.issue(15)
def test_an_answers_label_is_not_in_the_writers_words(analyze) -> None:
    doc, claims = analyze(
        "Readers ask, the seer answers.\n\nQ-Will the harbour of Vellorn close this year?\n\n"
        "A-I think it will close in the spring, and the pilots will leave the town.\n\n"
        "Q-And the pilots?\n\n"
        "A-I think the pilots were treated badly, it was a really interesting reading of the "
        "harbour.\n"
    )
    # (an interviewee's close, "I do not have anything else", is no claim at all: 15bc)
    c = only_saying(claims, "treated badly", doc)
    assert said(doc, c).startswith("I think the pilots")
