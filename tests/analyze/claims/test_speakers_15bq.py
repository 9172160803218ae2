"""Whose words: speakers (issue 15, branch 15bq, claims v101).

Independent readers of claims v98/v99 (seeds 1060-1066) found "the group" shown as a
named speaker, "the report" left unresolved where the article had named the report, a
capitalised adjective and a term of address in a verb's object taken as the speaker of
a coordinated verb, a treaty shown as a named speaker, and "As we reported, ..." words
shown as nobody's.  Invented sentences of each construction, and what must stay as it
was (the self-review's sentences).
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import said


def _saying(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in said(doc, c)]
    assert len(found) == 1, [(c.source_name, said(doc, c)) for c in claims]
    return found[0]


def _speakers(claims: list[Any]) -> list[tuple[str | None, str]]:
    return [(c.source_name, c.source_kind) for c in claims]


# -- a treaty, a charter, an act: a document


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Open Harvan Treaty states that the flights must not cross the border.\n",
         "Open Harvan Treaty"),
        ("The Vellorn Charter says that every citizen has a vote.\n", "Vellorn Charter"),
    ],
)  # fmt: skip
def test_a_named_treaty_or_charter_speaks_as_a_document(
    claims_of: Any, text: str, name: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert _speakers(claims) == [(name, "document")]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harvan Baptist Convention said in a statement that it opposed the bill.\n",
         "Harvan Baptist Convention"),
        ("John Law said the bank would fail.\n", "John Law"),
        ("Renk Law said in a statement that the deal was void.\n", "Renk Law"),
    ],
)  # fmt: skip
def test_a_body_or_person_with_a_document_word_stays_named(
    claims_of: Any, text: str, name: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert [(c.source_name, c.source_kind) for c in claims if c.source_name == name] in (
        [(name, "named")],
        [],
    )
    assert all(c.source_kind != "document" for c in claims)


# -- "the group": the one body it can be, else anonymous


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Harvan League said it supported the farmers. “We will not stop,” the group said.\n",
         "Harvan League"),
        ("The HRL said it supported the farmers. “The Harvan Rights League will not stop,” the "
         "group said.\n", "Harvan Rights League"),
        ("The Harvan Red Cross said it had sent 40 trucks. The organization said in a statement "
         "that more aid was needed.\n", "Harvan Red Cross"),
    ],
)  # fmt: skip
def test_the_group_is_the_one_body_quoted_or_naming_itself(
    claims_of: Any, text: str, name: str
) -> None:
    doc, claims = claims_of(None)(text)
    c = claims[-1]
    assert (c.source_name, c.source_kind, c.resolved) == (name, "named", "role")
    assert doc.text[c.source_start : c.source_end] == name


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "“We will not stop,” the group said.\n",
        "The ministry said on Monday it would close the port. “We will not stop,” the group "
        "said.\n",
        "A group of farmers blocked the road on Monday, and the Harvan League said it "
        "supported them. “We will not stop,” the group said.\n",
        "The Vellorn Council approved the plan. “The council failed us,” the group said.\n",
        "The Harvan Anglers League and the Tarn Boat Club met on Monday. “We will not stop,” "
        "the group said.\n",
    ],
)
def test_the_group_that_can_be_no_one_body_is_anonymous(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    c = claims[-1]
    assert (c.source_name, c.source_kind) == ("the group", "anonymous")


# -- "the report": the one report the article named before


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Lawmakers skewered an 800-page report made public Tuesday by the panel's majority. "
         "The panel reviewed thousands of documents.\n\nThe report said officials had ignored "
         "the warnings.\n", "an 800-page report"),
        ("In a 2019 report, the council said the river was clean. The report said 40 fish had "
         "died.\n", "a 2019 report"),
        ("The Harvan Institute's report was published in May. “The river is dying,” the report "
         "said.\n", "The Harvan Institute's report"),
    ],
)  # fmt: skip
def test_the_report_is_the_one_report_named_before(claims_of: Any, text: str, name: str) -> None:
    doc, claims = claims_of(None)(text)
    c = claims[-1]
    assert (c.source_name, c.source_kind, c.resolved) == (name, "document", "document")
    assert doc.text[c.source_start : c.source_end] == name


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The ministry will report on the river next week. The report said the river was "
        "polluted.\n",
        "Officials released a new report on Tuesday. The report said the river was polluted.\n",
        "The Harvan Institute published a report by the Vellorn Centre and a Tarn report on "
        "Tuesday. The report said the river was polluted.\n",
        "Police filed a report on the crash. The report said the driver was drunk.\n",
    ],
)
def test_the_report_with_no_one_report_named_before_stays(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    c = claims[-1]
    assert (c.source_name, c.source_kind, c.resolved) == ("The report", "document", None)


# -- a coordinated verb's speaker is its own clause's subject


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words", "name", "kind"),
    [
        ("Here I demonstrate the unity of the material and Vellornian worlds and show that "
         "the universe is a simulation.\n", "the universe is a simulation", "Test Wire",
         "outlet"),
        ("I have shown Ivo Renk to be a liar several times, but Mara Voss (I believe) is just "
         "mistaken and found that the meme will help.\n", "the meme will help", "Mara Voss",
         "named"),
        ("Ivo Renk told reporters he had resigned; Mara Voss stayed and said the talks had "
         "failed.\n", "the talks had failed", "Mara Voss", "named"),
    ],
)  # fmt: skip
def test_a_coordinated_verb_is_its_own_clauses_subjects(
    claims_of: Any, text: str, words: str, name: str, kind: str
) -> None:
    doc, claims = claims_of(None)(text)
    c = _saying(doc, claims, words)
    assert (c.source_name, c.source_kind) == (name, kind)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk visited the site on Monday, but declined to comment and said the talks had "
        "failed.\n",
        "Ivo Renk referred to the new allegation by the Harvan Council and said the talks had "
        "failed.\n",
        "Ivo Renk opposed the Vellorn plan, and last month said the talks had failed.\n",
    ],
)
def test_a_coordinated_verb_with_no_subject_of_its_own_keeps_the_sentences(
    claims_of: Any, text: str
) -> None:
    doc, claims = claims_of(None)(text)
    c = _saying(doc, claims, "the talks had failed")
    assert c.source_name == "Ivo Renk"


# -- "As we reported, ...": the page recalling its own story


@pytest.mark.issue(15)
def test_as_we_reported_around_a_named_speakers_words_is_theirs(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "As we reported yesterday, Ivo Renk said that the council must investigate the deal.\n"
    )
    assert [(c.source_name, said(doc, c)) for c in claims] == [
        ("Ivo Renk", "the council must investigate the deal")
    ]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "As we reported on Monday, the council voted to close the port.\n",
        "As I wrote last week, the mayor said the port would close.\n",
        "As we said, Ivo Renk is wrong about the port.\n",
    ],
)
def test_as_we_reported_with_no_named_speaker_stays_the_pages(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert _speakers(claims) == [("Test Wire", "outlet")]


@pytest.mark.issue(15)
def test_the_group_after_a_paper_and_another_acronym_is_anonymous(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "In a report in November, the British newspaper Harvan Ledger reported that Ivo Renk "
        "saw a chance to use the VKO fighters. For two decades, the VKO staged attacks across "
        "the border. After his downfall, the group says it raised money from donors.\n"
    )
    c = _saying(doc, claims, "it raised money from donors")
    assert (c.source_name, c.source_kind) == ("the group", "anonymous")


@pytest.mark.issue(15)
def test_a_document_named_before_never_runs_across_a_sentence(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "Officials condemned the violence. The statement said 40 people had died.\n"
    )
    c = _saying(doc, claims, "40 people had died")
    assert (c.source_name, c.resolved) == ("The statement", None)


@pytest.mark.issue(15)
def test_a_document_named_by_its_maker_after_it(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "The Vellorn Times published an article by Ivo Renk on Monday. The article said the "
        "port would close.\n"
    )
    c = _saying(doc, claims, "the port would close")
    assert (c.source_name, c.resolved) == ("an article by Ivo Renk", "document")


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Vellorn’s HWC said the storm would weaken.\n",
        "Harvan’s Rainfall Spreading North HWC said: The storm is expected to produce 3 to 5 "
        "inches of rain.\n",
    ],
)
def test_an_acronym_after_a_possessor_is_the_speaker(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert [c.source_name for c in claims] == ["HWC"]
    c = claims[0]
    assert doc.text[c.source_start : c.source_end] == "HWC"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Vellorn's defence ministry said the port was closed.\n", "Vellorn's defence ministry"),
        ("NATO’s chief said the alliance would act.\n", None),
    ],
)
def test_an_owned_role_keeps_its_speaker(claims_of: Any, text: str, name: str | None) -> None:
    doc, claims = claims_of(None)(text)
    assert all(c.source_name != "HWC" for c in claims)
    if name is not None:
        assert [c.source_name for c in claims] == [name]
