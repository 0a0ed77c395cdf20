"""The ``process`` job: probe an upload, make its thumbnails, mark it ready.

Runs in the worker. Every step is idempotent (deterministic keys, upserted
rows), so a retried or re-delivered job gives the same result.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from flask import current_app
from sqlalchemy import select

from t2m.extensions import db
from t2m.models import Blob, DerivedFile, File, Job
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
    from t2m.services import jobs
    from t2m.storage import storage as store

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
        run.after_success.append(lambda key=result["key"]: store().delete(key))
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


def _mark_failed(run, status: str) -> None:
    """The source file of a failed or cancelled process job: failed, with the reason;
    the partial ladder (rows and objects) is removed, thumbnails are kept."""
    from t2m.services import renditions

    job = db.session.get(Job, run.job_id)
    file = db.session.get(File, job.file_id) if job and job.file_id else None
    if file is None:
        return
    renditions.remove(file)
    file.status = "failed"
    file.error = "Processing was cancelled." if status == "cancelled" else (job.error or status)
    db.session.commit()


def _mark_ready(run, result: dict) -> None:
    job = db.session.get(Job, run.job_id)
    file = db.session.get(File, job.file_id)
    file.status = "ready"
    file.error = None


def _process(run) -> dict:
    from t2m.errors import NotFound
    from t2m.services import renditions

    job = run.job
    file = db.session.get(File, job.file_id) if job.file_id else None
    if file is None:
        raise NotFound("The file was deleted before it could be processed.")
    file.status = "processing"
    db.session.commit()
    result: dict = {"file_id": file.id}
    with storage().local_path(file.blob.storage_key) as path:
        run.log("Probing", step="probe")
        meta = _probe(file, path)
        run.log("Probed", step="probe", metadata=meta)
        file.meta = meta
        db.session.commit()
        run.progress(5, force=True)
        thumbs_dir = run.workdir / "thumbnails"
        thumbs_dir.mkdir()
        thumbs = _thumbnails(file, path, meta, thumbs_dir)
        for label, thumb in thumbs.items():
            save_derived(file, "thumbnail", label, thumb)
        db.session.commit()
        if thumbs:
            run.log(f"Made {len(thumbs)} thumbnails", step="thumbnails", sizes=sorted(thumbs))
        result["thumbnails"] = sorted(thumbs)
        run.progress(10, force=True)
        if job.parameters.get("ladder", True) and renditions.wanted(file, meta):
            result.update(renditions.make(run, file, path, meta, span=(10.0, 99.0)))
    return result


def run_process_job(job_id: int) -> str | None:
    """Probe → thumbnails → (videos) renditions, HLS, storyboard → ready.

    A media problem marks the job and the file failed with a readable reason;
    the original stays downloadable.
    """
    from t2m.services import job_runner

    return job_runner.execute(job_id, _process, on_failure=_mark_failed, on_success=_mark_ready)
