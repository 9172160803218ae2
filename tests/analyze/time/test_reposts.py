"""A reprint's relative dates count from the original's date (issue 16, time v10)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.pipeline import make_pipeline
from newsdossier.analyze.time.reposts import original_date
from newsdossier.model import Document, PublishedDate, Removed
from newsdossier.settings import Settings

PAGE = PublishedDate("2017-03", "month", "url")


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("removed", "want"),
    [
        # an earlier month in the credit's URL: the original's month
        ([Removed("outlet", "Source: https://example.org/blog/2017/02/harva-grants/")],
         PublishedDate("2017-02", "month", "url")),
        # the same month with a day: the original's day (more precise, same text)
        ([Removed("outlet", "Source: http://example.org/ivo/2017/03/06/harva-grants")],
         PublishedDate("2017-03-06", "day", "url")),
        # the same month, no day: the page's own date
        ([Removed("outlet", "Source: http://example.org/2017/03/harva-grants.html")], PAGE),
        # a credit with no date, a later date, a dated URL that is no credit
        ([Removed("outlet", "Source: http://example.org/harva-grants/")], PAGE),
        ([Removed("outlet", "Source: http://example.org/2017/05/harva-grants/")], PAGE),
        ([Removed("related", "More: http://example.org/2016/01/old-story/")], PAGE),
        ([Removed("outlet", "The post Harva Grants appeared first on Vellorn Watch. "
                            "http://example.org/2017/02/harva/")],
         PublishedDate("2017-02", "month", "url")),
    ],
)  # fmt: skip
def test_original_date_from_a_dated_credit(removed: list[Removed], want: PublishedDate) -> None:
    assert original_date(PAGE, removed) == want


def test_original_date_without_a_page_date() -> None:
    credit = [Removed("outlet", "Source: https://example.org/2016/11/09/harva/")]
    assert original_date(None, credit) == PublishedDate("2016-11-09", "day", "url")
    assert original_date(None, []) is None


def test_a_reprint_anchors_last_month_on_the_original() -> None:
    text = "Last month the Harvan Council sent Ivo Renk a letter about the grants."
    doc = Document(
        Document.make_id(text), text, "t", "t", published=PAGE,
        removed=(Removed("outlet", "Source: https://example.org/blog/2017/02/harva-grants/"),),
    )  # fmt: skip
    pipe = make_pipeline(Settings(), ("newsdossier.time.v1",))
    (ann,) = pipe.analyze([doc])
    (t,) = ann.times
    assert (t.text, t.value) == ("Last month", "2017-01")
