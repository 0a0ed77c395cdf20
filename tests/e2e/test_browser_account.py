"""Account pages in a real browser: sign up, sign out, sign in, HTMX form
errors and API keys, against the live server."""

from __future__ import annotations

import re

import pytest
import requests
from playwright.sync_api import Page, expect

from .conftest import PASSWORD, register_via_api, unique_name

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-profile.png"


def _track_navigations(page: Page) -> list[str]:
    """URLs of every main-frame navigation from now on (HTMX swaps are not navigations)."""
    seen: list[str] = []
    page.on(
        "framenavigated", lambda frame: seen.append(frame.url) if frame == page.main_frame else None
    )
    return seen


HOME = re.compile(r"^https?://[^/]+/$")


def sign_up(page: Page, username: str, *, full_name: str = "E2E Tester") -> None:
    page.goto("/register")
    form = page.locator("#register-form")
    form.get_by_label("E-mail").fill(f"{username}@example.com")
    form.get_by_label("Username", exact=True).fill(username)
    form.get_by_label("Full name").fill(full_name)
    form.get_by_label("Password", exact=True).fill(PASSWORD)
    form.get_by_role("button", name="Create account").click()
    # Sign-up does not sign in (it answers the same for an address that already
    # has an account): the sign-in page comes back with the username filled in.
    page.wait_for_url(re.compile(r"/login\?identifier="))
    expect(page.get_by_role("status").filter(has_text="Welcome to T2M")).to_be_visible()
    login = page.locator("#login-form")
    expect(login.get_by_label("Username or e-mail")).to_have_value(username)
    login.get_by_label("Password", exact=True).fill(PASSWORD)
    login.get_by_role("button", name="Sign in").click()
    page.wait_for_url(HOME)  # signing in lands on the home page


def sign_out(page: Page) -> None:
    page.locator("header.topbar").get_by_role("button", name="Sign out").click()
    page.wait_for_url("**/login")
    expect(page.get_by_role("status").filter(has_text="You are signed out.")).to_be_visible()


def test_register_sign_out_sign_in_sign_out(page: Page, live_server):
    username = unique_name("web")
    sign_up(page, username)
    expect(page.get_by_role("heading", level=1)).to_have_text("Hello, E2E Tester")
    expect(page.get_by_role("status").filter(has_text=f"Signed in as {username}")).to_be_visible()
    expect(page.get_by_test_id("nav-profile")).to_have_text(username)
    expect(page).to_have_title(re.compile("Home"))
    page.get_by_test_id("nav-profile").click()
    expect(page.get_by_test_id("profile-username")).to_have_text(username)

    sign_out(page)
    # A wrong password right there: its error, and no "You are signed out." above it.
    page.wait_for_load_state("load")  # htmx (deferred) is running
    form = page.locator("#login-form")
    form.get_by_label("Username or e-mail").fill(username)
    form.get_by_label("Password", exact=True).fill("not the password")
    form.get_by_role("button", name="Sign in").click()
    expect(form.get_by_role("alert")).to_contain_text("Incorrect username or password")
    expect(page.get_by_role("status").filter(has_text="You are signed out.")).to_have_count(0)
    # Signed out for real: the profile sends us back to the sign-in page.
    page.goto("/profile")
    page.wait_for_url(re.compile(r"/login\?next=%2Fprofile"))
    expect(page.get_by_test_id("nav-profile")).to_have_count(0)

    page.goto("/login")
    form = page.locator("#login-form")
    form.get_by_label("Username or e-mail").fill(username)
    form.get_by_label("Password", exact=True).fill(PASSWORD)
    form.get_by_role("button", name="Sign in").click()
    page.wait_for_url(HOME)
    expect(page.get_by_test_id("nav-profile")).to_have_text(username)
    expect(page.get_by_role("status").filter(has_text=f"Signed in as {username}")).to_be_visible()

    sign_out(page)
    page.goto("/profile")
    page.wait_for_url(re.compile(r"/login"))


def test_register_form_errors_are_shown_inline_without_navigation(page: Page, live_server):
    page.goto("/register")
    page.wait_for_load_state("load")  # htmx (deferred) is initialised
    page.evaluate("window.__e2eMarker = 'still-here'")
    navigations = _track_navigations(page)
    url = page.url

    form = page.locator("#register-form")
    username = unique_name("short")
    form.get_by_label("E-mail").fill(f"{username}@example.com")
    form.get_by_label("Username", exact=True).fill(username)
    form.get_by_label("Password", exact=True).fill("short")
    with page.expect_response(
        lambda r: r.url.endswith("/register") and r.request.method == "POST"
    ) as info:
        form.get_by_role("button", name="Create account").click()
    response = info.value
    assert response.request.headers.get("hx-request") == "true"
    assert response.status == 200  # HTMX swaps only 2xx answers

    password_field = page.locator("#register-form .field", has=page.locator("#password"))
    expect(password_field.locator(".error")).to_have_text("Must be at least 8 characters.")
    expect(password_field).to_have_class(re.compile(r"\bhas-error\b"))
    expect(page.locator("#password")).to_have_attribute("aria-invalid", "true")
    expect(page.locator("#password")).to_be_focused()  # where the user has to fix it
    # The other fields kept what was typed (except the password), and show no error.
    expect(page.locator("#username")).to_have_value(username)
    expect(
        page.locator("#register-form .field", has=page.locator("#username")).locator(".error")
    ).to_have_count(0)
    # Same document: the marker survived, the URL did not change, nothing navigated.
    assert page.evaluate("window.__e2eMarker") == "still-here"
    assert page.url == url
    assert navigations == []

    # A taken username (any case) is reported on the username field, still inline.
    taken = unique_name("taken")
    register_via_api(live_server, taken)
    page.locator("#email").fill(f"other-{taken}@example.com")
    page.locator("#username").fill(taken.upper())
    page.locator("#password").fill(PASSWORD)
    page.locator("#register-form").get_by_role("button", name="Create account").click()
    username_field = page.locator("#register-form .field", has=page.locator("#username"))
    expect(username_field.locator(".error")).to_contain_text("taken")
    expect(page.locator("#username")).to_be_focused()
    expect(
        page.locator("#register-form .field", has=page.locator("#password")).locator(".error")
    ).to_have_count(0)
    assert page.evaluate("window.__e2eMarker") == "still-here"
    assert page.url == url
    assert navigations == []


def test_api_key_created_on_profile_works_until_revoked(page: Page, live_server):
    username = unique_name("key")
    sign_up(page, username)
    page.get_by_test_id("nav-profile").click()

    keys = page.locator("#api-keys")
    expect(keys.get_by_text("No API keys yet.")).to_be_visible()
    form = page.locator("#api-key-form")
    form.get_by_label("Name", exact=True).fill("e2e script")
    form.get_by_label("files:read").check()
    form.get_by_label("jobs:read").check()
    form.get_by_role("button", name="Create key").click()

    shown = page.get_by_test_id("new-api-key")
    expect(shown).to_have_text(re.compile(r"^t2m_[A-Za-z0-9_-]{20,}$"))
    key = shown.inner_text().strip()
    # Shown once, with a Copy button that puts it on the clipboard.
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    page.get_by_test_id("copy-api-key").click()
    expect(page.get_by_test_id("copy-api-key")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == key
    row = page.locator("#api-keys table tbody tr")
    expect(row).to_have_count(1)
    expect(row).to_contain_text("e2e script")
    expect(row).to_contain_text("files:read, jobs:read")
    expect(row.locator("code")).to_have_text(f"{key[:12]}…")
    # The form was reset for the next key.
    expect(page.locator("#api-key-form").get_by_label("Name", exact=True)).to_have_value("")

    page.screenshot(path=SCREENSHOT, full_page=True)

    me = requests.get(live_server + "/api/v1/auth/me", headers={"X-API-Key": key}, timeout=30)
    assert me.status_code == 200, me.text
    assert me.json()["data"]["username"] == username
    perms = requests.get(
        live_server + "/api/v1/auth/permissions",
        headers={"Authorization": f"Bearer {key}"},
        timeout=30,
    )
    assert perms.status_code == 200, perms.text
    assert perms.json()["data"]["scopes"] == ["files:read", "jobs:read"]

    dialogs: list[str] = []

    def accept(dialog):
        dialogs.append(dialog.message)
        dialog.accept()

    page.on("dialog", accept)
    row.get_by_role("button", name="Revoke").click()
    expect(page.locator("#api-keys").get_by_text("No API keys yet.")).to_be_visible()
    assert len(dialogs) == 1
    assert "e2e script" in dialogs[0]
    expect(page.get_by_test_id("new-api-key")).to_have_count(0)

    gone = requests.get(live_server + "/api/v1/auth/me", headers={"X-API-Key": key}, timeout=30)
    assert gone.status_code == 401, gone.text
    assert gone.json()["error"]["code"] in {"AUTH_INVALID", "AUTH_EXPIRED"}

    # After a reload the key stays gone.
    page.reload()
    expect(page.locator("#api-keys").get_by_text("No API keys yet.")).to_be_visible()


def test_revoking_an_unknown_or_out_of_range_key_id_is_not_found(page: Page, live_server):
    sign_up(page, unique_name("nokey"))
    csrf = page.locator('meta[name="csrf-token"]').get_attribute("content")
    for key_id in (999_999, 2**63, 10**20):
        r = page.request.post(
            f"/profile/api-keys/{key_id}/revoke", form={"csrf_token": csrf}, max_redirects=0
        )
        assert r.status == 404, (key_id, r.status, r.text()[:300])
