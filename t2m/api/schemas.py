"""Request and response models of the JSON API (they are the OpenAPI schemas)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from t2m.db import Id
from t2m.services.accounts.api_keys import SCOPES

Scope = Literal[
    "files:read", "files:write", "jobs:read", "jobs:write", "videos:generate", "account", "admin"
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


# ---- files ------------------------------------------------------------------

FileType = Literal["document", "image", "video", "audio"]
FileStatus = Literal["uploaded", "processing", "ready", "failed"]


class UploadForm(BaseModel):
    model_config = ConfigDict(extra="ignore")

    file_type: FileType | None = Field(
        None, description="What you expect; checked against the sniffed bytes."
    )
    subdirectory: str | None = Field(None, max_length=255, description="A label, not a path.")
    description: str | None = Field(None, max_length=2000)


class FileUrls(Out):
    download: str
    stream: str
    thumbnail: str
    metadata: str
    playback: str


class FileOut(Out):
    id: int
    original_filename: str
    filename: str = Field(description="Same as original_filename (Media Vault name).")
    content_type: str
    file_type: FileType
    subdirectory: str | None
    description: str | None
    size: int
    checksum: str = Field(examples=["sha256:9f86d0…"])
    status: FileStatus
    error: str | None
    metadata: dict
    download_count: int
    stream_count: int
    created_at: datetime
    updated_at: datetime
    urls: FileUrls


class BatchItem(Out):
    index: int
    filename: str
    success: bool
    file: FileOut | None = None
    error: ErrorBody | None = None


class BatchOut(Out):
    total: int
    succeeded: int
    failed: int
    results: list[BatchItem]


class FileList(Out):
    items: list[FileOut]
    pagination: Pagination


class FileQuery(PageQuery):
    file_type: FileType | None = None
    status: FileStatus | None = None
    q: str | None = Field(None, max_length=200, description="Search name and description.")
    collection_id: Id | None = None
    sort: Literal["created_at", "-created_at", "name", "-name", "size", "-size"] = "-created_at"


class TypeStats(Out):
    count: int
    bytes: int


class Quota(Out):
    limit_bytes: int | None
    used_bytes: int
    remaining_bytes: int | None


class FileStats(Out):
    total_files: int
    total_bytes: int
    stored_bytes: int = Field(description="Bytes actually stored after deduplication.")
    by_type: dict[str, TypeStats]
    quota: Quota


class FileMetadata(Out):
    id: int
    content_type: str
    size: int
    checksum: str
    metadata: dict


class DownloadQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    inline: bool = False


QUALITY_PATTERN = r"^(original|auto|[1-9][0-9]{1,3}p)$"


class StreamQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    quality: str = Field(
        "original",
        max_length=16,
        pattern=QUALITY_PATTERN,
        description="`original` (the upload), a rendition (`360p`, `720p`, ..., or e.g. `240p` "
        "for a small source; progressive MP4 with Range) or `auto`: the HLS master playlist "
        "(`application/vnd.apple.mpegurl`) whose URIs carry a playback token.",
    )


class PlaybackQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    token: str | None = Field(
        None,
        max_length=200,
        description="Playback token from a served playlist or `GET /files/{id}/playback`; "
        "without one, normal credentials (JWT, API key or a browser session) are needed.",
    )


class PlaybackRendition(Out):
    quality: str = Field(examples=["720p"])
    width: int | None
    height: int | None
    bandwidth: int | None = Field(description="Peak bit rate (bit/s), as in the master playlist.")
    url: str = Field(description="Signed link to the progressive MP4 (Range requests).")


class PlaybackOut(Out):
    file_id: int
    state: Literal["ready", "preparing", "unavailable"] = Field(
        description="`ready`: HLS is available; `preparing`: the process job is still making "
        "it; `unavailable`: this file has no streaming versions (play `original_url`)."
    )
    progress: float | None = Field(description="The process job's progress while preparing.")
    hls_url: str | None = Field(description="Signed HLS master playlist URL, for any player.")
    storyboard_vtt_url: str | None = Field(
        description="Signed WebVTT thumbnails track (`#xywh=` cues into the sprite)."
    )
    storyboard_sprite_url: str | None
    renditions: list[PlaybackRendition]
    original_url: str = Field(description="Signed link streaming the original upload.")
    poster_url: str = Field(description="Signed link to the large thumbnail.")
    expires_at: datetime


class ThumbnailQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    size: Literal["small", "medium", "large"] = "medium"


# ---- signed URLs --------------------------------------------------------------

from datetime import date as Date  # noqa: E402
from typing import Annotated  # noqa: E402

from pydantic.json_schema import SkipJsonSchema  # noqa: E402

Quality = Annotated[str, Field(pattern=QUALITY_PATTERN, max_length=16)]
SIGNED_PARAMS = ["user_id", "expires", "signature"]


class SignedUrlIn(In):
    expires_in: int = Field(
        3600, ge=1, le=7 * 24 * 3600, description="Seconds the link stays valid (1 s to 7 days)."
    )
    inline: bool | None = Field(
        None, description="Download links: show in the browser instead of saving."
    )
    size: Literal["small", "medium", "large"] | None = Field(
        None, description="Make it a thumbnail link of this size."
    )
    quality: Quality | None = Field(None, description="Make it a stream link of this quality.")
    file_type: FileType | None = Field(
        None, description="The file's type, checked now and again when the link is used."
    )


class SignedUrlOut(Out):
    url: str = Field(
        description="Path and query of the link; works without credentials until it expires."
    )
    expires_at: datetime
    expires_in: int


# Documented as plain strings; read leniently (a missing one is a 403, not a 422).
SignedParam = str | SkipJsonSchema[None]


def _signed(description: str):
    return Field(None, description=description, json_schema_extra=lambda s: s.pop("default"))


class SecureQuery(BaseModel):
    """The parameters of a signed link, exactly as issued.

    Parsing never rejects them: a missing, changed or added parameter is a 403.
    """

    model_config = ConfigDict(extra="ignore", json_schema_extra={"required": SIGNED_PARAMS})

    user_id: SignedParam = _signed("The owner who signed the link.")
    expires: SignedParam = _signed("Unix time at which the link stops working.")
    signature: SignedParam = _signed("HMAC-SHA256 over the file id and every other parameter.")
    inline: SignedParam = _signed("Signed option of download links: `true` or `false`.")
    size: SignedParam = _signed("Signed option: serve this thumbnail size.")
    quality: SignedParam = _signed("Signed option: stream in this quality.")
    file_type: SignedParam = _signed("Signed option: the file's type.")


# ---- collections ----------------------------------------------------------------


class CollectionIn(In):
    name: str = Field(min_length=1, max_length=100, description="Unique among your collections.")
    description: str | None = Field(None, max_length=2000)


class CollectionPatch(In):
    name: str | None = Field(None, min_length=1, max_length=100)
    description: str | None = Field(None, max_length=2000, description="null clears it.")


class CollectionOut(Out):
    id: int
    name: str
    description: str | None
    item_count: int
    created_at: datetime
    updated_at: datetime


class CollectionDetail(CollectionOut):
    files: list[FileOut] | None = Field(
        None,
        description="With include_files=true: the 100 most recently added files; "
        "page through GET /files?collection_id= for all of them.",
    )


class CollectionList(Out):
    items: list[CollectionOut]
    pagination: Pagination


class CollectionQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    include_files: bool = False


class CollectionMediaIn(In):
    file_ids: list[Id] = Field(
        min_length=1,
        max_length=100,
        description="Ids of your own files; all are added or none.",
    )


class CollectionMediaOut(Out):
    collection: CollectionOut
    added: list[int]
    already_present: list[int]


# ---- analytics, cleanup, deduplication ----------------------------------------------


class DayAccess(Out):
    day: Date
    downloads: int
    streams: int
    bytes_served: int


class FileAnalytics(Out):
    file_id: int
    downloads: int
    streams: int
    bytes_served: int
    last_accessed_at: datetime | None
    daily: list[DayAccess] = Field(description="The last 30 days, oldest first, zero-filled.")


class CleanupIn(In):
    older_than_days: int | None = Field(None, ge=1, le=36500)
    file_type: FileType | None = None
    status: FileStatus | None = None
    collection_id: Id | None = None
    dry_run: bool = Field(True, description="Only list what would go (the default).")


class CleanupItem(Out):
    id: int
    original_filename: str
    size: int


class CleanupOut(Out):
    dry_run: bool
    matched: int
    removed: list[CleanupItem] = Field(description="Deleted, or to be deleted on a dry run.")
    bytes_freed: int = Field(description="Stored bytes released (deduplicated blobs).")


class DeduplicationStats(Out):
    scope: Literal["global", "user"]
    files: int
    blobs: int
    duplicate_files: int = Field(description="Files whose bytes another file already stores.")
    bytes_logical: int
    bytes_stored: int
    bytes_saved: int
    hit_rate: float = Field(description="duplicate_files / files.")
