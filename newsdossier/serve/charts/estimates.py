"""Estimates over time: each claim of a quantity (members, residents, casualties)
is one point, placed at the claim's date, linked to its sentence.

The value is the claim's ``normalized`` reading (``number:LOW:HIGH`` from the
claims stage; HIGH or LOW empty for "more than" / "fewer than"): a range is a
bar from LOW to HIGH, an open bound an arrow, an exact figure a dot.  A hedged
claim ("reportedly", "is believed to") is a hollow marker.  The y scale turns
logarithmic when the values span more than a factor of 20 (one source's 800 and
another's 10,000 both stay readable).
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Sequence
from typing import Any
from urllib.parse import quote

from .base import Chart, interval, nice_step, text_width

__all__ = ["estimate_charts", "numeric_range"]

WIDTH = 1100
HEIGHT = 260
_FONT = 11
_TOP, _BOTTOM = 14, 34
_UNDATED_PX = 70
_UNDATED_MAX_PX = 320


def numeric_range(claim: dict[str, Any]) -> tuple[float | None, float | None] | None:
    """(low, high) of a quantity claim, None when it is not a number."""
    norm = claim.get("normalized")
    if not isinstance(norm, str) or not norm.startswith("number:"):
        return None
    parts = norm.split(":")
    try:
        lo = float(parts[1]) if len(parts) > 1 and parts[1] else None
        hi = float(parts[2]) if len(parts) > 2 and parts[2] else None
    except ValueError:
        return None
    if lo is not None and lo <= 0 and hi is not None:
        lo = None  # "fewer than 1,500" is read as 0..1500: an upper bound
    if lo is None and hi is None:
        return None
    return lo, hi


def _fmt(v: float) -> str:
    return f"{v:,.0f}" if v >= 1 or v == 0 else f"{v:g}"


def _claim_time(c: dict[str, Any]) -> float | None:
    value = c.get("date") or c.get("published")
    iv = interval(value, None) if isinstance(value, str) else None
    return (iv[0] + iv[1]) / 2 if iv else None


def estimate_charts(claims: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
    """One chart per numeric attribute: ``[{"attribute", "chart", "points"}]``, where
    ``points`` (numbered as on the chart) is the table the chart is drawn from."""
    by_attr: dict[str, list[tuple[dict[str, Any], tuple[float | None, float | None]]]] = {}
    for c in claims:
        rng = numeric_range(c)
        if rng is not None and c.get("attribute"):
            by_attr.setdefault(str(c["attribute"]), []).append((c, rng))
    out = []
    for attr, items in sorted(by_attr.items(), key=lambda kv: -len(kv[1])):
        items.sort(key=lambda it: (_claim_time(it[0]) is None, _claim_time(it[0]) or 0))
        points = [
            {"n": i + 1, "claim": c, "low": lo, "high": hi} for i, (c, (lo, hi)) in enumerate(items)
        ]
        out.append({"attribute": attr, "chart": _chart(attr, points), "points": points})
    return out


def _chart(attr: str, points: list[dict[str, Any]]) -> Chart:
    values = [v for p in points for v in (p["low"], p["high"]) if v is not None and v > 0]
    vmin, vmax = (min(values), max(values)) if values else (1.0, 10.0)
    log = vmax / max(vmin, 1e-9) > 20
    if log:
        y_lo, y_hi = 10 ** math.floor(math.log10(vmin)), 10 ** math.ceil(math.log10(vmax))
        if y_hi == y_lo:
            y_hi *= 10
    else:
        step = nice_step(vmax, 5)
        y_lo, y_hi = 0.0, math.ceil(vmax * 1.08 / step) * step
    ticks = _y_ticks(y_lo, y_hi, log)
    left = max(text_width(_fmt(t), _FONT) for t in ticks) + 14
    times = [t for p in points if (t := _claim_time(p["claim"])) is not None]
    n_undated = len(points) - len(times)
    has_undated = n_undated > 0
    # the undated column grows with its points (side by side, 18 px apart), up to a cap
    undated_px = min(_UNDATED_MAX_PX, max(_UNDATED_PX, 18 * n_undated + 24)) if has_undated else 0
    right = WIDTH - 16 - undated_px
    t_lo, t_hi = (min(times), max(times)) if times else (0.0, 1.0)
    if t_hi - t_lo < 1:
        t_lo, t_hi = math.floor(t_lo) - 0.5, math.floor(t_hi) + 1.5
    pad = (t_hi - t_lo) * 0.05
    t_lo, t_hi = t_lo - pad, t_hi + pad
    plot_bottom = HEIGHT - _BOTTOM

    def ty(v: float) -> float:
        if log:
            f = (math.log10(max(v, y_lo)) - math.log10(y_lo)) / (
                math.log10(y_hi) - math.log10(y_lo)
            )
        else:
            f = (v - y_lo) / (y_hi - y_lo)
        return plot_bottom - f * (plot_bottom - _TOP)

    def tx(t: float) -> float:
        return left + (t - t_lo) / (t_hi - t_lo) * (right - left)

    chart = Chart("estimates", WIDTH, HEIGHT, "")
    for t in ticks:
        chart.add("line", "grid", x1=left, y1=ty(t), x2=right, y2=ty(t))
        chart.label_text(left - 6, ty(t) + 4, _fmt(t), "tick-label", "end")
    chart.add("line", "axis", x1=left, y1=plot_bottom, x2=right, y2=plot_bottom)
    step_years = max(1, int(nice_step(t_hi - t_lo, 8)))
    year = math.ceil(t_lo)
    while year <= t_hi:
        if left + 12 < tx(year) < right - 12:
            chart.add("line", "tick", x1=tx(year), y1=plot_bottom, x2=tx(year), y2=plot_bottom + 5)
            chart.label_text(tx(year), plot_bottom + 18, str(year), "tick-label", "middle")
        year += step_years
    if has_undated:
        ux = right + undated_px / 2
        chart.add("line", "grid", x1=right + 8, y1=_TOP, x2=right + 8, y2=plot_bottom)
        chart.label_text(ux, plot_bottom + 18, "undated", "tick-label", "middle")
    used: dict[int, int] = {}
    undated_seen = 0
    placed: list[tuple[dict[str, Any], float, float, str, str]] = []
    boxes = _Boxes()  # markers first, then labels
    hedged = 0
    for p in points:
        c = p["claim"]
        t = _claim_time(c)
        if t is None:  # undated: next free place in the undated column, left to right
            step = min(18.0, (undated_px - 24) / max(n_undated - 1, 1))
            px = right + 20 + step * undated_seen
            undated_seen += 1
        else:  # same x -> spread sideways so that none hides another
            base_x = tx(t)
            slot = used.get(round(base_x / 10), 0)
            used[round(base_x / 10)] = slot + 1
            px = base_x + (0 if slot == 0 else (10 * ((slot + 1) // 2)) * (1 if slot % 2 else -1))
        lo, hi = p["low"], p["high"]
        hedge = bool(c.get("hedge"))
        hedged += hedge
        cls = "pt hedged" if hedge else "pt"
        src = (c.get("source") or {}).get("name") or "unattributed"
        tip = (
            f"#{p['n']} {c.get('value')!s} — {src}"
            + (f" ({c['hedge']})" if hedge else "")
            + f" · {c.get('outlet') or 'no outlet'} · {c.get('date') or c.get('published') or 'undated'}"
        )
        href = f"/documents/{quote(str(c.get('doc')), safe='')}?span={c.get('start')}-{c.get('end')}#evidence"
        if lo is not None and hi is not None and hi > lo:
            chart.add(
                "line", "range" + (" hedged" if hedge else ""), x1=px, y1=ty(hi), x2=px, y2=ty(lo)
            )
            py = ty(math.sqrt(lo * hi) if log and lo > 0 else (lo + hi) / 2)
            m = chart.add("circle", cls, cx=px, cy=py, r=5)
        elif hi is None and lo is not None:  # at least LOW: an arrow up from LOW
            py = ty(lo)
            m = chart.add(
                "path",
                cls + " bound",
                d=f"M{px - 6:.1f},{py + 4:.1f} L{px + 6:.1f},{py + 4:.1f} L{px:.1f},{py - 7:.1f} Z",
            )
        elif lo is None and hi is not None:  # at most HIGH: an arrow down from HIGH
            py = ty(hi)
            m = chart.add(
                "path",
                cls + " bound",
                d=f"M{px - 6:.1f},{py - 4:.1f} L{px + 6:.1f},{py - 4:.1f} L{px:.1f},{py + 7:.1f} Z",
            )
        else:
            py = ty(lo if lo is not None else hi or 0)
            m = chart.add("circle", cls, cx=px, cy=py, r=5)
        m.href, m.tip = href, tip
        boxes.add((px - 6, py - 7, px + 6, py + 7))
        placed.append((p, px, py, href, tip))
    # each point's number beside it, where it covers no marker and no other number
    for p, px, py, href, tip in placed:
        label = str(p["n"])
        w = text_width(label, 11)
        for dx, dy in ((9, 0), (-9 - w, 0), (-w / 2, -12), (-w / 2, 14), (16, 0), (-16 - w, 0)):
            box = (px + dx, py + dy - 8, px + dx + w, py + dy + 4)
            inside = box[0] >= 2 and box[2] <= WIDTH - 2 and box[1] >= 2 and box[3] <= HEIGHT - 2
            if inside and boxes.free(box):
                boxes.add(box)
                lbl = chart.label_text(px + dx, py + dy + 4, label, "pt-label")
                lbl.href, lbl.tip = href, tip
                break
    chart.label = (
        f"{attr}: {len(points)} estimates over time"
        + (f", {hedged} hedged (hollow)" if hedged else "")
        + (" — logarithmic scale" if log else "")
    )
    if log:
        chart.notes.append("Logarithmic scale: each grid line is ten times the one below.")
    return chart


Box = tuple[float, float, float, float]  # x0, y0, x1, y1


class _Boxes:
    """The boxes placed so far, by the cells of a grid they cover: whether a box is
    free (overlaps none of them) is asked of the boxes in its own cells only, which
    hold every box it could overlap (two boxes that overlap share a point inside both,
    hence a cell).  Asked of every box placed, the labels of an entity's 200 claims took
    ~330k comparisons, 12 ms of its page (issue 18: web page p95)."""

    _CELL = 32.0

    def __init__(self) -> None:
        self.cells: dict[tuple[int, int], list[Box]] = {}

    def _cells(self, box: Box) -> Iterator[tuple[int, int]]:
        c = self._CELL
        for i in range(math.floor(box[0] / c), math.floor(box[2] / c) + 1):
            for j in range(math.floor(box[1] / c), math.floor(box[3] / c) + 1):
                yield i, j

    def add(self, box: Box) -> None:
        for cell in self._cells(box):
            self.cells.setdefault(cell, []).append(box)

    def free(self, box: Box) -> bool:
        return all(
            box[2] <= b[0] or box[0] >= b[2] or box[3] <= b[1] or box[1] >= b[3]
            for cell in self._cells(box)
            for b in self.cells.get(cell, ())
        )


def _y_ticks(lo: float, hi: float, log: bool) -> list[float]:
    if log:
        return [10.0**k for k in range(int(math.log10(lo)), int(math.log10(hi)) + 1)]
    step = nice_step(hi - lo, 5)
    out, v = [], lo
    while v <= hi + 1e-9:
        out.append(v)
        v += step
    return out
