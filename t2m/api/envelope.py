"""The one JSON envelope of DESIGN §4, request ids, and the pagination block."""

from __future__ import annotations

import math
import re
import secrets
from datetime import UTC, datetime

from flask import Flask, g, jsonify, request

from t2m.errors import AppError

_CLIENT_ID = re.compile(r"^[A-Za-z0-9_.:-]{1,64}$")


def request_id() -> str:
    """This request's id: the client's ``X-Request-ID`` if sane, else ``req_…``."""
    rid = g.get("request_id")
    if rid is None:
        incoming = request.headers.get("X-Request-ID", "")
        rid = incoming if _CLIENT_ID.match(incoming) else "req_" + secrets.token_hex(12)
        g.request_id = rid
    return rid


def meta() -> dict:
    """The ``meta`` block every response carries."""
    now = datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
    return {"timestamp": now, "request_id": request_id()}


def ok(data=None, message: str | None = None, status: int = 200, headers: dict | None = None):
    """A success envelope."""
    body = {"success": True, "data": data, "message": message, "meta": meta()}
    response = jsonify(body)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def error_response(err: AppError):
    """An error envelope; never contains a stack trace."""
    error = {"code": err.code, "message": err.message}
    if err.details:
        error["details"] = err.details
    response = jsonify({"success": False, "error": error, "meta": meta()})
    response.status_code = err.status
    response.headers.update(err.headers)
    if err.status == 401:
        response.headers.setdefault("WWW-Authenticate", 'Bearer realm="t2m"')
    return response


def pagination(page: int, items_per_page: int, total_items: int) -> dict:
    """The pagination block of every list response."""
    total_pages = max(1, math.ceil(total_items / items_per_page)) if items_per_page else 1
    has_next = page < total_pages
    has_previous = page > 1
    return {
        "page": page,
        "items_per_page": items_per_page,
        "total_items": total_items,
        "total_pages": total_pages,
        "has_next": has_next,
        "has_previous": has_previous,
        "next_page": page + 1 if has_next else None,
        "previous_page": page - 1 if has_previous else None,
    }


def page_data(page) -> dict:
    """``{items, pagination}`` for a :class:`t2m.services.pagination.Page`."""
    return {
        "items": page.items,
        "pagination": pagination(page.page, page.items_per_page, page.total_items),
    }


def init_app(app: Flask) -> None:
    """Give every response (pages too) an ``X-Request-ID`` header."""

    @app.after_request
    def _add_request_id(response):
        response.headers["X-Request-ID"] = request_id()
        return response
