"""Bulk actions in the library, as a person uses them: tick files, add them to
a collection, make them unlisted, delete them (after the confirmation), at
desktop and phone width."""

from __future__ import annotations

import re

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from .conftest import unique_name
from .test_browser_account import sign_up
from .test_browser_library import wait_until_uploaded

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-library-bulk-{}.png"


def test_tick_add_to_collection_share_and_delete(page: Page, tmp_path):
    sign_up(page, unique_name("bulk"))
    page.goto("/collections")
    page.get_by_label("Name").fill("Harbour")
    page.get_by_role("button", name="Create collection").click()
    expect(page.get_by_text("Harbour").first).to_be_visible()

    page.goto("/library")
    page.wait_for_load_state("load")
    names = ["boat.png", "gull.png", "pier.png"]
    paths = []
    for i, name in enumerate(names):
        path = tmp_path / name
        Image.new("RGB", (48, 32), (40 * i, 90, 160)).save(path)
        paths.append(path)
    page.locator("#upload-input").set_input_files(paths)
    ids = {name: wait_until_uploaded(page, name) for name in names}
    expect(page.get_by_test_id("upload-summary")).to_have_text("3 of 3 uploaded")
    page.goto("/library")
    bar = page.get_by_test_id("bulk-bar")
    expect(bar.get_by_test_id("bulk-delete")).to_be_disabled()  # nothing ticked yet

    def tick(name: str) -> None:
        page.locator(f"#file-{ids[name]}").get_by_test_id("select-file").check()

    tick("boat.png")
    tick("gull.png")
    expect(bar).to_contain_text("2 selected")
    bar.get_by_test_id("bulk-collection").select_option(label="Harbour")
    bar.get_by_test_id("bulk-collect").click()
    expect(page.get_by_test_id("bulk-result")).to_have_text("2 files added to “Harbour”.")
    # A fresh start: nothing ticked once htmx has settled the new grid (20 ms).
    page.wait_for_timeout(500)
    assert page.locator('input[name="file_ids"]:checked').count() == 0
    expect(page.get_by_test_id("bulk-bar")).to_contain_text("Select all")

    tick("boat.png")
    tick("gull.png")
    bar = page.get_by_test_id("bulk-bar")
    bar.get_by_test_id("bulk-visibility").select_option("unlisted")
    bar.get_by_test_id("bulk-visibility-apply").click()
    expect(page.get_by_test_id("bulk-result")).to_have_text("2 files made unlisted.")

    # Delete asks first; "Cancel" keeps everything.
    page.get_by_test_id("select-all").check()
    expect(page.get_by_test_id("bulk-bar")).to_contain_text("3 selected")
    page.once("dialog", lambda d: d.dismiss())
    page.get_by_test_id("bulk-delete").click()
    expect(page.locator(".file-card")).to_have_count(3)
    page.set_viewport_size({"width": 390, "height": 844})
    scroll, inner = page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert scroll <= inner, (scroll, inner)
    page.screenshot(path=SCREENSHOT.format("phone"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 800})
    page.locator(f"#file-{ids['pier.png']}").get_by_test_id("select-file").uncheck()
    page.once("dialog", lambda d: d.accept())
    page.get_by_test_id("bulk-delete").click()
    expect(page.get_by_test_id("bulk-result")).to_have_text("2 files deleted.")
    expect(page.locator(".file-card")).to_have_count(1)
    expect(page.locator(".file-card .file-name")).to_have_text("pier.png")
    page.screenshot(path=SCREENSHOT.format("desktop"), full_page=True)

    # The collection lost them too; the remaining file is still private.
    page.goto("/collections")
    page.get_by_role("link", name=re.compile("Harbour")).first.click()
    expect(page.locator(".file-name")).to_have_count(0)
