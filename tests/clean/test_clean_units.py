"""Unit case tables for the cleaning primitives: dates, bylines, breadcrumbs, encoding."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.clean import clean_record
from newsdossier.clean.dates import parse_date, url_date
from newsdossier.clean.edges import (
    is_body_like,
    is_headline_shaped,
    read_breadcrumb,
    read_glued_section,
)
from newsdossier.clean.encoding import fold_lines, repair_text
from newsdossier.clean.footers import is_author_bio
from newsdossier.clean.metadata import (
    clean_author_list,
    read_byline,
    read_date_line,
    read_dateline,
)
from newsdossier.errors import InputError
from newsdossier.model import RawRecord
from newsdossier.settings import Settings

DATES = [
    ("March 3, 2011", ("2011-03-03", "day")),
    ("3 March 2011", ("2011-03-03", "day")),
    ("Mar. 3, 2011", ("2011-03-03", "day")),
    ("Jan 24, 2018 / 04:26 am", ("2018-01-24", "day")),
    ("March 2011", ("2011-03", "month")),
    ("2011-03-03T10:42:00Z", ("2011-03-03", "day")),
    ("2011-03", ("2011-03", "month")),
    ("2011", ("2011", "year")),
    ("February 30, 2011", None),  # not a date
    ("we may 2011 go", None),  # "may" the verb is no month
    ("March 3", None),  # no year: not a publication date we can state
]


@pytest.mark.parametrize(("text", "want"), DATES)
def test_dates_parse(text: str, want: tuple[str, str] | None) -> None:
    got = parse_date(text, "metadata")
    assert (None if got is None else (got.value, got.precision)) == want


@pytest.mark.parametrize(
    ("url", "want"),
    [
        ("https://x.org/2011/03/03/title/", ("2011-03-03", "day")),
        ("https://x.org/news/2017/01/title.html", ("2017-01", "month")),
        ("https://x.org/2017/13/title", None),
        ("https://x.org/article/12345", None),
    ],
)
def test_dates_url(url: str, want: tuple[str, str] | None) -> None:
    got = url_date(url)
    assert (None if got is None else (got.value, got.precision)) == want


BYLINES = [
    ("By Anna Tormel", ("Anna Tormel", None, None)),
    ("By Anna Tormel | The Lantern Daily", ("Anna Tormel", "The Lantern Daily", None)),
    (
        "By Anna Tormel – The Lantern Daily – March 3, 2011",
        ("Anna Tormel", "The Lantern Daily", "2011-03-03"),
    ),
    ("by Ivo Renk, Renk Market Blog:", ("Ivo Renk", "Renk Market Blog", None)),
    ("By IVO J. RENK / DUNE SCIENCE WEEKLY", ("IVO J. RENK", "DUNE SCIENCE WEEKLY", None)),
    (
        "By Petra Holm and Jonas Brell: April 4, 2016",
        ("Petra Holm and Jonas Brell", None, "2016-04-04"),
    ),
    ("Posted on by deskhand", ("deskhand", None, None)),
    ("Authored by Mora Quint via example.com", ("Mora Quint", "example.com", None)),
    ("Mar 3, 2011 — Lida Varro", ("Lida Varro", None, "2011-03-03")),
    ("[January 24, 2018 - LanternDaily.net]", (None, "LanternDaily.net", "2018-01-24")),
    # a job after the name is no outlet; the outlet words before the job are (issue 16)
    ("By Mara Quint, Staff Writer", ("Mara Quint", None, None)),
    (
        "By Ivo Renk | Senior Correspondent | The Lantern Daily",
        ("Ivo Renk", "The Lantern Daily", None),
    ),
    ("By Ivo Renk, Lantern Press Writer", ("Ivo Renk", "Lantern Press", None)),
    ("By IVO RENK, LDW Diplomatic Writer", ("IVO RENK", "LDW", None)),
    ("By Ivo Renk, Chief News Editor", ("Ivo Renk", None, None)),
    (
        "By Ivo Renk – Contributing Editor – March 3, 2011",
        ("Ivo Renk", None, "2011-03-03"),
    ),
    ("By Ivo Renk, Writers Guild Weekly", ("Ivo Renk", "Writers Guild Weekly", None)),
    ("May 14, 2018 | Mara Quint, Correspondent", ("Mara Quint", None, "2018-05-14")),
    ("May 14, 2018 | Staff Writer", (None, None, "2018-05-14")),
    # the date before "by", and "for OUTLET" after the name (issue 16)
    ("Posted on March 9, 2021 by Lida Varro", ("Lida Varro", None, "2021-03-09")),
    (
        "Published March 9, 2021 by Lida Varro | Kessla Courier",
        ("Lida Varro", "Kessla Courier", "2021-03-09"),
    ),
    (
        "Written by Petra Holm for the Dune Science Weekly",
        ("Petra Holm", "Dune Science Weekly", None),
    ),
    ("By Ivo Renk For LanternDaily.com", ("Ivo Renk", "LanternDaily.com", None)),
    ("By Ivo Renk for the first time, the council met.", None),
    # name first, no "by": the closing date is the evidence (issue 16)
    (
        "Anna Tormel | The Lantern Daily | March 4, 2019",
        ("Anna Tormel", "The Lantern Daily", "2019-03-04"),
    ),
    ("Ivo Renk and Ana Holm — 4 March 2019", ("Ivo Renk and Ana Holm", None, "2019-03-04")),
    ("Lantern News | March 4, 2019", (None, "Lantern News", "2019-03-04")),
    ("KESSLA HARBOUR – March 4, 2019", None),
    ("Kessla, March 4, 2019", None),
    # "on" before the date, a clock time after it, letters after the name (issue 16)
    ("Posted by Ivo Renk on March 4, 2019", ("Ivo Renk", None, "2019-03-04")),
    (
        "By Ivo Renk on 4 March 2019 | Lantern Daily",
        ("Ivo Renk", "Lantern Daily", "2019-03-04"),
    ),
    ("By Ivo Renk, March 4, 2019 at 10:42 am", ("Ivo Renk", None, "2019-03-04")),
    ("By Ivo Renk, PhD, PsyD", ("Ivo Renk", None, None)),
    ("By Ivo Renk on Monday", None),
    ("By Ivo Renk on March 4 the council", None),
    # no "by", but a job after the name (issue 16)
    ("Anna Tormel, Staff Writer", ("Anna Tormel", None, None)),
    ("Ivo Renk | Lantern Press Correspondent", ("Ivo Renk", "Lantern Press", None)),
    ("Ivo Renk, Lantern Daily", None),
    ("Vell Council, the editor", None),
    ("The council met – March 4, 2019", None),
    # sentences, not bylines
    ("By Monday, the troops had left the town.", None),
    ("By March 2011, most families had come back.", None),
    ("By contrast, the council said nothing.", None),
    ("By the time police arrived, the crowd had gone.", None),
]


@pytest.mark.parametrize(("line", "want"), BYLINES)
def test_metadata_byline(line: str, want: tuple[str | None, str | None, str | None] | None) -> None:
    b = read_byline(line)
    got = None if b is None else (b.author, b.outlet, b.published.value if b.published else None)
    assert got == want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        (
            "Home » World » Harbour council approves the Vell bridge plan",
            ("World", "Harbour council approves the Vell bridge plan"),
        ),
        ("Home > News > Politics", ("Politics", None)),
        (
            "Home / Business / Ferry firm sold to its main rival",
            ("Business", "Ferry firm sold to its main rival"),
        ),
        ("News » Regions » Ostmark", ("Ostmark", None)),  # most specific item
        ("Start | Politics", ("Politics", None)),
        ("By Anna Tormel / The Lantern Daily / 2011", None),  # "/" trail must start at home
        ("Prices rose > 5 % in March", None),
    ],
)
def test_edges_breadcrumb(line: str, want: tuple[str | None, str | None] | None) -> None:
    assert read_breadcrumb(line) == want


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("TEHRAN – The minister said", (None, None)),
        ("WASHINGTON (Northern Wire) - The senator said", ("Northern Wire", None)),
        (
            "Brennholt, Jan 24, 2018 / 04:26 am (Lantern News).- The bishop",
            ("Lantern News", "2018-01-24"),
        ),
        ("(DuneNews) If you thought", ("DuneNews", None)),
        ("The minister said on Monday", (None, None)),
    ],
)
def test_metadata_dateline(text: str, want: tuple[str | None, str | None]) -> None:
    agency, date = read_dateline(text)
    assert (agency, date.value if date else None) == want


def test_encoding_repairs_mojibake_keeps_curly_quotes() -> None:
    assert (
        repair_text("It\u00e2\u20ac\u2122s \u201cfine\u201d\r\nok\rgo")
        == "It\u2019s \u201cfine\u201d\nok\ngo"
    )
    assert repair_text("caf\u00c3\u00a9 \ufb01ne") == "caf\u00e9 fine"


def test_encoding_fold_lines() -> None:
    assert fold_lines("  a \u00a0 b  \n\n\n\n   c\t\td \n\n") == ["a b", "", "c d"]


# Pieces that trigger the furniture rules, glued in random order.
_TEXT = st.lists(
    st.sampled_from(
        list("abc XYZ.,:|»/-–\n")
        + [
            "Share this",
            "By Anna Holm",
            "MH/PA",
            "Home",
            "Most viewed\n",
            "Photo: AFP ",
            "Related:",
        ]
        + [
            "The council met on Monday. ",
            "March 3, 2011",
            "\n\n",
            "All Content by X is licensed under Y.",
        ]
    ),
    max_size=60,
).map("".join)


@settings(max_examples=150, deadline=None)
@given(_TEXT)
def test_clean_property_idempotent(text: str) -> None:
    try:
        doc = clean_record(RawRecord("p", None, "p", text, "text"), Settings(min_body_chars=1))
    except InputError:
        return
    again = clean_record(RawRecord("p", None, "p", doc.text, "text"), Settings(min_body_chars=1))
    assert again.text == doc.text


# (line, headline-shaped, body-like): the two shapes the headline evidence
# rests on; disjoint, which keeps headline lifting idempotent (edges.py).
SHAPES = [
    ("Ostmark votes for a new flag", True, False),
    ("Opinion: The ferry union and its friends in Kessa", True, False),
    ("Has the Ferry Union Won?", True, False),  # a question in Title Case: a headline
    ("How do you know when a river is about to flood?", False, True),  # sentence case: body
    ("Tram fares rose again. That has happened three times", False, False),  # two sentences
    ("Rep. Ivo Renk was for the bridge, then against it", True, False),  # "Rep." is no break
    ("The minister said the talks would go on.", False, True),
    ("Last Friday, the mayor made the following announcement:", False, True),
    ("“We will not pay,” he said.”", False, True),
    ("Tarn", False, False),  # one word: a label, not a headline
    ("Farmers ask for help…", False, False),  # a teaser cut short
]


@pytest.mark.issue(2)
@pytest.mark.parametrize(("line", "headline", "body"), SHAPES)
def test_edges_headline_and_body_shapes(line: str, headline: bool, body: bool) -> None:
    assert (is_headline_shaped(line), is_body_like(line)) == (headline, body)
    assert not (is_headline_shaped(line) and is_body_like(line))


@given(st.text(alphabet=st.sampled_from('aB .?!:,”’)"x'), max_size=60))
@settings(max_examples=300, deadline=None)
def test_edges_headline_and_body_shapes_disjoint(line: str) -> None:
    assert not (is_headline_shaped(line) and is_body_like(line))


AUTHOR_LISTS = [
    ("Petra Holm", "Petra Holm"),
    ("Petra Holm, Ivo Renk", "Petra Holm, Ivo Renk"),
    ("Dr. A. B. Renk, Jr.", "Dr. A. B. Renk, Jr."),
    # a site slogan split at its commas by the scraper
    ("Petra Holm, Because Without Ferries, There Is No Island Life.", "Petra Holm"),
    ("Because Without Ferries, There Is No Island Life.", None),
    # date words from the page's byline ("Friday, September 8, 2017 by NAME")
    ("Friday, September, Ivo Renk", "Ivo Renk"),
    ("Kessa Courier", "Kessa Courier"),
]


@pytest.mark.issue(2)
@pytest.mark.parametrize(("value", "want"), AUTHOR_LISTS)
def test_metadata_clean_author_list(value: str, want: str | None) -> None:
    assert clean_author_list(value) == want


AUTHOR_BIOS = [
    ("Lida Varro is a reporter in Tarn.", "Lida Varro", True),
    ("LIDA VARRO has covered the valley since 2009.", "Lida Varro", True),
    ("Lida Varro (@lvarro) writes on farming.", "Lida Varro", True),
    ("Kessa Water Society, KWS is a charity that cleans the river.", "Kessa Water Society", True),
    ("Lida Varro said the vote was a mistake.", "Lida Varro", False),  # a quote, not a bio
    ("Brio Satt is the new chairman.", "Lida Varro", False),  # someone else
    ("Varro is a reporter in Tarn.", "Varro", False),  # one-word names are too ambiguous
    ("Lida Varro is a reporter in Tarn.", None, False),
]


@pytest.mark.issue(2)
@pytest.mark.parametrize(("line", "author", "want"), AUTHOR_BIOS)
def test_footers_is_author_bio(line: str, author: str | None, want: bool) -> None:
    assert is_author_bio(line, author) is want


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("NewsHarvan Church", "Harvan Church"),
        ("NewsHarvan Church, Family, Marriage", "Harvan Church, Family, Marriage"),
        ("NewsFaith, Politics - World", "Faith, Politics - World"),
        # outlet names glued from words, and sentences, stay
        ("NewsVellor", None),
        ("NewsMax TV", None),
        ("WorldNetVellor Exclusive", None),
        ("NewYork is big", None),
        ("Newsweek reported that the council met", None),
    ],
)
def test_edges_glued_section_line(line: str, want: str | None) -> None:
    assert read_glued_section(line) == want


def test_clean_glued_section_line_under_the_title_is_cut() -> None:
    text = (
        "Harvan bishop rejects the council's plan\n\nNewsHarvan Church, Family\n"
        "VELLORN, March 2, 2018 (Harvan Wire) – The bishop of Vellorn rejected the plan"
        " on Friday, saying the council had not consulted the faithful before it voted.\n"
    )
    doc = clean_record(RawRecord("x.txt", None, "x", text, "text"), Settings())
    assert "NewsHarvan" not in doc.text
    assert "The bishop of Vellorn rejected the plan" in doc.text


def test_clean_sign_up_boxes_and_slash_credits_in_the_middle_are_cut() -> None:
    body = (
        "The council of Vellorn met on Monday to discuss the harbour plan and its cost.\n"
        "Ana Holm/Harvan Wire/Vellor Images\n"
        "The minister said the plan would be ready next year, after the spring talks.\n"
        "Sign up here to get the Harvan Post's best stories straight to your inbox.\n"
        "Sign up for our free email newsletter, and we will keep you in the loop.\n"
        "Get the Harvan Daily by email and never miss our top stories Free Sign Up\n"
        "Critics said the cost of the plan, and/or its delays, would hurt the port.\n"
    )
    doc = clean_record(RawRecord("x.txt", None, "x", body, "text"), Settings())
    for gone in ("Vellor Images", "straight to your inbox", "newsletter", "top stories"):
        assert gone not in doc.text
    assert "and/or its delays" in doc.text
    assert "The minister said the plan would be ready next year" in doc.text


# A text file's first line alone in its paragraph is its headline even when no body
# paragraph follows it directly (issue 16): a deck, an epigraph, a bullet list.
LONE_FIRST_LINES = [
    (
        "Harvan Council backs new ferry fares\n\nStory highlights Fares rise by a tenth\n"
        "The vote was close\nThe Harvan Council voted on Monday to raise ferry fares.\n",
        "Harvan Council backs new ferry fares",
    ),
    (
        "Why the Tide Tables Lie: A Sailor Speaks!\n\nThe sea keeps its own hours;\n"
        "The clock keeps none!\n\nEvery sailor in Vellorn knows the tables are wrong.\n",
        "Why the Tide Tables Lie: A Sailor Speaks!",
    ),
    # the next paragraph is a lone short line too: a table, not a headline
    ("KESSA HARBOUR 51.88\n\nVELLORN PIER 49.40\n\nThe readings rose all week.\n", None),
]


@pytest.mark.issue(16)
@pytest.mark.parametrize(("text", "title"), LONE_FIRST_LINES)
def test_edges_lone_first_line_is_the_headline(text: str, title: str | None) -> None:
    doc = clean_record(RawRecord("p", None, "p", text, "text"), Settings(min_body_chars=1))
    assert doc.title == title
    assert (title is None) == doc.text.startswith(text.split("\n")[0])
    again = clean_record(RawRecord("p", None, "p", doc.text, "text"), Settings(min_body_chars=1))
    assert again.text == doc.text


@pytest.mark.issue(16)
@pytest.mark.parametrize("tail", [" MQ/", " SA/PM", "\nMQ/"])
def test_edges_loose_editor_initials_go(tail: str) -> None:
    body = "VELLORN - The Harvan Council raised ferry fares by a tenth in 2012"
    doc = clean_record(RawRecord("p", None, "p", body + tail, "text"), Settings(min_body_chars=1))
    assert doc.text == body


@pytest.mark.issue(16)
def test_boilerplate_trending_teaser_line_goes() -> None:
    text = (
        "The Harvan Council raised ferry fares by a tenth.\n"
        "Trending: WATCH: Ferry Captain Sings the Fare Tables\n"
        "Commuters in Vellorn said the rise would hurt them."
    )
    doc = clean_record(RawRecord("p", None, "p", text, "text"), Settings(min_body_chars=1))
    assert [x for x in doc.text.split("\n") if x] == [text.split("\n")[0], text.split("\n")[2]]


@pytest.mark.issue(16)
def test_edges_title_case_headline_with_full_stops_printed_twice() -> None:
    title = "Port Gives Ferry Co. Millions to Leave Vellorn Govt."
    body = "The Harvan port authority has quietly paid the ferry company to leave the town."
    doc = clean_record(
        RawRecord("p", None, "p", f"{title}\n\n{title}\n\n{body}\n", "text"),
        Settings(min_body_chars=1),
    )
    assert (doc.title, doc.text) == (title, body)


@pytest.mark.issue(16)
def test_edges_link_label_under_the_title_is_furniture() -> None:
    text = (
        "Ferry Fares Climb Again: Ana Holm\n\nListen to the Podcast Audio: Click Here\n\n"
        "Ivo Renk: Welcome back, Ana. The Harvan Council raised ferry fares again this week."
    )
    doc = clean_record(RawRecord("p", None, "p", text, "text"), Settings(min_body_chars=1))
    assert doc.title == "Ferry Fares Climb Again: Ana Holm"
    assert doc.text == text.split("\n\n")[2]


def test_a_body_with_no_letter_or_digit_left_is_refused() -> None:
    """Hypothesis found it: the licence line glued to a dash went as furniture and left
    "-", which the next cleaning emptied (the idempotence property above)."""
    text = (
        "-All Content by X is licensed under Y.All Content by X is licensed under Y.\nPhoto: AFP "
    )
    with pytest.raises(InputError) as err:
        clean_record(RawRecord("p", None, "p", text, "text"), Settings(min_body_chars=1))
    assert err.value.code == "E122" and "no letter or digit" in str(err.value)


@pytest.mark.parametrize(
    ("line", "want"),
    [
        ("Updated 10:42 AM ET, Mon March 4, 2019", "2019-03-04"),
        ("Posted: Mar 4, 2019 / 10:42 AM EST", "2019-03-04"),
        ("First published on Mon 4 Mar 2019 10.42 GMT", "2019-03-04"),
        ("Monday, March 4, 2019", "2019-03-04"),
        ("Sunday March 4 2019 was cold", None),
        ("Mon March 4, 2019: the day the strike began", None),
    ],
)
def test_metadata_date_line_clock_and_short_weekday(line: str, want: str | None) -> None:
    """A date line's clock time may stand before the date, a weekday be cut short (issue 16)."""
    got = read_date_line(line)
    assert (got.value if got else None) == want
