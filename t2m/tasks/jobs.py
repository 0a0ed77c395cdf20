"""Job tasks: one entry point for every kind of job, and the periodic upkeep.

Tasks take ids and read everything else from the job row, so a re-delivered
or re-enqueued task is harmless: the job core's claim lets only one worker run
a job at a time.

The queue sits below the services and imports none of them: what running a
job, sweeping stalled jobs and purging old records mean is handed to it by
:func:`t2m.services.init_app` through :func:`provide`.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any

from huey import crontab

from t2m.tasks import app_or_none, huey, in_app_context, task

WORK = ("run", "sweep", "purge", "deliver")
_work: dict[str, Callable[..., Any]] = {}
_sweeper_started = threading.Lock()
_sweeper_running = False


def provide(**work: Callable[..., Any]) -> None:
    """Say what the queue's work is: ``run(job_id)`` runs a job of any kind,
    ``sweep()`` re-queues stalled jobs, ``purge()`` drops expired records,
    ``deliver()`` sends the webhook deliveries that are due."""
    unknown = set(work) - set(WORK)
    if unknown:
        raise ValueError(f"Unknown queue work: {sorted(unknown)}")
    _work.update(work)


def _do(name: str, *args: Any) -> Any:
    fn = _work.get(name)
    if fn is None:
        raise RuntimeError(f"Nothing provides the queue's {name!r}: call create_app() first.")
    return fn(*args)


@task()
def run_job(job_id: int) -> None:
    """Run a job of any kind by its id."""
    _do("run", job_id)


@task()
def sweep_jobs() -> list[int]:
    """Re-enqueue jobs whose worker stopped sending heartbeats."""
    return _do("sweep")


@task()
def deliver_webhooks() -> int:
    """Send the webhook deliveries that are due (the outbox rows are the truth:
    this task is only a wake-up, and a lost one is made up by the sweeper)."""
    return _do("deliver")


def wake_deliveries(delay: float | None = None) -> None:
    """Have a worker send due deliveries now, or in ``delay`` seconds. With an
    immediate queue (the test suite) nothing is sent behind the caller's back:
    deliveries are sent when the caller asks (``events.deliver_due``)."""
    if huey.immediate:
        return
    if delay:
        deliver_webhooks.schedule(delay=delay)
    else:
        deliver_webhooks()


@huey.periodic_task(crontab(minute="*"))
def sweep_jobs_every_minute() -> None:
    """The periodic sweep (a worker also sweeps more often, see below)."""
    in_app_context(_do, "sweep")


@huey.periodic_task(crontab(minute="17"))
def purge_expired_records() -> None:
    """Drop expired records (Idempotency-Key replies, old events) every hour."""
    in_app_context(_do, "purge")


@huey.on_startup()
def start_sweeper() -> None:
    """Each consumer process sweeps for stalled jobs (and webhook deliveries whose
    sender stopped, or whose wake-up was lost) every half lease, so work whose
    worker was killed is picked up again soon after its lease expires."""
    global _sweeper_running
    with _sweeper_started:
        if _sweeper_running:
            return
        _sweeper_running = True
    thread = threading.Thread(target=_sweep_forever, name="t2m-job-sweeper", daemon=True)
    thread.start()


def _sweep_forever() -> None:
    app = app_or_none()
    if app is None:
        return
    interval = max(1.0, min(30.0, float(app.config["JOB_LEASE_SECONDS"]) / 2))
    while True:
        for work in ("sweep", "deliver"):
            try:
                in_app_context(_do, work)
            except Exception:
                app.logger.warning("The periodic %s failed", work, exc_info=True)
        time.sleep(interval)
