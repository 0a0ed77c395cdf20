"""Forgotten passwords, through the pages and the API: the same answer for
every address, a mailed link (read from the outbox) that works once and for an
hour, and, once used, every session, token and API key of the account gone."""

from __future__ import annotations

import re

import pytest

from t2m.extensions import db
from t2m.models import ApiKey, User

from .conftest import PASSWORD, assert_error, row_counts
from .test_web_account import flashes, outbox_messages, sign_in, signed_in_as

API = "/api/v1/auth"
NEW = "a brand new passphrase"
SAME_ANSWER = "If an account uses that address, we sent it a link to choose a new password."


def reset_link(app, address: str) -> str:
    mails = [m for m in outbox_messages(app) if m["To"] == address]
    assert mails, f"no mail to {address}"
    assert mails[-1]["Subject"] == "Reset your T2M password"
    return re.search(r"http://localhost(/reset/\S+)", mails[-1].get_content()).group(1)


@pytest.fixture
def ada(make_user):
    return make_user("ada", email="ada@example.com")


def test_the_api_mails_a_link_that_sets_a_new_password_once(app, client, ada, api):
    # Credentials that exist before: another device's tokens and an API key.
    tokens = api.login("ada")
    key = client.post(
        f"{API}/api-keys",
        headers={"Authorization": f"Bearer {tokens['access_token']}"},
        json={"name": "laptop", "scopes": ["files:read"]},
    ).get_json()["data"]["key"]
    assert client.get(f"{API}/me", headers={"X-API-Key": key}).status_code == 200

    known = client.post(f"{API}/forgot-password", json={"email": "ADA@example.com "})
    unknown = client.post(f"{API}/forgot-password", json={"email": "nobody@example.com"})
    for r in (known, unknown):  # nothing tells whether the address has an account
        assert r.status_code == 202
        assert r.get_json()["message"] == SAME_ANSWER
    assert [m["To"] for m in outbox_messages(app)] == ["ada@example.com"]
    token = reset_link(app, "ada@example.com").removeprefix("/reset/")

    r = client.post(f"{API}/reset-password", json={"token": token, "new_password": NEW})
    assert r.status_code == 200, r.get_data(True)
    assert r.get_json()["data"]["username"] == "ada"
    # The old password, the old tokens and the API key no longer work.
    assert_error(
        client.post(f"{API}/login", json={"username": "ada", "password": PASSWORD}),
        401,
        "AUTH_INVALID",
    )
    bearer = {"Authorization": f"Bearer {tokens['access_token']}"}
    assert client.get(f"{API}/me", headers=bearer).status_code == 401
    assert client.get(f"{API}/me", headers={"X-API-Key": key}).status_code == 401
    assert db.session.scalar(db.select(ApiKey).where(ApiKey.name == "laptop")).revoked_at
    assert client.post(f"{API}/login", json={"username": "ada", "password": NEW}).status_code == 200
    # The link worked once.
    again = client.post(f"{API}/reset-password", json={"token": token, "new_password": "x" * 12})
    error = assert_error(again, 422, "VALIDATION_ERROR")
    assert "already been used" in error["message"]


def test_an_hour_old_link_has_expired(app, client, ada, monkeypatch):
    from t2m.services.accounts import recovery

    with app.test_request_context():
        token = recovery.reset_token(ada)
    import itsdangerous.timed

    later = itsdangerous.timed.time.time() + recovery.RESET_MAX_AGE + 5
    monkeypatch.setattr(itsdangerous.timed.time, "time", lambda: later)
    r = client.post(f"{API}/reset-password", json={"token": token, "new_password": NEW})
    assert "expired" in assert_error(r, 422, "VALIDATION_ERROR")["message"]


@pytest.mark.parametrize(
    ("path", "body", "status"),
    [
        ("forgot-password", {"email": "not an address"}, 422),
        ("forgot-password", {"email": "ada@example.com\r\nBcc: x@evil.test"}, 422),
        ("forgot-password", {}, 422),
        ("forgot-password", {"email": "a@b.c", "extra": 1}, 422),
        ("reset-password", {"token": "nonsense", "new_password": NEW}, 422),
        ("reset-password", {"token": "x" * 1001, "new_password": NEW}, 422),
        ("reset-password", {"new_password": NEW}, 422),
        ("reset-password", {"token": "TOKEN", "new_password": "short"}, 422),
    ],
)
def test_bad_requests_change_nothing(app, client, ada, path, body, status):
    client.post(f"{API}/forgot-password", json={"email": "ada@example.com"})
    token = reset_link(app, "ada@example.com").removeprefix("/reset/")
    if body.get("token") == "TOKEN":
        body = {**body, "token": token}
    before, mails, hashed = row_counts(), len(outbox_messages(app)), ada.password_hash
    r = client.post(f"{API}/{path}", json=body)
    assert_error(r, status, "VALIDATION_ERROR")
    assert row_counts() == before
    assert len(outbox_messages(app)) == mails
    db.session.expire_all()
    assert db.session.get(User, ada.id).password_hash == hashed


def test_the_pages_forgot_reset_and_other_browsers_are_told_why(app, client, ada):
    other = app.test_client()  # another browser, signed in before the reset
    sign_in(other, "ada")
    assert signed_in_as(other) == "ada"

    login = client.get("/login").get_data(as_text=True)
    assert 'href="/forgot-password"' in login
    r = client.post("/forgot-password", data={"email": "ada@example.com"}, follow_redirects=True)
    assert ("info", SAME_ANSWER + " It works for one hour.") in flashes(r.get_data(True))
    r = client.post("/forgot-password", data={"email": "who@example.com"}, follow_redirects=True)
    assert ("info", SAME_ANSWER + " It works for one hour.") in flashes(r.get_data(True))
    link = reset_link(app, "ada@example.com")

    page = client.get(link).get_data(as_text=True)
    assert "For <strong>ada</strong>." in page
    bad = client.post(link, data={"new_password": "short"})
    assert bad.status_code == 422
    assert "Must be at least 8 characters." in bad.get_data(True)
    r = client.post(link, data={"new_password": NEW}, follow_redirects=True)
    html = r.get_data(as_text=True)
    assert any("Your password is changed" in m for _, m in flashes(html))
    assert sign_in(client, "ada", NEW).status_code in (302, 303)

    # The other browser is signed out, and told why.
    r = other.get("/library", follow_redirects=True)
    assert signed_in_as(other) is None
    assert (
        "info",
        "You were signed out because the password of this account was changed. "
        "Sign in with the new password.",
    ) in flashes(r.get_data(True))
    # The used link now says so, on the page that asks for a new one.
    r = client.get(link, follow_redirects=True)
    assert any("already been used" in m for _, m in flashes(r.get_data(True)))


def change_email(client, email, password=PASSWORD):
    return client.post(
        "/profile/email",
        data={"email": email, "password": password},
        headers={"HX-Request": "true"},
    )


def test_changing_the_email_address_takes_a_link_to_the_new_one(app, client, ada, make_user):
    sign_in(client, "ada")
    r = change_email(client, "ada.new@example.com")
    assert r.status_code == 200
    assert "We sent a link to ada.new@example.com" in r.get_data(as_text=True)
    assert db.session.get(User, ada.id).email == "ada@example.com"  # not yet
    mail = [m for m in outbox_messages(app) if m["To"] == "ada.new@example.com"][-1]
    link = re.search(r"http://localhost(/email/confirm/\S+)", mail.get_content()).group(1)
    r = client.get(link, follow_redirects=True)
    assert ("success", "Your e-mail address is now ada.new@example.com.") in flashes(
        r.get_data(as_text=True)
    )
    db.session.expire_all()
    assert db.session.get(User, ada.id).email == "ada.new@example.com"
    notice = [m for m in outbox_messages(app) if m["To"] == "ada@example.com"][-1]
    assert notice["Subject"] == "Your T2M e-mail address was changed"
    # The link worked once.
    r = client.get(link, follow_redirects=True)
    assert any("not valid" in m for _, m in flashes(r.get_data(as_text=True)))


def test_bad_email_changes_change_nothing(app, client, ada, make_user):
    make_user("bob", email="bob@example.com")
    sign_in(client, "ada")
    before = row_counts()
    for email, password, message in [
        ("not an address", PASSWORD, "e-mail"),
        ("ada@example.com", PASSWORD, "This is already your address."),
        ("x@example.com\r\nBcc: y@evil.test", PASSWORD, "e-mail"),
        ("ada2@example.com", "wrong password", "The password is not correct."),
    ]:
        r = change_email(client, email, password)
        assert message.lower() in r.get_data(as_text=True).lower(), (email, message)
        assert 'data-testid="email-sent"' not in r.get_data(as_text=True)
    # Bob's address: the same answer as any other, and Bob is told, not Ada.
    r = change_email(client, "bob@example.com")
    assert "We sent a link to bob@example.com" in r.get_data(as_text=True)
    mail = [m for m in outbox_messages(app) if m["To"] == "bob@example.com"][-1]
    assert mail["Subject"] == "Someone tried to use your address on T2M"
    assert "/email/confirm/" not in mail.get_content()
    assert row_counts() == before
    assert db.session.get(User, ada.id).email == "ada@example.com"
    r = client.get("/email/confirm/forged-token", follow_redirects=True)
    assert any("not valid" in m for _, m in flashes(r.get_data(as_text=True)))
