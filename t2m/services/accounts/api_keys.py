"""API keys: long-lived, scoped credentials for scripts and integrations."""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import select

from t2m.errors import AuthExpired, AuthInvalid, NotFound, PermissionDenied, ValidationFailed
from t2m.extensions import db
from t2m.models import ApiKey, User
from t2m.models.base import utcnow
from t2m.services import validation
from t2m.services.pagination import Page, paginate

PREFIX = "t2m_"
SCOPES = (
    "files:read",
    "files:write",
    "jobs:read",
    "jobs:write",
    "videos:generate",
    "events:read",
    "webhooks:read",
    "webhooks:write",
    "account",
    "admin",
)
# What each scope opens, for the profile page and the API documentation.
SCOPE_TEXT = {
    "files:read": "list, download and stream your files and collections",
    "files:write": "upload, edit and delete files and collections",
    "jobs:read": "see jobs, their status and logs",
    "jobs:write": "create, cancel, retry and delete jobs",
    "videos:generate": "generate videos from text",
    "events:read": "read your events (GET /events, the event stream, the realtime socket)",
    "webhooks:read": "see your webhooks and their deliveries",
    "webhooks:write": "add, change, test and delete webhooks",
    "account": "manage the account itself: API keys and the profile",
    "admin": "every user's data (administrators only)",
}
MAX_KEYS_PER_USER = 50
# last_used_at is written at most this often, so a busy key does not turn
# every request into a write.
_TOUCH_EVERY = timedelta(minutes=1)


def _digest(plaintext: str) -> str:
    # Keys carry 256 bits of randomness, so a fast hash is enough (no Argon2).
    return hashlib.sha256(plaintext.encode()).hexdigest()


def scopes_for(user: User) -> set[str]:
    """The scopes a signed-in user holds: all, with ``admin`` for admins only."""
    return {s for s in SCOPES if s != "admin" or user.is_admin}


def _as_utc(errors: validation.Errors, moment: datetime) -> datetime | None:
    """An aware UTC datetime; a time without a zone is taken as UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return moment.astimezone(UTC)
    except OverflowError:
        errors.add("expires_at", "Must be a date the calendar can hold in UTC.")
        return None


def create(
    user: User,
    *,
    name,
    scopes,
    expires_at: datetime | None = None,
    granted: set[str] | None = None,
) -> tuple[ApiKey, str]:
    """Create a key and return it with its plaintext (shown once, never stored).

    ``granted`` is what the caller itself holds when it is an API key: a key
    can never create a key with a scope it does not hold.
    """
    errors = validation.Errors()
    name = validation.text(errors, "name", name, max_len=100, required=True)
    if not isinstance(scopes, list | tuple) or not scopes:
        errors.add("scopes", f"Choose at least one of: {', '.join(SCOPES)}.")
        scopes = []
    unknown = [s for s in scopes if s not in SCOPES]
    if unknown:
        errors.add("scopes", f"Unknown scopes {unknown}; allowed: {', '.join(SCOPES)}.")
    if expires_at is not None:
        expires_at = _as_utc(errors, expires_at)
    if expires_at is not None and expires_at <= utcnow():
        errors.add("expires_at", "Must be in the future.")
    errors.raise_if_any()
    if granted is not None:
        wider = sorted(set(scopes) - granted, key=SCOPES.index)
        if wider:
            raise PermissionDenied(
                f"This key cannot grant the '{wider[0]}' scope: it does not hold it.",
                details={"scopes": [f"not held by this key: {', '.join(wider)}"]},
            )
    if "admin" in scopes and not user.is_admin:
        raise PermissionDenied(
            "Only administrators can create keys with the admin scope.",
            details={"scopes": ["admin requires the ADMIN role"]},
        )
    active = db.session.scalars(
        select(ApiKey.id).where(ApiKey.user_id == user.id, ApiKey.revoked_at.is_(None))
    ).all()
    if len(active) >= MAX_KEYS_PER_USER:
        raise ValidationFailed(
            f"At most {MAX_KEYS_PER_USER} active keys per account.",
            details={"name": ["too many keys"]},
        )

    plaintext = PREFIX + secrets.token_urlsafe(32)
    key = ApiKey(
        user_id=user.id,
        name=name,
        prefix=plaintext[:12],
        key_hash=_digest(plaintext),
        scopes=sorted(set(scopes)),
        expires_at=expires_at,
    )
    db.session.add(key)
    db.session.commit()
    return key, plaintext


def _active(user: User):
    return (
        select(ApiKey)
        .where(ApiKey.user_id == user.id, ApiKey.revoked_at.is_(None))
        .order_by(ApiKey.created_at.desc(), ApiKey.id.desc())
    )


def list_keys(user: User) -> list[ApiKey]:
    """The user's keys that are not revoked, newest first."""
    return list(db.session.scalars(_active(user)))


def recently_revoked(user: User, limit: int = 10) -> list[ApiKey]:
    """The user's last revoked keys, newest revocation first (a record, not keys)."""
    stmt = (
        select(ApiKey)
        .where(ApiKey.user_id == user.id, ApiKey.revoked_at.is_not(None))
        .order_by(ApiKey.revoked_at.desc(), ApiKey.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(stmt))


def page_of_keys(user: User, page: int, items_per_page: int) -> Page:
    """One page of the user's active keys."""
    return paginate(_active(user), page, items_per_page)


def revoke_all(user: User) -> int:
    """Revoke every active key of the user (a password change does); the caller commits."""
    keys = list(db.session.scalars(_active(user)))
    now = utcnow()
    for key in keys:
        key.revoked_at = now
    return len(keys)


def revoke(user: User, key_id: int) -> ApiKey:
    """Revoke one of the user's keys; another user's key is 'not found'."""
    key = db.session.get(ApiKey, key_id)
    if key is None or key.user_id != user.id or key.revoked_at is not None:
        raise NotFound("API key not found.")
    key.revoked_at = utcnow()
    db.session.commit()
    return key


def authenticate(plaintext: str) -> tuple[User, ApiKey]:
    """Return the owner and key for a presented plaintext key."""
    if not plaintext.startswith(PREFIX) or len(plaintext) > 200:
        raise AuthInvalid("The API key is not valid.")
    key = db.session.scalar(select(ApiKey).where(ApiKey.key_hash == _digest(plaintext)))
    if key is None or key.revoked_at is not None or not key.user.is_active:
        raise AuthInvalid("The API key is not valid.")
    now = utcnow()
    if key.expires_at is not None and key.expires_at <= now:
        raise AuthExpired("The API key has expired.")
    if key.last_used_at is None or now - key.last_used_at > _TOUCH_EVERY:
        key.last_used_at = now
        db.session.commit()
    return key.user, key
