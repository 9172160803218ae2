"""Open a store by URL, whatever its engine (issue 18).

``PATH`` or ``sqlite:///PATH`` opens an SQLite file, ``postgresql://user@host:port/db``
(or ``postgres://``, any libpq URL) a PostgreSQL database; the store comes back
typed as the :class:`~.protocols.Store` protocol, so callers never depend on
one engine's class.  Another scheme is ``E306``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from .protocols import Store

__all__ = ["open_store"]


#: URL schemes of a PostgreSQL store (libpq's two spellings).
PG_SCHEMES = ("postgresql://", "postgres://")


def open_store(url: str, *, readonly: bool = False) -> Store:
    """The store named by ``url``: an SQLite file path (``sqlite:///path`` also
    accepted) or a PostgreSQL URL (psycopg is imported only then)."""
    if url.startswith(PG_SCHEMES):
        from .postgres import PostgresStore

        return PostgresStore(url, readonly=readonly)
    from .sqlite import open_store as open_sqlite

    return open_sqlite(url, readonly=readonly)
