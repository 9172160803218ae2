"""Value normalisation: a case table (issue 5)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.analyze.claims.values import normalize_value

CASES = [
    ("number", "4,200", "number:4200:4200"),
    ("number", "12000", "number:12000:12000"),
    ("number", "about 4,200", "number:3780:4620"),
    ("number", "several hundred", "number:200:900"),
    ("number", "between 3,000 and 5,000", "number:3000:5000"),
    ("number", "3 to 5 thousand", "number:3000:5000"),
    ("number", "more than 40 million", "number:40000000:"),
    ("number", "no more than 1,200", "number:0:1200"),
    ("number", "twenty-five", "number:25:25"),
    ("number", "dozens", "number:12:199"),
    # issue 15: numbers parsed whole
    ("number", "7 000", "number:7000:7000"),
    ("number", "3,300", "number:3300:3300"),
    ("number", "several thousand", "number:2000:9000"),
    ("number", "upwards of twenty thousand", "number:20000:"),
    ("number", "tens of thousands", "number:10000:999999"),  # agrees with 17,000
    ("number", "millions", "number:1000000:999999999"),
    ("fraction", "one-third to one-half", "fraction:0.3333:0.5"),
    ("number", "thousands of", "number:1000:99999"),  # issue 15: "thousands" agrees with 17,000
    ("fraction", "one-quarter to one-third", "fraction:0.25:0.3333"),
    ("fraction", "40 percent", "fraction:0.4:0.4"),
    ("fraction", "Two-thirds", "fraction:0.6667:0.6667"),
    ("fraction", "half", "fraction:0.5:0.5"),
    ("year", "June 28, 1987", "year:1987:1987"),
    ("name", "the Varesian Union", "text:varesian union"),
    ("number", "a great many", "text:a great many"),  # unreadable: kept as text, never raises
]


@pytest.mark.parametrize(("kind", "value", "expected"), CASES)
def test_values_normalize_case_table(kind: str, value: str, expected: str) -> None:
    assert normalize_value(kind, value) == expected


@given(st.sampled_from(["number", "fraction", "year", "name", "text"]), st.text(max_size=40))
def test_values_normalize_never_raises(kind: str, value: str) -> None:
    out = normalize_value(kind, value)
    assert out is None or out.split(":", 1)[0] in {"number", "fraction", "year", "text"}


def test_values_counts_skip_idioms_dates_and_scores() -> None:
    # issue 15: "on the one hand" is no number, "7 000" is one, a score is no range
    from newsdossier.analyze.claims.syntax import count_spans

    text = "On the one hand, 7 000 people came; in 2015 they won 38-7 and stayed for two years."
    assert [text[a:b] for a, b in count_spans(text)] == ["7 000"]
