"""Irrealis clauses and names are no dated happenings (issue 16, fnc seed 53).

An independent reader found a suggested candidacy ("some saying she should run
in the <year> election") and a future look back ("years from now we'll ask how
we behaved in <year>") dated as happenings, and a bishops' conference's name
dated as a meeting.  Invented sentences; the "kept" cases guard the other side.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.events import extract_events
from newsdossier.analyze.time import extract_times
from newsdossier.model import Mention, PublishedDate, Sentence

PUB = PublishedDate("2017-06-14", "day", "byline")
LEAD = "Officials said little. "


def _events(text: str, orgs: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    doc = LEAD + text
    sents = [Sentence("d", 0, len(LEAD) - 1, LEAD[:-1]), Sentence("d", len(LEAD), len(doc), text)]
    ments = []
    for name in orgs:
        at = doc.index(name)
        ments.append(Mention("d", at, at + len(name), name, "ORG", "organization", name, "t", "1"))
    events = extract_events(sents, extract_times(doc, "d", PUB), tuple(ments))
    for e in events:
        assert doc[e.start : e.end] == e.text
    return [(e.type, e.time.value if e.time else None) for e in events]


def _dated(text: str, orgs: tuple[str, ...] = ()) -> list[tuple[str, str | None]]:
    return [x for x in _events(text, orgs) if x[1] is not None]


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    "sentence",
    [
        "Many praised Ana Holm, with some saying she should run in the 2020 election.",
        "Critics said the council could have met in March 2016 but chose not to.",
        "Renk argued that Vellorn ought to hold an election in 2019.",
        "Five or ten years from now, our children will ask us how we behaved in 2017.",
        "One day we will look back and wonder how the city voted in 2016.",
    ],
)
def test_irrealis_clause_dates_no_happening(sentence: str) -> None:
    assert _dated(sentence) == []


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a real election, dated, with a modal in another sentence part
        ("Holm won the election in 2016, and she should run again.", [("election", "2016")]),
        # "May" the month is no modal
        ("Renk was elected in May 2015.", [("election", "2015-05")]),
        # a past look back is reported: the happening stays
        ("Looking back, Renk said the army attacked the port in 2014.", [("attack", "2014")]),
    ],
)
def test_realis_clause_keeps_its_date(sentence: str, expected: list[tuple[str, str]]) -> None:
    got = _dated(sentence)
    for x in expected:
        assert x in got


@pytest.mark.issue(16)
def test_trigger_inside_an_organisation_name_is_no_event() -> None:
    text = (
        "The minister attended a dinner organised by the Vellorn Bishops' Conference of Harva "
        "on December 12, 2016."
    )
    got = _events(text, ("Vellorn Bishops' Conference of Harva",))
    assert all(typ != "meeting" for typ, _ in got)
    # without the name the word is a meeting trigger: the rule is the name's
    assert any(typ == "meeting" for typ, _ in _events(text))


@pytest.mark.issue(16)
def test_lower_case_trigger_inside_a_long_org_span_stays() -> None:
    # a tagger span that swallows the event word in lower case is not taken as a name
    text = "The Harva Council meeting on May 3, 2016 approved the budget."
    got = _events(text, ("Harva Council meeting",))
    assert ("meeting", "2016-05-03") in got


@pytest.mark.issue(16)
def test_transitive_rallied_is_no_protest() -> None:
    mobilised = _events("In 2015 the preacher rallied 900 congregations for a week of services.")
    assert all(typ != "protest" for typ, _ in mobilised)
    assert all(typ != "protest" for typ, _ in _events("The party rallied behind Renk in 2014."))
    assert ("protest", "2016-05-03") in _events(
        "Hundreds rallied outside the Harva parliament on May 3, 2016."
    )


@pytest.mark.issue(16)
def test_a_name_the_trigger_ends_is_the_events_own() -> None:
    text = "Renk compared it with the Harva Campus Massacre in 2007."
    assert ("killing", "2007") in _events(text, ("the Harva Campus Massacre",))
    text = "The Vellorn Nations' Summit on May 3, 2016 closed early."
    assert all(typ != "meeting" for typ, _ in _events(text, ("The Vellorn Nations' Summit",)))


@pytest.mark.issue(16)
def test_a_note_mark_in_the_name_span_does_not_continue_the_name() -> None:
    text = "Both sides cited the 1981 Vellorn Accord[12] in their letters."
    assert ("agreement", "1981") in _events(text, ("Vellorn Accord[12]",))
