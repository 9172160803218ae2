"""Speakers and channels of retold reports (issue 15, branch 15aw, claims v68).

Independent readers of claims v67 (seeds 1024-1028) found a person's statement inside
another outlet's retold report filed under the outlet ("The Commissioner underlined that
..."), channels left out ("commented on Twitter:", "wrote in <magazine>", "told the
newspaper" after the paper's name) and author claims shown with no name though the page's
metadata names its author.  Invented sentences of each construction, and what must stay.
"""

from __future__ import annotations

from typing import Any

import pytest


def _by(doc: Any, claims: list[Any], words: str) -> Any:
    found = [c for c in claims if words in doc.text[c.statement_start : c.statement_end]]
    assert found, [(c.source_name, doc.text[c.statement_start : c.statement_end]) for c in claims]
    return found[0]


RETOLD = (
    "The harbour fund is failing, and nobody in Tarn will say so.\n\n"
    "As the Vellorn Ledger reports (via an online translator),\n\n"
    "Harbour leaders sounded the alarm this week. Commissioner Ivo Renk said on Friday that "
    "the fund has one alternative: closure. The Commissioner underlined that towns should "
    "cooperate better on harbour dues. The fund appears to be unable to pay its debts.\n"
)


@pytest.mark.issue(15)
def test_a_commissioner_inside_a_retold_report_is_the_person_via_the_outlet(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(RETOLD)
    c = _by(doc, claims, "cooperate better")
    assert (c.source_name, c.source_kind, c.via, c.resolved) == (
        "Ivo Renk", "named", "Vellorn Ledger", "role",
    )  # fmt: skip
    # the report's own sentence stays the outlet's
    assert _by(doc, claims, "unable to pay").source_name == "Vellorn Ledger"


@pytest.mark.issue(15)
def test_a_commissioner_with_two_named_before_stays_unresolved(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "Commissioner Ivo Renk said on Friday that the fund has one alternative: closure. "
        "Commissioner Mara Voss said the fund would survive. The commissioner stressed that "
        "towns should cooperate better on harbour dues.\n"
    )
    c = [c for c in claims if "cooperate better" in doc.text[c.statement_start : c.statement_end]]
    assert all(x.source_name not in ("Ivo Renk", "Mara Voss") for x in c)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("intro", "via"),
    [
        ("As Ivo Renk, director of the Tarn Harbour Center, commented on Tarnbook:", "Tarnbook"),
        ("Ivo Renk wrote in Vellorn Scientific as follows:", "Vellorn Scientific"),
        (
            "In 2014, Ivo Renk took an in-depth look for Harvan Weekly Magazine into the "
            "harbour trade. Renk reports:",
            "Harvan Weekly Magazine",
        ),
        # a time, a person (the topic) or no channel at all: none
        ("The levy was a mistake, as Ivo Renk wrote in March:", None),
        ("As Ivo Renk commented on Mara Voss and Lena Brack:", None),
        ("As Ivo Renk put it:", None),
    ],
)
def test_the_channel_of_a_block_is_read_from_its_introduction(claims_of, intro, via) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "What would the council do then? Nobody knows.\n\n" + intro + "\n\n"
        "The provision of new cranes will change little on the docks, but it marks the "
        "council's deeper involvement in the port.\n"
    )
    c = _by(doc, claims, "new cranes")
    assert "Renk" in (c.source_name or "") and c.via == via
    if via is not None:
        assert doc.text[c.via_start : c.via_end] == via


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("frame", "via"),
    [
        ("In an essay, Mara Voss wrote in the Vellorn Review", "the Vellorn Review"),
        ("Mara Voss wrote in the Harvan Post on Monday", "the Harvan Post"),
        ("Mara Voss wrote in Tarn", None),  # a place
        ("Mara Voss wrote in March", None),  # a time
    ],
)
def test_the_paper_a_writer_wrote_in_is_the_channel(claims_of, frame, via) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        frame + " that the harbour had always been the town's engine.\n"
    )
    c = _by(doc, claims, "the town's engine")
    assert (c.source_name, c.via) == ("Mara Voss", via)


TOLD = "“Anyone who thinks you can fix the harbour with parades is mistaken,” Ivo Renk told the newspaper.\n"


@pytest.mark.issue(15)
def test_the_newspaper_as_channel_is_the_paper_named_before(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "The pier plan was cancelled, the Harvan Courier reported on Monday.\n\n"
        "The council met on Tuesday. Its members argued for hours about the dredging and the "
        "levy, and nobody wanted to give way.\n\n" + TOLD
    )
    c = _by(doc, claims, "parades")
    assert (c.source_name, c.via) == ("Ivo Renk", "Harvan Courier")
    assert doc.text[c.via_start : c.via_end] == "Harvan Courier"
    # no paper named before: the channel stays as written
    doc, claims = claims_of("Lena Ostrova")("The council met on Tuesday.\n\n" + TOLD)
    assert _by(doc, claims, "parades").via == "the newspaper"
    # a paper that is only part of someone's description did not report: no channel of it
    doc, claims = claims_of("Lena Ostrova")(
        "Ivo Renk, a former Harvan Courier columnist, runs the port union.\n\n" + TOLD
    )
    assert _by(doc, claims, "parades").via == "the newspaper"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            "In Tarn, a group calling itself Tarnians for Responsible Harbour Policy — including "
            "two port lawyers and the Tarn Chamber of Commerce — filed suit to keep the levy off "
            "the ballot. The group claimed that the summary did not reflect the whole proposal.",
            "Tarnians for Responsible Harbour Policy",
        ),
        # an organisation merely named before is no antecedent (a review of v68: the one
        # written to, the one that fined it, the paper spoken to): it stays as written
        (
            "Though the Harvan Anglers League came under scrutiny because it opposed the levy, "
            "the group maintains the summary did not reflect the whole proposal.",
            "the group",
        ),
        (
            "Harvan Watch posted the files on Monday. In a letter to the Harvan Council, the "
            "group said the summary did not reflect the whole proposal.",
            "group",
        ),
        (
            "After the Harvan Council fined it, the group said the summary did not reflect the "
            "whole proposal.",
            "the group",
        ),
        # two organisations, or a person beside one: "the group" stays as written
        (
            "The Harvan Anglers League and the Tarn Boat Club met on Monday. The group said "
            "the summary did not reflect the whole proposal.",
            "The group",
        ),
        (
            "Ivo Renk of the Harvan Anglers League met Mara Voss. The group said the summary "
            "did not reflect the whole proposal.",
            "The group",
        ),
    ],
)
def test_the_group_is_the_one_organisation_introduced_before(claims_of, text, who) -> None:
    doc, claims = claims_of("Lena Ostrova")(text + "\n")
    c = _by(doc, claims, "whole proposal")
    assert c.source_name is not None and c.source_name.endswith(who)
    if c.resolved == "role":
        assert doc.text[c.source_start : c.source_end] == who


@pytest.mark.issue(15)
def test_unattributed_words_in_a_transcript_turn_are_the_turn_speakers() -> None:
    from collections import Counter

    from newsdossier.analyze.claims.extract import _default_source, _Doc
    from newsdossier.analyze.claims.sources import Source
    from newsdossier.model import Document

    text = "Mara Voss: Welcome, Ivo. Ivo has three decades of experience.\n\nThe end.\n"
    doc = Document(Document.make_id(text), text, "t", "t", author="Lena Ostrova")
    host = Source("Mara Voss", "named", 0, 9, key="mara voss", person=True)
    d = _Doc(doc, text, [], [], Counter(), {}, turns=[(11, 61, host)])
    assert _default_source(d, text.index("three decades")) == host
    # outside every turn: the page's own voice
    assert _default_source(d, text.index("The end")).kind == "author"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("sentence", "via"),
    [
        ("Ivo Renk said in an interview with the Harvan Post that", "the Harvan Post"),
        ("Ivo Renk said in an interview with Harvan Radio on Monday that", "Harvan Radio"),
        ("In an interview with the Harvan Post, Ivo Renk said that", "the Harvan Post"),
        ("Ivo Renk told Mara Voss in an interview with the Harvan Post that", "the Harvan Post"),
        ("Ivo Renk, speaking in an interview with the Harvan Post, said", "the Harvan Post"),
        # an interview with a person: the interviewer, no channel
        ("In an interview with Mara Voss, Ivo Renk said that", None),
        ("Ivo Renk said in an interview with Mara Voss that", None),
    ],
)
def test_an_interview_with_an_outlet_is_the_channel(claims_of, sentence, via) -> None:
    doc, claims = claims_of("Lena Ostrova")(sentence + " the levy would double by 2030.\n")
    c = _by(doc, claims, "levy would double")
    words = doc.text[c.statement_start : c.statement_end]
    assert (c.source_name, c.via, words) == ("Ivo Renk", via, "the levy would double by 2030")


@pytest.mark.issue(15)
def test_a_title_place_glued_to_a_name_is_cut_at_the_honorific(claims_of) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        "In July 2008, the Chief Justice of Tarn and Wells Lord Renkford declared that it "
        "was inevitable to recognise harbour courts in Tarn.\n"
    )
    c = _by(doc, claims, "harbour courts")
    assert c.source_name == "Lord Renkford"
    assert doc.text[c.source_start : c.source_end] == "Lord Renkford"


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # the court did something to a thing: the clause after its name is the writer's
        (
            "This challenge was subsequently dismissed by the Harvan Supreme Court, and the "
            "measure will now appear on the November ballot.",
            None,
        ),
        # an expletive passive, or an agent whose words follow with "that"
        (
            "It was later conceded by General Tomas Vell, the commander, that the measure "
            "will now appear on the November ballot.",
            "Tomas Vell",
        ),
        (
            "This was even admitted by General Tomas Vell, the former commander, that the "
            "measure will now appear on the November ballot.",
            "Tomas Vell",
        ),
    ],
)
def test_a_passive_agent_speaks_only_with_reported_words(claims_of, text, speaker) -> None:
    doc, claims = claims_of("Lena Ostrova")(text + "\n")
    said = [c.source_name for c in claims if "ballot" in c.text and c.source_kind == "named"]
    assert said == ([speaker] if speaker else [])


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("frame", "via"),
    [
        ("Ivo Renk, the investment manager, says in the film:", "the film"),
        ("Ivo Renk said in his new book that", "his new book"),
        ("Ivo Renk said in the book club that", None),  # a place, no work
    ],
)
def test_the_work_a_quote_comes_from_is_the_channel(claims_of, frame, via) -> None:
    doc, claims = claims_of("Lena Ostrova")(
        frame + " the corporation is an externalizing machine.\n"
    )
    c = _by(doc, claims, "externalizing machine")
    assert (c.source_name, c.via) == ("Ivo Renk", via)
