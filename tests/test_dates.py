"""The one date-display function every view uses (issue 16)."""

from __future__ import annotations

import pytest

from newsdossier.dates import format_date, ordinal


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("value", "precision", "end", "shown"),
    [
        ("1960", "decade", None, "1960s"),
        ("0600", "century", None, "7th century"),
        ("1800", "century", None, "19th century"),
        ("2000", "century", None, "21st century"),
        ("1975", "range", "1979", "1975–1979"),
        ("1960", "decade", "1970", "1960s–1970s"),
        ("2011-03-14", "day", None, "2011-03-14"),
        ("2011-03", "month", None, "2011-03"),
        ("2011-W10", "week", None, "2011-W10"),
        ("2011", "year", None, "2011"),
        (None, "year", None, "undated"),
        ("", None, None, "undated"),
    ],
)
def test_dates_format(value, precision, end, shown) -> None:
    assert format_date(value, precision, end) == shown


def test_dates_ordinal() -> None:
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)] == [
        "1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th",
    ]  # fmt: skip


@pytest.mark.issue(16)
def test_dates_timeline_command_and_web_filter() -> None:
    from newsdossier.commands.timeline import format_date as timeline_date
    from newsdossier.serve.app import make_templates

    row = {"date_value": "1960", "date_precision": "decade", "date_end": None, "date_text": "x"}
    assert timeline_date(row) == "1960s (decade)"
    env = make_templates()
    html = env.from_string(
        '{% from "_macros.html" import when %}{{ when("0600", "century") }}'
    ).render()
    assert ">7th century</time>" in html


def test_month_day_under_a_dated_quotation_credit_takes_its_year() -> None:
    """An undated page excerpting a dated article (issue 16): the excerpt's month-days
    are read near the credit's date; elsewhere they stay unresolved."""
    from newsdossier.analyze.time import extract_times

    text = (
        "The council is out of control.\n"
        "“Harvan Council Closes the Port,” by Ana Holm, Vellorn Daily, November 13, 2018:\n"
        "The governor issued an order on Oct. 18 allowing the port to close.\n"
        "A hearing is set for Jan. 4."
    )
    got = {t.text: t.value for t in extract_times(text, "d", None)}
    assert got["Oct. 18"] == "2018-10-18"
    assert got["Jan. 4"] == "2019-01-04"
    plain = "The council is out of control.\nThe governor issued an order on Oct. 18."
    assert {t.text: t.value for t in extract_times(plain, "d", None)}["Oct. 18"] is None


@pytest.mark.parametrize("precision", ["decade", "century", "year", "season", "range"])
def test_digits_of_other_scripts_print_as_they_are(precision: str) -> None:
    # "²" passes str.isdigit() but not int(): a stored value is printed, never raised on
    from newsdossier.dates import format_date

    assert format_date("²", precision) == "²"
    assert format_date("١٩٦٠", precision) == "١٩٦٠"
