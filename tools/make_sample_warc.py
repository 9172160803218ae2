#!/usr/bin/env python3
"""Rebuild the binary files of the bundled sample corpus, byte for byte.

Writes, from sources kept beside the corpus (never inside it, so a build of
``newsdossier/sample/corpus`` does not read them twice):

* ``corpus/crawl-2012.warc.gz``: a warcinfo record and two HTTP ``response``
  records whose payloads are ``warc_src/*.html`` (one gzip member per record,
  as crawlers write them);
* ``corpus/azadi-voice-camp-sarv-hunger-strike.txt.gz``: ``gz_src/*.txt``
  gzipped with no name and mtime 0.

Everything that would vary between runs is fixed (WARC-Date, WARC-Record-ID,
HTTP Date headers, gzip mtime), so re-running the script on unchanged sources
leaves ``git status`` clean.  Needs ``warcio`` (pinned 1.8.1)::

    python tools/make_sample_warc.py          # rewrite the files
    python tools/make_sample_warc.py --check  # exit 1 if they are stale
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

SAMPLE = Path(__file__).resolve().parent.parent / "newsdossier" / "sample"
CORPUS = SAMPLE / "corpus"
WARC_OUT = CORPUS / "crawl-2012.warc.gz"
GZ_SRC = SAMPLE / "gz_src" / "azadi-voice-camp-sarv-hunger-strike.txt"
GZ_OUT = CORPUS / "azadi-voice-camp-sarv-hunger-strike.txt.gz"

# (source file, target URI, WARC-Date, record id, HTTP Last-Modified)
RESPONSES = [
    (
        "kheshmar-times-golzar-convoy.html",
        "https://kheshmartimes.example/world/2012/02/18/cult-members-moved-from-camp-golzar",
        "2012-09-23T08:00:01Z",
        "<urn:uuid:6f1c2a9e-0b1d-4c55-9a01-000000000001>",
        "Sat, 18 Feb 2012 06:45:00 GMT",
    ),
    (
        "zna-estmark-delisting-shameful.html",
        "https://zna.example/en/politics/2012/09/22/kheshmar-condemns-estmark-delisting",
        "2012-09-23T08:00:05Z",
        "<urn:uuid:6f1c2a9e-0b1d-4c55-9a01-000000000002>",
        "Sat, 22 Sep 2012 08:10:00 GMT",
    ),
]
WARCINFO_ID = "<urn:uuid:6f1c2a9e-0b1d-4c55-9a01-000000000000>"
WARCINFO_DATE = "2012-09-23T08:00:00Z"


def build_warc() -> bytes:
    out = io.BytesIO()
    writer = WARCWriter(out, gzip=True, warc_version="1.0")
    info = (
        b"software: newsdossier tools/make_sample_warc.py\r\n"
        b"format: WARC File Format 1.0\r\n"
        b"description: newsdossier sample corpus (invented articles)\r\n"
    )
    writer.write_record(
        writer.create_warc_record(
            "",
            "warcinfo",
            payload=io.BytesIO(info),
            length=len(info),
            warc_content_type="application/warc-fields",
            warc_headers_dict={
                "WARC-Record-ID": WARCINFO_ID,
                "WARC-Date": WARCINFO_DATE,
                "WARC-Filename": WARC_OUT.name,
            },
        )
    )
    for name, uri, date, record_id, modified in RESPONSES:
        body = (SAMPLE / "warc_src" / name).read_bytes()
        http_headers = StatusAndHeaders(
            "200 OK",
            [
                ("Content-Type", "text/html; charset=utf-8"),
                ("Content-Length", str(len(body))),
                ("Last-Modified", modified),
                ("Server", "nginx"),
            ],
            protocol="HTTP/1.1",
        )
        record = writer.create_warc_record(
            uri,
            "response",
            payload=io.BytesIO(body),
            length=len(body),
            http_headers=http_headers,
            warc_headers_dict={"WARC-Record-ID": record_id, "WARC-Date": date},
        )
        writer.write_record(record)
    return out.getvalue()


def build_txt_gz() -> bytes:
    out = io.BytesIO()
    with gzip.GzipFile(filename="", mode="wb", fileobj=out, mtime=0) as gz:
        gz.write(GZ_SRC.read_bytes())
    return out.getvalue()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 if the committed files are stale"
    )
    args = parser.parse_args(argv)
    stale = []
    for path, data in ((WARC_OUT, build_warc()), (GZ_OUT, build_txt_gz())):
        if args.check:
            if not path.exists() or path.read_bytes() != data:
                stale.append(path)
        else:
            path.write_bytes(data)
            print(f"wrote {path.relative_to(SAMPLE.parent.parent)} ({len(data)} bytes)")
    for path in stale:
        print(f"stale: {path}", file=sys.stderr)
    return 1 if stale else 0


if __name__ == "__main__":
    sys.exit(main())
