"""Statements by speaker on the web (issue 15): ``/entities/{id}/statements``.

Its own router, query and template partial (``_statements.html``), so that the entity
page needs only a link to it; the query is the one the terminal reads
(:func:`newsdossier.export.statements.statements_by_speaker`).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse

from ..export.statements import statements_by_speaker
from ..store.protocols import ReadStore
from .errors import NotFound

__all__ = ["router", "statements"]

router = APIRouter()


def statements(store: ReadStore, entity_id: str) -> dict[str, Any]:
    """What an entity said, and who said what about it (404 for an unknown entity)."""
    if not store.entity_exists(entity_id):
        raise NotFound(f"no entity with id {entity_id[:80]!r}")
    return statements_by_speaker(store, entity_id)


@router.get(
    "/entities/{entity_id}/statements", response_class=HTMLResponse, include_in_schema=False
)
def statements_page(request: Request, entity_id: str) -> HTMLResponse:
    from .routes import _page

    return _page(request, "statements.html", statements, entity_id=entity_id)


@router.get("/api/entities/{entity_id}/statements", tags=["entities"])
def statements_api(request: Request, entity_id: str) -> dict[str, Any]:
    """Statements by speaker: the entity's own (with hedge, polarity, modality, channel),
    and those about it grouped by who made them."""
    from .routes import _call

    return _call(request, statements, entity_id=entity_id)
