"""Webhook delivery: the worker's side, at least once, from the outbox rows.

:func:`deliver_due` sends every delivery whose time has come. Each one is
leased (``locked_until``) before its request goes out, so several workers
never send the same attempt twice at once, and a worker killed mid-send
leaves it due again when the lease runs out (the sweeper finds it). A 2xx is
success; anything else, a timeout or a refused connection is retried on
``T2M_WEBHOOK_RETRY_SCHEDULE`` (``Retry-After`` honoured when longer); 410
disables the webhook, and so do ``T2M_WEBHOOK_DISABLE_AFTER`` events in a row
that finally failed (the owner is mailed).
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable
from datetime import timedelta
from email.utils import parsedate_to_datetime

from flask import current_app
from sqlalchemy import or_, select, update

from t2m.errors import AppError
from t2m.extensions import db
from t2m.models import User, Webhook, WebhookDelivery
from t2m.models.base import utcnow
from t2m.net.post import post
from t2m.services import mail
from t2m.services.events import payloads, signatures, webhooks

USER_AGENT = "T2M-Webhooks/1.0"
SNIPPET_CHARS = 1000
MAX_RETRY_AFTER = 24 * 3600
BATCH = 50

# Called with the seconds until the next retry is due (the queue's delayed wake-up).
_retry_wakers: list[Callable[[float], None]] = []


def on_retry_scheduled(waker: Callable[[float], None]) -> None:
    """Call ``waker(seconds)`` whenever a retry is scheduled."""
    if waker not in _retry_wakers:
        _retry_wakers.append(waker)


def retry_schedule() -> list[float]:
    """Seconds to wait before each retry (``T2M_WEBHOOK_RETRY_SCHEDULE``)."""
    return list(current_app.config["WEBHOOK_RETRY_SCHEDULE"])


def lease() -> timedelta:
    """How long a sending worker holds a delivery: twice the timeout, plus a margin."""
    return timedelta(seconds=2 * float(current_app.config["WEBHOOK_TIMEOUT"]) + 5)


def deliver_due(limit: int = BATCH) -> int:
    """Send up to ``limit`` deliveries that are due, each at most once in this pass
    (a retry due at once waits for the next pass); returns how many were tried."""
    tried: list[int] = []
    while len(tried) < limit:
        delivery_id = _claim_next(tried)
        if delivery_id is None:
            break
        attempt(delivery_id)
        tried.append(delivery_id)
    return len(tried)


def _claim_next(skip: list[int]) -> int | None:
    now = utcnow()
    free = or_(WebhookDelivery.locked_until.is_(None), WebhookDelivery.locked_until < now)
    stmt = select(WebhookDelivery.id).where(
        WebhookDelivery.status == "pending", WebhookDelivery.next_attempt_at <= now, free
    )
    if skip:
        stmt = stmt.where(WebhookDelivery.id.not_in(skip))
    candidates = db.session.scalars(
        stmt.order_by(WebhookDelivery.next_attempt_at, WebhookDelivery.id).limit(5)
    ).all()
    for delivery_id in candidates:
        claimed = db.session.execute(
            update(WebhookDelivery)
            .where(WebhookDelivery.id == delivery_id, WebhookDelivery.status == "pending", free)
            .values(locked_until=now + lease())
            .execution_options(synchronize_session=False)
        )
        if claimed.rowcount == 1:
            db.session.commit()
            return delivery_id
    db.session.commit()
    return None


def encode(body: dict) -> bytes:
    """The exact bytes sent (and signed)."""
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False, default=str).encode()


def attempt(delivery_id: int) -> str | None:
    """Send one leased delivery once and record what happened; its new status."""
    delivery = db.session.get(WebhookDelivery, delivery_id)
    if delivery is None:  # the webhook was deleted meanwhile
        return None
    hook = delivery.webhook
    if not hook.active:
        delivery.status = "failed"
        delivery.last_error = "The webhook is disabled."
        delivery.next_attempt_at = None
        delivery.locked_until = None
        db.session.commit()
        return delivery.status
    event = delivery.event
    body = encode(payloads.body(event))
    moment = utcnow()
    headers = {
        "Content-Type": "application/json",
        "User-Agent": USER_AGENT,
        "X-T2M-Event": event.type,
        "X-T2M-Delivery": str(delivery.id),
        **signatures.headers(body, event.uid, moment, webhooks.signing_keys(hook)),
    }
    url = hook.url
    db.session.commit()  # no transaction stays open while the receiver thinks

    started = time.monotonic()
    code = retry_after = None
    snippet = error = None
    try:
        answer = post(
            url,
            body,
            headers,
            allow=webhooks.allow_list(),
            timeout=float(current_app.config["WEBHOOK_TIMEOUT"]),
        )
        code = answer.status
        snippet = answer.body[: SNIPPET_CHARS * 4].decode("utf-8", "replace")[:SNIPPET_CHARS]
        retry_after = answer.headers.get("retry-after")
        if not 200 <= code < 300:
            error = f"The receiver answered {code}."
            if 300 <= code < 400:
                error += " Redirects are not followed: give the final URL."
    except AppError as exc:
        error = exc.message
    duration_ms = int((time.monotonic() - started) * 1000)
    return _record(delivery_id, moment, code, duration_ms, snippet, error, retry_after)


def _retry_after_seconds(value: str | None) -> float:
    if not value:
        return 0.0
    value = value.strip()
    if value.isdigit():
        return min(float(value), MAX_RETRY_AFTER)
    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return 0.0
    if when.tzinfo is None:
        return 0.0
    return max(0.0, min((when - utcnow()).total_seconds(), MAX_RETRY_AFTER))


def _record(delivery_id, moment, code, duration_ms, snippet, error, retry_after) -> str | None:
    delivery = db.session.get(WebhookDelivery, delivery_id)
    if delivery is None:
        db.session.commit()
        return None
    hook = delivery.webhook
    now = utcnow()
    delivery.attempts += 1
    delivery.last_attempt_at = moment
    delivery.last_status_code = code
    delivery.last_duration_ms = duration_ms
    delivery.response_snippet = snippet
    delivery.last_error = error
    delivery.locked_until = None
    wake_in = None
    if error is None:
        delivery.status = "delivered"
        delivery.delivered_at = now
        delivery.next_attempt_at = None
        hook.failure_streak = 0
    elif code == 410:
        delivery.status = "failed"
        delivery.next_attempt_at = None
        _disable(hook, "The receiver answered 410 Gone: it asked for no more deliveries.")
    else:
        schedule = retry_schedule()
        if delivery.attempts <= len(schedule):
            wait = max(schedule[delivery.attempts - 1], _retry_after_seconds(retry_after))
            delivery.next_attempt_at = now + timedelta(seconds=wait)
            wake_in = wait
        else:
            delivery.status = "failed"
            delivery.next_attempt_at = None
            hook.failure_streak += 1
            limit = int(current_app.config["WEBHOOK_DISABLE_AFTER"])
            if hook.failure_streak >= limit:
                _disable(
                    hook,
                    f"{hook.failure_streak} events in a row could not be delivered "
                    f"(the last: {error})",
                )
    db.session.commit()
    if wake_in is not None:
        for waker in list(_retry_wakers):
            waker(wake_in)
    return delivery.status


def _disable(hook: Webhook, reason: str) -> None:
    """Turn the webhook off, say why, and tell its owner."""
    hook.active = False
    hook.disabled_reason = reason
    hook.disabled_at = utcnow()
    owner = db.session.get(User, hook.owner_id)
    if owner is not None:
        mail.send(
            owner.email,
            "A T2M webhook was turned off",
            f"Your webhook to {hook.url} was turned off: {reason}\n\n"
            "Fix the receiver, then turn the webhook on again on the Webhooks page "
            f'or with PATCH /api/v1/webhooks/{hook.id} {{"active": true}}.\n',
        )
