"""The templates' ``evidence_links`` filter writes an event's evidence links as the loop
over the ``ev`` macro wrote them (issue 18: ~2,600 macro calls on a page of 50 merged
events), byte for byte, whatever the ids and offsets hold: every value escaped."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.serve.app import make_templates

pytestmark = pytest.mark.issue(18)

_ENV = make_templates()
# the templates' loop before the filter (entity.html, timeline.html)
_LOOP = _ENV.from_string(
    '{% from "_macros.html" import ev %}'
    '{% for y in items or [] %}{{ ev(y.doc, y.start, y.end, "evidence " ~ loop.index) }}'
    " {% endfor %}"
)
_FILTER = _ENV.from_string("{{ items|evidence_links }}")

_IDS = st.text() | st.text(alphabet="abc019_.~/-%&+ ?#=<>\"'")
_OFFSETS = st.integers(min_value=-5, max_value=10**9) | st.none() | st.text(max_size=5)
_ITEMS = st.lists(
    st.fixed_dictionaries({"doc": _IDS | st.none(), "start": _OFFSETS, "end": _OFFSETS}),
    max_size=12,
)


@given(_ITEMS)
def test_same_bytes_as_the_macro_loop(items: list[dict[str, Any]]) -> None:
    assert _FILTER.render(items=items) == _LOOP.render(items=items)


@pytest.mark.parametrize("items", [None, []])
def test_no_evidence_no_links(items: Any) -> None:
    assert _FILTER.render(items=items) == "" == _LOOP.render(items=items)


def test_hostile_id_is_escaped() -> None:
    html = _FILTER.render(items=[{"doc": 'a"b<c>&d', "start": 1, "end": 2}])
    assert html == (
        '<a class="ev" href="/documents/a%22b%3Cc%3E%26d?span=1-2#evidence">evidence 1</a> '
    )
