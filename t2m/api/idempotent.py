"""``Idempotency-Key`` on an endpoint: the same key and request replay the first
response (see :mod:`t2m.services.idempotency` for the records)."""

from __future__ import annotations

from collections.abc import Callable

from flask import Response, jsonify, request
from werkzeug.exceptions import HTTPException

from t2m.api.envelope import error_response, meta
from t2m.api.parsing import read_json_body
from t2m.auth import current_principal
from t2m.errors import AppError, from_http
from t2m.extensions import db
from t2m.services import idempotency

IDEMPOTENCY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"


def run_idempotent(run: Callable[[], Response]) -> Response:
    """Run an idempotent view at most once per (user, ``Idempotency-Key``).

    Called after authentication and before the body is parsed. The body is
    read once (``read_json_body`` caches it for ``parse_json``) and hashed
    with the method and path; :func:`t2m.services.idempotency.begin` then
    either claims the key or hands back the stored response, which is sent
    again with ``Idempotent-Replayed: true``.

    What is stored is the envelope exactly as first sent, with its own
    ``meta``. A replay sends the stored ``success``/``data``/``message``/
    ``error`` and status, with a fresh ``meta`` for this request, so that
    ``meta.request_id`` always matches this response's ``X-Request-ID``.
    Headers are not stored or replayed. Responses below 500, error envelopes
    included (the same invalid request gets the same 4xx), are stored; a 5xx
    or an unexpected exception releases the key so the client may retry.
    """
    key = idempotency.validate_key(request.headers.get(IDEMPOTENCY_HEADER))
    owner_id = current_principal().user.id
    digest = idempotency.request_hash(request.method, request.path, read_json_body())
    begun = idempotency.begin(owner_id, key, request.method, request.path, digest)
    if begun.is_replay:
        return _replay(begun.status_code, begun.response)
    try:
        try:
            response = run()
        except HTTPException as exc:
            err = from_http(exc)
            if err.status >= 500:
                raise
            response = error_response(err)
        except AppError as exc:
            if exc.status >= 500:
                raise
            response = error_response(exc)
    except BaseException:
        # Nothing the failed view left in its session may be committed, and on
        # SQLite an open write would block the release below.
        db.session.rollback()
        idempotency.release(begun.row_id)
        raise
    body = response.get_json(silent=True) if response.is_json else None
    if response.status_code < 500 and body is not None:
        if response.status_code >= 400:
            db.session.rollback()
        idempotency.finish(begun.row_id, response.status_code, body)
    else:
        idempotency.release(begun.row_id)
    return response


def _replay(status_code: int | None, stored) -> Response:
    """The stored response again, marked as a replay, with this request's meta."""
    body = stored
    if isinstance(stored, dict) and "meta" in stored:
        body = {k: v for k, v in stored.items() if k != "meta"}
        body["meta"] = meta()
    response = jsonify(body)
    response.status_code = status_code or 200
    response.headers[REPLAYED_HEADER] = "true"
    return response
