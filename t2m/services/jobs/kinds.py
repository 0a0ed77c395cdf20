"""The job-kind registry: each domain says once what its kind of job does.

The job core (state, lease, sweep, logs, cancel, retry, delete) knows no
domain: it asks the kind. Domains list their kinds in ``JOB_KINDS`` and
:func:`t2m.services.init_app` registers them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from t2m.models import Job, User


@dataclass(frozen=True)
class DeletedJob:
    """What is left to know of a job once its row is deleted."""

    id: int
    kind: str
    owner: User
    file_id: int | None
    output_file_id: int | None
    parameters: dict = field(default_factory=dict)


@dataclass(frozen=True)
class JobKind:
    """One kind of background work.

    - ``run(job_id)``: the worker's entry point (claims, runs and finishes it,
      normally through :func:`t2m.services.jobs.runner.execute`).
    - ``before_retry(job)``: inside the retry's transaction, before it is
      queued again (may raise a ``Conflict`` to refuse).
    - ``cancelled_before_run(job)``: after a job that never ran was cancelled.
    - ``after_delete(gone)``: after the row was deleted, to remove what it made.
    - ``report(row)``: what a completed job made, for its ``job.completed`` event
      (``{file_id, download_url, thumbnail_url}``; ``row`` has the job's columns).
      Without it: the job's output file, else its input file.
    """

    name: str
    label: str
    run: Callable[[int], str | None]
    before_retry: Callable[[Job], None] | None = None
    cancelled_before_run: Callable[[Job], None] | None = None
    after_delete: Callable[[DeletedJob], None] | None = None
    report: Callable[[Any], dict | None] | None = None


_kinds: dict[str, JobKind] = {}


def register(kind: JobKind) -> None:
    """Add (or replace) a kind."""
    _kinds[kind.name] = kind


def get(name: str) -> JobKind | None:
    """The kind called ``name``, if one is registered."""
    return _kinds.get(name)


def label(name: str) -> str:
    """What the pages call jobs of this kind."""
    kind = _kinds.get(name)
    return kind.label if kind else name.replace("_", " ").capitalize()


def names() -> list[str]:
    """Every registered kind."""
    return sorted(_kinds)
