"""Declaring endpoints once: registration, auth, parsing and the envelope.

``endpoint()`` registers a view on a blueprint and records what it takes and
returns as pydantic models (an :class:`Operation`). The same record drives
request parsing (:mod:`t2m.api.parsing`) at run time and the OpenAPI 3.1
document (:mod:`t2m.api.openapi`), so the two cannot drift apart;
``Idempotency-Key`` handling is :mod:`t2m.api.idempotent`.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from flask import Blueprint, Response, current_app, request
from pydantic import BaseModel

from t2m.api.envelope import ok
from t2m.api.idempotent import IDEMPOTENCY_HEADER, run_idempotent
from t2m.api.parsing import parse_files, parse_form, parse_json, parse_optional_json, parse_query
from t2m.auth import authenticate, current_principal

OPERATIONS: list[Operation] = []


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
    stream: bool = False


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
    stream: bool = False,
):
    """Register an API view and describe it for OpenAPI.

    ``auth`` is ``public``, ``optional``, ``access`` (JWT or API key) or
    ``refresh`` (refresh JWT). The view receives path arguments plus
    ``body``/``form``/``query`` models, and returns data, a :class:`Reply`
    or a ready :class:`flask.Response`. With ``raw=True`` the data is sent
    without the envelope (for OAuth2 clients and the OpenAPI document).
    With ``idempotent=True`` (``auth="access"`` only) a request carrying an
    ``Idempotency-Key`` header runs at most once per user and key; see
    :func:`t2m.api.idempotent.run_idempotent`. With ``body_required=False`` the JSON body may be
    left out: the view then gets ``body=None``, and a body that is sent is
    validated against ``body`` as usual (see :func:`parse_optional_json`).
    With ``stream=True`` the view answers ``text/event-stream`` (server-sent events).
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
            stream=stream,
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
                return run_idempotent(lambda: run(path_args))
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
