"""Services: the one place for domain rules. Views call these; only these write models.

:func:`init_app` registers every domain's job kinds with the job core, and the
job core's work with the queue.
"""

from __future__ import annotations

from flask import Flask


def init_app(app: Flask) -> None:
    """Register the job kinds and hand the queue its work (once per process is
    enough; doing it again changes nothing)."""
    from t2m.services import encoding, generation, idempotency, jobs, processing
    from t2m.services.jobs import kinds
    from t2m.tasks import jobs as job_tasks

    for kind in (*processing.JOB_KINDS, *encoding.JOB_KINDS, *generation.JOB_KINDS):
        kinds.register(kind)
    job_tasks.provide(run=jobs.run, sweep=jobs.sweep, purge=idempotency.purge_expired)
