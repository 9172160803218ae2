"""The functions the templates call for the macros ``t``, ``ev``, ``when``, ``entity_link``
and ``source_link`` of _macros.html (issue 18: ~5,000 macro calls on a most mentioned
organisation's page) write what those macros wrote, byte for byte, whatever the values
hold: every value escaped, bidi controls shown, missing values (None, undefined) as the
macros showed them."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.serve.app import make_templates

pytestmark = pytest.mark.issue(18)

_ENV = make_templates()
# the macros as _macros.html defined them before the functions replaced them
_MACROS = (
    "{% macro t(value) %}<bdi>{{ value|show }}</bdi>{% endmacro %}"
    '{% macro ev(doc, start, end, label="evidence") %}<a class="ev" href="/documents/'
    '{{ doc|urlencode }}?span={{ start }}-{{ end }}#evidence">{{ label }}</a>{% endmacro %}'
    "{% macro when(value, precision) %}<time class=\"date prec-{{ precision or 'unknown' }}\""
    " title=\"precision: {{ precision or 'unknown' }}\">{{ value|date(precision) }}</time>"
    "{% endmacro %}"
    '{% macro entity_link(id, name) %}{% if id %}<a href="/entities/{{ id|urlencode }}">'
    '{{ t(name or id) }}</a>{% else %}<span class="muted">—</span>{% endif %}{% endmacro %}'
    '{% macro source_link(outlet) %}{% if outlet %}<a href="/source?outlet='
    '{{ outlet|urlencode }}">{{ t(outlet) }}</a>{% else %}<span class="muted">(no outlet)'
    "</span>{% endif %}{% endmacro %}"
)
_CALLS = (
    "{{ t(a) }}|{{ t(x.missing) }}|{{ ev(a, b, c) }}|{{ ev(a, b, c, d) }}|{{ ev(x.m, x.n, x.o) }}"
    "|{{ when(a, b) }}|{{ when(d, c) }}|{{ when(x.m, x.n) }}"
    "|{{ entity_link(a, b) }}|{{ entity_link(a, x.m) }}|{{ entity_link(x.m, b) }}"
    "|{{ entity_link(c) }}|{{ source_link(a) }}|{{ source_link(x.m) }}|{{ source_link(d) }}"
)
_OLD = _ENV.from_string(_MACROS + _CALLS)
_NEW = _ENV.from_string(
    '{% from "_macros.html" import t, ev, when, entity_link, source_link %}' + _CALLS
)

_TEXT = st.text() | st.text(alphabet="ab19-_ /&<>\"'%#?\u202e\u2066\u200f")
_DATE = st.sampled_from(["2012", "2012-05", "2012-05-07", "196", "2012-05-07T10:00", ""]) | _TEXT
_PRECISION = st.sampled_from(["day", "month", "year", "decade", "century", "range", "unknown"])
_VALUE = _TEXT | st.none() | st.integers() | _DATE | _PRECISION


@given(a=_VALUE, b=_VALUE | _PRECISION, c=_VALUE, d=_VALUE | _DATE)
def test_same_bytes_as_the_macros(a: Any, b: Any, c: Any, d: Any) -> None:
    values = {"a": a, "b": b, "c": c, "d": d, "x": {}}
    assert _NEW.render(**values) == _OLD.render(**values)


def test_hostile_values_are_escaped() -> None:
    html = _NEW.render(a='<b>"x"&\u202e', b=1, c=2, d="2012-05", x={})
    assert html.startswith("<bdi>&lt;b&gt;&#34;x&#34;&amp;⟨U+202E⟩</bdi>|<bdi></bdi>|")
    assert '<a class="ev" href="/documents/%3Cb%3E%22x%22%26%E2%80%AE?span=1-2#evidence">' in html


# the relations table's rows as entity.html wrote them before the relation_rows filter
_ROWS_OLD = _ENV.from_string(
    '{% from "_macros.html" import ev, entity_link %}{% for r in relations %}\n'
    "<tr><td>{{ entity_link(r.subject, r.subject_name) }}</td><td><code>{{ r.type }}</code>"
    "</td><td>{{ entity_link(r.object, r.object_name) }}</td>\n"
    "<td>{% for x in (r.evidence or [])[:shown] %}{{ ev(x.doc, x.start, x.end, loop.index) }}"
    ' {% endfor %}{% if r.evidence and r.evidence|length > shown %}<a class="ev-more"'
    ' href="/entities/{{ eid|urlencode }}/relations">and {{ r.evidence|length - shown }}'
    " more</a>{% endif %}</td></tr>\n{% endfor %}\n"
)
_ROWS_NEW = _ENV.from_string("{{ relations|relation_rows(eid, shown) }}")
_ID = _TEXT | st.none()
_RELATION = st.fixed_dictionaries(
    {
        "subject": _ID, "subject_name": _ID, "object": _ID, "object_name": _ID,
        "type": _TEXT | st.none(),
        "evidence": st.lists(
            st.fixed_dictionaries(
                {"doc": _TEXT, "start": st.integers(0, 10**6), "end": st.integers(0, 10**6)}
            ),
            max_size=8,
        ),
    }
)  # fmt: skip


@given(relations=st.lists(_RELATION, max_size=4), eid=_TEXT, shown=st.integers(0, 6))
def test_relation_rows_same_bytes_as_the_template(
    relations: list[dict[str, Any]], eid: str, shown: int
) -> None:
    values = {"relations": relations, "eid": eid, "shown": shown}
    assert _ROWS_NEW.render(**values) == _ROWS_OLD.render(**values)


# the disputes list as entity.html wrote it before the dispute_items filter
_DISPUTES_OLD = _ENV.from_string(
    '{% from "_macros.html" import t, ev %}<ul>\n{% for c in disputes %}\n'
    '<li><strong>{{ t(c.attribute) }}</strong>: {% for v in c["values"] %}<span class="value">'
    "{{ t(v) }}</span>{% if not loop.last %} vs {% endif %}{% endfor %}\n"
    '{% for cl in c.claim_records %} · {{ ev(cl.doc, cl.start, cl.end, "claim " ~ loop.index) }}'
    '{% endfor %}{% if c.copies %} <span class="muted">· the same pair in {{ c.copies|length }}'
    ' more cop{{ "y" if c.copies|length == 1 else "ies" }} of the article</span>{% endif %}</li>\n'
    "{% endfor %}\n</ul>"
)
_DISPUTES_NEW = _ENV.from_string("<ul>\n{{ disputes|dispute_items }}</ul>")
_DISPUTE = st.fixed_dictionaries(
    {
        "attribute": _VALUE, "values": st.lists(_VALUE, max_size=3),
        "claim_records": st.lists(
            st.fixed_dictionaries(
                {"doc": _TEXT, "start": st.integers(0, 10**6), "end": st.integers(0, 10**6)}
            ),
            max_size=4,
        ),
        "copies": st.none() | st.lists(st.integers(), max_size=3),
    }
)  # fmt: skip


@given(disputes=st.lists(_DISPUTE, max_size=4))
def test_dispute_items_same_bytes_as_the_template(disputes: list[dict[str, Any]]) -> None:
    values = {"disputes": disputes}
    assert _DISPUTES_NEW.render(**values) == _DISPUTES_OLD.render(**values)
