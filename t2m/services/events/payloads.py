"""What an event says: the resource as the API shows it, and the body sent anywhere."""

from __future__ import annotations

from datetime import UTC, datetime

from t2m.models import Collection, Event, File, User
from t2m.services.jobs import kinds
from t2m.services.links import api_url


def iso(moment: datetime) -> str:
    """RFC 3339 in UTC with a ``Z`` (as the API documents' examples)."""
    return moment.astimezone(UTC).isoformat().replace("+00:00", "Z")


def file_result(file_id: int | None) -> dict | None:
    """A job's result pointing at a library file: its id, download and thumbnail URLs."""
    if file_id is None:
        return None
    return {
        "file_id": file_id,
        "download_url": api_url("api.download_file", file_id=file_id),
        "thumbnail_url": api_url("api.file_thumbnail", file_id=file_id),
    }


def job(row) -> dict:
    """A job event's data (``row`` has the job's columns). ``jobId`` and
    ``externalId`` are the encode API's names; ``result`` is set once completed."""
    data = {
        "job_id": row.id,
        "jobId": row.id,
        "type": row.kind,
        "status": row.status,
        "progress": round(row.progress or 0.0, 1),
        "externalId": row.external_id,
        "metadata": row.client_metadata,
        "error": row.error,
        "result": None,
    }
    if row.status == "completed":
        kind = kinds.get(row.kind)
        if kind is not None and kind.report is not None:
            data["result"] = kind.report(row)
        else:
            data["result"] = file_result(row.output_file_id or row.file_id)
    return data


def media(file: File) -> dict:
    """A media event's data: the file as the Media Vault API names it."""
    return {
        "id": file.id,
        "type": file.file_type,
        "user_id": file.owner_id,
        "filename": file.original_filename,
        "size": file.size,
        "status": file.status,
        "content_type": file.content_type,
        "error": file.error,
    }


def collection(c: Collection, item_count: int | None = None) -> dict:
    """A collection event's data."""
    return {
        "id": c.id,
        "user_id": c.owner_id,
        "name": c.name,
        "description": c.description,
        "item_count": item_count,
    }


def user(u: User) -> dict:
    """A ``user.registered`` event's data (for administrators)."""
    return {
        "id": u.id,
        "user_id": u.id,
        "username": u.username,
        "email": u.email,
        "created_at": iso(u.created_at),
    }


def body(event: Event) -> dict:
    """The body sent to webhooks, sockets and streams."""
    return {
        "id": event.uid,
        "event": event.type,
        "timestamp": iso(event.created_at),
        "data": event.data,
    }
