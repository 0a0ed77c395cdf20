"""Home page, error pages and template helpers."""

from __future__ import annotations

from flask import Flask, render_template, request
from flask_login import current_user

from t2m.errors import AppError
from t2m.web import bp
from t2m.web.forms import ConfirmForm
from t2m.web.live import live_attrs

HOME_FILES = 6
HOME_JOBS = 5
HOME_VIDEOS = 4


@bp.get("/")
def index():
    """Signed out, what T2M is; signed in, where your things stand: recent
    uploads, what is running, your latest videos."""
    if not current_user.is_authenticated:
        return render_template("index.html")
    from t2m.services import generation, jobs
    from t2m.services.library import files as library

    running = jobs.running(current_user, HOME_JOBS)
    return render_template(
        "home.html",
        files=library.list_files(current_user, library.FileFilter(), 1, HOME_FILES),
        running=running,
        running_files=jobs.job_files(running),
        recent=generation.recent(current_user, HOME_VIDEOS),
    )


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
