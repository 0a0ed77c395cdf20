"""The API reference page as a developer uses it: Swagger UI (from the npm
registry) on the generated OpenAPI document, dark like the site, rendered
Markdown, a search box that narrows the tags, no wall of schemas, and "Try it
out" against the live server with an API key from "Authorize". Any
Content-Security-Policy violation fails the test (see ``new_page``)."""

from __future__ import annotations

import re

import pytest
import requests
from playwright.sync_api import Page, expect

from .conftest import register_via_api

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-api-docs-{}.png"


def test_the_reference_renders_searches_and_tries_a_call(page: Page, live_server):
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto("/api/docs")
    reference = page.get_by_test_id("api-reference")
    expect(reference.locator(".opblock-tag-section").first).to_be_visible()
    expect(page.locator("html")).to_have_class(re.compile(r"\bdark-mode\b"))

    # Every tag of the document, and its operations with method and path.
    spec = requests.get(live_server + "/api/v1/openapi.json", timeout=30).json()
    tags = reference.locator(".opblock-tag")
    expect(tags).to_have_count(len(spec["tags"]))
    # (an operation shows under each of its tags; the webhooks' payloads follow)
    shown = sum(len(op["tags"]) for item in spec["paths"].values() for op in item.values())
    expect(reference.locator(".opblock")).to_have_count(shown + len(spec["webhooks"]))
    videos = reference.locator("#operations-tag-videos")
    expect(videos).to_be_visible()
    generate = reference.locator(".opblock-post").filter(has_text="/api/v1/videos/generate")
    expect(generate.first).to_be_visible()
    # Markdown is rendered: the intro's `code` spans are <code>, not backticks.
    intro = reference.locator(".info .description")
    expect(intro.locator("code").first).to_be_visible()
    assert "`" not in intro.inner_text()
    # No wall of 70 schemas at the bottom.
    expect(reference.locator("section.models")).to_have_count(0)
    page.screenshot(path=SCREENSHOT.format("desktop"), full_page=False)

    # The search box narrows the tags.
    search = reference.locator("input.operation-filter-input")
    search.fill("webhooks")
    expect(tags).to_have_count(1)
    expect(tags.first).to_contain_text("webhooks")
    search.fill("")
    expect(tags).to_have_count(len(spec["tags"]))

    # Try it out: authorize with an API key, call GET /users/me, see yourself.
    user = register_via_api(live_server)
    key = requests.post(
        live_server + "/api/v1/auth/api-keys",
        json={"name": "docs", "scopes": ["files:read"]},
        headers={"Authorization": f"Bearer {user['access_token']}"},
        timeout=30,
    )
    assert key.status_code == 201, key.text
    reference.get_by_role("button", name=re.compile("Authorize")).first.click()
    scheme = page.locator(".dialog-ux .auth-container").filter(has_text="apiKeyAuth")
    scheme.locator("input").fill(key.json()["data"]["key"])
    scheme.locator("button.authorize").click()
    expect(scheme.locator("button", has_text="Logout")).to_be_visible()  # it took
    scheme.locator("button.btn-done").click()
    me = reference.locator("#operations-users-users_me_get, [id^=operations-users-]").filter(
        has_text="/api/v1/users/me"
    )
    me.first.locator(".opblock-summary").first.click()
    me.first.get_by_role("button", name="Try it out").click()
    me.first.get_by_role("button", name="Execute").click()
    response = me.first.locator(".responses-wrapper .live-responses-table")
    expect(response).to_contain_text("200")
    expect(response).to_contain_text(user["user"]["username"])
    assert not errors, errors


def test_the_reference_fits_a_phone(page: Page):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto("/api/docs")
    expect(page.get_by_test_id("api-reference").locator(".opblock-tag").first).to_be_visible()
    scroll, inner = page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    assert scroll <= inner, (scroll, inner)
    page.screenshot(path=SCREENSHOT.format("phone"), full_page=False)
