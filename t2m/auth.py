"""Who is calling: browser sessions (Flask-Login), JWTs and API keys."""

from __future__ import annotations

from dataclasses import dataclass, field

from flask import Flask, g, request
from flask_jwt_extended import decode_token, get_current_user, get_jwt, verify_jwt_in_request
from flask_jwt_extended.exceptions import (
    JWTExtendedException,
    NoAuthorizationError,
    RevokedTokenError,
    WrongTokenError,
)
from jwt import ExpiredSignatureError, PyJWTError

from t2m.errors import AuthExpired, AuthInvalid, AuthRequired, PermissionDenied
from t2m.extensions import csrf, db, htmx, jwt, login_manager
from t2m.models import ApiKey, User
from t2m.services.accounts import api_keys, tokens


@dataclass
class Principal:
    """The authenticated caller of an API request."""

    user: User
    via: str  # "jwt" or "api_key"
    scopes: set[str] = field(default_factory=set)
    token: dict | None = None
    api_key: ApiKey | None = None

    def require(self, *needed: str) -> None:
        """Raise PERMISSION_DENIED naming the first missing scope."""
        for scope in needed:
            if scope not in self.scopes:
                raise PermissionDenied(
                    f"This requires the '{scope}' scope.", details={"scope": [scope]}
                )


def _presented_api_key() -> str | None:
    key = request.headers.get("X-API-Key")
    if key:
        return key.strip()
    header = request.headers.get("Authorization", "")
    scheme, _, value = header.partition(" ")
    if scheme.lower() == "bearer" and value.strip().startswith(api_keys.PREFIX):
        return value.strip()
    return None


def presented_credential() -> str:
    """This request's raw credential (an API key or a bearer JWT), for a long
    answer (an event stream) to check again later with :func:`principal_for_token`."""
    return (
        _presented_api_key() or request.headers.get("Authorization", "").partition(" ")[2].strip()
    )


def authenticate(kind: str = "access", optional: bool = False) -> Principal | None:
    """Authenticate the current API request and remember the caller in ``g``.

    ``kind`` is ``"access"`` (JWT access token or API key) or ``"refresh"``
    (a JWT refresh token only). Every failure becomes one of our typed errors.
    """
    if kind == "access":
        key = _presented_api_key()
        if key:
            user, api_key = api_keys.authenticate(key)
            scopes = set(api_key.scopes)
            if not user.is_admin:
                scopes.discard("admin")
            g.principal = Principal(user=user, via="api_key", scopes=scopes, api_key=api_key)
            return g.principal
    has_header = bool(request.headers.get("Authorization", "").strip())
    if optional and not has_header:
        g.principal = None
        return None
    try:
        verify_jwt_in_request(refresh=kind == "refresh")
    except NoAuthorizationError:
        if has_header:
            raise AuthInvalid("Use 'Authorization: Bearer <token>' or 'X-API-Key'.") from None
        raise AuthRequired() from None
    except ExpiredSignatureError:
        raise AuthExpired() from None
    except RevokedTokenError as exc:
        if kind == "refresh":
            tokens.refresh_reused(exc.jwt_data)
        raise AuthInvalid("This token has been revoked.") from None
    except WrongTokenError:
        wanted = "a refresh" if kind == "refresh" else "an access"
        raise AuthInvalid(f"This endpoint needs {wanted} token.") from None
    except (JWTExtendedException, PyJWTError, ValueError, KeyError):
        raise AuthInvalid("The token is not valid.") from None
    user = get_current_user()
    g.principal = Principal(user=user, via="jwt", scopes=api_keys.scopes_for(user), token=get_jwt())
    return g.principal


def principal_for_token(token: object) -> Principal:
    """The caller behind a bare credential (a JWT access token or an API key), for
    channels that carry it in a message rather than a header (the realtime socket).
    Raises ``AUTH_INVALID`` / ``AUTH_EXPIRED`` as a request would."""
    if not isinstance(token, str) or not token.strip() or len(token) > 4096:
        raise AuthInvalid("Give a JWT access token or an API key as 'token'.")
    token = token.strip()
    if token.startswith(api_keys.PREFIX):
        user, api_key = api_keys.authenticate(token)
        scopes = set(api_key.scopes)
        if not user.is_admin:
            scopes.discard("admin")
        return Principal(user=user, via="api_key", scopes=scopes, api_key=api_key)
    try:
        payload = decode_token(token)
    except ExpiredSignatureError:
        raise AuthExpired() from None
    except (JWTExtendedException, PyJWTError, ValueError, KeyError):
        raise AuthInvalid("The token is not valid.") from None
    if payload.get("type") != "access":
        raise AuthInvalid("This needs an access token.")
    if tokens.is_revoked(payload):
        raise AuthInvalid("This token has been revoked.")
    user = db.session.get(User, int(payload["sub"]))
    return Principal(user=user, via="jwt", scopes=api_keys.scopes_for(user), token=payload)


def current_principal() -> Principal | None:
    """The caller authenticated for this request, if any."""
    return g.get("principal")


def _configure_jwt() -> None:
    @jwt.user_lookup_loader
    def _load_user(_header, payload):
        try:
            user = db.session.get(User, int(payload["sub"]))
        except (TypeError, ValueError):
            return None
        return user if user is not None and user.is_active else None

    @jwt.token_in_blocklist_loader
    def _revoked(_header, payload):
        return tokens.is_revoked(payload)

    # Errors raised outside :func:`authenticate` still use the envelope.
    def _raise(error_cls, message=None):
        def loader(*_args):
            raise error_cls(message)

        return loader

    jwt.unauthorized_loader(_raise(AuthRequired))
    jwt.invalid_token_loader(_raise(AuthInvalid))
    jwt.expired_token_loader(_raise(AuthExpired))
    jwt.revoked_token_loader(_raise(AuthInvalid, "This token has been revoked."))
    jwt.user_lookup_error_loader(_raise(AuthInvalid))
    jwt.needs_fresh_token_loader(_raise(AuthInvalid, "A fresh token is required."))


SESSION_ENDED = (
    "You were signed out because the password of this account was changed. "
    "Sign in with the new password."
)


def _configure_login() -> None:
    login_manager.login_view = "web.login"
    login_manager.login_message = "Please sign in to see that page."
    login_manager.login_message_category = "info"
    login_manager.session_protection = "basic"

    @login_manager.user_loader
    def _load(session_id: str):
        uid, _, version = session_id.partition(":")
        try:
            user = db.session.get(User, int(uid))
        except ValueError:
            return None
        if user is None or not user.is_active:
            return None
        if str(user.token_version) != version:
            g.t2m_session_ended = SESSION_ENDED
            return None
        return user

    @login_manager.unauthorized_handler
    def _unauthorized():
        # Flask-Login's own answer, but a browser signed out by a password change
        # (or "sign out everywhere") is told why, not only "Please sign in".
        from flask import flash, redirect
        from flask_login.utils import login_url

        flash(g.get("t2m_session_ended") or login_manager.login_message, "info")
        return redirect(login_url(login_manager.login_view, next_url=request.url))


def init_app(app: Flask) -> None:
    """Bind the auth-related extensions and their callbacks."""
    jwt.init_app(app)
    login_manager.init_app(app)
    csrf.init_app(app)
    htmx.init_app(app)
    _configure_jwt()
    _configure_login()
