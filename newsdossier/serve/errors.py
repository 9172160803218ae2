"""Errors the web layer raises; :func:`app._handle` maps each to a status.

NewsdossierError
└── WebError                 E400
    ├── NotFound             E404  no such document / entity / outlet (404)
    ├── BadRequest           E401  a parameter the page cannot use (400)
    └── QueryTooSlow         E408  a query ran past sql_time_limit_ms (503)
"""

from __future__ import annotations

from ..errors import NewsdossierError

__all__ = ["BadRequest", "NotFound", "QueryTooSlow", "WebError"]


class WebError(NewsdossierError):
    code = "E400"
    status = 500


class NotFound(WebError):
    code = "E404"
    status = 404


class BadRequest(WebError):
    code = "E401"
    status = 400


class QueryTooSlow(WebError):
    code = "E408"
    status = 503
