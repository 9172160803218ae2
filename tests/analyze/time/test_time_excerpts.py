"""A paragraph quoted from an earlier report leaves its relative dates unresolved (issue 16)."""

from __future__ import annotations

import pytest

from newsdossier.analyze.time import extract_times
from newsdossier.model import PublishedDate

PUB = PublishedDate("2017-12-20", "day", "byline")


def _values(text: str) -> dict[str, str | None]:
    return {t.text: t.value for t in extract_times(text, "d", PUB)}


@pytest.mark.issue(16)
def test_relative_date_in_a_report_quoted_from_then_is_unresolved() -> None:
    text = (
        "In early 2016, Harva police broke up a smuggling ring. The Vellorn Post reported at "
        "the time:\n\nTwo years ago, one of the ring's couriers was arrested in Dehvar.\n\n"
        "Last year the ring's leader was sentenced."
    )
    got = _values(text)
    assert got["Two years ago"] is None
    assert got["early 2016"] is not None and got["early 2016"].startswith("2016")
    assert got["Last year"] == "2016"  # the page's own paragraph again


@pytest.mark.issue(16)
def test_a_quote_of_today_keeps_the_page_anchor() -> None:
    text = "The Vellorn Post reported:\n\nTwo years ago, a courier was arrested in Dehvar."
    assert _values(text)["Two years ago"] == "2015"
