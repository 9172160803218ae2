"""Multi-record files stream: peak memory does not grow with the file's size."""

from __future__ import annotations

import gzip
import json
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest

from newsdossier.ingest import ReadOptions, read_paths
from newsdossier.model import RawRecord

PARAGRAPH = "The harbour council of Port Veltra met again on the ferry question; " * 12


def _jsonl(n: int) -> bytes:
    return "".join(
        json.dumps({"id": f"a{i}", "title": f"Ferry {i}", "content": f"{i} {PARAGRAPH}"}) + "\n"
        for i in range(n)
    ).encode()


def _csv(n: int) -> bytes:
    rows = "".join(f'a{i},Ferry {i},"{i} {PARAGRAPH}\n\nSecond paragraph."\n' for i in range(n))
    return ("id,title,content\n" + rows).encode()


def _peak_while_reading(path: Path) -> tuple[int, int]:
    tracemalloc.start()
    try:
        count = 0
        for item in read_paths([str(path)], ReadOptions()):
            assert isinstance(item, RawRecord), item
            count += 1  # the caller keeps nothing: that is what a streaming caller does
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


# (file name, content maker, compress?)
CASES = [("feed.jsonl", _jsonl, False), ("table.csv", _csv, False), ("feed.jsonl.gz", _jsonl, True)]


@pytest.mark.parametrize(("name", "make", "compress"), CASES)
def test_streaming_peak_memory_is_flat(
    tmp_path: Path, name: str, make: Callable[[int], bytes], compress: bool
) -> None:
    peaks = []
    for n in (1_000, 8_000):  # about 1 MB and 8 MB of records
        data = make(n)
        path = tmp_path / f"{n}-{name}"
        path.write_bytes(gzip.compress(data, compresslevel=1) if compress else data)
        count, peak = _peak_while_reading(path)
        assert count == n
        peaks.append(peak)
    small, large = peaks
    # Measured: both peaks are a few hundred KB (one 64 KB chunk, its decoded
    # text and a record).  Reading the whole file would make `large` ~8x `small`.
    assert large < small * 1.5 + 256 * 1024, (small, large)
    assert large < 2 * 1024 * 1024
