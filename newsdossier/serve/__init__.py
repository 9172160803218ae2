"""The web app: server-rendered dossier pages and a JSON API over a read-only store.

Layout: ``app.py`` builds the FastAPI app (security headers, the one exception
handler, templates); ``routes.py`` maps each page and its ``/api/...`` twin onto
one function of ``queries.py``, so the HTML and the JSON can never disagree;
``db.py`` hands each worker thread a read-only connection with a time limit;
``fts.py`` turns request text into a safe FTS5 query; ``highlight.py`` cuts a
document into (text, kinds) segments that the template escapes.
"""

from __future__ import annotations

from .app import ServeSettings, create_app

__all__ = ["ServeSettings", "create_app"]
