"""JWT access/refresh tokens: issue, rotate, revoke."""

from __future__ import annotations

from datetime import UTC, datetime

from flask import current_app
from flask_jwt_extended import create_access_token, create_refresh_token, get_jti
from sqlalchemy import delete, select

from t2m.errors import AuthInvalid
from t2m.extensions import db
from t2m.models import RevokedToken, User
from t2m.models.base import utcnow


def issue_pair(user: User) -> dict:
    """A fresh access + refresh token pair for ``user``.

    The access token carries the refresh token's id (``rjti``) so logging out
    with the access token revokes both.
    """
    identity = str(user.id)
    claims = {"ver": user.token_version, "role": user.role}
    refresh = create_refresh_token(identity=identity, additional_claims=claims)
    access = create_access_token(
        identity=identity, additional_claims={**claims, "rjti": get_jti(refresh)}
    )
    expires = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    return {
        "token": access,
        "access_token": access,
        "refresh_token": refresh,
        "expires_in": int(expires.total_seconds()),
        "token_type": "Bearer",
    }


def is_revoked(payload: dict) -> bool:
    """True if the token was revoked or predates the user's token version."""
    if db.session.get(RevokedToken, payload.get("jti")) is not None:
        return True
    try:
        user = db.session.get(User, int(payload.get("sub")))
    except (TypeError, ValueError):
        return True
    return user is None or not user.is_active or user.token_version != payload.get("ver")


def _revoke(jti: str | None, token_type: str, user_id: int | None, exp: int | None) -> None:
    if not jti or db.session.get(RevokedToken, jti) is not None:
        return
    expires = datetime.fromtimestamp(exp, UTC) if exp else utcnow()
    db.session.add(
        RevokedToken(jti=jti, token_type=token_type, user_id=user_id, expires_at=expires)
    )


def rotate(user: User, refresh_payload: dict) -> dict:
    """Exchange a refresh token for a new pair; the old refresh token dies."""
    _revoke(refresh_payload["jti"], "refresh", user.id, refresh_payload.get("exp"))
    db.session.commit()
    return issue_pair(user)


def refresh_reused(payload: dict) -> None:
    """A revoked refresh token came back: someone holds a stolen copy.

    Every token of that user is invalidated by bumping the token version.
    """
    try:
        user = db.session.get(User, int(payload.get("sub")))
    except (TypeError, ValueError):
        user = None
    if (
        user is not None
        and payload.get("type") == "refresh"
        and user.token_version == payload.get("ver")
    ):
        user.token_version += 1
        db.session.commit()
        current_app.logger.warning("Refresh token reuse for user %s: sessions revoked", user.id)
    raise AuthInvalid("This refresh token was already used; sign in again.")


def logout(user: User, access_payload: dict) -> None:
    """Revoke the access token and the refresh token paired with it."""
    _revoke(access_payload["jti"], "access", user.id, access_payload.get("exp"))
    rjti = access_payload.get("rjti")
    if rjti:
        # The paired refresh token outlives the access token: keep its row
        # for the whole refresh lifetime.
        lifetime = current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
        _revoke(
            rjti, "refresh", user.id, int(access_payload.get("iat", 0) + lifetime.total_seconds())
        )
    db.session.commit()


def purge_expired() -> int:
    """Delete revocation rows whose tokens have expired anyway."""
    result = db.session.execute(delete(RevokedToken).where(RevokedToken.expires_at < utcnow()))
    db.session.commit()
    return result.rowcount or 0


def count_revoked(user: User) -> int:
    """How many revoked tokens are kept for ``user`` (for tests and admin views)."""
    return len(
        db.session.scalars(select(RevokedToken.jti).where(RevokedToken.user_id == user.id)).all()
    )
