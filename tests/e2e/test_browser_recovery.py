"""Forgot password, as a person does it: the link on the sign-in page, the
mail (read from the live server's outbox), a new password, and another browser
that was signed in told why it was signed out."""

from __future__ import annotations

import email
import email.policy
import re

import pytest
from playwright.sync_api import Page, expect

from .conftest import PASSWORD, new_page, unique_name
from .test_browser_account import HOME, sign_up

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

NEW_PASSWORD = "a completely new passphrase"


def reset_link(live, address: str) -> str:
    for path in sorted((live.instance / "outbox").glob("*.eml"), reverse=True):
        message = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
        if message["To"] == address and message["Subject"] == "Reset your T2M password":
            return re.search(r"https?://\S+/reset/\S+", message.get_content()).group(0)
    raise AssertionError(f"no reset mail to {address}")


def test_forgot_password_from_the_mailed_link(page: Page, browser, live):
    username = unique_name("forgot")
    address = f"{username}@example.com"
    sign_up(page, username)
    with new_page(browser, live.url) as elsewhere:  # a second browser, signed in
        elsewhere.goto("/login")
        elsewhere.locator("#login-form").get_by_label("Username or e-mail").fill(username)
        elsewhere.locator("#login-form").get_by_label("Password", exact=True).fill(PASSWORD)
        elsewhere.locator("#login-form").get_by_role("button", name="Sign in").click()
        elsewhere.wait_for_url(HOME)

        page.context.clear_cookies()
        page.goto("/login")
        page.get_by_test_id("forgot-password").click()
        page.wait_for_url("**/forgot-password")
        page.get_by_label("E-mail").fill(address)
        page.get_by_role("button", name="Send the link").click()
        page.wait_for_url("**/login")
        expect(
            page.get_by_role("status").filter(has_text="If an account uses that address")
        ).to_be_visible()

        page.goto(reset_link(live, address))
        expect(page.get_by_role("heading", level=1)).to_have_text("Choose a new password")
        page.get_by_label("New password").fill("short")
        page.get_by_role("button", name="Set the new password").click()
        expect(page.get_by_role("alert")).to_contain_text("at least 8 characters")
        page.get_by_label("New password").fill(NEW_PASSWORD)
        page.get_by_role("button", name="Set the new password").click()
        page.wait_for_url(re.compile(r"/login\?identifier="))
        expect(
            page.get_by_role("status").filter(has_text="Your password is changed")
        ).to_be_visible()
        login = page.locator("#login-form")
        login.get_by_label("Password", exact=True).fill(NEW_PASSWORD)
        login.get_by_role("button", name="Sign in").click()
        page.wait_for_url(HOME)
        expect(page.get_by_test_id("nav-profile")).to_have_text(username)

        # The other browser was signed out, and is told why.
        elsewhere.goto("/library")
        elsewhere.wait_for_url(re.compile(r"/login\?next="))
        expect(
            elsewhere.get_by_role("status").filter(has_text="password of this account was changed")
        ).to_be_visible()
