"""Request text -> FTS5 query: quoted tokens only, so MATCH never sees syntax (issue 7)."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsdossier.serve.fts import fts_query, like_pattern, normalize_query

CASES = [
    ("camp sarv", '"camp" "sarv"'),
    ('say "hello"', '"say" "hello"'),
    ("NEAR(a b)", '"NEAR" "a" "b"'),
    ("title:camp", '"title" "camp"'),
    ("terror*", '"terror"*'),
    ("a*", '"a"'),  # one-letter prefixes would match half the index
    ("AND OR NOT", '"AND" "OR" "NOT"'),
    ("Mohammad's", '"Mohammad\'s"'),
    ("U.S.", '"U.S"'),
    ("***", None),
    ("", None),
    ("مجاهدين خلق", '"مجاهدين" "خلق"'),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_fts_query_cases(text: str, expected: str | None) -> None:
    assert fts_query(text) == expected


def test_fts_normalize_drops_controls_and_caps() -> None:
    assert normalize_query("a\u202eb\x00c\n d", 100) == "abc d"
    assert len(normalize_query("x" * 500, 200)) == 200


def test_fts_like_pattern_escapes_wildcards() -> None:
    assert like_pattern("50%_a\\") == "%50\\%\\_a\\\\%"


@pytest.fixture(scope="module")
def fts() -> sqlite3.Connection:
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE t USING fts5(text)")
    con.execute("INSERT INTO t VALUES ('the camp was closed')")
    return con


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80))
def test_fts_any_text_is_a_valid_match(fts: sqlite3.Connection, text: str) -> None:
    query = fts_query(normalize_query(text, 200))
    if query is not None:
        fts.execute("SELECT count(*) FROM t WHERE t MATCH ?", (query,)).fetchone()
