"""GET/PATCH /users/me."""

from __future__ import annotations

import pytest

from t2m.extensions import db
from t2m.models import User

from .conftest import PASSWORD, assert_error, row_counts

ME = "/api/v1/users/me"


@pytest.fixture
def ada(make_user):
    return make_user("ada")


@pytest.fixture
def headers(api, ada):
    return api.headers(ada)


def test_get_me(client, headers):
    r = client.get(ME, headers=headers)
    assert r.status_code == 200
    assert r.get_json()["data"]["username"] == "ada"
    assert "password_hash" not in r.get_json()["data"]


def test_patch_profile_fields(client, headers):
    r = client.patch(
        ME,
        headers=headers,
        json={
            "username": "Ada_L",
            "full_name": "Ada L.",
            "avatar_url": "https://example.com/a.png",
        },
    )
    assert r.status_code == 200
    data = r.get_json()["data"]
    assert (data["username"], data["full_name"], data["avatar_url"]) == (
        "Ada_L",
        "Ada L.",
        "https://example.com/a.png",
    )
    assert client.get(ME, headers=headers).get_json()["data"]["username"] == "Ada_L"


def test_change_password_needs_current_and_revokes_tokens(client, api, headers):
    before = db.session.scalar(db.select(User.password_hash))
    bad = client.patch(ME, headers=headers, json={"new_password": "another long one"})
    assert "current_password" in assert_error(bad, 422, "VALIDATION_ERROR")["details"]
    wrong = client.patch(
        ME,
        headers=headers,
        json={"new_password": "another long one", "current_password": "not it at all"},
    )
    assert "current_password" in assert_error(wrong, 422, "VALIDATION_ERROR")["details"]
    assert db.session.scalar(db.select(User.password_hash)) == before

    ok = client.patch(
        ME, headers=headers, json={"new_password": "another long one", "current_password": PASSWORD}
    )
    assert ok.status_code == 200
    # Tokens issued before the change are dead; the new password works.
    assert_error(client.get(ME, headers=headers), 401, "AUTH_INVALID")
    assert (
        client.get(
            ME, headers=api.headers(api.login("ada", "another long one")["token"])
        ).status_code
        == 200
    )
    r = client.post("/api/v1/auth/login", json={"username": "ada", "password": PASSWORD})
    assert_error(r, 401, "AUTH_INVALID")


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"username": "no"}, "username"),
        ({"username": "bad name"}, "username"),
        ({"avatar_url": "javascript:alert(1)"}, "avatar_url"),
        ({"avatar_url": "ftp://example.com/a.png"}, "avatar_url"),
        ({"avatar_url": "https://" + "a" * 2050}, "avatar_url"),
        ({"full_name": "x" * 101}, "full_name"),
        ({"full_name": "bell\x07"}, "full_name"),
        ({"new_password": "short", "current_password": PASSWORD}, "new_password"),
        ({"email": "new@example.com"}, "email"),
        ({"role": "ADMIN"}, "role"),
    ],
)
def test_patch_rejects_bad_fields(client, headers, body, field):
    before = row_counts()
    snapshot = client.get(ME, headers=headers).get_json()["data"]
    error = assert_error(client.patch(ME, headers=headers, json=body), 422, "VALIDATION_ERROR")
    assert field in error["details"], error
    assert row_counts() == before
    assert client.get(ME, headers=headers).get_json()["data"] == snapshot


def test_patch_username_taken(client, headers, make_user):
    make_user("bob")
    assert_error(client.patch(ME, headers=headers, json={"username": "BOB"}), 409, "CONFLICT")
    assert client.get(ME, headers=headers).get_json()["data"]["username"] == "ada"


def test_patch_own_username_case_change(client, headers):
    r = client.patch(ME, headers=headers, json={"username": "ADA"})
    assert r.status_code == 200
    assert r.get_json()["data"]["username"] == "ADA"


def test_clear_optional_fields(client, headers):
    client.patch(ME, headers=headers, json={"full_name": "Ada"})
    r = client.patch(ME, headers=headers, json={"full_name": None})
    assert r.get_json()["data"]["full_name"] is None


def test_users_me_needs_auth(client):
    assert_error(client.get(ME), 401, "AUTH_REQUIRED")
    assert_error(client.patch(ME, json={"full_name": "x"}), 401, "AUTH_REQUIRED")
