"""The time axis: events drawn with their precision, publications as a histogram.

A day is a dot on its day; a week, month, year, decade or range is a band as
wide as the stretch of time it stands for (read from the stored ``precision``,
never from the written text), so "the 1980s" cannot pass for 1980.  Undated
events are counted, not drawn.  Every event mark links to its first evidence.

The axis opens on the corpus's dense period (where 96 % of the publications
fall) unless the page asks for a window; marks outside the window are counted
and an overview strip above shows the whole span with the window in it.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Any
from urllib.parse import quote

from .base import Chart, colour, interval, text_width

__all__ = ["dense_window", "time_axis"]

WIDTH = 1100
_PAD_L, _PAD_R = 14, 14
_LANE_PX = 22
_MAX_LANES = 14
_HIST_PX = 46
_FONT = 12
_TICK_FONT = 11
_STRIP_PX = 30
_ALL_YEARS = 80  # focus="all" (an entity's page) shows the whole span up to this length
_MONTH_STEPS = (1, 3, 6, 12, 24, 60, 120, 240, 600, 1200, 6000)


def _pub_interval(period: str) -> tuple[float, float] | None:
    return interval(period, "month" if len(period) == 7 else "year")


def dense_window(
    publications: Sequence[dict[str, Any]], spans: Sequence[tuple[float, float]]
) -> tuple[float, float] | None:
    """Where most of the corpus is: the 2nd-98th percentile of publications by
    month (or, with no dated publication, the 10th-90th percentile of the events)."""
    weighted: list[tuple[float, float, int]] = []
    for p in publications:
        iv = _pub_interval(p["period"])
        if iv:
            weighted.append((iv[0], iv[1], int(p["documents"])))
    lo_q, hi_q = 0.02, 0.98
    if not weighted:
        weighted = [(a, b, 1) for a, b in spans]
        lo_q, hi_q = 0.10, 0.90
    if not weighted:
        return None
    weighted.sort()
    total = sum(w for _, _, w in weighted)
    acc = 0
    lo = hi = None
    for a, b, w in weighted:
        acc += w
        if lo is None and acc >= lo_q * total:
            lo = a
        if hi is None and acc >= hi_q * total:
            hi = b
    assert lo is not None and hi is not None
    hi = max(hi, max(b for a, b, _ in weighted if a <= hi))
    if hi - lo < 1.0:  # at least a year, centred on what is there
        mid = (lo + hi) / 2
        lo, hi = mid - 0.5, mid + 0.5
    return math.floor(lo * 12) / 12, math.ceil(hi * 12) / 12


def _iso(t: float, months: bool) -> str:
    year = math.floor(t + 1e-9)
    if not months:
        return f"{year:04d}"
    month = min(12, int(round((t - year) * 12)) + 1)
    return f"{year:04d}-{month:02d}"


def _ticks(lo: float, hi: float, px_per_year: float) -> list[tuple[float, str]]:
    for step in _MONTH_STEPS:
        label_px = text_width("0000-00" if step < 12 else "0000", _TICK_FONT) + 18
        if step / 12 * px_per_year >= label_px:
            break
    first = math.ceil(lo * 12 / step - 1e-9) * step
    out = []
    m = first
    while m / 12 <= hi + 1e-9:
        out.append((m / 12, _iso(m / 12, step < 12)))
        m += step
    return out


def _evidence_href(event: dict[str, Any]) -> str | None:
    for ev in event.get("evidence") or ():
        if ev.get("doc") is not None and ev.get("start") is not None:
            return f"/documents/{quote(str(ev['doc']), safe='')}?span={ev['start']}-{ev['end']}#evidence"
    return None


def time_axis(
    events: Sequence[dict[str, Any]],
    publications: Sequence[dict[str, Any]],
    window: tuple[str | None, str | None] = (None, None),
    base: str = "/timeline?",
    focus: str = "publications",
) -> Chart | None:
    """The axis chart, or None when nothing is dated.

    ``publications``: ``[{"period": "YYYY-MM" | "YYYY", "documents": n}]``;
    ``window``: the page's start/end (ISO prefixes) or Nones for the default;
    ``base``: the link prefix that zooms (``start=...&end=...`` is appended);
    ``focus``: ``publications`` opens on the dense period of the publications (the
    whole span when it is 12 years or less); ``all`` on the whole span up to 80
    years, else on the dense period of the events.
    """
    dated: list[tuple[float, float, dict[str, Any]]] = []
    undated = 0
    for e in events:
        d = e.get("date") or {}
        iv = interval(d.get("value"), d.get("precision"), d.get("end"))
        if iv is None:
            undated += 1
        else:
            dated.append((iv[0], iv[1], e))
    pubs = [(iv, p) for p in publications if (iv := _pub_interval(p["period"]))]
    spans = [(a, b) for a, b, _ in dated] + [iv for iv, _ in pubs]
    if not spans:
        return None
    full = (min(a for a, _ in spans), max(b for _, b in spans))
    asked = window != (None, None)
    if asked:
        lo_iv = interval(window[0], None) if window[0] else None
        hi_iv = interval(window[1], None) if window[1] else None
        lo = lo_iv[0] if lo_iv else full[0]
        hi = hi_iv[1] if hi_iv else full[1]
    elif full[1] - full[0] <= (_ALL_YEARS if focus == "all" else 12):
        lo, hi = full
    else:
        dense = dense_window(publications if focus != "all" else [], [(a, b) for a, b, _ in dated])
        lo, hi = dense or full
        lo, hi = max(lo, full[0]), min(hi, full[1])
    if hi - lo < 1 / 12:
        hi = lo + 1 / 12
    pad = (hi - lo) * 0.01
    lo, hi = lo - pad, hi + pad
    inner = WIDTH - _PAD_L - _PAD_R
    px_per_year = inner / (hi - lo)

    def x(t: float) -> float:
        return _PAD_L + (min(max(t, lo), hi) - lo) * px_per_year

    zoomed = full[0] < lo - 1e-6 or full[1] > hi + 1e-6
    chart = Chart("timeaxis", WIDTH, 0, "")
    y = 6.0
    if zoomed:
        y = _overview(chart, y, full, (lo, hi), dated, base)
    # --- event lanes
    lanes: list[float] = []
    types = sorted({str(e.get("type") or "event").replace("_", " ") for _, _, e in dated})
    placed = hidden = before = after = 0
    lane_y0 = y + 4
    for a, b, e in sorted(dated, key=lambda t: (t[0], -(t[1] - t[0]))):
        if b <= lo or a >= hi:
            before += a < lo
            after += a >= hi
            continue
        x0, x1 = x(a), x(b)
        is_dot = (e.get("date") or {}).get("precision") == "day" or x1 - x0 < 4
        label = str(e.get("type") or "event").replace("_", " ")
        lw = text_width(label, _FONT)
        inside = not is_dot and x1 - x0 >= lw + 10
        extent_end = x1 + 4 if inside else (x0 + 6 if is_dot else x1) + 4 + lw
        if extent_end > WIDTH - 2:  # no room to the right: the label goes to the left
            extent_start = (x0 - 6 if is_dot else x0) - 4 - lw
            left_label = True
        else:
            extent_start, left_label = x0 - 5, False
        lane = next((i for i, end in enumerate(lanes) if end + 6 <= extent_start), None)
        if lane is None:
            if len(lanes) >= _MAX_LANES:
                hidden += 1
                continue
            lanes.append(0.0)
            lane = len(lanes) - 1
        lanes[lane] = max(extent_end, x1 + 4, x0 + 6)
        placed += 1
        cy = lane_y0 + lane * _LANE_PX + _LANE_PX / 2
        fill = colour(label, types)
        href = _evidence_href(e)
        d = e.get("date") or {}
        tip = f"{d.get('text') or d.get('value')} ({d.get('precision')}) · {label}: {e.get('summary') or ''}"
        if is_dot:
            m = chart.add("circle", "ev-dot", cx=x0 + (x1 - x0) / 2, cy=cy, r=4.5, fill=fill)
        else:
            clipped = " clipped" if a < lo or b > hi else ""
            m = chart.add("rect", "ev-band" + clipped, x=x0, y=cy - 8, width=max(x1 - x0, 2),
                          height=16, rx=3, fill=fill)  # fmt: skip
        m.href, m.tip = href, tip
        if inside:
            tx, anchor = x0 + 5, "start"
        elif left_label:
            tx, anchor = (x0 - 7 if is_dot else x0 - 4), "end"
        else:
            tx, anchor = (x0 + 8 if is_dot else x1 + 4), "start"
        lbl = chart.label_text(tx, cy + 4, label, "ev-label", anchor)
        lbl.href, lbl.tip = href, tip
    y = lane_y0 + max(1, len(lanes)) * _LANE_PX + 6
    # --- publications histogram
    if pubs:
        y = _histogram(chart, y, pubs, lo, hi, x, base)
    # --- axis
    chart.add("line", "axis", x1=_PAD_L, y1=y, x2=WIDTH - _PAD_R, y2=y)
    for t, text in _ticks(lo, hi, px_per_year):
        chart.add("line", "tick", x1=x(t), y1=y, x2=x(t), y2=y + 5)
        anchor = "middle"
        if x(t) - text_width(text, _TICK_FONT) / 2 < 0:
            anchor = "start"
        elif x(t) + text_width(text, _TICK_FONT) / 2 > WIDTH:
            anchor = "end"
        chart.label_text(x(t), y + 18, text, "tick-label", anchor)
    chart.height = int(y + 26)
    # --- what is not drawn, said in words
    chart.label = (
        f"Time axis: {placed} dated events"
        + (f" and {sum(p['documents'] for _, p in pubs)} dated publications" if pubs else "")
        + f" between {_iso(lo + pad, False)} and {_iso(hi - pad, False)}"
    )
    if before or after:
        chart.notes.append(f"{before} earlier and {after} later events lie outside this window.")
    if hidden:
        chart.notes.append(
            f"{hidden} events did not fit in {_MAX_LANES} rows; the list below has them all."
        )
    if undated:
        chart.notes.append(f"{undated} undated events are listed below, not drawn.")
    if zoomed:
        chart.links.append(
            {"href": f"{base}start={_iso(full[0], False)}&end={_iso(full[1] - 1e-6, False)}",
             "text": f"Show the whole span ({_iso(full[0], False)}–{_iso(full[1] - 1e-6, False)})"}
        )  # fmt: skip
    if asked:
        chart.links.append(
            {"href": base.rstrip("&?") or "/timeline", "text": "Back to the default window"}
        )
    return chart


def _overview(
    chart: Chart, y: float, full: tuple[float, float], win: tuple[float, float],
    dated: list[tuple[float, float, dict[str, Any]]], base: str,
) -> float:  # fmt: skip
    """A thin strip over the whole span: every event a tick, the window a frame."""
    lo_lbl, hi_lbl = _iso(full[0], False), _iso(full[1] - 1e-6, False)
    left = _PAD_L + text_width(lo_lbl, _TICK_FONT) + 8
    right = WIDTH - _PAD_R - text_width(hi_lbl, _TICK_FONT) - 8
    span = max(full[1] - full[0], 1e-6)

    def ox(t: float) -> float:
        return left + (t - full[0]) / span * (right - left)

    mid = y + _STRIP_PX / 2
    chart.label_text(_PAD_L, mid + 4, lo_lbl, "tick-label")
    chart.label_text(WIDTH - _PAD_R, mid + 4, hi_lbl, "tick-label", "end")
    whole = chart.add("rect", "strip", x=left, y=mid - 6, width=right - left, height=12, rx=2)
    whole.href = f"{base}start={lo_lbl}&end={hi_lbl}"
    whole.tip = f"whole span {lo_lbl}–{hi_lbl}: click to show it all"
    # every event's tick, as one path of the distinct pixel columns: one <line> per event
    # was 3,000 marks to write for each window a timeline page asked for (3/4 of a
    # date-range page at 100k documents, bench_web_scale)
    columns = sorted({round(ox(a), 1) for a, _, _ in dated})
    if columns:
        top, bottom = round(mid - 5, 1), round(mid + 5, 1)
        path = "".join(f"M{c} {top}V{bottom}" for c in columns)
        chart.add("path", "strip-tick", d=path, fill="none")
    w = chart.add("rect", "strip-window", x=ox(win[0]), y=mid - 9,
                  width=max(3, ox(win[1]) - ox(win[0])), height=18, rx=2)  # fmt: skip
    w.tip = "the window drawn below"
    return y + _STRIP_PX + 2


def _histogram(
    chart: Chart, y: float, pubs: list[tuple[tuple[float, float], dict[str, Any]]],
    lo: float, hi: float, x: Any, base: str,
) -> float:  # fmt: skip
    """Documents published per month (per year when the window is long)."""
    by_year = hi - lo > 8
    bins: dict[str, int] = {}
    for _, p in pubs:
        key = p["period"][:4] if by_year else p["period"]
        bins[key] = bins.get(key, 0) + int(p["documents"])
    shown = {
        k: n for k, n in bins.items() if (iv := _pub_interval(k)) and iv[1] > lo and iv[0] < hi
    }
    top = max(shown.values(), default=1)
    chart.label_text(_PAD_L, y + 10, f"documents published per {'year' if by_year else 'month'} (max {top})",
                     "hist-label")  # fmt: skip
    base_y = y + _HIST_PX
    for key, n in sorted(shown.items()):
        iv = _pub_interval(key)
        assert iv is not None
        x0, x1 = x(iv[0]), x(iv[1])
        h = max(2.0, (n / top) * (_HIST_PX - 16))
        bar = chart.add(
            "rect", "hist", x=x0 + 0.5, y=base_y - h, width=max(1.5, x1 - x0 - 1), height=h
        )
        bar.href = f"{base}start={key}&end={key}#publications"
        bar.tip = f"{key}: {n} document{'s' if n != 1 else ''} published"
    return base_y
