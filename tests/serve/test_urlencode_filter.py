"""The templates' ``urlencode`` filter answers a string that needs no quoting at once
(issue 18: ~1,100 links on an entity page); whatever the value, it gives what Jinja's own
filter gives."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from jinja2.filters import do_urlencode

from newsdossier.serve.app import _urlencode, make_templates

pytestmark = pytest.mark.issue(18)


@given(st.text() | st.text(alphabet="abcXYZ019_.~/-%&+ ?#=<>\"'"))
def test_same_as_jinja_for_any_text(value: str) -> None:
    assert _urlencode(value) == do_urlencode(value)


@pytest.mark.parametrize("value", [17, None, {"a": "b c"}, [("q", "x/y")]])
def test_same_as_jinja_for_other_values(value: Any) -> None:
    assert _urlencode(value) == do_urlencode(value)


def test_templates_use_it_and_escape_its_result() -> None:
    env = make_templates()
    assert env.filters["urlencode"] is _urlencode
    html = env.from_string('<a href="/x/{{ v|urlencode }}">').render(v='a"b<c>&d/e')
    assert html == '<a href="/x/a%22b%3Cc%3E%26d/e">'
