"""Stacked horizontal bars: framing techniques per outlet (or per actor).

One row per group (an outlet), one segment per key (a technique), colours in
the legend above.  Names are wrapped, never cut; the row grows with them.
Segments link to the evidence list of that group; values are in the tooltip
and the total is written after the bar.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from .base import Chart, colour, text_width, wrap

__all__ = ["stacked_bars"]

WIDTH = 1100
_FONT = 12
_NAME_MAX_PX = 240
_LINE_PX = 15
_BAR_PX = 16
_MARGIN = 10


def stacked_bars(
    rows: Sequence[dict[str, Any]], keys: Sequence[str], unit: str, label: str
) -> Chart | None:
    """``rows``: ``[{"name", "href", "values": {key: number}, "hrefs": {key: url}?}]``."""
    rows = [r for r in rows if any(v > 0 for v in r["values"].values())]
    if not rows:
        return None
    keys = [k for k in keys if any(r["values"].get(k, 0) > 0 for r in rows)]
    chart = Chart("bars", WIDTH, 0, label)
    # legend: swatch + key, wrapped into lines
    x, y = float(_MARGIN), float(_MARGIN + 10)
    for k in keys:
        w = 14 + text_width(k, _FONT) + 18
        if x + w > WIDTH - _MARGIN:
            x, y = _MARGIN, y + 20
        chart.add("rect", "swatch", x=x, y=y - 9, width=10, height=10, fill=colour(k, list(keys)))
        chart.label_text(x + 14, y, k.replace("_", " "), "legend-label")
        x += w
    y += 18
    for r in rows:
        r["lines"] = wrap(str(r["name"]), _NAME_MAX_PX, _FONT)
    name_w = max(text_width(ln, _FONT) for r in rows for ln in r["lines"]) + 12
    total_w = max(text_width(_total(r, unit), _FONT) for r in rows) + 10
    bar_x = _MARGIN + name_w
    bar_max = WIDTH - bar_x - total_w - _MARGIN
    top = max(sum(r["values"].values()) for r in rows)
    for r in rows:
        h = max(len(r["lines"]) * _LINE_PX, _BAR_PX) + 10
        cy = y + h / 2
        t = chart.add("text", "row-label", x=bar_x - 10, y=cy + 4 - (len(r["lines"]) - 1) * _LINE_PX / 2,
                      text_anchor="end")  # fmt: skip
        t.lines, t.href, t.tip = r["lines"], r.get("href"), str(r["name"])
        x = bar_x
        for k in keys:
            v = r["values"].get(k, 0)
            if v <= 0:
                continue
            w = v / top * bar_max
            seg = chart.add("rect", "seg", x=x, y=cy - _BAR_PX / 2, width=max(w, 1), height=_BAR_PX,
                            fill=colour(k, list(keys)))  # fmt: skip
            seg.tip = f"{r['name']}: {k.replace('_', ' ')} {v:.3g} {unit}"
            seg.href = (r.get("hrefs") or {}).get(k) or r.get("href")
            x += w
        chart.label_text(x + 6, cy + 4, _total(r, unit), "total-label")
        y += h
    chart.height = int(y + _MARGIN)
    return chart


def _total(row: dict[str, Any], unit: str) -> str:
    total = sum(row["values"].values())
    if total == 1 and " " not in unit and unit.endswith("s"):
        unit = unit[:-1]
    return f"{total:.3g} {unit}" if isinstance(total, float) else f"{total} {unit}"
