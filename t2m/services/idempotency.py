"""``Idempotency-Key``: the same key and request replay the first response.

A client sends ``Idempotency-Key`` with a POST so that a retry (a timeout, a
dropped connection) cannot do the work twice. The first request with a key
claims it (:func:`begin` inserts an ``in_progress`` row and commits at once),
runs, and stores its response (:func:`finish`). Later requests with the same
key and the same method, path and body get that response back; a different
request with the key is a conflict, and one arriving while the first is still
running is told so. Keys are per user.

Every function here runs in its own short transaction on its own session, so
claiming a key is visible to other workers before the request's work starts,
and storing a response never commits whatever the request's session holds.

Settings (read with defaults): ``IDEMPOTENCY_TTL_HOURS`` (24) is how long a
completed key replays; ``IDEMPOTENCY_LOCK_SECONDS`` (120) is how long a claim
holds while its request runs; after that the request is taken for dead and
the same request may claim the key again.
"""

from __future__ import annotations

import hashlib
import json
import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Literal

from flask import current_app
from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from t2m.errors import BadRequest, Conflict
from t2m.extensions import db
from t2m.models import IdempotencyKey
from t2m.models.base import utcnow

HEADER = "Idempotency-Key"
MAX_KEY_LENGTH = 255
DEFAULT_TTL_HOURS = 24.0
DEFAULT_LOCK_SECONDS = 120.0
# Visible ASCII (RFC 5234 VCHAR): no spaces, no control or non-ASCII characters.
_KEY = re.compile(r"^[\x21-\x7e]{1,255}$")
# Claiming can lose a race to a request that then releases or replaces the row
# between our insert and our read; a few rounds settle it.
_ROUNDS = 4


@dataclass(frozen=True)
class Begun:
    """What :func:`begin` decided: run the request (``new``) or send ``response``
    again with ``status_code`` (``replay``)."""

    outcome: Literal["new", "replay"]
    row_id: int
    status_code: int | None = None
    response: dict | None = None

    @property
    def is_replay(self) -> bool:
        return self.outcome == "replay"


class IdempotencyConflict(Conflict):
    code = "IDEMPOTENCY_CONFLICT"
    message = "This Idempotency-Key was already used with a different request."


class IdempotencyInProgress(Conflict):
    code = "IDEMPOTENCY_IN_PROGRESS"
    message = "A request with this Idempotency-Key is still being processed; retry shortly."

    def __init__(self, message: str | None = None, **kwargs):
        kwargs.setdefault("headers", {"Retry-After": "1"})
        super().__init__(message, **kwargs)


def validate_key(key) -> str:
    """Return ``key`` if it is 1 to 255 visible ASCII characters, else raise
    VALIDATION_ERROR (400) naming the header."""
    if not isinstance(key, str) or not _KEY.match(key):
        raise BadRequest(
            "The Idempotency-Key header is not valid.",
            details={HEADER: [f"Use 1 to {MAX_KEY_LENGTH} visible ASCII characters (no spaces)."]},
        )
    return key


def request_hash(method: str, path: str, body: bytes) -> str:
    """SHA-256 (hex) of the method, the path and the body.

    A JSON body is hashed in canonical form (sorted keys, no whitespace), so
    two encodings of the same document are the same request; anything else
    (not JSON, not UTF-8, empty) is hashed as its raw bytes. The two forms are
    tagged so that they can never collide with each other.
    """
    try:
        canonical = json.dumps(
            json.loads(body), sort_keys=True, separators=(",", ":"), ensure_ascii=True
        ).encode()
        tagged = b"json\n" + canonical
    except (ValueError, RecursionError):  # UnicodeDecodeError is a ValueError
        tagged = b"raw\n" + body
    digest = hashlib.sha256()
    digest.update(method.upper().encode() + b"\n" + path.encode("utf-8", "surrogateescape") + b"\n")
    digest.update(tagged)
    return digest.hexdigest()


def ttl() -> timedelta:
    """How long a completed key replays its response."""
    return timedelta(
        hours=float(current_app.config.get("IDEMPOTENCY_TTL_HOURS", DEFAULT_TTL_HOURS))
    )


def lock_window() -> timedelta:
    """How long a claimed key stays locked while its request runs."""
    seconds = current_app.config.get("IDEMPOTENCY_LOCK_SECONDS", DEFAULT_LOCK_SECONDS)
    return timedelta(seconds=float(seconds))


def _session() -> Session:
    """A session of its own: every step is a short transaction, independent of
    (and never committing) the request's ``db.session``."""
    return Session(bind=db.engine, expire_on_commit=False)


def _insert(s: Session, owner_id, key, method, path, digest, now: datetime) -> int | None:
    """Insert a claim; None when (owner, key) already exists (the unique
    constraint decides between concurrent inserts)."""
    dialect = s.get_bind().dialect.name
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert
    else:
        from sqlalchemy.dialects.sqlite import insert
    stmt = (
        insert(IdempotencyKey)
        .values(
            owner_id=owner_id,
            key=key,
            method=method,
            path=path,
            request_hash=digest,
            state="in_progress",
            created_at=now,
            locked_until=now + lock_window(),
            expires_at=now + ttl(),
        )
        .on_conflict_do_nothing(index_elements=["owner_id", "key"])
        .returning(IdempotencyKey.id)
    )
    row_id = s.execute(stmt).scalar()
    s.commit()
    return row_id


def _claim(s: Session, row_id: int, condition, values: dict) -> bool:
    """Compare-and-set: update the row only if ``condition`` still holds, so of
    two requests claiming the same stale row exactly one succeeds."""
    result = s.execute(
        update(IdempotencyKey)
        .where(IdempotencyKey.id == row_id, condition)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    s.commit()
    return result.rowcount == 1


def begin(owner_id: int, key: str, method: str, path: str, request_hash: str) -> Begun:
    """Claim ``key`` for this request, or find the response to replay.

    Returns ``Begun("new", row_id)`` when the caller must run the request and
    then call :func:`finish` or :func:`release`, and ``Begun("replay", ...)``
    with the stored status and body for a completed identical request.
    Raises IDEMPOTENCY_CONFLICT (409) if the key was used for another request
    and IDEMPOTENCY_IN_PROGRESS (409) while the first request still runs.
    """
    validate_key(key)
    method = method.upper()
    for _ in range(_ROUNDS):
        now = utcnow()
        with _session() as s:
            row_id = _insert(s, owner_id, key, method, path, request_hash, now)
            if row_id is not None:
                return Begun("new", row_id)
            row = s.scalar(
                select(IdempotencyKey).where(
                    IdempotencyKey.owner_id == owner_id, IdempotencyKey.key == key
                )
            )
            if row is None:  # released or purged since our insert: try again
                continue
            fresh = {
                "method": method,
                "path": path,
                "request_hash": request_hash,
                "state": "in_progress",
                "status_code": None,
                "response": None,
                "locked_until": now + lock_window(),
            }
            if row.expires_at <= now:
                # Past retention: the key is free, whatever it was used for.
                taken = _claim(
                    s,
                    row.id,
                    IdempotencyKey.expires_at <= now,
                    {**fresh, "created_at": now, "expires_at": now + ttl()},
                )
                if taken:
                    return Begun("new", row.id)
                continue
            if (row.method, row.path, row.request_hash) != (method, path, request_hash):
                raise IdempotencyConflict(details={HEADER: ["used with a different request"]})
            if row.state == "completed":
                return Begun("replay", row.id, row.status_code, row.response)
            if row.locked_until is not None and row.locked_until > now:
                raise IdempotencyInProgress()
            # The first request died holding the key: the same request may take it.
            taken = _claim(
                s,
                row.id,
                (IdempotencyKey.state == "in_progress") & (IdempotencyKey.locked_until <= now),
                {"locked_until": fresh["locked_until"]},
            )
            if taken:
                return Begun("new", row.id)
    raise IdempotencyInProgress()


def finish(row_id: int, status_code: int, body: dict | None) -> bool:
    """Store the response of a claimed key and mark it completed; it replays
    for ``IDEMPOTENCY_TTL_HOURS`` from now. False if the claim was gone."""
    now = utcnow()
    with _session() as s:
        return _claim(
            s,
            row_id,
            IdempotencyKey.state == "in_progress",
            {
                "state": "completed",
                "status_code": int(status_code),
                "response": body,
                "locked_until": None,
                "expires_at": now + ttl(),
            },
        )


def release(row_id: int) -> None:
    """Drop an in-progress claim (the request failed on our side), so the
    client may retry with the same key."""
    with _session() as s:
        s.execute(
            delete(IdempotencyKey)
            .where(IdempotencyKey.id == row_id, IdempotencyKey.state == "in_progress")
            .execution_options(synchronize_session=False)
        )
        s.commit()


def purge_expired(now: datetime | None = None) -> int:
    """Delete keys past their retention; returns how many. For a periodic task."""
    with _session() as s:
        result = s.execute(
            delete(IdempotencyKey)
            .where(IdempotencyKey.expires_at <= (now or utcnow()))
            .execution_options(synchronize_session=False)
        )
        s.commit()
        return result.rowcount
