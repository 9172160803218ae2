"""Outlet x outlet text reuse as a matrix: who shares passages first published by whom.

Row R, column C counts the passages R published after C had published them
(the pair's publication dates decide the direction).  Pairs published the
same day, or with a date missing, have no direction: they are counted on both
sides of the diagonal in a lighter cell ("same day or undated", olive).  A cell links
to the list of those passages, each with both sides' evidence.  Column names
are written vertically so that neighbours never overlap; no name is shortened.
"""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import urlencode

from .base import Chart, text_width

__all__ = ["reuse_matrix"]

_CELL = 34
_FONT = 12
_MARGIN = 12


def reuse_matrix(
    outlets: Sequence[str],
    directed: dict[tuple[str, str], int],
    undirected: dict[tuple[str, str], int],
) -> Chart | None:
    """``directed[(later, first)]`` and ``undirected[(a, b)]`` (a < b) passage counts.
    A cell with both shows the directed count (its tooltip gives both)."""
    if not outlets or not (directed or undirected):
        return None
    n = len(outlets)
    row_w = max(text_width(o, _FONT) for o in outlets) + 14
    col_h = max(text_width(o, _FONT) for o in outlets) + 14
    x0 = _MARGIN + max(row_w, text_width("published later ↓", 11) + 14)
    y0 = _MARGIN + col_h + 20
    title = "published first →"
    width = int(x0 + max(n * _CELL, text_width(title, 11)) + _MARGIN + 10)
    height = int(y0 + n * _CELL + 30)
    chart = Chart("reuse", width, height, "")
    top = max([*directed.values(), *undirected.values(), 1])
    chart.label_text(x0, _MARGIN + 8, title, "axis-title", "start")
    t = chart.label_text(x0 - 8, y0 - 8, "published later ↓", "axis-title", "end")
    t.tip = "rows: the outlet that published the passage later"
    for i, name in enumerate(outlets):
        cy = y0 + i * _CELL + _CELL / 2
        row = chart.label_text(x0 - 8, cy + 4, name, "row-label", "end")
        row.href = "/source?" + urlencode({"outlet": name})
        cx = x0 + i * _CELL + _CELL / 2
        col = chart.label_text(cx + 4, y0 - 8, name, "col-label", "start",
                               transform=f"rotate(-90 {cx + 4:.1f} {y0 - 8:.1f})")  # fmt: skip
        col.href = row.href
    for i, later in enumerate(outlets):
        for j, first in enumerate(outlets):
            x, y = x0 + j * _CELL, y0 + i * _CELL
            d = directed.get((later, first), 0)
            u = undirected.get((min(later, first), max(later, first)), 0)
            cls = "cell diag" if i == j else "cell"
            if not d and not u:
                chart.add("rect", cls + " empty", x=x, y=y, width=_CELL - 2, height=_CELL - 2)
                continue
            share = (d or u) / top
            m = chart.add("rect", cls + (" undirected" if not d else ""), x=x, y=y, width=_CELL - 2,
                          height=_CELL - 2, fill_opacity=round(0.18 + 0.82 * share, 2))  # fmt: skip
            m.href = "/reuse?" + urlencode({"later": later, "first": first})
            parts = []
            if d:
                parts.append(f"{later} published {d} passage{'s' if d != 1 else ''} after {first}")
            if u:
                parts.append(f"{u} shared the same day or undated")
            m.tip = "; ".join(parts)
            label = str(d or u)
            lbl = chart.label_text(x + (_CELL - 2) / 2, y + _CELL / 2 + 3, label,
                                   "cell-label" + (" on-dark" if share > 0.55 else ""), "middle")  # fmt: skip
            lbl.href, lbl.tip = m.href, m.tip
    chart.label = f"Text reuse between {n} outlets: rows published later than columns"
    if undirected:
        chart.notes.append(
            "An olive cell counts passages whose order is unknown (same day or a date"
            " missing); they are counted on both sides of the diagonal."
        )
    return chart
