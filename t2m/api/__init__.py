"""The JSON API at ``/api/v1``: one envelope, stable error codes, OpenAPI."""

from __future__ import annotations

from flask import Blueprint, Flask

from t2m.api import envelope
from t2m.extensions import csrf

PREFIX = "/api/v1"
bp = Blueprint("api", __name__, url_prefix=PREFIX)


def init_app(app: Flask) -> None:
    """Register the API blueprint (token-authenticated, so no CSRF)."""
    from t2m.api import (  # noqa: F401  (register the routes)
        auth,
        collections,
        docs,
        events,
        files,
        jobs,
        library,
        stories,
        system,
        users,
        videos,
        webhooks,
    )

    csrf.exempt(bp)
    envelope.init_app(app)
    app.register_blueprint(bp)
    app.register_blueprint(docs.pages)
