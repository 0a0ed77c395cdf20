"""Webhooks: a user's receivers, what they subscribe to, and their delivery log.

A webhook belongs to one user; anyone else (administrators included) gets a
404. Its URL is checked like a URL-ingest source when it is saved (public
addresses only, or ``T2M_WEBHOOK_ALLOW``) and again at every send. The secret
is shown when it is made (or rotated), never again.
"""

from __future__ import annotations

import re
from datetime import timedelta

from flask import current_app
from sqlalchemy import func, select

from t2m.errors import AppError, Conflict, NotFound
from t2m.extensions import db
from t2m.models import Event, User, Webhook, WebhookDelivery
from t2m.models.base import utcnow
from t2m.net.addresses import parse_allow_list
from t2m.net.pinned import check_url
from t2m.services import validation
from t2m.services.events import catalog, outbox, signatures
from t2m.services.ownership import owned
from t2m.services.pagination import Page, paginate

DESCRIPTION_MAX = 500
SECRET_MIN, SECRET_MAX = 8, 255
ROTATION_OVERLAP = timedelta(hours=24)
EDITABLE = ("url", "events", "description", "active", "secret")
_SECRET_RE = re.compile(r"^[\x21-\x7e]+$")  # printable ASCII, no spaces


class WebhookLimitExceeded(AppError):
    code = "WEBHOOK_LIMIT_EXCEEDED"
    status = 409
    message = "You have as many webhooks as allowed."


class NoUpdates(AppError):
    code = "NO_UPDATES_PROVIDED"
    status = 400
    message = "Nothing to change: give at least one of url, events, description, active, secret."


def allow_list():
    """Networks webhook targets may be in although private (``T2M_WEBHOOK_ALLOW``)."""
    return parse_allow_list(current_app.config["WEBHOOK_ALLOW"])


def check_target(url: str) -> str:
    """The normalised URL, after checking that every address it resolves to may be
    sent to (400 ``PRIVATE_IP_BLOCKED`` / ``HOST_NOT_RESOLVABLE`` otherwise)."""
    return check_url(url, allow=allow_list()).url


def _events(errors: validation.Errors, user: User, value) -> list[str] | None:
    if not isinstance(value, list) or not value:
        errors.add("events", "Give a non-empty list of event types.")
        return None
    if not all(isinstance(v, str) for v in value):
        errors.add("events", "Every event type must be a string.")
        return None
    allowed = set(catalog.TYPES) | {catalog.ALL}
    unknown = [v for v in value if v not in allowed]
    if unknown:
        errors.add(
            "events",
            f"Unknown event types: {', '.join(sorted(set(unknown)))[:300]}. "
            f"Use any of: {', '.join(catalog.TYPES)}, or '*' for all.",
        )
        return None
    if not user.is_admin and any(v in catalog.ADMIN_TYPES for v in value):
        errors.add("events", "user.registered is for administrators only.")
        return None
    return list(dict.fromkeys(value))


def _secret(errors: validation.Errors, value) -> str | None:
    if value is None:
        return None
    if not isinstance(value, str) or not _SECRET_RE.match(value):
        errors.add("secret", "Must be printable ASCII without spaces.")
    elif not SECRET_MIN <= len(value) <= SECRET_MAX:
        errors.add("secret", f"Must be {SECRET_MIN} to {SECRET_MAX} characters.")
    return value


def _active(errors: validation.Errors, value) -> bool | None:
    if not isinstance(value, bool):
        errors.add("active", "Must be true or false.")
        return None
    return value


def _url(errors: validation.Errors, value) -> str | None:
    return validation.text(errors, "url", value, max_len=2048, required=True)


def create(
    user: User,
    *,
    url,
    events,
    secret=None,
    description=None,
    active=True,
) -> tuple[Webhook, str | None]:
    """Add a webhook; returns it and the generated secret (None when one was given)."""
    errors = validation.Errors()
    url = _url(errors, url)
    events = _events(errors, user, events)
    secret = _secret(errors, secret)
    description = validation.text(errors, "description", description, max_len=DESCRIPTION_MAX)
    active = _active(errors, active)
    errors.raise_if_any()
    limit = int(current_app.config["WEBHOOK_LIMIT"])
    count = db.session.scalar(select(func.count()).where(Webhook.owner_id == user.id)) or 0
    if count >= limit:
        raise WebhookLimitExceeded(
            f"You already have {count} webhooks, the most allowed ({limit}). "
            "Delete one before adding another."
        )
    url = check_target(url)
    generated = None if secret else signatures.new_secret()
    hook = Webhook(
        owner_id=user.id,
        url=url,
        events=events,
        secret=secret or generated,
        description=description,
        active=active,
    )
    db.session.add(hook)
    db.session.commit()
    return hook, generated


def get(user: User, webhook_id: int) -> Webhook:
    """The user's own webhook (404 for anyone else's)."""
    return owned(user, db.session.get(Webhook, webhook_id), "Webhook")


def list_webhooks(user: User, page: int, items_per_page: int) -> Page:
    """The user's webhooks, oldest first."""
    stmt = select(Webhook).where(Webhook.owner_id == user.id).order_by(Webhook.id)
    return paginate(stmt, page, items_per_page)


def update(user: User, webhook_id: int, changes: dict) -> Webhook:
    """Change some of url, events, description, active, secret (400 when none is given).
    Turning a disabled webhook on again clears why it was disabled."""
    hook = get(user, webhook_id)
    changes = {k: v for k, v in changes.items() if k in EDITABLE}
    if not changes:
        raise NoUpdates()
    errors = validation.Errors()
    values = {}
    if "url" in changes:
        values["url"] = _url(errors, changes["url"])
    if "events" in changes:
        values["events"] = _events(errors, user, changes["events"])
    if "description" in changes:
        values["description"] = validation.text(
            errors, "description", changes["description"], max_len=DESCRIPTION_MAX
        )
    if "active" in changes:
        values["active"] = _active(errors, changes["active"])
    if "secret" in changes:
        if changes["secret"] is None:
            errors.add("secret", "Give a new secret, or rotate it to have one made.")
        values["secret"] = _secret(errors, changes["secret"])
    errors.raise_if_any()
    if "url" in values:
        values["url"] = check_target(values["url"])
    for field, value in values.items():
        setattr(hook, field, value)
    if values.get("active"):
        hook.disabled_reason = None
        hook.disabled_at = None
        hook.failure_streak = 0
    if "secret" in values:
        hook.previous_secret = None
        hook.previous_secret_expires_at = None
    hook.updated_at = utcnow()
    db.session.commit()
    return hook


def delete(user: User, webhook_id: int) -> None:
    """Remove a webhook and its delivery log."""
    hook = get(user, webhook_id)
    db.session.delete(hook)
    db.session.commit()


def rotate_secret(user: User, webhook_id: int) -> tuple[Webhook, str]:
    """Make a new secret; the previous one keeps signing alongside for 24 hours."""
    hook = get(user, webhook_id)
    fresh = signatures.new_secret()
    hook.previous_secret = hook.secret
    hook.previous_secret_expires_at = utcnow() + ROTATION_OVERLAP
    hook.secret = fresh
    hook.updated_at = utcnow()
    db.session.commit()
    return hook, fresh


def signing_keys(hook: Webhook) -> list[str]:
    """The secrets that sign a delivery now: the current one, then the previous
    one while its overlap lasts."""
    keys = [hook.secret]
    expires = hook.previous_secret_expires_at
    if hook.previous_secret and expires is not None and expires > utcnow():
        keys.append(hook.previous_secret)
    return keys


def send_test(user: User, webhook_id: int) -> WebhookDelivery:
    """Owe the webhook a ``webhook.test`` event (sent by the worker, like any other)."""
    hook = get(user, webhook_id)
    event = outbox.emit(
        catalog.TEST_TYPE,
        owner_id=user.id,
        resource="webhook",
        resource_id=hook.id,
        data={
            "webhook_id": hook.id,
            "url": hook.url,
            "message": "This is a test delivery from T2M.",
        },
        webhook=hook,
    )
    db.session.commit()
    return db.session.scalar(
        select(WebhookDelivery).where(
            WebhookDelivery.webhook_id == hook.id, WebhookDelivery.event_id == event.id
        )
    )


def deliveries(
    user: User, webhook_id: int, page: int, items_per_page: int, status: str | None = None
) -> Page:
    """The webhook's deliveries, newest first."""
    hook = get(user, webhook_id)
    stmt = select(WebhookDelivery).where(WebhookDelivery.webhook_id == hook.id)
    if status:
        stmt = stmt.where(WebhookDelivery.status == status)
    return paginate(stmt.order_by(WebhookDelivery.id.desc()), page, items_per_page)


def get_delivery(user: User, webhook_id: int, delivery_id: int) -> WebhookDelivery:
    """One delivery of the user's own webhook."""
    hook = get(user, webhook_id)
    found = db.session.get(WebhookDelivery, delivery_id)
    if found is None or found.webhook_id != hook.id:
        raise NotFound("Delivery not found.")
    return found


def redeliver(user: User, webhook_id: int, delivery_id: int) -> WebhookDelivery:
    """Send a delivery's event again, as a new delivery (same ``webhook-id``)."""
    old = get_delivery(user, webhook_id, delivery_id)
    if not old.webhook.active:
        raise Conflict(
            "The webhook is disabled; turn it on again before redelivering.",
            code="WEBHOOK_DISABLED",
        )
    if db.session.get(Event, old.event_id) is None:
        raise NotFound("The event of this delivery has expired.")
    fresh = WebhookDelivery(
        webhook_id=old.webhook_id, event_id=old.event_id, status="pending", next_attempt_at=utcnow()
    )
    db.session.add(fresh)
    outbox.note_pending(old.event_id, deliveries=True)
    db.session.commit()
    return fresh
