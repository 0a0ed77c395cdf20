"""Database wiring: SQLAlchemy, Flask-Migrate and SQLite's WAL mode."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Annotated

from flask import Flask
from pydantic import Field, TypeAdapter, ValidationError, WrapValidator
from pydantic_core import PydanticCustomError
from sqlalchemy import event
from sqlalchemy.engine import Engine
from werkzeug.routing import IntegerConverter

from t2m.extensions import db, migrate

MIGRATIONS = str(Path(__file__).resolve().parent.parent / "migrations")


@event.listens_for(Engine, "connect")
def _sqlite_pragmas(dbapi_connection, _record) -> None:
    """WAL lets the web process and the worker write at once; the busy timeout
    makes a writer wait for a lock instead of failing."""
    module = type(dbapi_connection).__module__
    if not module.startswith("sqlite3"):
        return
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


# Primary keys are 32-bit INTEGER columns on PostgreSQL.
MAX_ID = 2**31 - 1
ID_MESSAGE = f"Must be an id: a whole number from 1 to {MAX_ID}."


def _id_error(value, handler):
    """One message for every way a value is not an id (a string, a float, a bool,
    out of range), instead of pydantic's several."""
    try:
        return handler(value)
    except ValidationError:
        raise PydanticCustomError("id", ID_MESSAGE) from None


Id = Annotated[int, Field(ge=1, le=MAX_ID), WrapValidator(_id_error)]
"""A database id (1 to ``MAX_ID``) in a request: every id field of every API
model is this type, so an id the database cannot hold (SQLite stops at 2**63,
PostgreSQL's INTEGER at 2**31) is a 422 naming the field, and the OpenAPI
document says ``minimum: 1, maximum: 2147483647``. Services that read loosely
typed input use :func:`is_id`, pages :func:`parse_id`: the same type."""

_ID = TypeAdapter(Id)
_DIGITS = re.compile(r"[0-9]{1,10}")


def is_id(value) -> bool:
    """Whether a JSON value is an :data:`Id` (an integer, not a bool or a float)."""
    try:
        _ID.validate_python(value, strict=True)
    except ValidationError:
        return False
    return True


def parse_id(text: str | None) -> int | None:
    """An :data:`Id` typed in a form or a query string (ASCII digits), else None."""
    text = (text or "").strip()
    if not _DIGITS.fullmatch(text):
        return None
    value = int(text)
    return value if is_id(value) else None


def _up_to(maximum: int) -> str:
    """A regular expression of the decimal numbers 1 to ``maximum`` (no sign, no
    leading zero, ASCII digits only)."""
    digits = str(maximum)
    shorter = [f"[1-9][0-9]{{0,{len(digits) - 2}}}"] if len(digits) > 1 else []
    same_length = []
    for i, digit in enumerate(digits):
        low = 1 if i == 0 else 0
        if int(digit) > low:
            rest = len(digits) - i - 1
            same_length.append(f"{digits[:i]}[{low}-{int(digit) - 1}][0-9]{{{rest}}}")
    return "(?:" + "|".join([*shorter, *same_length, digits]) + ")"


class IdConverter(IntegerConverter):
    """``<id:name>`` in a URL: a database id (1 to 2**31-1).

    Anything else does not match the route, so it is a 404 instead of an
    integer the database cannot hold. The range is in the regular expression
    itself: werkzeug answers 405 instead of 404 when a path matches one rule's
    pattern but its converter then refuses the value, and another method's rule
    has the same pattern.
    """

    regex = _up_to(MAX_ID)

    def __init__(self, url_map):
        super().__init__(url_map, min=1, max=MAX_ID)


def init_app(app: Flask) -> None:
    """Bind SQLAlchemy and Flask-Migrate to the app."""
    import t2m.models  # noqa: F401  (registers the tables on the metadata)

    app.url_map.converters["id"] = IdConverter

    db.init_app(app)
    migrate.init_app(app, db, directory=MIGRATIONS)


def like_pattern(text: str) -> str:
    """``%text%`` for ``LIKE … ESCAPE '\\'``: the user's ``%``, ``_`` and ``\\`` are literal."""
    return "%" + text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"
