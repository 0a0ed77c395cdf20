"""Request and response models of events and webhooks (they are the OpenAPI schemas)."""

from __future__ import annotations

from datetime import datetime
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

from t2m.api.schemas import In, Out, PageQuery, Pagination
from t2m.services.events import catalog

EventType = Literal[catalog.TYPES]  # type: ignore[valid-type]
Subscription = Literal[(*catalog.TYPES, catalog.ALL)]  # type: ignore[valid-type]
DeliveryStatus = Literal["pending", "delivered", "failed"]


class EventOut(Out):
    id: str = Field(description="Stable id (evt_…); the webhook-id of its deliveries.")
    event: EventType
    timestamp: str = Field(description="When it happened, RFC 3339 UTC.")
    data: dict[str, Any] = Field(
        description="The resource as the API shows it: job events carry job_id, type, "
        "status, progress, externalId, metadata, error and, once completed, result "
        "{file_id, download_url, thumbnail_url}; media events id, type, user_id, "
        "filename, size, status."
    )


class EventList(Out):
    items: list[EventOut]
    has_more: bool = Field(description="More events follow: ask again with after=next_after.")
    next_after: str | None = Field(description="The last event's id, for the next page.")


class EventQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    after: str | None = Field(
        None, max_length=40, description="Only events after this one (evt_…), oldest first."
    )
    types: str | None = Field(
        None,
        max_length=1000,
        description="Comma-separated event types to keep (e.g. job.completed,job.failed).",
    )
    limit: int = Field(50, ge=1, le=100)


class StreamQuery(BaseModel):
    model_config = ConfigDict(extra="ignore")

    after: str | None = Field(
        None, max_length=40, description="Replay events after this one (or send Last-Event-ID)."
    )
    types: str | None = Field(None, max_length=1000, description="Comma-separated types to keep.")


class WebhookIn(In):
    url: str = Field(max_length=2048, description="http(s) URL of a public receiver.")
    events: list[Subscription] = Field(
        min_length=1, max_length=len(catalog.TYPES) + 1, description="Event types, or '*'."
    )
    secret: str | None = Field(
        None,
        min_length=8,
        max_length=255,
        description="Signs every delivery; made for you (whsec_…) and shown once when omitted.",
    )
    description: str | None = Field(None, max_length=500)
    active: bool = True


class WebhookPatch(In):
    url: str | None = Field(None, max_length=2048)
    events: list[Subscription] | None = Field(None, min_length=1)
    secret: str | None = Field(None, min_length=8, max_length=255)
    description: str | None = Field(None, max_length=500, description="null clears it.")
    active: bool | None = Field(None, description="true turns a disabled webhook on again.")


class WebhookOut(Out):
    id: int
    url: str
    events: list[str]
    description: str | None
    active: bool
    disabled_reason: str | None = Field(description="Why it was turned off, when it was.")
    disabled_at: datetime | None
    failure_streak: int = Field(description="Events in a row whose delivery finally failed.")
    secret_rotation_ends_at: datetime | None = Field(
        description="Until then the previous secret signs alongside the new one."
    )
    created_at: datetime
    updated_at: datetime


class WebhookCreated(WebhookOut):
    secret: str = Field(description="Shown this once: keep it to verify deliveries.")


class WebhookList(Out):
    items: list[WebhookOut]
    pagination: Pagination


class DeliveryOut(Out):
    id: int
    webhook_id: int
    event_id: str
    event: EventType
    status: DeliveryStatus
    attempts: int
    last_status_code: int | None
    last_duration_ms: int | None
    last_error: str | None
    response_snippet: str | None = Field(description="The first 1,000 characters of the answer.")
    next_attempt_at: datetime | None
    last_attempt_at: datetime | None
    delivered_at: datetime | None
    created_at: datetime


class DeliveryList(Out):
    items: list[DeliveryOut]
    pagination: Pagination


class DeliveryQuery(PageQuery):
    status: DeliveryStatus | None = None


# ---- what deliveries carry (the OpenAPI document's ``webhooks``) -------------------


class JobResult(Out):
    file_id: int
    download_url: str
    thumbnail_url: str


class JobEventData(Out):
    job_id: int
    jobId: int = Field(description="The same id, as the encode API names it.")
    type: str = Field(description="process, transcode, video_generation, image_regeneration")
    status: Literal["queued", "processing", "completed", "failed", "cancelled"]
    progress: float
    step: int | None = Field(None, description="job.progress: the 10 % step reached.")
    externalId: str | None
    metadata: dict[str, Any] | None
    error: str | None
    result: JobResult | None = Field(description="Set on job.completed.")


class MediaEventData(Out):
    id: int
    type: Literal["document", "image", "video", "audio"]
    user_id: int
    filename: str
    size: int
    status: Literal["uploaded", "processing", "ready", "failed"]
    content_type: str
    error: str | None


class CollectionEventData(Out):
    id: int
    user_id: int
    name: str
    description: str | None
    item_count: int | None


class UserEventData(Out):
    id: int
    user_id: int
    username: str
    email: str
    created_at: str


class TestEventData(Out):
    webhook_id: int
    url: str
    message: str


def _event_model(name: str, types: tuple[str, ...], data: type[BaseModel]) -> type[BaseModel]:
    return type(
        name,
        (Out,),
        {
            "__annotations__": {
                "id": str,
                "event": Literal[types],  # type: ignore[valid-type]
                "timestamp": str,
                "data": data,
            },
            "__doc__": f"The body of a {', '.join(types)} delivery.",
        },
    )


JobEvent = _event_model("JobEvent", catalog.JOB_TYPES, JobEventData)
MediaEvent = _event_model("MediaEvent", catalog.MEDIA_TYPES, MediaEventData)
CollectionEvent = _event_model("CollectionEvent", catalog.COLLECTION_TYPES, CollectionEventData)
UserEvent = _event_model("UserEvent", catalog.ADMIN_TYPES, UserEventData)
TestEvent = _event_model("TestEvent", (catalog.TEST_TYPE,), TestEventData)

# Each event type and the body it is delivered with.
EVENT_BODIES: dict[str, type[BaseModel]] = {
    **dict.fromkeys(catalog.JOB_TYPES, JobEvent),
    **dict.fromkeys(catalog.MEDIA_TYPES, MediaEvent),
    **dict.fromkeys(catalog.COLLECTION_TYPES, CollectionEvent),
    **dict.fromkeys(catalog.ADMIN_TYPES, UserEvent),
    catalog.TEST_TYPE: TestEvent,
}
assert set(EVENT_BODIES) == set(catalog.TYPES)
