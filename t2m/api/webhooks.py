"""Webhooks: receivers of signed event deliveries, and their delivery log."""

from __future__ import annotations

from t2m.api import bp
from t2m.api.envelope import page_data
from t2m.api.event_schemas import (
    DeliveryList,
    DeliveryOut,
    DeliveryQuery,
    WebhookCreated,
    WebhookIn,
    WebhookList,
    WebhookOut,
    WebhookPatch,
)
from t2m.api.schemas import PageQuery
from t2m.api.spec import Reply, endpoint
from t2m.auth import current_principal
from t2m.models import Webhook, WebhookDelivery
from t2m.services.events import webhooks
from t2m.services.events.payloads import iso

TAGS = ["webhooks"]
READ = ("webhooks:read",)
WRITE = ("webhooks:write",)


def webhook_out(hook: Webhook, secret: str | None = None) -> dict:
    """The API shape of a webhook (the secret only when it was just made)."""
    out = {
        "id": hook.id,
        "url": hook.url,
        "events": list(hook.events or []),
        "description": hook.description,
        "active": hook.active,
        "disabled_reason": hook.disabled_reason,
        "disabled_at": hook.disabled_at,
        "failure_streak": hook.failure_streak,
        "secret_rotation_ends_at": (
            hook.previous_secret_expires_at if hook.previous_secret else None
        ),
        "created_at": hook.created_at,
        "updated_at": hook.updated_at,
    }
    if secret is not None:
        out["secret"] = secret
    return out


def delivery_out(d: WebhookDelivery) -> dict:
    """The API shape of one delivery."""
    return {
        "id": d.id,
        "webhook_id": d.webhook_id,
        "event_id": d.event.uid,
        "event": d.event.type,
        "status": d.status,
        "attempts": d.attempts,
        "last_status_code": d.last_status_code,
        "last_duration_ms": d.last_duration_ms,
        "last_error": d.last_error,
        "response_snippet": d.response_snippet,
        "next_attempt_at": d.next_attempt_at,
        "last_attempt_at": d.last_attempt_at,
        "delivered_at": d.delivered_at,
        "created_at": d.created_at,
    }


def _user():
    return current_principal().user


@endpoint(
    bp,
    "/webhooks",
    "POST",
    summary="Add a webhook",
    tags=TAGS,
    scopes=WRITE,
    body=WebhookIn,
    response=WebhookCreated,
    status=201,
    errors=(400, 409),
)
def create_webhook(body: WebhookIn):
    """The URL must reach a public address (checked now and at every send). With no
    ``secret`` one is made (``whsec_…``) and shown in this answer only. At most
    ``T2M_WEBHOOK_LIMIT`` (10) per user: 409 ``WEBHOOK_LIMIT_EXCEEDED``."""
    hook, made = webhooks.create(_user(), **body.model_dump())
    return Reply(webhook_out(hook, secret=made or body.secret), message="Webhook created.")


@endpoint(
    bp,
    "/webhooks",
    summary="List your webhooks",
    tags=TAGS,
    scopes=READ,
    query=PageQuery,
    response=WebhookList,
)
def list_webhooks(query: PageQuery):
    page = webhooks.list_webhooks(_user(), query.page, query.items_per_page)
    data = page_data(page)
    data["items"] = [webhook_out(h) for h in page.items]
    return data


@endpoint(
    bp,
    "/webhooks/<id:webhook_id>",
    summary="A webhook",
    tags=TAGS,
    scopes=READ,
    response=WebhookOut,
)
def get_webhook(webhook_id: int):
    return webhook_out(webhooks.get(_user(), webhook_id))


@endpoint(
    bp,
    "/webhooks/<id:webhook_id>",
    "PATCH",
    summary="Change a webhook, or turn it on again",
    tags=TAGS,
    scopes=WRITE,
    body=WebhookPatch,
    response=WebhookOut,
    errors=(400,),
)
def patch_webhook(webhook_id: int, body: WebhookPatch):
    """Nothing to change is 400 ``NO_UPDATES_PROVIDED``."""
    hook = webhooks.update(_user(), webhook_id, body.model_dump(exclude_unset=True))
    return Reply(webhook_out(hook), message="Webhook updated.")


@endpoint(
    bp,
    "/webhooks/<id:webhook_id>",
    "DELETE",
    summary="Delete a webhook and its delivery log",
    tags=TAGS,
    scopes=WRITE,
)
def delete_webhook(webhook_id: int):
    webhooks.delete(_user(), webhook_id)
    return Reply(None, message="Webhook deleted.")


@endpoint(
    bp,
    "/webhooks/<id:webhook_id>/test",
    "POST",
    summary="Send a webhook.test event",
    tags=TAGS,
    scopes=WRITE,
    response=DeliveryOut,
    status=202,
)
def test_webhook(webhook_id: int):
    """The worker sends it like any other event; follow it in the delivery log."""
    delivery = webhooks.send_test(_user(), webhook_id)
    return Reply(delivery_out(delivery), message="Test event queued.")


@endpoint(
    bp,
    "/webhooks/<id:webhook_id>/rotate-secret",
    "POST",
    summary="Make a new signing secret",
    tags=TAGS,
    scopes=WRITE,
    response=WebhookCreated,
)
def rotate_webhook_secret(webhook_id: int):
    """The new secret is shown once; the previous one keeps signing alongside for
    24 hours (``X-T2M-Signature-Previous`` and a second ``webhook-signature``)."""
    hook, secret = webhooks.rotate_secret(_user(), webhook_id)
    until = iso(hook.previous_secret_expires_at)
    return Reply(
        webhook_out(hook, secret=secret),
        message=f"New secret made; the previous one signs too until {until}.",
    )


@endpoint(
    bp,
    "/webhooks/<id:webhook_id>/deliveries",
    summary="A webhook's deliveries, newest first",
    tags=TAGS,
    scopes=READ,
    query=DeliveryQuery,
    response=DeliveryList,
)
def list_deliveries(webhook_id: int, query: DeliveryQuery):
    page = webhooks.deliveries(
        _user(), webhook_id, query.page, query.items_per_page, status=query.status
    )
    data = page_data(page)
    data["items"] = [delivery_out(d) for d in page.items]
    return data


@endpoint(
    bp,
    "/webhooks/<id:webhook_id>/deliveries/<id:delivery_id>/redeliver",
    "POST",
    summary="Send a delivery's event again",
    tags=TAGS,
    scopes=WRITE,
    response=DeliveryOut,
    status=202,
    errors=(409,),
)
def redeliver(webhook_id: int, delivery_id: int):
    """A new delivery of the same event (same ``webhook-id``); 409 ``WEBHOOK_DISABLED``
    while the webhook is off."""
    delivery = webhooks.redeliver(_user(), webhook_id, delivery_id)
    return Reply(delivery_out(delivery), message="Redelivery queued.")
