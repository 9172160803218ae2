"""Server-rendered SVG pictures (issue 20): layout here, markup in ``_charts.html``.

Each builder is a pure function of the page's data (what ``/api/...`` also
returns) and gives a :class:`~.base.Chart` or None when there is nothing to
draw; the page keeps its table or list as the text fallback.
"""

from .bars import stacked_bars
from .base import Chart, Mark
from .estimates import estimate_charts, numeric_range
from .matrix import reuse_matrix
from .relgraph import relation_graph
from .timeaxis import dense_window, time_axis

__all__ = [
    "Chart", "Mark", "dense_window", "estimate_charts", "numeric_range", "relation_graph",
    "reuse_matrix", "stacked_bars", "time_axis",
]  # fmt: skip
