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
    link = mail.link("web.reset_password", f"/reset/{token}", token=token)
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


# ---- changing the e-mail address ------------------------------------------------------

EMAIL_CHANGE_MAX_AGE = 24 * 3600
_EMAIL_SALT = "t2m-email-change"
EMAIL_LINK_INVALID = "This confirmation link is not valid or was already used."


def _email_serializer() -> URLSafeTimedSerializer:
    from flask import current_app

    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_EMAIL_SALT)


def request_email_change(user: User, new_email, password) -> str:
    """Mail a confirmation link to ``new_email``; the address changes only when
    it is opened. Answers the same whether or not another account uses the
    address (that account's owner is told instead). Returns the address."""
    from t2m.services.accounts.passwords import verify_password

    errors = validation.Errors()
    address = validation.email(errors, new_email)
    if not isinstance(password, str) or not verify_password(user.password_hash, password):
        errors.add("password", "The password is not correct.")
    if address and address == user.email:
        errors.add("email", "This is already your address.")
    errors.raise_if_any()
    ratelimit.hit_account(f"email-change:{user.id}")
    owner = db.session.scalar(select(User).where(User.email == address))
    if owner is not None:
        mail.send(
            address,
            "Someone tried to use your address on T2M",
            f"Hello {owner.username},\n\nAnother T2M account tried to change its e-mail "
            f"address to this one, which belongs to your account. Nothing was changed.\n",
        )
        return address
    token = _email_serializer().dumps({"uid": user.id, "new": address, "old": user.email})
    link = mail.link("web.confirm_email_change", f"/email/confirm/{token}", token=token)
    mail.send(
        address,
        "Confirm your new T2M e-mail address",
        f"Hello {user.username},\n\nOpen this link within a day to make {address} the "
        f"address of your T2M account:\n{link}\n\nIf you did not ask, ignore this mail.\n",
    )
    return address


def confirm_email_change(token) -> User:
    """Apply an e-mail change from its link; the old address is told."""
    if not isinstance(token, str) or not token or len(token) > 1000:
        raise ValidationFailed(EMAIL_LINK_INVALID, details={"token": ["invalid"]})
    try:
        data = _email_serializer().loads(token, max_age=EMAIL_CHANGE_MAX_AGE)
    except SignatureExpired:
        raise ValidationFailed(
            "This confirmation link has expired. Ask for the change again.",
            details={"token": ["expired"]},
        ) from None
    except BadSignature:
        raise ValidationFailed(EMAIL_LINK_INVALID, details={"token": ["invalid"]}) from None
    user = db.session.get(User, data.get("uid")) if isinstance(data, dict) else None
    if user is None or not user.is_active or user.email != data.get("old"):
        raise ValidationFailed(EMAIL_LINK_INVALID, details={"token": ["invalid"]})
    if db.session.scalar(select(User.id).where(User.email == data["new"])) is not None:
        raise ValidationFailed(
            "Another account took this address meanwhile.", details={"token": ["taken"]}
        )
    old = user.email
    user.email = data["new"]
    user.email_verified = True
    db.session.commit()
    mail.send(
        old,
        "Your T2M e-mail address was changed",
        f"Hello {user.username},\n\nThe address of your T2M account is now {user.email}. "
        f"If you did not do this, reset your password and tell an administrator.\n",
    )
    return user
