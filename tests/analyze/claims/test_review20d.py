"""The review of claims v113-v114 (15by, 15bz): rules that reached past their construction,
mended.  Each counter-example is an invented sentence that must keep what base had: a
quote its frame opens with a purpose and a concession, a media blurb that reports a finding
or a hedge, a conditional or tentative promise, "those" before a participle's adverb, and
another speaker's frame before a writer's "I said".
"""

from __future__ import annotations

from typing import Any

import pytest

from tests.analyze.claims.reading import refers, said

pytestmark = pytest.mark.issue(15)


def _one(doc: Any, claims: list[Any], words: str) -> Any:
    (c,) = [c for c in claims if words in said(doc, c)]
    return c


@pytest.mark.parametrize(
    "quote",
    [
        "To avoid a vote the government withdrew the bill although it had a majority.",
        "To save money the council shut the library though workers objected.",
        "To cut costs the firm laid off 200 workers though profits rose.",
        "To feed the cattle we dug new wells though the rain came late.",
    ],
)
def test_a_framed_quote_with_a_purpose_and_a_concession_keeps_its_claim(
    claims_of, quote: str
) -> None:
    doc, claims = claims_of(None)(f"Ivo Renk said: “{quote}”\n")
    assert [said(doc, c) for c in claims] == [quote]


@pytest.mark.parametrize(
    "quote",
    [
        "To avoid a vote the government withdrew the bill although it had a majority.",
        "To save money the council shut the library though workers objected.",
        "To feed the cattle we dug new wells though the rain came late.",
    ],
)
def test_a_carried_line_whose_parse_finds_a_verb_before_the_concession_stays(
    claims_of, quote: str
) -> None:
    doc, claims = claims_of(None)(f"Ivo Renk said on the radio: “We sold the ferries. {quote}”\n")
    assert [said(doc, c) for c in claims] == ["We sold the ferries.", quote]


@pytest.mark.parametrize(
    "text",
    [
        "This video shows how police beat a man outside the station, residents allege.\n",
        "This video shows how the guards beat the prisoners, the inquiry found.\n",
        "This video shows how the soldiers allegedly fired on unarmed protesters.\n",
        "This video from a resident shows how the fire reportedly started in the kitchen.\n",
        "In this episode, we look at why the minister reportedly cut the budget by $2 million.\n",
    ],
)
def test_a_media_line_that_reports_something_keeps_its_claim(claims_of, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert claims


@pytest.mark.parametrize(
    "text",
    [
        "This video explains why the port closed.\n",
        "In this episode, we look at why the ferries stopped running.\n",
    ],
)
def test_a_media_blurb_by_its_topic_is_still_no_claim(claims_of, text: str) -> None:
    doc, claims = claims_of(None)(text)
    assert not claims


@pytest.mark.parametrize(
    ("text", "words", "modality"),
    [
        ("If re-elected, the mayor promised the bridge would be finished by June.",
         "bridge", "conditional"),
        ("The mayor promised the bridge would be finished by June as long as the funds arrive.",
         "bridge", "conditional"),
        ("The mayor promised the bridge would be finished once the deficit is closed.",
         "bridge", "conditional"),
        ("The mayor promised the bridge would be finished unless the strike went on.",
         "bridge", "conditional"),
        ("Ivo Renk promised he would try to pass the bill.", "pass", "conditional"),
        ("Ivo Renk promised he would look into the complaints.", "complaints", "conditional"),
        ("Ivo Renk promised he would consider raising the wage.", "wage", "conditional"),
        # must not change: no condition, a future of its own (15bz)
        ("The mayor vowed the bridge would be finished by June.", "bridge", "asserted"),
        ("Ivo Renk promised voters in March that taxes would fall.", "taxes", "asserted"),
        ("The mayor promised once again that the bridge would be finished by June.",
         "bridge", "asserted"),
        ("The minister promised that the water was safe to drink.", "water", "asserted"),
        ("Mayor Ivo Renk had promised that Vellornia was paying for the bridge.",
         "Vellornia", "conditional"),
    ],
)  # fmt: skip
def test_a_promise_bound_by_a_condition_stays_conditional(
    claims_of, text: str, words: str, modality: str
) -> None:
    doc, claims = claims_of(None)(text + "\n")
    assert _one(doc, claims, words).modality == modality


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The minister said compensation will go to those directly affected.", None),
        ("The minister said the medals will go to those closely involved in the rescue.", None),
        # must not change: the adverb after "this"/"these" (15by)
        ("The minister said we must take this seriously.", "this"),
        ("The spokesman said the port handled these carefully.", "these"),
    ],
)
def test_those_before_a_participles_adverb_points_nowhere(
    claims_of, text: str, found: str | None
) -> None:
    doc, claims = claims_of(None)(text + "\n")
    assert [refers(doc, c) for c in claims] == [found]


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Witnesses said the soldiers fired first I said first.", "the soldiers fired first"),
        ("The minister said the plan was dead and I said dead.", "the plan was dead"),
        ("They said we were liars and I said liars.", "we were liars"),
    ],
)
def test_a_writers_i_said_never_takes_another_speakers_frame(
    claims_of, text: str, words: str
) -> None:
    doc, claims = claims_of(None)(text + "\n")
    assert not [c for c in claims if "I said" in said(doc, c)]
    assert any(said(doc, c).startswith(words) or words in said(doc, c) for c in claims)
