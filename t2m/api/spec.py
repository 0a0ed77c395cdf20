"""Declaring endpoints once: parsing, auth, envelope and the OpenAPI document.

``endpoint()`` registers a view on a blueprint and records what it takes and
returns as pydantic models. The same record drives request parsing at run
time and the OpenAPI 3.1 document, so the two cannot drift apart.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, current_app, jsonify, request
from pydantic import BaseModel, ValidationError
from pydantic.json_schema import models_json_schema
from werkzeug.exceptions import HTTPException

from t2m.api.envelope import error_response, meta, ok
from t2m.auth import authenticate, current_principal
from t2m.db import MAX_ID
from t2m.errors import AppError, BadRequest, ValidationFailed, from_http
from t2m.extensions import db
from t2m.services import idempotency

OPERATIONS: list[Operation] = []

ERROR_TEXT = {
    400: "Malformed request (invalid JSON, wrong content type).",
    401: "Missing, invalid, expired or revoked credentials.",
    403: "Authenticated but not allowed (missing scope or role).",
    404: "Not found, or not yours.",
    409: "Conflicts with existing data.",
    413: "Request body too large.",
    415: "The file's content is not an accepted type.",
    416: "The byte range is outside the file.",
    422: "Validation failed; `error.details` lists the fields.",
    429: "Rate limit exceeded; see `Retry-After`.",
    500: "Unexpected server error.",
    503: "A dependency is unavailable.",
}


@dataclass
class Reply:
    """What a view may return when it needs a message, status or headers."""

    data: Any = None
    message: str | None = None
    status: int | None = None
    headers: dict = field(default_factory=dict)


@dataclass
class Operation:
    rule: str
    method: str
    endpoint: str
    summary: str
    description: str | None
    tags: list[str]
    auth: str
    scopes: tuple[str, ...]
    body: type[BaseModel] | None
    form: type[BaseModel] | None
    query: type[BaseModel] | None
    response: type[BaseModel] | None
    status: int
    errors: tuple[int, ...]
    raw: bool
    blueprint: str
    error_schemas: dict[int, type[BaseModel]] = field(default_factory=dict)
    uploads: dict[str, bool] = field(default_factory=dict)
    binary: bool = False
    idempotent: bool = False
    body_required: bool = True


def _field_errors(exc: ValidationError) -> dict[str, list[str]]:
    details: dict[str, list[str]] = {}
    for err in exc.errors(include_url=False, include_input=False):
        loc = ".".join(str(p) for p in err["loc"]) or "body"
        details.setdefault(loc, []).append(err["msg"])
    return details


_BODY_CACHE = "t2m.json_body"


def _read_json_body() -> bytes:
    """The raw body (at most ``MAX_JSON_BYTES``), read from the stream once per
    request and kept in its WSGI environ, so idempotency hashing and parsing see
    the same bytes."""
    cached = request.environ.get(_BODY_CACHE)
    if cached is not None:
        return cached
    limit = current_app.config["MAX_JSON_BYTES"]
    if request.content_length is not None and request.content_length > limit:
        raise AppError(
            f"The JSON body is larger than {limit} bytes.", code="REQUEST_TOO_LARGE", status=413
        )
    raw = request.stream.read(limit + 1)
    if len(raw) > limit:
        raise AppError(
            f"The JSON body is larger than {limit} bytes.", code="REQUEST_TOO_LARGE", status=413
        )
    request.environ[_BODY_CACHE] = raw
    return raw


def parse_json(model: type[BaseModel]) -> BaseModel:
    """Validate the JSON body against ``model`` (strict types, no unknown fields)."""
    if not request.is_json:
        raise BadRequest(
            "Send a JSON body with 'Content-Type: application/json'.",
            details={"body": ["expected application/json"]},
        )
    raw = _read_json_body()
    if not raw.strip():
        raise BadRequest("A JSON body is required.", details={"body": ["empty"]})
    try:
        return model.model_validate_json(raw, strict=True)
    except ValidationError as exc:
        kinds = {e["type"] for e in exc.errors()}
        if "json_invalid" in kinds or "json_type" in kinds:
            raise BadRequest(
                "The body is not valid JSON.", details={"body": ["invalid JSON"]}
            ) from None
        if "model_type" in kinds and all(not e["loc"] for e in exc.errors()):
            raise ValidationFailed(
                "The body must be a JSON object.", details={"body": ["expected a JSON object"]}
            ) from None
        raise ValidationFailed(details=_field_errors(exc)) from None


def parse_optional_json(model: type[BaseModel]) -> BaseModel | None:
    """The JSON body validated as :func:`parse_json` does, or ``None`` when the
    request has no body (no bytes, whatever the ``Content-Type``). Bytes sent
    without a JSON ``Content-Type`` are still a 400, never silently ignored."""
    if not _read_json_body():
        return None
    return parse_json(model)


def parse_form(model: type[BaseModel], multipart: bool = False) -> BaseModel:
    """Validate an ``application/x-www-form-urlencoded`` (or multipart) body."""
    allowed = (
        ("multipart/form-data",)
        if multipart
        else ("application/x-www-form-urlencoded", "multipart/form-data")
    )
    if request.mimetype not in allowed:
        raise BadRequest(
            f"Send a form body ({' or '.join(allowed)}).",
            details={"body": [f"expected {allowed[0]}"]},
        )
    try:
        return model.model_validate(request.form.to_dict())
    except ValidationError as exc:
        raise ValidationFailed(details=_field_errors(exc)) from None


def parse_files(fields: dict[str, bool]) -> dict[str, list]:
    """The uploaded files of a multipart body, spooled and hashed (see t2m.uploads)."""
    from t2m.uploads import from_file_storage

    found, errors = {}, {}
    for name, many in fields.items():
        items = [f for f in request.files.getlist(name) if f.filename is not None]
        if not items:
            errors[name] = ["A file is required."]
        elif not many and len(items) > 1:
            errors[name] = ["Send one file in this field."]
        found[name] = [from_file_storage(f) for f in items]
    if errors:
        raise ValidationFailed("A file is missing.", details=errors)
    return found


def parse_query(model: type[BaseModel]) -> BaseModel:
    """Validate the query string against ``model``."""
    try:
        return model.model_validate(request.args.to_dict())
    except ValidationError as exc:
        raise ValidationFailed(details=_field_errors(exc)) from None


def _serialize(model: type[BaseModel] | None, data):
    if model is None or data is None:
        return data
    if isinstance(data, BaseModel):
        return data.model_dump(mode="json")
    return model.model_validate(data, from_attributes=True).model_dump(mode="json")


def endpoint(
    bp: Blueprint,
    rule: str,
    method: str = "GET",
    *,
    summary: str,
    tags: list[str],
    auth: str = "access",
    scopes: tuple[str, ...] = (),
    body: type[BaseModel] | None = None,
    form: type[BaseModel] | None = None,
    query: type[BaseModel] | None = None,
    response: type[BaseModel] | None = None,
    status: int = 200,
    errors: tuple[int, ...] = (),
    raw: bool = False,
    rate_limit: Callable | None = None,
    error_schemas: dict[int, type[BaseModel]] | None = None,
    uploads: dict[str, bool] | None = None,
    binary: bool = False,
    description: str | None = None,
    idempotent: bool = False,
    body_required: bool = True,
):
    """Register an API view and describe it for OpenAPI.

    ``auth`` is ``public``, ``optional``, ``access`` (JWT or API key) or
    ``refresh`` (refresh JWT). The view receives path arguments plus
    ``body``/``form``/``query`` models, and returns data, a :class:`Reply`
    or a ready :class:`flask.Response`. With ``raw=True`` the data is sent
    without the envelope (for OAuth2 clients and the OpenAPI document).
    With ``idempotent=True`` (``auth="access"`` only) a request carrying an
    ``Idempotency-Key`` header runs at most once per user and key; see
    :func:`_run_idempotent`. With ``body_required=False`` the JSON body may be
    left out: the view then gets ``body=None``, and a body that is sent is
    validated against ``body`` as usual (see :func:`parse_optional_json`).
    """
    if idempotent and auth != "access":
        raise ValueError("idempotent endpoints need auth='access' (keys are per user)")
    if not body_required and body is None:
        raise ValueError("body_required=False needs a body model")

    def decorator(fn):
        op = Operation(
            rule=rule,
            method=method.upper(),
            endpoint=fn.__name__,
            summary=summary,
            description=description or (fn.__doc__ or "").strip() or None,
            tags=tags,
            auth=auth,
            scopes=scopes,
            body=body,
            form=form,
            query=query,
            response=response,
            status=status,
            errors=errors,
            raw=raw,
            blueprint=bp.name,
            error_schemas=dict(error_schemas or {}),
            uploads=dict(uploads or {}),
            binary=binary,
            idempotent=idempotent,
            body_required=body_required,
        )

        @functools.wraps(fn)
        def view(**path_args):
            if auth in ("access", "refresh"):
                authenticate(auth)
            elif auth == "optional":
                authenticate("access", optional=True)
            if scopes:
                current_principal().require(*scopes)
            if idempotent and request.headers.get(IDEMPOTENCY_HEADER) is not None:
                return _run_idempotent(lambda: run(path_args))
            return run(path_args)

        def run(path_args: dict) -> Response:
            kwargs = dict(path_args)
            if query is not None:
                kwargs["query"] = parse_query(query)
            if body is not None:
                kwargs["body"] = parse_json(body) if body_required else parse_optional_json(body)
            if form is not None:
                kwargs["form"] = parse_form(form, multipart=bool(uploads))
            if uploads:
                kwargs["files"] = parse_files(uploads)
            result = fn(**kwargs)
            if isinstance(result, Response):
                return result
            reply = result if isinstance(result, Reply) else Reply(data=result)
            data = _serialize(response, reply.data)
            code = reply.status or status
            if raw:
                out = current_app.json.response(data)
                out.status_code = code
                out.headers.update(reply.headers)
                return out
            return ok(data, reply.message, code, reply.headers)

        wrapped = rate_limit(view) if rate_limit else view
        bp.add_url_rule(rule, endpoint=fn.__name__, view_func=wrapped, methods=[op.method])
        OPERATIONS.append(op)
        return fn

    return decorator


# --------------------------------------------------------------------------
# Idempotency-Key

IDEMPOTENCY_HEADER = "Idempotency-Key"
REPLAYED_HEADER = "Idempotent-Replayed"


def _run_idempotent(run: Callable[[], Response]) -> Response:
    """Run an idempotent view at most once per (user, ``Idempotency-Key``).

    Called after authentication and before the body is parsed. The body is
    read once (``_read_json_body`` caches it for ``parse_json``) and hashed
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
    digest = idempotency.request_hash(request.method, request.path, _read_json_body())
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


def _idempotency_docs(item: dict, responses: dict) -> None:
    """Describe the ``Idempotency-Key`` header, the replay marker and the 409s."""
    item.setdefault("parameters", []).append(
        {
            "name": IDEMPOTENCY_HEADER,
            "in": "header",
            "required": False,
            "description": "Makes the request safe to retry: for 24 hours by default "
            "(the server's `IDEMPOTENCY_TTL_HOURS`) the same key with the same method, "
            "path and JSON body returns the first response again (same status, same "
            "`data` or `error`) with `Idempotent-Replayed: true` instead of running "
            "again. The same key with a different request is `409 IDEMPOTENCY_CONFLICT`; "
            "a retry while the first request is still running is "
            "`409 IDEMPOTENCY_IN_PROGRESS` (with `Retry-After`). Keys are per user; a "
            "5xx is not stored, so the request may be retried with the same key.",
            "schema": {"type": "string", "minLength": 1, "maxLength": 255, "pattern": "^[!-~]+$"},
        }
    )
    replayed = {
        "description": "`true` when this is the stored response of an earlier "
        "request with the same `Idempotency-Key`.",
        "schema": {"type": "string", "enum": ["true"]},
    }
    for code, response in responses.items():
        if int(code) < 500:  # any stored answer may come back, errors included
            response.setdefault("headers", {})[REPLAYED_HEADER] = replayed
    responses["409"]["description"] = (
        ERROR_TEXT[409] + " `IDEMPOTENCY_CONFLICT`: the Idempotency-Key was used with "
        "a different request. `IDEMPOTENCY_IN_PROGRESS`: a request with this key is "
        "still running; retry after `Retry-After` seconds."
    )


# --------------------------------------------------------------------------
# OpenAPI

_CONVERTER = re.compile(r"<(?:(\w+)(?:\([^)]*\))?:)?(\w+)>")


def _openapi_path(prefix: str, rule: str) -> tuple[str, list[dict]]:
    params = []

    def repl(match):
        conv, name = match.group(1) or "string", match.group(2)
        if conv == "id":
            schema = {"type": "integer", "minimum": 1, "maximum": MAX_ID}
        elif conv == "int":
            schema = {"type": "integer"}
        else:
            schema = {"type": "string"}
        params.append({"name": name, "in": "path", "required": True, "schema": schema})
        return "{" + name + "}"

    return prefix + _CONVERTER.sub(repl, rule), params


def build_openapi(prefix: str, info: dict, tags: list[dict] | None = None) -> dict:
    """The OpenAPI 3.1 document for every registered operation."""
    from t2m.api.schemas import ErrorEnvelope, Meta

    pairs = [(ErrorEnvelope, "serialization"), (Meta, "serialization")]
    for op in OPERATIONS:
        for model, mode in (
            (op.body, "validation"),
            (op.form, "validation"),
            (op.query, "validation"),
            (op.response, "serialization"),
        ):
            if model is not None and (model, mode) not in pairs:
                pairs.append((model, mode))
        for model in op.error_schemas.values():
            if (model, "serialization") not in pairs:
                pairs.append((model, "serialization"))
    refs, defs = models_json_schema(pairs, ref_template="#/components/schemas/{model}")
    components = defs.get("$defs", {})

    def ref(model, mode="serialization"):
        return refs[(model, mode)]

    error_ref = ref(ErrorEnvelope)
    paths: dict[str, dict] = {}
    for op in OPERATIONS:
        path, params = _openapi_path(prefix, op.rule)
        item: dict[str, Any] = {
            "operationId": op.endpoint,
            "summary": op.summary,
            "tags": op.tags,
        }
        if op.description:
            item["description"] = op.description
        if op.query is not None:
            qschema = components.get(op.query.__name__) or op.query.model_json_schema()
            required = set(qschema.get("required", []))
            for name, prop in qschema.get("properties", {}).items():
                entry = {"name": name, "in": "query", "required": name in required, "schema": prop}
                if "description" in prop:
                    entry["description"] = prop["description"]
                if prop.get("type") == "array":  # one parameter, comma-separated: ids=1,2,3
                    entry.update(style="form", explode=False)
                params.append(entry)
        if params:
            item["parameters"] = params
        if op.body is not None:
            item["requestBody"] = {
                "required": op.body_required,
                "content": {"application/json": {"schema": ref(op.body, "validation")}},
            }
        if op.form is not None and op.uploads:
            binary = {"type": "string", "contentMediaType": "application/octet-stream"}
            files_schema = {
                "type": "object",
                "required": list(op.uploads),
                "properties": {
                    name: {"type": "array", "items": binary, "maxItems": 100} if many else binary
                    for name, many in op.uploads.items()
                },
            }
            item["requestBody"] = {
                "required": True,
                "content": {
                    "multipart/form-data": {
                        "schema": {"allOf": [ref(op.form, "validation"), files_schema]}
                    }
                },
            }
        elif op.form is not None:
            item["requestBody"] = {
                "required": True,
                "content": {
                    "application/x-www-form-urlencoded": {"schema": ref(op.form, "validation")}
                },
            }

        if op.response is not None:
            data_schema = ref(op.response)
        else:
            data_schema = {"type": "object"} if op.raw else {"type": "null"}
        if op.raw:
            ok_schema = data_schema
        else:
            ok_schema = {
                "type": "object",
                "required": ["success", "data", "meta"],
                "properties": {
                    "success": {"const": True},
                    "data": data_schema,
                    "message": {"type": ["string", "null"]},
                    "meta": ref(Meta),
                },
            }
        if op.binary:
            content = {
                "*/*": {
                    "schema": {"type": "string", "contentMediaType": "application/octet-stream"}
                }
            }
            responses = {
                "200": {"description": "The bytes", "content": content},
                "206": {"description": "The requested byte range", "content": content},
                "302": {"description": "Redirect to a short-lived direct URL"},
                "304": {"description": "Not modified (ETag / If-None-Match)"},
            }
        else:
            responses = {
                str(op.status): {
                    "description": "Success",
                    "content": {"application/json": {"schema": ok_schema}},
                }
            }
        codes = set(op.errors) | {500}
        if op.binary:
            codes.add(416)
        if op.uploads:
            codes |= {413, 415}
        if op.body is not None or op.form is not None:
            codes |= {400, 413, 422}
        if op.query is not None:
            codes.add(422)
        if op.auth in ("access", "refresh", "optional"):
            codes.add(401)
        if op.scopes:
            codes.add(403)
        if op.idempotent:
            codes |= {400, 409}
        if params and any(p["in"] == "path" for p in params):
            codes.add(404)
        for code in sorted(codes):
            schema = ref(op.error_schemas[code]) if code in op.error_schemas else error_ref
            responses[str(code)] = {
                "description": ERROR_TEXT.get(code, "Error"),
                "content": {"application/json": {"schema": schema}},
            }
        if op.idempotent:
            _idempotency_docs(item, responses)
        item["responses"] = responses
        if op.auth in ("access", "optional"):
            item["security"] = [{"bearerAuth": []}, {"apiKeyAuth": []}]
            if op.auth == "optional":
                item["security"].insert(0, {})
        elif op.auth == "refresh":
            item["security"] = [{"bearerAuth": []}]
        else:
            item["security"] = []
        if op.scopes:
            item["x-required-scopes"] = list(op.scopes)
        paths.setdefault(path, {})[op.method.lower()] = item

    return {
        "openapi": "3.1.0",
        "info": info,
        "servers": [{"url": "/"}],
        "tags": tags or [],
        "paths": dict(sorted(paths.items())),
        "components": {
            "schemas": components,
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": "JWT",
                    "description": "An access token from /auth/login, or an "
                    "API key (`t2m_…`) as the bearer value.",
                },
                "apiKeyAuth": {"type": "apiKey", "in": "header", "name": "X-API-Key"},
            },
        },
    }
