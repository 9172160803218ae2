"""Two dates joined by "and" / "to" are one span (issue 16, time v10); invented sentences."""

from __future__ import annotations

import pytest

from newsdossier.analyze.time import extract_times
from newsdossier.dates import format_date
from newsdossier.model import PublishedDate

PUB = PublishedDate("2017-08-26", "day", "byline")


def _times(text: str) -> list[tuple[str, str | None, str, str | None]]:
    out = extract_times(text, "d", PUB)
    for t in out:
        assert text[t.start : t.end] == t.text
    return [(t.text, t.value, t.precision, t.end_value) for t in out]


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("In 2014 and 2015, when the militias fought, Estmark held the pass.",
         [("2014 and 2015", "2014", "range", "2015")]),
        ("Ivo Renk raced boats during the 1960s and 1970s, both powered by gasoline.",
         [("the 1960s and 1970s", "1960", "range", "1979")]),
        ("The plant ran from the 1980s to the 2000s without a strike.",
         [("from the 1980s to the 2000s", "1980", "range", "2009")]),
        ("The mine shut between June and July 2016, the council said.",
         [("between June and July 2016", "2016-06", "range", "2016-07")]),
        # a year, then a month of a later year (time v13)
        ("Holm chaired the Harvan Commission from 1986 to March 1991.",
         [("from 1986 to March 1991", "1986", "range", "1991-03")]),
        ("The clerk had the symptoms from late 2016 until April of 2017, officials said.",
         [("from late 2016 until April of 2017", "2016", "range", "2017-04")]),
        ("Prices rose from 2015 to May 2015.",
         [("2015", "2015", "year", None), ("May 2015", "2015-05", "month", None)]),
        ("The dam was built in the 18th and 19th centuries.", []),  # no century list read
        # two happenings, each of its own year; a list; two things named by years
        ("Elections were held in 2010 and 2014 in Vellorn.",
         [("2010", "2010", "year", None), ("2014", "2014", "year", None)]),
        ("Kessa and Harva joined in 2014 and 2015, respectively.",
         [("2014", "2014", "year", None), ("2015", "2015", "year", None)]),
        ("The 2014 and 2015 budgets were cut.",
         [("2014", "2014", "year", None), ("2015", "2015", "year", None)]),
        # an end before the start is no span
        ("In 2003 to 2001 nothing is said.", [("2003", "2003", "year", None),
                                              ("2001", "2001", "year", None)]),
        # a forecast in the late 2040s or early 2050s: "or" is no span
        ("It may come in the late 2040s or early 2050s.",
         [("the late 2040s", "2040", "decade", None), ("early 2050s", "2050", "decade", None)]),
    ],
)  # fmt: skip
def test_coordinated_dates_make_one_span(
    text: str, want: list[tuple[str, str | None, str, str | None]]
) -> None:
    assert _times(text) == want


def test_a_span_of_decades_prints_both_ends() -> None:
    (t,) = extract_times("He raced in the 1960s and 1970s.", "d", PUB)
    assert format_date(t.value, t.precision, t.end_value) == "1960–1979"


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "pub", "want"),
    [
        ("They colluded in the 2016 vote, which helped Renk beat Holm last November.",
         "2017-12-05", "2016-11"),
        ("Renk won last November.", "2017-12-05", "2017-11"),
        ("Renk won last November, in the 2017 vote.", "2017-12-05", "2017-11"),
        ("Holm lost the 2016 vote last December.", "2018-01-05", "2016-12"),
        ("Renk won last October, after the 2016 vote.", "2017-12-05", "2017-10"),
    ],
)  # fmt: skip
def test_last_month_name_right_before_the_page_takes_the_sentences_year(
    text: str, pub: str, want: str
) -> None:
    times = extract_times(text, "d", PublishedDate(pub, "day", "url"))
    (t,) = [t for t in times if "last" in t.text]
    assert t.value == want


def test_the_coming_season_in_its_first_month_is_this_years() -> None:
    pub = PublishedDate("2016-09-10", "day", "url")
    (t,) = extract_times("As summer ends, the coming fall elections loom.", "d", pub)
    assert (t.value, t.mod) == ("2016", "autumn")
    (t,) = extract_times("Renk will run next fall.", "d", pub)
    assert t.value == "2017"
