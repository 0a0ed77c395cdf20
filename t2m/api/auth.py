"""Auth endpoints: register, log in, tokens, verification, API keys."""

from __future__ import annotations

from datetime import timedelta

from flask import current_app, jsonify, request

from t2m.api import bp
from t2m.api.envelope import page_data, request_id
from t2m.api.schemas import (
    ApiKeyCreated,
    ApiKeyIn,
    ApiKeyList,
    ApiKeyOut,
    AuthHealth,
    AuthStatus,
    ForgotPasswordIn,
    LoginIn,
    LoginOut,
    OAuthError,
    OAuthToken,
    PageQuery,
    Permissions,
    ProtectedOut,
    RegisterIn,
    ResetPasswordIn,
    SignUpOut,
    TokenForm,
    TokenPair,
    UserOut,
    VerifyIn,
)
from t2m.api.spec import Reply, endpoint
from t2m.auth import current_principal
from t2m.errors import AuthInvalid, PermissionDenied, ValidationFailed
from t2m.models.base import utcnow
from t2m.ratelimit import credentials, sign_in
from t2m.services import accounts
from t2m.services.accounts import api_keys, recovery, tokens

TAGS = ["auth"]
SIGN_UP_MESSAGE = (
    "Check your e-mail: we sent a mail to this address. Sign in with your username and password."
)


@endpoint(
    bp,
    "/auth/register",
    "POST",
    summary="Create an account",
    tags=TAGS,
    auth="public",
    body=RegisterIn,
    response=SignUpOut,
    status=202,
    errors=(409, 429),
    rate_limit=credentials,
)
def register(body: RegisterIn):
    """Create an account, then sign in with `POST /auth/login`. A mail goes to the
    address (to the instance outbox when no mail server is configured): a
    verification link for a new account. An address that already has an account
    gets the same 202 and no new account; its owner is mailed that someone tried,
    so this endpoint does not tell whose address is registered. A taken username
    (usernames are public) is a 409."""
    done = accounts.sign_up(
        email=body.email, username=body.username, password=body.password, full_name=body.full_name
    )
    return Reply(
        {"email": done.email, "username": done.username},
        message=SIGN_UP_MESSAGE,
    )


@endpoint(
    bp,
    "/auth/login",
    "POST",
    summary="Log in with username or e-mail",
    tags=TAGS,
    auth="public",
    body=LoginIn,
    response=LoginOut,
    errors=(401, 429),
    rate_limit=sign_in,
)
def login(body: LoginIn):
    """Exchange credentials for an access token (1 h) and a refresh token (30 days)."""
    if not (body.username or body.email):
        raise ValidationFailed(
            "Give a username or an e-mail address.",
            details={"username": ["A username or e-mail address is required."]},
        )
    user = accounts.authenticate(body.username or body.email, body.password)
    return Reply({**tokens.issue_pair(user), "user": user}, message="Signed in.")


@endpoint(
    bp,
    "/auth/token",
    "POST",
    summary="OAuth2 password grant",
    tags=TAGS,
    auth="public",
    form=TokenForm,
    response=OAuthToken,
    raw=True,
    errors=(401, 429),
    error_schemas={401: OAuthError},
    rate_limit=sign_in,
)
def token(form: TokenForm):
    """For OAuth2 clients: the answer is not wrapped in the envelope, and a
    failed login is 401 ``{"detail": "Incorrect username or password"}``."""
    try:
        user = accounts.authenticate(form.username, form.password)
    except AuthInvalid:
        response = jsonify({"detail": "Incorrect username or password"})
        response.status_code = 401
        response.headers["WWW-Authenticate"] = "Bearer"
        return response
    return {"access_token": tokens.issue_pair(user)["access_token"], "token_type": "bearer"}


@endpoint(
    bp,
    "/auth/refresh",
    "POST",
    summary="Rotate a refresh token",
    tags=TAGS,
    auth="refresh",
    response=TokenPair,
    errors=(429,),
    rate_limit=credentials,
)
def refresh():
    """Send the refresh token as ``Authorization: Bearer``. It is single-use:
    a new pair comes back, and presenting the old one again revokes every
    token of the account."""
    principal = current_principal()
    return tokens.rotate(principal.user, principal.token)


@endpoint(
    bp,
    "/auth/logout",
    "POST",
    summary="Revoke the access and refresh tokens",
    tags=TAGS,
    errors=(403,),
)
def logout():
    """Revokes the presented access token and the refresh token issued with it."""
    principal = current_principal()
    if principal.via != "jwt":
        raise PermissionDenied("Log out with a JWT; revoke API keys instead.")
    tokens.logout(principal.user, principal.token)
    return Reply(None, message="Signed out.")


@endpoint(
    bp,
    "/auth/health",
    summary="Auth subsystem health",
    tags=TAGS,
    auth="public",
    response=AuthHealth,
)
def auth_health():
    cfg = current_app.config
    return {
        "status": "ok",
        "jwt": bool(cfg.get("JWT_SECRET_KEY")),
        "access_token_seconds": int(cfg["JWT_ACCESS_TOKEN_EXPIRES"].total_seconds()),
        "refresh_token_seconds": int(cfg["JWT_REFRESH_TOKEN_EXPIRES"].total_seconds()),
    }


@endpoint(
    bp,
    "/auth/status",
    summary="Whether the caller is authenticated",
    tags=TAGS,
    auth="optional",
    response=AuthStatus,
)
def auth_status():
    """Never 401 for a missing token; an invalid token is still a 401."""
    principal = current_principal()
    return {
        "authenticated": principal is not None,
        "via": principal.via if principal else None,
        "user": principal.user if principal else None,
        "request_context": {
            "ip": request.remote_addr,
            "user_agent": request.headers.get("User-Agent"),
            "method": request.method,
            "path": request.path,
            "request_id": request_id(),
        },
    }


@endpoint(bp, "/auth/me", summary="The signed-in user", tags=TAGS, response=UserOut)
def me():
    return current_principal().user


@endpoint(
    bp,
    "/auth/permissions",
    summary="Role, permissions and access level",
    tags=TAGS,
    response=Permissions,
)
def permissions():
    principal = current_principal()
    user = principal.user
    return {
        "role": user.role,
        "access_level": "admin" if user.is_admin else "user",
        "email_verified": user.email_verified,
        "permissions": sorted(api_keys.scopes_for(user)),
        "scopes": sorted(principal.scopes),
    }


@endpoint(
    bp,
    "/auth/test-protected",
    summary="Succeeds for any authenticated caller",
    tags=TAGS,
    response=ProtectedOut,
)
def test_protected():
    user = current_principal().user
    return {
        "message": f"Hello {user.username}, you are authenticated.",
        "user_id": user.id,
        "username": user.username,
    }


@endpoint(
    bp,
    "/auth/test-verified",
    summary="Succeeds only for verified e-mail addresses",
    tags=TAGS,
    response=ProtectedOut,
    errors=(403,),
)
def test_verified():
    user = current_principal().user
    if not user.email_verified:
        raise PermissionDenied("Verify your e-mail address first.")
    return {
        "message": f"Hello {user.username}, your e-mail is verified.",
        "user_id": user.id,
        "username": user.username,
    }


@endpoint(
    bp,
    "/auth/verify",
    "POST",
    summary="Verify an e-mail address",
    tags=TAGS,
    auth="public",
    body=VerifyIn,
    response=UserOut,
    errors=(429,),
    rate_limit=credentials,
)
def verify(body: VerifyIn):
    """Takes the token from the verification mail."""
    return Reply(accounts.verify_email(body.token), message="E-mail address verified.")


@endpoint(
    bp,
    "/auth/forgot-password",
    "POST",
    summary="Mail a password reset link",
    tags=TAGS,
    auth="public",
    body=ForgotPasswordIn,
    status=202,
    errors=(429,),
    rate_limit=sign_in,
)
def forgot_password(body: ForgotPasswordIn):
    """The same answer whether or not the address has an account. The link
    (valid one hour, once) leads to a page that sets the new password; its
    token also works with POST /auth/reset-password."""
    recovery.request_reset(body.email)
    return Reply(
        None,
        status=202,
        message="If an account uses that address, we sent it a link to choose a new password.",
    )


@endpoint(
    bp,
    "/auth/reset-password",
    "POST",
    summary="Set a new password with a reset token",
    tags=TAGS,
    auth="public",
    body=ResetPasswordIn,
    response=UserOut,
    errors=(429,),
    rate_limit=credentials,
)
def reset_password(body: ResetPasswordIn):
    """Every token, session and API key of the account stops working; sign in again."""
    user = recovery.reset_password(body.token, body.new_password)
    return Reply(user, message="Password changed. Sign in with the new one.")


# ---- API keys ---------------------------------------------------------------


@endpoint(
    bp,
    "/auth/api-keys",
    "POST",
    summary="Create an API key",
    tags=TAGS,
    scopes=("account",),
    body=ApiKeyIn,
    response=ApiKeyCreated,
    status=201,
    errors=(403,),
)
def create_api_key(body: ApiKeyIn):
    """The key is in the answer once; only its hash is kept. An API key (with
    the ``account`` scope) can only create keys with scopes it holds itself."""
    expires_at = body.expires_at
    if expires_at is None and body.expires_in_days:
        expires_at = utcnow() + timedelta(days=body.expires_in_days)
    principal = current_principal()
    key, plaintext = api_keys.create(
        principal.user,
        name=body.name,
        scopes=list(body.scopes),
        expires_at=expires_at,
        granted=principal.scopes if principal.via == "api_key" else None,
    )
    data = ApiKeyOut.model_validate(key, from_attributes=True).model_dump()
    return Reply({**data, "key": plaintext}, message="Store this key now: it is not shown again.")


@endpoint(
    bp,
    "/auth/api-keys",
    summary="List your API keys",
    tags=TAGS,
    scopes=("account",),
    query=PageQuery,
    response=ApiKeyList,
)
def list_api_keys(query: PageQuery):
    return page_data(
        api_keys.page_of_keys(current_principal().user, query.page, query.items_per_page)
    )


@endpoint(
    bp,
    "/auth/api-keys/<id:key_id>",
    "DELETE",
    summary="Revoke an API key",
    tags=TAGS,
    scopes=("account",),
)
def revoke_api_key(key_id: int):
    api_keys.revoke(current_principal().user, key_id)
    return Reply(None, message="API key revoked.")
