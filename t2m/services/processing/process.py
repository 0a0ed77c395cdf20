"""The ``process`` job: probe an upload, make its thumbnails, mark it ready.

Runs in the worker. Every step is idempotent (deterministic keys, upserted
rows), so a retried or re-delivered job gives the same result.
"""

from __future__ import annotations

from pathlib import Path

from flask import current_app

from t2m.errors import NotFound
from t2m.extensions import db
from t2m.media.probe import pdf_pages, probe, probe_image
from t2m.media.thumbnails import image_thumbnails, video_thumbnails
from t2m.models import File, Job
from t2m.services.jobs import runner
from t2m.services.jobs.kinds import JobKind
from t2m.services.library import files
from t2m.services.processing import renditions
from t2m.services.processing.outputs import save_derived
from t2m.storage import storage

KIND = "process"


def _probe(file: File, path: Path) -> dict:
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
    job = db.session.get(Job, run.job_id)
    file = db.session.get(File, job.file_id) if job and job.file_id else None
    if file is None:
        return
    renditions.remove(file)
    file.status = "failed"
    file.error = "Processing was cancelled." if status == "cancelled" else (job.error or status)
    files.announce(file, "media.failed")
    db.session.commit()


def _mark_ready(run, result: dict) -> None:
    job = db.session.get(Job, run.job_id)
    file = db.session.get(File, job.file_id)
    file.status = "ready"
    file.error = None
    files.announce(file, "media.ready")


def _process(run) -> dict:
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
    return runner.execute(job_id, _process, on_failure=_mark_failed, on_success=_mark_ready)


def _before_retry(job: Job) -> None:
    """A retried process job's file is being processed again."""
    file = db.session.get(File, job.file_id) if job.file_id else None
    if file is not None:
        file.status, file.error = "processing", None


def _cancelled_before_run(job: Job) -> None:
    """A file whose processing was cancelled before it started: failed, saying so."""
    file = db.session.get(File, job.file_id) if job.file_id else None
    if file is not None and file.status in ("uploaded", "processing"):
        file.status = "failed"
        file.error = "Processing was cancelled."
        files.announce(file, "media.failed")


JOB_KINDS = (
    JobKind(
        KIND,
        "Upload processing",
        run_process_job,
        before_retry=_before_retry,
        cancelled_before_run=_cancelled_before_run,
    ),
)
