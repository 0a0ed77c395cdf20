"""Services: the one place for domain rules. Views call these; only these write models.

:func:`init_app` registers every domain's job kinds with the job core, the
event feeds (job state changes, the outbox's wake-ups), and the work the
queue runs (jobs, the sweep, webhook deliveries, the hourly purge).
"""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the job kinds, the event feeds and hand the queue its work (once per
    process is enough; doing it again changes nothing)."""
    from sqlalchemy import event as sa_event

    from t2m.extensions import db
    from t2m.services import encoding, events, generation, jobs, notifications, processing
    from t2m.services.events import dispatch
    from t2m.services.jobs import kinds, state
    from t2m.tasks import jobs as job_tasks

    for kind in (*processing.JOB_KINDS, *encoding.JOB_KINDS, *generation.JOB_KINDS):
        kinds.register(kind)
    state.listen(events.on_job_change)
    state.listen(notifications.on_job_change)
    for name, handler in (
        ("after_commit", events.after_commit),
        ("after_rollback", events.after_rollback),
    ):
        if not sa_event.contains(db.session, name, handler):
            sa_event.listen(db.session, name, handler)
    events.on_commit(_wake_dispatcher)
    dispatch.on_retry_scheduled(job_tasks.wake_deliveries)
    job_tasks.provide(run=jobs.run, sweep=jobs.sweep, purge=purge, deliver=events.deliver_due)


def _wake_dispatcher(event_ids: list[int], deliveries: bool) -> None:
    """Deliveries were committed: have a worker send them now."""
    from t2m.tasks import jobs as job_tasks

    if deliveries:
        job_tasks.wake_deliveries()


def purge() -> None:
    """The hourly upkeep: expired Idempotency-Key replies and events, and the
    accounts closed longer ago than their grace period."""
    from t2m.services import closing, events, idempotency

    idempotency.purge_expired()
    events.purge_expired()
    closing.purge_due()
