"""Media tasks: the ``process`` job run after every upload."""

from __future__ import annotations

from t2m.tasks import task


@task(retries=2, retry_delay=10)
def process_file(job_id: int) -> None:
    """Probe the file, make its thumbnails, mark it ready (or failed, with a reason)."""
    from t2m.services import processing

    processing.run_process_job(job_id)
