"""The data model (DESIGN §3). Services are the only writers of these rows."""

from t2m.models.event import Event, Webhook, WebhookDelivery
from t2m.models.generation import Generation, Scene
from t2m.models.job import IdempotencyKey, Job, JobLog
from t2m.models.media import (
    Blob,
    Collection,
    CollectionItem,
    DerivedFile,
    File,
    FileAccessDay,
)
from t2m.models.user import ApiKey, RevokedToken, User

__all__ = [
    "ApiKey",
    "Blob",
    "Collection",
    "CollectionItem",
    "DerivedFile",
    "Event",
    "File",
    "FileAccessDay",
    "Generation",
    "IdempotencyKey",
    "Job",
    "JobLog",
    "RevokedToken",
    "Scene",
    "User",
    "Webhook",
    "WebhookDelivery",
]
