"""Jobs: one row per unit of background work; state lives here, not in the queue.

Services create jobs and enqueue their task only after the transaction that
created them commits (the worker must find the row).
"""

from __future__ import annotations

from t2m.extensions import db
from t2m.models import Job, JobLog
from t2m.models.base import utcnow

FINISHED = ("completed", "failed", "cancelled")


def create(
    owner_id: int, kind: str, *, file_id: int | None = None, parameters: dict | None = None
) -> Job:
    """Add a queued job to the session (the caller commits, then enqueues)."""
    job = Job(
        owner_id=owner_id,
        kind=kind,
        file_id=file_id,
        parameters=parameters or {},
        status="queued",
        progress=0.0,
    )
    db.session.add(job)
    return job


def log(job: Job, message: str, level: str = "INFO", **details) -> None:
    """Append a line to the job's log (committed with the next commit)."""
    db.session.add(
        JobLog(job_id=job.id, level=level, message=message[:10_000], details=details or None)
    )


def claim(job_id: int) -> Job | None:
    """Mark a queued (or crashed, still 'processing') job as started; None if it is
    finished or cancelled, so a task delivered twice does its work once."""
    job = db.session.get(Job, job_id)
    if job is None or job.status in FINISHED:
        return None
    now = utcnow()
    job.status = "processing"
    job.started_at = job.started_at or now
    job.heartbeat_at = now
    job.attempts += 1
    log(job, f"Started (attempt {job.attempts})", step="start")
    db.session.commit()
    return job


def progress(job: Job, percent: float) -> None:
    """Record progress; it only moves forward, and 100 is kept for success."""
    job.progress = max(job.progress or 0.0, min(float(percent), 99.0))
    job.heartbeat_at = utcnow()
    db.session.commit()


def complete(job: Job, result: dict | None = None) -> None:
    """Finish successfully."""
    job.status = "completed"
    job.progress = 100.0
    job.result = result or {}
    job.completed_at = utcnow()
    job.error = None
    log(job, "Completed", step="done")
    db.session.commit()


def fail(job: Job, error: str, **details) -> None:
    """Finish with a readable reason."""
    job.status = "failed"
    job.error = error[:2000]
    job.completed_at = utcnow()
    log(job, error[:2000], level="ERROR", **details)
    db.session.commit()
