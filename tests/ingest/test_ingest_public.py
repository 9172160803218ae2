"""The public surface of newsdossier.ingest, its code table, and robustness on any bytes."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsdossier.ingest as ingest
from newsdossier.ingest import FORMATS, REJECTION_CODES, SKIPPED, ReadOptions, read_paths
from newsdossier.model import RawRecord, Rejection


def test_ingest_all_is_sorted_and_resolvable() -> None:
    assert ingest.__all__ == sorted(ingest.__all__)
    for name in ingest.__all__:
        assert getattr(ingest, name) is not None


def test_ingest_docstring_lists_every_code_with_its_meaning() -> None:
    assert ingest.__doc__ is not None
    documented = dict(re.findall(r"^\s+(E1\d\d)  (.+)$", ingest.__doc__, re.M))
    assert documented == REJECTION_CODES
    assert list(REJECTION_CODES) == [f"E{n}" for n in range(101, 120)] + ["E150"]  # issue 17
    assert SKIPPED == "E109"


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=400),
        st.text(alphabet=st.sampled_from('{}[]",:\n\r\\ab1 <p>é\x00'), max_size=300).map(
            str.encode
        ),
    ),
    suffix=st.sampled_from(
        [".txt", ".html", ".jsonl", ".json", ".csv", ".tsv", ".warc", ".txt.gz"]
    ),
)
def test_ingest_any_bytes_never_raise(tmp_path: Path, data: bytes, suffix: str) -> None:
    path = tmp_path / f"fuzz{suffix}"
    path.write_bytes(data)
    for item in read_paths([str(path)], ReadOptions()):
        assert isinstance(item, RawRecord | Rejection)
        if isinstance(item, Rejection):
            assert item.code in REJECTION_CODES and item.reason
        else:
            assert item.content.strip() and item.format in ("text", "html")


def test_ingest_formats_constant() -> None:
    assert FORMATS == ("text", "html", "jsonl", "csv", "tsv", "warc")


@pytest.mark.parametrize("fmt", FORMATS)
def test_ingest_forced_format_on_a_folder(tmp_path: Path, fmt: str) -> None:
    (tmp_path / "x.bin").write_bytes(b'{"text": "Ferry news from Port Veltra."}\n')
    items = list(read_paths([str(tmp_path)], ReadOptions(format=fmt)))
    assert len(items) >= 1 and all(isinstance(i, RawRecord | Rejection) for i in items)
