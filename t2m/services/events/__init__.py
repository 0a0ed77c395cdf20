"""Events: the outbox every change is written to, and what is fed from it.

- ``catalog``: the event types and realtime channels;
- ``outbox``: :func:`emit` (in the transaction of the change), listing and
  catching up, retention;
- ``feeds``: job events from the job core's one state-change point;
- ``payloads``: what an event says (the resource as the API shows it);
- ``webhooks``: a user's receivers and their delivery log;
- ``signatures`` and ``dispatch``: signing and sending deliveries in the worker.

Every domain may emit events; this package builds on the job core alone.
"""

from t2m.services.events.catalog import CHANNELS, TYPES, channel_of
from t2m.services.events.dispatch import deliver_due
from t2m.services.events.feeds import on_job_change
from t2m.services.events.outbox import (
    after_commit,
    after_rollback,
    by_ids,
    emit,
    latest_id,
    list_events,
    newer_than,
    on_commit,
    purge_expired,
    since,
    visible_to,
)

__all__ = [
    "CHANNELS",
    "TYPES",
    "after_commit",
    "after_rollback",
    "by_ids",
    "channel_of",
    "deliver_due",
    "emit",
    "latest_id",
    "list_events",
    "newer_than",
    "on_commit",
    "on_job_change",
    "purge_expired",
    "since",
    "visible_to",
]
