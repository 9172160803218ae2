"""JSON Lines and CSV/TSV: column mapping, record rejections, odd but valid tables."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest

from newsdossier.ingest import ColumnMap, ReadOptions, read_paths
from newsdossier.ingest.columns import looks_like_html, value_text
from newsdossier.model import RawRecord, Rejection

BODY = "The harbour council of Port Veltra voted to open a ferry route."


def read(path: Path, **options: object) -> list[RawRecord | Rejection]:
    return list(read_paths([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


def jsonl(tmp_path: Path, *records: object, name: str = "feed.jsonl") -> Path:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def table(
    tmp_path: Path, rows: list[list[str]], name: str = "table.csv", delimiter: str = ","
) -> Path:
    out = io.StringIO()
    csv.writer(out, delimiter=delimiter).writerows(rows)
    path = tmp_path / name
    path.write_text(out.getvalue(), encoding="utf-8")
    return path


# (record's keys and values, expected meta, expected name) with default mapping
DEFAULT_MAPPING_CASES = [
    ({"content": BODY, "title": "Ferry"}, {"title": "Ferry"}, "feed#line:1"),
    ({"Text": BODY, "Headline": "Ferry", "LINK": "http://x.test/a"},
     {"title": "Ferry", "url": "http://x.test/a"}, "feed#line:1"),
    ({"body": BODY, "authors": ["Ana Lis", "Bo Ek"]}, {"author": "Ana Lis, Bo Ek"}, "feed#line:1"),
    ({"article": BODY, "authors": "['Ana Lis', \"D'Arcy Moe\"]"},
     {"author": "Ana Lis, D'Arcy Moe"}, "feed#line:1"),
    ({"maintext": BODY, "authors": "[]"}, {}, "feed#line:1"),
    ({"full_text": BODY, "byline": "By Ana Lis"}, {"author": "By Ana Lis"}, "feed#line:1"),
    ({"article_text": BODY, "date_publish": "2011-03-03 10:00:00", "site_name": "Veltra Post"},
     {"published": "2011-03-03 10:00:00", "outlet": "Veltra Post"}, "feed#line:1"),
    ({"text": BODY, "domain": "veltra.test", "section": "Politics"},
     {"outlet": "veltra.test", "section": "Politics"}, "feed#line:1"),
    ({"text": BODY, "id": 42}, {}, "42"),
    ({"text": BODY, "uuid": "a-b-c", "title": "  "}, {}, "a-b-c"),
    ({"text": BODY, "authors": [{"name": "Ana Lis"}, {"name": "Bo Ek"}]},
     {"author": "Ana Lis, Bo Ek"}, "feed#line:1"),
    # collection dates are never publication dates
    ({"text": BODY, "scraped_at": "2018-01-25", "inserted_at": "2018-02-02",
      "crawl_date": "2018-01-25", "updated_at": "2018-02-02"}, {}, "feed#line:1"),
    ({"text": BODY, "date": "2011-03-03", "scraped_at": "2018-01-25"},
     {"published": "2011-03-03"}, "feed#line:1"),
]  # fmt: skip


@pytest.mark.parametrize(("record", "meta", "name"), DEFAULT_MAPPING_CASES)
def test_tabular_default_mapping_jsonl(
    tmp_path: Path, record: dict[str, object], meta: dict[str, str], name: str
) -> None:
    [item] = read(jsonl(tmp_path, record))
    assert isinstance(item, RawRecord), item
    assert (item.content, dict(item.meta), item.name, item.record) == (BODY, meta, name, "line:1")


# CSV cells are strings: the cases with lists of values are JSONL-only
CSV_MAPPING_CASES = [
    c for c in DEFAULT_MAPPING_CASES if all(isinstance(v, str | int) for v in c[0].values())
]


@pytest.mark.parametrize(("record", "meta", "name"), CSV_MAPPING_CASES)
def test_tabular_default_mapping_csv(
    tmp_path: Path, record: dict[str, object], meta: dict[str, str], name: str
) -> None:
    path = table(tmp_path, [list(record), [str(v) for v in record.values()]])
    [item] = read(path)
    assert isinstance(item, RawRecord), item
    expected_name = name.replace("feed#line:1", "table#row:1")
    assert (item.content, dict(item.meta), item.name, item.record) == (
        BODY,
        meta,
        expected_name,
        "row:1",
    )


def test_tabular_explicit_mapping(tmp_path: Path) -> None:
    path = table(
        tmp_path, [["story", "hed", "when", "content"], [BODY, "Ferry", "2011", "not this"]]
    )
    columns = ColumnMap(text="story", title="HED", published="when")
    [item] = read(path, columns=columns)
    assert isinstance(item, RawRecord)
    assert (item.content, dict(item.meta)) == (BODY, {"title": "Ferry", "published": "2011"})


def test_tabular_explicit_mapping_names_a_missing_column(tmp_path: Path) -> None:
    path = table(tmp_path, [["content", "title"], [BODY, "Ferry"]])
    [item] = read(path, columns=ColumnMap(title="headline_text"))
    assert isinstance(item, Rejection) and item.code == "E114"
    assert "title=headline_text" in item.reason and "'content', 'title'" in item.reason


def test_tabular_csv_without_text_column_is_one_rejection(tmp_path: Path) -> None:
    path = table(tmp_path, [["headline", "url"]] + [["Ferry", "http://x.test"]] * 50)
    [item] = read(path)
    assert isinstance(item, Rejection)
    assert (item.code, item.record) == ("E114", None)
    assert "'headline', 'url'" in item.reason and "--text-column" in item.reason


def test_tabular_csv_multiline_quoted_fields_and_row_numbers(tmp_path: Path) -> None:
    rows = [["id", "content"], ["a", "First paragraph.\n\nSecond, with \"quotes\".\r\nThird."],
            ["b", BODY]]  # fmt: skip
    path = table(tmp_path, rows)
    path.write_bytes(path.read_bytes() + b"\n\n")  # trailing blank lines
    items = read(path)
    assert [(i.record, i.name) for i in items] == [("row:1", "a"), ("row:2", "b")]
    assert items[0].content == rows[1][1]  # type: ignore[union-attr]


def test_tabular_csv_huge_field(tmp_path: Path) -> None:
    huge = "word " * 100_000  # 500 KB, over csv's default 128 KiB field limit
    [item] = read(table(tmp_path, [["text"], [huge]]))
    assert isinstance(item, RawRecord) and item.content == huge


def test_tabular_csv_field_over_cap_stops_with_rows_kept(tmp_path: Path) -> None:
    path = table(tmp_path, [["text"], [BODY], ["x" * 5000], [BODY]])
    items = read(path, max_document_bytes=1000)
    assert isinstance(items[0], RawRecord)
    assert (
        isinstance(items[1], Rejection) and items[1].code == "E118" and items[1].record == "row:2"
    )
    assert "1 row(s) before it were kept" in items[1].reason


def test_tabular_tsv(tmp_path: Path) -> None:
    path = table(tmp_path, [["title", "body"], ["Ferry", BODY]], name="t.tsv", delimiter="\t")
    [item] = read(path)
    assert isinstance(item, RawRecord) and item.meta == {"title": "Ferry"}


# (case id, row values, code)
CSV_RECORD_CASES = [
    ("empty text", ["", "Ferry"], "E113"),
    ("whitespace text", ["  \n ", "Ferry"], "E113"),
]


@pytest.mark.parametrize(
    ("row", "code"), [c[1:] for c in CSV_RECORD_CASES], ids=[c[0] for c in CSV_RECORD_CASES]
)
def test_tabular_csv_bad_record_rejected_others_go_on(
    tmp_path: Path, row: list[str], code: str
) -> None:
    items = read(table(tmp_path, [["content", "title"], [BODY, "A"], row, [BODY, "C"]]))
    assert [getattr(i, "code", "ok") for i in items] == ["ok", code, "ok"]
    assert items[1].record == "row:2"


def test_tabular_csv_header_only_and_malformed(tmp_path: Path) -> None:
    [item] = read(table(tmp_path, [["content", "title"]]))
    assert isinstance(item, Rejection) and item.code == "E117"
    bad = tmp_path / "bad.csv"
    bad.write_text(f'content\n"{BODY}"\n"unterminated"x,\n', encoding="utf-8")
    items = read(bad, columns=ColumnMap(text="content"))
    assert [getattr(i, "code", "ok") for i in items] == ["ok", "ok"]  # csv is lenient here


# (case id, JSONL lines, code of line 2 or "ok")
JSONL_LINE_CASES = [
    ("malformed", '{"text": "broken', "E110"),
    ("trailing garbage", '{"text": "x"} extra', "E110"),
    ("deeply nested", "[" * 100_000 + "]" * 100_000, "E110"),
    ("array", '["text", "x"]', "E111"),
    ("string", '"just a string"', "E111"),
    ("number", "12", "E111"),
    ("no text field", '{"headline": "Ferry"}', "E112"),
    ("text not a string", '{"text": 12}', "E112"),
    ("text empty", '{"text": ""}', "E113"),
    ("paragraph list", '{"text": ["One.", "Two."]}', "ok"),
]


@pytest.mark.parametrize(
    ("line", "code"), [c[1:] for c in JSONL_LINE_CASES], ids=[c[0] for c in JSONL_LINE_CASES]
)
def test_tabular_jsonl_bad_line_among_good_ones(tmp_path: Path, line: str, code: str) -> None:
    good = json.dumps({"text": BODY})
    path = tmp_path / "feed.jsonl"
    path.write_text(f"{good}\n{line}\n\n{good}\n", encoding="utf-8")
    items = read(path)
    assert [(i.record, getattr(i, "code", "ok")) for i in items] == [
        ("line:1", "ok"), ("line:2", code), ("line:4", "ok"),
    ]  # fmt: skip


def test_tabular_jsonl_oversized_line_is_skipped_not_assembled(tmp_path: Path) -> None:
    path = jsonl(tmp_path, {"text": BODY}, {"text": "x" * 5000}, {"text": BODY})
    items = read(path, max_document_bytes=1000)
    assert [(i.record, getattr(i, "code", "ok")) for i in items] == [
        ("line:1", "ok"), ("line:2", "E118"), ("line:3", "ok"),
    ]  # fmt: skip


# (case id, file name, content, codes)
JSON_DOCUMENT_CASES = [
    ("array in .json", "a.json", json.dumps([{"text": BODY}]), ["E119"]),
    ("pretty object in .json", "a.json", json.dumps({"text": BODY}, indent=2), ["E119"]),
    ("pretty array in .jsonl", "a.jsonl", json.dumps([{"text": BODY}], indent=2), ["E119"]),
    ("one-line object in .json", "a.json", json.dumps({"text": BODY}), ["ok"]),
    ("blank lines only", "a.jsonl", "\n" * 9000, ["E117"]),
]


@pytest.mark.parametrize(
    ("name", "content", "codes"),
    [c[1:] for c in JSON_DOCUMENT_CASES],
    ids=[c[0] for c in JSON_DOCUMENT_CASES],
)
def test_tabular_json_documents(tmp_path: Path, name: str, content: str, codes: list[str]) -> None:
    path = tmp_path / name
    path.write_text(content, encoding="utf-8")
    assert [getattr(i, "code", "ok") for i in read(path)] == codes


def test_tabular_format_html_when_content_is_markup(tmp_path: Path) -> None:
    path = jsonl(
        tmp_path, {"html": "x", "content": "<div><p>" + BODY + "</p></div>"}, {"text": BODY}
    )
    assert [i.format for i in read(path)] == ["html", "text"]  # type: ignore[union-attr]


# (text, is HTML?)
HTML_CASES = [
    ("<!DOCTYPE html><html><body>x</body></html>", True),
    ("  <p>Lead paragraph.</p>", True),
    ("Intro <br> more <br> and <br> more", True),
    ("A reader wrote that <p> tags confuse him.", False),
    ("3 < 4 and 5 > 2", False),
    (BODY, False),
]


@pytest.mark.parametrize(("text", "expected"), HTML_CASES)
def test_columns_looks_like_html(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


# (value, field, expected string)
VALUE_CASES = [
    ("  Ferry ", "title", "Ferry"),
    ("", "title", None),
    (None, "title", None),
    (True, "title", None),
    (12, "id", "12"),
    ({"nested": 1}, "title", None),
    (["A", "", "B"], "author", "A, B"),
    ("['A', 'B']", "author", "A, B"),
    ("['A', 'B']", "title", "['A', 'B']"),  # only author strings are list literals
    ("[\"__import__('os')\"]", "author", "__import__('os')"),  # text, never evaluated
]


@pytest.mark.parametrize(("value", "field_name", "expected"), VALUE_CASES)
def test_columns_value_text(value: object, field_name: str, expected: str | None) -> None:
    assert value_text(value, field_name) == expected


@pytest.mark.issue(17)
@pytest.mark.parametrize(
    "line", ['{"text": "unterminated', '{"text" "x"}', '{"text": "x"} extra', "{text: 1}"]
)
def test_jsonl_e110_message_reads_well(tmp_path: Path, line: str) -> None:
    path = tmp_path / "f.jsonl"
    path.write_text('{"text": "A fine first record about the ferry."}\n' + line + "\n")
    (_, bad) = list(read_paths([str(path)], ReadOptions()))
    assert isinstance(bad, Rejection) and bad.code == "E110"
    assert " at at " not in bad.reason and "column" in bad.reason
