"""Home page, error pages and template helpers."""

from __future__ import annotations

from flask import Flask, render_template, request

from t2m.errors import AppError
from t2m.web import bp
from t2m.web.forms import ConfirmForm
from t2m.web.live import live_attrs


@bp.get("/")
def index():
    return render_template("index.html")


def error_page(err: AppError):
    """Render an error as a page (or a small partial for HTMX requests)."""
    template = "errors/_error.html" if getattr(request, "htmx", False) else "errors/error.html"
    response = render_template(template, error=err), err.status
    return response[0], response[1], err.headers


def init_app(app: Flask) -> None:
    @app.context_processor
    def _helpers():
        # A CSRF-only form for the sign-out button in the navigation bar.
        return {"nav_form": ConfirmForm(), "live_attrs": live_attrs}
