"""One error hierarchy for the whole application.

Services raise these; one handler turns them (and every HTTP or extension
error) into the JSON envelope under ``/api`` and into a page elsewhere.
"""

from __future__ import annotations

from collections.abc import Callable

from flask import Flask, Response, current_app, request
from werkzeug.exceptions import HTTPException


class AppError(Exception):
    """Base of every error a client may see; carries a stable code and status."""

    code = "SERVER_ERROR"
    status = 500
    message = "Something went wrong on our side."

    def __init__(
        self,
        message: str | None = None,
        *,
        details: dict | None = None,
        code: str | None = None,
        status: int | None = None,
        headers: dict | None = None,
    ):
        super().__init__(message or self.message)
        self.message = message or self.message
        self.details = details or {}
        if code:
            self.code = code
        if status:
            self.status = status
        self.headers = headers or {}


class ValidationFailed(AppError):
    """The request was understood but its content is not acceptable."""

    code = "VALIDATION_ERROR"
    status = 422
    message = "The request has invalid fields."


class BadRequest(ValidationFailed):
    """The request could not be parsed (malformed JSON, wrong content type)."""

    status = 400
    message = "The request could not be read."


class AuthRequired(AppError):
    code = "AUTH_REQUIRED"
    status = 401
    message = "Authentication is required."


class AuthInvalid(AppError):
    code = "AUTH_INVALID"
    status = 401
    message = "The credentials are not valid."


class AuthExpired(AppError):
    code = "AUTH_EXPIRED"
    status = 401
    message = "The token has expired."


class PermissionDenied(AppError):
    code = "PERMISSION_DENIED"
    status = 403
    message = "You do not have permission to do this."


class NotFound(AppError):
    code = "RESOURCE_NOT_FOUND"
    status = 404
    message = "The resource was not found."


class Conflict(AppError):
    code = "CONFLICT"
    status = 409
    message = "The request conflicts with the current state."


class TooLarge(AppError):
    code = "FILE_TOO_LARGE"
    status = 413
    message = "The request body is too large."


class RateLimited(AppError):
    code = "RATE_LIMIT_EXCEEDED"
    status = 429
    message = "Too many requests; slow down."


class ServiceUnavailable(AppError):
    code = "SERVICE_UNAVAILABLE"
    status = 503
    message = "The service is temporarily unavailable."


# HTTP statuses raised by Flask/Werkzeug or extensions, mapped onto our codes.
_HTTP_CODES = {
    400: ("VALIDATION_ERROR", "The request could not be read."),
    401: ("AUTH_REQUIRED", "Authentication is required."),
    403: ("PERMISSION_DENIED", "You do not have permission to do this."),
    404: ("RESOURCE_NOT_FOUND", "The resource was not found."),
    405: ("METHOD_NOT_ALLOWED", "This method is not allowed here."),
    406: ("NOT_ACCEPTABLE", "The requested representation is not available."),
    409: ("CONFLICT", "The request conflicts with the current state."),
    413: ("FILE_TOO_LARGE", "The request body is too large."),
    415: ("UNSUPPORTED_MEDIA_TYPE", "The request content type is not supported."),
    416: ("RANGE_NOT_SATISFIABLE", "The requested byte range is outside the file."),
    429: ("RATE_LIMIT_EXCEEDED", "Too many requests; slow down."),
    503: ("SERVICE_UNAVAILABLE", "The service is temporarily unavailable."),
}


def from_http(exc: HTTPException) -> AppError:
    """Translate a Werkzeug HTTP exception into an :class:`AppError`."""
    status = exc.code or 500
    code, message = _HTTP_CODES.get(status, ("SERVER_ERROR", AppError.message))
    # Keep what the exception says about itself (Content-Range on a 416, ...).
    headers = {k: v for k, v in exc.get_headers() if k.lower() != "content-type"}
    if status == 405 and getattr(exc, "valid_methods", None):
        headers["Allow"] = ", ".join(exc.valid_methods)
    if status == 429:
        limit = getattr(exc, "limit", None)
        retry = getattr(getattr(limit, "limit", None), "get_expiry", lambda: 60)()
        headers.setdefault("Retry-After", str(retry))
        message = f"{message} Limit: {getattr(exc, 'description', '')}".strip()
    if status == 413:
        limit_mb = current_app.config.get("MAX_UPLOAD_MB")
        message = f"The request body is larger than the {limit_mb} MB limit."
    if status == 400 and getattr(exc, "description", None) and "CSRF" in exc.description:
        message = "The form expired. Reload the page and try again."
    return AppError(message, code=code, status=status, headers=headers)


def _wants_json() -> bool:
    """The API and the realtime socket always; pages' scripts (uploads) when they
    ask for JSON."""
    if request.path.startswith("/api/") or request.path == "/realtime":
        return True
    best = request.accept_mimetypes.best_match(["text/html", "application/json"])
    return (
        best == "application/json"
        and request.accept_mimetypes[best] > request.accept_mimetypes["text/html"]
    )


# Draws an error for a client: the API envelope or an error page.
Renderer = Callable[["AppError"], Response]


def handle(exc: Exception):
    """The one door every error goes through: JSON for the API, a page otherwise,
    each drawn by the renderer the factory registered (see :func:`init_app`)."""
    if isinstance(exc, HTTPException):
        err = from_http(exc)
    elif isinstance(exc, AppError):
        err = exc
    else:
        current_app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        err = AppError()
    renderers = current_app.extensions["t2m.errors"]
    return renderers["json" if _wants_json() else "html"](err)


def init_app(app: Flask, *, json: Renderer, html: Renderer) -> None:
    """Register the single error handler for every exception type, with the
    renderers of the two front ends: ``json`` (the API envelope) and ``html``
    (the error page). This module sits below both and imports neither."""
    app.extensions["t2m.errors"] = {"json": json, "html": html}
    app.register_error_handler(Exception, handle)
