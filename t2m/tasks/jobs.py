"""Job tasks: one entry point for every kind of job, and the lease sweeper.

Tasks take ids and read everything else from the job row, so a re-delivered
or re-enqueued task is harmless: :func:`t2m.services.jobs.claim` lets only
one worker run a job at a time.
"""

from __future__ import annotations

import threading

from huey import crontab

from t2m.tasks import huey, task

_sweeper_started = threading.Lock()
_sweeper_running = False


def handler_for(kind: str):
    """The function that runs a job of this kind (it takes the job id)."""
    from t2m.services import encoding, generation, processing

    return {
        "process": processing.run_process_job,
        "transcode": encoding.run_encode_job,
        "video_generation": generation.run_generation_job,
        "image_regeneration": generation.run_regeneration_job,
    }.get(kind)


@task()
def run_job(job_id: int) -> None:
    """Run a job of any kind by its id."""
    from t2m.extensions import db
    from t2m.models import Job

    job = db.session.get(Job, job_id)
    if job is None:
        return
    handler = handler_for(job.kind)
    if handler is None:
        raise RuntimeError(f"No handler for jobs of kind {job.kind!r} (job {job_id})")
    handler(job_id)


@task()
def sweep_jobs() -> list[int]:
    """Re-enqueue jobs whose worker stopped sending heartbeats."""
    from t2m.services import jobs

    return jobs.sweep()


@huey.periodic_task(crontab(minute="*"))
def sweep_jobs_every_minute() -> None:
    """The periodic sweep (a worker also sweeps more often, see below)."""
    from t2m.services import jobs
    from t2m.tasks import in_app_context

    in_app_context(jobs.sweep)


@huey.periodic_task(crontab(minute="17"))
def purge_idempotency_keys() -> None:
    """Drop Idempotency-Key records past their retention (hourly)."""
    from t2m.services import idempotency
    from t2m.tasks import in_app_context

    in_app_context(idempotency.purge_expired)


@huey.on_startup()
def start_sweeper() -> None:
    """Each consumer process sweeps for stalled jobs every half lease, so a job
    whose worker was killed is picked up again soon after its lease expires."""
    global _sweeper_running
    with _sweeper_started:
        if _sweeper_running:
            return
        _sweeper_running = True
    thread = threading.Thread(target=_sweep_forever, name="t2m-job-sweeper", daemon=True)
    thread.start()


def _sweep_forever() -> None:
    import time

    from t2m.services import jobs
    from t2m.tasks import app_or_none, in_app_context

    app = app_or_none()
    if app is None:
        return
    interval = max(1.0, min(30.0, float(app.config["JOB_LEASE_SECONDS"]) / 2))
    while True:
        try:
            in_app_context(jobs.sweep)
        except Exception:
            app.logger.warning("Sweeping stalled jobs failed", exc_info=True)
        time.sleep(interval)
