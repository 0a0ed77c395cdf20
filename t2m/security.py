"""Security headers on every response: pages, API, static files and errors.

The Content-Security-Policy lets a page run and style only what T2M serves
itself: no inline script, no inline style, no ``eval``, no plugins, no framing.
Templates therefore carry no ``<script>`` bodies, ``on…=`` handlers or
``style=""`` attributes; behaviour lives in ``t2m/static/*.js``, which may set
``element.style`` (CSSOM is not an inline style).

Three things widen the policy, each no further than it must:

- S3 storage serving by presigned redirect (``T2M_S3_SERVE=redirect``): the
  browser then fetches videos, pictures and HLS segments from the bucket, so
  the bucket's origin joins ``img-src``, ``media-src`` and ``connect-src``.
- A view or template that shows one remote resource (a user's avatar) allows
  that URL's origin for that one response with :func:`allow` or the
  ``remote_image`` template helper.
- The API reference page (Swagger UI) draws its icons from ``data:`` SVGs in
  its stylesheet: ``img-src data:`` on that page only (:func:`allow_source`).
- The embed page of a shared video may be framed by any site
  (:func:`frameable`: ``frame-ancestors *`` and no ``X-Frame-Options``).

A response that brings its own policy (user files served with
``Content-Security-Policy: sandbox``) keeps it; so do responses that set their
own ``Referrer-Policy`` (signed links say ``no-referrer``).
"""

from __future__ import annotations

from urllib.parse import urlsplit

from flask import Flask, Response, current_app, g

# The app's own origin for everything; the blob: sources are hls.js's: it plays
# HLS through MediaSource (a blob: URL given to <video>) and demuxes in a Worker
# it starts from a blob: URL.
BASE_POLICY: dict[str, tuple[str, ...]] = {
    "default-src": ("'self'",),
    "script-src": ("'self'",),
    "style-src": ("'self'",),
    "img-src": ("'self'",),
    "media-src": ("'self'", "blob:"),
    "connect-src": ("'self'",),
    "worker-src": ("'self'", "blob:"),
    "font-src": ("'self'",),
    "object-src": ("'none'",),
    "base-uri": ("'self'",),
    "form-action": ("'self'",),
    "frame-ancestors": ("'none'",),
}
# What the browser loads from the bucket when S3 objects are served by redirect.
BUCKET_DIRECTIVES = ("img-src", "media-src", "connect-src")
HSTS = "max-age=31536000; includeSubDomains"
_EXTRA = "t2m_csp_extra"
_FRAMEABLE = "t2m_frameable"


def init_app(app: Flask) -> None:
    """Build the app's policy once and add the headers to every response."""
    policy = {name: list(sources) for name, sources in BASE_POLICY.items()}
    for origin in bucket_origins(app.config):
        for name in BUCKET_DIRECTIVES:
            policy[name].append(origin)
    app.extensions["t2m_csp"] = policy
    app.extensions["t2m_csp_header"] = render_policy(policy)
    hsts = bool(app.config.get("SESSION_COOKIE_SECURE"))

    @app.after_request
    def _security_headers(response: Response) -> Response:
        headers = response.headers
        if "Content-Security-Policy" not in headers:
            headers["Content-Security-Policy"] = current_policy()
        if not g.get(_FRAMEABLE):
            headers.setdefault("X-Frame-Options", "DENY")
        headers.setdefault("X-Content-Type-Options", "nosniff")
        headers.setdefault("Referrer-Policy", "strict-origin-when-cross-origin")
        if hsts:
            headers.setdefault("Strict-Transport-Security", HSTS)
        return response

    app.add_template_global(remote_image)


def render_policy(policy: dict[str, list[str]]) -> str:
    """The header value of a policy given as {directive: sources}."""
    return "; ".join(" ".join([name, *sources]) for name, sources in policy.items())


def current_policy() -> str:
    """The policy of the response being made: the app's, plus what :func:`allow` added."""
    extra = g.get(_EXTRA)
    if not extra and not g.get(_FRAMEABLE):
        return current_app.extensions["t2m_csp_header"]
    policy = {name: list(sources) for name, sources in current_app.extensions["t2m_csp"].items()}
    if g.get(_FRAMEABLE):
        policy["frame-ancestors"] = ["*"]
    extra = extra or {}
    for name, sources in extra.items():
        policy.setdefault(name, [*policy.get("default-src", ())])
        policy[name].extend(s for s in sources if s not in policy[name])
    return render_policy(policy)


def origin_of(url: str | None) -> str | None:
    """``scheme://host[:port]`` of an absolute http(s) URL, else None."""
    try:
        parts = urlsplit(url or "")
        port = parts.port
    except ValueError:
        return None
    if parts.scheme not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname
    if ":" in host:  # an IPv6 literal
        host = f"[{host}]"
    return f"{parts.scheme}://{host}" + (f":{port}" if port else "")


def allow(directive: str, url: str | None) -> None:
    """Allow ``url``'s origin for ``directive`` in the current response's policy only."""
    origin = origin_of(url)
    if origin is not None:
        allow_source(directive, origin)


def frameable() -> None:
    """Let any site show the current response in a frame (the embed page)."""
    setattr(g, _FRAMEABLE, True)


def allow_source(directive: str, source: str) -> None:
    """Add ``source`` (an origin, or a scheme like ``data:``) to ``directive`` in
    the current response's policy only."""
    extra = g.get(_EXTRA)
    if extra is None:
        extra = {}
        setattr(g, _EXTRA, extra)
    extra.setdefault(directive, []).append(source)


def remote_image(url: str | None) -> str | None:
    """Template helper: ``<img src="{{ remote_image(url) }}">`` shows an image from
    another site (an avatar) by allowing its origin in ``img-src`` for this page."""
    allow("img-src", url)
    return url


def bucket_origins(config) -> list[str]:
    """The origins the browser is sent to for S3 objects, or none.

    Only with ``STORAGE=s3`` and ``S3_SERVE=redirect``. The origin is read off
    a URL presigned the way the storage presigns downloads (the same client
    settings: path-style at a custom endpoint, virtual-hosted or path-style
    at AWS depending on the bucket name); presigning is local, so dummy
    credentials do. On AWS the bucket's regional host is added too, where S3
    redirects a request for a bucket whose global name is not yet resolvable.
    """
    if config.get("STORAGE") != "s3" or config.get("S3_SERVE", "redirect") != "redirect":
        return []
    from t2m.storage.s3 import S3Storage

    probe = S3Storage.from_config(
        {**config, "S3_ACCESS_KEY_ID": "csp-probe", "S3_SECRET_ACCESS_KEY": "csp-probe"}
    )
    try:
        url = probe.url_for_download("csp-probe")
    finally:
        probe.close()
    origins = [origin_of(url)]
    if not config.get("S3_ENDPOINT_URL"):
        region = config.get("S3_REGION") or "us-east-1"
        bucket = config.get("S3_BUCKET")
        virtual = urlsplit(url).hostname.startswith(f"{bucket}.")
        regional = f"https://{bucket}.s3.{region}.amazonaws.com"
        origins.append(regional if virtual else f"https://s3.{region}.amazonaws.com")
    return [o for i, o in enumerate(origins) if o and o not in origins[:i]]
