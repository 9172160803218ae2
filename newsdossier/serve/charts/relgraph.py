"""The relation graph of one entity: who leads it, what it is a wing of, its allies.

Layout: the entity in the middle; entities that point at it (X leader_of it)
on the left, entities it points at (it wing_of Y) on the right, one row each,
so names are never drawn over one another and are never cut (a long name
wraps onto more lines and its row grows).  Each edge leaves its node
horizontally, with the relation type written above that stretch, then bends
to the centre.  A node links to that entity's page, an edge label to the
first sentence that states the relation.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from .base import Chart, colour, text_width, wrap

__all__ = ["relation_graph"]

_FONT = 13
_EDGE_FONT = 11
_LINE_PX = 16
_ROW_GAP_PX = 22
_MAX_ROWS = 18
_NAME_MAX_PX = 220
_EDGE_MAX_PX = 130
_CENTRE_MAX_PX = 200
_SLOPE_PX = 56
_MARGIN = 14


def _rows(relations: Sequence[dict[str, Any]], me: str, outgoing: bool) -> list[dict[str, Any]]:
    rows: dict[str, dict[str, Any]] = {}
    for r in relations:
        mine, other = ("subject", "object") if outgoing else ("object", "subject")
        if r.get(mine) != me or not r.get(other) or r.get(other) == me:
            continue
        row = rows.setdefault(
            r[other], {"id": r[other], "name": r.get(f"{other}_name") or r[other], "edges": []}
        )
        row["edges"].append(r)
    out = sorted(rows.values(), key=lambda r: (str(r["edges"][0].get("type")), str(r["name"])))
    for row in out:
        row["lines"] = wrap(str(row["name"]), _NAME_MAX_PX, _FONT)
        row["w"] = max(text_width(ln, _FONT) for ln in row["lines"])
        types = dict.fromkeys(str(e.get("type")).replace("_", " ") for e in row["edges"])
        row["edge_lines"] = wrap(", ".join(types), _EDGE_MAX_PX, _EDGE_FONT)
        row["edge_w"] = max(text_width(ln, _EDGE_FONT) for ln in row["edge_lines"])
        row["h"] = max(len(row["lines"]) * _LINE_PX, len(row["edge_lines"]) * 14 + 10) + _ROW_GAP_PX
    return out


def relation_graph(entity: dict[str, Any], relations: Sequence[dict[str, Any]]) -> Chart | None:
    """The chart, or None when the entity has no relation.  ``relations`` are the
    export records with ``subject_name``/``object_name`` filled in."""
    me = entity["id"]
    left, right = _rows(relations, me, outgoing=False), _rows(relations, me, outgoing=True)
    if not left and not right:
        return None
    hidden = max(0, len(left) - _MAX_ROWS) + max(0, len(right) - _MAX_ROWS)
    left, right = left[:_MAX_ROWS], right[:_MAX_ROWS]
    types = sorted({str(e.get("type")) for row in left + right for e in row["edges"]})
    centre_lines = wrap(str(entity["name"]), _CENTRE_MAX_PX, _FONT + 1)
    centre_w = max(text_width(ln, _FONT + 1) for ln in centre_lines) + 24
    centre_h = len(centre_lines) * _LINE_PX + 14

    def side_w(rows: list[dict[str, Any]]) -> float:
        if not rows:
            return 0.0
        return float(
            _MARGIN
            + max(r["w"] for r in rows)
            + 10
            + max(r["edge_w"] for r in rows)
            + 20
            + _SLOPE_PX
        )

    wl, wr = side_w(left), side_w(right)
    width = int(max(700, wl + centre_w + wr + 2 * _MARGIN))
    cx = wl + _MARGIN + centre_w / 2 + (width - (wl + centre_w + wr + 2 * _MARGIN)) / 2
    height = int(max(sum(r["h"] for r in left), sum(r["h"] for r in right), centre_h + 30) + 10)
    cy = height / 2
    chart = Chart("relgraph", width, height, "")
    box_l, box_r = cx - centre_w / 2, cx + centre_w / 2
    for side, rows in (("left", left), ("right", right)):
        if not rows:
            continue
        name_w = max(r["w"] for r in rows)
        edge_w = max(r["edge_w"] for r in rows)
        y = (height - sum(r["h"] for r in rows)) / 2
        for row in rows:
            ry = y + row["h"] / 2
            y += row["h"]
            if side == "left":
                nx = _MARGIN + name_w + 10
                bend, end = nx + 10 + edge_w + 20, box_l
            else:
                nx = width - _MARGIN - name_w - 10
                bend, end = nx - 10 - edge_w - 20, box_r
            fill = colour(str(row["edges"][0].get("type")), types)
            edge = chart.add("path", "edge", d=f"M{nx:.1f},{ry:.1f} L{bend:.1f},{ry:.1f} L{end:.1f},{cy:.1f}",
                             stroke=fill)  # fmt: skip
            label = ", ".join(row["edge_lines"])
            edge.tip = f"{row['name']} — {label}"
            if side == "left":  # X -> entity: the head at the centre box
                _arrow(chart, (bend, ry), (end, cy), fill, 0)
            else:  # entity -> X: the head at X's node
                _arrow(chart, (bend, ry), (nx, ry), fill, 8)
            ev = next(
                (x for e in row["edges"] for x in e.get("evidence") or () if x.get("doc")), None
            )
            lx = nx + 10 if side == "left" else nx - 10
            t = chart.add("text", "edge-label", x=lx, y=ry - 6 - (len(row["edge_lines"]) - 1) * 14,
                          text_anchor="start" if side == "left" else "end")  # fmt: skip
            t.lines = row["edge_lines"]
            if ev:
                t.href = f"/documents/{quote(str(ev['doc']), safe='')}?span={ev['start']}-{ev['end']}#evidence"
            t.tip = f"{label}: the link opens the first sentence that states it"
            dot = chart.add("circle", "node", cx=nx, cy=ry, r=6, fill=fill)
            dot.href = f"/entities/{quote(str(row['id']), safe='')}"
            dot.tip = str(row["name"])
            name = chart.add("text", "node-label", x=nx - 10 if side == "left" else nx + 10,
                             y=ry + 4 - (len(row["lines"]) - 1) * _LINE_PX / 2,
                             text_anchor="end" if side == "left" else "start")  # fmt: skip
            name.lines, name.href, name.tip = row["lines"], dot.href, str(row["name"])
    chart.add("rect", "centre", x=box_l, y=cy - centre_h / 2, width=centre_w, height=centre_h, rx=6)
    t = chart.add(
        "text", "centre-label", x=cx, y=cy - centre_h / 2 + 7 + _LINE_PX - 3, text_anchor="middle"
    )
    t.lines = centre_lines
    chart.label = (
        f"Relations of {entity['name']}: {len(left)} entities point at it (left), "
        f"it points at {len(right)} (right)"
    )
    if hidden:
        chart.notes.append(f"{hidden} more related entities are in the table below.")
    return chart


def _arrow(
    chart: Chart, start: tuple[float, float], end: tuple[float, float], fill: str, short: float
) -> None:
    """A head on the segment start -> end, its tip ``short`` px before ``end``."""
    dx, dy = end[0] - start[0], end[1] - start[1]
    length = max((dx * dx + dy * dy) ** 0.5, 1e-6)
    ux, uy = dx / length, dy / length
    tx, ty = end[0] - ux * short, end[1] - uy * short
    bx, by = tx - ux * 9, ty - uy * 9
    px, py = -uy * 4.5, ux * 4.5
    chart.add("path", "arrow", d=f"M{tx:.1f},{ty:.1f} L{bx + px:.1f},{by + py:.1f} L{bx - px:.1f},{by - py:.1f} Z",
              fill=fill)  # fmt: skip
