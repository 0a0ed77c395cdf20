"""Accounts: registration, sign-in, profile changes and e-mail verification."""

from __future__ import annotations

from dataclasses import dataclass

from flask import current_app
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from t2m import ratelimit
from t2m.errors import AuthInvalid, Conflict, NotFound, ValidationFailed
from t2m.extensions import db
from t2m.models import User
from t2m.models.base import utcnow
from t2m.services import events, mail, validation
from t2m.services.accounts import api_keys
from t2m.services.accounts.passwords import hash_password, needs_rehash, verify_password
from t2m.services.events import payloads

VERIFY_MAX_AGE = 48 * 3600
_VERIFY_SALT = "t2m-email-verify"


def get_user(user_id: int) -> User:
    """Return an active user by id or raise NotFound."""
    user = db.session.get(User, user_id)
    if user is None or not user.is_active:
        raise NotFound("User not found.")
    return user


def _taken(
    errors: validation.Errors,
    email: str | None,
    username: str | None,
    exclude_id: int | None = None,
) -> None:
    if email:
        q = select(User.id).where(User.email == email)
        if exclude_id:
            q = q.where(User.id != exclude_id)
        if db.session.scalar(q):
            errors.add("email", "This e-mail address is already registered.")
    if username:
        q = select(User.id).where(func.lower(User.username) == username.lower())
        if exclude_id:
            q = q.where(User.id != exclude_id)
        if db.session.scalar(q):
            errors.add("username", "This username is taken.")


def _sign_up_fields(email, username, password, full_name) -> tuple[str, str, str | None]:
    """Check every field of a new account at once (a 422 naming each bad one);
    return the e-mail, username and full name as they are stored."""
    errors = validation.Errors()
    email = validation.email(errors, email)
    username = validation.username(errors, username)
    validation.password(errors, password)
    full_name = validation.text(errors, "full_name", full_name, max_len=100)
    errors.raise_if_any()
    return email, username, full_name


def register(
    *,
    email,
    username,
    password,
    full_name=None,
    role: str = "USER",
    email_verified: bool = False,
    send_verification: bool = True,
) -> User:
    """Create an account after checking every field; duplicates are a 409."""
    email, username, full_name = _sign_up_fields(email, username, password, full_name)

    dup = validation.Errors()
    _taken(dup, email, username)
    if dup.fields:
        raise Conflict("An account with these details already exists.", details=dup.fields)

    user = User(
        email=email,
        username=username,
        full_name=full_name,
        password_hash=hash_password(password),
        role=role,
        email_verified=email_verified,
    )
    db.session.add(user)
    try:
        db.session.flush()
        events.emit(
            "user.registered",
            owner_id=user.id,
            resource="user",
            resource_id=user.id,
            data=payloads.user(user),
            admins_only=True,
        )
        db.session.commit()
    except IntegrityError:  # a concurrent registration won the race
        db.session.rollback()
        raise Conflict("An account with these details already exists.") from None
    if send_verification and not user.email_verified:
        send_verification_mail(user)
    return user


@dataclass(frozen=True)
class SignUp:
    """What a sign-up did: the address and username as stored, and the new user
    (None when the address already had an account)."""

    email: str
    username: str
    user: User | None


def sign_up(*, email, username, password, full_name=None) -> SignUp:
    """Registration as the public sees it: the same answer whether or not the
    e-mail address is in use, so sign-up cannot tell whose address has an account.

    Usernames are public, so a taken one is a 409 as with :func:`register`. An
    address already registered creates nothing: its owner gets a mail saying
    someone tried to sign up with it (after the same password hashing work as a
    new account, so the time taken does not tell either). Returns the new user,
    or none when the address was taken; callers answer both the same way.
    """
    email, username, full_name = _sign_up_fields(email, username, password, full_name)

    dup = validation.Errors()
    _taken(dup, None, username)
    if dup.fields:
        raise Conflict("This username is taken.", details=dup.fields)
    owner = db.session.scalar(select(User).where(User.email == email))
    if owner is None:
        try:
            user = register(email=email, username=username, password=password, full_name=full_name)
            return SignUp(email, username, user)
        except Conflict:  # a concurrent sign-up took the address or the username
            db.session.rollback()
            owner = db.session.scalar(select(User).where(User.email == email))
            if owner is None:
                raise
    hash_password(password)  # the work a new account costs, thrown away
    send_sign_up_attempt_mail(owner)
    return SignUp(email, username, None)


def send_sign_up_attempt_mail(user: User) -> None:
    """Tell the owner of an address that someone tried to sign up with it."""
    sign_in_link = mail.link("web.login", "/login")
    mail.send(
        user.email,
        "Someone tried to sign up to T2M with your address",
        f"Hello {user.username},\n\nSomeone just tried to create a new T2M account with "
        f"this e-mail address, which already belongs to your account '{user.username}'. "
        f"No new account was created and your account is unchanged.\n\n"
        f"If that was you, sign in instead:\n{sign_in_link}\n\n"
        f"If it was not you, you can ignore this mail.\n",
    )


def authenticate(identifier, password) -> User:
    """Return the user for a username or e-mail and password.

    Unknown accounts and wrong passwords give the same error after the same
    amount of hashing work, so neither answer nor timing tells them apart.
    Every check counts against the account's sign-in budget.
    """
    user, ident = None, ""
    if isinstance(identifier, str) and identifier.strip() and "\x00" not in identifier:
        ident = identifier.strip().lower()[:320]
        user = db.session.scalar(
            select(User).where(or_(User.email == ident, func.lower(User.username) == ident))
        )
    # One budget per account, whichever name or address the guesses come from.
    ratelimit.hit_account(f"user:{user.id}" if user else f"name:{ident}")
    ok = verify_password(
        user.password_hash if user else None, password if isinstance(password, str) else ""
    )
    if not ok or user is None or not user.is_active:
        raise AuthInvalid("Incorrect username or password.")
    if needs_rehash(user.password_hash):
        user.password_hash = hash_password(password)
    user.last_login_at = utcnow()
    db.session.commit()
    return user


def update_profile(user: User, changes: dict) -> User:
    """Apply profile changes; a new password needs the current one."""
    errors = validation.Errors()
    updates = {}
    if "username" in changes:
        updates["username"] = validation.username(errors, changes["username"])
    if "full_name" in changes:
        updates["full_name"] = validation.text(
            errors, "full_name", changes["full_name"], max_len=100
        )
    if "avatar_url" in changes:
        updates["avatar_url"] = validation.http_url(errors, "avatar_url", changes["avatar_url"])
    new_password = changes.get("new_password")
    if new_password is not None:
        validation.password(errors, new_password, field="new_password")
        current = changes.get("current_password")
        if not isinstance(current, str) or not verify_password(user.password_hash, current):
            errors.add("current_password", "The current password is not correct.")
    errors.raise_if_any()
    dup = validation.Errors()
    if updates.get("username") and updates["username"].lower() != user.username.lower():
        _taken(dup, None, updates["username"], exclude_id=user.id)
    if dup.fields:
        raise Conflict("That username is taken.", details=dup.fields)

    for key, value in updates.items():
        setattr(user, key, value)
    if new_password is not None:
        user.password_hash = hash_password(new_password)
        user.token_version += 1  # every earlier token and session is signed out
        api_keys.revoke_all(user)  # and every API key: a leaked password may have made them
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        raise Conflict("That username is taken.") from None
    return user


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt=_VERIFY_SALT)


def verification_token(user: User) -> str:
    """A signed token proving control of ``user.email``."""
    return _serializer().dumps({"uid": user.id, "email": user.email})


def send_verification_mail(user: User) -> None:
    """Mail the verification link to the user."""
    token = verification_token(user)
    link = mail.link("web.verify_email", f"/verify/{token}", token=token)
    mail.send(
        user.email,
        "Confirm your T2M e-mail address",
        f"Hello {user.username},\n\nConfirm your address by opening:\n{link}\n\n"
        f"Or send this token to POST /api/v1/auth/verify:\n{token}\n",
    )


def verify_email(token) -> User:
    """Mark the address in ``token`` as verified."""
    if not isinstance(token, str) or not token or len(token) > 1000:
        raise ValidationFailed(
            "A verification token is required.", details={"token": ["This field is required."]}
        )
    try:
        data = _serializer().loads(token, max_age=VERIFY_MAX_AGE)
    except SignatureExpired:
        raise ValidationFailed(
            "The verification token has expired.", details={"token": ["expired"]}
        ) from None
    except BadSignature:
        raise ValidationFailed(
            "The verification token is not valid.", details={"token": ["invalid"]}
        ) from None
    user = db.session.get(User, data.get("uid"))
    if user is None or user.email != data.get("email"):
        raise ValidationFailed(
            "The verification token is not valid.", details={"token": ["invalid"]}
        )
    if not user.email_verified:
        user.email_verified = True
        db.session.commit()
    return user


def set_role(user: User, role: str) -> User:
    """Change a user's role (admin tooling)."""
    if role not in ("USER", "ADMIN"):
        raise ValidationFailed(details={"role": ["Must be USER or ADMIN."]})
    user.role = role
    db.session.commit()
    return user
