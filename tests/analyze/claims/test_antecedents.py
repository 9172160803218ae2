"""Pointing-back words named, or said to be unknown (issue 15, branch 15u).

Independent readers of FakeNewsCorpus claims judged 15 of the 36 wrong rows of seeds
75-76 wrong because a word pointing back ("it", "this", "the company", "they") was left
unresolved: showing the sentence before was not enough, they want the row to name what
the word stands for.  Invented texts of each construction: the one earlier mention that
fits becomes the subject (offsets into the clean text, the pointing words kept beside
it); with none or two, the writer's own words are no claim and reported words stay,
marked as referring back.
"""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest

from newsdossier.analyze.claims.anaphora import pointing_object, pointing_span
from newsdossier.export.claims import claim_record
from tests.analyze.claims.reading import only_saying as _only
from tests.analyze.claims.reading import refers as _refers


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,expected",
    [
        ("It never came up at the council.", "It"),
        ("He’s an odd choice for the post.", "He"),
        ("These harbour policies are unconstitutional.", "These harbour policies"),
        ("Those institutions have not wanted change.", "Those institutions"),
        ("The same holds for every pier.", "The same"),
        ("Perhaps it never paid.", "it"),
        ("In my view, they're wrong.", "they"),
        ("The agency says the pier is unsafe.", "The agency"),
        ("This group has 300 members.", "This group"),
        ("the president may return in June", "the president"),
        ("Which is why the vote failed.", "Which"),
        ("If they do that, the pier closes.", "If they do that"),
        # an expletive, a name, a time, a noun that is no actor: nothing points back
        ("It is unknown whether the pier will reopen.", None),
        ("It was widely reported that the pier closed.", None),
        ("At one time, it would have been unthinkable for the port to close.", None),
        ("It’s not only my duty as the harbour master to act.", None),
        ("The Harvan Council closed the pier.", None),
        ("This week the council voted.", None),
        ("The storm flooded the town.", None),
    ],
)
def test_the_pointing_words(words: str, expected: str | None) -> None:
    span = pointing_span(words)
    assert (words[span[0] : span[1]] if span else None) == expected


@pytest.mark.issue(15)
def test_he_names_the_one_person_who_opens_the_sentence_before(analyze) -> None:
    doc, claims = analyze(
        "Ivo Renk, the harbour master of Vellorn, resigned on Monday. He reportedly plans "
        "to sail north in the spring.\n"
    )
    c = _only(claims, "sail north", doc)
    assert c.subject_text == "Ivo Renk" and _refers(doc, c) == "He"
    assert doc.text[c.subject_start : c.subject_end] == c.subject_text  # provenance
    assert c.hedge == "reportedly" and c.source_kind == "author"


@pytest.mark.issue(15)
def test_it_names_the_one_organisation_before(analyze) -> None:
    doc, claims = analyze(
        "The Harvan Council approved the new tolls on Monday. It reportedly plans to sell "
        "the northern pier.\n"
    )
    c = _only(claims, "northern pier", doc)
    assert c.subject_text == "Harvan Council" and _refers(doc, c) == "It"


@pytest.mark.issue(15)
def test_a_title_names_the_president(analyze) -> None:
    doc, claims = analyze(
        "President Ivo Renk visited the harbour on Friday. Mara Voss said the president "
        "may return in June.\n"
    )
    c = _only(claims, "return in June", doc)
    assert c.source_name == "Mara Voss"
    assert c.subject_text == "Ivo Renk" and _refers(doc, c) == "the president"


@pytest.mark.issue(15)
def test_an_expletive_it_is_no_pointing_word(analyze) -> None:
    doc, claims = analyze(
        "The storm flooded the lower town. It is unknown whether the pier will reopen.\n"
    )
    c = _only(claims, "unknown whether", doc)
    assert c.refers_start == -1 and c.subject_start == -1


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # "this" stands for an event: no name fits
        "The storm flooded the lower town on Monday night. This is the end of the season.\n",
        "The crews found eels under the pier. These creatures like the warm water.\n",
    ],
)
def test_the_writers_demonstrative_that_names_nothing_is_no_claim(analyze, text: str) -> None:
    doc, claims = analyze(text)
    assert not [c for c in claims if c.hedge is None], [c.text for c in claims]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "pointing"),
    [
        (
            "The storm flooded the lower town on Monday night. This is probably the end of "
            "the season.\n",
            "probably the end",
            "This",
        ),
        (
            "The crews found eels under the pier. These creatures might like the warm water.\n",
            "might like",
            "These creatures",
        ),
    ],
)
def test_the_writers_hedged_demonstrative_is_kept_with_what_it_points_to(
    analyze, text: str, words: str, pointing: str
) -> None:
    # a hedge is a claim the dossier owes its reader: kept, shown with the sentence its
    # demonstrative points to (branch 15w); since claims 60 the statement is the words
    # themselves, marked (joined, one hedge was shown for two sentences: readers of seeds
    # 1003-1014 judged such rows spans)
    doc, claims = analyze(text)
    c = _only(claims, words, doc)
    assert c.hedge is not None and c.subject_start == -1
    assert doc.text[c.statement_start : c.statement_end].startswith(pointing)
    assert c.start == 0 and _refers(doc, c) == pointing


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # two people before "He"
        "Ivo Renk met Pell Odrin in May. He reportedly wants the pier sold.\n",
        # the one name does not open its sentence: the guard may be meant
        "A guard stopped Ivo Renk at the gate. He reportedly wants the pier sold.\n",
    ],
)
def test_the_writers_hedged_he_that_names_nothing_stays_marked(analyze, text: str) -> None:
    # a writer's hedged sentence is a gold hedge when its "he" is plain to a reader:
    # kept, with no subject, marked as referring back (the sentence before may name two)
    doc, claims = analyze(text)
    c = next(c for c in claims if c.hedge is not None)
    assert c.subject_start == -1 and _refers(doc, c) == "He"


@pytest.mark.issue(15)
def test_the_writers_hedged_it_is_shown_with_what_it_points_to(analyze) -> None:
    # "it" before a copula is most often the event just told: the row shows that
    # sentence (branch 15w) and marks the "it"; the statement stays the words (claims 60)
    doc, claims = analyze("The Harvan Council met on Monday. It was reportedly a long session.\n")
    c = next(c for c in claims if c.hedge is not None)
    assert c.subject_start == -1 and _refers(doc, c) == "It" and c.start == 0
    assert doc.text[c.statement_start : c.statement_end].startswith("It was reportedly")


@pytest.mark.issue(15)
def test_reported_words_that_point_to_nothing_named_stay_marked(analyze) -> None:
    doc, claims = analyze("“This is a political game,” Mara Voss said.\n")
    c = _only(claims, "political game", doc)
    assert c.source_name == "Mara Voss" and c.subject_start == -1
    assert _refers(doc, c) == "This"
    rec = claim_record({**dataclasses.asdict(c), "id": c.id, "document_id": c.doc_id})
    assert rec["refers_back"] == [c.refers_start, c.refers_end] and rec["subject_from"] is None


@pytest.mark.issue(15)
def test_the_export_shows_what_the_subject_was_named_from(analyze) -> None:
    doc, claims = analyze(
        "The Harvan Council approved the new tolls on Monday. It reportedly plans to sell "
        "the northern pier.\n"
    )
    c = _only(claims, "northern pier", doc)
    rec = claim_record({**dataclasses.asdict(c), "id": c.id, "document_id": c.doc_id})
    assert rec["subject_from"] == [c.refers_start, c.refers_end] and rec["refers_back"] is None
    assert rec["subject_text"] == "Harvan Council"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,expected",
    [
        ("I took the blame back when this happened.", "this"),
        ("Let me repeat that.", "that"),
        ("Most of the crews are quite aware of this.", "this"),
        ("In that context, the tolls are fair.", "In that context"),
        # a noun after the demonstrative, a time, a complementiser: nothing points back
        ("Out of those 326 boats, 256 came back.", None),
        ("This week the council voted.", None),
        ("The council knew that the pier was unsafe.", None),
        ("In this outbreak, both raw and cooked fish led to illness.", None),
        ("We back the talks on the pier, and this is our policy.", None),
        ("Rules like those at the Harvan port are not unique.", None),
    ],
)
def test_a_demonstrative_outside_the_subject(words: str, expected: str | None) -> None:
    span = pointing_object(words)
    assert (words[span[0] : span[1]] if span else None) == expected


@pytest.mark.issue(15)
def test_an_object_that_points_back(analyze) -> None:
    text = (
        "The storm flooded the lower town on Monday night. The council may have known about "
        "this.\n\n“We dealt with this together, and we will rebuild,” Mara Voss said.\n"
    )
    doc, claims = analyze(text)
    # the writer's words are kept (a demonstrative found outside the main clause is
    # never dropped), shown with the sentence "this" points to (branch 15w) and marked
    # (claims 60: the statement is the words alone), and so are the reported words,
    # marked: the writer's sentence is not their voice
    mine = _only(claims, "known about", doc)
    assert _refers(doc, mine) == "this" and mine.hedge is not None and mine.start == 0
    assert doc.text[mine.statement_start : mine.statement_end].startswith("The council may")
    c = _only(claims, "dealt with", doc)
    assert c.source_name == "Mara Voss" and _refers(doc, c) == "this"


@pytest.mark.issue(15)
def test_that_before_an_apostrophe_is_a_subject_not_an_object() -> None:
    # "and I think that’s going to hurt": "that" is the subject of its own clause, whose
    # antecedent stands in the same sentence
    words = "There is some inflation coming, and I think that’s going to hurt the tolls."
    assert pointing_object(words) is None
    assert pointing_object("They had no evidence of that.”") is not None


@pytest.mark.issue(15)
def test_he_in_a_quote_is_not_its_speaker(analyze) -> None:
    doc, claims = analyze(
        "Pell Odrin left the harbour in May. Ivo Renk was angry about it. “He never paid "
        "the tolls,” Renk said.\n"
    )
    c = _only(claims, "never paid", doc)
    assert c.source_name in ("Renk", "Ivo Renk")
    assert c.subject_text == "Pell Odrin" and _refers(doc, c) == "He"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,expected",
    [
        # a frame's clause holds the subject (branch 15z; readers of seeds 88 and 93)
        ("And my impression is that they are wanting a new pier.", "they"),
        ("It has been reported that years later, the same thing happened in Harvan.",
         "the same thing"),
        ("It is clear that these policies were a failure.", "these policies"),
        ("The truth is, it never paid.", "it"),
        # a fronted concession whose own subject points back
        ("And even though the result may be a flood, the town is calm.", "the result"),
        ("While this may be true, the crews are tired.", "this"),
        ("This appears to be the case in Vellorn.", "This"),
        # a hedge before the subject is no fronted phrase: "he" is the subject
        ("Perhaps he was confident that, because he had paid, the pier would stay.", "he"),
        # "It is when ...", "It was fine for what ...": "it" is the thing, no expletive
        ("Maybe it is when you are sailing.", "it"),
        ("It was useful for what it was aimed at.", "It"),
        # a frame or a concession with a subject of its own, an expletive: nothing
        ("It has been reported that the Harvan Council sold the pier.", None),
        ("My impression is that the crews are tired.", None),
        ("Even though the tolls rose, the crews stayed.", None),
        ("It is unclear when the pier will reopen.", None),
        ("It is a mystery why the pier closed.", None),
        ("It was hard for the crews to sail.", None),
    ],
)  # fmt: skip
def test_pointing_words_behind_a_frame(words: str, expected: str | None) -> None:
    span = pointing_span(words)
    assert (words[span[0] : span[1]] if span else None) == expected


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,expected",
    [
        ("There may be some truth in what he is saying.", "what he is saying"),
        ("The council rejected what they proposed.", "what they proposed"),
        ("The council rejected what the crews proposed.", None),
        ("Nobody knows what he wants.", None),
    ],
)
def test_what_someone_said_points_back(words: str, expected: str | None) -> None:
    span = pointing_object(words)
    assert (words[span[0] : span[1]] if span else None) == expected


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        # the sentence before names no one: who is "he"?
        "The harbour was quiet all week. He reportedly wants the pier sold.\n",
        # "they" after a frame, no one named before
        "The couple came back twice. My impression is that they probably want the pier.\n",
        # unhedged: the author's own "I said the trouble was ..."
        "The tolls were a burden. I said the trouble was the harbour board's greed.\n",
    ],
)
def test_the_pages_own_words_that_point_to_no_one_shown_are_no_claim(analyze, text: str) -> None:
    # (branch 15z) a reader cannot cite them: independent readers of seeds 87-93 judged
    # 6 such rows of the page's own voice fragments
    doc, claims = analyze(text)
    assert not [c for c in claims if c.refers_start >= 0 and c.subject_start < 0], [
        c.text for c in claims
    ]


@pytest.mark.issue(15)
def test_reported_words_whose_he_names_no_one_stay_marked(analyze) -> None:
    # the same words reported by a named speaker stay a claim (who said it is a fact
    # to cite), marked as referring back
    doc, claims = analyze(
        "The harbour was quiet all week. “He wants the pier sold,” Mara Voss said.\n"
    )
    c = _only(claims, "pier sold", doc)
    assert c.source_name == "Mara Voss" and _refers(doc, c) == "He" and c.subject_start == -1


@pytest.mark.issue(15)
def test_the_writers_what_he_is_saying_needs_its_person_shown(analyze) -> None:
    # "what he is saying" after a sentence that names no one: no claim (a reader of seed
    # 93); after one that names the person, kept, marked (the sentence may name two)
    doc, claims = analyze(
        "The harbour was quiet all week. There may be some truth in what he is saying.\n"
    )
    assert not [c for c in claims if "some truth" in c.text], [c.text for c in claims]
    doc, claims = analyze(
        "Ivo Renk, the harbour master of Vellorn, resigned on Monday. There may be some truth "
        "in what he is saying.\n"
    )
    c = _only(claims, "some truth", doc)
    assert _refers(doc, c) == "what he is saying" and c.hedge is not None


@pytest.mark.issue(15)
def test_a_first_name_alone_is_the_full_name_before_it(analyze) -> None:
    # "Greta" after "Greta Halvorsen" is one person, not a second candidate for "She"
    # (branch 15z: interviews call host and guest by their first names)
    doc, claims = analyze(
        "Greta Halvorsen, the founder of Halvorsen Capital, spoke on Monday. Greta has over "
        "three decades of experience in shipping. She reportedly wants the pier sold.\n"
    )
    c = _only(claims, "pier sold", doc)
    assert c.subject_text in ("Greta", "Greta Halvorsen") and _refers(doc, c) == "She"
    assert doc.text[c.subject_start : c.subject_end] == c.subject_text


def _person(text: str, start: int) -> Any:
    from newsdossier.model import Mention

    return Mention("d", start, start + len(text), text, "PERSON", "person", text.lower(), "t", "1")


@pytest.mark.issue(15)
def test_a_surname_alone_stays_its_own_person() -> None:
    # "Renk" is the surname of "Ivo Renk": a compound "Renk-Odrin" does not make it Odrin
    # (FakeNewsCorpus: a surname was taken for the other surname of a tagged compound of
    # the two, and "he" named after the wrong person); a first name alone is the one full
    # name it begins
    from types import SimpleNamespace

    from newsdossier.analyze.claims.antecedents import _surname

    ms = [_person("Ivo Renk", 0), _person("Renk-Odrin", 20), _person("Pell Odrin", 40)]
    d: Any = SimpleNamespace(mentions=[*ms, _person("Renk", 60), _person("Pell", 70)])
    assert _surname(d, d.mentions[3]) == "renk"
    assert _surname(d, d.mentions[4]) == "odrin"
    assert _surname(d, ms[2]) == "odrin"
