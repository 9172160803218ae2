"""Walking, suffix dispatch, gzip and the file-level rejections of ``read_paths``."""

from __future__ import annotations

import gzip
import io
import os
from pathlib import Path
from typing import Any

import pytest

from newsdossier.errors import ConfigError
from newsdossier.ingest import SKIPPED, ReadOptions, read_paths
from newsdossier.model import RawRecord, Rejection

ARTICLE = (
    "Harbour council approves the new ferry route\n\n"
    "The council of Port Veltra voted on Tuesday to open a ferry route to the islands.\n"
)
PAGE = "<html><head><title>Ferry</title></head><body><p>The ferry sails at dawn.</p></body></html>"
JSONL = '{"text": "The ferry sails at dawn.", "title": "Ferry"}\n'
CSV = 'title,content\nFerry,"The ferry sails at dawn."\n'


def read(*paths: object, **options: object) -> list[RawRecord | Rejection]:
    return list(read_paths([str(p) for p in paths], ReadOptions(**options)))  # type: ignore[arg-type]


def only(items: list[RawRecord | Rejection]) -> RawRecord | Rejection:
    assert len(items) == 1, items
    return items[0]


def write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


# (file name, content, expected format, expected name)
FORMAT_CASES = [
    ("article123.txt", ARTICLE, "text", "article123"),
    ("page.html", PAGE, "html", "page"),
    ("page.HTM", PAGE, "html", "page"),
    ("feed.jsonl", JSONL, "text", "feed#line:1"),
    ("feed.ndjson", JSONL, "text", "feed#line:1"),
    ("feed.json", JSONL, "text", "feed#line:1"),
    ("table.csv", CSV, "text", "table#row:1"),
    ("table.tsv", CSV.replace(",", "\t"), "text", "table#row:1"),
]


@pytest.mark.parametrize(("filename", "content", "fmt", "name"), FORMAT_CASES)
@pytest.mark.parametrize("gz", [False, True])
def test_files_each_format_plain_and_gzipped(
    tmp_path: Path, filename: str, content: str, fmt: str, name: str, gz: bool
) -> None:
    data = content.encode("utf-8")
    path = write(tmp_path / (filename + (".gz" if gz else "")), gzip.compress(data) if gz else data)
    record = only(read(path))
    assert isinstance(record, RawRecord), record
    assert (record.format, record.name, record.source) == (fmt, name, str(path))
    assert "ferry" in record.content


def test_files_folder_recursion_sorted_and_hidden_skipped(tmp_path: Path) -> None:
    write(tmp_path / "b.txt", ARTICLE)
    write(tmp_path / "a" / "z.txt", ARTICLE)
    write(tmp_path / "a" / "c.html", PAGE)
    write(tmp_path / "c" / "d" / "e.txt.gz", gzip.compress(ARTICLE.encode()))
    write(tmp_path / ".git" / "objects.txt", ARTICLE)
    write(tmp_path / ".hidden.txt", ARTICLE)
    write(tmp_path / "a" / "photo.jpg", b"\xff\xd8\xff\xe0")
    items = read(tmp_path)
    assert [os.path.relpath(i.source, tmp_path) for i in items] == [
        "a/c.html", "a/photo.jpg", "a/z.txt", "b.txt", "c/d/e.txt.gz",
    ]  # fmt: skip
    skipped = [i for i in items if isinstance(i, Rejection)]
    assert [(s.code, s.reason) for s in skipped] == [
        (SKIPPED, "skipped: unsupported file type .jpg")
    ]
    assert read(tmp_path) == items  # deterministic


def test_files_source_is_the_path_as_given_and_joined(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path / "corpus" / "sub" / "a.txt", ARTICLE)
    monkeypatch.chdir(tmp_path)
    assert [i.source for i in read("corpus")] == [os.path.join("corpus", "sub", "a.txt")]
    assert [i.source for i in read("corpus/sub/a.txt")] == ["corpus/sub/a.txt"]


def test_files_a_single_string_path_is_one_path(tmp_path: Path) -> None:
    path = write(tmp_path / "a.txt", ARTICLE)
    assert len(list(read_paths(str(path), ReadOptions()))) == 1


def test_files_forced_format_overrides_suffix(tmp_path: Path) -> None:
    path = write(tmp_path / "notes.md", JSONL)
    record = only(read(path, format="jsonl"))
    assert isinstance(record, RawRecord) and record.meta == {"title": "Ferry"}
    assert only(read(path, format="text")).content == JSONL  # type: ignore[union-attr]


def test_files_gzip_is_recognised_by_magic_bytes(tmp_path: Path) -> None:
    path = write(tmp_path / "feed.jsonl", gzip.compress(JSONL.encode()))
    assert isinstance(only(read(path)), RawRecord)


# (case id, file name, bytes, code, words the reason must contain)
BAD_FILE_CASES = [
    ("empty", "a.txt", b"", "E104", "empty"),
    ("whitespace", "a.txt", b" \n\t\r\n  ", "E104", "whitespace"),
    ("whitespace jsonl", "a.jsonl", b"\n\n   \n", "E104", "whitespace"),
    ("empty gz", "a.txt.gz", gzip.compress(b""), "E104", "empty"),
    ("binary NUL", "a.txt", b"PK\x03\x04\x00\x00" + bytes(range(256)), "E105", "binary"),
    ("binary controls", "a.csv", b"\x01\x02\x03\x04abc\x05\x06\x07\x0e" * 50, "E105", "binary"),
    ("binary in gz", "a.jsonl.gz", gzip.compress(b"\x00\x01\x02" * 100), "E105", "binary"),
    ("undecodable", "a.txt", b"Caf\xe9 au lait\nsecond line", "E106", "offset 3 (line 1)"),
    ("not gzip", "a.txt.gz", b"plain text named .gz", "E108", "not gzip"),
    ("corrupt gz", "a.txt.gz", b"\x1f\x8b\x08\x00" + b"\xff" * 40, "E108", "gzip data is corrupt"),
    ("truncated gz", "a.txt.gz", gzip.compress(ARTICLE.encode() * 50)[:60], "E108", "truncated"),
    ("unknown named", "report.pdf", b"%PDF-1.4", "E103", "unsupported file type .pdf; supported:"),
]


@pytest.mark.parametrize(
    ("filename", "data", "code", "words"),
    [c[1:] for c in BAD_FILE_CASES],
    ids=[c[0] for c in BAD_FILE_CASES],
)
def test_files_bad_input_is_one_coded_rejection(
    tmp_path: Path, filename: str, data: bytes, code: str, words: str
) -> None:
    path = write(tmp_path / filename, data)
    rejection = only(read(path))
    assert isinstance(rejection, Rejection), rejection
    assert (rejection.code, rejection.source, rejection.record) == (code, str(path), None)
    assert words in rejection.reason


def test_files_nonexistent_path_is_rejected_and_others_go_on(tmp_path: Path) -> None:
    good = write(tmp_path / "a.txt", ARTICLE)
    items = read(tmp_path / "missing.txt", good, tmp_path / "missing-folder")
    assert [(i.source, getattr(i, "code", "ok")) for i in items] == [
        (str(tmp_path / "missing.txt"), "E101"),
        (str(good), "ok"),
        (str(tmp_path / "missing-folder"), "E101"),
    ]


def test_files_too_large_document_is_rejected_without_reading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write(tmp_path / "big.html", "<p>" + "x" * 50_000 + "</p>")
    bytes_read: list[int] = []
    real_open = open

    class Counting(io.FileIO):
        def readinto(self, buffer: Any) -> int | None:
            n = super().readinto(buffer)
            bytes_read.append(n or 0)
            return n

    def spy(file: Any, mode: str = "r", *args: Any, **kwargs: Any) -> Any:
        if str(file) == str(path):
            return io.BufferedReader(Counting(file, "r"), buffer_size=16)
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr("builtins.open", spy)
    rejection = only(read(path, max_document_bytes=1000))
    assert isinstance(rejection, Rejection) and rejection.code == "E107"
    assert "over max_document_bytes (1,000)" in rejection.reason
    assert sum(bytes_read) <= 16  # only the gzip magic was looked at


def test_files_too_large_once_gunzipped(tmp_path: Path) -> None:
    path = write(tmp_path / "big.txt.gz", gzip.compress(b"word " * 10_000))
    rejection = only(read(path, max_document_bytes=1000))
    assert isinstance(rejection, Rejection) and rejection.code == "E107"


def test_files_truncated_gzip_keeps_records_read_before(tmp_path: Path) -> None:
    lines = "".join(f'{{"text": "Record number {i} about the ferry."}}\n' for i in range(2000))
    data = gzip.compress(lines.encode())
    path = write(tmp_path / "feed.jsonl.gz", data[: len(data) // 2])
    items = read(path)
    *records, last = items
    assert records and all(isinstance(r, RawRecord) for r in records)
    assert records[0].record == "line:1"
    assert isinstance(last, Rejection) and last.code == "E108"
    assert f"the {len(records)} document(s) read before it were kept" in last.reason


def test_files_unreadable_file_chmod(tmp_path: Path) -> None:
    path = write(tmp_path / "secret.txt", ARTICLE)
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):
            pytest.skip("running as root: chmod 000 does not stop reading")
        rejection = only(read(path))
        assert isinstance(rejection, Rejection) and rejection.code == "E102"
        assert "permission denied" in rejection.reason
    finally:
        path.chmod(0o644)


def test_files_unreadable_file_permission_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # Same case as above, simulated, so it also runs as root.
    path = write(tmp_path / "secret.txt", ARTICLE)
    real_open = open

    def deny(file: object, *args: object, **kwargs: object) -> object:
        if str(file) == str(path):
            raise PermissionError(13, "Permission denied")
        return real_open(file, *args, **kwargs)  # type: ignore[call-overload]

    monkeypatch.setattr("builtins.open", deny)
    rejection = only(read(path))
    assert isinstance(rejection, Rejection) and rejection.code == "E102"


def test_files_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    rejection = only(read(fifo))
    assert isinstance(rejection, Rejection) and rejection.code == "E102"
    # inside a folder it was skipped without a row (issue 17)
    rejection = only(read(tmp_path))
    assert isinstance(rejection, Rejection) and rejection.code == "E102"


# (options, code): invalid options raise at once, before any input is touched
BAD_OPTION_CASES = [
    ({"format": "pdf"}, "E210"),
    ({"encoding": "no-such-codec"}, "E211"),
    ({"encoding": "zlib_codec"}, "E211"),  # a codec, but not a text encoding
    ({"max_document_bytes": 0}, "E212"),
    ({"outlet": "  "}, "E213"),
]


@pytest.mark.parametrize(("options", "code"), BAD_OPTION_CASES)
def test_files_invalid_options_raise_config_error(options: dict[str, object], code: str) -> None:
    with pytest.raises(ConfigError) as info:
        read_paths(["does-not-matter"], ReadOptions(**options))  # type: ignore[arg-type]
    assert info.value.code == code


def test_files_outlet_option_fills_only_records_that_name_none(tmp_path: Path) -> None:
    write(tmp_path / "a.txt", ARTICLE)
    write(tmp_path / "b.jsonl", '{"text": "The ferry sails at dawn.", "site": "Veltra Post"}\n')
    write(tmp_path / "c.jsonl", '{"text": "The ferry sails at noon.", "site": "  "}\n')
    records = read(tmp_path, outlet="  Harbour   Gazette ")
    outlets = {r.name: r.meta.get("outlet") for r in records if isinstance(r, RawRecord)}
    assert outlets == {
        "a": "Harbour Gazette",
        "b#line:1": "Veltra Post",
        "c#line:1": "Harbour Gazette",
    }
    assert all(isinstance(r, RawRecord) for r in records)


@pytest.mark.issue(17)
def test_files_links_to_folders_and_loops_are_reported_not_silent(tmp_path: Path) -> None:
    root = tmp_path / "corpus"
    write(root / "a.txt", ARTICLE)
    write(tmp_path / "elsewhere" / "b.txt", ARTICLE)
    os.symlink(root, root / "loop")  # a folder link that would walk forever
    os.symlink(tmp_path / "elsewhere", root / "other")
    os.symlink(root / "self", root / "self")  # a link to itself
    os.symlink(root / "gone.txt", root / "broken.txt")
    items = read(root)
    got = {os.path.basename(i.source): getattr(i, "code", "ok") for i in items}
    assert got == {"a.txt": "ok", "loop": "E150", "other": "E150", "self": "E102",
                   "broken.txt": "E101"}  # fmt: skip
    loop = next(i for i in items if i.source.endswith("loop"))
    assert isinstance(loop, Rejection) and "not followed" in loop.reason
