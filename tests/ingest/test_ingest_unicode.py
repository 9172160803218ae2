"""Every string a reader hands on is valid Unicode, repairs counted (issue 17)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from newsdossier.ingest import REJECTION_CODES, ReadOptions, read_paths
from newsdossier.ingest.unicode import NOTE_CODES, valid_path, valid_text
from newsdossier.model import RawRecord, Rejection

pytestmark = pytest.mark.issue(17)

BODY = (
    "The Harvan Council met delegates from Velmora in Ostrand on Tuesday. "
    "Spokesman Daniel Whitford said the talks would continue next week."
)


def read(*paths: object) -> list[RawRecord | Rejection]:
    return list(read_paths([os.fsdecode(p) for p in paths], ReadOptions()))  # type: ignore[arg-type]


def encodable(item: RawRecord | Rejection) -> None:
    """Every string field encodes to UTF-8 (what the store and the hash need)."""
    values: list[str | None] = [item.source, item.record]
    if isinstance(item, RawRecord):
        values += [item.name, item.content, *item.meta.keys(), *item.meta.values()]
        _ = item.content_hash  # raised UnicodeEncodeError before issue 17
    else:
        values.append(item.reason)
    for value in values:
        if value is not None:
            value.encode("utf-8")


@pytest.mark.parametrize(
    ("text", "fixed", "count"),
    [
        ("plain", "plain", 0),
        ("\ud800 lone high", "\ufffd lone high", 1),
        ("lone low \udc00 and \udfff", "lone low \ufffd and \ufffd", 2),
        ("a pair \U0001f600 is fine", "a pair \U0001f600 is fine", 0),
    ],
)
def test_valid_text_replaces_lone_surrogates_one_for_one(text: str, fixed: str, count: int) -> None:
    assert valid_text(text) == (fixed, count)
    assert len(valid_text(text)[0]) == len(text)  # no offset moves


def test_jsonl_lone_surrogates_in_every_field_are_replaced_and_counted(tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    feed.write_text(
        '{"text": "\\ud800 ' + BODY + '", "title": "T \\udc00", "author": "A \\ud83d",'
        ' "url": "http://example.org/\\udfff", "id": "r\\ud800"}\n'
        '{"text": "' + BODY + '"}\n',
        encoding="utf-8",
    )
    first, second = read(feed)
    assert isinstance(first, RawRecord) and isinstance(second, RawRecord)
    for item in (first, second):
        encodable(item)
    assert first.content.startswith("\ufffd ")
    assert first.meta["title"] == "T \ufffd" and first.meta["url"].endswith("/\ufffd")
    assert first.name == "r\ufffd"
    ((code, message),) = first.notes
    assert code == "W101" and message.startswith("5 lone surrogate")
    for field in ("content", "title", "author", "url", "name"):
        assert f"1 in {field}" in message
    assert second.notes == ()


def test_tabular_and_text_reject_encoded_surrogates_as_bad_bytes(tmp_path: Path) -> None:
    # UTF-8 that encodes a surrogate (CESU-8 "ED A0 80") is not UTF-8: a coded
    # rejection, never a lone surrogate inside the record.
    bad = b"\xed\xa0\x80 " + BODY.encode("utf-8")
    (tmp_path / "t.csv").write_bytes(b'title,content\nx,"' + bad + b'"\n')
    (tmp_path / "a.txt").write_bytes(bad)
    items = read(tmp_path)
    assert {(type(i).__name__, getattr(i, "code", None)) for i in items} == {("Rejection", "E106")}
    for item in items:
        encodable(item)


def test_html_character_references_to_surrogates_become_valid_text(tmp_path: Path) -> None:
    from newsdossier.clean import clean_record
    from newsdossier.settings import Settings

    page = tmp_path / "p.html"
    page.write_text(f"<html><body><p>{BODY} &#xD800; &#55296; end.</p></body></html>")
    (raw,) = read(page)
    assert isinstance(raw, RawRecord)
    doc = clean_record(raw, Settings())
    doc.text.encode("utf-8")
    assert "Whitford" in doc.text


@pytest.mark.skipif(sys.platform != "linux", reason="file names as raw bytes: Linux")
def test_file_names_that_are_not_utf8_are_escaped_and_noted(tmp_path: Path) -> None:
    folder = os.fsencode(tmp_path)
    for raw_name in (b"caf\xe9.txt", b"caf\xe8.txt"):
        with open(os.path.join(folder, raw_name), "wb") as fh:
            fh.write(BODY.encode("utf-8"))
    items = read(tmp_path)
    assert [i.source.rsplit("/", 1)[1] for i in items] == ["caf\\xe8.txt", "caf\\xe9.txt"]
    for item in items:
        assert isinstance(item, RawRecord)
        encodable(item)
        assert item.name == item.source.rsplit("/", 1)[1][: -len(".txt")]
        assert [code for code, _ in item.notes] == ["W102"]


def test_warc_payload_and_headers_are_valid_unicode(tmp_path: Path) -> None:
    html = f"<html><body><p>{BODY} &#xDC00;</p></body></html>".encode()
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=utf-8\r\n\r\n" + html
    head = (
        b"WARC/1.0\r\nWARC-Type: response\r\n"
        b"WARC-Record-ID: <urn:uuid:12345678-1234-1234-1234-123456789abc>\r\n"
        b"WARC-Target-URI: http://example.org/caf\xe9\r\n"  # not UTF-8
        b"Content-Type: application/http; msgtype=response\r\n"
        + f"Content-Length: {len(http)}\r\n\r\n".encode()
    )
    path = tmp_path / "crawl.warc"
    path.write_bytes(head + http + b"\r\n\r\n")
    items = read(path)
    assert len(items) == 1
    for item in items:
        encodable(item)


def test_valid_path_keeps_utf8_and_escapes_other_bytes() -> None:
    assert valid_path("/data/ünïcode.txt") == "/data/ünïcode.txt"
    assert valid_path(os.fsdecode(b"/data/caf\xe9.txt")) == "/data/caf\\xe9.txt"


def test_note_codes_do_not_collide_with_rejection_codes() -> None:
    assert not set(NOTE_CODES) & set(REJECTION_CODES)


def test_build_with_a_lone_surrogate_stores_everything_and_reports_it(tmp_path: Path) -> None:
    """Issue 17 failure 1: one such record stopped every build, good files included."""
    from newsdossier.run.local import build
    from newsdossier.settings import Settings
    from newsdossier.store.sqlite import open_store

    corpus = tmp_path / "in"
    corpus.mkdir()
    (corpus / "feed.jsonl").write_text(
        '{"text": "\\ud800 ' + BODY + '", "title": "\\udc00", "author": "\\ud83d",'
        ' "url": "http://example.org/\\udfff"}\n',
        encoding="utf-8",
    )
    (corpus / "good.txt").write_text(BODY + " A second article about the ferry.", encoding="utf-8")
    db = tmp_path / "c.db"
    settings = Settings(framing_enabled=False)
    for _ in range(2):  # the rerun must not crash either
        with open_store(str(db)) as store:
            report = build([str(corpus)], store, settings)
    with open_store(str(db), readonly=True) as store:
        assert store.document_count() == 2
        (noted,) = list(store.iter_input_notes())
        assert noted["key"].endswith("feed.jsonl#line:1") and noted["notes"].startswith("W101 4 ")
    assert report.unchanged == 2 and not report.rejected


def test_outlet_option_is_made_valid_too(tmp_path: Path) -> None:
    # an option from a command line that is not UTF-8 arrives with surrogate escapes
    (tmp_path / "a.txt").write_text(BODY, encoding="utf-8")
    (item,) = list(read_paths([str(tmp_path)], ReadOptions(outlet="Caf\udce9 Times")))
    assert isinstance(item, RawRecord)
    encodable(item)
    assert item.meta["outlet"] == "Caf\ufffd Times" and item.notes[0][0] == "W101"
