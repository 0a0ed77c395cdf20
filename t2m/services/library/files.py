"""The media library: uploads, listing, details, deletion.

Keys are made here, never from anything the client sent: from the owner and
the content hash, or, for an upload copied to storage while it arrived (its
hash unknown when the copy began), from the owner and a random id. The same
bytes uploaded again by the same owner reuse the stored blob (by hash, in the
database); a blob is deleted with the last file that uses it.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass

from flask import current_app
from sqlalchemy import func, or_, select
from sqlalchemy.exc import IntegrityError

from t2m.db import ID_MESSAGE, is_id, like_pattern
from t2m.errors import AppError, NotFound, ValidationFailed
from t2m.extensions import db
from t2m.models import Blob, CollectionItem, DerivedFile, File, User
from t2m.services import events, jobs, validation
from t2m.services.events import payloads
from t2m.services.ownership import visible
from t2m.services.pagination import Page, paginate
from t2m.storage import storage
from t2m.uploads import Upload

FILE_TYPES = ("document", "image", "video", "audio")
_UNSAFE_NAME = re.compile(r"[\x00-\x1f\x7f]")


class UnsupportedMedia(AppError):
    code = "UNSUPPORTED_MEDIA"
    status = 415
    message = "This kind of file is not accepted."


class QuotaExceeded(AppError):
    code = "QUOTA_EXCEEDED"
    status = 413
    message = "This upload would exceed your storage quota."


def display_name(raw: str | None) -> str:
    """The client's file name, made safe to show: no path, no control characters,
    at most 255 characters. It is never used to build a storage key."""
    name = (raw or "").replace("\\", "/").rsplit("/", 1)[-1]
    name = unicodedata.normalize("NFC", _UNSAFE_NAME.sub("", name)).strip().lstrip(".")
    if not name:
        return "upload"
    if len(name) > 255:
        stem, dot, ext = name.rpartition(".")
        name = (stem[: 254 - len(ext)] + dot + ext) if dot and len(ext) < 20 else name[:255]
    return name


def _labels(errors: validation.Errors, subdirectory, description):
    sub = validation.text(errors, "subdirectory", subdirectory, max_len=255)
    if sub and "subdirectory" not in errors.fields:
        parts = sub.replace("\\", "/").split("/")
        if sub.startswith("/") or any(p in ("..", ".") for p in parts):
            errors.add("subdirectory", "A label, not a path: no '..', '.' or leading '/'.")
    desc = description
    if desc is not None:
        if not isinstance(desc, str):
            errors.add("description", "Must be a string.")
        elif "\x00" in desc:
            errors.add("description", "Must not contain NUL characters.")
        elif len(desc) > 2000:
            errors.add("description", "Must be at most 2000 characters.")
        desc = desc.strip() or None if isinstance(desc, str) else None
    return sub, desc


def quota_for(user: User) -> int | None:
    """The user's quota in bytes, or None for unlimited."""
    if user.quota_bytes is not None:
        return user.quota_bytes
    mb = current_app.config.get("UPLOAD_QUOTA_MB")
    return int(mb) * 1024 * 1024 if mb else None


def bytes_used(user: User) -> int:
    """Bytes of stored blobs owned by the user (deduplicated)."""
    return int(
        db.session.scalar(
            select(func.coalesce(func.sum(Blob.size), 0)).where(Blob.owner_id == user.id)
        )
        or 0
    )


def _blob_key(owner_id: int, sha256: str) -> str:
    return f"blobs/{owner_id}/{sha256[:2]}/{sha256}"


def _discard(upload: Upload) -> None:
    """Drop what was copied to storage while the upload arrived (nothing if not streamed)."""
    if upload.incremental is not None:
        upload.incremental.abort()


def _store_blob(user: User, upload: Upload, content_type: str) -> tuple[Blob, bool]:
    """The owner's blob with these bytes, stored if new. Returns (blob, reused)."""
    existing = db.session.scalar(
        select(Blob).where(Blob.owner_id == user.id, Blob.sha256 == upload.sha256)
    )
    if existing is not None:
        _discard(upload)
        return existing, True
    limit = quota_for(user)
    if limit is not None and bytes_used(user) + upload.size > limit:
        raise QuotaExceeded(details={"file": [f"quota {limit} bytes, used {bytes_used(user)}"]})
    if upload.incremental is not None:
        # Parts went to storage while the body arrived: only the tail is left.
        key = upload.incremental.finish(upload.size, content_type=content_type)
    else:
        key = _blob_key(user.id, upload.sha256)
        storage().save_file(key, upload.path, content_type=content_type)
    blob = Blob(
        owner_id=user.id,
        sha256=upload.sha256,
        size=upload.size,
        storage_key=key,
        content_type=content_type,
    )
    db.session.add(blob)
    try:
        db.session.flush()
    except IntegrityError:
        # A concurrent upload of the same bytes was recorded first. With the
        # content-addressed key it stored the very same object (kept); a
        # streamed upload has a key of its own, which nobody will use.
        db.session.rollback()
        _discard(upload)
        blob = db.session.scalar(
            select(Blob).where(Blob.owner_id == user.id, Blob.sha256 == upload.sha256)
        )
        if blob is None:
            raise
        return blob, True
    return blob, False


def _check_image(upload: Upload) -> None:
    """Read the image header now: a decompression bomb is refused before it is stored."""
    from t2m.media.errors import ImageError
    from t2m.media.probe import probe_image

    try:
        probe_image(upload.path, max_pixels=current_app.config["MAX_IMAGE_PIXELS"])
    except ImageError as exc:
        raise UnsupportedMedia(
            f"This image is not accepted: {exc}.", details={"file": [str(exc)]}
        ) from None


def upload(
    user: User, upload: Upload, *, file_type=None, subdirectory=None, description=None
) -> File:
    """Store an upload and queue its processing.

    The type is sniffed from the bytes; a ``file_type`` that disagrees is an
    error. Nothing is stored or recorded when any check fails.
    """
    try:
        file, job_id, reused = _record(user, upload, file_type, subdirectory, description)
    except BaseException:
        # Whatever went wrong before the commit, an object copied to storage
        # while the body arrived is nobody's: drop it (a no-op otherwise).
        _discard(upload)
        raise
    jobs.enqueue(job_id)
    current_app.logger.info(
        "Stored file %s for user %s (%s bytes, %s)",
        file.id,
        user.id,
        upload.size,
        "deduplicated" if reused else "new blob",
    )
    return file


def _record(
    user: User, upload: Upload, file_type, subdirectory, description
) -> tuple[File, int, bool]:
    """Check, store and record an upload, and commit; returns (file, process job id, reused)."""
    from t2m.media.sniff import sniff

    errors = validation.Errors()
    if file_type is not None and file_type not in FILE_TYPES:
        errors.add("file_type", f"Must be one of: {', '.join(FILE_TYPES)}.")
    sub, desc = _labels(errors, subdirectory, description)
    errors.raise_if_any()
    if upload.size == 0:
        raise ValidationFailed("The file is empty.", details={"file": ["empty file"]})

    found = sniff(upload.path)
    if found.kind is None:
        raise UnsupportedMedia(
            f"This file is not accepted: {found.reason}.",
            details={"file": [found.reason or "unknown type"]},
        )
    if found.kind == "image":
        _check_image(upload)
    if file_type is not None and file_type != found.kind:
        raise ValidationFailed(
            f"The file is {found.kind} content, not {file_type}.",
            details={"file_type": [f"the bytes are {found.kind} ({found.mime})"]},
            status=400,
        )

    blob, reused = _store_blob(user, upload, found.mime)
    file = File(
        owner_id=user.id,
        blob_id=blob.id,
        original_filename=display_name(upload.filename),
        content_type=found.mime,
        file_type=found.kind,
        subdirectory=sub,
        description=desc,
        size=upload.size,
        sha256=upload.sha256,
        active_content=found.active,
        meta={"demuxer": found.demuxer} if found.demuxer else {},
        status="uploaded",
    )
    db.session.add(file)
    db.session.flush()
    announce(file, "media.uploaded")
    job = jobs.create(user.id, "process", file_id=file.id)
    db.session.commit()
    return file, job.id, reused


def announce(file: File, event: str) -> None:
    """Emit a media event about ``file`` in the current transaction
    (``media.uploaded``, ``media.ready``, ``media.failed``, ``media.deleted``)."""
    events.emit(
        event,
        owner_id=file.owner_id,
        resource="media",
        resource_id=file.id,
        data=payloads.media(file),
    )


def get_file(user: User, file_id: int) -> File:
    """A file the user may see (their own; admins see all), else 404."""
    return visible(user, db.session.get(File, file_id), "File")


TITLE_MAX = 200
DESCRIPTION_MAX = 2000
TAG_MAX = 40
TAGS_MAX = 20


def _tags(errors: validation.Errors, value) -> list[str]:
    """A list of tags (or one comma-separated string, as a form sends it):
    each trimmed, at most ``TAG_MAX`` characters, no commas or control
    characters; repeats (ignoring case) dropped; at most ``TAGS_MAX``."""
    if value is None:
        return []
    if isinstance(value, str):
        value = value.split(",")
    if not isinstance(value, list | tuple) or not all(isinstance(t, str) for t in value):
        errors.add("tags", "Must be a list of strings.")
        return []
    tags: list[str] = []
    seen: set[str] = set()
    for raw in value:
        tag = unicodedata.normalize("NFC", " ".join(raw.split()))
        if not tag:
            continue
        if "," in tag or validation.has_control(raw):
            errors.add("tags", "A tag must not contain commas or control characters.")
            return []
        if len(tag) > TAG_MAX:
            errors.add("tags", f"A tag must be at most {TAG_MAX} characters.")
            return []
        if tag.casefold() not in seen:
            seen.add(tag.casefold())
            tags.append(tag)
    if len(tags) > TAGS_MAX:
        errors.add("tags", f"At most {TAGS_MAX} tags.")
        return []
    return tags


def update_details(user: User, file_id: int, changes: dict) -> File:
    """Set a file's ``title``, ``description``, ``tags`` and ``visibility`` (any
    of them; an empty or null title or description clears it, and the file
    name shows). See :mod:`t2m.services.library.sharing` for visibility."""
    from t2m.services.library import sharing

    file = get_file(user, file_id)
    errors = validation.Errors()
    visibility = (
        sharing.check_visibility(errors, changes["visibility"]) if "visibility" in changes else None
    )
    title = (
        validation.text(errors, "title", changes["title"], max_len=TITLE_MAX)
        if "title" in changes
        else None
    )
    description = None
    if changes.get("description") is not None:
        description = changes["description"]
        if not isinstance(description, str):
            errors.add("description", "Must be a string.")
        elif "\x00" in description:
            errors.add("description", "Must not contain NUL characters.")
        elif len(description) > DESCRIPTION_MAX:
            errors.add("description", f"Must be at most {DESCRIPTION_MAX} characters.")
        else:
            description = description.strip() or None
    tags = _tags(errors, changes.get("tags")) if "tags" in changes else None
    errors.raise_if_any()
    if "title" in changes:
        file.title = unicodedata.normalize("NFC", title) if title else None
    if "description" in changes:
        file.description = description
    if tags is not None:
        file.tags_text = f",{','.join(tags)}," if tags else None
    if visibility is not None:
        sharing.apply(file, visibility)
    db.session.commit()
    return file


MAX_BULK = 100


def _own_many(user: User, file_ids) -> list[File]:
    """The user's own files with these ids (de-duplicated, in the order given),
    all or none: a 404 names the ids that are not theirs or do not exist."""
    errors = validation.Errors()
    if not isinstance(file_ids, list | tuple) or not file_ids:
        errors.add("file_ids", "Select at least one file.")
    elif len(file_ids) > MAX_BULK:
        errors.add("file_ids", f"At most {MAX_BULK} files at a time.")
    elif not all(is_id(i) for i in file_ids):
        errors.add("file_ids", ID_MESSAGE)
    errors.raise_if_any()
    wanted = list(dict.fromkeys(file_ids))
    found = {
        f.id: f
        for f in db.session.scalars(
            select(File).where(File.id.in_(wanted), File.owner_id == user.id)
        )
    }
    missing = [i for i in wanted if i not in found]
    if missing:
        shown = ", ".join(str(i) for i in missing[:20]) + ("…" if len(missing) > 20 else "")
        raise NotFound(
            "Nothing was changed: some of these files were not found.",
            details={"file_ids": [f"not found: {shown}"]},
        )
    return [found[i] for i in wanted]


def delete_many(user: User, file_ids) -> int:
    """Delete several of the user's own files, all or none (see :func:`delete`)."""
    files = _own_many(user, file_ids)
    for file in files:
        delete(user, file.id)
    return len(files)


def set_visibility_many(user: User, file_ids, visibility) -> int:
    """Make several of the user's own files private, unlisted or public, all or none."""
    from t2m.services.library import sharing

    errors = validation.Errors()
    value = sharing.check_visibility(errors, visibility)
    errors.raise_if_any()
    files = _own_many(user, file_ids)
    for file in files:
        sharing.apply(file, value)
    db.session.commit()
    return len(files)


@dataclass
class FileFilter:
    file_type: str | None = None
    status: str | None = None
    q: str | None = None
    collection_id: int | None = None
    sort: str = "-created_at"


_SORTS = {
    "created_at": File.created_at.asc(),
    "-created_at": File.created_at.desc(),
    "name": File.original_filename.asc(),
    "-name": File.original_filename.desc(),
    "size": File.size.asc(),
    "-size": File.size.desc(),
}


def list_files(user: User, flt: FileFilter, page: int, items_per_page: int) -> Page:
    """The user's files matching ``flt``, one page."""
    stmt = select(File).where(File.owner_id == user.id)
    if flt.file_type:
        stmt = stmt.where(File.file_type == flt.file_type)
    if flt.status:
        stmt = stmt.where(File.status == flt.status)
    if flt.q:
        like = like_pattern(flt.q)
        stmt = stmt.where(
            or_(
                File.original_filename.ilike(like, escape="\\"),
                File.title.ilike(like, escape="\\"),
                File.description.ilike(like, escape="\\"),
                File.tags_text.ilike(like, escape="\\"),
            )
        )
    if flt.collection_id is not None:
        stmt = stmt.join(CollectionItem, CollectionItem.file_id == File.id).where(
            CollectionItem.collection_id == flt.collection_id
        )
    stmt = stmt.order_by(_SORTS[flt.sort], File.id.desc())
    return paginate(stmt, page, items_per_page)


def stats(user: User) -> dict:
    """Counts and bytes by type, and the quota."""
    rows = db.session.execute(
        select(File.file_type, func.count(), func.coalesce(func.sum(File.size), 0))
        .where(File.owner_id == user.id)
        .group_by(File.file_type)
    ).all()
    by_type = {t: {"count": 0, "bytes": 0} for t in FILE_TYPES}
    for kind, count, size in rows:
        by_type[kind] = {"count": int(count), "bytes": int(size)}
    used = bytes_used(user)
    limit = quota_for(user)
    return {
        "total_files": sum(v["count"] for v in by_type.values()),
        "total_bytes": sum(v["bytes"] for v in by_type.values()),
        "stored_bytes": used,
        "by_type": by_type,
        "quota": {
            "limit_bytes": limit,
            "used_bytes": used,
            "remaining_bytes": None if limit is None else max(0, limit - used),
        },
    }


def delete(user: User, file_id: int) -> None:
    """Delete a file, its derived files, and its blob when nothing else uses it."""
    file = get_file(user, file_id)
    keys = [d.storage_key for d in file.derived]
    prefix = f"derived/{file.owner_id}/{file.id}/"  # see outputs.derived_prefix
    blob = file.blob
    announce(file, "media.deleted")
    db.session.delete(file)
    db.session.flush()
    orphan = not db.session.scalar(
        select(func.count()).select_from(File).where(File.blob_id == blob.id)
    )
    if orphan:
        keys.append(blob.storage_key)
        db.session.delete(blob)
    db.session.commit()
    # Objects go after the rows: a crash in between leaves an unreferenced
    # object (harmless, collectable), never a row pointing at nothing.
    for key in keys:
        storage().delete(key)
    # HLS segments (and anything else made from the file) have no rows: sweep
    # the file's whole derived prefix.
    for key in list(storage().iter_keys(prefix)):
        storage().delete(key)


def derived(file: File, kind: str, label: str) -> DerivedFile | None:
    """A derived file of ``file`` by kind and label."""
    return db.session.scalar(
        select(DerivedFile).where(
            DerivedFile.file_id == file.id, DerivedFile.kind == kind, DerivedFile.label == label
        )
    )


def delete_if_present(owner: User | None, file_id: int | None) -> None:
    """Delete the owner's file if it is still there (what a deleted job made)."""
    if owner is not None and file_id is not None and db.session.get(File, file_id) is not None:
        delete(owner, file_id)
