"""CORS on the JSON API: only the origins in ``T2M_CORS_ORIGINS``, preflights
answered without auth, the client headers exposed, never on pages, never with
credentials; the origin list is validated when the config is read."""

from __future__ import annotations

import os

import pytest

from t2m.config import Config
from t2m.cors import ALLOW_HEADERS, EXPOSE_HEADERS, MAX_AGE, origin_allowed

APP = "https://app.example.com"
ADMIN = "http://localhost:5173"
ORIGINS = f"{APP}, {ADMIN}"
EVIL = "https://evil.example"
ACAO = "Access-Control-Allow-Origin"
ACAC = "Access-Control-Allow-Credentials"
HEALTH = "/api/v1/auth/health"


def cors_headers(response) -> dict[str, str]:
    return {k: v for k, v in response.headers.items() if k.lower().startswith("access-control-")}


def listed(value: str | None) -> set[str]:
    return {part.strip().lower() for part in (value or "").split(",") if part.strip()}


def preflight(client, path: str, method: str, origin: str = APP, headers: str | None = None):
    request_headers = {"Origin": origin, "Access-Control-Request-Method": method}
    if headers:
        request_headers["Access-Control-Request-Headers"] = headers
    return client.options(path, headers=request_headers)


@pytest.fixture
def client(app_factory):
    return app_factory(CORS_ORIGINS=ORIGINS).test_client()


@pytest.mark.parametrize("origin", [APP, ADMIN])
def test_a_listed_origin_is_echoed_with_the_exposed_headers(client, origin):
    r = client.get(HEALTH, headers={"Origin": origin})
    assert r.status_code == 200
    assert r.headers[ACAO] == origin
    assert "origin" in listed(r.headers.get("Vary"))
    assert listed(r.headers["Access-Control-Expose-Headers"]) == {h.lower() for h in EXPOSE_HEADERS}
    for header in ("X-Request-ID", "Retry-After", "X-RateLimit-Remaining", "Upload-Offset"):
        assert header.lower() in listed(r.headers["Access-Control-Expose-Headers"])
    assert ACAC not in r.headers


def test_error_envelopes_are_readable_cross_origin(client):
    r = client.get("/api/v1/auth/me", headers={"Origin": APP})
    assert r.status_code == 401
    assert r.headers[ACAO] == APP
    assert r.get_json()["error"]["code"] == "AUTH_REQUIRED"


@pytest.mark.parametrize(
    "origin",
    [
        EVIL,
        "null",  # sandboxed documents (our own served HTML/SVG/PDF) and file: pages
        "https://app.example.com.evil.net",  # the listed origin as a prefix
        "https://app.example.co",
        "http://app.example.com",  # another scheme
        "https://app.example.com:8443",  # another port
        "http://localhost:5174",
    ],
)
def test_an_unlisted_origin_gets_no_cors_headers(client, origin):
    r = client.get(HEALTH, headers={"Origin": origin})
    assert r.status_code == 200
    assert cors_headers(r) == {}
    # Caches must not hand a listed origin's answer to this one, or back.
    assert "origin" in listed(r.headers.get("Vary"))
    pre = preflight(client, "/api/v1/files/1", "DELETE", origin, "Authorization")
    assert cors_headers(pre) == {}


def test_no_origin_no_cors_headers(client):
    assert cors_headers(client.get(HEALTH)) == {}


def test_by_default_no_origin_is_allowed(app_factory):
    app = app_factory()
    assert app.config["CORS_ORIGINS"] == []
    client = app.test_client()
    for origin in (APP, EVIL, "null"):
        assert cors_headers(client.get(HEALTH, headers={"Origin": origin})) == {}
        pre = preflight(client, "/api/v1/users/me", "PATCH", origin, "Authorization")
        assert cors_headers(pre) == {}
    with app.test_request_context():
        assert not origin_allowed(APP)


@pytest.mark.parametrize(
    ("path", "method"),
    [("/api/v1/users/me", "PATCH"), ("/api/v1/files/1", "DELETE"), ("/api/v1/jobs/1", "DELETE")],
)
def test_preflight_is_answered_without_credentials(client, path, method):
    r = preflight(client, path, method, headers="Authorization, Content-Type, Idempotency-Key")
    assert r.status_code in (200, 204), r.get_data(as_text=True)
    assert r.headers[ACAO] == APP
    methods = listed(r.headers["Access-Control-Allow-Methods"])
    assert {"get", "head", "post", "put", "patch", "delete", "options"} <= methods
    assert listed(r.headers["Access-Control-Allow-Headers"]) == {
        "authorization",
        "content-type",
        "idempotency-key",
    }
    assert r.headers["Access-Control-Max-Age"] == str(MAX_AGE)
    assert ACAC not in r.headers


def test_preflight_allows_the_headers_clients_send_and_no_others(client):
    asked = ", ".join([*ALLOW_HEADERS, "X-Forwarded-For", "Cookie"])
    r = preflight(client, "/api/v1/files/upload", "POST", headers=asked)
    assert r.status_code in (200, 204)
    allowed = listed(r.headers["Access-Control-Allow-Headers"])
    assert allowed == {h.lower() for h in ALLOW_HEADERS}
    for header in ("x-api-key", "tus-resumable", "upload-offset", "upload-metadata"):
        assert header in allowed


def test_preflight_is_not_rate_limited(app_factory):
    client = app_factory(
        CORS_ORIGINS=ORIGINS, RATELIMIT_ENABLED=True, RATELIMIT_AUTH="2 per minute"
    ).test_client()
    for _ in range(5):
        r = preflight(client, "/api/v1/auth/login", "POST", headers="Content-Type")
        assert r.status_code in (200, 204)
        assert r.headers[ACAO] == APP


@pytest.mark.parametrize("path", ["/", "/login", "/library", "/metrics", "/static/app.css"])
def test_pages_never_get_cors_headers(client, path):
    assert cors_headers(client.get(path, headers={"Origin": APP})) == {}
    assert cors_headers(preflight(client, path, "POST", headers="Content-Type")) == {}


def test_a_wildcard_allows_every_origin_but_never_credentials(app_factory):
    app = app_factory(CORS_ORIGINS="*", CORS_SUPPORTS_CREDENTIALS=True)
    client = app.test_client()
    for origin in (APP, EVIL):
        r = client.get(HEALTH, headers={"Origin": origin})
        assert r.headers[ACAO] == "*"
        assert ACAC not in r.headers
        pre = preflight(client, "/api/v1/users/me", "PATCH", origin, "Authorization")
        assert pre.headers[ACAO] == "*"
        assert ACAC not in pre.headers
    assert cors_headers(client.get("/login", headers={"Origin": APP})) == {}
    with app.test_request_context():
        assert origin_allowed(EVIL)
        assert not origin_allowed("")


def test_origin_allowed_reads_the_same_list(app_factory):
    app = app_factory(CORS_ORIGINS=ORIGINS)
    with app.test_request_context():
        assert origin_allowed(APP)
        assert origin_allowed("HTTPS://App.Example.com:443")  # as a browser would send it
        assert origin_allowed(ADMIN)
        for origin in (EVIL, "null", "", None, f"{APP}/", f"{APP}.evil.net", "http://localhost"):
            assert not origin_allowed(origin)


# ---- the setting -------------------------------------------------------------


@pytest.fixture
def config(monkeypatch, tmp_path):
    """Read the configuration with only the given ``T2M_CORS_ORIGINS``."""
    for name in list(os.environ):
        if name.startswith("T2M_"):
            monkeypatch.delenv(name)
    monkeypatch.chdir(tmp_path)

    def read(value: str) -> dict:
        monkeypatch.setenv("T2M_CORS_ORIGINS", value)
        return Config.from_env({"INSTANCE_PATH": str(tmp_path / "instance")})

    return read


@pytest.mark.parametrize(
    ("value", "origins"),
    [
        ("", []),
        (" , ", []),
        ("https://app.example.com", ["https://app.example.com"]),
        (
            "HTTPS://App.Example.com:443, http://localhost:5173,https://app.example.com",
            ["https://app.example.com", "http://localhost:5173"],
        ),
        ("http://127.0.0.1:8080", ["http://127.0.0.1:8080"]),
        ("http://[::1]:8080", ["http://[::1]:8080"]),
        ("http://example.com:80", ["http://example.com"]),
        ("capacitor://localhost", ["capacitor://localhost"]),
        ("*", ["*"]),
    ],
)
def test_origins_are_parsed_and_normalized(config, value, origins):
    assert config(value)["CORS_ORIGINS"] == origins


@pytest.mark.parametrize(
    "bad",
    [
        "app.example.com",
        "https://app.example.com/",
        "https://app.example.com/api",
        "https://app.example.com?x=1",
        "https://user@app.example.com",
        "https://*.example.com",
        "https://app.example.com:99999",
        "https://app.example.com:",
        "http://[zz::1]",
        "null",
        "//app.example.com",
        "https://app example.com",
    ],
)
def test_a_bad_origin_is_a_clear_error(config, bad):
    with pytest.raises(ValueError, match="T2M_CORS_ORIGINS") as info:
        config(f"https://ok.example.com, {bad}")
    assert repr(bad.strip()) in str(info.value)
    assert "scheme://host[:port]" in str(info.value)


def test_a_wildcard_is_listed_alone(config):
    with pytest.raises(ValueError, match=r"T2M_CORS_ORIGINS: \* already allows every origin"):
        config("*, https://app.example.com")
