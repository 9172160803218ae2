"""Every page and its JSON twin under ``/api``: both call the same ``queries`` function.

A page handler is ``_page(request, template, fn, **params)``; the API handler
is ``_api(request, fn, **params)``.  Handlers are plain ``def`` so FastAPI runs
them in its thread pool, each thread with its own read-only connection.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from jinja2 import Environment

from . import queries
from .errors import BadRequest, NotFound
from .fts import normalize_query

__all__ = ["router"]

router = APIRouter()

Page = Annotated[int, Query(ge=1, le=queries.MAX_PAGE, description="1-based page number")]
DateParam = Annotated[str | None, Query(max_length=10, description="YYYY, YYYY-MM or YYYY-MM-DD")]


def _call(request: Request, fn: Callable[..., dict[str, Any]], **params: Any) -> dict[str, Any]:
    with request.app.state.pool.session() as store:
        return fn(store, **params)


def _page(
    request: Request, template: str, fn: Callable[..., dict[str, Any]], **params: Any
) -> HTMLResponse:
    data = _call(request, fn, **params)
    env: Environment = request.app.state.templates
    api = (
        "/api"
        + request.url.path.rstrip("/")
        + (f"?{request.url.query}" if request.url.query else "")
    )
    if request.url.path == "/":
        api = "/api/overview"
    html = env.get_template(template).render(data=data, api_url=api, path=request.url.path)
    return HTMLResponse(html)


def _search_text(request: Request, q: str) -> str:
    settings = request.app.state.settings
    if len(q) > settings.max_request_query_chars:
        raise BadRequest(
            f"the search text is {len(q)} characters; the limit is"
            f" {settings.max_request_query_chars}"
        )
    return normalize_query(q, settings.max_query_chars)


# ----------------------------------------------------------------- overview
@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def overview_page(request: Request) -> HTMLResponse:
    return _page(request, "overview.html", queries.overview)


@router.get("/api/overview", tags=["corpus"])
def overview_api(request: Request) -> dict[str, Any]:
    """Counts, outlets, date range, top actors, recent contradictions."""
    return _call(request, queries.overview)


# ------------------------------------------------------------------- search
@router.get("/search", response_class=HTMLResponse, include_in_schema=False)
def search_page(request: Request, q: str = "", page: Page = 1) -> HTMLResponse:
    return _page(request, "search.html", queries.search, q=_search_text(request, q), page=page)


@router.get("/api/search", tags=["search"])
def search_api(request: Request, q: str = "", page: Page = 1) -> dict[str, Any]:
    """Full-text search over documents (FTS5, with snippets) and entity names."""
    return _call(request, queries.search, q=_search_text(request, q), page=page)


# ----------------------------------------------------------------- entities
TypeParam = Annotated[str | None, Query(max_length=40)]


@router.get("/entities", response_class=HTMLResponse, include_in_schema=False)
def entities_page(request: Request, type: TypeParam = None, page: Page = 1) -> HTMLResponse:
    return _page(request, "entities.html", queries.entities, type=type or None, page=page)


@router.get("/api/entities", tags=["entities"])
def entities_api(request: Request, type: TypeParam = None, page: Page = 1) -> dict[str, Any]:
    """Entities by mention count, optionally of one type."""
    return _call(request, queries.entities, type=type or None, page=page)


@router.get("/entities/{entity_id}", response_class=HTMLResponse, include_in_schema=False)
def entity_page(request: Request, entity_id: str, page: Page = 1) -> HTMLResponse:
    # the HTML page links its evidence and quotes none of it: the text is not read
    return _page(
        request, "entity.html", queries.entity, entity_id=entity_id, page=page, evidence_text=False
    )


@router.get("/api/entities/{entity_id}", tags=["entities"])
def entity_api(request: Request, entity_id: str, page: Page = 1) -> dict[str, Any]:
    """One entity's dossier: aliases with evidence, mentions, relations, profile,
    events, claims, contradictions and framing by outlet."""
    return _call(request, queries.entity, entity_id=entity_id, page=page)


@router.get("/entities/{entity_id}/claims", response_class=HTMLResponse, include_in_schema=False)
def entity_claims_page(request: Request, entity_id: str, page: Page = 1) -> HTMLResponse:
    return _page(request, "claims.html", queries.entity_claims, entity_id=entity_id, page=page)


@router.get("/api/entities/{entity_id}/claims", tags=["entities"])
def entity_claims_api(request: Request, entity_id: str, page: Page = 1) -> dict[str, Any]:
    """Every claim about one entity, a page at a time (the entity page shows the first)."""
    return _call(request, queries.entity_claims, entity_id=entity_id, page=page)


@router.get("/entities/{entity_id}/relations", response_class=HTMLResponse, include_in_schema=False)
def entity_relations_page(request: Request, entity_id: str) -> HTMLResponse:
    return _page(request, "relations.html", queries.entity_relations, entity_id=entity_id)


@router.get("/api/entities/{entity_id}/relations", tags=["entities"])
def entity_relations_api(request: Request, entity_id: str) -> dict[str, Any]:
    """One entity's relations with all their evidence (the entity page shows the first)."""
    return _call(request, queries.entity_relations, entity_id=entity_id)


@router.get("/events/{event_id}", response_class=HTMLResponse, include_in_schema=False)
def event_page(request: Request, event_id: str) -> HTMLResponse:
    return _page(request, "event.html", queries.event, event_id=event_id)


@router.get("/api/events/{event_id}", tags=["timeline"])
def event_api(request: Request, event_id: str) -> dict[str, Any]:
    """One merged event with all its evidence, readings and sources."""
    return _call(request, queries.event, event_id=event_id)


# ----------------------------------------------------------------- timeline
EventType = Annotated[str | None, Query(max_length=40)]
EntityParam = Annotated[str | None, Query(max_length=64)]


def _timeline_params(
    start: str | None, end: str | None, type: str | None, entity: str | None
) -> dict[str, Any]:
    return {
        "start": queries.parse_date(start, "start"),
        "end": queries.parse_date(end, "end"),
        "type": type or None,
        "entity_id": entity or None,
    }


@router.get("/timeline", response_class=HTMLResponse, include_in_schema=False)
def timeline_page(
    request: Request, start: DateParam = None, end: DateParam = None, type: EventType = None,
    entity: EntityParam = None, page: Page = 1,
) -> HTMLResponse:  # fmt: skip
    params = _timeline_params(start, end, type, entity)
    return _page(
        request, "timeline.html", queries.timeline, page=page, evidence_text=False, **params
    )


@router.get("/api/timeline", tags=["timeline"])
def timeline_api(
    request: Request, start: DateParam = None, end: DateParam = None, type: EventType = None,
    entity: EntityParam = None, page: Page = 1,
) -> dict[str, Any]:  # fmt: skip
    """Events in date order (with their date precision) and the publication timeline,
    filtered by date range, event type and entity."""
    return _call(request, queries.timeline, page=page, **_timeline_params(start, end, type, entity))


# ---------------------------------------------------------------- documents
SpanParam = Annotated[str | None, Query(max_length=24, description="START-END offsets to mark")]


@router.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
def document_page(request: Request, doc_id: str, span: SpanParam = None) -> HTMLResponse:
    return _page(request, "document.html", queries.document, doc_id=doc_id, span=span)


@router.get("/api/documents/{doc_id}", tags=["documents"])
def document_api(request: Request, doc_id: str, span: SpanParam = None) -> dict[str, Any]:
    """A document: metadata, clean text as highlighted segments, removed furniture,
    claims, framing spans and reuse links."""
    return _call(request, queries.document, doc_id=doc_id, span=span)


# ------------------------------------------------------------------ sources
OutletParam = Annotated[str, Query(min_length=1, max_length=300)]


@router.get("/sources", response_class=HTMLResponse, include_in_schema=False)
def sources_page(request: Request) -> HTMLResponse:
    return _page(request, "sources.html", queries.sources)


@router.get("/api/sources", tags=["sources"])
def sources_api(request: Request) -> dict[str, Any]:
    """Outlets with document counts, date ranges and framing density."""
    return _call(request, queries.sources)


@router.get("/source", response_class=HTMLResponse, include_in_schema=False)
def source_page(request: Request, outlet: OutletParam, page: Page = 1) -> HTMLResponse:
    return _page(request, "source.html", queries.source, outlet=outlet, page=page)


@router.get("/api/source", tags=["sources"])
def source_api(request: Request, outlet: OutletParam, page: Page = 1) -> dict[str, Any]:
    """One outlet: documents, names it uses for the top actors, techniques, copying."""
    return _call(request, queries.source, outlet=outlet, page=page)


# -------------------------------------------------------------------- reuse
ReuseOutlet = Annotated[str | None, Query(max_length=300)]


@router.get("/reuse", response_class=HTMLResponse, include_in_schema=False)
def reuse_page(
    request: Request, later: ReuseOutlet = None, first: ReuseOutlet = None
) -> HTMLResponse:
    return _page(request, "reuse.html", queries.reuse, later=later, first=first)


@router.get("/api/reuse", tags=["sources"])
def reuse_api(
    request: Request, later: ReuseOutlet = None, first: ReuseOutlet = None
) -> dict[str, Any]:
    """Outlet x outlet text reuse (passages published later by one outlet than by
    another), and with ``later`` and ``first`` the passages of that pair."""
    return _call(request, queries.reuse, later=later, first=first)


@router.get("/api/docs", response_class=HTMLResponse, include_in_schema=False)
def api_docs(request: Request) -> HTMLResponse:
    """Interactive API docs, served locally (see app._mount_api_docs)."""
    if not request.app.state.api_docs:
        raise NotFound(
            "interactive API docs need the swagger-ui-bundle package; the OpenAPI document"
            " is at /api/openapi.json"
        )
    env: Environment = request.app.state.templates
    return HTMLResponse(env.get_template("api_docs.html").render())


@router.get("/api", include_in_schema=False)
def api_root(request: Request) -> RedirectResponse:
    return RedirectResponse("/api/docs" if request.app.state.api_docs else "/api/openapi.json")
