"""The signed-in pages on a phone (390 and 320 px wide) and a desktop: the main
menu folds behind a real button, no page scrolls sideways, and no page load
logs an error or asks for something that is not there (the icon included).
And small things a first-time user trips over: a signed link copied in one click."""

from __future__ import annotations

import re

import pytest
from PIL import Image
from playwright.sync_api import Page, expect

from .conftest import unique_name
from .test_browser_account import sign_up

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-phone-menu.png"
DESKTOP_SCREENSHOT = "/tmp/t2m-desktop-menu.png"
PAGES = ["/", "/library", "/generate", "/collections", "/jobs", "/profile", "/api/docs"]
WIDTH = "() => [document.documentElement.scrollWidth, window.innerWidth]"
# The innermost elements that reach past the right edge, to say what is too wide.
TOO_WIDE = """() => Array.from(document.querySelectorAll("body *"))
  .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
  .filter((el) => !Array.from(el.children).some(
    (c) => c.getBoundingClientRect().right > window.innerWidth + 1))
  .slice(0, 8)
  .map((el) => `${el.tagName.toLowerCase()}.${el.className}#${el.id}: `
    + `${Math.round(el.getBoundingClientRect().right)} px`)"""


def test_the_menu_folds_on_a_phone_and_no_page_scrolls_sideways(page: Page):
    problems: list[str] = []
    page.on(
        "console",
        lambda msg: problems.append(f"{page.url}: {msg.text}") if msg.type == "error" else None,
    )
    page.on(
        "response",
        lambda r: problems.append(f"{r.status} {r.url}") if r.status >= 400 else None,
    )
    sign_up(page, unique_name("phone"))
    menu = page.get_by_test_id("menu-toggle")
    main_nav = page.get_by_role("navigation", name="Main")

    # A desktop shows the links and no menu button.
    page.set_viewport_size({"width": 1280, "height": 800})
    page.goto("/library")
    expect(menu).to_be_hidden()
    expect(main_nav.get_by_role("link", name="Jobs")).to_be_visible()
    page.screenshot(path=DESKTOP_SCREENSHOT)

    for width in (390, 320):
        page.set_viewport_size({"width": width, "height": 844})
        for path in PAGES:
            page.goto(path)
            page.wait_for_load_state("load")
            scroll, inner = page.evaluate(WIDTH)
            assert scroll <= inner, (path, scroll, inner, page.evaluate(TOO_WIDE))
            # The links are folded away behind the button until it is pressed.
            expect(menu).to_be_visible()
            expect(menu).to_have_attribute("aria-expanded", "false")
            expect(main_nav.get_by_role("link", name="Jobs")).to_be_hidden()

    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/library")
    menu.click()
    expect(menu).to_have_attribute("aria-expanded", "true")
    jobs = main_nav.get_by_role("link", name="Jobs")
    expect(jobs).to_be_visible()
    expect(page.get_by_role("button", name="Sign out")).to_be_visible()
    scroll, inner = page.evaluate(WIDTH)
    assert scroll <= inner  # the open menu fits too
    page.screenshot(path=SCREENSHOT, full_page=True)
    # Escape folds it again and gives the focus back to the button.
    page.keyboard.press("Escape")
    expect(menu).to_have_attribute("aria-expanded", "false")
    expect(jobs).to_be_hidden()
    expect(menu).to_be_focused()
    # From the keyboard: Enter opens it, and a link in it goes where it says.
    page.keyboard.press("Enter")
    expect(jobs).to_be_visible()
    jobs.click()
    page.wait_for_url("**/jobs")
    expect(page.get_by_role("heading", level=1)).to_contain_text("Jobs")

    assert problems == [], "\n".join(problems)


def test_copy_signed_link_copies_it_with_one_click(page: Page, tmp_path):
    """The file page shows no empty box for the signed link; one click on "Copy
    signed link" makes the link, shows it and puts it on the clipboard."""
    page.context.grant_permissions(["clipboard-read", "clipboard-write"])
    sign_up(page, unique_name("copy"))
    photo = tmp_path / "harbour.png"
    Image.new("RGB", (64, 48), (20, 90, 160)).save(photo)
    page.goto("/library")
    page.wait_for_load_state("load")
    page.locator("#upload-input").set_input_files(photo)
    item = page.locator(".upload-item").filter(has_text="harbour.png")
    expect(item).to_have_attribute("data-state", "done", timeout=30_000)
    file_page = f"/library/{item.get_attribute('data-file-id')}"
    page.goto(file_page)
    # Processed first: the page reloads itself once the file is ready. The
    # suite's live server is shared, so its two workers may still be busy with
    # another test's videos: wait for the queue, not for a fixed time.
    expect(page.locator("#file-status")).to_have_attribute("data-status", "ready", timeout=150_000)
    page.goto(file_page)
    page.wait_for_load_state("load")  # htmx (deferred) is running
    box = page.get_by_test_id("signed-link")
    assert box.evaluate("el => el.getBoundingClientRect().height") == 0  # nothing drawn yet
    page.evaluate("navigator.clipboard.writeText('before')")
    page.get_by_test_id("make-signed-link").click()
    url = page.get_by_test_id("signed-url")
    expect(url).to_have_value(re.compile(r"^http://127\.0\.0\.1:\d+/.+"))
    expect(page.get_by_test_id("copy-signed-url")).to_have_text("Copied")
    assert page.evaluate("navigator.clipboard.readText()") == url.input_value()
    expect(box).to_have_class(re.compile(r"\bhas-link\b"))  # once htmx has settled it
    assert box.evaluate("el => el.getBoundingClientRect().height") > 40
    # The link works without signing in.
    anonymous = page.context.browser.new_context()
    try:
        r = anonymous.request.get(url.input_value())
        assert r.status == 200
        assert r.body().startswith(b"\x89PNG")
    finally:
        anonymous.close()
