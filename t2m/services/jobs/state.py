"""The one place a job's state changes.

Every write to a job's ``status``, ``progress`` or lease goes through
:func:`change` (or :func:`added` for a new job): a compare-and-set ``UPDATE``
whose ``where`` says which state it expects. When the status or the progress
changed, every listener is told, inside the same transaction as the change, so
what a listener writes (an event, say) commits or rolls back with it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from sqlalchemy import ColumnElement, update

from t2m.extensions import db
from t2m.models import Job

# listener(job_id, changes): ``changes`` holds the new ``status`` and/or ``progress``.
Listener = Callable[[int, dict[str, Any]], None]
_listeners: list[Listener] = []
WATCHED = ("status", "progress")


def listen(listener: Listener) -> Listener:
    """Call ``listener`` on every status or progress change from now on (once,
    however often it is registered)."""
    if listener not in _listeners:
        _listeners.append(listener)
    return listener


def unlisten(listener: Listener) -> None:
    """Stop calling ``listener``."""
    _listeners.remove(listener)


def _notify(job_id: int, values: dict[str, Any]) -> None:
    changes = {k: values[k] for k in WATCHED if k in values}
    if changes:
        for listener in list(_listeners):
            listener(job_id, changes)


def change(job_id: int, *, where: Iterable[ColumnElement[bool]] = (), **values: Any) -> bool:
    """Set ``values`` on the job if it still matches ``where``; True when it did.

    The caller commits (or rolls back) the transaction.
    """
    result = db.session.execute(
        update(Job)
        .where(Job.id == job_id, *where)
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    if result.rowcount != 1:
        return False
    _notify(job_id, values)
    return True


def added(job: Job) -> None:
    """A new job row (flushed, so it has its id) starts in its first state."""
    _notify(job.id, {"status": job.status, "progress": job.progress})
