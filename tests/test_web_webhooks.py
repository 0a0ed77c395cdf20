"""The Webhooks pages: add one (the secret shown once), refused targets explained
in place, test, turn off and on, redeliver, delete; nobody else's webhook shows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from t2m.extensions import db
from t2m.models import Webhook, WebhookDelivery
from t2m.services import events

from .conftest import row_counts
from .receiver import Receiver
from .test_security_headers import sign_in


@pytest.fixture
def app(app_factory):
    app = app_factory(WEBHOOK_ALLOW="127.0.0.1/32", WEBHOOK_RETRY_SCHEDULE=[0])
    with app.app_context():
        yield app


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


def add(client, url, events_=("webhook.test",), **extra):
    return client.post("/profile/webhooks", data={"url": url, "events": list(events_), **extra})


def test_add_see_the_secret_once_and_send_a_test(client, make_user, receiver):
    sign_in(client, make_user("ada"))
    r = add(client, receiver.url, description="CI")
    assert r.status_code == 201
    page = r.get_data(as_text=True)
    assert 'data-testid="webhook-secret"' in page
    assert "whsec_" in page
    hook_id = db.session.scalar(select(Webhook.id))
    again = client.get(f"/profile/webhooks/{hook_id}").get_data(as_text=True)
    assert "whsec_" not in again
    assert "Nothing sent yet" in again
    r = client.post(f"/profile/webhooks/{hook_id}/test")
    assert r.status_code == 303
    events.deliver_due()
    assert len(receiver.received) == 1
    log = client.get(f"/profile/webhooks/{hook_id}").get_data(as_text=True)
    assert 'data-status="delivered"' in log
    assert "webhook.test" in log
    listing = client.get("/profile/webhooks").get_data(as_text=True)
    assert receiver.url in listing


def test_a_private_target_is_explained_and_nothing_is_saved(client, make_user):
    sign_in(client, make_user("ada"))
    before = row_counts()
    r = add(client, "http://10.0.0.5/hook")
    assert r.status_code == 400
    assert "private address" in r.get_data(as_text=True)
    assert row_counts() == before


def test_no_events_chosen_is_422(client, make_user):
    sign_in(client, make_user("ada"))
    r = add(client, "https://example.com/h", events_=())
    assert r.status_code == 422
    assert db.session.scalar(select(func.count()).select_from(Webhook)) == 0


def test_turn_off_on_redeliver_and_delete(client, make_user, receiver):
    sign_in(client, make_user("ada"))
    add(client, receiver.url)
    hook_id = db.session.scalar(select(Webhook.id))
    client.post(f"/profile/webhooks/{hook_id}/test")
    events.deliver_due()
    delivery = db.session.scalar(select(WebhookDelivery.id))
    client.post(f"/profile/webhooks/{hook_id}/active", data={"active": "false"})
    page = client.get(f"/profile/webhooks/{hook_id}").get_data(as_text=True)
    assert 'data-testid="webhook-disabled"' in page
    r = client.post(f"/profile/webhooks/{hook_id}/deliveries/{delivery}/redeliver")
    assert r.status_code == 303
    assert "turn it on again" in client.get(r.headers["Location"]).get_data(as_text=True)
    client.post(f"/profile/webhooks/{hook_id}/active", data={"active": "true"})
    client.post(f"/profile/webhooks/{hook_id}/deliveries/{delivery}/redeliver")
    events.deliver_due()
    assert len(receiver.received) == 2
    r = client.post(f"/profile/webhooks/{hook_id}/delete")
    assert r.status_code == 303
    assert db.session.get(Webhook, hook_id) is None


def test_someone_elses_webhook_is_not_found(client, make_user, receiver, app):
    ada, eve = make_user("ada"), make_user("eve")
    sign_in(client, ada)
    add(client, receiver.url)
    hook_id = db.session.scalar(select(Webhook.id))
    other = app.test_client()
    sign_in(other, eve)
    before = row_counts()
    assert other.get(f"/profile/webhooks/{hook_id}").status_code == 404
    for action in ("test", "rotate", "active", "delete", "deliveries/1/redeliver"):
        assert other.post(f"/profile/webhooks/{hook_id}/{action}").status_code == 404
    assert row_counts() == before
    assert receiver.url not in other.get("/profile/webhooks").get_data(as_text=True)
