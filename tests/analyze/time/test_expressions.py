"""Case table for temporal expressions: text as written -> value, precision (issue 4)."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.analyze.time import extract_times
from newsdossier.model import PublishedDate

DAY = PublishedDate("2011-03-03", "day", "byline")  # a Thursday
MONTH = PublishedDate("2011-03", "month", "url")
YEAR = PublishedDate("2011", "year", "metadata")

# (anchor, sentence, expected expression text, value, precision)
CASES = [
    (None, "They met on March 14, 2011 in the capital.", "March 14, 2011", "2011-03-14", "day"),
    (None, "It happened on 14 March 2011.", "14 March 2011", "2011-03-14", "day"),
    (
        None,
        "On Thursday March 3, 2011 the post fell.",
        "Thursday March 3, 2011",
        "2011-03-03",
        "day",
    ),
    (None, "The talks began on the 5th of May, 2010.", "5th of May, 2010", "2010-05-05", "day"),
    (None, "Filed 2009-01-26 by the clerk.", "2009-01-26", "2009-01-26", "day"),
    (None, "It was founded in June 1994.", "June 1994", "1994-06", "month"),
    (None, "It was founded in 2001.", "2001", "2001", "year"),
    (None, "They fought in the 1960s.", "the 1960s", "1960", "decade"),
    (None, "They fought in the late 1960s.", "the late 1960s", "1960", "decade"),
    # a "00s" of a past century is the century; "the 2000s" of this one is the decade
    (None, "Settlers came in the late 1700's.", "the late 1700's", "1700", "century"),
    (None, "Mills rose in the 1800s.", "the 1800s", "1800", "century"),
    (None, "Prices fell in the 2000s.", "the 2000s", "2000", "decade"),
    (None, "It was banned from 1975 to 1979.", "from 1975 to 1979", "1975", "range"),
    (None, "It was banned 1975-1979.", "1975-1979", "1975", "range"),
    (None, "Talks resume in mid-2011.", "mid-2011", "2011", "year"),
    (None, "It lasted into the 19th century.", "the 19th century", "1800", "century"),
    (None, "They left in the summer of 2009.", "the summer of 2009", "2009", "season"),
    (DAY, "He was arrested last November.", "last November", "2010-11", "month"),
    (MONTH, "He was arrested last November.", "last November", "2010-11", "month"),
    (YEAR, "He was arrested last November.", "last November", None, "month"),
    (None, "He was arrested last November.", "last November", None, "month"),
    (DAY, "The camp closed last year.", "last year", "2010", "year"),
    (YEAR, "The camp closed last year.", "last year", "2010", "year"),
    (None, "The camp closed last year.", "last year", None, "year"),
    (DAY, "It was founded three years ago.", "three years ago", "2008", "year"),
    (DAY, "The guards were killed yesterday.", "yesterday", "2011-03-02", "day"),
    (MONTH, "The guards were killed yesterday.", "yesterday", None, "day"),
    (DAY, "The minister spoke on Monday.", "Monday", "2011-02-28", "day"),
    (DAY, "The minister will speak on Monday.", "Monday", "2011-03-07", "day"),
    (DAY, "A report came out earlier this month.", "earlier this month", "2011-03", "month"),
    (DAY, "It must end by the end of the year.", "the end of the year", "2011", "year"),
    (
        DAY,
        "It has been banned for the past twenty years.",
        "for the past twenty years",
        "1991",
        "range",
    ),
    (DAY, "They met last week.", "last week", "2011-W08", "week"),
    (DAY, "The group recently moved.", "recently", None, "unknown"),
    (DAY, "He spent six years in prison.", "six years", None, "unknown"),
    (DAY, "He was released three years later.", "three years later", None, "year"),
    (DAY, "Elections are due in November.", "November", "2011-11", "month"),
    (DAY, "The raid took place on March 1.", "March 1", "2011-03-01", "day"),
]


@pytest.mark.issue(4)
@pytest.mark.parametrize(("anchor", "sentence", "text", "value", "precision"), CASES)
def test_expressions_case_table(anchor, sentence, text, value, precision) -> None:
    found = {t.text: t for t in extract_times(sentence, "d", anchor)}
    assert text in found, (sentence, list(found))
    got = found[text]
    assert (got.value, got.precision) == (value, precision)
    assert sentence[got.start : got.end] == text


@pytest.mark.parametrize(
    "sentence",
    [
        "You may go now.",  # "may" the verb
        "The army will march south.",  # "march" the verb
        "Resolution 2231 was adopted.",  # a number, not a year
        "Some 2000 fighters crossed.",  # a count, not a year
        "It cost $1990 in all.",
        # a title, not a weekday (Tehran Times sample, issue 4): no date for the rallies
        "The Friday prayer leader of Kheshmar praised the rallies.",
        "The interim Friday Prayers Imam spoke.",
    ],
)
def test_expressions_not_dates(sentence: str) -> None:
    assert extract_times(sentence) == []


@pytest.mark.issue(4)
def test_expressions_friday_prayers_still_a_day() -> None:
    # only the title is excluded: the weekday of the prayers themselves still dates them
    found = extract_times("He spoke at Friday prayers in Kheshmar.", "d", DAY)
    assert [(t.text, t.value) for t in found] == [("Friday", "2011-02-25")]


def test_expressions_never_use_ingest_day() -> None:
    # Without a publication date every relative expression stays unresolved.
    text = "Yesterday, last week, last year, three days ago, on Monday and last November."
    found = extract_times(text)
    assert len(found) == 6
    assert all(t.value is None and not t.anchored for t in found)


def test_expressions_anchored_flag() -> None:
    (t,) = extract_times("It closed last year.", "d", DAY)
    assert t.anchored and t.kind == "relative"
    (t,) = extract_times("It closed in 2001.", "d", DAY)
    assert not t.anchored and t.kind == "absolute"


_ALPHABET = st.sampled_from(
    list("abc 0123456789,.-") + ["March ", "May ", "last ", "year", "ago ", "the 1960s", "2011"]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_ALPHABET, max_size=40).map("".join))
def test_expressions_offsets_property(text: str) -> None:
    for t in extract_times(text, "d", DAY):
        assert text[t.start : t.end] == t.text
        assert t.start < t.end


def _values(text: str, pub: PublishedDate | None = None) -> list[tuple[str, str | None]]:
    return [(t.text, t.value) for t in extract_times(text, "d", pub)]


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "pub", "expected"),
    [
        # a month-day takes the year of the explicit date before it in its paragraph ...
        ("In 2016, the party split. On July 1 the leader quit.",
         PublishedDate("2018-01-20", "day", "url"), [("2016", "2016"), ("July 1", "2016-07-01")]),
        ("He left on July 1, 2015 and came back on July 9.", None,
         [("July 1, 2015", "2015-07-01"), ("July 9", "2015-07-09")]),
        # ... nor of a year in a clause of an earlier sentence (only a frame opening its
        # sentence reaches the next ones)
        ("Holm, who funded the group in 2013, was there. Last Tuesday (Sept. 24), they met.",
         None, [("2013", "2013"), ("Last Tuesday", None), ("Sept. 24", None)]),
        # "of that year" points at the last year named, in any paragraph
        ("The party was founded in 1981.\nOn June 28 of the same year it split.", None,
         [("1981", "1981"), ("June 28", "1981-06-28"), ("the same year", None)]),
        # ... not of another paragraph, nor of a year that names a thing; a reading from the
        # publication date half a year away, in a story told in another year, is a guess
        ("In 2016, the party split.\nOn July 1 the leader quit.",
         PublishedDate("2018-01-20", "day", "url"), [("2016", "2016"), ("July 1", None)]),
        ("The 2016 deal was signed. On July 1 the leader quit.",
         PublishedDate("2018-01-20", "day", "url"), [("2016", "2016"), ("July 1", "2017-07-01")]),
        # near the publication date the reading holds whatever the story's year
        ("In 2016, the party split.\nOn Jan. 12 the leader quit.",
         PublishedDate("2018-01-20", "day", "url"), [("2016", "2016"), ("Jan. 12", "2018-01-12")]),
        # the same day written with its year, anywhere in the document
        ("On July 5, 2016, the chief spoke.\nOn June 2, the deputy quit.\nThe July 5 remarks hurt.",
         PublishedDate("2018-01-20", "day", "url"),
         [("July 5, 2016", "2016-07-05"), ("June 2", None), ("July 5", "2016-07-05")]),
        # a year after it is no evidence ("since May 2016": the trip was in 2017) ...
        ("The trip, which began on January 12, was his first since May 2016.",
         PublishedDate("2017-01-21", "day", "url"), [("January 12", "2017-01-12"),
                                                     ("May 2016", "2016-05")]),
        ("The trip, which began on January 12, was his first since May 2016.", None,
         [("January 12", None), ("May 2016", "2016-05")]),
        ("He will visit Vellorn starting on March 10. Envoys came in 2015 and 2018.", None,
         [("March 10", None), ("2015", "2015"), ("2018", "2018")]),
        # ... unless bound to it by a conjunction or a range word
        ("The talks ran on March 3 and April 5, 2015.", None,
         [("March 3", "2015-03-03"), ("April 5, 2015", "2015-04-05")]),
        # the nearest reading around the publication date, the past preferred
        ("Lawmakers have until Jan. 19 to agree.", PublishedDate("2018-01-09", "day", "url"),
         [("Jan. 19", "2018-01-19")]),
        ("The rebels attacked on March 3.", PublishedDate("2011-12-10", "day", "url"),
         [("March 3", "2011-03-03")]),
        ("The storm reached the valley on Sept. 2.", PublishedDate("2017-08", "month", "url"),
         [("Sept. 2", "2017-09-02")]),
        ("The lawyer met the judge on March 4.", PublishedDate("2018-01", "month", "url"),
         [("March 4", "2017-03-04")]),
        # a weekday written with it picks the year in which the day is that weekday
        ("The ministry announced on Monday, Jan. 22 that it would act; in 2016 it had not.",
         PublishedDate("2018-01", "month", "url"),
         [("Monday, Jan. 22", "2018-01-22"), ("2016", "2016")]),
        # no dates inside URLs, hashtags or document symbols; a century in a name is a name
        ("See http://example.com/2013/06/09/story and www.example.org/2014/05/ now.", None, []),
        ("Resolution S/2018/1234 and #2018Elections trended.", None, []),
        ("21st Century Wire says the 20th century was long.", None,
         [("the 20th century", "1900")]),
        ("as directed by PPD-8 of March 30, 2011.", None, [("March 30, 2011", "2011-03-30")]),
    ],
)  # fmt: skip
def test_expressions_issue16_years(
    text: str, pub: PublishedDate | None, expected: list[tuple[str, str | None]]
) -> None:
    assert _values(text, pub) == expected
