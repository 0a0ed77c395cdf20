"""The auth API: register, login, OAuth2 token, refresh rotation, logout,
status endpoints, e-mail verification, and the bad input around them."""

from __future__ import annotations

import email
import email.policy
import time
from datetime import timedelta
from pathlib import Path

import pytest
from flask_jwt_extended import create_access_token, decode_token

from t2m.extensions import db
from t2m.models import User

from .conftest import PASSWORD, assert_error, row_counts

REGISTER = "/api/v1/auth/register"
LOGIN = "/api/v1/auth/login"


def register(client, **fields):
    body = {"email": "ada@example.com", "username": "ada", "password": PASSWORD}
    body.update(fields)
    return client.post(REGISTER, json=body)


# ---- register -------------------------------------------------------------


def _login(client, username="ada", password=PASSWORD):
    r = client.post(LOGIN, json={"username": username, "password": password})
    assert r.status_code == 200, r.get_json()
    return r.get_json()["data"]


def _mails(app) -> list:
    folder = Path(app.config["INSTANCE_PATH"]) / "outbox"
    return [
        email.message_from_bytes(p.read_bytes(), policy=email.policy.default)
        for p in sorted(folder.glob("*.eml"))
    ]


def test_register_creates_account_then_sign_in(client):
    r = register(client, full_name="Ada Lovelace")
    assert r.status_code == 202
    body = r.get_json()
    assert body["success"] is True
    assert body["data"] == {"email": "ada@example.com", "username": "ada"}
    assert "access_token" not in body["data"]
    data = _login(client)
    assert data["user"]["username"] == "ada"
    assert data["user"]["email_verified"] is False
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {data['token']}"})
    assert me.get_json()["data"]["full_name"] == "Ada Lovelace"
    user = db.session.scalar(db.select(User))
    assert user.password_hash.startswith("$argon2id$")
    assert PASSWORD not in user.password_hash


def test_register_normalises_email_case(client):
    r = register(client, email="Ada@Example.COM")
    assert r.get_json()["data"]["email"] == "ada@example.com"
    assert _login(client)["user"]["email"] == "ada@example.com"


def test_register_with_a_registered_email_answers_like_a_new_one(app, client):
    """Sign-up does not tell whether an address has an account: the same status
    and body, no account made, and the address's owner is told by mail."""
    new = register(client, email="new@example.com", username="newcomer")
    assert register(client).status_code == 202  # ada@example.com, now registered
    before = row_counts()
    mails_before = len(_mails(app))
    taken = register(client, username="mallory", password="another password")
    assert taken.status_code == new.status_code == 202
    # The same answer but for the address and username each echoes back.
    same = lambda body: {**body, "data": None, "meta": None}  # noqa: E731
    assert same(taken.get_json()) == same(new.get_json())
    assert new.get_json()["data"] == {"email": "new@example.com", "username": "newcomer"}
    assert taken.get_json()["data"] == {"email": "ada@example.com", "username": "mallory"}
    assert row_counts() == before
    # No account "mallory"; ada's password is unchanged.
    assert_error(
        client.post(LOGIN, json={"username": "mallory", "password": "another password"}),
        401,
        "AUTH_INVALID",
    )
    _login(client)
    mails = _mails(app)
    assert len(mails) == mails_before + 1
    notice = mails[-1]
    assert notice["To"] == "ada@example.com"
    assert "tried" in notice["Subject"]
    text = notice.get_content()
    assert "ada" in text
    assert "another password" not in text
    assert "/login" in text


@pytest.mark.parametrize(
    ("fields", "bad_field"),
    [
        ({"email": "not-an-email"}, "email"),
        ({"email": "a@b"}, "email"),
        ({"username": "x"}, "username"),
        ({"username": "has space"}, "username"),
        ({"username": "../../etc/passwd"}, "username"),
        ({"username": "ünïcødé"}, "username"),
        ({"username": "a" * 33}, "username"),
        ({"password": "short"}, "password"),
        ({"password": "p" * 129}, "password"),
        ({"full_name": "x" * 101}, "full_name"),
        ({"full_name": "nul\x00byte"}, "full_name"),
        ({"email": "a" * 300 + "@example.com"}, "email"),
        ({"email": 42}, "email"),
        ({"password": None}, "password"),
        ({"role": "ADMIN"}, "role"),
    ],
)
def test_register_rejects_bad_fields(client, fields, bad_field):
    before = row_counts()
    error = assert_error(register(client, **fields), 422, "VALIDATION_ERROR")
    assert bad_field in error["details"], error
    assert row_counts() == before


def test_register_missing_fields(client):
    before = row_counts()
    error = assert_error(client.post(REGISTER, json={}), 422, "VALIDATION_ERROR")
    assert set(error["details"]) == {"email", "username", "password"}
    assert row_counts() == before


def test_register_accepts_unicode_full_name(client):
    r = register(client, full_name="Zoë Ñandú 李雷 🎬")
    assert r.status_code == 202
    assert _login(client)["user"]["full_name"] == "Zoë Ñandú 李雷 🎬"


@pytest.mark.parametrize("dup", [{"username": "ADA", "email": "other@example.com"}, {}])
def test_a_taken_username_is_a_conflict(client, dup):
    """Usernames are public: a taken one is said so, whatever the address."""
    assert register(client).status_code == 202
    before = row_counts()
    error = assert_error(register(client, **dup), 409, "CONFLICT")
    assert set(error["details"]) == {"username"}
    assert row_counts() == before


@pytest.mark.parametrize(
    ("data", "content_type"),
    [
        (b'{"email": "ada@example.com", ', "application/json"),
        (b"\xff\xfe not utf-8", "application/json"),
        (b"", "application/json"),
        (b"email=ada@example.com", "application/x-www-form-urlencoded"),
        (b'{"email": "ada@example.com"}', "text/plain"),
    ],
)
def test_register_malformed_body(client, data, content_type):
    before = row_counts()
    assert_error(
        client.post(REGISTER, data=data, content_type=content_type), 400, "VALIDATION_ERROR"
    )
    assert row_counts() == before


def test_register_body_must_be_object(client):
    error = assert_error(client.post(REGISTER, json=[1, 2]), 422, "VALIDATION_ERROR")
    assert "body" in error["details"]


def test_register_oversized_body(client):
    before = row_counts()
    huge = "x" * (1024 * 1024 + 10)
    r = client.post(
        REGISTER,
        json={"email": "a@example.com", "username": "ada", "password": PASSWORD, "full_name": huge},
    )
    assert_error(r, 413, "REQUEST_TOO_LARGE")
    assert row_counts() == before


def test_body_over_upload_limit_is_413_envelope(app_factory):
    app = app_factory(MAX_UPLOAD_MB=1)
    client = app.test_client()
    r = client.post("/api/v1/auth/token", data={"username": "ada", "password": "x" * (2 << 20)})
    error = assert_error(r, 413, "FILE_TOO_LARGE")
    assert "1 MB" in error["message"]


# ---- login ----------------------------------------------------------------


def test_login_with_username_or_email(client, make_user):
    make_user("ada")
    for ident in ("ada", "ADA", "ada@example.com"):
        r = client.post(LOGIN, json={"username": ident, "password": PASSWORD})
        assert r.status_code == 200, r.get_json()
        data = r.get_json()["data"]
        assert data["user"]["username"] == "ada"
        assert data["refresh_token"] != data["access_token"]
    r = client.post(LOGIN, json={"email": "ada@example.com", "password": PASSWORD})
    assert r.status_code == 200
    assert db.session.scalar(db.select(User.last_login_at)) is not None


def test_login_tokens_have_documented_lifetimes(app, client, make_user):
    make_user("ada")
    data = client.post(LOGIN, json={"username": "ada", "password": PASSWORD}).get_json()["data"]
    access = decode_token(data["access_token"])
    refresh = decode_token(data["refresh_token"])
    assert access["exp"] - access["iat"] == 3600
    assert refresh["exp"] - refresh["iat"] == 30 * 24 * 3600


def test_wrong_password_and_unknown_user_look_the_same(client, make_user):
    make_user("ada")
    wrong = client.post(LOGIN, json={"username": "ada", "password": "wrong password"})
    unknown = client.post(LOGIN, json={"username": "nobody", "password": "wrong password"})
    e1 = assert_error(wrong, 401, "AUTH_INVALID")
    e2 = assert_error(unknown, 401, "AUTH_INVALID")
    assert e1 == e2


def test_login_timing_does_not_reveal_accounts(app_factory, make_user):
    """Both paths do one Argon2 verification at the production cost (which
    dominates the time taken): their medians are within 2x."""
    app = app_factory(PASSWORD_TIME_COST=3, PASSWORD_MEMORY_KIB=65536, PASSWORD_PARALLELISM=4)
    client = app.test_client()
    with app.app_context():
        make_user("ada")

    def median(username):
        times = []
        for _ in range(5):
            start = time.perf_counter()
            client.post(LOGIN, json={"username": username, "password": "wrong password"})
            times.append(time.perf_counter() - start)
        return sorted(times)[2]

    known, unknown = median("ada"), median("nobody-at-all")
    assert 0.5 < known / unknown < 2.0, (known, unknown)


@pytest.mark.parametrize(
    "body",
    [
        {},
        {"username": "ada"},
        {"password": PASSWORD},
        {"username": "", "password": PASSWORD},
        {"username": "ada", "password": PASSWORD, "extra": 1},
        {"username": 1, "password": 2},
    ],
)
def test_login_bad_bodies(client, make_user, body):
    make_user("ada")
    before = row_counts()
    assert_error(client.post(LOGIN, json=body), 422, "VALIDATION_ERROR")
    assert row_counts() == before


# ---- OAuth2 token -----------------------------------------------------------


def test_oauth2_token_endpoint(client, make_user):
    make_user("ada")
    r = client.post(
        "/api/v1/auth/token",
        data={"username": "ada", "password": PASSWORD, "grant_type": "password"},
    )
    assert r.status_code == 200
    body = r.get_json()
    assert set(body) == {"access_token", "token_type"}
    assert body["token_type"] == "bearer"
    me = client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {body['access_token']}"})
    assert me.status_code == 200


def test_oauth2_token_wrong_password(client, make_user):
    make_user("ada")
    r = client.post("/api/v1/auth/token", data={"username": "ada", "password": "nope"})
    assert r.status_code == 401
    assert r.get_json() == {"detail": "Incorrect username or password"}


def test_oauth2_token_needs_form(client):
    assert_error(
        client.post("/api/v1/auth/token", json={"username": "a", "password": "b"}),
        400,
        "VALIDATION_ERROR",
    )
    assert_error(client.post("/api/v1/auth/token", data={"username": "a"}), 422, "VALIDATION_ERROR")


# ---- refresh and logout -----------------------------------------------------


def test_refresh_rotates_and_refuses_reuse(client, api, make_user):
    make_user("ada")
    first = api.login("ada")
    r = client.post(
        "/api/v1/auth/refresh", headers={"Authorization": f"Bearer {first['refresh_token']}"}
    )
    assert r.status_code == 200
    second = r.get_json()["data"]
    assert second["refresh_token"] != first["refresh_token"]
    assert (
        client.get("/api/v1/auth/me", headers=api.headers(second["access_token"])).status_code
        == 200
    )
    # The old refresh token is dead; using it again revokes the whole family.
    again = client.post(
        "/api/v1/auth/refresh", headers={"Authorization": f"Bearer {first['refresh_token']}"}
    )
    assert_error(again, 401, "AUTH_INVALID")
    assert_error(
        client.get("/api/v1/auth/me", headers=api.headers(second["access_token"])),
        401,
        "AUTH_INVALID",
    )
    assert_error(
        client.post(
            "/api/v1/auth/refresh", headers={"Authorization": f"Bearer {second['refresh_token']}"}
        ),
        401,
        "AUTH_INVALID",
    )


def test_access_and_refresh_tokens_are_not_interchangeable(client, api, make_user):
    make_user("ada")
    tokens = api.login("ada")
    err = assert_error(
        client.get("/api/v1/auth/me", headers=api.headers(tokens["refresh_token"])),
        401,
        "AUTH_INVALID",
    )
    assert "access" in err["message"]
    err = assert_error(
        client.post("/api/v1/auth/refresh", headers=api.headers(tokens["access_token"])),
        401,
        "AUTH_INVALID",
    )
    assert "refresh" in err["message"]


def test_logout_revokes_access_and_refresh(client, api, make_user):
    make_user("ada")
    tokens = api.login("ada")
    r = client.post("/api/v1/auth/logout", headers=api.headers(tokens["access_token"]))
    assert r.status_code == 200
    assert_error(
        client.get("/api/v1/auth/me", headers=api.headers(tokens["access_token"])),
        401,
        "AUTH_INVALID",
    )
    assert_error(
        client.post("/api/v1/auth/refresh", headers=api.headers(tokens["refresh_token"])),
        401,
        "AUTH_INVALID",
    )
    # Signing in again works.
    assert (
        client.get(
            "/api/v1/auth/me", headers=api.headers(api.login("ada")["access_token"])
        ).status_code
        == 200
    )


@pytest.mark.parametrize(
    ("header", "code"),
    [
        (None, "AUTH_REQUIRED"),
        ("Bearer garbage", "AUTH_INVALID"),
        ("Bearer ", "AUTH_INVALID"),
        ("Basic YWRhOnB3", "AUTH_INVALID"),
        ("Bearer a.b.c", "AUTH_INVALID"),
        ("Bearer t2m_notakey", "AUTH_INVALID"),
    ],
)
def test_bad_credentials_use_the_envelope(client, header, code):
    headers = {"Authorization": header} if header else {}
    r = client.get("/api/v1/auth/me", headers=headers)
    error = assert_error(r, 401, code)
    assert "msg" not in r.get_json()
    assert error["message"]


def test_expired_token(app, client, make_user):
    user = make_user("ada")
    token = create_access_token(
        identity=str(user.id), additional_claims={"ver": 0}, expires_delta=timedelta(seconds=-10)
    )
    assert_error(
        client.get("/api/v1/auth/me", headers={"Authorization": f"Bearer {token}"}),
        401,
        "AUTH_EXPIRED",
    )


def test_wrongly_signed_token(app_factory, make_user):
    user = make_user("ada")
    other = app_factory(JWT_SECRET="another-secret-entirely-" + "x" * 20)
    with other.app_context():
        forged = create_access_token(identity=str(user.id), additional_claims={"ver": 0})
    client = other.test_client()
    # `other` shares the database but the real app's secret differs.
    real = app_factory()
    r = real.test_client().get("/api/v1/auth/me", headers={"Authorization": f"Bearer {forged}"})
    assert_error(r, 401, "AUTH_INVALID")
    assert client  # the forging app is only used to sign


def test_token_of_deleted_user(client, api, make_user):
    user = make_user("ada")
    token = api.login("ada")["access_token"]
    db.session.delete(user)
    db.session.commit()
    assert_error(client.get("/api/v1/auth/me", headers=api.headers(token)), 401, "AUTH_INVALID")


# ---- status endpoints -------------------------------------------------------


def test_auth_health_is_public(client):
    r = client.get("/api/v1/auth/health")
    assert r.status_code == 200
    assert r.get_json()["data"]["status"] == "ok"


def test_status_anonymous_and_authenticated(client, api, make_user):
    anon = client.get("/api/v1/auth/status", headers={"User-Agent": "t2m-test"})
    data = anon.get_json()["data"]
    assert data["authenticated"] is False
    assert data["user"] is None
    assert data["request_context"]["user_agent"] == "t2m-test"
    assert data["request_context"]["request_id"] == anon.headers["X-Request-ID"]
    make_user("ada")
    authed = client.get("/api/v1/auth/status", headers=api.headers(api.login("ada")["token"]))
    assert authed.get_json()["data"]["authenticated"] is True
    assert authed.get_json()["data"]["user"]["username"] == "ada"
    assert_error(
        client.get("/api/v1/auth/status", headers={"Authorization": "Bearer junk"}),
        401,
        "AUTH_INVALID",
    )


def test_permissions_by_role(client, api, make_user):
    make_user("ada")
    make_user("root", role="ADMIN")
    user = client.get("/api/v1/auth/permissions", headers=api.headers(api.login("ada")["token"]))
    admin = client.get("/api/v1/auth/permissions", headers=api.headers(api.login("root")["token"]))
    assert user.get_json()["data"]["access_level"] == "user"
    assert "admin" not in user.get_json()["data"]["permissions"]
    assert admin.get_json()["data"]["access_level"] == "admin"
    assert admin.get_json()["data"]["role"] == "ADMIN"
    assert "admin" in admin.get_json()["data"]["permissions"]


def test_test_protected_and_test_verified(client, api, make_user):
    make_user("ada")
    make_user("vera", verified=True)
    assert_error(client.get("/api/v1/auth/test-protected"), 401, "AUTH_REQUIRED")
    ada = api.headers(api.login("ada")["token"])
    assert client.get("/api/v1/auth/test-protected", headers=ada).status_code == 200
    assert_error(client.get("/api/v1/auth/test-verified", headers=ada), 403, "PERMISSION_DENIED")
    vera = api.headers(api.login("vera")["token"])
    r = client.get("/api/v1/auth/test-verified", headers=vera)
    assert r.status_code == 200
    assert r.get_json()["data"]["username"] == "vera"


# ---- e-mail verification ----------------------------------------------------


def _token_from_outbox(app) -> str:
    outbox = sorted((Path(app.config["INSTANCE_PATH"]) / "outbox").glob("*.eml"))
    assert outbox, "no verification mail was written"
    message = email.message_from_bytes(outbox[-1].read_bytes(), policy=email.policy.default)
    lines = message.get_content().splitlines()
    return lines[lines.index("Or send this token to POST /api/v1/auth/verify:") + 1].strip()


def test_verify_email_with_mailed_token(app, client, api):
    register(client)
    data = _login(client)
    token = _token_from_outbox(app)
    r = client.post("/api/v1/auth/verify", json={"token": token})
    assert r.status_code == 200
    assert r.get_json()["data"]["email_verified"] is True
    headers = api.headers(data["access_token"])
    assert client.get("/api/v1/auth/test-verified", headers=headers).status_code == 200


@pytest.mark.parametrize("token", ["garbage", "x" * 999, "eyJ1aWQiOjF9.tampered.sig"])
def test_verify_email_bad_tokens(app, client, token):
    register(client)
    before = row_counts()
    error = assert_error(
        client.post("/api/v1/auth/verify", json={"token": token}), 422, "VALIDATION_ERROR"
    )
    assert "token" in error["details"]
    assert row_counts() == before
    assert db.session.scalar(db.select(User.email_verified)) is False


def test_verify_token_for_changed_email_is_refused(app, client):
    register(client)
    token = _token_from_outbox(app)
    user = db.session.scalar(db.select(User))
    user.email = "changed@example.com"
    db.session.commit()
    assert_error(client.post("/api/v1/auth/verify", json={"token": token}), 422, "VALIDATION_ERROR")


# ---- rate limiting ----------------------------------------------------------


def test_login_is_rate_limited(app_factory, make_user):
    make_user("ada")
    app = app_factory(RATELIMIT_ENABLED=True, RATELIMIT_AUTH="3 per minute")
    client = app.test_client()
    for _ in range(3):
        client.post(LOGIN, json={"username": "ada", "password": "wrong password"})
    r = client.post(LOGIN, json={"username": "ada", "password": PASSWORD})
    assert_error(r, 429, "RATE_LIMIT_EXCEEDED")
    assert int(r.headers["Retry-After"]) > 0
