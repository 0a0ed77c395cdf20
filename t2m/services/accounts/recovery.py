"""Forgotten passwords: a mailed link that sets a new one.

The link carries a signed token (itsdangerous) naming the user and a digest
of their current password hash. It expires after ``RESET_MAX_AGE`` and works
once: setting the password changes the hash, so the digest no longer matches
(and neither does any other link sent before). Using it signs out every
browser and token of the account and revokes its API keys, like a password
change. Asking for a link answers the same whether or not the address has an
account, so the form cannot tell who is registered.
"""

from __future__ import annotations

import hashlib
import hmac

from flask import url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import select

from t2m import ratelimit
from t2m.errors import ValidationFailed
from t2m.extensions import db
from t2m.models import User
from t2m.services import mail, validation
from t2m.services.accounts import api_keys
from t2m.services.accounts.passwords import hash_password

RESET_MAX_AGE = 3600
_SALT = "t2m-password-reset"
INVALID = "This reset link is not valid or has already been used. Ask for a new one."
EXPIRED = "This reset link has expired (links work for one hour). Ask for a new one."


def _serializer() -> URLSafeTimedSerializer:
    from flask import current_app

    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_SALT)


def _fingerprint(user: User) -> str:
    return hashlib.sha256((user.password_hash or "").encode()).hexdigest()[:16]


def reset_token(user: User) -> str:
    return _serializer().dumps({"uid": user.id, "pw": _fingerprint(user)})


def request_reset(email) -> None:
    """Mail a reset link to ``email`` if an active account uses it. Raises
    only for a malformed address (and when asked too often for one address)."""
    errors = validation.Errors()
    address = validation.email(errors, email)
    errors.raise_if_any()
    ratelimit.hit_account(f"reset:{address}")
    user = db.session.scalar(select(User).where(User.email == address))
    if user is None or not user.is_active:
        return
    token = reset_token(user)
    try:
        link = url_for("web.reset_password", token=token, _external=True)
    except RuntimeError:  # outside a request (CLI): no host to build a URL with
        link = f"/reset/{token}"
    mail.send(
        user.email,
        "Reset your T2M password",
        f"Hello {user.username},\n\nSomeone (we hope you) asked to reset the password of "
        f"your T2M account. Choose a new one here within the hour:\n{link}\n\n"
        f"The link works once. Using it signs out every browser and app using your "
        f"account and revokes your API keys.\n\n"
        f"If you did not ask, ignore this mail: your password stays as it is.\n",
    )


def check_token(token) -> User:
    """The user a reset token is for, or a ``VALIDATION_ERROR`` saying why not."""
    if not isinstance(token, str) or not token or len(token) > 1000:
        raise ValidationFailed(INVALID, details={"token": ["invalid"]})
    try:
        data = _serializer().loads(token, max_age=RESET_MAX_AGE)
    except SignatureExpired:
        raise ValidationFailed(EXPIRED, details={"token": ["expired"]}) from None
    except BadSignature:
        raise ValidationFailed(INVALID, details={"token": ["invalid"]}) from None
    user = db.session.get(User, data.get("uid")) if isinstance(data, dict) else None
    if (
        user is None
        or not user.is_active
        or not hmac.compare_digest(str(data.get("pw", "")), _fingerprint(user))
    ):
        raise ValidationFailed(INVALID, details={"token": ["invalid"]})
    return user


def reset_password(token, new_password) -> User:
    """Set a new password from a reset link; every session, token and API key
    of the account stops working. The mailbox is proven, so it is verified."""
    user = check_token(token)
    errors = validation.Errors()
    validation.password(errors, new_password, field="new_password")
    errors.raise_if_any()
    user.password_hash = hash_password(new_password)
    user.token_version += 1
    user.email_verified = True
    api_keys.revoke_all(user)
    db.session.commit()
    return user
