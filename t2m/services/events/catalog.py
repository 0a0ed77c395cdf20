"""The event types T2M emits, and the realtime channel each belongs to."""

from __future__ import annotations

JOB_TYPES = (
    "job.queued",
    "job.started",
    "job.progress",
    "job.completed",
    "job.failed",
    "job.cancelled",
)
MEDIA_TYPES = ("media.uploaded", "media.ready", "media.failed", "media.deleted")
COLLECTION_TYPES = ("collection.created", "collection.updated", "collection.deleted")
# Reaches administrators only (their webhooks, streams and event lists).
ADMIN_TYPES = ("user.registered",)
TEST_TYPE = "webhook.test"
TYPES = (*JOB_TYPES, *MEDIA_TYPES, *COLLECTION_TYPES, *ADMIN_TYPES, TEST_TYPE)
# A webhook may subscribe to every type at once.
ALL = "*"

# The WebSocket's channels (Media Vault) and the resource each one follows.
CHANNELS = {"job_updates": "job", "media_updates": "media"}

# What a job's status change is called.
STATUS_EVENTS = {
    "queued": "job.queued",
    "processing": "job.started",
    "completed": "job.completed",
    "failed": "job.failed",
    "cancelled": "job.cancelled",
}
PROGRESS_STEP = 10  # job.progress at each 10 % step, at most once per step


def channel_of(resource: str) -> str | None:
    """The realtime channel carrying events about ``resource`` (None: no channel)."""
    for channel, res in CHANNELS.items():
        if res == resource:
            return channel
    return None
