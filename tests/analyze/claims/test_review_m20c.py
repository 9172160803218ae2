"""The mends of the review of claims v109 (15bv): rules that reached past their
construction, each with the reviewer's counter-examples (invented names)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import said


def _rows(claims: Any, doc: Any) -> list[tuple[str, str, str]]:
    return [(c.source_name, c.status, said(doc, c)) for c in claims if c.source_kind != "outlet"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("The minister denied funding for the hospital had been cut.\n", "funding for the hospital had been cut"),
        ("Mara Voss denied her bid for the leadership was in trouble.\n", "her bid for the leadership was in trouble"),
        ("The police chief denied the requests for information were ignored.\n", "the requests for information were ignored"),
        ("The council denied access to the archive was restricted.\n", "access to the archive was restricted"),
        ("The agency denied permission for the march had ever been sought.\n", "permission for the march had ever been sought"),
    ],
)  # fmt: skip
def test_a_denied_clause_after_a_refusable_noun_is_a_denial(
    claims_of: Any, text: str, words: str
) -> None:
    doc, claims = claims_of(None)(text)
    assert [(r[1], r[2]) for r in _rows(claims, doc)] == [("negated", words)]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "The court denied bail to the three men.\n",
        "The border agency denied him entry on Monday.\n",
        "The agency denied refuge to a teacher who had fled the war.\n",
        "The judge denied the motion on Friday and the trial will go ahead.\n",
        "The court denied bail to the men who were arrested in May.\n",
    ],
)
def test_a_refusal_stays_no_claim(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert _rows(claims, doc) == []


@pytest.mark.issue(15)
@pytest.mark.parametrize("group", ["Witnesses", "Doctors", "Democrats"])
def test_a_plural_that_says_something_is_no_nearer_he(claims_of: Any, group: str) -> None:
    text = (
        f"“We will rebuild,” said Ivo Renk, the mayor. {group} said the crowd was large. "
        "He said the city would appeal.\n"
    )
    doc, claims = claims_of(None)(text)
    assert [r[2] for r in _rows(claims, doc)][-1] == "the city would appeal"


@pytest.mark.issue(15)
@pytest.mark.parametrize("word", ["fishin’", "goin’"])
def test_a_dropped_letter_does_not_close_a_quote_that_runs_on(claims_of: Any, word: str) -> None:
    text = (
        f"“We were {word} all day and nobody came to help us. The river rose fast and we lost "
        "everything.\n“Then the boats came,” said Ivo Renk, a farmer.\n"
    )
    doc, claims = claims_of(None)(text)
    found = [r for r in _rows(claims, doc) if "river rose" in r[2]]
    assert [r[0] for r in found] == ["Ivo Renk"]


@pytest.mark.issue(15)
def test_a_dropped_letter_inside_a_short_quote_closed_by_a_single_mark(claims_of: Any) -> None:
    doc, claims = claims_of(None)("The crowd sang “rockin’ all night’ until dawn, police said.\n")
    assert [r[0] for r in _rows(claims, doc)] == ["police"]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Vellornia's foreign ministry issued a statement, saying that the talks had failed.\n", "Vellornia"),
        ("Renk's wife gave an interview on Monday, saying that he had been framed.\n", "Renk's wife"),
    ],
)  # fmt: skip
def test_an_owned_agent_speaks(claims_of: Any, text: str, speaker: str) -> None:
    doc, claims = claims_of(None)(text)
    assert [r[0] for r in _rows(claims, doc)] == [speaker]


@pytest.mark.issue(15)
def test_an_owned_thing_still_speaks_for_nobody(claims_of: Any) -> None:
    doc, claims = claims_of(None)(
        "Renk's popularity has plummeted in the state, claiming that he lied.\n"
    )
    assert _rows(claims, doc) == []


@pytest.mark.issue(15)
def test_a_condition_is_not_the_writers_saying(claims_of: Any) -> None:
    text = "My lawyer told me that the case would be dropped if we wrote a letter of apology.\n"
    doc, claims = claims_of(None)(text)
    assert _rows(claims, doc) == [
        ("My lawyer", "conditional", "the case would be dropped if we wrote a letter of apology")
    ]


@pytest.mark.issue(15)
@pytest.mark.parametrize(
    "text",
    [
        "Ivo Renk is claiming that the vote was rigged.\n",
        "I am warning that the bridge is unsafe.\n",
    ],
)
def test_a_progressive_reporting_verb_reports(claims_of: Any, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert [said(doc, c) for c in claims][-1] in ("the vote was rigged", "the bridge is unsafe")


#: ordinary prose the mends must leave as it was (claims v109's output)
_KEEP = [
    ("The mayor denied reports that the budget had been cut.\n", ["reports that the budget had been cut"]),
    ("Renk's lawyer issued a statement, saying that the charges were false.\n", ["the charges were false"]),
    ("Officials said the vote would go ahead when the ballots arrived.\n",
     ["the vote would go ahead when the ballots arrived"]),
    ("The ministry was warning that the dam could fail.\n", ["the dam could fail"]),
]  # fmt: skip


@pytest.mark.issue(15)
@pytest.mark.parametrize(("text", "words"), _KEEP)
def test_ordinary_prose_keeps_its_claims(claims_of: Any, text: str, words: list[str]) -> None:
    doc, claims = claims_of(None)(text)
    assert [r[2] for r in _rows(claims, doc)] == words
