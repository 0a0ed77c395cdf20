"""What jobs make: library files for their outputs, and derived objects of a file.

Shared by the jobs that produce media (``process`` for thumbnails and the
rendition ladder, encode jobs and generations for new library files). Every
write is idempotent: keys are fixed by the job or the file, rows are upserted.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from sqlalchemy import select

from t2m.extensions import db
from t2m.models import Blob, DerivedFile, File
from t2m.services import jobs
from t2m.services.library import files
from t2m.storage import storage

THUMB_TYPES = {
    ".webp": "image/webp",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}


def file_sha256(path: Path) -> str:
    """The SHA-256 of a file a job made, read in 1 MiB chunks."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        while chunk := fh.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


def add_output_file(
    run,
    owner_id: int,
    result: dict,
    *,
    filename: str,
    description: str,
    meta: dict,
    file_type: str = "video",
    ladder: bool = True,
) -> File:
    """Inside a job's completing transaction: the library file for an output the
    job stored at ``result["key"]`` (with its ``sha256``, ``file_size`` and
    ``content_type``), sharing the blob of identical bytes the owner already
    has, and the ``process`` job that makes its thumbnails (and, with
    ``ladder``, its renditions), enqueued once the job is committed."""
    blob = db.session.scalar(
        select(Blob).where(Blob.owner_id == owner_id, Blob.sha256 == result["sha256"])
    )
    if blob is None:
        blob = Blob(
            owner_id=owner_id,
            sha256=result["sha256"],
            size=result["file_size"],
            storage_key=result["key"],
            content_type=result["content_type"],
        )
        db.session.add(blob)
        db.session.flush()
    else:
        run.after_success.append(lambda key=result["key"]: storage().delete(key))
    file = File(
        owner_id=owner_id,
        blob_id=blob.id,
        original_filename=filename,
        content_type=result["content_type"],
        file_type=file_type,
        size=result["file_size"],
        sha256=result["sha256"],
        meta=meta,
        status="uploaded",
        description=description,
    )
    db.session.add(file)
    db.session.flush()
    files.announce(file, "media.uploaded")
    process = jobs.create(
        owner_id, "process", file_id=file.id, parameters=None if ladder else {"ladder": False}
    )
    db.session.flush()
    run.after_success.append(lambda job_id=process.id: jobs.enqueue(job_id))
    return file


def derived_prefix(file: File) -> str:
    """Every object made from a file lives under this key prefix."""
    return f"derived/{file.owner_id}/{file.id}/"


def save_derived(
    file: File,
    kind: str,
    label: str,
    path: Path,
    *,
    key: str | None = None,
    content_type: str | None = None,
    meta: dict | None = None,
) -> DerivedFile:
    """Store ``path`` as a derived object of ``file`` and upsert its row (a re-run
    writes the same key and row, never a second one)."""
    content_type = content_type or THUMB_TYPES.get(path.suffix.lower(), "application/octet-stream")
    key = key or f"{derived_prefix(file)}{kind}-{label}{path.suffix.lower()}"
    size = storage().save_file(key, path, content_type=content_type)
    row = db.session.scalar(
        select(DerivedFile).where(
            DerivedFile.file_id == file.id, DerivedFile.kind == kind, DerivedFile.label == label
        )
    )
    if row is None:
        row = DerivedFile(
            file_id=file.id,
            kind=kind,
            label=label,
            storage_key=key,
            content_type=content_type,
            size=size,
            meta=meta,
        )
        db.session.add(row)
    else:
        if row.storage_key != key:
            storage().delete(row.storage_key)
        row.storage_key, row.content_type, row.size, row.meta = key, content_type, size, meta
    return row
