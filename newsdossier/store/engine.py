"""Open a store by URL, whatever its engine (issue 18).

``PATH`` or ``sqlite:///PATH`` opens an SQLite file; the store comes back
typed as the :class:`~.protocols.Store` protocol, so callers never depend on
one engine's class.  Another scheme is ``E306`` until its engine exists.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .protocols import Store

__all__ = ["open_store"]


def open_store(url: str, *, readonly: bool = False) -> Store:
    """The store named by ``url`` (an SQLite file path; ``sqlite:///path`` also accepted)."""
    from .sqlite import open_store as open_sqlite

    return open_sqlite(url, readonly=readonly)
