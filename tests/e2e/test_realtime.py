"""Events live, against the real gunicorn (2 threaded workers) and Huey worker:
the /realtime WebSocket with a real client (``websockets``), the server-sent
event stream with ``requests``, and webhook delivery surviving a worker killed
mid-send."""

from __future__ import annotations

import contextlib
import io
import json
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
import requests
from PIL import Image
from websockets.exceptions import ConnectionClosed, InvalidStatus
from websockets.sync.client import connect

from tests.receiver import Answer, Receiver

from .conftest import BIN, ROOT, free_port, register_via_api, run_live_server, server_env

pytestmark = pytest.mark.e2e
API = "/api/v1"


@pytest.fixture(scope="module")
def rt_server(tmp_path_factory):
    with run_live_server(
        tmp_path_factory.mktemp("realtime"), {"T2M_RATELIMIT_ENABLED": "false"}
    ) as server:
        yield server


def ws_url(server) -> str:
    return server.url.replace("http://", "ws://") + "/realtime"


def bearer(tokens: dict) -> dict:
    return {"Authorization": f"Bearer {tokens['access_token']}"}


def png(n: int = 0) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (40 + n, 30), (20 * n % 255, 90, 160)).save(buf, "PNG")
    return buf.getvalue()


def upload(server, tokens: dict, data: bytes, name: str = "a.png") -> int:
    r = requests.post(
        server.url + API + "/files/upload",
        headers=bearer(tokens),
        files={"file": (name, data, "image/png")},
        timeout=30,
    )
    assert r.status_code == 201, r.text
    return r.json()["data"]["id"]


def _status(server, tokens: dict, file_id: int) -> str:
    r = requests.get(f"{server.url}{API}/files/{file_id}", headers=bearer(tokens), timeout=10)
    return r.json()["data"]["status"]


def send(ws, **message) -> None:
    ws.send(json.dumps(message))


def recv(ws, timeout: float = 10.0) -> dict:
    return json.loads(ws.recv(timeout=timeout))


@contextlib.contextmanager
def signed_in(server, tokens: dict):
    with connect(ws_url(server), open_timeout=10) as ws:
        send(ws, type="auth", token=tokens["access_token"])
        assert recv(ws) == {"type": "auth_ok", "user_id": tokens["user"]["id"]}
        yield ws


def events_until(ws, wanted: str, timeout: float = 30.0, about: int | None = None) -> list[dict]:
    """Messages up to the first ``wanted`` event (about resource ``about``, if given)."""
    got = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        message = recv(ws, timeout=max(0.1, deadline - time.monotonic()))
        got.append(message)
        if message.get("event") == wanted and about in (None, message.get("resource_id")):
            return got
    raise AssertionError(f"no {wanted} within {timeout}s: {got}")


# ---- the WebSocket ----------------------------------------------------------------


def test_auth_subscribe_and_media_ready_for_my_upload(rt_server):
    ada = register_via_api(rt_server.url)
    with signed_in(rt_server, ada) as ws:
        # the client offered permessage-deflate; the server declines it (frames are
        # encoded once for every socket)
        assert "permessage-deflate" in ws.request.headers["Sec-WebSocket-Extensions"]
        assert "Sec-WebSocket-Extensions" not in ws.response.headers
        send(ws, type="subscribe", channel="media_updates")
        assert recv(ws) == {"type": "subscribed", "channel": "media_updates", "resource_id": None}
        file_id = upload(rt_server, ada, png())
        got = events_until(ws, "media.ready")
        kinds = [m["event"] for m in got]
        assert kinds[0] == "media.uploaded"
        ready = got[-1]
        assert ready["type"] == "event"
        assert ready["channel"] == "media_updates"
        assert ready["resource_id"] == file_id
        assert ready["data"]["id"] == file_id
        assert ready["data"]["status"] == "ready"
        assert ready["data"]["user_id"] == ada["user"]["id"]
        assert ready["id"].startswith("evt_")
        send(ws, type="ping")
        assert recv(ws) == {"type": "pong"}


def test_one_resource_and_the_job_channel(rt_server):
    ada = register_via_api(rt_server.url)
    first = upload(rt_server, ada, png(1))
    _wait(lambda: _status(rt_server, ada, first) == "ready", 30, "the first file to be ready")
    with signed_in(rt_server, ada) as ws:
        send(ws, type="subscribe", channel="media_updates", resource_id=f"media_{first}")
        assert recv(ws)["resource_id"] == first
        send(ws, type="subscribe", channel="job_updates")
        assert recv(ws)["type"] == "subscribed"
        second = upload(rt_server, ada, png(2))  # its media events are not followed
        got = events_until(ws, "job.completed")
        assert {m["channel"] for m in got} == {"job_updates"}, got
        assert [m["event"] for m in got][:2] == ["job.queued", "job.started"]
        assert got[-1]["data"]["result"]["file_id"] == second
        send(ws, type="unsubscribe", channel="job_updates")
        assert recv(ws) == {"type": "unsubscribed", "channel": "job_updates", "resource_id": None}


def test_other_users_resources_and_events_never_arrive(rt_server):
    ada = register_via_api(rt_server.url)
    eve = register_via_api(rt_server.url)
    adas_file = upload(rt_server, ada, png(3))
    with signed_in(rt_server, eve) as ws:
        for channel, rid in (("media_updates", adas_file), ("media_updates", 2**62)):
            send(ws, type="subscribe", channel=channel, resource_id=rid)
            answer = recv(ws)
            assert answer["type"] == "error"
            assert answer["code"] == "RESOURCE_NOT_FOUND"
        send(ws, type="subscribe", channel="media_updates")
        send(ws, type="subscribe", channel="job_updates")
        assert recv(ws)["type"] == recv(ws)["type"] == "subscribed"
        upload(rt_server, ada, png(4))
        time.sleep(3)  # ada's upload is processed meanwhile
        with pytest.raises(TimeoutError):
            ws.recv(timeout=0.5)


@pytest.mark.parametrize(
    ("frame", "why"),
    [
        ("not json", "not valid JSON"),
        ("[1, 2]", "JSON object"),
        (b"\x00\x01binary", "binary"),
        (json.dumps({"type": "explode"}), "Unknown message type"),
        (json.dumps({"type": "subscribe", "channel": "everything"}), "Unknown channel"),
        ("x" * 5000, "at most 4096 bytes"),
    ],
)
def test_bad_messages_get_an_error_and_the_socket_stays(rt_server, frame, why):
    ada = register_via_api(rt_server.url)
    with signed_in(rt_server, ada) as ws:
        ws.send(frame)
        answer = recv(ws)
        assert answer["type"] == "error"
        assert answer["code"] == "VALIDATION_ERROR"
        assert why in answer["message"] + json.dumps(answer.get("details"))
        send(ws, type="ping")
        assert recv(ws) == {"type": "pong"}


@pytest.mark.parametrize(
    "token", ["", "not-a-token", "t2m_" + "0" * 40, "eyJhbGciOiJIUzI1NiJ9.e30.xx", 12345]
)
def test_a_bad_token_is_refused_and_closed(rt_server, token):
    with connect(ws_url(rt_server), open_timeout=10) as ws:
        send(ws, type="auth", token=token)
        answer = recv(ws)
        assert answer["type"] == "error"
        assert answer["code"] == "AUTH_INVALID"
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=5)
        assert ws.close_code == 1008


def test_nothing_before_auth_and_silence_is_closed_after_ten_seconds(rt_server):
    with connect(ws_url(rt_server), open_timeout=10) as ws:
        send(ws, type="subscribe", channel="media_updates")
        assert recv(ws)["code"] == "AUTH_REQUIRED"
        started = time.monotonic()
        closing = recv(ws, timeout=15)
        assert closing["code"] == "AUTH_REQUIRED"
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=5)
        assert 8 <= time.monotonic() - started <= 13


def test_a_revoked_token_closes_the_socket(rt_server):
    ada = register_via_api(rt_server.url)
    with signed_in(rt_server, ada) as ws:
        r = requests.post(rt_server.url + API + "/auth/logout", headers=bearer(ada), timeout=10)
        assert r.status_code == 200
        answer = recv(ws, timeout=15)
        assert answer["type"] == "error"
        assert answer["code"] == "AUTH_INVALID"
        with pytest.raises(ConnectionClosed):
            ws.recv(timeout=5)


def test_a_key_without_events_read_is_refused(rt_server):
    ada = register_via_api(rt_server.url)
    key = requests.post(
        rt_server.url + API + "/auth/api-keys",
        headers=bearer(ada),
        json={"name": "files only", "scopes": ["files:read"]},
        timeout=10,
    ).json()["data"]["key"]
    with connect(ws_url(rt_server), open_timeout=10) as ws:
        send(ws, type="auth", token=key)
        answer = recv(ws)
        assert answer["code"] == "PERMISSION_DENIED"
        assert "events:read" in answer["message"]


def test_foreign_origins_and_plain_requests_are_refused(rt_server):
    with (
        pytest.raises(InvalidStatus) as refused,
        connect(ws_url(rt_server), origin="https://evil.example", open_timeout=10),
    ):
        pass
    assert refused.value.response.status_code == 403
    with connect(ws_url(rt_server), origin=rt_server.url, open_timeout=10) as ws:
        send(ws, type="ping")
        assert recv(ws) == {"type": "pong"}
    r = requests.get(rt_server.url + "/realtime", timeout=10)
    assert r.status_code == 400
    assert r.json()["error"]["code"] == "VALIDATION_ERROR"


# ---- server-sent events -------------------------------------------------------------


def read_sse(response, count: int, timeout: float = 30.0) -> list[dict]:
    """The next ``count`` events of a text/event-stream, as {id, event, data}."""
    got, current = [], {}
    deadline = time.monotonic() + timeout
    for line in response.iter_lines(decode_unicode=True):
        if time.monotonic() > deadline:
            break
        if line.startswith("id: "):
            current["id"] = line[4:]
        elif line.startswith("event: "):
            current["event"] = line[7:]
        elif line.startswith("data: "):
            current["data"] = json.loads(line[6:])
        elif line == "" and current:
            got.append(current)
            current = {}
            if len(got) == count:
                return got
    raise AssertionError(f"only {len(got)} of {count} events: {got}")


def test_the_event_stream_resumes_from_last_event_id(rt_server):
    ada = register_via_api(rt_server.url)
    url = rt_server.url + API + "/events/stream"
    with requests.get(url, headers=bearer(ada), stream=True, timeout=30) as r:
        assert r.status_code == 200
        assert r.headers["Content-Type"].startswith("text/event-stream")
        upload(rt_server, ada, png(5))
        first = read_sse(r, 2)
    assert [e["event"] for e in first] == ["media.uploaded", "job.queued"]
    assert first[0]["data"]["data"]["filename"] == "a.png"
    # Away for a while: the stream picks up after the last id seen.
    time.sleep(2)
    headers = {**bearer(ada), "Last-Event-ID": first[-1]["id"]}
    with requests.get(url, headers=headers, stream=True, timeout=30) as r:
        rest = read_sse(r, 3)
    assert [e["event"] for e in rest] == ["job.started", "job.progress", "media.ready"]
    everything = requests.get(rt_server.url + API + "/events", headers=bearer(ada), timeout=10)
    ids = [e["id"] for e in everything.json()["data"]["items"]]
    assert [e["id"] for e in first + rest] == ids[:5]


def test_the_event_stream_carries_only_my_events(rt_server):
    ada = register_via_api(rt_server.url)
    eve = register_via_api(rt_server.url)
    url = rt_server.url + API + "/events/stream"
    with requests.get(url, headers=bearer(eve), stream=True, timeout=30) as r:
        upload(rt_server, ada, png(6))  # not eve's: nothing of it reaches her stream
        eves = upload(rt_server, eve, png(7))
        [first] = read_sse(r, 1)
    assert first["event"] == "media.uploaded"
    assert first["data"]["data"]["id"] == eves
    assert first["data"]["data"]["user_id"] == eve["user"]["id"]


def test_the_event_stream_needs_events_read(rt_server):
    r = requests.get(rt_server.url + API + "/events/stream", timeout=10)
    assert r.status_code == 401
    assert r.json()["error"]["code"] == "AUTH_REQUIRED"


# ---- webhooks: a worker killed mid-delivery loses nothing ---------------------------


def test_a_delivery_survives_a_worker_killed_mid_send(tmp_path):
    from t2m import create_app

    receiver = Receiver()
    receiver.answer(Answer(200, delay=6))  # the first try hangs: the worker dies in it
    instance = tmp_path / "instance"
    instance.mkdir()
    settings = {
        "T2M_JOB_LEASE_SECONDS": "2",  # the sweeper looks every second
        "T2M_WEBHOOK_TIMEOUT": "3",  # so a delivery is leased for 11 s
        "T2M_WEBHOOK_ALLOW": "127.0.0.1/32",
    }
    env = server_env(instance, free_port(), settings)
    subprocess.run(
        [str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    app = create_app(
        {
            "INSTANCE_PATH": str(instance),
            "RATELIMIT_ENABLED": False,
            "QUEUE_IMMEDIATE": False,
            "WEBHOOK_ALLOW": "127.0.0.1/32",
        }
    )
    log = tmp_path / "workers.log"
    try:
        with app.app_context():
            client = app.test_client()
            client.post(
                API + "/auth/register",
                json={"email": "w@example.com", "username": "hooky", "password": "x" * 12},
            )
            token = client.post(
                API + "/auth/login", json={"username": "hooky", "password": "x" * 12}
            ).get_json()["data"]["access_token"]
            headers = {"Authorization": f"Bearer {token}"}
            hook = client.post(
                API + "/webhooks",
                headers=headers,
                json={"url": receiver.url, "events": ["webhook.test"], "secret": "s3cret-value"},
            ).get_json()["data"]
            client.post(f"{API}/webhooks/{hook['id']}/test", headers=headers)

            first = _consumer(env, log)
            _wait(lambda: len(receiver.received) == 1, 30, "the first worker to send")
            os.kill(first.pid, signal.SIGKILL)  # mid-send: the receiver has not answered
            first.wait(timeout=10)
            second = _consumer(env, log)
            try:
                _wait(lambda: len(receiver.received) == 2, 40, "the delivery to be sent again")

                def delivered():
                    page = client.get(f"{API}/webhooks/{hook['id']}/deliveries", headers=headers)
                    return page.get_json()["data"]["items"][0]

                _wait(lambda: delivered()["status"] == "delivered", 20, "it to be recorded")
            finally:
                os.killpg(second.pid, signal.SIGKILL)
                second.wait(timeout=10)
            [a, b] = receiver.received
            assert a.headers["webhook-id"] == b.headers["webhook-id"]
            assert a.body == b.body
            assert delivered()["attempts"] == 1  # the killed try was never recorded
    finally:
        receiver.close()
        if log.exists():
            print(log.read_text()[-3000:])


def _consumer(env: dict, log: Path) -> subprocess.Popen:
    with log.open("ab") as out:
        return subprocess.Popen(
            [str(BIN / "flask"), "--app", "wsgi", "worker", "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )


def _wait(predicate, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return
        time.sleep(0.2)
    raise AssertionError(f"timed out waiting for {what}")
