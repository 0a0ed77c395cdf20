"""The ``process`` job: probe an upload, make its thumbnails, mark it ready.

Runs in the worker. Every step is idempotent (deterministic keys, upserted
rows), so a retried or re-delivered job gives the same result.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from t2m.extensions import db
from t2m.models import DerivedFile, File, Job
from t2m.services import jobs
from t2m.storage import storage

THUMB_TYPES = {
    ".webp": "image/webp",
    ".jpg": "image/jpeg",
    ".jpeg": "image/jpeg",
    ".png": "image/png",
}


def _save_derived(file: File, kind: str, label: str, path: Path) -> DerivedFile:
    content_type = THUMB_TYPES.get(path.suffix.lower(), "application/octet-stream")
    key = f"derived/{file.owner_id}/{file.id}/{kind}-{label}{path.suffix.lower()}"
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
        )
        db.session.add(row)
    else:
        if row.storage_key != key:
            storage().delete(row.storage_key)
        row.storage_key, row.content_type, row.size = key, content_type, size
    return row


def _probe(file: File, path: Path) -> dict:
    from t2m.media.probe import pdf_pages, probe, probe_image

    cfg = current_app.config
    demuxer = (file.meta or {}).get("demuxer")
    if file.file_type in ("video", "audio"):
        meta = probe(path, fmt=demuxer, timeout=cfg["PROBE_TIMEOUT"])
    elif file.file_type == "image":
        meta = probe_image(path, max_pixels=cfg["MAX_IMAGE_PIXELS"])
    elif file.content_type == "application/pdf":
        meta = {"pages": pdf_pages(path)}
    else:
        meta = {}
    if demuxer:
        meta["demuxer"] = demuxer
    return meta


def _thumbnails(file: File, path: Path, meta: dict, out: Path) -> dict[str, Path]:
    from t2m.media.thumbnails import image_thumbnails, video_thumbnails

    if file.file_type == "image":
        return image_thumbnails(path, out, max_pixels=current_app.config["MAX_IMAGE_PIXELS"])
    if file.file_type == "video" and meta.get("has_video"):
        return video_thumbnails(
            path, out, duration=meta.get("duration"), demuxer=meta.get("demuxer")
        )
    return {}


def run_process_job(job_id: int) -> None:
    """Probe → thumbnails → ready; a media problem marks the file failed with a reason."""
    from t2m.media.errors import MediaError

    job = jobs.claim(job_id)
    if job is None:
        return
    file = db.session.get(File, job.file_id) if job.file_id else None
    if file is None:
        jobs.fail(job, "The file was deleted before it could be processed.")
        return
    file.status = "processing"
    db.session.commit()
    try:
        with (
            storage().local_path(file.blob.storage_key) as path,
            tempfile.TemporaryDirectory(prefix="t2m-process-") as tmp,
        ):
            jobs.log(job, "Probing", step="probe")
            meta = _probe(file, path)
            jobs.log(job, "Probed", step="probe", metadata=meta)
            jobs.progress(job, 40)
            thumbs = _thumbnails(file, path, meta, Path(tmp))
            for label, thumb in thumbs.items():
                _save_derived(file, "thumbnail", label, thumb)
            if thumbs:
                jobs.log(
                    job, f"Made {len(thumbs)} thumbnails", step="thumbnails", sizes=sorted(thumbs)
                )
            jobs.progress(job, 90)
    except MediaError as exc:
        db.session.rollback()
        text = str(exc).strip()
        reason = text.splitlines()[0][:500] if text else type(exc).__name__
        job = db.session.get(Job, job_id)
        file = db.session.get(File, file.id)
        file.status = "failed"
        file.error = reason
        jobs.fail(
            job,
            f"Processing failed: {reason}",
            stderr=getattr(exc, "stderr_tail", None),
            step="probe",
        )
        return
    file.meta = meta
    file.status = "ready"
    file.error = None
    jobs.complete(job, {"file_id": file.id, "thumbnails": sorted(thumbs)})
