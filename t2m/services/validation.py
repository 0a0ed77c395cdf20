"""Field rules shared by the API and the pages (one rule, one place)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email
from flask import current_app

from t2m.errors import ValidationFailed

USERNAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{2,31}$")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")
PASSWORD_MAX_LENGTH = 128


class Errors:
    """Collects field errors and raises them together."""

    def __init__(self) -> None:
        self.fields: dict[str, list[str]] = {}

    def add(self, field: str, why: str) -> None:
        self.fields.setdefault(field, []).append(why)

    def raise_if_any(self, message: str = "Some fields are not valid.") -> None:
        if self.fields:
            raise ValidationFailed(message, details=self.fields)


def has_control(value: str) -> bool:
    """Whether ``value`` holds a control character (CR, LF, NUL, …)."""
    return bool(_CONTROL.search(value))


def text(errors: Errors, field: str, value, *, max_len: int, required: bool = False):
    """A single-line text value: stripped, no control characters, bounded."""
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            errors.add(field, "This field is required.")
        return None
    if not isinstance(value, str):
        errors.add(field, "Must be a string.")
        return None
    value = value.strip()
    if _CONTROL.search(value):
        errors.add(field, "Must not contain control characters.")
    elif len(value) > max_len:
        errors.add(field, f"Must be at most {max_len} characters.")
    return value


def email(errors: Errors, value) -> str | None:
    """A syntactically valid e-mail address, lower-cased."""
    value = text(errors, "email", value, max_len=254, required=True)
    if value is None or "email" in errors.fields:
        return value
    try:
        result = validate_email(value, check_deliverability=False)
    except EmailNotValidError as exc:
        errors.add("email", str(exc))
        return value
    return result.normalized.lower()


def username(errors: Errors, value) -> str | None:
    """3 to 32 characters: letters, digits, ``_ . -``, starting with a letter or digit."""
    value = text(errors, "username", value, max_len=32, required=True)
    if value is not None and "username" not in errors.fields and not USERNAME_RE.match(value):
        errors.add(
            "username",
            "Use 3 to 32 letters, digits, '_', '.' or '-', starting with a letter or digit.",
        )
    return value


def password(errors: Errors, value, field: str = "password") -> str | None:
    """At least ``PASSWORD_MIN_LENGTH`` characters (default 8), at most 128."""
    minimum = current_app.config["PASSWORD_MIN_LENGTH"]
    if not isinstance(value, str) or not value:
        errors.add(field, "This field is required.")
        return None
    if "\x00" in value:
        errors.add(field, "Must not contain NUL characters.")
    elif len(value) < minimum:
        errors.add(field, f"Must be at least {minimum} characters.")
    elif len(value) > PASSWORD_MAX_LENGTH:
        errors.add(field, f"Must be at most {PASSWORD_MAX_LENGTH} characters.")
    elif not value.strip():
        errors.add(field, "Must not be only spaces.")
    return value


def http_url(errors: Errors, field: str, value, *, max_len: int = 2048) -> str | None:
    """An absolute http(s) URL, or None when empty."""
    value = text(errors, field, value, max_len=max_len)
    if value is None or field in errors.fields:
        return value
    parts = urlsplit(value)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        errors.add(field, "Must be an absolute http or https URL.")
    return value
