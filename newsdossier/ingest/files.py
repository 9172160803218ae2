"""From paths to readers: walking folders, choosing a reader, gunzip, first checks.

Checks made here, before a reader sees a byte: the path exists and is a
regular readable file, its type is known, a single document is not over the
size cap (by its size on disk, so it is never read), ``.gz`` really is gzip,
and the first 8 KB are neither empty, whitespace, nor binary.  Errors a
reader meets while streaming (a bad byte, truncated gzip, an I/O error) are
turned into one rejection here; whatever the reader yielded before is kept.
"""

from __future__ import annotations

import codecs
import dataclasses
import errno
import gzip
import os
import stat
import zlib
from collections.abc import Iterator, Sequence
from typing import BinaryIO, cast

from ..errors import ConfigError
from ..model import RawRecord, Rejection
from .base import Reader, ReadOptions
from .codes import SKIPPED, reject
from .decoding import SNIFF_BYTES, DecodeFailure, choose_encoding, is_binary, is_blank
from .html import read_html
from .streams import chain
from .tabular import read_csv, read_json, read_jsonl, read_tsv
from .text import read_text
from .unicode import valid_items
from .warc import read_warc

__all__ = ["FORMATS", "SUFFIXES", "check_options", "read_paths", "split_name"]

#: Suffix (lower-case) -> format; each may also end in ``.gz``.
SUFFIXES: dict[str, str] = {
    ".txt": "text",
    ".html": "html",
    ".htm": "html",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",  # JSON Lines named .json; a single JSON document gets E119
    ".csv": "csv",
    ".tsv": "tsv",
    ".warc": "warc",
}
#: Values accepted by ``ReadOptions.format``.
FORMATS = ("text", "html", "jsonl", "csv", "tsv", "warc")
_READERS: dict[str, Reader] = {
    "text": read_text,
    "html": read_html,
    "jsonl": read_jsonl,
    "json": read_json,
    "csv": read_csv,
    "tsv": read_tsv,
    "warc": read_warc,
}
_SINGLE_DOCUMENT = ("text", "html")
_GZIP_MAGIC = b"\x1f\x8b"
_SUPPORTED = ", ".join(SUFFIXES) + " (each also .gz)"


def check_options(options: ReadOptions) -> None:
    """Raise :class:`ConfigError` for options no input could satisfy."""
    if options.format is not None and options.format not in FORMATS:
        raise ConfigError(
            f"unknown input format {options.format!r}; use one of {', '.join(FORMATS)}",
            code="E210",
        )
    if options.encoding is not None:
        try:
            info = codecs.lookup(options.encoding)
        except LookupError:
            info = None
        if info is None or not getattr(info, "_is_text_encoding", True):
            raise ConfigError(
                f"unknown text encoding {options.encoding!r}; use a codec name such as "
                "cp1252, latin-1 or utf-16",
                code="E211",
            )
    if options.max_document_bytes < 1:
        raise ConfigError("max_document_bytes must be a positive number of bytes", code="E212")
    if options.outlet is not None and not options.outlet.strip():
        raise ConfigError("the outlet option is empty; give the outlet's name", code="E213")


def read_paths(paths: Sequence[str], options: ReadOptions) -> Iterator[RawRecord | Rejection]:
    """See :func:`newsdossier.ingest.read_paths`."""
    check_options(options)  # eagerly: a bad option is the caller's error, raised now
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    items = _read_all([os.fsdecode(p) for p in paths], options)
    if options.outlet:  # (check_options has refused a blank outlet)
        items = _with_outlet(items, " ".join(options.outlet.split()))
    return valid_items(items)  # last: every field, the outlet option's too


def _with_outlet(
    items: Iterator[RawRecord | Rejection], outlet: str
) -> Iterator[RawRecord | Rejection]:
    """Give ``outlet`` to the records whose own metadata names none."""
    for item in items:
        if isinstance(item, RawRecord) and not (item.meta.get("outlet") or "").strip():
            item = dataclasses.replace(item, meta={**item.meta, "outlet": outlet})
        yield item


def split_name(filename: str) -> tuple[str, str | None, bool, str]:
    """``(stem, format by suffix or None, gzip suffix?, suffix as written)``."""
    gz = filename.lower().endswith(".gz")
    base = filename[:-3] if gz else filename
    stem, suffix = os.path.splitext(base)
    shown = (suffix + ".gz" if gz else suffix) or "(none)"
    return stem or base, SUFFIXES.get(suffix.lower()), gz, shown


def _read_all(paths: list[str], options: ReadOptions) -> Iterator[RawRecord | Rejection]:
    for path in paths:
        if path and os.path.isdir(path):
            yield from _read_folder(path, options)
        elif path and os.path.lexists(path):
            yield from _read_named(path, options)
        else:
            yield reject(
                path, None, "E101",
                f"no such file or folder (looked in {os.getcwd()}); check the path",
            )  # fmt: skip


def _read_named(path: str, options: ReadOptions) -> Iterator[RawRecord | Rejection]:
    stem, fmt, gz, shown = split_name(os.path.basename(path))
    fmt = options.format or fmt
    if fmt is None:
        yield reject(
            path, None, "E103",
            f"unsupported file type {shown}; supported: {_SUPPORTED}; "
            "or force a format (ReadOptions.format / --input-format)",
        )  # fmt: skip
        return
    yield from _read_file(path, stem, fmt, gz, options)


def _read_folder(root: str, options: ReadOptions) -> Iterator[RawRecord | Rejection]:
    for item in _walk(root):
        if isinstance(item, Rejection):
            yield item
            continue
        stem, fmt, gz, shown = split_name(os.path.basename(item))
        fmt = options.format or fmt
        if fmt is None:
            yield reject(item, None, SKIPPED, f"skipped: unsupported file type {shown}")
            continue
        yield from _read_file(item, stem, fmt, gz, options)


def _walk(folder: str) -> Iterator[str | Rejection]:
    """Files under ``folder``, depth first, sorted by name; hidden entries left out.

    Symbolic links to files are followed; links to folders are not (no cycles),
    and each one skipped is reported (E150), as is a link to nothing (E101) and
    anything that is not a regular file (a pipe, a socket: E102).
    """
    try:
        with os.scandir(folder) as scan:
            entries = sorted(scan, key=lambda e: e.name)
    except OSError as e:
        yield reject(folder, None, "E102", f"cannot list folder: {e.strerror or e}")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = os.path.join(folder, entry.name)
        try:
            if entry.is_dir(follow_symlinks=False):
                yield from _walk(path)
            elif entry.is_file():
                yield path
            elif entry.is_symlink():
                yield _skipped_link(path)
            else:  # was skipped without a word (issue 17)
                yield reject(path, None, "E102", "not a regular file (a pipe, socket or device)")
        except OSError as e:
            yield reject(path, None, "E102", f"cannot inspect: {e.strerror or e}")


def _skipped_link(path: str) -> Rejection:
    try:
        os.stat(path)
    except OSError as e:
        what = "a link that loops" if e.errno == errno.ELOOP else "a link to nothing"
        return reject(path, None, "E101", f"{what} ({e.strerror or e}); fix or remove the link")
    return reject(
        path, None, "E150",
        "skipped: a link to a folder is not followed inside a folder (links can loop); "
        "name the folder itself to read it",
    )  # fmt: skip


def _read_file(
    path: str, stem: str, fmt: str, gz: bool, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    opened = _open(path)
    if isinstance(opened, Rejection):
        yield opened
        return
    handle, size = opened
    with handle:
        yield from _read_open(handle, size, path, stem, fmt, gz, options)


def _open(path: str) -> tuple[BinaryIO, int] | Rejection:
    """The open file and its size, or why it cannot be opened."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):  # checked first: opening a FIFO would block
            return reject(path, None, "E102", "not a regular file (a pipe, socket or device)")
        return open(path, "rb"), info.st_size  # noqa: SIM115 - the caller closes it
    except FileNotFoundError:
        return reject(path, None, "E101", "no such file (a broken link?); check the path")
    except PermissionError:
        return reject(path, None, "E102", "permission denied; make it readable or leave it out")
    except OSError as e:
        return reject(path, None, "E102", f"cannot open: {e.strerror or e}")


def _read_open(
    handle: BinaryIO, size: int, path: str, stem: str, fmt: str, gz: bool, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    cap = options.max_document_bytes
    try:
        compressed = handle.read(2) == _GZIP_MAGIC
        handle.seek(0)
    except OSError as e:
        yield reject(path, None, "E102", f"cannot read: {e.strerror or e}")
        return
    if size == 0:
        yield reject(path, None, "E104", "the file is empty (0 bytes)")
        return
    if gz and not compressed and fmt != "warc":
        yield reject(path, None, "E108", "named .gz but not gzip data; rename or recompress it")
        return
    if fmt in _SINGLE_DOCUMENT and not compressed and size > cap:
        yield reject(
            path, None, "E107",
            f"{size:,} bytes, over max_document_bytes ({cap:,}); raise the limit "
            "(NEWSDOSSIER_MAX_DOCUMENT_BYTES) or split the file",
        )  # fmt: skip
        return
    gunzip = compressed and fmt != "warc"  # warcio reads per-record gzip itself
    stream = cast(BinaryIO, gzip.GzipFile(fileobj=handle, mode="rb")) if gunzip else handle
    items = _first_checks(stream, path, stem, fmt, options)
    yield from _guard(items, path, gunzip)


def _first_checks(
    stream: BinaryIO, path: str, stem: str, fmt: str, options: ReadOptions
) -> Iterator[RawRecord | Rejection]:
    head = stream.read(SNIFF_BYTES)
    if not head:
        yield reject(path, None, "E104", "empty once decompressed")
        return
    if fmt != "warc":
        encoding = choose_encoding(head, options.encoding)
        if is_binary(head, encoding):
            yield reject(
                path, None, "E105",
                "looks binary (NUL or control bytes in its first 8 KB), not text; "
                "convert it to text, HTML, JSON Lines or CSV first",
            )  # fmt: skip
            return
        if len(head) < SNIFF_BYTES and is_blank(head, encoding):
            yield reject(path, None, "E104", "the file holds only whitespace")
            return
    chained = chain(head, stream)
    yield from _READERS[fmt](chained, path, stem, options)


def _guard(
    items: Iterator[RawRecord | Rejection], path: str, gunzip: bool
) -> Iterator[RawRecord | Rejection]:
    kept = 0
    try:
        for item in items:
            kept += isinstance(item, RawRecord)
            yield item
    except DecodeFailure as e:
        yield reject(path, None, "E106", e.message + _kept(kept))
    except (EOFError, zlib.error, gzip.BadGzipFile) as e:
        what = "truncated" if isinstance(e, EOFError) else "corrupt"
        yield reject(
            path, None, "E108",
            f"gzip data is {what} ({e}){_kept(kept)}; re-download or recompress it",
        )  # fmt: skip
    except OSError as e:
        code = "E108" if gunzip else "E102"
        yield reject(path, None, code, f"read error: {e.strerror or e}{_kept(kept)}")


def _kept(kept: int) -> str:
    return f"; the {kept} document(s) read before it were kept" if kept else ""
