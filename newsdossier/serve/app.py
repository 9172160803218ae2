"""The FastAPI application: settings, security headers, templates, one error handler.

Security posture (issue 7), each point tested in ``tests/serve``:
- article text is hostile: Jinja2 autoescapes every template, no ``|safe`` on
  data, and highlighted text reaches templates as (text, kinds) segments;
- every response carries a Content-Security-Policy with no inline script or
  style (``'self'`` only), ``X-Content-Type-Options: nosniff``,
  ``Referrer-Policy: no-referrer`` and ``X-Frame-Options: DENY``;
- the store is opened read-only and each request's SQL runs under
  ``sql_time_limit_ms``;
- FastAPI's own Swagger/ReDoc pages are off (they load scripts from a CDN and
  run inline script); the OpenAPI document is served at ``/api/openapi.json``
  and interactive docs at ``/api/docs``: Swagger UI's files from the pinned
  ``swagger-ui-bundle`` package, started by ``/static/api-docs.js`` (issue 20).
"""

from __future__ import annotations

import gc
import logging
import re
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from contextlib import asynccontextmanager
from dataclasses import dataclass
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.staticfiles import StaticFiles
from jinja2 import Environment, FileSystemLoader
from jinja2.filters import do_urlencode
from markupsafe import Markup, escape
from starlette.exceptions import HTTPException as StarletteHTTPException

from ..dates import format_date
from ..errors import NewsdossierError
from ..store.dialect import database_errors
from .db import StorePool
from .errors import WebError
from .highlight import show_controls

__all__ = ["SECURITY_HEADERS", "ServeSettings", "create_app"]

log = logging.getLogger(__name__)

CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
    " connect-src 'self'; font-src 'self'; base-uri 'none'; form-action 'self';"
    " frame-ancestors 'none'"
)
SECURITY_HEADERS = {
    "content-security-policy": CSP,
    "x-content-type-options": "nosniff",
    "referrer-policy": "no-referrer",
    "x-frame-options": "DENY",
}


@dataclass(frozen=True, slots=True)
class ServeSettings:
    """Tunables of the web app (units in the names)."""

    sql_time_limit_ms: int = 1000  # per request; a slower query answers 503
    max_query_chars: int = 200  # search text kept after normalisation
    max_request_query_chars: int = 1000  # a longer ?q= is refused with 400
    #: objects allocated between two collections of Python's youngest GC generation while
    #: the app serves (Python's default: 700).  A page reads a few thousand rows; with
    #: the default they outlived the young collections while the request held them, were
    #: promoted, and set off a full collection of every object (the per-version caches
    #: included) every ~10 requests: 40-190 ms each, the p95 of the entity and timeline
    #: pages at 100k documents (bench_web_scale, issue 18).  None keeps Python's.
    gc_young_objects: int | None = 50_000


class _SecurityHeaders:
    """Pure ASGI middleware adding :data:`SECURITY_HEADERS` to every response."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.raw = [(k.encode(), v.encode()) for k, v in SECURITY_HEADERS.items()]

    async def __call__(
        self, scope: MutableMapping[str, Any], receive: Callable[[], Awaitable[Any]],
        send: Callable[[MutableMapping[str, Any]], Awaitable[None]],
    ) -> None:  # fmt: skip
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: MutableMapping[str, Any]) -> None:
            if message["type"] == "http.response.start":
                headers = list(message.get("headers", []))
                present = {k.lower() for k, _ in headers}
                message["headers"] = headers + [h for h in self.raw if h[0] not in present]
            await send(message)

        await self.app(scope, receive, send_with_headers)


def _safe_href(value: object) -> str | None:
    """An http(s) URL to link to, or None (javascript:, data:, relative... are shown as text)."""
    if not isinstance(value, str):
        return None
    try:
        parts = urlsplit(value.strip())
    except ValueError:
        return None
    if parts.scheme.lower() in ("http", "https") and parts.netloc:
        return value.strip()
    return None


#: what ``urlencode`` leaves as it is in a string: quote()'s unreserved characters and "/"
_URL_PLAIN = re.compile(r"[A-Za-z0-9_.~/-]*")


def _urlencode(value: Any) -> str:
    """Jinja's ``urlencode``, answered at once for a string it would not change (the ids
    in every link: ~1,100 on an entity page, 7 ms of its rendering through urllib's
    quoting, issue 18)."""
    if type(value) is str and _URL_PLAIN.fullmatch(value):
        return value
    return do_urlencode(value)


def _href(value: Any) -> str:
    """``escape(_urlencode(value))``: a string urlencode leaves as it is holds no
    character that HTML escapes, so it is returned as it is (an entity page's ~1,500
    links each escaped a plain id: the escapes and their ``Markup`` objects were a
    quarter of its rendering, issue 18)."""
    if type(value) is str and _URL_PLAIN.fullmatch(value):
        return value
    return escape(do_urlencode(value))


def _num(value: Any) -> str:
    """``escape(value)`` of an evidence offset: an int's digits as they are."""
    return str(value) if type(value) is int else escape(value)


def _evidence_links(items: Any, limit: int | None = None, more_href: str | None = None) -> Markup:
    """An event's evidence as the templates linked it, one ``ev`` macro call per item
    followed by a space (``evidence 1``, ``evidence 2``, ...): the same bytes, every
    value escaped as autoescape does.  A merged event of the fully resolved 100k store
    has ~50-180 pieces of evidence; a page of 50 such events made ~2,600 macro calls,
    ~30 % of its rendering (issue 18)."""
    out = []
    items = list(items or ())
    shown = items if limit is None else items[:limit]
    for i, y in enumerate(shown, 1):
        out.append(
            f'<a class="ev" href="/documents/{_href(y["doc"])}?span='
            f'{_num(y["start"])}-{_num(y["end"])}#evidence">evidence {i}</a> '
        )
    if len(items) > len(shown):
        # a bounded page (issue 18: the evidence links were 255 KB of a 380 KB entity
        # page): the first ``limit`` in their order, then a link to the event's own page,
        # which lists them all
        more = len(items) - len(shown)
        out.append(
            f'<a class="ev-more" href="{escape(more_href)}">and {more} more</a> '
            if more_href
            else f'<span class="muted">and {more} more</span> '
        )
    return Markup("".join(out))


def _relation_rows(relations: Any, entity_id: Any, limit: int) -> Markup:
    """An entity page's relations table body, as its template wrote it row by row (two
    ``entity_link`` and up to ``limit`` ``ev`` calls and a loop per row: ~9 ms of a most
    mentioned entity's page for its ~215 relations, issue 18); the same bytes (property
    test against the template's text in tests/serve/test_macro_functions.py)."""
    out = []
    more_href = f"/entities/{_href(entity_id)}/relations"
    # each end's link made once: the page's entity is one end of every row
    links: dict[tuple[Any, Any], Markup] = {}
    for r in relations or ():
        evidence = r.get("evidence") or []
        ends = (r.get("subject"), r.get("subject_name")), (r.get("object"), r.get("object_name"))
        for end in ends:
            if end not in links:
                links[end] = _entity_link(*end)
        out.append(
            f"<tr><td>{links[ends[0]]}</td><td><code>{escape(r.get('type'))}</code></td><td>"
            f"{links[ends[1]]}</td>\n<td>"
        )
        out.extend(
            f"{_ev(x['doc'], x['start'], x['end'], i)} " for i, x in enumerate(evidence[:limit], 1)
        )
        if len(evidence) > limit:
            out.append(
                f'<a class="ev-more" href="{more_href}">and {len(evidence) - limit} more</a>'
            )
        out.append("</td></tr>\n")
    return Markup("".join(out))


def _dispute_items(contradictions: Any) -> Markup:
    """An entity page's disputes list, as its template wrote it item by item (a ``t``
    for the attribute and each value, an ``ev`` for each claim: ~1,100 template calls
    for a most mentioned organisation's 100 disputes, issue 18); the same bytes
    (property test against the template's text in tests/serve/test_macro_functions.py)."""
    out = []
    for c in contradictions or ():
        values = " vs ".join(f'<span class="value">{_bdi(v)}</span>' for v in c["values"])
        out.append(f"<li><strong>{_bdi(c['attribute'])}</strong>: {values}")
        out.extend(
            f" · {_ev(cl['doc'], cl['start'], cl['end'], f'claim {i}')}"
            for i, cl in enumerate(c["claim_records"], 1)
        )
        copies = c.get("copies")
        if copies:
            n = len(copies)
            out.append(
                f' <span class="muted">· the same pair in {n} more'
                f" cop{'y' if n == 1 else 'ies'} of the article</span>"
            )
        out.append("</li>\n")
    return Markup("".join(out))


# The macros of _macros.html called for every row of a page (a name, an evidence link, a
# date, an entity's or an outlet's link: ~5,000 calls on the page of a most mentioned
# organisation, whose 200 claims are shown three times), as functions: a Jinja macro call costs ~10-20 us, most of
# such a page's rendering (issue 18).  _macros.html binds the names to them; the same
# bytes as the macros wrote, every value escaped as autoescape does (property tests in
# tests/serve/test_macro_functions.py against the macros' text).


def _bdi(value: Any = None) -> Markup:
    """Macro ``t``: ``<bdi>{{ value|show }}</bdi>``."""
    return Markup(f"<bdi>{escape(show_controls(value))}</bdi>")


def _ev(doc: Any = None, start: Any = None, end: Any = None, label: Any = "evidence") -> Markup:
    """Macro ``ev``: a link to an evidence span of a document."""
    return Markup(
        f'<a class="ev" href="/documents/{_href(doc)}?span={_num(start)}-{_num(end)}'
        f'#evidence">{_num(label)}</a>'
    )


def _when(value: Any = None, precision: Any = None) -> Markup:
    """Macro ``when``: a date as written for readers, its precision as a class and title."""
    p = escape(precision or "unknown")
    return Markup(
        f'<time class="date prec-{p}" title="precision: {p}">'
        f"{escape(_date(value, precision))}</time>"
    )


def _entity_link(id: Any = None, name: Any = None) -> Markup:
    """Macro ``entity_link``: a link to an entity's page named by ``name`` (else its id),
    or a dash (an entity page's relations table: ~430 calls for a most mentioned entity's
    ~215 relations, ~5 ms of its rendering as a macro)."""
    if not id:
        return Markup('<span class="muted">—</span>')
    return Markup(f'<a href="/entities/{_href(id)}">{_bdi(name or id)}</a>')


def _source_link(outlet: Any = None) -> Markup:
    """Macro ``source_link``: a link to an outlet's page, or "(no outlet)"."""
    if not outlet:
        return Markup('<span class="muted">(no outlet)</span>')
    return Markup(f'<a href="/source?outlet={_href(outlet)}">{_bdi(outlet)}</a>')


def _date(value: object, precision: object = None) -> str:
    """A date as written for readers ("1960s", "7th century"): never padded to a fake day."""
    return format_date(value, precision)


def make_templates() -> Environment:
    folder = resources.files("newsdossier.serve") / "templates"
    env = Environment(
        loader=FileSystemLoader(str(folder)),
        autoescape=True,  # every template, whatever its extension
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["show"] = show_controls
    env.filters["urlencode"] = _urlencode
    env.filters["href"] = _safe_href
    env.filters["date"] = _date
    env.filters["evidence_links"] = _evidence_links
    env.filters["relation_rows"] = _relation_rows
    env.filters["dispute_items"] = _dispute_items
    env.globals.update(
        nd_bdi=_bdi, nd_ev=_ev, nd_when=_when, nd_entity_link=_entity_link,
        nd_source_link=_source_link,
    )  # fmt: skip
    from .queries import EVENT_EVIDENCE_SHOWN, RELATION_EVIDENCE_SHOWN

    env.globals["event_evidence_shown"] = EVENT_EVIDENCE_SHOWN
    env.globals["relation_evidence_shown"] = RELATION_EVIDENCE_SHOWN
    env.filters["codepoint"] = lambda v: f"U+{ord(str(v)[0]):04X}" if v else ""
    from . import charts
    from .charts.render import same_inputs, svg_marks

    env.filters["svg_marks"] = svg_marks

    # Pictures (issue 20): templates call the layout functions on the page's data.
    for name in ("time_axis", "estimate_charts", "relation_graph", "reuse_matrix", "stacked_bars"):
        env.globals[name] = getattr(charts, name)
    # the corpus's time axis (overview, timeline): drawn once per store version
    env.globals["time_axis"] = same_inputs(charts.time_axis)
    return env


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def _handle(request: Request, exc: Exception) -> Response:
    """The one exception handler: error type -> status, then JSON or an HTML page."""
    if isinstance(exc, WebError):
        status, code, message = exc.status, exc.code, exc.message
    elif isinstance(exc, NewsdossierError):
        status, code, message = 500, exc.code, exc.message
    elif isinstance(exc, RequestValidationError):
        status, code = 422, "E422"
        message = "; ".join(
            f"{'.'.join(str(p) for p in e.get('loc', ()))}: {e.get('msg')}" for e in exc.errors()
        )
    elif isinstance(exc, StarletteHTTPException):
        status, code = exc.status_code, f"H{exc.status_code}"
        message = "no such page" if exc.status_code == 404 else str(exc.detail)
    elif isinstance(exc, database_errors()):
        log.exception("store error on %s", request.url.path)
        status, code, message = 500, "E330", "the store could not answer this request"
    else:
        log.exception("unexpected error on %s", request.url.path)
        status, code, message = 500, "E500", "internal error; see the server log"
    # Unexpected errors are answered by Starlette's outermost middleware, outside
    # _SecurityHeaders, so the headers are set here too.
    if _wants_json(request):
        return JSONResponse(
            {"error": {"code": code, "message": message}}, status_code=status,
            headers=SECURITY_HEADERS,
        )  # fmt: skip
    env: Environment = request.app.state.templates
    html = env.get_template("error.html").render(
        status=status, code=code, message=message, path=request.url.path, api_url=None
    )
    return HTMLResponse(html, status_code=status, headers=SECURITY_HEADERS)


def _mount_api_docs(app: FastAPI) -> bool:
    """Swagger UI's files from the pinned ``swagger-ui-bundle`` package at
    ``/api/docs/assets`` (issue 20); False (and the footer links the raw OpenAPI
    document) when the package is not installed."""
    try:
        from swagger_ui_bundle import swagger_ui_path
    except ImportError:
        return False
    app.mount("/api/docs/assets", StaticFiles(directory=str(swagger_ui_path)), name="api-docs")
    return True


#: The start-up's deadline for filling the overview's caches (a request's is
#: ``ServeSettings.sql_time_limit_ms``): long enough for a store of millions of
#: documents, short enough that a server over a broken store still starts.
WARM_TIME_LIMIT_MS = 60_000


def _warm(pool: StorePool) -> None:
    """The overview's per-version caches filled before the first request: the
    corpus-wide counts and outlet totals read every row once per store version (at 100k
    documents on PostgreSQL the first overview took 163-226 ms of app + server CPU, the
    next ones 20-50 ms; bench_web_scale, docs/scale.md), so a server's first visitor waits
    for none of it.  A store that changes while served fills them again on its next
    overview.  It runs under its own deadline, not a request's: at 100k documents the
    first overview took 1.6-1.7 s of wall time on either engine (0.9 s of it compiling the
    claims lexicon's patterns, once a process), over the 1 s request limit, so the warm-up
    was stopped halfway and the first visitors paid the rest.  A failure here is logged,
    not raised: the first request reports it."""
    from . import queries

    try:
        with pool.session(time_limit_ms=WARM_TIME_LIMIT_MS) as store:
            queries.overview(store)
    except Exception:  # the page's own request will answer with the coded error
        log.exception("could not fill the overview's caches at start-up")


def create_app(db: str, settings: ServeSettings | None = None) -> FastAPI:
    """The web app over the store file ``db`` (opened read-only)."""
    settings = settings or ServeSettings()
    pool = StorePool(db, settings.sql_time_limit_ms)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        thresholds = gc.get_threshold()
        if settings.gc_young_objects is not None:
            gc.set_threshold(settings.gc_young_objects, *thresholds[1:])
        _warm(pool)
        try:
            yield
        finally:
            gc.set_threshold(*thresholds)
            pool.close()

    app = FastAPI(
        title="newsdossier",
        summary="A sourced dossier over a corpus of news articles (read-only).",
        version="1",
        docs_url=None,
        redoc_url=None,
        openapi_url="/api/openapi.json",
        lifespan=lifespan,
    )
    app.state.pool = pool
    app.state.settings = settings
    app.state.templates = make_templates()
    for exc_type in (
        Exception, NewsdossierError, *database_errors(), StarletteHTTPException,
        RequestValidationError,
    ):  # fmt: skip
        app.add_exception_handler(exc_type, _handle)
    static = resources.files("newsdossier.serve") / "static"
    app.mount("/static", StaticFiles(directory=str(static)), name="static")
    app.state.api_docs = _mount_api_docs(app)
    from .routes import router
    from .statements import router as statements_router  # issue 15

    app.include_router(router)
    app.include_router(statements_router)
    app.add_middleware(_SecurityHeaders)
    return app
