"""How many records a build will read, when that is known up front (issue 20).

The progress bar shows a total, a rate and an ETA only when the count is
exact: one record per text/HTML file (and per file skipped as unsupported),
one per non-blank line of an uncompressed JSON Lines file.  CSV (a field may
hold line breaks), WARC and compressed JSON Lines are counted only as they are
read, so a folder holding any of them gets a bar without a total, never a
wrong ETA.  Counting stops after ``max_seconds`` (a huge folder on a slow
disk) and then also gives no total.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator, Sequence

from ..ingest.base import ReadOptions
from ..ingest.files import split_name

__all__ = ["count_records"]

_ONE_RECORD = frozenset({"text", "html"})


def _files(path: str) -> Iterator[str]:
    if not os.path.isdir(path):
        yield path
        return
    for root, dirs, files in os.walk(path):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for f in sorted(files):
            if not f.startswith("."):
                yield os.path.join(root, f)


def _lines(path: str, deadline: float) -> int | None:
    """Non-blank lines (the JSON Lines reader skips blank ones), or None past the deadline."""
    n = 0
    with open(path, "rb") as fh:
        for i, line in enumerate(fh):
            if line.strip():
                n += 1
            if i % 100_000 == 0 and time.monotonic() > deadline:
                return None
    return n


def count_records(
    paths: Sequence[str], options: ReadOptions, max_seconds: float = 2.0
) -> int | None:
    """The number of records (done, duplicate or rejected) the build will count, or None."""
    deadline = time.monotonic() + max_seconds
    total = 0
    for path in paths:
        for f in _files(path):
            if time.monotonic() > deadline:
                return None
            _, fmt, gz, _ = split_name(os.path.basename(f))
            fmt = options.format or fmt
            if fmt is None or fmt in _ONE_RECORD:
                total += 1
            elif fmt == "jsonl" and not gz:
                try:
                    n = _lines(f, deadline)
                except OSError:
                    n = 1  # it will be one rejection
                if n is None:
                    return None
                total += max(n, 1)
            else:
                return None
    return total
