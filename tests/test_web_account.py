"""Account pages: register, sign in/out, profile, password, API keys,
e-mail verification and CSRF, driven through the Flask test client."""

from __future__ import annotations

import email
import re
from email import policy
from html import unescape
from pathlib import Path
from urllib.parse import quote

import pytest
from itsdangerous import URLSafeTimedSerializer
from sqlalchemy import select

from t2m.extensions import db
from t2m.models import ApiKey, User
from t2m.services.accounts import api_keys
from tests.conftest import PASSWORD, row_counts

NEW_PASSWORD = "a brand new passphrase"

_FIELD = re.compile(r'<(div|fieldset) class="field[^"]*">(.*?)</\1>', re.S)
_ERROR = re.compile(r'<small class="error"[^>]*>(.*?)</small>', re.S)
_FORM_ERROR = re.compile(r'<div class="form-error"[^>]*>(.*?)</div>', re.S)
_FLASH = re.compile(r'<div class="flash flash-(\w+)"[^>]*>(.*?)</div>', re.S)
_NEW_KEY = re.compile(r'<code[^>]*data-testid="new-api-key"[^>]*>([^<]+)</code>')
_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')


# --- helpers -------------------------------------------------------------


def field_errors(html: str, name: str) -> list[str]:
    """The error messages shown next to the input called ``name``."""
    for _tag, block in _FIELD.findall(html):
        if f'name="{name}"' in block:
            return [unescape(e).strip() for e in _ERROR.findall(block)]
    raise AssertionError(f"no field {name!r} on the page")


def form_errors(html: str) -> list[str]:
    return [unescape(e).strip() for e in _FORM_ERROR.findall(html)]


def flashes(html: str) -> list[tuple[str, str]]:
    return [(cat, unescape(msg).strip()) for cat, msg in _FLASH.findall(html)]


def registration(**changes) -> dict:
    data = {
        "email": "ada@example.com",
        "username": "ada",
        "full_name": "Ada Lovelace",
        "password": PASSWORD,
    }
    data.update(changes)
    return data


def sign_in(client, identifier, password=PASSWORD, next_url=None, **kwargs):
    url = "/login" if next_url is None else f"/login?next={quote(next_url, safe='')}"
    return client.post(url, data={"identifier": identifier, "password": password}, **kwargs)


def signed_in_as(client) -> str | None:
    """The username shown in the navigation bar, or None when signed out."""
    html = client.get("/").get_data(as_text=True)
    match = re.search(r'data-testid="nav-profile">([^<]+)<', html)
    return match.group(1) if match else None


def fresh(user_or_id) -> User | None:
    """Re-read a user from the database (pages commit in their own session)."""
    db.session.expire_all()
    uid = user_or_id if isinstance(user_or_id, int) else user_or_id.id
    return db.session.get(User, uid)


def outbox_messages(app) -> list[email.message.EmailMessage]:
    folder = Path(app.config["INSTANCE_PATH"]) / "outbox"
    return [
        email.message_from_bytes(p.read_bytes(), policy=policy.default)
        for p in sorted(folder.glob("*.eml"))
    ]


def me(client, **headers):
    return client.get("/api/v1/auth/me", headers=headers)


# --- registration --------------------------------------------------------


def test_register_page_shows_the_form(client):
    r = client.get("/register")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<html" in html
    assert 'id="register-form"' in html
    for name in ("email", "username", "full_name", "password"):
        assert f'name="{name}"' in html
    assert "At least 8 characters." in html


WELCOME = (
    "Welcome to T2M! We sent a mail to ada@example.com: open its link to confirm the "
    "address. Sign in now with your username and password."
)


def test_register_creates_the_account_then_sign_in(app, client):
    before = row_counts()
    r = client.post("/register", data=registration())
    assert r.status_code == 303
    assert r.headers["Location"] == "/login?identifier=ada"
    assert row_counts()["users"] == before["users"] + 1

    user = db.session.scalar(select(User).where(User.username == "ada"))
    assert user.email == "ada@example.com"
    assert user.full_name == "Ada Lovelace"
    assert user.role == "USER"
    assert user.email_verified is False
    assert user.password_hash != PASSWORD

    page = client.get(r.headers["Location"])
    html = page.get_data(as_text=True)
    assert ("success", WELCOME) in flashes(html)
    assert 'name="identifier"' in html
    assert 'value="ada"' in html  # only the password is left to type
    assert signed_in_as(client) is None
    assert sign_in(client, "ada").status_code == 303
    html = client.get("/profile").get_data(as_text=True)
    assert 'data-testid="profile-username">ada<' in html
    assert "not verified" in html


def test_register_with_a_registered_email_looks_like_a_new_one(app, client, make_user):
    """The page does not tell whose address has an account: the same redirect and
    message as for a new address, nothing created, and the owner gets a mail."""
    owner = make_user("ada", email="ada@example.com")
    hash_before = owner.password_hash
    before = row_counts()
    mails = len(outbox_messages(app))
    r = client.post("/register", data=registration(username="mallory", password="other pass 1"))
    assert r.status_code == 303
    assert r.headers["Location"] == "/login?identifier=mallory"
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert ("success", WELCOME) in flashes(html)
    assert row_counts() == before
    assert fresh(owner).password_hash == hash_before
    assert sign_in(client, "mallory", "other pass 1").status_code == 422
    notices = outbox_messages(app)[mails:]
    assert [m["To"] for m in notices] == ["ada@example.com"]
    assert "Someone just tried to create a new T2M account" in notices[0].get_content()


def test_signed_in_user_visiting_register_goes_to_profile(client, make_user):
    make_user("ada")
    sign_in(client, "ada")
    r = client.get("/register")
    assert r.status_code == 302
    assert r.headers["Location"] == "/profile"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"email": "not-an-address"}, "email", "An email address must have an @-sign."),
        ({"email": ""}, "email", "This field is required."),
        ({"password": "short"}, "password", "Must be at least 8 characters."),
        ({"password": " " * 10}, "password", "Must not be only spaces."),
        (
            {"username": "a"},
            "username",
            "Use 3 to 32 letters, digits, '_', '.' or '-', starting with a letter or digit.",
        ),
        (
            {"username": "bad name!"},
            "username",
            "Use 3 to 32 letters, digits, '_', '.' or '-', starting with a letter or digit.",
        ),
        ({"username": "x" * 33}, "username", "Field cannot be longer than 32 characters."),
    ],
)
def test_register_refuses_bad_fields(client, changes, field, message):
    before = row_counts()
    r = client.post("/register", data=registration(**changes))
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert "<html" in html
    assert message in field_errors(html, field)
    assert row_counts() == before
    assert signed_in_as(client) is None


def test_register_reports_every_bad_field_at_once(client):
    before = row_counts()
    r = client.post("/register", data={"email": "nope", "username": "a", "password": "x"})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert field_errors(html, "email")
    assert field_errors(html, "username")
    assert field_errors(html, "password") == ["Must be at least 8 characters."]
    assert field_errors(html, "full_name") == []
    # What the user typed is kept, except the password.
    assert 'value="nope"' in html
    assert 'name="password" required type="password" value=""' in html
    assert row_counts() == before


TAKEN_USERNAME = "This username is taken."


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({}, "username", TAKEN_USERNAME),
        ({"email": "other@example.com"}, "username", TAKEN_USERNAME),
        ({"email": "other@example.com", "username": "ADA"}, "username", TAKEN_USERNAME),
    ],
)
def test_register_refuses_duplicates(client, make_user, changes, field, message):
    make_user("ada", email="ada@example.com")
    before = row_counts()
    r = client.post("/register", data=registration(**changes))
    assert r.status_code == 422
    assert field_errors(r.get_data(as_text=True), field) == [message]
    assert row_counts() == before
    assert signed_in_as(client) is None


def test_register_htmx_errors_render_the_form_partial(client):
    before = row_counts()
    r = client.post(
        "/register",
        data=registration(email="nope", password="short"),
        headers={"HX-Request": "true"},
    )
    assert r.status_code == 200  # HTMX only swaps 2xx answers
    html = r.get_data(as_text=True)
    assert "<html" not in html
    assert "<header" not in html
    assert html.strip().startswith('<form id="register-form"')
    assert field_errors(html, "email") == ["An email address must have an @-sign."]
    assert field_errors(html, "password") == ["Must be at least 8 characters."]
    assert row_counts() == before


def test_register_htmx_success_redirects_with_hx_redirect(client):
    before = row_counts()
    r = client.post("/register", data=registration(), headers={"HX-Request": "true"})
    assert r.status_code == 204
    assert r.headers["HX-Redirect"] == "/login?identifier=ada"
    assert r.get_data() == b""
    assert row_counts()["users"] == before["users"] + 1
    assert signed_in_as(client) is None


# --- sign in / sign out --------------------------------------------------


def test_login_page_shows_the_form(client):
    r = client.get("/login")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert 'id="login-form"' in html
    assert 'name="identifier"' in html
    assert 'name="password"' in html


@pytest.mark.parametrize("identifier", ["ada", "ADA", "ada@example.com", "Ada@Example.com"])
def test_login_with_username_or_email(client, make_user, identifier):
    make_user("ada", email="ada@example.com")
    r = sign_in(client, identifier)
    assert r.status_code == 303
    assert r.headers["Location"] == "/"
    assert signed_in_as(client) == "ada"


def test_login_records_the_sign_in_time(client, make_user):
    user = make_user("ada")
    assert user.last_login_at is None
    sign_in(client, "ada")
    assert fresh(user).last_login_at is not None


@pytest.mark.parametrize(
    ("identifier", "password"),
    [("ada", "wrong password"), ("nobody", PASSWORD), ("nobody@example.com", PASSWORD)],
)
def test_login_failure_says_the_same_for_any_cause(client, make_user, identifier, password):
    make_user("ada")
    before = row_counts()
    r = sign_in(client, identifier, password)
    assert r.status_code == 422
    assert form_errors(r.get_data(as_text=True)) == ["Incorrect username or password."]
    assert row_counts() == before
    assert signed_in_as(client) is None


@pytest.mark.parametrize(("identifier", "password"), [("ada", ""), ("", PASSWORD)])
def test_login_with_an_empty_field(client, make_user, identifier, password):
    user = make_user("ada")
    r = sign_in(client, identifier, password)
    assert r.status_code == 422
    empty = "identifier" if not identifier else "password"
    assert field_errors(r.get_data(as_text=True), empty) == ["This field is required."]
    assert fresh(user).last_login_at is None
    assert signed_in_as(client) is None


def test_login_htmx_failure_is_a_partial_and_success_an_hx_redirect(client, make_user):
    make_user("ada")
    bad = sign_in(client, "ada", "wrong password", headers={"HX-Request": "true"})
    assert bad.status_code == 200
    html = bad.get_data(as_text=True)
    assert "<html" not in html
    assert form_errors(html) == ["Incorrect username or password."]

    good = sign_in(client, "ada", next_url="/api/docs", headers={"HX-Request": "true"})
    assert good.status_code == 204
    assert good.headers["HX-Redirect"] == "/api/docs"


def test_login_follows_a_same_site_next(client, make_user):
    make_user("ada")
    r = sign_in(client, "ada", next_url="/api/docs?x=1")
    assert r.status_code == 303
    assert r.headers["Location"] == "/api/docs?x=1"


@pytest.mark.parametrize(
    "target",
    [
        "//evil.example",
        "//evil.example/profile",
        "https://evil.example",
        "https://evil.example/profile",
        "http:evil.example",
        "/\\evil.example",
        "\\\\evil.example",
        "/\t/evil.example",
        "javascript:alert(1)",
        "evil.example",
        "",
    ],
)
def test_login_never_redirects_off_site(client, make_user, target):
    make_user("ada")
    r = sign_in(client, "ada", next_url=target)
    assert r.status_code == 303
    assert r.headers["Location"] == "/"

    client.post("/logout")
    htmx = sign_in(client, "ada", next_url=target, headers={"HX-Request": "true"})
    assert htmx.headers["HX-Redirect"] == "/"


@pytest.mark.parametrize(
    "target",
    [
        "/\r\nSet-Cookie: pwned=1",
        "/\nLocation: https://evil.example",
        "/profile\x00",
        "/\x7f",
        "/\x0b/evil.example",
        "/a b",
        "/caf\u00e9",
        "/\u2028evil",
    ],
    ids=repr,
)
def test_login_drops_a_next_with_control_characters(client, make_user, target):
    """A next that would break the Location header (or that a browser rewrites)
    is dropped like any other unsafe one: no 500 after the session cookie is set."""
    make_user("ada")
    r = sign_in(client, "ada", next_url=target)
    assert r.status_code == 303
    assert r.headers["Location"] == "/"
    assert "pwned" not in r.headers.get("Set-Cookie", "")
    assert signed_in_as(client) == "ada"  # the session works

    client.post("/logout")
    htmx = sign_in(client, "ada", next_url=target, headers={"HX-Request": "true"})
    assert htmx.status_code == 204
    assert htmx.headers["HX-Redirect"] == "/"


def test_login_form_keeps_next_for_the_post(client):
    html = client.get("/login?next=/api/docs").get_data(as_text=True)
    assert 'action="/login?next=/api/docs"' in html


def test_logout_signs_out(client, make_user):
    make_user("ada")
    sign_in(client, "ada")
    assert signed_in_as(client) == "ada"

    r = client.post("/logout")
    assert r.status_code == 303
    assert r.headers["Location"] == "/login"
    assert ("info", "You are signed out.") in flashes(client.get("/login").get_data(True))
    assert signed_in_as(client) is None
    assert client.get("/profile").status_code == 302


def test_logout_opened_directly_asks_and_signs_out_only_on_the_button(client, make_user):
    make_user("ada")
    sign_in(client, "ada")
    r = client.get("/logout")
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "Sign out?" in html
    assert '<form method="post" action="/logout"' in html
    assert signed_in_as(client) == "ada"  # a GET changes nothing
    assert client.post("/logout").status_code == 303
    assert signed_in_as(client) is None
    r = client.get("/logout")  # signed out already: the sign-in page
    assert r.status_code == 303
    assert r.headers["Location"] == "/login"


def test_profile_requires_sign_in(client, make_user):
    r = client.get("/profile")
    assert r.status_code == 302
    assert r.headers["Location"] == "/login?next=%2Fprofile"
    login_page = client.get(r.headers["Location"]).get_data(as_text=True)
    assert ("info", "Please sign in to see that page.") in flashes(login_page)

    make_user("ada")
    back = sign_in(client, "ada", next_url="/profile")
    assert back.headers["Location"] == "/profile"
    assert client.get("/profile").status_code == 200


@pytest.mark.parametrize(
    "path", ["/profile", "/profile/password", "/profile/api-keys", "/profile/api-keys/1/revoke"]
)
def test_profile_posts_require_sign_in(client, path):
    before = row_counts()
    r = client.post(path, data={"username": "x", "name": "k", "scopes": ["files:read"]})
    assert r.status_code == 302
    assert r.headers["Location"].startswith("/login?next=")
    assert row_counts() == before


# --- profile -------------------------------------------------------------


def test_profile_update_saves_the_details(client, make_user):
    user = make_user("ada")
    sign_in(client, "ada")
    r = client.post(
        "/profile",
        data={
            "username": "ada.l",
            "full_name": "Ada King",
            "avatar_url": "https://img.example/ada.png",
        },
    )
    assert r.status_code == 303
    assert r.headers["Location"] == "/profile"
    saved = fresh(user)
    assert (saved.username, saved.full_name, saved.avatar_url) == (
        "ada.l",
        "Ada King",
        "https://img.example/ada.png",
    )
    html = client.get("/profile").get_data(as_text=True)
    assert ("success", "Profile saved.") in flashes(html)
    assert 'data-testid="profile-username">ada.l<' in html
    assert 'src="https://img.example/ada.png"' in html


def test_profile_update_can_clear_optional_fields(client, make_user):
    user = make_user("ada")
    sign_in(client, "ada")
    client.post(
        "/profile",
        data={"username": "ada", "full_name": "Ada", "avatar_url": "https://img.example/a.png"},
    )
    r = client.post("/profile", data={"username": "ada", "full_name": "", "avatar_url": ""})
    assert r.status_code == 303
    saved = fresh(user)
    assert saved.full_name is None
    assert saved.avatar_url is None


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        ({"avatar_url": "javascript:alert(1)"}, "avatar_url", "absolute http or https URL"),
        ({"avatar_url": "ftp://img.example/a.png"}, "avatar_url", "absolute http or https URL"),
        ({"avatar_url": "data:image/png;base64,AAAA"}, "avatar_url", "http or https URL"),
        ({"avatar_url": "//img.example/a.png"}, "avatar_url", "http or https URL"),
        ({"username": "a b"}, "username", "Use 3 to 32 letters"),
        ({"username": ""}, "username", "This field is required."),
        ({"full_name": "x" * 101}, "full_name", "longer than 100 characters"),
    ],
)
def test_profile_update_refuses_bad_fields(client, make_user, changes, field, message):
    user = make_user("ada")
    sign_in(client, "ada")
    data = {"username": "ada", "full_name": "Ada", "avatar_url": ""}
    data.update(changes)
    before = row_counts()
    r = client.post("/profile", data=data)
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    assert any(message in e for e in field_errors(html, field)), field_errors(html, field)
    assert row_counts() == before
    saved = fresh(user)
    assert (saved.username, saved.full_name, saved.avatar_url) == ("ada", None, None)


def test_profile_update_refuses_a_taken_username(client, make_user):
    user = make_user("ada")
    make_user("grace")
    sign_in(client, "ada")
    r = client.post("/profile", data={"username": "Grace", "full_name": "", "avatar_url": ""})
    assert r.status_code == 409
    assert field_errors(r.get_data(as_text=True), "username") == ["This username is taken."]
    assert fresh(user).username == "ada"


def test_profile_update_htmx_returns_the_form_partial(client, make_user):
    user = make_user("ada")
    sign_in(client, "ada")
    bad = client.post(
        "/profile",
        data={"username": "ada", "avatar_url": "javascript:alert(1)"},
        headers={"HX-Request": "true"},
    )
    assert bad.status_code == 200
    html = bad.get_data(as_text=True)
    assert "<html" not in html
    assert html.strip().startswith('<form id="profile-form"')
    assert field_errors(html, "avatar_url") == ["Must be an absolute http or https URL."]
    assert fresh(user).avatar_url is None

    good = client.post(
        "/profile", data={"username": "ada", "full_name": "Ada"}, headers={"HX-Request": "true"}
    )
    assert good.status_code == 200
    assert ("success", "Profile saved.") in flashes(good.get_data(as_text=True))
    assert fresh(user).full_name == "Ada"


# --- password ------------------------------------------------------------


def test_password_change_refuses_a_wrong_current_password(client, make_user):
    user = make_user("ada")
    sign_in(client, "ada")
    old_hash = user.password_hash
    r = client.post(
        "/profile/password",
        data={"current_password": "not my password", "new_password": NEW_PASSWORD},
    )
    assert r.status_code == 422
    assert field_errors(r.get_data(as_text=True), "current_password") == [
        "The current password is not correct."
    ]
    saved = fresh(user)
    assert saved.password_hash == old_hash
    assert saved.token_version == 0
    assert signed_in_as(client) == "ada"


def test_password_change_refuses_a_short_new_password(client, make_user):
    user = make_user("ada")
    sign_in(client, "ada")
    r = client.post(
        "/profile/password", data={"current_password": PASSWORD, "new_password": "short"}
    )
    assert r.status_code == 422
    assert field_errors(r.get_data(as_text=True), "new_password") == [
        "Must be at least 8 characters."
    ]
    assert fresh(user).token_version == 0


def test_password_change_signs_out_other_sessions_and_tokens(app, client, api, make_user):
    make_user("ada")
    other_browser = app.test_client()
    sign_in(other_browser, "ada")
    assert other_browser.get("/profile").status_code == 200
    token = api.login("ada")["access_token"]
    assert me(client, Authorization=f"Bearer {token}").status_code == 200

    sign_in(client, "ada")
    r = client.post(
        "/profile/password", data={"current_password": PASSWORD, "new_password": NEW_PASSWORD}
    )
    assert r.status_code == 303
    assert r.headers["Location"] == "/profile"

    # This browser stays signed in ...
    page = client.get("/profile")
    assert page.status_code == 200
    assert (
        "success",
        "Password changed. Other sessions and tokens were signed out, "
        "and your API keys were revoked.",
    ) in flashes(page.get_data(as_text=True))
    # ... the other one is sent to the sign-in page ...
    r = other_browser.get("/profile")
    assert r.status_code == 302
    assert r.headers["Location"].startswith("/login")
    assert signed_in_as(other_browser) is None
    # ... and the earlier JWT no longer works.
    r = me(client, Authorization=f"Bearer {token}")
    assert r.status_code == 401
    assert r.get_json()["error"]["code"] == "AUTH_INVALID"

    # Only the new password signs in now.
    third = app.test_client()
    assert sign_in(third, "ada").status_code == 422
    assert sign_in(third, "ada", NEW_PASSWORD).status_code == 303


def test_password_change_htmx_success_is_an_hx_redirect(client, make_user):
    make_user("ada")
    sign_in(client, "ada")
    r = client.post(
        "/profile/password",
        data={"current_password": PASSWORD, "new_password": NEW_PASSWORD},
        headers={"HX-Request": "true"},
    )
    assert r.status_code == 204
    assert r.headers["HX-Redirect"] == "/profile"
    assert signed_in_as(client) == "ada"


# --- API keys ------------------------------------------------------------


def test_api_key_is_shown_once_and_works(client, make_user):
    user = make_user("ada")
    sign_in(client, "ada")
    before = row_counts()
    r = client.post("/profile/api-keys", data={"name": "ci", "scopes": ["files:read", "jobs:read"]})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    keys = _NEW_KEY.findall(html)
    assert len(keys) == 1
    plaintext = keys[0]
    assert plaintext.startswith("t2m_")
    assert "Copy it now: it is not shown again." in html
    assert row_counts()["api_keys"] == before["api_keys"] + 1

    stored = db.session.scalar(select(ApiKey).where(ApiKey.user_id == user.id))
    assert stored.name == "ci"
    assert stored.scopes == ["files:read", "jobs:read"]
    assert stored.key_hash != plaintext

    r = me(client, **{"X-API-Key": plaintext})
    assert r.status_code == 200
    assert r.get_json()["data"]["username"] == "ada"

    again = client.get("/profile").get_data(as_text=True)
    assert plaintext not in again
    assert 'data-testid="new-api-key"' not in again
    assert f"<code>{stored.prefix}…</code>" in again
    assert "files:read, jobs:read" in again


def test_api_key_htmx_renders_the_keys_partial(client, make_user):
    make_user("ada")
    sign_in(client, "ada")
    r = client.post(
        "/profile/api-keys",
        data={"name": "ci", "scopes": ["files:read"]},
        headers={"HX-Request": "true"},
    )
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "<html" not in html
    assert html.strip().startswith('<div id="api-keys">')
    (plaintext,) = _NEW_KEY.findall(html)
    assert me(client, **{"X-API-Key": plaintext}).status_code == 200


def _scope_errors(html: str) -> list[str]:
    match = re.search(r'<fieldset class="field[^"]*">(.*?)</fieldset>', html, re.S)
    assert match, "no scopes fieldset"
    return [unescape(e).strip() for e in _ERROR.findall(match.group(1))]


@pytest.mark.parametrize(
    ("data", "status", "field", "message"),
    [
        ({"name": "ci"}, 422, "scopes", "Choose at least one of"),
        ({"name": "ci", "scopes": ["root"]}, 422, "scopes", "not a valid choice"),
        # Non-admins are not offered the admin scope at all.
        ({"name": "ci", "scopes": ["admin"]}, 422, "scopes", "not a valid choice"),
        ({"name": "", "scopes": ["files:read"]}, 422, "name", "This field is required."),
        (
            {"name": "ci", "scopes": ["files:read"], "expires_on": "2001-01-01"},
            422,
            "expires_on",
            "Must be in the future.",
        ),
        (
            {"name": "ci", "scopes": ["files:read"], "expires_on": "tomorrow"},
            422,
            "expires_on",
            "Not a valid date value.",
        ),
    ],
)
def test_api_key_creation_refuses_bad_input(client, make_user, data, status, field, message):
    make_user("ada")
    sign_in(client, "ada")
    before = row_counts()
    r = client.post("/profile/api-keys", data=data)
    assert r.status_code == status
    html = r.get_data(as_text=True)
    if field == "scopes":
        errors = _scope_errors(html)
    elif field is None:
        errors = form_errors(html)
    else:
        errors = field_errors(html, field)
    assert any(message in e for e in errors), errors
    assert 'data-testid="new-api-key"' not in html
    assert row_counts() == before


def test_admin_can_create_an_admin_scoped_key(client, make_user):
    make_user("root", role="ADMIN")
    sign_in(client, "root")
    r = client.post("/profile/api-keys", data={"name": "ops", "scopes": ["admin"]})
    assert r.status_code == 200
    assert len(_NEW_KEY.findall(r.get_data(as_text=True))) == 1


def test_revoking_own_key_stops_it(client, make_user):
    user = make_user("ada")
    key, plaintext = api_keys.create(user, name="ci", scopes=["files:read"])
    key_id = key.id
    sign_in(client, "ada")
    assert me(client, **{"X-API-Key": plaintext}).status_code == 200

    r = client.post(f"/profile/api-keys/{key_id}/revoke")
    assert r.status_code == 303
    assert r.headers["Location"] == "/profile"
    html = client.get("/profile").get_data(as_text=True)
    assert ("info", "API key revoked.") in flashes(html)
    assert "No API keys yet." in html

    r = me(client, **{"X-API-Key": plaintext})
    assert r.status_code == 401
    assert r.get_json()["error"]["code"] == "AUTH_INVALID"


def test_revoking_own_key_with_htmx_returns_the_keys_partial(client, make_user):
    user = make_user("ada")
    key, _ = api_keys.create(user, name="ci", scopes=["files:read"])
    sign_in(client, "ada")
    r = client.post(f"/profile/api-keys/{key.id}/revoke", headers={"HX-Request": "true"})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.strip().startswith('<div id="api-keys">')
    assert "No API keys yet." in html
    # A record of it stays, without the key.
    assert 'data-testid="revoked-keys"' in html
    assert f"<strong>ci</strong> <code>{key.prefix}…</code>" in html


@pytest.mark.parametrize("whose", ["other user's", "missing"])
def test_revoking_someone_elses_key_is_not_found(client, make_user, whose):
    owner = make_user("grace")
    key, plaintext = api_keys.create(owner, name="grace's", scopes=["files:read"])
    key_id = key.id if whose == "other user's" else key.id + 1000
    make_user("ada")
    sign_in(client, "ada")
    before = row_counts()

    r = client.post(f"/profile/api-keys/{key_id}/revoke")
    assert r.status_code == 404
    assert "text/html" in r.content_type
    html = r.get_data(as_text=True)
    assert "<h1>404</h1>" in html
    assert "Traceback" not in html

    assert row_counts() == before
    db.session.expire_all()
    assert db.session.get(ApiKey, key.id).revoked_at is None
    r = me(client, **{"X-API-Key": plaintext})
    assert r.status_code == 200
    assert r.get_json()["data"]["username"] == "grace"


def test_revoking_is_post_only(client, make_user):
    user = make_user("ada")
    key, plaintext = api_keys.create(user, name="ci", scopes=["files:read"])
    sign_in(client, "ada")
    assert client.get(f"/profile/api-keys/{key.id}/revoke").status_code == 405
    assert me(client, **{"X-API-Key": plaintext}).status_code == 200


# --- e-mail verification -------------------------------------------------


def _verification_path(app, address: str) -> str:
    messages = [m for m in outbox_messages(app) if m["To"] == address]
    assert len(messages) == 1
    body = messages[0].get_content()
    assert messages[0]["Subject"] == "Confirm your T2M e-mail address"
    match = re.search(r"http://localhost(/verify/\S+)", body)
    assert match, body
    return match.group(1)


def test_email_verification_link_from_the_outbox(app, client):
    client.post("/register", data=registration())
    sign_in(client, "ada")
    path = _verification_path(app, "ada@example.com")
    user = db.session.scalar(select(User).where(User.username == "ada"))
    assert user.email_verified is False

    r = client.get(path)
    assert r.status_code == 303
    assert r.headers["Location"] == "/profile"
    html = client.get("/profile").get_data(as_text=True)
    assert ("success", "Thanks, ada@example.com is verified.") in flashes(html)
    assert ">verified<" in html
    assert fresh(user).email_verified is True


def test_email_verification_works_when_signed_out(app, client):
    client.post("/register", data=registration())
    path = _verification_path(app, "ada@example.com")
    stranger = app.test_client()
    r = stranger.get(path)
    assert r.status_code == 303
    assert r.headers["Location"] == "/login"
    user = db.session.scalar(select(User).where(User.username == "ada"))
    assert fresh(user).email_verified is True


@pytest.mark.parametrize("tamper", ["signature", "forged", "truncate", "garbage"])
def test_tampered_verification_link_verifies_nothing(app, client, tamper):
    client.post("/register", data=registration())
    path = _verification_path(app, "ada@example.com")
    token = path.removeprefix("/verify/")
    if tamper == "signature":
        # The first character carries 6 bits of the signature (the last one
        # may be only padding bits).
        head, _, sig = token.rpartition(".")
        token = f"{head}.{'B' if sig[0] == 'A' else 'A'}{sig[1:]}"
    elif tamper == "forged":
        user = db.session.scalar(select(User).where(User.username == "ada"))
        token = URLSafeTimedSerializer("not the secret", salt="t2m-email-verify").dumps(
            {"uid": user.id, "email": user.email}
        )
    elif tamper == "truncate":
        token = token[: len(token) // 2]
    else:
        token = "not-a-token"
    before = row_counts()

    r = client.get(f"/verify/{token}")
    assert r.status_code == 303
    assert r.headers["Location"] == "/"
    html = client.get("/").get_data(as_text=True)
    assert ("error", "The verification token is not valid.") in flashes(html)
    user = db.session.scalar(select(User).where(User.username == "ada"))
    assert fresh(user).email_verified is False
    assert row_counts() == before


def test_resend_verification_writes_a_new_mail(app, client, make_user):
    make_user("ada")
    sign_in(client, "ada")
    assert outbox_messages(app) == []
    r = client.post("/profile/verify")
    assert r.status_code == 303
    assert ("info", "We sent a new confirmation link.") in flashes(
        client.get("/profile").get_data(as_text=True)
    )
    assert [m["To"] for m in outbox_messages(app)] == ["ada@example.com"]


# --- CSRF ----------------------------------------------------------------


def _csrf_token(client, path: str) -> str:
    html = client.get(path).get_data(as_text=True)
    match = _CSRF.search(html)
    assert match, "no CSRF token on the page"
    return match.group(1)


@pytest.fixture
def csrf_app(app_factory):
    app = app_factory(CSRF_ENABLED=True)
    with app.app_context():
        yield app


def test_csrf_register_without_token_is_refused(csrf_app):
    client = csrf_app.test_client()
    before = row_counts()
    r = client.post("/register", data=registration())
    assert r.status_code == 400
    html = r.get_data(as_text=True)
    assert "The form expired. Reload the page and try again." in html
    assert "Traceback" not in html
    assert row_counts() == before

    # With the token from the page the same post goes through.
    token = _csrf_token(client, "/register")
    r = client.post("/register", data={**registration(), "csrf_token": token})
    assert r.status_code == 303
    assert row_counts()["users"] == before["users"] + 1


def test_csrf_state_changes_need_the_token(csrf_app):
    from t2m.services import accounts

    user = accounts.register(
        email="ada@example.com", username="ada", password=PASSWORD, send_verification=False
    )
    key, plaintext = api_keys.create(user, name="ci", scopes=["files:read"])
    client = csrf_app.test_client()
    token = _csrf_token(client, "/login")
    r = client.post("/login", data={"identifier": "ada", "password": PASSWORD, "csrf_token": token})
    assert r.status_code == 303
    before = row_counts()

    attempts = [
        ("/profile", {"username": "mallory", "full_name": "", "avatar_url": ""}),
        ("/profile/password", {"current_password": PASSWORD, "new_password": NEW_PASSWORD}),
        ("/profile/api-keys", {"name": "evil", "scopes": ["files:read"]}),
        (f"/profile/api-keys/{key.id}/revoke", {}),
        ("/logout", {}),
    ]
    for path, data in attempts:
        r = client.post(path, data=data)
        assert r.status_code == 400, path
        assert "The form expired. Reload the page and try again." in r.get_data(as_text=True)

    assert row_counts() == before
    saved = fresh(user)
    assert saved.username == "ada"
    assert saved.token_version == 0
    assert me(client, **{"X-API-Key": plaintext}).status_code == 200
    assert signed_in_as(client) == "ada"

    # HTMX sends the token in a header (base.html sets hx-headers).
    page_token = _csrf_token(client, "/profile")
    r = client.post(
        "/profile",
        data={"username": "ada", "full_name": "Ada", "avatar_url": ""},
        headers={"HX-Request": "true", "X-CSRFToken": page_token},
    )
    assert r.status_code == 200
    assert fresh(user).full_name == "Ada"


def test_csrf_does_not_apply_to_the_json_api(csrf_app):
    client = csrf_app.test_client()
    r = client.post(
        "/api/v1/auth/register",
        json={"email": "ada@example.com", "username": "ada", "password": PASSWORD},
    )
    assert r.status_code == 202, r.get_json()


def test_sign_in_page_is_rate_limited(app_factory, make_user):
    make_user("ada")
    app = app_factory(RATELIMIT_ENABLED=True, RATELIMIT_AUTH="3 per minute")
    client = app.test_client()
    for _ in range(3):
        r = client.post("/login", data={"identifier": "ada", "password": "wrong password"})
        assert r.status_code == 422
    r = client.post("/login", data={"identifier": "ada", "password": PASSWORD})
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) > 0
    html = r.get_data(as_text=True)
    assert "Too many requests" in html
    assert "Traceback" not in html
    # Reading the page is not limited.
    assert client.get("/login").status_code == 200
