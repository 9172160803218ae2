"""A page of several dated posts: each post's relative dates take its own date (issue 16).

Invented pages (an author's archive, a live blog); the page's publication date is its
first post's, as the metadata reader finds it.
"""

from __future__ import annotations

import pytest

from newsdossier.analyze.time import extract_times
from newsdossier.analyze.time.anchoring import Anchor
from newsdossier.analyze.time.posts import PostAnchors
from newsdossier.model import PublishedDate

ARCHIVE = (
    "Ana Holm\n\n"
    "Ana Holm has written on the Vellorn ports since 1990.\n\n"
    "Most Recent Articles by Ana Holm:\n\n"
    "Aug 26, 2017 — Ana Holm\n\n"
    "The harbour board met on Monday and raised the dock fees.\n\n"
    "Apr 4, 2017 — Ana Holm\n\n"
    "I watched the late news on Monday night from Kessa.\n\n"
    "Posted on March 3, 2011 by Ivo Renk\n\n"
    "The envoy left on March 1 and came back yesterday.\n"
)
PUB = PublishedDate("2017-08-26", "day", "byline")


def _value(text: str, phrase: str, after: str, pub: PublishedDate = PUB) -> str | None:
    at = text.index(after)
    t = next(t for t in extract_times(text, "d", pub) if t.start >= at and t.text == phrase)
    return t.value


@pytest.mark.issue(16)
def test_each_post_anchors_its_own_relative_dates() -> None:
    assert _value(ARCHIVE, "Monday", "The harbour board") == "2017-08-21"
    assert _value(ARCHIVE, "Monday", "I watched") == "2017-04-03"  # not 2017-08-21
    assert _value(ARCHIVE, "yesterday", "The envoy") == "2011-03-02"
    assert _value(ARCHIVE, "March 1", "The envoy") == "2011-03-01"


@pytest.mark.issue(16)
def test_one_dated_line_is_no_list_of_posts() -> None:
    text = "Posted on March 3, 2011 by Ivo Renk\n\nThe envoy left on Monday.\n"
    posts = PostAnchors(text, Anchor(2011, 3, 16))
    assert not posts
    assert posts.at(len(text) - 5) == Anchor(2011, 3, 16)
    pub = PublishedDate("2011-03-16", "day", "byline")
    assert _value(text, "Monday", "The envoy", pub) == "2011-03-14"  # the publication's week


@pytest.mark.issue(16)
def test_a_date_inside_a_sentence_is_no_header() -> None:
    text = (
        "The council met on March 3, 2011 and again on April 5, 2012.\n"
        "It voted on June 1, 2013 — a Saturday.\nIt adjourned on Monday.\n"
    )
    assert not PostAnchors(text, None)


@pytest.mark.issue(16)
def test_removed_post_bylines_keep_only_the_year_they_share() -> None:
    from newsdossier.analyze.time.posts import page_anchor_date
    from newsdossier.model import Removed

    pub = PublishedDate("2017-08-26", "day", "byline")
    posts = [
        Removed("byline", "Aug 26, 2017 — Ana Holm"),
        Removed("byline", "Apr 4, 2017 — Ana Holm"),
    ]
    assert page_anchor_date(pub, posts) == PublishedDate("2017", "year", "byline")
    older = [*posts, Removed("byline", "Oct 25, 2016 — Ana Holm")]
    assert page_anchor_date(pub, older) is None
    one = [Removed("byline", "Aug 26, 2017 — Ana Holm"), Removed("byline", "By Ana Holm")]
    assert page_anchor_date(pub, one) == pub
    # "Monday" on such a page stays unresolved; "last year" keeps its year
    text = "I watched the news on Monday. Prices fell last year."
    got = {t.text: t.value for t in extract_times(text, "d", page_anchor_date(pub, posts))}
    assert got == {"Monday": None, "last year": "2016"}
