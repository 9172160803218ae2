"""Whose words: speakers and channels (issue 15, branch 15bk, claims v91).

Independent readers of claims v88 (seeds 1049-1051) found a definite body named by its
kind alone ("the federal agency") shown as a named speaker, a writer's own assertion
dressed as a finding ("further study ... revealed") filed under a document speaker, a
finding of one outlet's report carried by another text credited to the carrier, and a
statement "posted to the group's <platform> page" with no channel.  Invented sentences
of each construction, and what must stay as it was.
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import said


def _saying(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in said(doc, c)]
    assert len(found) == 1, [(c.source_name, said(doc, c)) for c in claims]
    return found[0]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "But in a recent statement posted to the group's Tarnbook page, treasurer Ivo Renk "
        "said the harbour board would close the pier by Sept. 25.\n",
        "Ivo Renk said in a message posted on his Tarnbook account that the harbour board "
        "would close the pier by Sept. 25.\n",
    ],
)
def test_a_statement_posted_to_a_platform_page_goes_through_the_platform(
    claims_of: Any, text: str
) -> None:
    doc, claims = claims_of(None)(text)
    c = _saying(doc, claims, "would close the pier")
    assert (c.source_name, c.via) == ("Ivo Renk", "Tarnbook")
    assert doc.text[c.via_start : c.via_end] == "Tarnbook"
    assert not said(doc, c).startswith("in a")


@pytest.mark.issue(15)
def test_a_statement_with_no_platform_keeps_no_channel(claims_of: Any) -> None:
    doc, claims = claims_of(None)("In a statement on Monday, Ivo Renk said the pier was unsafe.\n")
    c = _saying(doc, claims, "the pier was unsafe")
    assert (c.source_name, c.via) == ("Ivo Renk", None)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Although made to look like a spontaneous uprising of the people of Vellornia, "
        "further study in the wake of the Harvan protests revealed a plethora of shadowy "
        "forces operating in concert with foreign agencies to create a perfect storm.\n",
        "Closer analysis shows that the pier was never safe.\n",
    ],
)
def test_inquiry_with_no_article_is_no_document_speaker(claims_of: Any, text: str) -> None:
    _, claims = claims_of("Ivo Renk")(text)
    assert not [c for c in claims if c.source_kind == "document"]


@pytest.mark.issue(15)
def test_a_study_someone_made_stays_a_document(claims_of: Any) -> None:
    doc, claims = claims_of("Ivo Renk")(
        "A new study by the Harvan Institute revealed that tolls rose by a third.\n"
    )
    c = _saying(doc, claims, "tolls rose by a third")
    assert (c.source_name, c.source_kind) == ("A new study by the Harvan Institute", "document")


_QUOTED_BODY = (
    "A report by the Harvan Centre for Water Safety revealed that cases of fever doubled "
    "across Vellornia over ten years. Moreover, the federal agency noted that the rate of "
    "reported cases increased nearly fourfold between 2000 and 2014.\n"
)


@pytest.mark.issue(15)
def test_a_generic_body_is_the_one_body_quoted_before(claims_of: Any) -> None:
    doc, claims = claims_of(None)(_QUOTED_BODY)
    c = _saying(doc, claims, "nearly fourfold")
    assert (c.source_name, c.source_kind) == ("Harvan Centre for Water Safety", "named")
    assert doc.text[c.source_start : c.source_end] == "Harvan Centre for Water Safety"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The federal agency said the tolls would rise in March.\n",
        "The agency said the tolls would rise in March.\n",
    ],
)
def test_a_generic_body_nothing_names_is_anonymous(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    c = _saying(doc, claims, "the tolls would rise")
    assert c.source_kind == "anonymous"
    assert c.source_name == text.split(" said")[0]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Officials of the Vellorn Tolls Agency met on Monday. The agency said the tolls "
            "would rise in March.\n",
            ("Vellorn Tolls Agency", "named"),
        ),
        ("The interior ministry said the tolls would rise in March.\n",
         ("The interior ministry", "named")),
    ],
)  # fmt: skip
def test_a_body_its_words_identify_stays_named(
    claims_of: Any, text: str, want: tuple[str, str]
) -> None:
    doc, claims = claims_of(None)(text)
    c = _saying(doc, claims, "the tolls would rise")
    assert (c.source_name, c.source_kind) == want


@pytest.mark.issue(15)
def test_a_finding_carried_by_another_text_is_its_reports(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "The Kurblatt article also acknowledges a separate Harvan Post report that showed "
        "the port's chairman donated approximately $2.35 million to the Renk Foundation in "
        "four separate installments.\n"
    )
    c = _saying(doc, claims, "chairman donated")
    assert (c.source_name, c.source_kind) == ("a separate Harvan Post report", "document")
    assert c.via == "The Kurblatt article"
    assert said(doc, c).startswith("the port's chairman")


@pytest.mark.issue(15)
def test_the_pages_own_matter_set_out_below_is_the_pages(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "How to choose a harbour pass?\n\n"
        "Safety is a primary reason to buy a pass. The principle of the pass is described "
        "in the algorithm below:\n\n"
        "A pass is like having a key to the pier => Visiting any dock, your boat shows the "
        "pass instead of its papers => It seems that you are a resident of the port.\n"
    )
    c = _saying(doc, claims, "key to the pier")
    assert (c.source_name, c.source_kind) == ("Test Wire", "outlet")


@pytest.mark.issue(15)
def test_the_pages_own_matter_set_out_below_ends_a_block_before(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "How to choose a harbour pass?\n\n"
        "Many boats were robbed last year. Thieves often board a boat at night, when the "
        "harbour guards are few and the pier lights are out, and take what they can carry "
        "before dawn. In this case, only a pass from the harbour office can keep a boat "
        "safe from them. These thefts are the reason why 55% of owners now lock their "
        "cabins and pay a guard to watch the pier through the night. Here is some 2016 "
        "harbour statistical data:\n\n"
        "Safety is a primary reason to buy a pass. The principle of the pass is described "
        "in the algorithm below:\n\n"
        "A pass is like having a key to the pier => Visiting any dock, your boat shows the "
        "pass instead of its papers => It seems that you are a resident of the port.\n"
    )
    c = _saying(doc, claims, "key to the pier")
    assert (c.source_name, c.source_kind) == ("Test Wire", "outlet")


@pytest.mark.issue(15)
def test_matter_set_out_below_by_a_named_source_stays_its(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "The harbour board met on Monday. The plan is described below, as the Vellorn "
        "Ledger reports:\n\nThe tolls on the pier will rise by a third in March, and the "
        "board has said so for weeks.\n"
    )
    c = _saying(doc, claims, "rise by a third")
    assert c.source_name == "Vellorn Ledger"


_HOST_TEXT = (
    "“I understand why the harbour wants Voss to run,” the actor-turned-candidate said "
    "Monday to Mara Olin on Vellorn TV's “Harbour Talks Live.”\n\n"
    "Renk said he liked the speech, but it could have gone further.\n\n"
    "“I think the speech was OK. It was good for what it was going after,” he told Olin.\n\n"
    "“But I think it would have been great if she had mentioned the tolls and the pier, "
    "and I think we need to support the council.”\n"
)


@pytest.mark.issue(15)
def test_words_told_a_host_go_through_the_hosts_outlet(claims_of: Any) -> None:
    doc, claims = claims_of(None)(_HOST_TEXT)
    for words in ("the speech was OK", "support the council"):
        c = _saying(doc, claims, words)
        assert (c.source_name, c.via) == ("Renk", "Vellorn TV")
    assert _saying(doc, claims, "liked the speech").via is None


@pytest.mark.issue(15)
def test_a_listener_never_introduced_as_a_host_gives_no_channel(claims_of: Any) -> None:
    doc, claims = claims_of(None)(_HOST_TEXT.replace("he told Olin", "he told Brack"))
    assert _saying(doc, claims, "the speech was OK").via is None


@pytest.mark.issue(15)
def test_she_after_an_unnamed_insider_is_not_the_pages_one_named_person(
    claims_of: Any,
) -> None:
    doc, claims = claims_of(None)(
        "Ivo Renk said the harbour was in danger.\n\n"
        "The pier has many stories. Our insider says all the guards have been bribed. She "
        "said that all these clerks are paid by the port.\n"
    )
    assert not [c for c in claims if c.source_name == "Ivo Renk" and "clerks" in said(doc, c)]


@pytest.mark.issue(15)
def test_she_with_no_other_person_told_of_is_the_one_named_person(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "Mara Voss said the harbour was in danger.\n\n"
        "The pier has many stories. She said that all these clerks are paid by the port.\n"
    )
    assert _saying(doc, claims, "clerks are paid").source_name == "Mara Voss"


_WEIGHED = (
    "Something is wrong at Kurblatt, and whoever is in charge there needs to get a handle "
    "on it.\n\n"
    "There's more from the Harvan Post report, and none of it reflects well on the board:\n\n"
    "As the port changed hands in three separate deals from 2009 to 2013, records show, a "
    "flow of cash made its way to the Renk Foundation.\n\n"
    "The only thing the Kurblatt fact check disputes is whether the money had anything to "
    "do with the sale.\n\n"
    "It's unclear whether the cash given to the Renk Foundation had anything to do with "
    "Ivo Renk's meetings with the buyers.\n"
)


@pytest.mark.issue(15)
def test_the_writer_weighing_named_texts_ends_an_outlets_block(claims_of: Any) -> None:
    doc, claims = claims_of("Mara Voss")(_WEIGHED)
    c = _saying(doc, claims, "It's unclear whether")
    assert (c.source_name, c.source_kind) == ("Mara Voss", "author")


# The review of claims v92 found four of these rules reaching past their construction;
# each counter-example below keeps what it had before them.


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Further investigation by prosecutors revealed that the harbour master had "
            "taken $40,000 in bribes.\n",
            "Further investigation by prosecutors",
        ),
        (
            "Closer analysis of the footage by police experts shows that the guard fired first.\n",
            "Closer analysis of the footage by police experts",
        ),
    ],
)
def test_an_inquiry_whose_maker_is_named_in_lower_case_stays_a_document(
    claims_of: Any, text: str, speaker: str
) -> None:
    doc, claims = claims_of("Ivo Renk")(text)
    c = _saying(doc, claims, text.split(" that ")[1][:20])
    assert (c.source_name, c.source_kind) == (speaker, "document")


@pytest.mark.issue(15)
def test_an_inquiry_by_a_time_names_no_maker(claims_of: Any) -> None:
    _, claims = claims_of("Ivo Renk")(
        "Further study by the end of the year revealed that the pier was never safe.\n"
    )
    assert not [c for c in claims if c.source_kind == "document"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "In a letter posted to the Senate website, Senator Ruth Kane said the toll bill was "
        "flawed.\n",
        "In a statement posted on the Harvan Council website, Ruth Kane said the toll talks "
        "had failed.\n",
        "In a note published on the Vellorn Ministry blog, Ruth Kane said the toll talks "
        "had failed.\n",
    ],
)
def test_an_institutions_own_website_is_no_platform(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    c = _saying(doc, claims, "toll")
    assert (c.source_name, c.via) == ("Ruth Kane", None)


@pytest.mark.issue(15)
def test_a_persons_letter_setting_out_its_own_steps_below_stays_unattributed(
    claims_of: Any,
) -> None:
    doc, claims = claims_of(None)(
        "Ivo Renk, the harbour master, wrote in a letter to staff:\n\n"
        "We will close the north pier in May and move 300 jobs to Tarn.\n\n"
        "The steps we will take are outlined below:\n\n"
        "Every worker who is laid off will receive six months of pay.\n\n"
        "We expect the harbour to return to profit by 2027.\n"
    )
    assert _saying(doc, claims, "close the north pier").source_name == "Ivo Renk"
    assert not [c for c in claims if c.source_kind == "outlet"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk said Monday to Mara Voss on Vellorn TV's Evening Hour that the port would "
        "reopen. On Friday, at a dinner in Harvan, “We will win the toll vote,” he told Voss.\n",
        "The minister spoke to Anna Berg on the Harvan Radio Network on Monday. Two days "
        "later, at a private meeting, “We will win the toll vote,” he told Berg.\n",
        "Ivo Renk said Monday to Mara Voss on Vellorn TV's Evening Hour that the port would "
        "reopen.\n\nThe pier was closed in March.\n\nThe tolls rose by a third.\n\n"
        "“We will win the toll vote,” he told Voss.\n",
    ],
)
def test_words_told_a_host_at_another_sitting_go_through_no_outlet(
    claims_of: Any, text: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert _saying(doc, claims, "win the toll vote").via is None
