"""Server-rendered pages (HTMX-enhanced)."""

from __future__ import annotations

from flask import Blueprint, Flask

bp = Blueprint("web", __name__)


def init_app(app: Flask) -> None:
    """Register the page routes and template helpers."""
    from t2m.web import (  # noqa: F401
        account,
        admin,
        collections,
        generate,
        jobs,
        library,
        live,
        notifications,
        pages,
        search,
        share,
        webhooks,
    )

    app.register_blueprint(bp)
    pages.init_app(app)
    notifications.init_app(app)
