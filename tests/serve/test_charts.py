"""Chart layout (issue 20): precision drawn honestly, dense window, estimates, graph, matrix."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.serve.charts import (
    estimate_charts,
    numeric_range,
    relation_graph,
    reuse_matrix,
    stacked_bars,
    time_axis,
)
from newsdossier.serve.charts.base import interval, text_width, wrap

pytestmark = pytest.mark.issue(20)


@pytest.mark.parametrize(
    ("value", "precision", "end", "expected"),
    [
        ("1960", "decade", None, (1960.0, 1970.0)),
        ("0600", "century", None, (600.0, 700.0)),
        ("2012", "year", None, (2012.0, 2013.0)),
        ("2012-07", "month", None, (2012 + 182 / 366, 2012 + 213 / 366)),
        ("1997", "range", "2012", (1997.0, 2013.0)),
        (None, "unknown", None, None),
        ("garbage", "day", None, None),
    ],
)
def test_charts_interval_reads_the_stored_precision(
    value: str | None, precision: str, end: str | None, expected: tuple[float, float] | None
) -> None:
    got = interval(value, precision, end)
    if expected is None:
        assert got is None
    else:
        assert got is not None and got == pytest.approx(expected, abs=1e-3)


def test_charts_day_is_a_dot_and_decade_a_band() -> None:
    events = [
        {"type": "founding", "date": {"value": "1960", "precision": "decade"},
         "evidence": [{"doc": "d1", "start": 0, "end": 5}]},
        {"type": "attack", "date": {"value": "1965-03-14", "precision": "day"},
         "evidence": [{"doc": "d2", "start": 3, "end": 9}]},
        {"type": "meeting", "date": {"value": None, "precision": "unknown"}},
    ]  # fmt: skip
    chart = time_axis(events, [], focus="all")
    assert chart is not None
    bands = [m for m in chart.marks if m.el == "rect" and "ev-band" in m.cls]
    dots = [m for m in chart.marks if m.el == "circle" and "ev-dot" in m.cls]
    assert len(bands) == 1 and len(dots) == 1
    # the decade band spans ten years of the axis: nearly the whole plot here
    assert bands[0].attrs["width"] > 0.9 * (chart.width - 28)
    assert dots[0].href == "/documents/d2?span=3-9#evidence"
    assert any("1 undated" in n for n in chart.notes)


def test_charts_axis_opens_on_the_dense_period() -> None:
    pubs = [{"period": f"20{y}-0{m}", "documents": 3} for y in range(10, 18) for m in (1, 5, 9)]
    events = [
        {"type": "founding", "date": {"value": "0600", "precision": "century"}, "evidence": []},
        {"type": "attack", "date": {"value": "2012-02-17", "precision": "day"}, "evidence": []},
    ]
    chart = time_axis(events, pubs)
    assert chart is not None
    ticks = [m.text for m in chart.marks if m.cls == "tick-label" and m.text]
    assert "0600" in ticks  # the overview strip names the whole span's start...
    assert not any(t.startswith(("07", "08", "19")) for t in ticks)  # ...the axis only 2010s
    assert any("1 earlier" in n for n in chart.notes)
    assert chart.links and "start=0600" in chart.links[0]["href"]


def test_charts_estimates_mark_hedges_ranges_and_bounds() -> None:
    assert numeric_range({"normalized": "number:10000:"}) == (10000.0, None)
    assert numeric_range({"normalized": "number:0:1500"}) == (None, 1500.0)
    assert numeric_range({"normalized": "year:1977:1977"}) is None
    claims = [
        {"attribute": "member_count", "normalized": "number:400:400", "hedge": "reportedly",
         "date": "2011", "doc": "a", "start": 1, "end": 4, "value": "as few as 400"},
        {"attribute": "member_count", "normalized": "number:3000:5000", "date": "2013",
         "doc": "b", "start": 5, "end": 9, "value": "between 3,000 and 5,000"},
        {"attribute": "member_count", "normalized": "number:10000:", "date": "2014",
         "doc": "c", "start": 0, "end": 2, "value": "more than 10,000"},
    ]  # fmt: skip
    (est,) = estimate_charts(claims)
    marks = est["chart"].marks
    assert [p["n"] for p in est["points"]] == [1, 2, 3]
    assert sum("hedged" in m.cls for m in marks if m.cls.startswith("pt")) == 1
    assert any(m.el == "line" and m.cls.startswith("range") for m in marks)
    assert any("bound" in m.cls for m in marks)
    assert "logarithmic" in est["chart"].label  # 400 .. 10,000: more than x20
    assert {m.href for m in marks if m.href} >= {"/documents/a?span=1-4#evidence"}


def test_charts_relation_graph_wraps_names_and_never_cuts_them() -> None:
    long_name = "The Brigades of the People's Liberation Movement of a Very Long Place Name"
    rels = [
        {"subject": "x", "type": "leader_of", "object": "me", "subject_name": "Parvaneh Navazei",
         "evidence": [{"doc": "d", "start": 0, "end": 9}]},
        {"subject": "me", "type": "wing_of", "object": "y", "object_name": long_name},
    ]  # fmt: skip
    chart = relation_graph({"id": "me", "name": "NCZR"}, rels)
    assert chart is not None
    labels = [m for m in chart.marks if m.cls == "node-label"]
    assert {" ".join(m.lines or []) for m in labels} == {"Parvaneh Navazei", long_name}
    left = next(m for m in labels if m.lines == ["Parvaneh Navazei"])
    assert left.attrs["text-anchor"] == "end" and left.href == "/entities/x"
    assert relation_graph({"id": "me", "name": "NCZR"}, []) is None


def test_charts_reuse_matrix_and_bars() -> None:
    chart = reuse_matrix(["A", "B"], {("B", "A"): 3}, {})
    assert chart is not None
    cell = next(m for m in chart.marks if m.href and m.el == "rect")
    assert cell.href == "/reuse?later=B&first=A"
    assert reuse_matrix([], {}, {}) is None
    bars = stacked_bars(
        [{"name": "Outlet", "values": {"Doubt": 1}}], ["Doubt", "Slogans"], "spans", "x"
    )
    assert bars is not None
    assert [m.text for m in bars.marks if m.cls == "total-label"] == ["1 span"]


def test_charts_wrap_keeps_every_character() -> None:
    text = "Supercalifragilisticexpialidocious Organisation of the Northern Territories"
    lines = wrap(text, 120, 13)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")
    assert all(text_width(ln, 13) <= 120 for ln in lines[:-1])


def test_charts_pages_render_svg_with_escaped_text(client: TestClient) -> None:
    for path in ("/", "/timeline", "/sources", "/reuse"):
        html = client.get(path).text
        assert '<svg class="chart ' in html, path


_coord = st.floats(min_value=-50, max_value=900, allow_nan=False)


@given(
    st.lists(st.tuples(_coord, _coord, st.floats(0, 80), st.floats(0, 40)), max_size=40),
    st.tuples(_coord, _coord, st.floats(0, 80), st.floats(0, 40)),
)
def test_estimate_label_boxes_free_as_checking_every_box(
    placed: list[tuple[float, float, float, float]], probe: tuple[float, float, float, float]
) -> None:
    """Whether a label's box is free, asked of the boxes in its grid cells (issue 18), is
    what checking every box placed says."""
    from newsdossier.serve.charts.estimates import _Boxes

    def box(b: tuple[float, float, float, float]) -> tuple[float, float, float, float]:
        return (b[0], b[1], b[0] + b[2], b[1] + b[3])

    boxes = _Boxes()
    for b in placed:
        boxes.add(box(b))
    p = box(probe)
    want = all(
        p[2] <= b[0] or p[0] >= b[2] or p[3] <= b[1] or p[1] >= b[3] for b in map(box, placed)
    )
    assert boxes.free(p) == want


def test_charts_marks_names_escaped_once_each_same_markup() -> None:
    """Element and attribute names are escaped through a per-name cache (issue 18, 18ab):
    the markup is the one escaping each name every time wrote, odd names included."""
    from markupsafe import escape

    from newsdossier.serve.charts.base import Chart, Mark
    from newsdossier.serve.charts.render import svg_marks

    chart = Chart("t", 100, 10, "")
    chart.add("circle", "ev-dot", cx=1.25, cy=2, fill="#0072b2")
    chart.marks.append(Mark("te<x>t", {"a&b": 'say "Ivo"', "x": 3}, "c"))
    chart.marks[-1].text = "<Renk & Vellornia>"
    chart.add("circle", "ev-dot", cx=4.0, cy=2, fill="#e69f00")
    got = str(svg_marks(chart))
    assert got.count('<circle class="ev-dot"') == 2 and got.count("</circle>") == 2
    assert (
        f'<{escape("te<x>t")} class="c" {escape("a&b")}="{escape(chr(34).join(["say ", "Ivo", ""]))}" x="3">'
        in got
    )
    assert f"&lt;Renk &amp; Vellornia&gt;</{escape('te<x>t')}>" in got
    assert "<x>" not in got and "a&b" not in got
