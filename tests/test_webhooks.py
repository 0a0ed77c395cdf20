"""Webhooks: the documented API, signed deliveries to a real receiver on
127.0.0.1, retries, disabling, and every bad input refused without a trace."""

from __future__ import annotations

import hashlib
import hmac
import json
from pathlib import Path

import pytest
from sqlalchemy import select, update
from standardwebhooks.webhooks import Webhook as StandardWebhook

from t2m.api.event_schemas import JobEvent
from t2m.extensions import db
from t2m.models import Webhook, WebhookDelivery
from t2m.models.base import utcnow
from t2m.services import events

from .conftest import Api, assert_error, row_counts
from .media_fixtures import make_image
from .receiver import Answer, Receiver
from .test_api_files import upload

HOOKS = "/api/v1/webhooks"
DOCS_SECRET = "your-webhook-secret"


# The T2M documentation's receiver, verbatim.
def verify_webhook(payload, signature, secret):
    expected = hmac.new(secret.encode("utf-8"), payload.encode("utf-8"), hashlib.sha256).hexdigest()
    return hmac.compare_digest(f"sha256={expected}", signature)


@pytest.fixture
def receiver():
    r = Receiver()
    yield r
    r.close()


@pytest.fixture
def app(app_factory):
    app = app_factory(
        WEBHOOK_ALLOW="127.0.0.1/32",
        WEBHOOK_RETRY_SCHEDULE=[0, 0, 0],
        WEBHOOK_TIMEOUT=2.0,
        WEBHOOK_DISABLE_AFTER=3,
    )
    with app.app_context():
        yield app


@pytest.fixture
def ada(make_user):
    return make_user("ada")


@pytest.fixture
def ada_h(api, ada):
    return api.headers(ada)


@pytest.fixture
def mallory_h(api, make_user):
    return api.headers(make_user("mallory"))


def add_hook(client, headers, url, **body) -> dict:
    body = {"url": url, "events": ["job.completed", "job.failed"], **body}
    r = client.post(HOOKS, headers=headers, json=body)
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]


def png(tmp_path: Path, n: int = 0) -> bytes:
    return make_image(tmp_path / f"{n}.png", size=(64 + n, 48)).read_bytes()


def deliveries(client, headers, hook_id) -> list[dict]:
    r = client.get(f"{HOOKS}/{hook_id}/deliveries", headers=headers)
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]["items"]


# ---- the documented flow ------------------------------------------------------------


def test_the_documented_example_is_signed_three_ways(client, ada_h, receiver, tmp_path):
    hook = add_hook(client, ada_h, receiver.url, secret=DOCS_SECRET)
    assert hook["secret"] == DOCS_SECRET
    assert hook["events"] == ["job.completed", "job.failed"]
    file_id = upload(client, ada_h, png(tmp_path)).get_json()["data"]["id"]
    assert events.deliver_due() == 1
    [got] = receiver.received
    raw = got.body.decode("utf-8")
    # 1. the T2M documentation's snippet, verbatim
    assert verify_webhook(raw, got.headers["X-T2M-Signature"], DOCS_SECRET)
    # 2. the encode SDK's receiver: the hex HMAC of the raw body
    expected = hmac.new(DOCS_SECRET.encode(), got.body, hashlib.sha256).hexdigest()
    assert hmac.compare_digest(got.headers["X-Webhook-Signature"], expected)
    # 3. Standard Webhooks, with the library a receiver would use (a secret that is
    # not base64 is its UTF-8 bytes, as the library takes it)
    payload = StandardWebhook(DOCS_SECRET.encode()).verify(got.body, got.headers)
    assert payload == json.loads(raw)
    assert payload["event"] == "job.completed"
    assert got.headers["webhook-id"] == payload["id"]
    assert got.headers["X-T2M-Event"] == "job.completed"
    assert got.headers["User-Agent"].startswith("T2M-Webhooks/")
    assert got.headers["Content-Type"] == "application/json"
    JobEvent.model_validate(payload)  # the body the OpenAPI document describes
    data = payload["data"]
    assert data["type"] == "process"
    assert data["status"] == "completed"
    assert data["result"]["file_id"] == file_id
    assert data["result"]["download_url"].endswith(f"/api/v1/files/{file_id}/download")
    assert data["result"]["thumbnail_url"].endswith(f"/api/v1/files/{file_id}/thumbnail")
    [d] = deliveries(client, ada_h, hook["id"])
    assert d["status"] == "delivered"
    assert d["attempts"] == 1
    assert d["last_status_code"] == 200
    assert d["response_snippet"] == "ok"
    assert d["event"] == "job.completed"
    assert d["event_id"] == payload["id"]


def test_a_tampered_body_fails_every_check(client, ada_h, receiver, tmp_path):
    add_hook(client, ada_h, receiver.url, secret=DOCS_SECRET)
    upload(client, ada_h, png(tmp_path))
    events.deliver_due()
    got = receiver.received[0]
    forged = got.body.replace(b'"completed"', b'"failed"', 1)
    assert forged != got.body
    assert not verify_webhook(forged.decode(), got.headers["X-T2M-Signature"], DOCS_SECRET)
    with pytest.raises(Exception, match="signature"):
        StandardWebhook(DOCS_SECRET.encode()).verify(forged, got.headers)
    assert not verify_webhook(got.body.decode(), got.headers["X-T2M-Signature"], "wrong-secret")


def test_a_generated_secret_is_shown_once_and_verifies(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    secret = hook["secret"]
    assert secret.startswith("whsec_")
    again = client.get(f"{HOOKS}/{hook['id']}", headers=ada_h).get_json()["data"]
    assert "secret" not in again
    listed = client.get(HOOKS, headers=ada_h).get_json()["data"]["items"]
    assert all("secret" not in h for h in listed)
    r = client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    assert r.status_code == 202
    assert r.get_json()["data"]["status"] == "pending"
    events.deliver_due()
    got = receiver.received[0]
    payload = StandardWebhook(secret).verify(got.body, got.headers)
    assert payload["event"] == "webhook.test"
    assert payload["data"]["webhook_id"] == hook["id"]
    assert verify_webhook(got.body.decode(), got.headers["X-T2M-Signature"], secret)


def test_list_get_patch_and_delete(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, description="CI")
    r = client.patch(
        f"{HOOKS}/{hook['id']}",
        headers=ada_h,
        json={"events": ["*"], "description": None, "active": False},
    )
    assert r.status_code == 200, r.get_json()
    changed = r.get_json()["data"]
    assert changed["events"] == ["*"]
    assert changed["description"] is None
    assert changed["active"] is False
    page = client.get(HOOKS, headers=ada_h).get_json()["data"]
    assert [h["id"] for h in page["items"]] == [hook["id"]]
    assert page["pagination"]["total_items"] == 1
    assert client.delete(f"{HOOKS}/{hook['id']}", headers=ada_h).status_code == 200
    assert_error(client.get(f"{HOOKS}/{hook['id']}", headers=ada_h), 404, "RESOURCE_NOT_FOUND")


def test_a_patch_with_nothing_to_change_is_400(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url)
    before = row_counts()
    error = assert_error(
        client.patch(f"{HOOKS}/{hook['id']}", headers=ada_h, json={}), 400, "NO_UPDATES_PROVIDED"
    )
    assert "Nothing to change" in error["message"]
    assert row_counts() == before


def test_other_users_hooks_are_not_found(client, ada_h, mallory_h, receiver, api, make_user):
    hook = add_hook(client, ada_h, receiver.url)
    admin_h = api.headers(make_user("root", role="ADMIN"))
    before = row_counts()
    for headers in (mallory_h, admin_h):
        base = f"{HOOKS}/{hook['id']}"
        assert_error(client.get(base, headers=headers), 404, "RESOURCE_NOT_FOUND")
        assert_error(
            client.patch(base, headers=headers, json={"active": False}), 404, "RESOURCE_NOT_FOUND"
        )
        assert_error(client.delete(base, headers=headers), 404, "RESOURCE_NOT_FOUND")
        assert_error(client.post(f"{base}/test", headers=headers), 404, "RESOURCE_NOT_FOUND")
        assert_error(
            client.post(f"{base}/rotate-secret", headers=headers), 404, "RESOURCE_NOT_FOUND"
        )
        assert_error(client.get(f"{base}/deliveries", headers=headers), 404, "RESOURCE_NOT_FOUND")
        assert client.get(HOOKS, headers=headers).get_json()["data"]["items"] == []
    assert row_counts() == before


def test_no_other_users_event_reaches_a_hook(client, ada_h, mallory_h, receiver, tmp_path):
    add_hook(client, mallory_h, receiver.url, events=["*"])
    upload(client, ada_h, png(tmp_path))
    client.post("/api/v1/collections", headers=ada_h, json={"name": "Ada's"})
    events.deliver_due()
    assert receiver.received == []


def test_user_registered_is_for_administrators(client, ada_h, api, make_user, receiver):
    error = assert_error(
        client.post(
            HOOKS, headers=ada_h, json={"url": receiver.url, "events": ["user.registered"]}
        ),
        422,
        "VALIDATION_ERROR",
    )
    assert "events" in error["details"]
    assert "administrators" in error["details"]["events"][0]
    admin_h = api.headers(make_user("root", role="ADMIN"))
    add_hook(client, admin_h, receiver.url, events=["user.registered"])
    make_user("newcomer")
    events.deliver_due()
    [got] = receiver.received
    body = json.loads(got.body)
    assert body["event"] == "user.registered"
    assert body["data"]["username"] == "newcomer"


def test_at_most_the_limit_per_user(client, ada_h, receiver, app):
    for n in range(app.config["WEBHOOK_LIMIT"]):
        add_hook(client, ada_h, f"{receiver.url}/{n}")
    before = row_counts()
    error = assert_error(
        client.post(HOOKS, headers=ada_h, json={"url": receiver.url, "events": ["*"]}),
        409,
        "WEBHOOK_LIMIT_EXCEEDED",
    )
    assert "10" in error["message"]
    assert row_counts() == before


# ---- bad targets, bad bodies --------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "status", "code"),
    [
        ("http://127.0.0.2/hook", 400, "PRIVATE_IP_BLOCKED"),
        ("http://10.0.0.1/hook", 400, "PRIVATE_IP_BLOCKED"),
        ("http://169.254.169.254/latest/meta-data", 400, "PRIVATE_IP_BLOCKED"),
        ("http://[::1]/hook", 400, "PRIVATE_IP_BLOCKED"),
        ("http://localhost/hook", 400, "PRIVATE_IP_BLOCKED"),
        ("http://0x7f000002/hook", 400, "PRIVATE_IP_BLOCKED"),
        ("ftp://example.com/hook", 400, "VALIDATION_ERROR"),
        ("file:///etc/passwd", 400, "VALIDATION_ERROR"),
        ("http://user:pw@example.com/", 400, "VALIDATION_ERROR"),
        ("https://no-such-host.invalid/hook", 400, "HOST_NOT_RESOLVABLE"),
        ("http://example.com/\r\nX-Evil: 1", 422, "VALIDATION_ERROR"),
        ("not a url", 400, "VALIDATION_ERROR"),
        ("http://" + "a" * 2100 + ".com/", 422, "VALIDATION_ERROR"),
    ],
)
def test_private_and_unusable_urls_are_refused(app_factory, make_user, url, status, code):
    app = app_factory()  # no T2M_WEBHOOK_ALLOW: loopback is private like the rest
    with app.app_context():
        client = app.test_client()
        headers = Api(client).headers(make_user("ada"))
        before = row_counts()
        r = client.post(HOOKS, headers=headers, json={"url": url, "events": ["job.completed"]})
        assert_error(r, status, code)
        assert row_counts() == before


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"events": ["job.completed"]}, "url"),
        ({"url": "https://example.com/h"}, "events"),
        ({"url": "https://example.com/h", "events": []}, "events"),
        ({"url": "https://example.com/h", "events": ["job.exploded"]}, "events"),
        ({"url": "https://example.com/h", "events": "job.completed"}, "events"),
        ({"url": "https://example.com/h", "events": ["*"], "secret": "short"}, "secret"),
        ({"url": "https://example.com/h", "events": ["*"], "secret": "has a space"}, "secret"),
        ({"url": "https://example.com/h", "events": ["*"], "active": "yes"}, "active"),
        (
            {"url": "https://example.com/h", "events": ["*"], "description": "x" * 501},
            "description",
        ),
        ({"url": "https://example.com/h", "events": ["*"], "extra": 1}, "extra"),
        ({"url": 12, "events": ["*"]}, "url"),
    ],
)
def test_bad_bodies_are_422_naming_the_field(client, ada_h, body, field):
    before = row_counts()
    error = assert_error(client.post(HOOKS, headers=ada_h, json=body), 422, "VALIDATION_ERROR")
    assert any(name == field or name.startswith(field + ".") for name in error["details"])
    assert row_counts() == before


def test_a_url_that_turns_private_is_refused_at_send(app, client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    app.config["WEBHOOK_ALLOW"] = ""  # as if the name now resolved to a private address
    events.deliver_due()
    assert receiver.received == []
    [d] = deliveries(client, ada_h, hook["id"])
    assert d["attempts"] == 1
    assert d["status"] == "pending"  # retried on the schedule
    assert "private" in d["last_error"] or "loopback" in d["last_error"]


# ---- retries, failures, disabling ---------------------------------------------------


def test_a_receiver_failing_twice_gets_the_same_event_three_times(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.answer(Answer(500, b"oops"), Answer(503, b"busy"), Answer(204, b""))
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    for _ in range(3):
        events.deliver_due()
    assert len(receiver.received) == 3
    assert len({r.headers["webhook-id"] for r in receiver.received}) == 1
    assert len({r.body for r in receiver.received}) == 1
    [d] = deliveries(client, ada_h, hook["id"])
    assert d["status"] == "delivered"
    assert d["attempts"] == 3
    assert d["last_status_code"] == 204


def test_retries_follow_the_schedule_and_retry_after(app, client, ada_h, receiver):
    app.config["WEBHOOK_RETRY_SCHEDULE"] = [5, 300]
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.answer(Answer(500), Answer(429, headers={"Retry-After": "900"}))
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    row = db.session.scalar(select(WebhookDelivery))
    wait = (row.next_attempt_at - row.last_attempt_at).total_seconds()
    assert 4 <= wait <= 6
    assert events.deliver_due() == 0  # not due yet
    db.session.execute(update(WebhookDelivery).values(next_attempt_at=utcnow()))
    db.session.commit()
    events.deliver_due()
    db.session.expire_all()
    row = db.session.scalar(select(WebhookDelivery))
    wait = (row.next_attempt_at - row.last_attempt_at).total_seconds()
    assert 899 <= wait <= 901  # Retry-After was longer than the 300 s step


def test_a_delivery_fails_after_the_last_retry(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.server.default = Answer(500, b"down")
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    for _ in range(6):
        events.deliver_due()
    assert len(receiver.received) == 4  # the first try and three retries
    [d] = deliveries(client, ada_h, hook["id"])
    assert d["status"] == "failed"
    assert d["next_attempt_at"] is None
    assert d["last_error"] == "The receiver answered 500."
    again = client.get(f"{HOOKS}/{hook['id']}", headers=ada_h).get_json()["data"]
    assert again["active"] is True
    assert again["failure_streak"] == 1


def test_repeated_failures_turn_the_hook_off_and_mail_the_owner(app, client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.server.default = Answer(500)
    for _ in range(3):
        client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
        for _ in range(5):
            events.deliver_due()
    shown = client.get(f"{HOOKS}/{hook['id']}", headers=ada_h).get_json()["data"]
    assert shown["active"] is False
    assert "3 events in a row" in shown["disabled_reason"]
    mails = sorted((Path(app.config["INSTANCE_PATH"]) / "outbox").glob("*.eml"))
    assert "turned off" in mails[-1].read_text()
    # A disabled hook gets nothing more, and redelivery says why.
    sent = len(receiver.received)
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    assert len(receiver.received) == sent
    last = deliveries(client, ada_h, hook["id"])[0]
    assert_error(
        client.post(f"{HOOKS}/{hook['id']}/deliveries/{last['id']}/redeliver", headers=ada_h),
        409,
        "WEBHOOK_DISABLED",
    )
    # Turned on again, it starts afresh.
    on = client.patch(f"{HOOKS}/{hook['id']}", headers=ada_h, json={"active": True})
    assert on.get_json()["data"]["disabled_reason"] is None
    assert on.get_json()["data"]["failure_streak"] == 0


def test_410_gone_turns_the_hook_off_at_once(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.answer(Answer(410, b"gone"))
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    shown = client.get(f"{HOOKS}/{hook['id']}", headers=ada_h).get_json()["data"]
    assert shown["active"] is False
    assert "410" in shown["disabled_reason"]
    assert deliveries(client, ada_h, hook["id"])[0]["status"] == "failed"


def test_redirects_are_not_followed(client, ada_h, receiver):
    other = Receiver()
    try:
        hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
        receiver.answer(Answer(302, b"", headers={"Location": other.url}))
        client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
        events.deliver_due()
        assert other.received == []
        d = deliveries(client, ada_h, hook["id"])[0]
        assert d["last_status_code"] == 302
        assert "Redirects are not followed" in d["last_error"]
        assert d["status"] == "pending"
    finally:
        other.close()


def test_a_hanging_receiver_times_out(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.answer(Answer(200, delay=4))
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    d = deliveries(client, ada_h, hook["id"])[0]
    assert d["status"] == "pending"
    assert d["last_status_code"] is None
    assert d["last_error"] == "Sending to 127.0.0.1 took longer than 2 seconds."
    assert 1500 <= d["last_duration_ms"] < 4000


def test_a_flood_in_the_answer_is_not_read(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.answer(Answer(200, size=100 * 1024 * 1024))
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    d = deliveries(client, ada_h, hook["id"])[0]
    assert d["status"] == "delivered"
    assert len(d["response_snippet"]) == 1000
    assert d["last_duration_ms"] < 2000


def test_a_refused_connection_is_retried(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.close()
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    d = deliveries(client, ada_h, hook["id"])[0]
    assert d["status"] == "pending"
    assert "refused" in d["last_error"]


def test_redeliver_sends_the_same_event_again(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    first = deliveries(client, ada_h, hook["id"])[0]
    r = client.post(f"{HOOKS}/{hook['id']}/deliveries/{first['id']}/redeliver", headers=ada_h)
    assert r.status_code == 202
    assert r.get_json()["data"]["event_id"] == first["event_id"]
    events.deliver_due()
    assert [x.headers["webhook-id"] for x in receiver.received] == [first["event_id"]] * 2
    assert len(deliveries(client, ada_h, hook["id"])) == 2
    assert_error(
        client.post(f"{HOOKS}/{hook['id']}/deliveries/999999/redeliver", headers=ada_h),
        404,
        "RESOURCE_NOT_FOUND",
    )


def test_a_rotated_secret_signs_alongside_the_old_one(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"], secret=DOCS_SECRET)
    r = client.post(f"{HOOKS}/{hook['id']}/rotate-secret", headers=ada_h)
    assert r.status_code == 200
    fresh = r.get_json()["data"]["secret"]
    assert fresh.startswith("whsec_")
    assert fresh != DOCS_SECRET
    assert r.get_json()["data"]["secret_rotation_ends_at"] is not None
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    got = receiver.received[0]
    raw = got.body.decode()
    assert verify_webhook(raw, got.headers["X-T2M-Signature"], fresh)
    assert verify_webhook(raw, got.headers["X-T2M-Signature-Previous"], DOCS_SECRET)
    StandardWebhook(fresh).verify(got.body, got.headers)
    StandardWebhook(DOCS_SECRET.encode()).verify(got.body, got.headers)


def test_an_expired_rotation_signs_with_the_new_secret_only(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"], secret=DOCS_SECRET)
    fresh = client.post(f"{HOOKS}/{hook['id']}/rotate-secret", headers=ada_h).get_json()["data"]
    db.session.execute(update(Webhook).values(previous_secret_expires_at=utcnow()))
    db.session.commit()
    client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    got = receiver.received[0]
    assert "X-T2M-Signature-Previous" not in got.headers
    with pytest.raises(Exception, match="signature"):
        StandardWebhook(DOCS_SECRET.encode()).verify(got.body, got.headers)
    StandardWebhook(fresh["secret"]).verify(got.body, got.headers)


def test_deliveries_are_paged_and_filtered(client, ada_h, receiver):
    hook = add_hook(client, ada_h, receiver.url, events=["webhook.test"])
    receiver.answer(Answer(500))
    for _ in range(3):
        client.post(f"{HOOKS}/{hook['id']}/test", headers=ada_h)
    events.deliver_due()
    base = f"{HOOKS}/{hook['id']}/deliveries"
    page = client.get(base, headers=ada_h, query_string={"items_per_page": 2}).get_json()["data"]
    assert page["pagination"]["total_items"] == 3
    assert len(page["items"]) == 2
    ok = client.get(base, headers=ada_h, query_string={"status": "delivered"}).get_json()
    assert len(ok["data"]["items"]) == 2
    assert_error(
        client.get(base, headers=ada_h, query_string={"status": "lost"}), 422, "VALIDATION_ERROR"
    )


def test_a_key_needs_the_webhook_scopes(client, ada, receiver):
    api = Api(client)
    jwt = api.headers(ada)
    key = client.post(
        "/api/v1/auth/api-keys", headers=jwt, json={"name": "ro", "scopes": ["webhooks:read"]}
    ).get_json()["data"]["key"]
    headers = {"X-API-Key": key}
    assert client.get(HOOKS, headers=headers).status_code == 200
    error = assert_error(
        client.post(HOOKS, headers=headers, json={"url": receiver.url, "events": ["*"]}),
        403,
        "PERMISSION_DENIED",
    )
    assert "webhooks:write" in error["message"]
