"""The OpenAPI 3.1 document, built from the endpoints :func:`t2m.api.spec.endpoint`
registered (the same records that drive request parsing, so the two cannot drift)."""

from __future__ import annotations

import re
from typing import Any

from pydantic.json_schema import models_json_schema

from t2m.api import idempotent, spec
from t2m.db import MAX_ID

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
    from t2m.api.event_schemas import EVENT_BODIES
    from t2m.api.schemas import ErrorEnvelope, Meta

    pairs = [(ErrorEnvelope, "serialization"), (Meta, "serialization")]
    for model in dict.fromkeys(EVENT_BODIES.values()):
        pairs.append((model, "serialization"))
    for op in spec.OPERATIONS:
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
    for op in spec.OPERATIONS:
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
        if op.stream:
            responses = {
                "200": {
                    "description": "Server-sent events, one per event, until the client "
                    "leaves or its credential is revoked",
                    "content": {"text/event-stream": {"schema": {"type": "string"}}},
                }
            }
        elif op.binary:
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
        "webhooks": {name: _webhook_item(name, ref(model)) for name, model in EVENT_BODIES.items()},
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


WEBHOOK_HEADERS = {
    "X-T2M-Signature": "`sha256=` and the hex HMAC-SHA256 of the raw body, keyed with the "
    "secret's UTF-8 bytes.",
    "X-Webhook-Signature": "The same HMAC in hex, without the prefix.",
    "webhook-id": "Standard Webhooks: the event id (`evt_…`), the same on every retry.",
    "webhook-timestamp": "Standard Webhooks: seconds since the epoch when it was sent.",
    "webhook-signature": "Standard Webhooks: `v1,<base64>` over `id.timestamp.body` "
    "(a second entry while a rotated secret still signs).",
    "X-T2M-Signature-Previous": "For 24 hours after a rotation: the HMAC with the old secret.",
    "X-T2M-Event": "The event type.",
}


def _webhook_item(name: str, schema_ref: dict) -> dict:
    """A delivery of ``name`` as OpenAPI 3.1 describes an outgoing request."""
    return {
        "post": {
            "summary": f"{name} delivery",
            "description": "Sent by a worker to each active webhook subscribed to it, "
            "at least once; retried on `T2M_WEBHOOK_RETRY_SCHEDULE` until a 2xx. "
            "410 turns the webhook off.",
            "parameters": [
                {
                    "name": header,
                    "in": "header",
                    "required": header != "X-T2M-Signature-Previous",
                    "description": text,
                    "schema": {"type": "string"},
                }
                for header, text in WEBHOOK_HEADERS.items()
            ],
            "requestBody": {
                "required": True,
                "content": {"application/json": {"schema": schema_ref}},
            },
            "responses": {
                "200": {"description": "Any 2xx: delivered."},
                "410": {"description": "Gone: the webhook is turned off."},
            },
        }
    }


def _idempotency_docs(item: dict, responses: dict) -> None:
    """Describe the ``Idempotency-Key`` header, the replay marker and the 409s."""
    item.setdefault("parameters", []).append(
        {
            "name": idempotent.IDEMPOTENCY_HEADER,
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
            response.setdefault("headers", {})[idempotent.REPLAYED_HEADER] = replayed
    responses["409"]["description"] = (
        ERROR_TEXT[409] + " `IDEMPOTENCY_CONFLICT`: the Idempotency-Key was used with "
        "a different request. `IDEMPOTENCY_IN_PROGRESS`: a request with this key is "
        "still running; retry after `Retry-After` seconds."
    )
