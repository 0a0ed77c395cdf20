"""The sign-in limit holds for the whole box: a real gunicorn with 2 workers,
a new connection per request, wrong passwords spread over the three sign-in
routes (``/api/v1/auth/login``, ``/api/v1/auth/token``, the ``/login`` page)."""

from __future__ import annotations

import re

import pytest
import requests

from tests.conftest import REDIS_URL

from .conftest import register_via_api, run_live_server

pytestmark = pytest.mark.e2e

STORES = ["sqlite"] + (["redis"] if REDIS_URL else [])


@pytest.fixture(params=STORES)
def limited_server(request, tmp_path_factory):
    env = {"WEB_CONCURRENCY": "2", "T2M_RATELIMIT_AUTH": "5/minute"}
    if request.param == "redis":
        env["T2M_RATELIMIT_STORAGE"] = REDIS_URL
        env["T2M_RATELIMIT_KEY_PREFIX"] = f"rl-live-{tmp_path_factory.getbasetemp().name}"
    with run_live_server(tmp_path_factory.mktemp(f"rl-{request.param}"), env) as server:
        yield server


def _sign_in(base: str, route: str, username: str) -> int:
    close = {"Connection": "close"}  # a new TCP connection every time
    if route == "login":
        r = requests.post(
            f"{base}/api/v1/auth/login",
            json={"username": username, "password": "wrong password"},
            headers=close,
            timeout=30,
        )
    elif route == "token":
        r = requests.post(
            f"{base}/api/v1/auth/token",
            data={"username": username, "password": "wrong password"},
            headers=close,
            timeout=30,
        )
    else:
        with requests.Session() as browser:
            form = browser.get(f"{base}/login", headers=close, timeout=30).text
            token = re.search(r'name="csrf_token"[^>]*value="([^"]+)"', form).group(1)
            r = browser.post(
                f"{base}/login",
                data={"csrf_token": token, "identifier": username, "password": "wrong password"},
                headers=close,
                timeout=30,
            )
    return r.status_code


def test_ten_wrong_sign_ins_over_two_workers_give_at_most_five_refusals(limited_server):
    base = limited_server.url
    username = register_via_api(base)["user"]["username"]
    routes = ["login", "token", "page"] * 4
    statuses = [_sign_in(base, route, username) for route in routes[:10]]
    checked = [s for s in statuses if s in (401, 422)]  # the page says 422 with its form
    assert len(checked) <= 5, statuses
    assert statuses[-1] == 429, statuses
    assert set(statuses) <= {401, 422, 429}, statuses
