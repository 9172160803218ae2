"""WARC: responses and resources become documents, everything else is skipped."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from newsdossier.ingest import ReadOptions, read_paths
from newsdossier.model import RawRecord, Rejection

PAGE = (
    "<html><body><article><p>The ferry to the islands sails at dawn, "
    "the council said.</p></article></body></html>"
)


def response(
    writer: WARCWriter, url: str, body: bytes, content_type: str, status: str = "200 OK"
) -> None:
    http = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
    writer.write_record(
        # an explicit length keeps warcio from spooling to a temp file it never closes
        writer.create_warc_record(
            url, "response", payload=io.BytesIO(body), length=len(body), http_headers=http
        )
    )


def make_warc(path: Path, gzip: bool) -> Path:
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=gzip)
        writer.write_record(writer.create_warcinfo_record(path.name, {"software": "test"}))
        request = StatusAndHeaders(
            "GET /a HTTP/1.1", [("Host", "veltra.test")], is_http_request=True
        )
        writer.write_record(
            writer.create_warc_record("http://veltra.test/a", "request", http_headers=request)
        )
        response(writer, "http://veltra.test/a", PAGE.encode(), "text/html; charset=utf-8")
        response(writer, "http://veltra.test/logo.png", b"\x89PNG\r\n\x1a\n", "image/png")
        response(
            writer, "http://veltra.test/gone", b"<p>Not found</p>", "text/html", "404 Not Found"
        )
        response(writer, "http://veltra.test/moved", b"", "text/html", "301 Moved Permanently")
        response(writer, "http://veltra.test/notes.txt", b"Notes on the ferry.", "text/plain")
        response(writer, "http://veltra.test/latin", "<p>Caf\u00e9 news</p>".encode("cp1252"),
                 "text/html; charset=windows-1252")  # fmt: skip
        resource = writer.create_warc_record(
            "file:///saved/b.html", "resource", payload=io.BytesIO(PAGE.encode()), length=len(PAGE),
            warc_content_type="text/html",
        )  # fmt: skip
        writer.write_record(resource)
    return path


@pytest.mark.parametrize(("name", "gzip"), [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_warc_documents_and_skips(tmp_path: Path, name: str, gzip: bool) -> None:
    path = make_warc(tmp_path / name, gzip)
    items = list(read_paths([str(path)], ReadOptions()))
    assert all(isinstance(i, RawRecord) for i in items), items
    got = [(i.meta.get("url"), i.format) for i in items]  # type: ignore[union-attr]
    assert got == [
        ("http://veltra.test/a", "html"),
        ("http://veltra.test/notes.txt", "text"),
        ("http://veltra.test/latin", "html"),
        ("file:///saved/b.html", "html"),
    ]
    first = items[0]
    assert isinstance(first, RawRecord)
    assert first.content == PAGE and first.source == str(path)
    assert first.record is not None and first.record.startswith("offset:")
    assert first.name == f"crawl#{first.record}"
    assert set(first.meta) == {"url"}  # WARC-Date is the crawl date, never "published"
    assert "Café" in items[2].content  # type: ignore[union-attr]
    offsets = [int(i.record.split(":")[1]) for i in items]  # type: ignore[union-attr]
    assert offsets == sorted(set(offsets)) and offsets[0] > 0
    # the offset points at the record in the file
    with path.open("rb") as f:
        f.seek(offsets[0])
        head = f.read(2)
    assert head == (b"\x1f\x8b" if gzip else b"WA")


def test_warc_truncated_keeps_records_before(tmp_path: Path) -> None:
    path = make_warc(tmp_path / "crawl.warc.gz", gzip=True)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) - 120])
    items = list(read_paths([str(path)], ReadOptions()))
    *docs, last = items
    assert docs and all(isinstance(d, RawRecord) for d in docs)
    assert isinstance(last, Rejection) and last.code == "E116"
    assert f"the {len(docs)} document(s) before it were kept" in last.reason


def test_warc_garbage_and_no_documents(tmp_path: Path) -> None:
    garbage = tmp_path / "junk.warc"
    garbage.write_bytes(b"this is not a WARC file at all\r\n\r\n")
    [item] = list(read_paths([str(garbage)], ReadOptions()))
    assert isinstance(item, Rejection) and item.code == "E116"

    empty = tmp_path / "info.warc"
    with empty.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        writer.write_record(writer.create_warcinfo_record("info.warc", {"software": "test"}))
    [item] = list(read_paths([str(empty)], ReadOptions()))
    assert isinstance(item, Rejection) and item.code == "E117"


def test_warc_oversized_payload(tmp_path: Path) -> None:
    path = tmp_path / "big.warc"
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=False)
        response(writer, "http://veltra.test/big", b"<p>" + b"x" * 5000 + b"</p>", "text/html")
        response(writer, "http://veltra.test/a", PAGE.encode(), "text/html")
    items = list(read_paths([str(path)], ReadOptions(max_document_bytes=1000)))
    assert [getattr(i, "code", "ok") for i in items] == ["E118", "ok"]


@pytest.mark.parametrize("gzip", [False, True])
def test_warc_cut_anywhere_never_raises_and_is_reported(tmp_path: Path, gzip: bool) -> None:
    # warcio is quiet about some cut-off records; the reader checks lengths itself.
    data = make_warc(tmp_path / ("c.warc.gz" if gzip else "c.warc"), gzip).read_bytes()
    cut_path = tmp_path / ("t.warc.gz" if gzip else "t.warc")
    silent = 0
    cuts = range(50, len(data), 23)
    for cut in cuts:
        cut_path.write_bytes(data[:cut])
        items = list(read_paths([str(cut_path)], ReadOptions()))
        assert all(isinstance(i, RawRecord | Rejection) for i in items)
        silent += isinstance(items[-1], RawRecord)
    # the few silent ones are cuts exactly at, or in blank lines near, a record end
    assert silent <= len(cuts) // 20
