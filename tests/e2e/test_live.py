"""The live server (honcho + gunicorn + Huey worker) answers like the test client."""

from __future__ import annotations

import re

import pytest
import requests

from .conftest import PASSWORD, register_via_api, unique_name

pytestmark = pytest.mark.e2e

API = "/api/v1"


def test_health_is_ok_and_a_worker_answered(live_server):
    r = requests.get(live_server + API + "/system/health", timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].startswith("application/json")
    assert r.headers["Server"].startswith("gunicorn")
    body = r.json()
    assert body["success"] is True
    data = body["data"]
    assert data["status"] == "ok", data
    assert set(data["checks"]) >= {"database", "queue", "storage", "ffmpeg"}
    assert all(c["status"] == "ok" for c in data["checks"].values()), data["checks"]
    queue = data["checks"]["queue"]
    assert "a worker answered" in queue["detail"]
    assert queue["detail"].startswith("SqliteStorage")  # the embedded default queue
    assert data["checks"]["database"]["detail"] == "sqlite"
    assert body["meta"]["request_id"] == r.headers["X-Request-ID"]


def test_login_page_is_served_with_a_form(live_server):
    r = requests.get(live_server + "/login", timeout=30)
    assert r.status_code == 200
    assert r.headers["Content-Type"].startswith("text/html")
    html = r.text
    assert '<form id="login-form"' in html
    assert 'name="identifier"' in html
    assert 'name="password"' in html
    assert 'name="csrf_token"' in html
    assert re.search(r"<button[^>]*>\s*Sign in\s*</button>", html)
    # The static assets the page links to are served too (HTMX is vendored).
    for asset in ("/static/app.css", "/static/app.js", "/static/lib/htmx.min.js"):
        assert asset in html
        a = requests.get(live_server + asset, timeout=30)
        assert a.status_code == 200, asset
        assert len(a.content) > 0, asset


def test_request_id_header_is_present_and_echoed(live_server):
    r = requests.get(live_server + API + "/auth/health", timeout=30)
    assert r.status_code == 200
    rid = r.headers.get("X-Request-ID", "")
    assert re.fullmatch(r"req_[0-9a-f]{24}", rid), rid
    assert r.json()["meta"]["request_id"] == rid
    # Pages carry one too, and a sane client id is echoed back.
    page = requests.get(live_server + "/login", headers={"X-Request-ID": "e2e-abc.123"}, timeout=30)
    assert page.headers["X-Request-ID"] == "e2e-abc.123"
    # Two requests never share a generated id.
    again = requests.get(live_server + API + "/auth/health", timeout=30)
    assert again.headers["X-Request-ID"] != rid


def test_register_login_me_round_trip(live_server):
    username = unique_name("rt")
    email = f"{username}@example.com"
    r = requests.post(
        live_server + API + "/auth/register",
        json={
            "email": email,
            "username": username,
            "password": PASSWORD,
            "full_name": "Round Trip",
        },
        timeout=30,
    )
    assert r.status_code == 202, r.text
    body = r.json()
    assert body["success"] is True
    assert body["data"] == {"email": email, "username": username}

    r = requests.post(
        live_server + API + "/auth/login",
        json={"username": username, "password": PASSWORD},
        timeout=30,
    )
    assert r.status_code == 200, r.text
    assert r.json()["data"]["user"]["username"] == username
    assert r.json()["data"]["token_type"] == "Bearer"
    token = r.json()["data"]["access_token"]

    # The token minted by one gunicorn worker is accepted by any of them (a new
    # connection per request, so the requests spread over the workers).
    for _ in range(4):
        me = requests.get(
            live_server + API + "/auth/me",
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert me.status_code == 200, me.text
        data = me.json()["data"]
        assert data["username"] == username
        assert data["email"] == email
        assert data["full_name"] == "Round Trip"
        assert data["last_login_at"] is not None

    # Without the token it is the 401 envelope, not a page or a stack trace.
    anon = requests.get(live_server + API + "/auth/me", timeout=30)
    assert anon.status_code == 401
    assert anon.json()["error"]["code"] == "AUTH_REQUIRED"
    assert anon.headers["WWW-Authenticate"].startswith("Bearer")

    # Logging out revokes the token for every worker.
    out = requests.post(
        live_server + API + "/auth/logout",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert out.status_code == 200, out.text
    for _ in range(4):
        me = requests.get(
            live_server + API + "/auth/me",
            headers={"Authorization": f"Bearer {token}"},
            timeout=30,
        )
        assert me.status_code == 401
        assert me.json()["error"]["code"] == "AUTH_INVALID"


@pytest.mark.parametrize("key_id", [2**63 - 1, 2**63, 10**20])
def test_out_of_range_ids_are_not_found_rather_than_a_server_error(live_server, key_id):
    """Found by the Schemathesis run: a path id beyond 64 bits reached the database."""
    token = register_via_api(live_server)["access_token"]
    r = requests.delete(
        live_server + API + f"/auth/api-keys/{key_id}",
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert r.status_code == 404, (r.status_code, r.text)
    assert r.json()["error"]["code"] == "RESOURCE_NOT_FOUND"


@pytest.mark.parametrize(
    ("expires_at", "allowed"),
    [
        # No offset: either read as UTC (201) or refused (422), never a crash.
        ("2031-01-01T00:00:00", {201, 422}),
        # Valid ISO 8601 whose UTC value is past year 9999: cannot be stored.
        ("9999-12-31T23:59:59-12:00", {422}),
    ],
)
def test_api_key_expiry_edge_cases_are_not_server_errors(live_server, expires_at, allowed):
    token = register_via_api(live_server)["access_token"]
    r = requests.post(
        live_server + API + "/auth/api-keys",
        json={"name": "edge", "scopes": ["files:read"], "expires_at": expires_at},
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    assert r.status_code in allowed, (r.status_code, r.text)
    if r.status_code == 422:
        assert r.json()["error"]["code"] == "VALIDATION_ERROR"
        assert "expires_at" in r.json()["error"]["details"]


def test_concurrent_downloads_are_each_counted_once(live_server):
    """Parallel first requests of the day must neither collide on the per-day row
    nor lose an increment; ranges that do not start at byte 0 add bytes only."""
    import io
    from concurrent.futures import ThreadPoolExecutor

    from PIL import Image

    token = register_via_api(live_server)["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    buf = io.BytesIO()
    Image.new("RGB", (64, 48), "teal").save(buf, "PNG")
    body = buf.getvalue()
    up = requests.post(
        live_server + API + "/files/upload",
        headers=headers,
        files={"file": ("count.png", body, "image/png")},
        timeout=60,
    )
    assert up.status_code == 201, up.text
    file_id = up.json()["data"]["id"]
    url = f"{live_server}{API}/files/{file_id}/download"

    def get(n: int) -> int:
        extra = {"Range": "bytes=10-19"} if n % 4 == 3 else {}
        return requests.get(url, headers={**headers, **extra}, timeout=30).status_code

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(get, range(16)))
    assert sorted(statuses) == [200] * 12 + [206] * 4, statuses
    stats = requests.get(
        f"{live_server}{API}/files/{file_id}/analytics", headers=headers, timeout=30
    ).json()["data"]
    assert stats["downloads"] == 12
    assert stats["bytes_served"] == 12 * len(body) + 4 * 10
    assert [d["downloads"] for d in stats["daily"] if d["downloads"]] == [12]
