"""Bytes to text: BOM and encoding choice, binary sniffing, streamed lines.

Rules (the same for every reader): a BOM (UTF-8, UTF-16, UTF-32) decides the
encoding; otherwise the encoding the user set (``ReadOptions.encoding``);
otherwise UTF-8.  Decoding is strict: a bad byte is reported with its offset
and line (:class:`DecodeFailure`), never silently replaced, because a
replaced byte inside a name would split one actor into two.  Repairing
mojibake in text that *did* decode is the job of ``clean``, not of ingest.
"""

from __future__ import annotations

import codecs
import re
from collections.abc import Iterator
from typing import BinaryIO

__all__ = [
    "CHUNK_BYTES",
    "SNIFF_BYTES",
    "DecodeFailure",
    "choose_encoding",
    "declared_charset",
    "decode_whole",
    "is_binary",
    "is_blank",
    "iter_lines",
]

#: Bytes looked at to decide "binary", "empty" and the BOM.
SNIFF_BYTES = 8192
#: Bytes read per step when streaming; memory per open file is about this
#: plus the longest line (measured in tests/ingest/test_streaming.py).
CHUNK_BYTES = 65536
# Share of control bytes (other than tab, newline, CR, FF, VT) above which a
# file without NULs is called binary.  Text in any 8-bit codec has ~0 %; a
# compressed or image file has ~10 %+ in its first 8 KB.
_BINARY_CONTROL_SHARE = 0.10
_CONTROL = bytes(b for b in range(32) if b not in (9, 10, 11, 12, 13)) + b"\x7f"

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16 LE: it starts with the same two bytes
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
_WIDE = ("utf-16", "utf-32")


class DecodeFailure(Exception):
    """A byte that the chosen encoding cannot decode; ``message`` says what to do."""

    def __init__(self, byte: int | None, offset: int, line: int, encoding: str, forced: bool):
        self.byte, self.offset, self.line = byte, offset, line
        self.encoding, self.forced = encoding, forced
        super().__init__(self.message)

    @property
    def message(self) -> str:
        what = (
            "truncated character at end of data" if self.byte is None else f"byte 0x{self.byte:02X}"
        )
        where = f"{what} at byte offset {self.offset} (line {self.line})"
        if self.forced:
            return (
                f"{where} is not valid {self.encoding}, the encoding that was set; "
                "check the file's real encoding and set that instead"
            )
        return (
            f"{where} is not valid UTF-8 and the file has no BOM; re-encode it as UTF-8 "
            "(e.g. iconv -f cp1252 -t utf-8) or set the input encoding "
            "(ReadOptions.encoding / --encoding, e.g. cp1252)"
        )


def choose_encoding(head: bytes, forced: str | None) -> str:
    """The codec for data starting with ``head`` (see module docstring)."""
    for bom, encoding in _BOMS:
        if head.startswith(bom):
            return encoding
    return forced or "utf-8"


def is_binary(head: bytes, encoding: str) -> bool:
    """Whether the first bytes of a file look like anything but text."""
    if not head or any(encoding.lower().replace("_", "-").startswith(w) for w in _WIDE):
        return False  # UTF-16/32 text is full of NULs
    if b"\x00" in head:
        return True
    controls = sum(head.count(bytes([c])) for c in _CONTROL)
    return controls / len(head) > _BINARY_CONTROL_SHARE


def is_blank(head: bytes, encoding: str) -> bool:
    """Whether ``head`` decodes to whitespace only (undecodable counts as not blank)."""
    try:
        decoder = codecs.getincrementaldecoder(encoding)("strict")
        return not decoder.decode(head, False).strip()  # not final: head may end mid-character
    except (LookupError, UnicodeDecodeError):
        return False


def decode_whole(data: bytes, forced: str | None) -> str:
    """Decode one whole document; raises :class:`DecodeFailure`."""
    encoding = choose_encoding(data[:4], forced)
    try:
        return data.decode(encoding)
    except UnicodeDecodeError as e:
        raise _failure(e, e.start, encoding, forced, data[: e.start].count(b"\n") + 1) from None


def iter_lines(stream: BinaryIO, forced: str | None, max_chars: int) -> Iterator[str | None]:
    """Lines of ``stream`` with their ends kept, decoded, read chunk by chunk.

    Lines end at ``\\n``, ``\\r\\n`` or a lone ``\\r`` (old Mac files), as
    ``open(newline="")`` splits them for ``csv``.  A line longer than
    ``max_chars`` is not assembled: ``None`` stands in its place so that line
    numbers stay right.  Raises
    :class:`DecodeFailure` at the first bad byte; lines before it were yielded.
    """
    return _split_lines(_decoded_chunks(stream, forced), max_chars)


def _decoded_chunks(stream: BinaryIO, forced: str | None) -> Iterator[str]:
    first = stream.read(max(CHUNK_BYTES, 4))  # a BOM is up to 4 bytes
    encoding = choose_encoding(first, forced)
    decoder = codecs.getincrementaldecoder(encoding)(errors="strict")
    fed, newlines, chunk = 0, 0, first
    while True:
        final = not chunk
        try:
            text = decoder.decode(chunk, final)
        except UnicodeDecodeError as e:
            # e.object is the decoder's held-back bytes + this chunk; e.start indexes it
            held = max(len(e.object) - len(chunk), 0)
            rel = max(e.start - held, 0)
            line = newlines + chunk[:rel].count(b"\n") + 1
            yield decoder.decode(chunk[:rel], False)  # the lines before the bad byte count
            raise _failure(e, fed + rel, encoding, forced, line) from None
        if text:
            yield text
        if final:
            return
        fed += len(chunk)
        newlines += chunk.count(b"\n")
        chunk = stream.read(CHUNK_BYTES)


_EOL = re.compile(r"\r\n?|\n")


class _Line:
    """The line being assembled: pieces joined once, dropped past the size cap."""

    def __init__(self, max_chars: int) -> None:
        self.max_chars = max_chars
        self.parts: list[str] = []
        self.size = 0

    def add(self, piece: str) -> None:
        self.size += len(piece)
        if self.size <= self.max_chars:
            self.parts.append(piece)
        else:
            self.parts = []

    def take(self) -> str | None:
        line = "".join(self.parts) if self.size <= self.max_chars else None
        self.parts, self.size = [], 0
        return line


def _split_lines(chunks: Iterator[str], max_chars: int) -> Iterator[str | None]:
    line = _Line(max_chars)
    held_cr = False  # a chunk ended in "\r": the line ends there unless "\n" follows
    for text in chunks:
        if held_cr:
            held_cr = False
            if text.startswith("\n"):
                line.add("\n")
                text = text[1:]
            yield line.take()
        start = 0
        for match in _EOL.finditer(text):
            line.add(text[start : match.end()])
            start = match.end()
            if match.group() == "\r" and start == len(text):
                held_cr = True
            else:
                yield line.take()
        if start < len(text):
            line.add(text[start:])
    if held_cr or line.size:
        yield line.take()


def _failure(
    e: UnicodeDecodeError, start: int, encoding: str, forced: str | None, line: int
) -> DecodeFailure:
    bad = e.object[e.start : e.start + 1]
    truncated = e.reason.startswith("unexpected end")
    byte = None if truncated or not bad else bad[0]
    return DecodeFailure(byte, start, line, _display(encoding), forced is not None)


def _display(encoding: str) -> str:
    return "UTF-8" if encoding in ("utf-8", "utf-8-sig") else encoding


_META_CHARSET = re.compile(
    rb"""<meta[^>]{0,200}?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]{1,40})""", re.I
)


def declared_charset(head: bytes) -> str | None:
    """The charset an HTML page declares in a ``<meta>`` tag, if it is a known codec."""
    m = _META_CHARSET.search(head)
    if not m:
        return None
    name = m.group(1).decode("ascii")
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None
