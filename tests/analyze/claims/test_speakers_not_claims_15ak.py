"""Speakers and words that assert nothing (issue 15, branch 15ak).

Independent readers of FakeNewsCorpus seeds 101-103 and 1001-1002 (claims v45-v50)
judged these rows wrong: an administration's announcement filed under the person who
names it, a titled report filed as a named source, a shop's blurb after "here is what X
has to say" filed under no speaker, a one-word outlet read in translation filed as a
person, a foreign paper that "reported" filed as a named source; a demand with no
proposition, an attribution's tail alone, an exhortation, a cited maxim, a typical phrase
put in the mouth of a kind of people, a list's lead-in.  Our reading of seed 587 added an
invitation to readers and unnamed researchers of an institute with its acronym filed as
named.  Invented sentences of the same constructions.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.claims.speech_acts import speech_act

from .reading import said


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of(None)


def _said(doc, claims) -> list[str]:
    return [said(doc, c) for c in claims]


@pytest.mark.issue(15)
def test_a_body_named_by_a_person_is_the_speaker(analyze) -> None:
    doc, claims = analyze(
        "Last week, the Harvan administration, reversed its previous position and announced "
        "they had agreed to supply boats to the Vellorn government."
    )
    found = [c for c in claims if "supply boats" in said(doc, c)]
    assert found and found[0].source_name == "the Harvan administration"
    assert found[0].source_kind == "named"


@pytest.mark.issue(15)
def test_people_of_a_body_stay_the_people(analyze) -> None:
    """ "Harvan government officials": the officials, not the government."""
    doc, claims = analyze(
        "Last week, Harvan government officials met the fishermen and announced they had "
        "agreed to open the port."
    )
    found = [c for c in claims if "open the port" in said(doc, c)]
    assert found and "administration" not in (found[0].source_name or "")
    assert found[0].source_name != "Harvan government"


@pytest.mark.issue(15)
def test_a_titled_document_is_a_document(analyze) -> None:
    doc, claims = analyze(
        "This bill would grant the agency more power. According to the Harvan Extremism "
        "Document that would include veterans and farmers."
    )
    found = [c for c in claims if "veterans and farmers" in said(doc, c)]
    assert found and found[0].source_kind == "document"


@pytest.mark.issue(15)
def test_a_periodical_named_like_a_document_stays_named(analyze) -> None:
    doc, claims = analyze("According to the Harvan Review, the port will close in May.")
    found = [c for c in claims if "port will close" in said(doc, c)]
    assert found and found[0].source_kind != "document"


@pytest.mark.issue(15)
def test_what_a_shop_has_to_say_is_the_shops(analyze) -> None:
    doc, claims = analyze(
        "The Harvan fair opens in May. But here is what Ivo Renk has to say about the gift "
        "box:\n\nWe have selected what we think are all the things a reader needs, perhaps "
        "most important of all is a big mug."
    )
    found = [c for c in claims if "big mug" in said(doc, c)]
    assert found and found[0].source_name == "Ivo Renk"


@pytest.mark.issue(15)
def test_an_obligation_to_say_is_not_the_idiom(analyze) -> None:
    """ "what X has to say" only after "what": "X has to say sorry" reports nothing."""
    doc, claims = analyze("Ivo Renk has to say that the port will close in May.")
    assert not any(c.source_name == "Ivo Renk" for c in claims), _said(doc, claims)


@pytest.mark.issue(15)
def test_an_outlet_read_in_translation_is_an_outlet(analyze) -> None:
    doc, claims = analyze(
        "The tolls rose again in May.\n\nAs Kessick reports (via an online translator),\n\n"
        "The Harvan Council appears to be unable to curb the smuggling of grain."
    )
    found = [c for c in claims if "smuggling of grain" in said(doc, c)]
    # (the tagger calls the one-word title a person)
    assert (
        found and found[0].source_kind == "named"
    )  # another outlet than the page's shows as named (v75)


@pytest.mark.issue(15)
def test_a_person_reporting_in_full_name_stays_a_person(analyze) -> None:
    doc, claims = analyze(
        "The tolls rose again in May.\n\nAs Ivo Renk reports (via an online translator),\n\n"
        "The Harvan Council appears to be unable to curb the smuggling of grain."
    )
    found = [c for c in claims if "smuggling of grain" in said(doc, c)]
    assert found and found[0].source_kind == "named"


@pytest.mark.issue(15)
def test_a_demand_for_a_thing_is_no_claim_but_a_demand_that_stays(analyze) -> None:
    doc, claims = analyze(
        "Some members of the Harvan Council have demanded answers from Ambassador Ivo Renk "
        "and the Port Authority. Mara Voss demanded that the council resign."
    )
    words = _said(doc, claims)
    assert not any("answers" in w for w in words), words
    assert any("the council resign" in w for w in words), words


@pytest.mark.issue(15)
def test_an_attribution_tail_is_no_claim(analyze) -> None:
    doc, claims = analyze(
        "“Why would we pay for their harbour?” Mara Voss asked, according to the Harvan "
        "Post, referring to the northern towns."
    )
    assert not any("according to" in w for w in _said(doc, claims))


@pytest.mark.issue(15)
def test_a_first_person_exhortation_is_no_claim(analyze) -> None:
    doc, claims = analyze("The strikers want more pay. I say stay on strike!")
    assert not any("stay on strike" in w for w in _said(doc, claims))


@pytest.mark.issue(15)
def test_a_reported_order_keeps_its_directive(analyze) -> None:
    """Only "I say" and a cited maxim lose an order; "X said" keeps it a directive."""
    doc, claims = analyze("I say release them! “Release the fishermen now,” Mara Voss said.")
    assert not any("release them" in w for w in _said(doc, claims))
    found = [c for c in claims if "Release the fishermen" in said(doc, c)]
    assert found and found[0].modality == "directive"


@pytest.mark.issue(15)
def test_a_cited_maxim_is_no_claim_but_a_cited_statement_stays(analyze) -> None:
    doc, claims = analyze(
        "“Be a light unto yourself”, as the old teacher Ivo Renk said. “The harbour "
        "belongs to the town”, as Mara Voss said in 1990."
    )
    words = _said(doc, claims)
    assert not any("light unto" in w for w in words), words
    assert any("harbour belongs" in w for w in words), words


@pytest.mark.issue(15)
def test_a_list_lead_in_is_no_claim(analyze) -> None:
    doc, claims = analyze(
        "Here is the report. Some flights were also noted by the pilot Mara Voss, here are "
        "some of those:\n\nFlight 22 left Harvan at noon."
    )
    assert not any("here are some" in w.lower() for w in _said(doc, claims))


@pytest.mark.issue(15)
def test_an_unnamed_outlet_read_in_translation_is_an_outlet(analyze) -> None:
    """The tagger saw no name at all: the translated report line still says it."""
    doc, claims = analyze(
        "The tolls rose again in May.\n\nAs Vellorngazet reports (via Vellor Translate),\n\n"
        "The Harvan Council appears to be unable to curb the smuggling of grain."
    )
    found = [c for c in claims if "smuggling of grain" in said(doc, c)]
    assert (
        found and found[0].source_kind == "named"
    )  # another outlet than the page's shows as named (v75)


@pytest.mark.issue(15)
def test_a_papers_title_is_an_outlet(analyze) -> None:
    doc, claims = analyze(
        "Germany’s Vellorner Zeitung reported that the creditors are drawing up an "
        "ultimatum to the Harvan government."
    )
    found = [c for c in claims if "ultimatum" in said(doc, c)]
    assert (
        found and found[0].source_kind == "named"
    )  # another outlet than the page's shows as named (v75)


@pytest.mark.issue(15)
def test_a_possessive_shop_name_has_its_say(analyze) -> None:
    doc, claims = analyze(
        "The Harvan fair opens in May.\n\nBut here is what Renk’s has to say about the "
        "Reader’s Gift Box:\n\nFor that special reader in your life we have the perfect gift. "
        "We have selected what we think are all the things a reader needs, perhaps most "
        "important of all is a great big mug."
    )
    found = [c for c in claims if "big mug" in said(doc, c)]
    assert found and found[0].source_kind == "named"


@pytest.mark.issue(15)
def test_researchers_of_an_institute_with_its_acronym_are_unnamed(analyze) -> None:
    """ "(HIT)" stands for the institute, inside the phrase; it heads nothing."""
    doc, claims = analyze(
        "Researchers from the Harvan Institute of Technology (HIT) said the old bridge was "
        "built by the Vellorn guild. The Harvan Institute of Technology (HIT) said the new "
        "bridge was built by the Tarn guild."
    )
    old = [c for c in claims if "old bridge" in said(doc, c)]
    new = [c for c in claims if "new bridge" in said(doc, c)]
    assert old and old[0].source_kind == "anonymous"
    assert new and new[0].source_kind == "named"


@pytest.mark.issue(15)
def test_according_to_a_name_with_its_acronym(analyze) -> None:
    doc, claims = analyze(
        "According to the Harvan Institute of Technology (HIT), the old bridge was built by "
        "the Vellorn guild."
    )
    assert [said(doc, c) for c in claims] == ["the old bridge was built by the Vellorn guild"]


@pytest.mark.issue(15)
def test_a_kind_of_people_described_by_a_phrase_is_no_claim(analyze) -> None:
    doc, claims = analyze(
        "The second fault which increases the risk of groupthink is that of closed "
        "leadership: leaders who say “this is how it is.” The Harvan Council, which says "
        "“the port will close in May,” met on Monday."
    )
    words = _said(doc, claims)
    assert not any("how it is" in w for w in words), words
    assert any("port will close" in w for w in words), words


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("words", "act"),
    [
        ("here are some of those", "formula"),
        ("Here are a few examples:", "formula"),
        ("If any of my readers are at the fair, feel free to join me for one!", "imperative"),
        # false friends: each says something that could be true or false
        ("Here are the facts", None),
        ("Here is a town that has lost 40% of its jobs.", None),
        ("Here are two reasons the council failed:", None),
        ("The council feels free to ignore the law.", None),
    ],
)  # fmt: skip
def test_speech_acts_15ak(words: str, act: str | None) -> None:
    assert speech_act(words) == act
