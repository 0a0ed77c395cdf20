"""Request and response models of the jobs API (part of the OpenAPI document).

Encode-job fields are typed loosely here (``Any`` with the allowed values in
the schema): :mod:`t2m.services.encoding` checks them all at once, so a
client gets one 400 ``VALIDATION_ERROR`` that names every bad field. The
allowed values in the document come from the lists the check uses
(:mod:`t2m.media.encode`), so the two cannot drift apart.
"""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any, Literal

from pydantic import BeforeValidator, ConfigDict, Field, TypeAdapter

from t2m.api.schemas import ErrorBody, In, Out, PageQuery, Pagination
from t2m.db import Id
from t2m.media.encode import AUDIO_CODECS, CODECS, CONTAINERS, FRAME_RATES, RESOLUTIONS
from t2m.models.job import JOB_KINDS, JOB_STATUSES, LOG_LEVELS

JobKind = Literal["process", "transcode", "video_generation", "image_regeneration"]
JobStatus = Literal["queued", "processing", "completed", "failed", "cancelled"]
LogLevel = Literal["DEBUG", "INFO", "WARNING", "ERROR"]
assert set(JobKind.__args__) == set(JOB_KINDS)
assert set(JobStatus.__args__) == set(JOB_STATUSES)
assert set(LogLevel.__args__) == set(LOG_LEVELS)


def _schema(**extra):
    """Document a loosely typed field: its allowed values, without a null default."""

    def fix(schema: dict) -> None:
        schema.pop("default", None)
        schema.update(extra)

    return fix


ID_SCHEMA = TypeAdapter(Id).json_schema()
S3_REF = {
    "type": "object",
    "properties": {"bucket": {"type": "string"}, "key": {"type": "string"}},
    "required": ["bucket", "key"],
    "additionalProperties": False,
}
MAX_STATUS_IDS = 100


def _either(values) -> str:
    """``a, b or c``."""
    *rest, last = list(values)
    return f"{', '.join(rest)} or {last}" if rest else last


def _enum(*values, description: str) -> Any:
    return Field(None, description=description, json_schema_extra=_schema(enum=list(values)))


class EncodeJobIn(In):
    """One encode job."""

    source: Any = Field(
        None,
        description="Exactly one of `{file_id}`, `{url}` (http/https, public addresses only) "
        "or `{s3: {bucket, key}}` (an allowed bucket).",
        json_schema_extra=_schema(
            type="object",
            properties={"file_id": ID_SCHEMA, "url": {"type": "string"}, "s3": S3_REF},
            additionalProperties=False,
            examples=[{"file_id": 1}],
        ),
    )
    codec: Any = _enum(*CODECS, description=f"Default {CODECS[0]}.")
    resolution: Any = _enum(*RESOLUTIONS, "source", description="Never upscales.")
    fps: Any = Field(
        None,
        description=f"{', '.join(map(str, FRAME_RATES))} or 'source' (default).",
        examples=[30, "source"],
        json_schema_extra=_schema(enum=[*FRAME_RATES, "source"]),
    )
    quality: Any = Field(
        None,
        description="A CRF (h264/h265 0-51, av1 0-63) or a preset name (default 'medium').",
        examples=[23, "medium"],
    )
    audio: Any = Field(
        None,
        description=f"{_either(repr(c) for c in AUDIO_CODECS)}, or `{{codec, bitrate}}`.",
        examples=["aac", {"codec": "opus", "bitrate": 96000}],
    )
    audio_bitrate: Any = Field(None, description="Bits per second.", examples=[128000])
    container: Any = _enum(*CONTAINERS, description="Must fit the codec.")
    output: Any = Field(
        None,
        description="`{collection_id?, filename?, s3?: {bucket, key}}`.",
        json_schema_extra=_schema(
            type="object",
            properties={
                "collection_id": ID_SCHEMA,
                "filename": {"type": "string"},
                "s3": S3_REF,
            },
            additionalProperties=False,
        ),
    )
    externalId: Any = Field(None, description="Your reference, 1-255 characters.")
    metadata: Any = Field(
        None,
        description="A JSON object of yours (at most 16 KB), returned with the job.",
        json_schema_extra=_schema(type="object"),
    )
    dryRun: Any = Field(None, description="Validate and estimate only.")


class Estimate(Out):
    seconds: float | None = Field(description="A rough wall-time estimate (unknown for URL/S3).")


class EncodeJobOut(Out):
    jobId: int | None
    externalId: str | None
    metadata: dict | None
    status: str
    estimate: Estimate


class BulkSettings(In):
    dryRun: Any = Field(None, description="Validate and estimate every job; create none.")
    confirm: Any = Field(None, description="false previews like dryRun; true (default) creates.")


class BulkIn(In):
    jobs: list[dict[str, Any]] = Field(min_length=1, max_length=100)
    settings: BulkSettings | None = None


class BulkItem(Out):
    index: int
    jobId: int | None
    externalId: Any = None
    status: str
    error: ErrorBody | None


class BulkOut(Out):
    totalJobs: int
    totalEstimatedSeconds: float
    jobs: list[BulkItem]


class JobResult(Out):
    model_config = ConfigDict(extra="allow")

    file_id: int | None = None
    file_size: int | None = None
    thumbnail_url: str | None = None


class JobOut(Out):
    id: int
    type: JobKind
    status: JobStatus
    progress: float
    external_id: str | None
    metadata: dict | None
    parameters: dict
    result: dict | None
    error: str | None
    attempts: int
    cancel_requested: bool
    file_id: int | None
    output_file_id: int | None
    created_at: datetime
    started_at: datetime | None
    completed_at: datetime | None
    duration: float | None = Field(description="Seconds from start to finish (or until now).")


class JobList(Out):
    items: list[JobOut]
    pagination: Pagination


class JobQuery(PageQuery):
    type: JobKind | None = None
    status: JobStatus | None = None
    externalId: str | None = Field(None, max_length=255)


class JobStatusOut(Out):
    id: int
    externalId: str | None
    metadata: dict | None
    status: JobStatus
    ingest: dict | None
    output: dict | None
    downloadUrl: str | None
    encoder: str | None
    pct: float
    createdAt: datetime
    startedAt: datetime | None
    finishedAt: datetime | None
    failureMessage: str | None


def _comma_separated(value):
    """``ids=1,2,3`` (one query parameter) as a list of its parts."""
    return [part.strip() for part in value.split(",")] if isinstance(value, str) else value


class StatusQuery(In):
    model_config = ConfigDict(extra="ignore")

    ids: Annotated[list[Id], BeforeValidator(_comma_separated)] = Field(
        min_length=1,
        max_length=MAX_STATUS_IDS,
        description=f"Comma-separated job ids (at most {MAX_STATUS_IDS}).",
    )


class StatusList(Out):
    jobs: list[JobStatusOut]
    missing: list[int] = Field(description="Ids that are not (or not your) jobs.")


class LogQuery(In):
    model_config = ConfigDict(extra="ignore")

    limit: int = Field(100, ge=1, le=1000)
    offset: int = Field(0, ge=0, le=10_000_000)
    level: LogLevel | None = Field(None, description="This level and above.")


class LogOut(Out):
    id: int
    timestamp: datetime
    level: LogLevel
    message: str
    details: dict | None


class LogList(Out):
    logs: list[LogOut]
    total_logs: int
    has_more: bool
