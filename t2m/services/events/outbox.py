"""The outbox: every event is a row written in the transaction of its change.

:func:`emit` adds the event and one pending delivery per webhook that wants
it, all in the caller's transaction: if the change rolls back, so does its
event, and once it commits nothing can lose it. After the commit the
subscribers are woken (:func:`on_commit`): the worker's webhook dispatcher
through the queue, and the realtime hub. Both would also find the rows on
their own; the wake-up only saves time.
"""

from __future__ import annotations

import secrets
import time
from collections.abc import Callable
from datetime import timedelta

from flask import current_app
from sqlalchemy import delete, or_, select

from t2m.errors import ValidationFailed
from t2m.extensions import db
from t2m.models import Event, User, Webhook, WebhookDelivery
from t2m.models.base import utcnow
from t2m.services.events import catalog

PENDING = "t2m.events"  # session.info key: what the open transaction emitted
MAX_LIMIT = 100

# Called after a commit that emitted events: wake(event ids, any deliveries?).
Waker = Callable[[list[int], bool], None]
_wakers: list[Waker] = []


def new_uid() -> str:
    """``evt_`` + 12 hex digits of milliseconds + 16 random: unique, roughly ordered."""
    return f"evt_{int(time.time() * 1000):012x}{secrets.token_hex(8)}"


def on_commit(waker: Waker) -> None:
    """Call ``waker`` after every commit that emitted events (once per waker)."""
    if waker not in _wakers:
        _wakers.append(waker)


def _subscribers(event: Event, only: Webhook | None) -> list[Webhook]:
    if only is not None:
        return [only]
    stmt = select(Webhook).where(Webhook.active.is_(True))
    if event.admins_only:
        stmt = stmt.join(User, User.id == Webhook.owner_id).where(User.role == "ADMIN")
    else:
        stmt = stmt.where(Webhook.owner_id == event.owner_id)
    return [
        hook
        for hook in db.session.scalars(stmt)
        if event.type in (hook.events or ()) or catalog.ALL in (hook.events or ())
    ]


def emit(
    type_: str,
    *,
    owner_id: int | None,
    resource: str,
    resource_id: int | None,
    data: dict,
    admins_only: bool = False,
    webhook: Webhook | None = None,
) -> Event:
    """Record an event in the current transaction (the caller commits) and owe it
    to every active webhook that subscribes to it (or only to ``webhook``)."""
    if type_ not in catalog.TYPES:
        raise ValueError(f"Unknown event type {type_!r}")
    event = Event(
        uid=new_uid(),
        type=type_,
        owner_id=owner_id,
        admins_only=admins_only,
        resource=resource,
        resource_id=resource_id,
        data=data,
        created_at=utcnow(),
    )
    db.session.add(event)
    db.session.flush()
    hooks = _subscribers(event, webhook)
    for hook in hooks:
        db.session.add(
            WebhookDelivery(
                webhook_id=hook.id,
                event_id=event.id,
                status="pending",
                next_attempt_at=event.created_at,
            )
        )
    note_pending(event.id, deliveries=bool(hooks))
    return event


def note_pending(event_id: int, *, deliveries: bool) -> None:
    """Remember, for the wake-up after this transaction commits, that it emitted
    (or owes webhooks) ``event_id``."""
    pending = db.session.info.setdefault(PENDING, {"events": [], "deliveries": False})
    pending["events"].append(event_id)
    pending["deliveries"] = pending["deliveries"] or deliveries


def after_commit(session) -> None:
    """The session committed: wake whoever waits for what it emitted."""
    pending = session.info.pop(PENDING, None)
    if not pending or not pending["events"]:
        return
    for waker in list(_wakers):
        try:
            waker(pending["events"], pending["deliveries"])
        except Exception:  # a wake-up is an optimisation: the rows are the truth
            current_app.logger.warning("Waking event subscribers failed", exc_info=True)


def after_rollback(session) -> None:
    """The session rolled back: what it emitted never happened."""
    session.info.pop(PENDING, None)


def visible_to(user: User):
    """The events ``user`` may read: their own, and every one for administrators."""
    if user.is_admin:
        return Event.id.isnot(None)
    return (Event.owner_id == user.id) & Event.admins_only.is_(False)


def cursor_id(user: User, after: str | None) -> int:
    """The row id of the event ``after`` names (0 for none); an unknown, expired
    or foreign id is a 422 naming ``after``."""
    if not after:
        return 0
    found = db.session.scalar(select(Event.id).where(Event.uid == after, visible_to(user)))
    if found is None:
        days = current_app.config["EVENT_RETENTION_DAYS"]
        raise ValidationFailed(
            "No such event.",
            details={"after": [f"Not one of your events of the last {days:g} days."]},
        )
    return found


def list_events(
    user: User, *, after: str | None, types: list[str] | None, limit: int
) -> tuple[list[Event], bool]:
    """The user's events after ``after`` (oldest first), of ``types`` when given;
    and whether more follow."""
    stmt = select(Event).where(visible_to(user), Event.id > cursor_id(user, after))
    if types:
        stmt = stmt.where(Event.type.in_(types))
    rows = list(db.session.scalars(stmt.order_by(Event.id).limit(limit + 1)))
    return rows[:limit], len(rows) > limit


def since(user: User, last_id: int, *, limit: int = 500) -> list[Event]:
    """The events ``user`` may see with a row id above ``last_id`` (a stream's replay)."""
    stmt = select(Event).where(visible_to(user), Event.id > last_id)
    return list(db.session.scalars(stmt.order_by(Event.id).limit(limit)))


def newer_than(last_id: int, *, limit: int = 1000) -> list[Event]:
    """Every event with a row id above ``last_id`` (the realtime hub's poll)."""
    stmt = select(Event).where(Event.id > last_id).order_by(Event.id).limit(limit)
    return list(db.session.scalars(stmt))


def latest_id() -> int:
    """The newest event's row id (0 when there is none)."""
    return db.session.scalar(select(Event.id).order_by(Event.id.desc()).limit(1)) or 0


def by_ids(ids: list[int]) -> list[Event]:
    """These events, oldest first."""
    if not ids:
        return []
    return list(db.session.scalars(select(Event).where(Event.id.in_(ids)).order_by(Event.id)))


def purge_expired() -> int:
    """Drop events older than ``T2M_EVENT_RETENTION_DAYS`` (and their deliveries)."""
    cutoff = utcnow() - timedelta(days=float(current_app.config["EVENT_RETENTION_DAYS"]))
    old = select(Event.id).where(Event.created_at < cutoff)
    db.session.execute(delete(WebhookDelivery).where(WebhookDelivery.event_id.in_(old)))
    result = db.session.execute(delete(Event).where(Event.created_at < cutoff))
    db.session.commit()
    return result.rowcount or 0


def last_of(resource: str, resource_id: int, types: tuple[str, ...]) -> Event | None:
    """The newest event of ``types`` about one resource."""
    stmt = (
        select(Event)
        .where(
            Event.resource == resource,
            Event.resource_id == resource_id,
            or_(*(Event.type == t for t in types)),
        )
        .order_by(Event.id.desc())
        .limit(1)
    )
    return db.session.scalar(stmt)
