"""A byte stream that replays bytes already read, then goes on with the rest."""

from __future__ import annotations

import zlib
from typing import BinaryIO, cast

from .decoding import CHUNK_BYTES

__all__ = ["chain"]


def chain(head: bytes, rest: BinaryIO) -> BinaryIO:
    """``head`` (bytes sniffed from ``rest``) followed by the rest of ``rest``."""
    return cast(BinaryIO, _Chained(head, rest))


class _Chained:
    """The sniffed head again, then the rest of the stream: one pass, no seek.

    A stream error (truncated gzip) after some bytes of a read is held back
    until the next read, so the bytes before it still reach the reader and
    the records they hold are kept; a reader that stops early never sees it
    unless it reads again (single documents check for that).
    """

    def __init__(self, head: bytes, rest: BinaryIO) -> None:
        self._head, self._rest = head, rest
        self._read1 = getattr(rest, "read1", rest.read)  # one underlying read: nothing lost
        self._error: Exception | None = None

    def read(self, size: int = -1) -> bytes:
        if self._error is not None:
            raise self._error
        out = bytearray(self._head if size < 0 else self._head[:size])
        self._head = self._head[len(out) :]
        while size < 0 or len(out) < size:
            want = CHUNK_BYTES if size < 0 else min(size - len(out), CHUNK_BYTES)
            try:
                data = self._read1(want)
            except (EOFError, OSError, zlib.error) as e:
                if not out:
                    raise
                self._error = e
                break
            if not data:
                break
            out += data
        return bytes(out)
