"""Every /api/v1 answer uses the envelope, with a request id, whatever went wrong."""

from __future__ import annotations

import pytest

from .conftest import assert_error


def test_success_envelope_shape(client):
    r = client.get("/api/v1/auth/health")
    body = r.get_json()
    assert set(body) == {"success", "data", "message", "meta"}
    assert body["success"] is True
    assert body["meta"]["request_id"].startswith("req_")
    assert body["meta"]["request_id"] == r.headers["X-Request-ID"]
    assert body["meta"]["timestamp"].endswith("Z")


def test_client_request_id_is_echoed(client):
    r = client.get("/api/v1/auth/health", headers={"X-Request-ID": "abc-123"})
    assert r.headers["X-Request-ID"] == "abc-123"
    assert r.get_json()["meta"]["request_id"] == "abc-123"


@pytest.mark.parametrize("bad", ["x" * 200, "<script>", "a b"])
def test_hostile_request_id_is_replaced(client, bad):
    r = client.get("/api/v1/auth/health", headers={"X-Request-ID": bad})
    assert r.headers["X-Request-ID"].startswith("req_")


def test_pages_carry_request_id_too(client):
    assert client.get("/login").headers["X-Request-ID"].startswith("req_")


def test_unknown_endpoint_is_404_envelope(client):
    assert_error(client.get("/api/v1/definitely/not/here"), 404, "RESOURCE_NOT_FOUND")


def test_wrong_method_is_405_envelope(client):
    r = client.delete("/api/v1/auth/login")
    assert_error(r, 405, "METHOD_NOT_ALLOWED")
    assert "POST" in r.headers["Allow"]


def test_unhandled_exception_is_500_envelope_without_trace(app_factory):
    app = app_factory(PROPAGATE_EXCEPTIONS=False)

    @app.get("/api/v1/_boom")
    def boom():
        raise RuntimeError("secret internal detail: SELECT * FROM users")

    r = app.test_client().get("/api/v1/_boom")
    error = assert_error(r, 500, "SERVER_ERROR")
    text = r.get_data(as_text=True)
    assert "secret internal detail" not in text
    assert "SELECT" not in text
    assert error["message"]


def test_database_error_does_not_leak_sql(app_factory):
    app = app_factory(PROPAGATE_EXCEPTIONS=False)

    @app.get("/api/v1/_sql")
    def sql():
        from sqlalchemy import text

        from t2m.extensions import db

        db.session.execute(text("SELECT * FROM no_such_table"))

    r = app.test_client().get("/api/v1/_sql")
    assert_error(r, 500, "SERVER_ERROR")
    assert "no_such_table" not in r.get_data(as_text=True)


def test_unauthorized_has_www_authenticate(client):
    r = client.get("/api/v1/auth/me")
    assert_error(r, 401, "AUTH_REQUIRED")
    assert r.headers["WWW-Authenticate"].startswith("Bearer")
