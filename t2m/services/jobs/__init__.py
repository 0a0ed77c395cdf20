"""Jobs: background work of every kind, and the core that runs it.

- :mod:`~t2m.services.jobs.core`: create, queue, claim, finish, sweep, list,
  logs, cancel, retry, delete (re-exported here: ``jobs.create(...)``).
- :mod:`~t2m.services.jobs.state`: the one place a job's status and progress
  change, and the listeners told about it.
- :mod:`~t2m.services.jobs.kinds`: the registry where each domain says what its
  kind of job runs and what its retry, cancel and delete do.
- :mod:`~t2m.services.jobs.runner`: running a job in a worker (lease,
  heartbeat, progress, cancellation, clean-up, readable failure reasons).

The core imports no domain; domains import it.
"""

from t2m.services.jobs.core import (
    CANCEL_WAIT,
    FINISHED,
    REQUEUE_AFTER,
    JobFilter,
    cancel,
    cancel_outcome,
    claim,
    create,
    delete,
    enqueue,
    finish_cancelled,
    finish_completed,
    finish_failed,
    get_job,
    job_files,
    jobs_by_ids,
    list_jobs,
    log,
    logs,
    retry,
    run,
    running,
    sweep,
)

__all__ = [
    "CANCEL_WAIT",
    "FINISHED",
    "REQUEUE_AFTER",
    "JobFilter",
    "cancel",
    "cancel_outcome",
    "claim",
    "create",
    "delete",
    "enqueue",
    "finish_cancelled",
    "finish_completed",
    "finish_failed",
    "get_job",
    "job_files",
    "jobs_by_ids",
    "list_jobs",
    "log",
    "logs",
    "retry",
    "run",
    "running",
    "sweep",
]
