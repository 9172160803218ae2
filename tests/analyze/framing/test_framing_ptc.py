"""PTC file formats: article ids, label lines, templates."""

from __future__ import annotations

import pytest

from newsdossier.analyze.framing import FramingSpan
from newsdossier.analyze.framing.ptc import (
    LabelLine,
    article_id_from_path,
    fill_template,
    format_ptc,
    parse_labels,
    parse_template,
    read_article,
)


@pytest.mark.parametrize(
    ("path", "expected"),
    [
        ("article123.txt", "123"),
        ("/x/y/article700552818.txt", "700552818"),
        ("notes.txt", "notes"),
    ],
)
def test_ptc_article_id_from_path(path, expected):
    assert article_id_from_path(path) == expected


def test_ptc_read_article_keeps_bom_and_crlf(tmp_path):
    path = tmp_path / "article1.txt"
    path.write_bytes("\ufeffTitle\r\n\r\nBody".encode())
    text = read_article(path)
    assert text[0] == "\ufeff"
    assert "\r\n" in text


def test_ptc_format_sorted_lines():
    spans = [FramingSpan(10, 14, "Doubt", 0.5), FramingSpan(0, 4, "Loaded_Language", 0.9)]
    assert format_ptc("7", spans) == ["7\tLoaded_Language\t0\t4", "7\tDoubt\t10\t14"]


def test_ptc_parse_tc_si_and_template_lines():
    lines = ["1\tDoubt\t0\t5\n", "1\t3\t9\n", "\n", "2\t?\t4\t8\n"]
    assert parse_labels(lines) == [
        LabelLine("1", "Doubt", 0, 5),
        LabelLine("1", None, 3, 9),
        LabelLine("2", None, 4, 8),
    ]


@pytest.mark.parametrize("bad", ["1\tDoubt\tx\t5", "1\t5", "1\tDoubt\t5\t5", "1\tDoubt\t-1\t4"])
def test_ptc_parse_rejects_malformed_line_with_its_number(bad):
    with pytest.raises(ValueError, match="line 2"):
        parse_labels(["1\tDoubt\t0\t5", bad])


def test_ptc_template_round_trip_keeps_duplicates_in_order():
    template = ["9\t?\t0\t5", "9\t?\t0\t5", "9\t?\t7\t12"]
    spans = parse_template(template)
    assert spans == {"9": [(0, 5), (0, 5), (7, 12)]}
    labels = [("Doubt", 0.6), ("Repetition", 0.2), ("Slogans", 0.7)]
    assert fill_template("9", spans["9"], labels) == [
        "9\tDoubt\t0\t5",
        "9\tRepetition\t0\t5",
        "9\tSlogans\t7\t12",
    ]
    with pytest.raises(ValueError):
        fill_template("9", spans["9"], labels[:2])
