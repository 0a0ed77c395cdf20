"""Looking after a library: per-file analytics, bulk cleanup, deduplication figures."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from t2m.errors import ValidationFailed
from t2m.extensions import db
from t2m.models import Blob, CollectionItem, File, FileAccessDay, User
from t2m.models.base import utcnow
from t2m.services import validation
from t2m.services.library import collections
from t2m.services.library import files as library

ANALYTICS_DAYS = 30
MAX_AGE_DAYS = 36500
FILE_TYPES = library.FILE_TYPES
STATUSES = ("uploaded", "processing", "ready", "failed")


def analytics(user: User, file_id: int, *, today: date | None = None) -> dict:
    """Totals and the last 30 days of downloads, streams and bytes (oldest first).

    Days without any access are listed with zeros, so the list always has 30
    entries ending today.
    """
    file = library.get_file(user, file_id)
    # serving.record_access files accesses under the server's local date.
    today = today or date.today()
    first = today - timedelta(days=ANALYTICS_DAYS - 1)
    rows = db.session.scalars(
        select(FileAccessDay).where(
            FileAccessDay.file_id == file.id,
            FileAccessDay.day >= first,
            FileAccessDay.day <= today,
        )
    )
    by_day = {row.day: row for row in rows}
    daily = []
    for offset in range(ANALYTICS_DAYS):
        day = first + timedelta(days=offset)
        row = by_day.get(day)
        daily.append(
            {
                "day": day,
                "downloads": row.downloads if row else 0,
                "streams": row.streams if row else 0,
                "bytes_served": row.bytes_served if row else 0,
            }
        )
    return {
        "file_id": file.id,
        "downloads": file.download_count,
        "streams": file.stream_count,
        "bytes_served": file.bytes_served,
        "last_accessed_at": file.last_accessed_at,
        "daily": daily,
    }


def _cleanup_query(user: User, errors: validation.Errors, criteria: dict):
    stmt = select(File).where(File.owner_id == user.id)
    days = criteria.get("older_than_days")
    if days is not None:
        if isinstance(days, bool) or not isinstance(days, int) or not 1 <= days <= MAX_AGE_DAYS:
            errors.add("older_than_days", f"Must be a whole number from 1 to {MAX_AGE_DAYS}.")
        else:
            stmt = stmt.where(File.created_at < utcnow() - timedelta(days=days))
    file_type = criteria.get("file_type")
    if file_type is not None:
        if file_type not in FILE_TYPES:
            errors.add("file_type", f"Must be one of: {', '.join(FILE_TYPES)}.")
        stmt = stmt.where(File.file_type == file_type)
    status = criteria.get("status")
    if status is not None:
        if status not in STATUSES:
            errors.add("status", f"Must be one of: {', '.join(STATUSES)}.")
        stmt = stmt.where(File.status == status)
    collection_id = criteria.get("collection_id")
    if collection_id is not None:
        stmt = stmt.join(CollectionItem, CollectionItem.file_id == File.id).where(
            CollectionItem.collection_id == collection_id
        )
    return stmt.order_by(File.created_at, File.id)


def cleanup(
    user: User,
    *,
    older_than_days: int | None = None,
    file_type: str | None = None,
    status: str | None = None,
    collection_id: int | None = None,
    dry_run: bool = True,
) -> dict:
    """Find (``dry_run``) or delete the user's files matching every given criterion.

    At least one criterion is required, so an empty request never empties a
    library. Files go through :func:`t2m.services.library.files.delete`: derived files
    go with them and a blob only when no other file uses it.
    """
    criteria = {
        "older_than_days": older_than_days,
        "file_type": file_type,
        "status": status,
        "collection_id": collection_id,
    }
    if all(v is None for v in criteria.values()):
        raise ValidationFailed(
            "Give at least one criterion.",
            details={"body": ["one of older_than_days, file_type, status, collection_id"]},
        )
    errors = validation.Errors()
    stmt = _cleanup_query(user, errors, criteria)
    errors.raise_if_any()
    if collection_id is not None:
        collections.get(user, collection_id)  # another user's collection is a 404

    matched = list(db.session.scalars(stmt))
    removed = [
        {"id": f.id, "original_filename": f.original_filename, "size": f.size} for f in matched
    ]
    bytes_freed = _bytes_freed(user, matched)
    if not dry_run:
        for file in matched:
            library.delete(user, file.id)
    return {
        "dry_run": dry_run,
        "matched": len(matched),
        "removed": removed,
        "bytes_freed": bytes_freed,
    }


def _bytes_freed(user: User, files: list[File]) -> int:
    """Stored bytes released by deleting ``files``: blobs no remaining file uses."""
    ids = {f.id for f in files}
    blob_ids = {f.blob_id for f in files}
    if not blob_ids:
        return 0
    still_used = set(
        db.session.scalars(
            select(File.blob_id).where(File.blob_id.in_(blob_ids), File.id.not_in(ids)).distinct()
        )
    )
    freed = [b for b in blob_ids if b not in still_used]
    if not freed:
        return 0
    return int(
        db.session.scalar(select(func.coalesce(func.sum(Blob.size), 0)).where(Blob.id.in_(freed)))
        or 0
    )


def deduplication(user: User, *, everyone: bool = False) -> dict:
    """How much deduplication saves in the user's library, or in every library
    when ``everyone`` is asked for by an admin."""
    everyone = everyone and user.is_admin
    file_q = select(
        func.count(File.id),
        func.count(func.distinct(File.blob_id)),
        func.coalesce(func.sum(File.size), 0),
    )
    blob_q = select(func.count(Blob.id), func.coalesce(func.sum(Blob.size), 0))
    if not everyone:
        file_q = file_q.where(File.owner_id == user.id)
        blob_q = blob_q.where(Blob.owner_id == user.id)
    files, used_blobs, logical = db.session.execute(file_q).one()
    blobs, stored = db.session.execute(blob_q).one()
    files, used_blobs, logical, blobs, stored = (
        int(files),
        int(used_blobs),
        int(logical),
        int(blobs),
        int(stored),
    )
    duplicates = files - used_blobs
    return {
        "scope": "global" if everyone else "user",
        "files": files,
        "blobs": blobs,
        "duplicate_files": duplicates,
        "bytes_logical": logical,
        "bytes_stored": stored,
        "bytes_saved": max(0, logical - stored),
        "hit_rate": round(duplicates / files, 4) if files else 0.0,
    }
