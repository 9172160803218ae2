"""'on Jan. 17 and 18' is a two-day range, not its first day (issue 16); invented sentences."""

from __future__ import annotations

import pytest

from newsdossier.analyze.time import extract_times
from newsdossier.model import PublishedDate

PUB = PublishedDate("2018-01-20", "day", "byline")


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Police raided the Kessa camp on Jan. 17 and 18, officials said.",
         ("Jan. 17 and 18", "2018-01-17", "range", "2018-01-18")),
        ("The talks on January 10 and 11 in Vellorn failed.",
         ("January 10 and 11", "2018-01-10", "range", "2018-01-11")),
        ("The poll ran Jan. 15 through 18 in Kessa.",
         ("Jan. 15 through 18", "2018-01-15", "range", "2018-01-18")),
        ("The poll was taken from January 15 through 18, 2018.",
         ("January 15 through 18, 2018", "2018-01-15", "range", "2018-01-18")),
        # a count after "and", a year written with the first day: no range
        ("On Jan. 17 and 18 people were hurt.", ("Jan. 17", "2018-01-17", "day", None)),
        ("On Jan. 17 and 12 more days.", ("Jan. 17", "2018-01-17", "day", None)),
    ],
)  # fmt: skip
def test_a_second_day_after_and_makes_a_range(text: str, want: tuple[str, ...]) -> None:
    t = extract_times(text, "d", PUB)[0]
    assert text[t.start : t.end] == t.text
    assert (t.text, t.value, t.precision, t.end_value) == want
