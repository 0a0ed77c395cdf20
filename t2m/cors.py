"""Cross-origin access to the JSON API, for the origins in ``T2M_CORS_ORIGINS`` only.

By default no origin is listed and nothing here is installed: browsers allow
only same-origin calls. With origins listed, flask-cors answers requests to
``/api/v1/*`` (never the pages) from those origins: the exact origin is
echoed in ``Access-Control-Allow-Origin`` (an unlisted one gets no CORS
headers at all), preflights are answered with the methods and request headers
API clients use and cached for ``MAX_AGE`` seconds, and the response headers
clients read (request id, rate limits, tus, idempotency) are exposed.

Credentials are never allowed (no ``Access-Control-Allow-Credentials``): API
auth is a bearer token or an API key in a header, which a page on another
site must hold already, never a cookie. That is also why ``*`` may be listed.
"""

from __future__ import annotations

import re

from flask import Flask, Response, current_app, request
from flask_cors import CORS

from t2m.api import PREFIX
from t2m.config import normalize_origin

# Only the JSON API is shared; pages, static files and /metrics never are.
API_PATHS = re.compile(rf"^{re.escape(PREFIX)}/")

METHODS = ("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS")

# What clients send beyond the CORS-safelisted headers.
ALLOW_HEADERS = (
    "Authorization",
    "X-API-Key",
    "Content-Type",
    "Idempotency-Key",
    "X-Request-ID",
    # tus 1.0 resumable uploads
    "Tus-Resumable",
    "Upload-Length",
    "Upload-Offset",
    "Upload-Metadata",
    "Upload-Checksum",
    "Upload-Defer-Length",
    "Upload-Concat",
)

# Response headers a page may read (a browser hides all but a few otherwise).
EXPOSE_HEADERS = (
    "X-Request-ID",
    "X-RateLimit-Limit",
    "X-RateLimit-Remaining",
    "X-RateLimit-Reset",
    "RateLimit",
    "RateLimit-Policy",
    "Retry-After",
    "Location",
    "Idempotent-Replayed",
    # tus 1.0 resumable uploads
    "Upload-Offset",
    "Upload-Length",
    "Upload-Expires",
    "Tus-Version",
    "Tus-Resumable",
    "Tus-Max-Size",
    "Tus-Extension",
)

# Seconds a browser may reuse a preflight answer.
MAX_AGE = 600


def init_app(app: Flask) -> None:
    """Answer cross-origin API requests from ``CORS_ORIGINS``; with none, do nothing.

    Preflights (``OPTIONS``) never reach a view: Flask answers them itself
    (every API rule gets its automatic ``OPTIONS``, see ``t2m.api.spec``), with
    no authentication, and flask-cors adds its headers to that answer.
    """
    origins = app.config["CORS_ORIGINS"]
    if not origins:
        return
    wildcard = origins == ["*"]
    # Exact, anchored matches: flask-cors would take a string holding regex
    # characters (an IPv6 "[::1]") as a pattern, and it matches patterns only
    # at the start (so "https://a.example" would let "https://a.example.evil" in).
    allowed = (
        ["*"] if wildcard else [re.compile(re.escape(o) + r"\Z", re.IGNORECASE) for o in origins]
    )
    # Every option is given here, so no CORS_* key in the config can change one.
    CORS(
        app,
        resources={API_PATHS: {}},
        origins=allowed,
        methods=list(METHODS),
        allow_headers=list(ALLOW_HEADERS),
        expose_headers=list(EXPOSE_HEADERS),
        supports_credentials=False,
        max_age=MAX_AGE,
        send_wildcard=wildcard,
        always_send=False,  # no Origin header, no CORS headers
        vary_header=False,  # _vary_on_origin says it on every API response instead
        automatic_options=True,
        intercept_exceptions=False,  # error responses pass after_request anyway
        allow_private_network=False,
    )
    app.after_request(_vary_on_origin)


def _vary_on_origin(response: Response) -> Response:
    """Every API response depends on ``Origin`` once CORS is on (the allowed
    origin is echoed, others get nothing), so caches must key on it."""
    if API_PATHS.match(request.path):
        response.vary.add("Origin")
    return response


def origin_allowed(origin: str | None) -> bool:
    """Whether a page at ``origin`` may use the API from another site: ``origin`` is
    listed in ``T2M_CORS_ORIGINS`` (compared as browsers serialize origins), or the
    list is ``*``.

    The realtime WebSocket endpoint checks the handshake's ``Origin`` with this:
    browsers send no preflight for a WebSocket and apply no CORS to it, so the
    server must refuse unlisted origins itself. That endpoint also accepts its own
    origin (same-origin pages), which this list need not contain.
    """
    origins = current_app.config.get("CORS_ORIGINS") or []
    if not origin or not origins:
        return False
    if origins == ["*"]:
        return True
    try:
        return normalize_origin(origin) in origins
    except ValueError:
        return False
