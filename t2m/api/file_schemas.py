"""Request and response models of the library API: files, streaming and
thumbnails, signed URLs, collections, analytics and cleanup (OpenAPI schemas)."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from t2m.api.schemas import ErrorBody, In, Out, PageQuery, Pagination
from t2m.db import Id

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


Visibility = Literal["private", "unlisted", "public"]
VISIBILITY_TEXT = (
    "private: you only; unlisted: anyone with the share link; public: the same, and "
    "search engines may index it. Private links answer 404."
)


class FilePatch(In):
    title: str | None = Field(
        None, max_length=200, description="What to call it; empty or null shows the file name."
    )
    description: str | None = Field(None, max_length=2000, description="null clears it.")
    tags: list[str] | None = Field(
        None,
        max_length=20,
        description="Replaces the tags: each at most 40 characters, no commas; repeats "
        "(ignoring case) are dropped. [] or null clears them.",
    )
    visibility: Visibility | None = Field(None, description=VISIBILITY_TEXT)


class FileOut(Out):
    id: int
    original_filename: str
    filename: str = Field(description="Same as original_filename (Media Vault name).")
    title: str | None = Field(description="The owner's title; null shows the file name.")
    display_name: str = Field(description="The title, or the file name when there is none.")
    tags: list[str]
    visibility: Visibility
    share_url: str | None = Field(
        description="The page anyone with the link may watch it on (null while private)."
    )
    embed_url: str | None = Field(description="The same in an <iframe> (null while private).")
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
    q: str | None = Field(
        None, max_length=200, description="Search file names, titles, descriptions and tags."
    )
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
    visibility: Visibility | None = Field(
        None, description=VISIBILITY_TEXT + " A shared collection shows its shared files only."
    )


class CollectionOut(Out):
    id: int
    name: str
    description: str | None
    visibility: Visibility
    share_url: str | None = Field(description="Its public page (null while private).")
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
