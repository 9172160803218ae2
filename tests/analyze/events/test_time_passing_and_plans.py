"""A date that is the subject of time passing, and a weekday timed to a plan (issue 16,
events v23 / time v14; fresh FakeNewsCorpus events read with seed 421).

Invented sentences.  "as 2017 has progressed" names no happening: the year passes.  A
weekday after "is planning ... to coincide with X's visit" points forward from the page's
date, like one after "will".
"""

from __future__ import annotations

from newsdossier.analyze.events import extract_events
from newsdossier.analyze.time import extract_times
from newsdossier.model import PublishedDate, Sentence


def _events(text: str, pub: PublishedDate | None = None) -> set[tuple[str, str | None, str]]:
    lead = "Officials said little. "
    doc = lead + text
    sents = [Sentence("d", 0, len(lead) - 1, lead[:-1]), Sentence("d", len(lead), len(doc), text)]
    events = extract_events(sents, extract_times(doc, "d", pub), ())
    for e in events:
        assert doc[e.start : e.end] == e.text
    return {
        (e.type, e.time.value if e.time else None, doc[e.trigger_start : e.trigger_end])
        for e in events
    }


def test_a_year_passing_is_no_happening() -> None:
    for text in (
        "The mood of the port has clearly darkened as 2017 has progressed.",
        "Trade at Kessa slowed as 2016 wore on.",
    ):
        got = _events(text)
        assert not any(t in ("has progressed", "wore", "wore on") for _, _, t in got), got


def test_a_year_that_is_no_subject_still_dates_its_verb() -> None:
    got = _events("The council passed the port budget in 2016.")
    assert ("other", "2016", "passed") in got
    got = _events("The ferry that in 2015 went into service was sold.")
    assert any(v == "2015" and t.startswith("went") for _, v, t in got), got


def test_a_weekday_timed_to_a_planned_visit_points_forward() -> None:
    pub = PublishedDate("2017-11-06", "day", "byline")  # a Monday
    times = extract_times(
        "Officials fear Vellorn is planning its largest ever drill to coincide with the "
        "envoy's visit to Kessa Tuesday.",
        "d",
        pub,
    )
    tuesday = next(t for t in times if t.text == "Tuesday")
    assert tuesday.value == "2017-11-07"


def test_a_weekday_of_a_past_happening_still_points_back() -> None:
    pub = PublishedDate("2017-11-06", "day", "byline")
    times = extract_times("The envoy visited Kessa on Tuesday.", "d", pub)
    assert next(t for t in times if t.text == "Tuesday").value == "2017-10-31"
