"""Job events, from the job core's one state-change point.

:func:`on_job_change` listens to :mod:`t2m.services.jobs.state`: it runs in
the transaction of the change, so a job's event commits or rolls back with
its new state. A status change is ``job.<status>``; progress is
``job.progress`` at each 10 % step, at most once per step and attempt.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import select

from t2m.extensions import db
from t2m.models import Job
from t2m.services.events import catalog, outbox, payloads

_COLUMNS = (
    Job.id,
    Job.owner_id,
    Job.kind,
    Job.status,
    Job.progress,
    Job.file_id,
    Job.output_file_id,
    Job.result,
    Job.error,
    Job.external_id,
    Job.client_metadata,
)
# Progress steps count again from these (a retry or a takeover starts over).
_RESTARTS = ("job.queued", "job.started")


def _row(job_id: int):
    return db.session.execute(select(*_COLUMNS).where(Job.id == job_id)).one_or_none()


def _last_step(job_id: int) -> int:
    last = outbox.last_of("job", job_id, ("job.progress", *_RESTARTS))
    if last is None or last.type in _RESTARTS:
        return 0
    return int(last.data.get("step") or 0)


def on_job_change(job_id: int, changes: dict[str, Any]) -> None:
    """Emit what this change of status or progress means (the state listener)."""
    status = changes.get("status")
    if status is not None:
        row = _row(job_id)
        if row is not None:
            _emit(catalog.STATUS_EVENTS[status], row)
        return
    progress = changes.get("progress")
    if progress is None:
        return
    step = int(float(progress) // catalog.PROGRESS_STEP) * catalog.PROGRESS_STEP
    if not catalog.PROGRESS_STEP <= step < 100 or step <= _last_step(job_id):
        return
    row = _row(job_id)
    if row is not None and row.status == "processing":
        _emit("job.progress", row, step=step)


def _emit(type_: str, row, **extra) -> None:
    outbox.emit(
        type_,
        owner_id=row.owner_id,
        resource="job",
        resource_id=row.id,
        data={**payloads.job(row), **extra},
    )
