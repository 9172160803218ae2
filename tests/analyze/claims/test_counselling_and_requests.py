"""Carried words that name nothing, speak to the listener or ask; pleas to the audience
and lead-ins (issue 15, branch 15w).

Independent readers of FakeNewsCorpus claims (seeds 81, 82, 86) and our strict reading
of seed 431 judged wrong: a channelled reading's counselling ("It may be that you need
rest"), a podcast's line that names nothing ("Silver is up about half as much."), a
column's rhetorical question carried in a block quote, a plea to viewers ("We beg you to
pray for them," he asked viewers) and a lead-in ("Here is what he said:").  Invented
transcripts and sentences of each kind, and the statements that must stay.
"""

from __future__ import annotations

from typing import Any

import pytest

from newsdossier.analyze.claims.anaphora import is_lead_in, is_plea, speaks_to_listener
from newsdossier.analyze.claims.modality import find_hedge

_SESSION = (
    "Harbour Hour host Ivo Renk spoke with the port economist Mara Voss about the tolls.\n\n"
    "Ivo Renk: Well Mara, thank you so much for joining us again on the program today.\n\n"
    "Mara Voss: My pleasure, Ivo.\n\n"
    "Ivo Renk: The harbour tolls rose twice last year, and the fishermen are angry about "
    "it. Why did it happen?\n\n"
    "Mara Voss: The Harvan Council raised the tolls twice in 2020 to pay for the new pier. "
    "It may be that you need to sell the boat before winter. "
    "All there is are choices that either support your business or do not. "
    "Fuel is up about half as much. "
    "What if the council sells the whole harbour next year?\n\n"
    "Ivo Renk: Mara, thanks for your time today, it was a pleasure to have you back on "
    "the program.\n"
)


@pytest.fixture(scope="module")
def analyze(claims_of):
    return claims_of("Tomas Vell")


def _statements(doc: Any, claims: list[Any]) -> list[str]:
    return [doc.text[c.statement_start : c.statement_end] for c in claims]


@pytest.mark.issue(15)
def test_a_turn_keeps_its_named_statement_and_drops_the_rest(analyze) -> None:
    doc, claims = analyze(_SESSION)
    said = _statements(doc, claims)
    assert any("raised the tolls twice in 2020" in s for s in said)  # names and a year
    assert not any("sell the boat" in s for s in said)  # advice to the listener
    assert not any("support your business" in s for s in said)  # counselling
    assert not any("half as much" in s for s in said)  # names nothing: about what?
    assert not any("What if" in s for s in said)  # a carried question asserts nothing


@pytest.mark.issue(15)
def test_plea_to_viewers_is_no_claim_but_a_demand_stays(analyze) -> None:
    doc, claims = analyze(
        "“We beg you to pray for the crew of the Marten,” Ivo Renk asked viewers on "
        "Sunday. “We urge the Harvan Council to release the fishermen,” Mara Voss said."
    )
    said = _statements(doc, claims)
    assert not any("pray for the crew" in s for s in said)
    assert any("release the fishermen" in s for s in said)


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,plea",
    [
        ("We beg you to pray for dad and mom,", True),
        ("I urge everyone to share this video.", True),
        ("So I would ask all of you to call your senator.", True),
        ("We urge the council to release the fishermen.", False),
        ("I asked him to leave the pier.", False),
        ("They beg you to stay.", False),
    ],
)
def test_is_plea(words: str, plea: bool) -> None:
    assert is_plea(words) is plea


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,lead_in",
    [
        ("Here is what he said:", True),
        ("Here’s the statement in full:", True),
        ("This is what the letter says:", True),
        ("The terms are as follows:", True),
        ("Here is the harbour where the Marten sank.", False),
        ("This is a shameful vote: the tolls doubled.", False),
        ("Renk said: the tolls will fall.", False),
    ],
)
def test_is_lead_in(words: str, lead_in: bool) -> None:
    assert is_lead_in(words) is lead_in


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "words,listener",
    [
        ("It may be that you need rest.", True),
        ("Your awareness of the sea was very high.", True),
        ("Sailing has the potential of connecting you with the coast.", True),
        ("You know, the tolls rose twice.", False),
        ("The tolls rose twice, mind you.", False),
        ("As you can imagine, the pier was shut.", False),
        ("Thank you, the pier was shut.", False),
        ("The council raised the tolls.", False),
    ],
)
def test_speaks_to_listener(words: str, listener: bool) -> None:
    assert speaks_to_listener(words) is listener


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text,hedged",
    [
        # a hedge in a fronted concession is the concession's
        (
            "Although Ivo Renk reportedly sold the boat, both he and Mara Voss have said "
            "that the pier stays open.",
            False,
        ),
        ("Though it may rain, the fair on the pier goes on.", False),
        ("Although the pier is old, the council will probably sell it.", True),
        # a superlative "most likely" before its noun names an option, not a doubt
        ("The board briefed the council on the port's most likely course of action.", False),
        ("The council will most likely sell the pier.", True),
        ("Renk most likely left the pier before the storm.", True),
        ("The likely delivery of the ships was delayed.", True),
    ],
)
def test_hedges_of_a_concession_or_a_superlative(text: str, hedged: bool) -> None:
    assert (find_hedge(text, 0) is not None) is hedged
