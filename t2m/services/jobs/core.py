"""The job core: one row per unit of background work; state lives here, not in the queue.

Services create jobs and enqueue their task only after the transaction that
created them commits (the worker must find the row). A worker holds a job
through a lease: ``worker`` names it and ``heartbeat_at`` proves it is alive.
Every state change a worker makes is a compare-and-set on that lease, and
:func:`sweep` re-enqueues jobs whose worker went silent, so a job survives a
killed worker and still finishes once.

The core knows no domain: what a kind of job runs, and what its retry, cancel
and delete do beyond the row, comes from :mod:`t2m.services.jobs.kinds`; every
status and progress change goes through :mod:`t2m.services.jobs.state`.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete as sql_delete
from sqlalchemy import func, or_, select

from t2m.errors import Conflict
from t2m.extensions import db
from t2m.models import File, Job, JobLog, User
from t2m.models.base import utcnow
from t2m.models.job import LOG_LEVELS
from t2m.services.jobs import kinds, state
from t2m.services.jobs.kinds import DeletedJob
from t2m.services.ownership import visible
from t2m.services.pagination import Page, paginate
from t2m.tasks.jobs import run_job

FINISHED = ("completed", "failed", "cancelled")
CANCEL_WAIT = 3.0  # seconds a cancel request waits for the worker to stop ffmpeg
# Queued jobs whose task may have been lost (e.g. the queue was down when the
# job was created) are sent to the queue again after this long.
REQUEUE_AFTER = timedelta(minutes=10)


def create(
    owner_id: int,
    kind: str,
    *,
    file_id: int | None = None,
    parameters: dict | None = None,
    external_id: str | None = None,
    client_metadata: dict | None = None,
) -> Job:
    """Add a queued job to the session (the caller commits, then enqueues)."""
    job = Job(
        owner_id=owner_id,
        kind=kind,
        file_id=file_id,
        parameters=parameters or {},
        external_id=external_id,
        client_metadata=client_metadata,
        status="queued",
        progress=0.0,
        heartbeat_at=utcnow(),  # for a queued job: when it was last sent to the queue
    )
    db.session.add(job)
    db.session.flush()  # its id, for the log and the listeners
    state.added(job)
    return job


def log(job: Job, message: str, level: str = "INFO", **details) -> None:
    """Append a line to the job's log (committed with the next commit)."""
    db.session.add(
        JobLog(job_id=job.id, level=level, message=message[:10_000], details=details or None)
    )


def enqueue(job: Job | int) -> None:
    """Send a committed job to the queue (every kind goes through one task)."""
    run_job(job if isinstance(job, int) else job.id)


def run(job_id: int) -> str | None:
    """Run a job by its id with its kind's handler (what the queue's task calls)."""
    job = db.session.get(Job, job_id)
    if job is None:
        return None
    kind = kinds.get(job.kind)
    if kind is None:
        raise RuntimeError(f"No handler for jobs of kind {job.kind!r} (job {job_id})")
    return kind.run(job_id)


def _lease() -> timedelta:
    return timedelta(seconds=float(current_app.config["JOB_LEASE_SECONDS"]))


# -- the worker's side -------------------------------------------------------------


def claim(job_id: int, worker: str) -> Job | None:
    """Take the job for ``worker`` if it is queued, or running under an expired lease
    (its worker died). None when it is finished, cancelled or held by a live worker,
    so a task delivered twice does its work once."""
    now = utcnow()
    stale = now - _lease()
    # Queued (new, or retried by its owner) or taken over from a stopped worker.
    was_queued = db.session.scalar(select(Job.status).where(Job.id == job_id)) == "queued"
    claimed = state.change(
        job_id,
        where=(
            Job.cancel_requested.is_(False),
            or_(
                Job.status == "queued",
                (Job.status == "processing") & (Job.heartbeat_at < stale),
            ),
        ),
        status="processing",
        worker=worker,
        heartbeat_at=now,
        attempts=Job.attempts + 1,
    )
    if not claimed:
        db.session.rollback()
        _cancel_if_requested(job_id)
        return None
    job = db.session.get(Job, job_id)
    db.session.refresh(job)
    job.started_at = job.started_at or now
    if job.attempts > 1 and not was_queued:
        log(
            job,
            f"Taken over after the previous worker stopped (attempt {job.attempts})",
            "WARNING",
            step="start",
            attempt=job.attempts,
        )
    elif job.attempts > 1:
        log(job, f"Started again (attempt {job.attempts})", step="start", attempt=job.attempts)
    else:
        log(job, "Started", step="start", attempt=job.attempts)
    db.session.commit()
    return job


def _cancel_if_requested(job_id: int) -> None:
    """A queued job whose cancellation was asked for never starts: mark it cancelled."""
    cancelled = state.change(
        job_id,
        where=(Job.status == "queued", Job.cancel_requested.is_(True)),
        status="cancelled",
        completed_at=utcnow(),
    )
    db.session.commit()
    if cancelled:
        current_app.logger.info("Job %s was cancelled before it started", job_id)


def _finish(job_id: int, worker: str, **values) -> bool:
    return state.change(
        job_id,
        where=(Job.worker == worker, Job.status == "processing"),
        completed_at=utcnow(),
        heartbeat_at=utcnow(),
        **values,
    )


def finish_completed(job_id: int, worker: str, result: dict, run=None, on_success=None):
    """Mark the job completed (in one transaction with ``on_success``); None if the
    lease was lost, in which case nothing ``on_success`` did is kept."""
    if on_success is not None:
        on_success(run, result)
    values = {"status": "completed", "progress": 100.0, "result": result, "error": None}
    if run is not None and run.output_file_id is not None:
        values["output_file_id"] = run.output_file_id
    if not _finish(job_id, worker, **values):
        db.session.rollback()
        return None
    log(db.session.get(Job, job_id), "Completed", step="done")
    db.session.commit()
    return "completed"


def finish_failed(job_id: int, worker: str, reason: str, *, stderr: str | None = None):
    """Mark the job failed with a readable reason; the ffmpeg stderr tail goes to the log."""
    if not _finish(job_id, worker, status="failed", error=reason[:2000]):
        db.session.rollback()
        return None
    job = db.session.get(Job, job_id)
    log(job, reason[:2000], "ERROR", step="failed", **({"stderr": stderr} if stderr else {}))
    db.session.commit()
    return "failed"


def finish_cancelled(job_id: int, worker: str):
    """Mark the job cancelled (its partial outputs were removed by the runner)."""
    if not _finish(job_id, worker, status="cancelled"):
        db.session.rollback()
        return None
    log(db.session.get(Job, job_id), "Cancelled; partial outputs removed", "WARNING", step="cancel")
    db.session.commit()
    return "cancelled"


def sweep() -> list[int]:
    """Send to the queue again every job whose worker went silent past its lease,
    and queued jobs that waited suspiciously long. Returns their ids."""
    now = utcnow()
    stale = list(
        db.session.scalars(
            select(Job.id).where(
                or_(
                    (Job.status == "processing") & (Job.heartbeat_at < now - _lease()),
                    (Job.status == "queued") & (Job.heartbeat_at < now - REQUEUE_AFTER),
                )
            )
        )
    )
    for job_id in stale:
        state.change(job_id, where=(Job.status == "queued",), heartbeat_at=now)
    db.session.commit()
    for job_id in stale:
        enqueue(job_id)
    if stale:
        current_app.logger.warning("Re-enqueued stalled jobs %s", stale)
    return stale


# -- the owner's side --------------------------------------------------------------


def get_job(user: User, job_id: int) -> Job:
    """The user's job (admins see every job); someone else's is not found."""
    return visible(user, db.session.get(Job, job_id), "Job")


@dataclass
class JobFilter:
    kind: str | None = None
    status: str | None = None
    external_id: str | None = None
    exclude_kinds: tuple[str, ...] = ()


def list_jobs(user: User, flt: JobFilter, page: int, items_per_page: int) -> Page:
    """The user's jobs, newest first."""
    stmt = select(Job).where(Job.owner_id == user.id)
    if flt.kind:
        stmt = stmt.where(Job.kind == flt.kind)
    if flt.exclude_kinds:
        stmt = stmt.where(Job.kind.not_in(flt.exclude_kinds))
    if flt.status:
        stmt = stmt.where(Job.status == flt.status)
    if flt.external_id:
        stmt = stmt.where(Job.external_id == flt.external_id)
    return paginate(stmt.order_by(Job.created_at.desc(), Job.id.desc()), page, items_per_page)


def running(user: User, limit: int) -> list[Job]:
    """The user's queued and running jobs, newest first (the home page's list)."""
    stmt = (
        select(Job)
        .where(Job.owner_id == user.id, Job.status.in_(("queued", "processing")))
        .order_by(Job.created_at.desc(), Job.id.desc())
        .limit(limit)
    )
    return list(db.session.scalars(stmt))


def jobs_by_ids(user: User, ids: list[int]) -> dict[int, Job]:
    """Several of the user's jobs at once (unknown or foreign ids are left out)."""
    rows = db.session.scalars(select(Job).where(Job.owner_id == user.id, Job.id.in_(ids)))
    return {job.id: job for job in rows}


def job_files(job_list: list[Job]) -> dict[int, File]:
    """The files these jobs work on and made (sources and outputs), by id, in one
    query; deleted files are simply absent. The jobs must already be the caller's."""
    ids = {i for job in job_list for i in (job.file_id, job.output_file_id) if i is not None}
    if not ids:
        return {}
    rows = db.session.scalars(select(File).where(File.id.in_(ids)))
    return {file.id: file for file in rows}


def logs(
    user: User, job_id: int, *, limit: int, offset: int, level: str | None
) -> tuple[list[JobLog], int]:
    """A page of the job's log, oldest first, optionally at one level or above."""
    job = get_job(user, job_id)
    stmt = select(JobLog).where(JobLog.job_id == job.id)
    if level:
        stmt = stmt.where(JobLog.level.in_(LOG_LEVELS[LOG_LEVELS.index(level) :]))
    total = db.session.scalar(select(func.count()).select_from(stmt.subquery())) or 0
    rows = list(db.session.scalars(stmt.order_by(JobLog.id).limit(limit).offset(offset)))
    return rows, total


def cancel(user: User, job_id: int, *, wait: float = CANCEL_WAIT) -> Job:
    """Stop a job. A queued one never starts; a running one has its ffmpeg killed and
    partial outputs removed by its worker (waited for up to ``wait`` seconds). A
    finished job cannot be cancelled (409)."""
    job = get_job(user, job_id)
    if job.status in FINISHED:
        raise Conflict(f"The job is already {job.status}.", code="JOB_FINISHED")
    now = utcnow()
    # A queued job (or one whose worker is gone) is cancelled here and now.
    cancelled = state.change(
        job.id,
        where=(
            or_(
                Job.status == "queued",
                (Job.status == "processing") & (Job.heartbeat_at < now - _lease()),
            ),
        ),
        status="cancelled",
        cancel_requested=True,
        completed_at=now,
    )
    if cancelled:
        log(job, "Cancelled before it ran", "WARNING", step="cancel")
        db.session.commit()
        _after_cancel(job_id)
        return db.session.get(Job, job_id)
    state.change(job.id, where=(Job.status == "processing",), cancel_requested=True)
    log(job, "Cancellation requested", "WARNING", step="cancel")
    db.session.commit()
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        db.session.expire_all()
        if db.session.get(Job, job_id).status in FINISHED:
            break
        time.sleep(0.1)
    db.session.expire_all()
    return db.session.get(Job, job_id)


def cancel_outcome(job: Job) -> str:
    """What a cancel request came to, as the pages say it."""
    if job.status == "cancelled":
        return "The job was cancelled."
    if job.status in FINISHED:
        return f"The job {job.status} before it could be cancelled."
    return "Cancellation requested; the job is stopping."


def _after_cancel(job_id: int) -> None:
    """Let the kind tidy up after a job cancelled before it ran."""
    job = db.session.get(Job, job_id)
    kind = kinds.get(job.kind)
    if kind and kind.cancelled_before_run:
        kind.cancelled_before_run(job)
        db.session.commit()


def retry(user: User, job_id: int) -> Job:
    """Run a failed or cancelled job again from its original input."""
    job = get_job(user, job_id)
    if job.status not in ("failed", "cancelled"):
        raise Conflict(
            f"Only failed or cancelled jobs can be retried; this one is {job.status}.",
            code="JOB_NOT_RETRYABLE",
        )
    requeued = state.change(
        job.id,
        where=(Job.status.in_(("failed", "cancelled")),),
        status="queued",
        progress=0.0,
        error=None,
        result=None,
        cancel_requested=False,
        completed_at=None,
        worker=None,
        heartbeat_at=utcnow(),
    )
    if not requeued:  # it was retried by someone else a moment ago
        db.session.rollback()
        raise Conflict("The job was retried already.", code="JOB_NOT_RETRYABLE")
    log(job, "Retry requested", step="retry")
    kind = kinds.get(job.kind)
    if kind and kind.before_retry:
        kind.before_retry(job)
    db.session.commit()
    enqueue(job)
    return job


def delete(user: User, job_id: int) -> None:
    """Delete a job and what it made (a running job is cancelled first)."""
    job = get_job(user, job_id)
    if job.status not in FINISHED:
        job = cancel(user, job_id)
        if job.status not in FINISHED:
            raise Conflict(
                "The job is still stopping; try again in a moment.", code="JOB_STILL_RUNNING"
            )
    gone = DeletedJob(
        id=job.id,
        kind=job.kind,
        owner=db.session.get(User, job.owner_id),
        file_id=job.file_id,
        output_file_id=job.output_file_id,
        parameters=dict(job.parameters or {}),
    )
    db.session.execute(sql_delete(Job).where(Job.id == job.id))
    db.session.commit()
    kind = kinds.get(gone.kind)
    if kind and kind.after_delete:
        kind.after_delete(gone)
