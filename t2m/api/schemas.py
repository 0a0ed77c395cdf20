"""Request and response models of the JSON API (they are the OpenAPI schemas)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from t2m.services.accounts.api_keys import SCOPES

Scope = Literal[
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
]
assert set(Scope.__args__) == set(SCOPES)

USERNAME_PATTERN = r"^[A-Za-z0-9][A-Za-z0-9_.\-]{2,31}$"


class In(BaseModel):
    """Base of request bodies: unknown fields are an error, not silently dropped."""

    model_config = ConfigDict(extra="forbid")


class Out(BaseModel):
    model_config = ConfigDict(from_attributes=True)


# ---- envelope ---------------------------------------------------------------


class Meta(Out):
    timestamp: str
    request_id: str


class ErrorBody(Out):
    code: str = Field(examples=["VALIDATION_ERROR"])
    message: str
    details: dict[str, list[str]] | None = None


class ErrorEnvelope(Out):
    success: Literal[False]
    error: ErrorBody
    meta: Meta


class Pagination(Out):
    page: int
    items_per_page: int
    total_items: int
    total_pages: int
    has_next: bool
    has_previous: bool
    next_page: int | None
    previous_page: int | None


class PageQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    page: int = Field(1, ge=1, le=1_000_000)
    items_per_page: int = Field(20, ge=1, le=100)


# ---- users and auth ---------------------------------------------------------


class UserOut(Out):
    id: int
    email: str
    username: str
    full_name: str | None
    avatar_url: str | None
    role: Literal["USER", "ADMIN"]
    email_verified: bool
    created_at: datetime
    last_login_at: datetime | None


class RegisterIn(In):
    email: str = Field(min_length=3, max_length=254, examples=["ada@example.com"])
    username: str = Field(pattern=USERNAME_PATTERN, examples=["ada"])
    password: str = Field(
        min_length=8, max_length=128, description="At least 8 characters (T2M_PASSWORD_MIN_LENGTH)."
    )
    full_name: str | None = Field(None, max_length=100)


class SignUpOut(Out):
    """What sign-up answers, whether the address was new or already registered."""

    email: str = Field(description="The address the mail went to.")
    username: str


class LoginIn(In):
    username: str | None = Field(
        None, min_length=1, max_length=254, description="Username or e-mail address."
    )
    email: str | None = Field(None, min_length=1, max_length=254)
    password: str = Field(min_length=1, max_length=1024)


class TokenForm(BaseModel):
    """OAuth2 password grant (RFC 6749 §4.3)."""

    model_config = ConfigDict(extra="ignore")

    grant_type: Literal["password"] | None = None
    username: str = Field(min_length=1, max_length=254)
    password: str = Field(min_length=1, max_length=1024)
    scope: str | None = Field(None, max_length=1000)


class TokenPair(Out):
    token: str = Field(description="Same as access_token.")
    access_token: str
    refresh_token: str
    expires_in: int = Field(description="Access token lifetime in seconds.")
    token_type: Literal["Bearer"]


class LoginOut(TokenPair):
    user: UserOut


class OAuthError(Out):
    """What OAuth2 clients expect when the password grant fails."""

    detail: str


class OAuthToken(Out):
    access_token: str
    token_type: Literal["bearer"]


class VerifyIn(In):
    token: str = Field(min_length=1, max_length=1000)


class ForgotPasswordIn(In):
    email: str = Field(min_length=3, max_length=254)


class ResetPasswordIn(In):
    token: str = Field(min_length=1, max_length=1000, description="From the mailed link.")
    new_password: str = Field(min_length=8, max_length=128)


class ProfilePatch(In):
    username: str | None = Field(None, pattern=USERNAME_PATTERN)
    full_name: str | None = Field(None, max_length=100)
    avatar_url: str | None = Field(None, max_length=2048)
    current_password: str | None = Field(None, max_length=1024)
    new_password: str | None = Field(None, min_length=8, max_length=128)


class RequestContext(Out):
    ip: str | None
    user_agent: str | None
    method: str
    path: str
    request_id: str


class AuthStatus(Out):
    authenticated: bool
    via: Literal["jwt", "api_key"] | None
    user: UserOut | None
    request_context: RequestContext


class Permissions(Out):
    role: Literal["USER", "ADMIN"]
    access_level: Literal["user", "admin"]
    email_verified: bool
    permissions: list[str]
    scopes: list[str]


class ProtectedOut(Out):
    message: str
    user_id: int
    username: str


class AuthHealth(Out):
    status: Literal["ok"]
    jwt: bool
    access_token_seconds: int
    refresh_token_seconds: int


# ---- API keys ---------------------------------------------------------------


class ApiKeyIn(In):
    name: str = Field(min_length=1, max_length=100)
    scopes: list[Scope] = Field(min_length=1, max_length=len(SCOPES))
    expires_at: datetime | None = Field(None, description="ISO 8601; omit for no expiry.")
    expires_in_days: int | None = Field(None, ge=1, le=3650)


class ApiKeyOut(Out):
    id: int
    name: str
    prefix: str = Field(description="First characters of the key, to recognise it.")
    scopes: list[str]
    created_at: datetime
    expires_at: datetime | None
    last_used_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    key: str = Field(description="The key itself. Shown once; store it now.")


class ApiKeyList(Out):
    items: list[ApiKeyOut]
    pagination: Pagination


# ---- system -----------------------------------------------------------------


class Check(Out):
    status: Literal["ok", "degraded", "down"]
    latency_ms: float
    detail: str | None = None


class Health(Out):
    status: Literal["ok", "degraded", "down"]
    version: str
    checks: dict[str, Check]
