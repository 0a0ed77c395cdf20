"""API keys: created once-shown, stored hashed, scoped, expiring, revocable."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from t2m.errors import PermissionDenied
from t2m.extensions import db
from t2m.models import ApiKey

from .conftest import assert_error, row_counts

KEYS = "/api/v1/auth/api-keys"


@pytest.fixture
def ada(make_user):
    return make_user("ada")


@pytest.fixture
def ada_headers(api, ada):
    return api.headers(ada)


def create_key(client, headers, **fields):
    body = {"name": "ci", "scopes": ["files:read"]}
    body.update(fields)
    return client.post(KEYS, json=body, headers=headers)


def test_create_key_shows_it_once_and_stores_a_hash(client, ada_headers):
    r = create_key(client, ada_headers, scopes=["files:read", "jobs:read"])
    assert r.status_code == 201
    data = r.get_json()["data"]
    assert data["key"].startswith("t2m_")
    assert data["key"].startswith(data["prefix"])
    assert data["scopes"] == ["files:read", "jobs:read"]
    stored = db.session.scalar(db.select(ApiKey))
    assert data["key"] not in (stored.key_hash, stored.prefix)
    listed = client.get(KEYS, headers=ada_headers).get_json()["data"]
    assert [k["id"] for k in listed["items"]] == [data["id"]]
    assert "key" not in listed["items"][0]
    assert listed["pagination"]["total_items"] == 1


@pytest.mark.parametrize("how", ["x-api-key", "bearer"])
def test_key_authenticates(client, ada_headers, how):
    key = create_key(client, ada_headers).get_json()["data"]["key"]
    headers = {"X-API-Key": key} if how == "x-api-key" else {"Authorization": f"Bearer {key}"}
    r = client.get("/api/v1/auth/me", headers=headers)
    assert r.status_code == 200
    assert r.get_json()["data"]["username"] == "ada"
    status = client.get("/api/v1/auth/status", headers=headers).get_json()["data"]
    assert status["via"] == "api_key"
    perms = client.get("/api/v1/auth/permissions", headers=headers).get_json()["data"]
    assert perms["scopes"] == ["files:read"]


def test_revoked_key_stops_working(client, ada_headers):
    created = create_key(client, ada_headers).get_json()["data"]
    assert client.delete(f"{KEYS}/{created['id']}", headers=ada_headers).status_code == 200
    assert_error(
        client.get("/api/v1/auth/me", headers={"X-API-Key": created["key"]}), 401, "AUTH_INVALID"
    )
    assert client.get(KEYS, headers=ada_headers).get_json()["data"]["items"] == []


def test_expired_key(client, ada_headers):
    created = create_key(client, ada_headers).get_json()["data"]
    key = db.session.get(ApiKey, created["id"])
    key.expires_at = datetime.now(UTC) - timedelta(seconds=1)
    db.session.commit()
    assert_error(
        client.get("/api/v1/auth/me", headers={"X-API-Key": created["key"]}), 401, "AUTH_EXPIRED"
    )


def test_expiry_in_days(client, ada_headers):
    data = create_key(client, ada_headers, expires_in_days=7).get_json()["data"]
    expires = datetime.fromisoformat(data["expires_at"].replace("Z", "+00:00"))
    assert timedelta(days=6, hours=23) < expires - datetime.now(UTC) <= timedelta(days=7)


def test_key_cannot_log_out(client, ada_headers):
    key = create_key(client, ada_headers).get_json()["data"]["key"]
    assert_error(
        client.post("/api/v1/auth/logout", headers={"X-API-Key": key}), 403, "PERMISSION_DENIED"
    )


def test_missing_scope_is_403_naming_it(app, client, ada_headers):
    """A view that needs a scope the key lacks answers 403 naming the scope."""
    from t2m.auth import authenticate

    key = create_key(client, ada_headers, scopes=["files:read"]).get_json()["data"]["key"]
    with app.test_request_context("/api/v1/x", headers={"X-API-Key": key}):
        principal = authenticate()
        principal.require("files:read")
        with pytest.raises(PermissionDenied) as info:
            principal.require("jobs:write")
    err = info.value
    assert err.code == "PERMISSION_DENIED"
    assert err.status == 403
    assert "jobs:write" in err.message


def test_admin_scope_needs_admin_role(client, api, make_user, ada_headers):
    before = row_counts()
    assert_error(create_key(client, ada_headers, scopes=["admin"]), 403, "PERMISSION_DENIED")
    assert row_counts() == before
    make_user("root", role="ADMIN")
    r = create_key(client, api.headers(api.login("root")["token"]), scopes=["admin"])
    assert r.status_code == 201


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"scopes": []}, "scopes"),
        ({"scopes": ["files:delete"]}, "scopes.0"),
        ({"scopes": "files:read"}, "scopes"),
        ({"name": ""}, "name"),
        ({"name": "n" * 101}, "name"),
        ({"name": "tab\there"}, "name"),
        ({"expires_at": "2001-01-01T00:00:00Z"}, "expires_at"),
        ({"expires_at": "tomorrow"}, "expires_at"),
        ({"expires_in_days": 0}, "expires_in_days"),
        ({"expires_in_days": "7"}, "expires_in_days"),
    ],
)
def test_bad_key_requests(client, ada_headers, fields, field):
    before = row_counts()
    error = assert_error(create_key(client, ada_headers, **fields), 422, "VALIDATION_ERROR")
    assert field in error["details"], error
    assert row_counts() == before


def test_other_users_key_is_not_found(client, api, make_user, ada_headers):
    created = create_key(client, ada_headers).get_json()["data"]
    make_user("mallory")
    mallory = api.headers(api.login("mallory")["token"])
    assert_error(
        client.delete(f"{KEYS}/{created['id']}", headers=mallory), 404, "RESOURCE_NOT_FOUND"
    )
    assert client.get(KEYS, headers=mallory).get_json()["data"]["items"] == []
    # Still works for its owner.
    assert client.get("/api/v1/auth/me", headers={"X-API-Key": created["key"]}).status_code == 200


def test_unknown_key_id(client, ada_headers):
    assert_error(client.delete(f"{KEYS}/999999", headers=ada_headers), 404, "RESOURCE_NOT_FOUND")
    assert_error(client.delete(f"{KEYS}/abc", headers=ada_headers), 404, "RESOURCE_NOT_FOUND")


def test_listing_paginates(client, ada_headers):
    for n in range(5):
        create_key(client, ada_headers, name=f"k{n}")
    page = client.get(f"{KEYS}?page=2&items_per_page=2", headers=ada_headers).get_json()["data"]
    assert len(page["items"]) == 2
    assert page["pagination"] == {
        "page": 2,
        "items_per_page": 2,
        "total_items": 5,
        "total_pages": 3,
        "has_next": True,
        "has_previous": True,
        "next_page": 3,
        "previous_page": 1,
    }
    for bad in ("items_per_page=0", "items_per_page=101", "page=0", "page=x"):
        assert_error(client.get(f"{KEYS}?{bad}", headers=ada_headers), 422, "VALIDATION_ERROR")


def test_keys_need_authentication(client):
    assert_error(client.get(KEYS), 401, "AUTH_REQUIRED")
    assert_error(
        client.post(KEYS, json={"name": "x", "scopes": ["files:read"]}), 401, "AUTH_REQUIRED"
    )
