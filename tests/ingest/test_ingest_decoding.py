"""Decoding: BOMs, the encoding option, binary sniffing, bad bytes, streamed lines."""

from __future__ import annotations

import codecs
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.ingest import ReadOptions, decoding, read_paths
from newsdossier.ingest.decoding import DecodeFailure, decode_whole, is_binary, iter_lines
from newsdossier.model import RawRecord, Rejection

TEXT = "Café owners in Port Veltra say the “ferry tax” hurts trade — naïve, says the mayor.\n"


def read(path: Path, **options: object) -> list[RawRecord | Rejection]:
    return list(read_paths([str(path)], ReadOptions(**options)))  # type: ignore[arg-type]


# (case id, encoded bytes, encoding option) -> decodes to TEXT
GOOD_ENCODING_CASES = [
    ("utf-8", TEXT.encode("utf-8"), None),
    ("utf-8 BOM", codecs.BOM_UTF8 + TEXT.encode("utf-8"), None),
    ("utf-16 LE BOM", TEXT.encode("utf-16"), None),
    ("utf-16 BE BOM", codecs.BOM_UTF16_BE + TEXT.encode("utf-16-be"), None),
    ("utf-32 BOM", TEXT.encode("utf-32"), None),
    ("cp1252 with option", TEXT.encode("cp1252"), "cp1252"),
    ("BOM wins over option", codecs.BOM_UTF8 + TEXT.encode("utf-8"), "cp1252"),
    ("utf-16 without BOM, set", TEXT.encode("utf-16-le"), "utf-16-le"),
]
CASE_IDS = [c[0] for c in GOOD_ENCODING_CASES]


@pytest.mark.parametrize(("data", "encoding"), [c[1:] for c in GOOD_ENCODING_CASES], ids=CASE_IDS)
@pytest.mark.parametrize("suffix", [".txt", ".html", ".jsonl", ".csv"])
def test_decoding_good_encodings(
    tmp_path: Path, data: bytes, encoding: str | None, suffix: str
) -> None:
    if suffix == ".jsonl":
        payload = json.dumps({"text": TEXT}, ensure_ascii=False) + "\n"
        data = _reencode(data, payload)
    elif suffix == ".csv":
        data = _reencode(data, f'content\n"{TEXT}"\n')
    path = tmp_path / f"doc{suffix}"
    path.write_bytes(data)
    [item] = read(path, encoding=encoding)
    assert isinstance(item, RawRecord), item
    assert item.content == TEXT


def _reencode(original: bytes, text: str) -> bytes:
    """``text`` in the same encoding (and BOM) as ``original`` holds TEXT."""
    boms = (
        (codecs.BOM_UTF32_LE, "utf-32-le"),
        (codecs.BOM_UTF8, "utf-8"),
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
    )
    for bom, codec in boms:
        if original.startswith(bom):
            return bom + text.encode(codec)
    for codec in ("utf-8", "cp1252", "utf-16-le"):
        if TEXT.encode(codec) == original:
            return text.encode(codec)
    raise AssertionError("unknown encoding")


def test_decoding_undecodable_names_offset_line_and_remedy(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"First line\nSecond line: caf\xe9\n")
    [item] = read(path)
    assert isinstance(item, Rejection) and item.code == "E106"
    assert item.reason.startswith("byte 0xE9 at byte offset 27 (line 2) is not valid UTF-8")
    assert "iconv" in item.reason and "encoding" in item.reason and "cp1252" in item.reason


def test_decoding_wrong_encoding_set_says_so(tmp_path: Path) -> None:
    path = tmp_path / "doc.txt"
    path.write_bytes(b"\x81\x8d\x8f\x90\x9d" * 3)  # undefined in cp1252
    [item] = read(path, encoding="cp1252")
    assert isinstance(item, Rejection) and item.code == "E106"
    assert "not valid cp1252, the encoding that was set" in item.reason


def test_decoding_html_meta_charset_is_used_when_utf8_fails(tmp_path: Path) -> None:
    page = f'<html><head><meta charset="windows-1252"></head><body><p>{TEXT}</p></body></html>'
    path = tmp_path / "page.html"
    path.write_bytes(page.encode("cp1252"))
    [item] = read(path)
    assert isinstance(item, RawRecord) and TEXT in item.content


def test_decoding_bad_byte_mid_stream_keeps_lines_before(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(decoding, "CHUNK_BYTES", 64)
    good = (json.dumps({"text": TEXT}) + "\n").encode()
    path = tmp_path / "feed.jsonl"
    path.write_bytes(good * 20 + b'{"text": "caf\xe9"}\n' + good)
    items = read(path)
    assert [i.record for i in items[:-1]] == [f"line:{n}" for n in range(1, 21)]
    last = items[-1]
    assert isinstance(last, Rejection) and last.code == "E106"
    assert f"at byte offset {len(good) * 20 + 13} (line 21)" in last.reason
    assert "the 20 document(s) read before it were kept" in last.reason


# (bytes, encoding, binary?)
BINARY_CASES = [
    (b"plain words\n" * 10, "utf-8", False),
    (TEXT.encode("utf-16"), "utf-16", False),
    (b"abc\x00def", "utf-8", True),
    (b"\x1b[31mred\x1b[0m terminal colours in a log\n", "utf-8", False),
    (bytes(range(1, 32)) * 4, "utf-8", True),
    (b"", "utf-8", False),
]


@pytest.mark.parametrize(("head", "encoding", "expected"), BINARY_CASES)
def test_decoding_is_binary(head: bytes, encoding: str, expected: bool) -> None:
    assert is_binary(head, encoding) is expected


def test_decoding_truncated_multibyte_at_end(tmp_path: Path) -> None:
    with pytest.raises(DecodeFailure) as info:
        decode_whole("Café".encode()[:-1], None)
    assert "truncated character" in info.value.message


@settings(max_examples=150, deadline=None)
@given(
    text=st.text(alphabet=st.sampled_from('ab é€😀\n\r\u2028"{},'), max_size=300),
    chunk=st.integers(min_value=1, max_value=17),
    encoding=st.sampled_from(["utf-8", "utf-16", "utf-8-sig"]),
)
def test_decoding_iter_lines_matches_universal_newlines(
    text: str, chunk: int, encoding: str
) -> None:
    # Any chunk size, any split of a multi-byte character or of "\r\n":
    # the same lines as open(newline="") gives.
    decoding.CHUNK_BYTES, saved = chunk, decoding.CHUNK_BYTES
    try:
        lines = list(iter_lines(io.BytesIO(text.encode(encoding)), None, 10_000))
    finally:
        decoding.CHUNK_BYTES = saved
    assert lines == io.StringIO(text, newline="").readlines()


def test_decoding_iter_lines_oversized_line_is_none() -> None:
    data = b"short\n" + b"x" * 100 + b"\nshort again"
    assert list(iter_lines(io.BytesIO(data), None, 50)) == ["short\n", None, "short again"]
