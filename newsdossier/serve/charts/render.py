"""A chart's marks as SVG markup, written in Python (issue 18).

The same markup the ``mark`` macro of ``templates/_charts.html`` wrote, one
element per :class:`~.base.Mark`, with every attribute value and text escaped
(``markupsafe.escape``, what Jinja's autoescape calls) and bidi controls made
visible in tooltips and labels (``show_controls``, the templates' ``show``
filter).  Measured with benchmarks/bench_web_scale.py: a time axis of ~1,500
marks took 115 ms to render through one macro call per mark (Jinja's macro call
and its loop context) on a loaded machine, most of the overview page.
"""

from __future__ import annotations

import functools
import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from markupsafe import Markup, escape

from ..highlight import show_controls
from .base import Chart, Mark

__all__ = ["same_inputs", "svg_marks"]


@functools.lru_cache(maxsize=256)
def _name(name: str) -> str:
    """An element's or attribute's name escaped, once per name: the few names of the
    chart code (``circle``, ``cx``, ...) were escaped again for each of a time axis's
    ~2,000 marks, a third of its escapes (issue 18: an entity's timeline at 100k)."""
    return str(escape(name))


def _mark(m: Mark, out: list[str]) -> None:
    if m.href:
        out.append(f'<a href="{escape(m.href)}">')
    el = _name(m.el)
    out.append(f"<{el}")
    if m.cls:
        out.append(f' class="{escape(m.cls)}"')
    for k, v in m.attrs.items():
        # a number cannot hold markup (most attributes are coordinates)
        value = v if type(v) in (int, float) else escape(v)
        out.append(f' {_name(k)}="{value}"')
    out.append(">")
    if m.tip:
        out.append(f"<title>{escape(show_controls(m.tip))}</title>")
    if m.lines:
        x = escape(m.attrs.get("x", ""))
        for i, line in enumerate(m.lines):
            dy = ' dy="1.25em"' if i else ""
            out.append(f'<tspan x="{x}"{dy}>{escape(show_controls(line))}</tspan>')
    elif m.text is not None:
        out.append(str(escape(show_controls(m.text))))
    out.append(f"</{el}>")
    if m.href:
        out.append("</a>")


def svg_marks(chart: Chart) -> Markup:
    """Every mark of ``chart``, escaped, as one piece of markup (the markup of a chart
    :func:`same_inputs` returned again is written once)."""
    with _lock:
        hit = _written.get(id(chart))
    if hit is not None and hit[0] is chart:
        return hit[1]
    out: list[str] = []
    for m in chart.marks:
        _mark(m, out)
    markup = Markup("".join(out))
    if any(chart is c for c, _ in _memo.values()):
        with _lock:
            _written[id(chart)] = (chart, markup)
            while len(_written) > _KEEP:
                _written.popitem(last=False)
    return markup


# A chart drawn from the very same data objects is the same chart: the corpus-wide
# data a page draws (its time axis's events and publications) come from caches kept
# per store version (serve/sections.per_version), so until the next commit every
# overview draws the same objects.  Keyed by identity, holding the objects (an id is
# never reused while its object is held); a few entries, in use order.
_KEEP = 8
_lock = threading.Lock()
_memo: OrderedDict[tuple[Any, ...], tuple[Chart | None, tuple[Any, ...]]] = OrderedDict()
_written: OrderedDict[int, tuple[Chart, Markup]] = OrderedDict()


def same_inputs(layout: Callable[..., Chart | None]) -> Callable[..., Chart | None]:
    """``layout`` (a chart function), answered from memory when called again with the
    very same list objects and equal other arguments."""

    def cached(*args: Any) -> Chart | None:
        key = (layout.__name__, *(id(a) if isinstance(a, list) else a for a in args))
        with _lock:
            hit = _memo.get(key)
        if hit is not None and all(
            x is y if isinstance(y, list) else x == y for x, y in zip(hit[1], args, strict=True)
        ):
            with _lock:
                _memo.move_to_end(key)
            return hit[0]
        chart = layout(*args)
        with _lock:
            _memo[key] = (chart, args)
            while len(_memo) > _KEEP:
                _memo.popitem(last=False)
        return chart

    return cached
