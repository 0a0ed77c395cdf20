"""The rate-limit layer: a store every worker shares, one sign-in budget per
address over all sign-in routes, one per account, trusted proxies only."""

from __future__ import annotations

import multiprocessing
import time

import pytest
from limits import parse
from limits.storage import storage_from_string
from limits.strategies import FixedWindowRateLimiter

from t2m.proxies import TrustedProxies, parse_networks
from t2m.ratelimit import SQLiteStorage

from .conftest import PASSWORD, REDIS_URL, assert_error

WRONG = "not the password"


# ---- the SQLite store ----------------------------------------------------------


def test_sqlite_scheme_is_a_limits_storage(tmp_path):
    store = storage_from_string(f"sqlite:///{tmp_path / 'rl.sqlite3'}")
    assert isinstance(store, SQLiteStorage)
    assert store.check()
    assert store.path == str(tmp_path / "rl.sqlite3")


def test_counters_are_shared_between_stores_on_one_file(tmp_path):
    uri = f"sqlite:///{tmp_path / 'rl.sqlite3'}"
    one, two = SQLiteStorage(uri), SQLiteStorage(uri)
    assert one.incr("k", 60) == 1
    assert two.incr("k", 60) == 2
    assert one.get("k") == 2
    assert two.get_expiry("k") > time.time() + 50
    two.clear("k")
    assert one.get("k") == 0


def test_a_window_starts_again_when_it_is_over(tmp_path):
    store = SQLiteStorage(f"sqlite:///{tmp_path / 'rl.sqlite3'}")
    assert store.incr("k", 1) == 1
    assert store.incr("k", 1) == 2
    time.sleep(1.1)
    assert store.get("k") == 0
    assert store.incr("k", 1) == 1
    assert store.reset() == 1


def test_a_fixed_window_limit_holds_on_the_store(tmp_path):
    limiter = FixedWindowRateLimiter(SQLiteStorage(f"sqlite:///{tmp_path / 'rl.sqlite3'}"))
    item = parse("3/minute")
    assert [limiter.hit(item, "ip", "1.2.3.4") for _ in range(5)] == [True] * 3 + [False] * 2
    assert limiter.hit(item, "ip", "5.6.7.8")


def _hammer(uri: str, n: int) -> None:
    store = SQLiteStorage(uri)
    for _ in range(n):
        store.incr("shared", 60)


def test_processes_counting_at_once_lose_no_hit(tmp_path):
    uri = f"sqlite:///{tmp_path / 'rl.sqlite3'}"
    ctx = multiprocessing.get_context("fork")
    procs = [ctx.Process(target=_hammer, args=(uri, 300)) for _ in range(3)]
    for p in procs:
        p.start()
    for p in procs:
        p.join(60)
        assert p.exitcode == 0
    assert SQLiteStorage(uri).get("shared") == 900


# ---- sign-in budgets -----------------------------------------------------------


@pytest.fixture
def limited(app_factory, make_user):
    make_user("ada")
    return app_factory(RATELIMIT_ENABLED=True, RATELIMIT_AUTH="5 per minute")


def _attempt(client, route: str, name="ada", password=WRONG, **kwargs):
    if route == "login":
        return client.post(
            "/api/v1/auth/login", json={"username": name, "password": password}, **kwargs
        )
    if route == "token":
        return client.post(
            "/api/v1/auth/token", data={"username": name, "password": password}, **kwargs
        )
    return client.post("/login", data={"identifier": name, "password": password}, **kwargs)


def test_one_budget_per_address_over_every_sign_in_route(limited):
    client = limited.test_client()
    routes = ["login", "token", "page"] * 4
    statuses = [_attempt(client, route).status_code for route in routes[:10]]
    assert statuses[:5] == [401, 401, 422, 401, 401]  # the page answers 422 with its form
    assert statuses[5:] == [429] * 5
    r = _attempt(client, "login", password=PASSWORD)
    err = assert_error(r, 429, "RATE_LIMIT_EXCEEDED")
    assert int(r.headers["Retry-After"]) > 0
    assert "Traceback" not in str(err)


def test_one_budget_per_account_from_any_address(limited):
    client = limited.test_client()
    statuses = []
    for n in range(8):
        addr = {"REMOTE_ADDR": f"198.51.100.{n + 1}"}
        statuses.append(_attempt(client, ["login", "token"][n % 2], environ_base=addr).status_code)
    assert statuses == [401] * 5 + [429] * 3
    # The budget is the account's: by e-mail it is the same one ...
    r = _attempt(client, "login", "ADA@example.com", environ_base={"REMOTE_ADDR": "203.0.113.9"})
    err = assert_error(r, 429, "RATE_LIMIT_EXCEEDED")
    assert "this account" in err["message"]
    # ... and another account is untouched.
    r = _attempt(client, "login", "bob", environ_base={"REMOTE_ADDR": "203.0.113.10"})
    assert_error(r, 401, "AUTH_INVALID")


def test_spoofed_forwarding_headers_are_ignored_by_default(limited):
    client = limited.test_client()
    statuses = [
        _attempt(
            client, "login", headers={"X-Forwarded-For": f"192.0.2.{n}", "X-Real-IP": f"10.1.{n}"}
        ).status_code
        for n in range(7)
    ]
    assert statuses == [401] * 5 + [429] * 2


def test_a_trusted_proxy_gives_each_client_its_own_budget(app_factory, make_user):
    make_user("ada")
    app = app_factory(
        RATELIMIT_ENABLED=True, RATELIMIT_AUTH="2 per minute", TRUSTED_PROXIES="127.0.0.1"
    )
    client = app.test_client()
    for n in range(3):
        # Each client spoofs a left-most entry; the proxy appends the real one.
        headers = {"X-Forwarded-For": f"6.6.6.6, 192.0.2.{n}"}
        for _ in range(2):
            r = client.post(
                "/api/v1/auth/register", json={"username": "x"}, headers=headers
            )  # the register budget is per route: proves the per-address key
            assert r.status_code == 422
        r = client.post("/api/v1/auth/register", json={"username": "x"}, headers=headers)
        assert_error(r, 429, "RATE_LIMIT_EXCEEDED")
    status = client.get(
        "/api/v1/auth/status", headers={"X-Forwarded-For": "6.6.6.6, 192.0.2.77"}
    ).get_json()["data"]
    assert status["request_context"]["ip"] == "192.0.2.77"


@pytest.mark.parametrize(
    ("peer", "forwarded", "client"),
    [
        ("127.0.0.1", "192.0.2.1", "192.0.2.1"),
        ("127.0.0.1", "6.6.6.6, 192.0.2.1", "192.0.2.1"),
        ("127.0.0.1", "192.0.2.1, 10.0.0.5", "192.0.2.1"),  # two trusted hops
        ("127.0.0.1", "", "127.0.0.1"),
        ("127.0.0.1", "garbage", "127.0.0.1"),
        ("127.0.0.1", "192.0.2.1, [2001:db8::1]:443", "2001:db8::1"),
        ("192.0.2.50", "1.1.1.1", "192.0.2.50"),  # not a proxy: header ignored
    ],
)
def test_client_address_behind_trusted_proxies(peer, forwarded, client):
    middleware = TrustedProxies(None, parse_networks("127.0.0.1, 10.0.0.0/8"))
    assert middleware.client_address(peer, forwarded) == client


def test_a_bad_trusted_proxy_is_a_clear_error():
    with pytest.raises(ValueError, match="'nginx' is not an IP address"):
        parse_networks("127.0.0.1, nginx")


@pytest.mark.parametrize("store", ["sqlite"] + (["redis"] if REDIS_URL else []))
def test_the_sign_in_budget_holds_on_each_store(app_factory, make_user, tmp_path, store):
    make_user("ada")
    uri = REDIS_URL if store == "redis" else f"sqlite:///{tmp_path / 'shared-rl.sqlite3'}"
    app = app_factory(RATELIMIT_ENABLED=True, RATELIMIT_AUTH="3 per minute", RATELIMIT_STORAGE=uri)
    from t2m.extensions import limiter

    assert type(limiter.storage).__name__ == {"redis": "RedisStorage"}.get(store, "SQLiteStorage")
    limiter.storage.reset()
    client = app.test_client()
    statuses = [_attempt(client, "login").status_code for _ in range(5)]
    assert statuses == [401] * 3 + [429] * 2
    limiter.storage.reset()
