"""Reading a request into the pydantic models an endpoint declares: the JSON body
(strict types, no unknown fields, a size limit), form bodies, uploaded files and
the query string. Every failure is a 400 or a 422 naming the fields."""

from __future__ import annotations

from flask import current_app, request
from pydantic import BaseModel, ValidationError

from t2m.errors import AppError, BadRequest, ValidationFailed
from t2m.uploads import from_file_storage


def _field_errors(exc: ValidationError) -> dict[str, list[str]]:
    details: dict[str, list[str]] = {}
    for err in exc.errors(include_url=False, include_input=False):
        loc = ".".join(str(p) for p in err["loc"]) or "body"
        details.setdefault(loc, []).append(err["msg"])
    return details


BODY_CACHE = "t2m.json_body"


def read_json_body() -> bytes:
    """The raw body (at most ``MAX_JSON_BYTES``), read from the stream once per
    request and kept in its WSGI environ, so idempotency hashing and parsing see
    the same bytes."""
    cached = request.environ.get(BODY_CACHE)
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
    request.environ[BODY_CACHE] = raw
    return raw


def parse_json(model: type[BaseModel]) -> BaseModel:
    """Validate the JSON body against ``model`` (strict types, no unknown fields)."""
    if not request.is_json:
        raise BadRequest(
            "Send a JSON body with 'Content-Type: application/json'.",
            details={"body": ["expected application/json"]},
        )
    raw = read_json_body()
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
    if not read_json_body():
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
