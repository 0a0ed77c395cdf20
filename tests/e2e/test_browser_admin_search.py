"""The search box in the header and the admin area, in the browser: a user
finds a file by its tag from any page; an administrator (made with the CLI, as
a self-hoster does) disables that user, who is signed out at once."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from .conftest import PASSWORD, new_page, server_env, unique_name
from .test_browser_account import HOME, sign_up
from .test_browser_library import wait_until_uploaded

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

ROOT = Path(__file__).resolve().parents[2]


def make_admin(live, username: str) -> None:
    env = server_env(live.instance, 0)
    flask = Path(sys.executable).with_name("flask")
    result = subprocess.run(
        [
            str(flask),
            "--app",
            "wsgi",
            "users",
            "create",
            "--email",
            f"{username}@example.com",
            "--password",
            PASSWORD,
            "--username",
            username,
            "--admin",
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


def test_search_from_the_header_and_an_admin_disables_an_account(
    page: Page, browser, live, tmp_path
):
    username = unique_name("find")
    sign_up(page, username)
    page.goto("/library")
    page.wait_for_load_state("load")
    photo = tmp_path / "IMG_0001.png"
    Image.new("RGB", (40, 30), (200, 60, 60)).save(photo)
    page.locator("#upload-input").set_input_files(photo)
    file_id = wait_until_uploaded(page, "IMG_0001.png")
    page.goto(f"/library/{file_id}")
    page.get_by_test_id("edit-details").click()
    page.get_by_label("Tags").fill("lantern festival")
    page.get_by_test_id("save-details").click()
    expect(page.get_by_test_id("details-saved")).to_be_visible()

    page.goto("/jobs")
    box = page.get_by_test_id("site-search")
    box.fill("lantern")
    box.press("Enter")
    page.wait_for_url(re.compile(r"/search\?q=lantern"))
    expect(page.get_by_test_id("search-files").locator(".file-name")).to_have_text("IMG_0001.png")

    admin = unique_name("root")
    make_admin(live, admin)
    with new_page(browser, live.url) as root:
        root.goto("/login")
        form = root.locator("#login-form")
        form.get_by_label("Username or e-mail").fill(admin)
        form.get_by_label("Password", exact=True).fill(PASSWORD)
        form.get_by_role("button", name="Sign in").click()
        root.wait_for_url(HOME)
        root.get_by_test_id("nav-admin").click()
        root.wait_for_url("**/admin")
        row = root.get_by_test_id("admin-user").filter(has_text=username)
        expect(row).to_contain_text("1")  # one file
        row.get_by_label("Active").uncheck()
        row.get_by_role("button", name="Save").click()
        expect(root.get_by_role("status").filter(has_text=f"Saved {username}.")).to_be_visible()
        root.screenshot(path="/tmp/t2m-admin.png", full_page=True)

    page.goto("/library")
    page.wait_for_url(re.compile(r"/login"))
    expect(page.get_by_test_id("nav-profile")).to_have_count(0)
