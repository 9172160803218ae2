"""Case table for per-sentence events: type and date, clause handling (issue 4)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.events import extract_events
from newsdossier.analyze.events.clauses import clause_spans
from newsdossier.analyze.time import extract_times
from newsdossier.model import Mention, PublishedDate, Sentence

PUB = PublishedDate("2011-03-16", "day", "byline")


def _events(text: str, mentions: tuple[Mention, ...] = ()) -> list[tuple[str, str | None]]:
    # The sentence sits after a first one, so that document and sentence offsets
    # differ (a bug that compared the two went unseen while every case started at 0).
    lead = "Officials said little. "
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    times = extract_times(doc, "d", PUB)
    return [
        (e.type, e.time.value if e.time else None) for e in extract_events(sents, times, mentions)
    ]


# (sentence, expected (type, date value) pairs, in order)
CASES = [
    ("The group was founded in 1965 and moved to Iraq in 1986.",
     [("founding", "1965"), ("relocation", "1986")]),
    ("The group, which was founded in 1965, moved to Iraq.",
     [("founding", "1965"), ("relocation", None)]),
    ("The man who founded the group in 1965 died in 2001.",
     [("founding", "1965"), ("death", "2001")]),
    ("The council was created in exile in 1981 and renamed in 1995.",
     [("founding", "1981"), ("renaming", "1995")]),
    ("Four guards were killed on March 14, 2011 when gunmen stormed a post.",
     [("killing", "2011-03-14"), ("attack", "2011-03-14")]),
    ("In 1986, the group moved its fighters to a camp in the desert.", [("relocation", "1986")]),
    ("Estmark removed the group from its terrorist list in September 2012.",
     [("delisting", "2012-09")]),
    ("Police arrested six members last November.", [("arrest", "2010-11")]),
    ("Exiles rallied to mark the anniversary of the founding on Tuesday.",
     [("protest", "2011-03-15"), ("founding", None)]),
    ("The minister said the talks were useful.", []),  # weak types need a date
    ("The ministers met in the capital on Monday.", [("meeting", "2011-03-14")]),
    ("The ministry denied any attack on the camp.", []),
    ("The court sentenced him in 2004 to ten years.", [("court_ruling", "2004")]),
]  # fmt: skip


@pytest.mark.issue(4)
@pytest.mark.parametrize(("sentence", "expected"), CASES)
def test_events_case_table(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(sentence) == expected


def test_events_relative_clause_spans() -> None:
    s = "The group, which was founded in 1965, moved to Iraq in 1986."
    assert [s[a:b] for a, b in clause_spans(s, [(32, 36), (55, 59)])] == [
        "which was founded in 1965"
    ]


def test_events_participants_and_places() -> None:
    text = "The Front attacked a border post near Dehvar on Monday."
    ments = (
        Mention("d", 4, 9, "Front", "ORG", "organization", "front", "t", "1"),
        Mention("d", 38, 44, "Dehvar", "GPE", "place", "dehvar", "t", "1"),
    )
    sent = Sentence("d", 0, len(text), text)
    (ev,) = extract_events([sent], extract_times(text, "d", PUB), ments)
    assert ev.participants == (ments[0].id,)
    assert ev.places == (ments[1].id,)
    assert text[ev.trigger_start : ev.trigger_end] == "attacked"
    assert (ev.start, ev.end, ev.text) == (0, len(text), text)


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a date before the reporting verb with a modal between is the plan's: no saying of it
        ("On March 20 the first pumps will be tested, the water board said.", []),
        ("In 2030 the ferry line will close, the company said.", []),
        ("On Monday, the council is to vote on the plan, the mayor said.", []),
        # a modal inside a relative clause leaves the date to the saying
        ("On Monday the mayor, who will retire next year, said the plan was dead.",
         [("statement", "2011-03-14")]),
        # a past happening reported after its date keeps it
        ("On Monday, the council voted on the plan, the mayor said.", [("other", "2011-03-14")]),
    ],
)  # fmt: skip
def test_events_plan_before_saying(sentence: str, expected: list[tuple[str, str | None]]) -> None:
    assert _events(sentence) == expected
