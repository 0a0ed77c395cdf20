"""Links to API routes for what leaves the request (event payloads, mail).

``T2M_PUBLIC_URL`` (``https://media.example.com``) makes them absolute
anywhere, the worker included; without it a request's own host is used, and
outside a request the path alone is given.
"""

from __future__ import annotations

from flask import current_app, has_request_context, url_for


def api_url(endpoint: str, **values) -> str:
    """The URL of ``endpoint`` (``"api.download_file"``) with ``values``."""
    base = (current_app.config.get("PUBLIC_URL") or "").rstrip("/")
    if not base and has_request_context():
        return url_for(endpoint, _external=True, **values)
    path = current_app.url_map.bind("localhost").build(endpoint, values)
    return base + path
