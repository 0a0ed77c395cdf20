"""The main pages, signed in and out, at 1280 and 390 px: axe-core (from the npm
registry, injected into each page) finds no serious or critical accessibility
violation, no page scrolls sideways, and a screenshot of each is saved under
``/tmp/t2m-pages/`` (git-ignored) for the next person to look at."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from PIL import Image
from playwright.sync_api import expect

from .conftest import unique_name
from .test_browser_account import sign_up
from .test_browser_library import wait_until_uploaded
from .test_browser_phone import TOO_WIDE

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

AXE = Path(__file__).resolve().parents[2] / "node_modules" / "axe-core" / "axe.min.js"
SHOTS = Path("/tmp/t2m-pages")
WIDTHS = (1280, 390)
RUN_AXE = """async () => {
  const result = await axe.run(document, {
    runOnly: {type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]},
  });
  return result.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => ({id: v.id, impact: v.impact, help: v.help,
                  nodes: v.nodes.slice(0, 4).map((n) => n.target.join(" ") + " :: "
                    + (n.failureSummary || "").split("\\n").slice(0, 2).join(" "))}));
}"""


def check(page, name: str, problems: list[str]) -> None:
    """axe-core on the page as it is now, the width, and a screenshot."""
    page.wait_for_load_state("load")
    page.add_script_tag(path=str(AXE))
    for violation in page.evaluate(RUN_AXE):
        problems.append(f"{name}: {json.dumps(violation, ensure_ascii=False)}")
    scroll, inner = page.evaluate("() => [document.documentElement.scrollWidth, innerWidth]")
    if scroll > inner:
        wide = page.evaluate(TOO_WIDE)
        problems.append(f"{name}: {scroll} px wide in a {inner} px window: {wide}")
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=True)


@pytest.fixture
def axe_page(browser, live_server):
    """A page whose CSP lets the test inject axe-core (other tests watch the CSP)."""
    assert AXE.exists(), "axe-core is installed by scripts/frontend.sh (npm)"
    SHOTS.mkdir(parents=True, exist_ok=True)
    context = browser.new_context(base_url=live_server, bypass_csp=True)
    context.set_default_timeout(15_000)
    try:
        yield context.new_page()
    finally:
        context.close()


def test_main_pages_have_no_serious_accessibility_violations(axe_page, tmp_path):
    page = axe_page
    problems: list[str] = []
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for path in ("/", "/login", "/register", "/forgot-password", "/api/docs"):
            page.goto(path)
            if path == "/api/docs":
                expect(page.locator(".opblock-tag").first).to_be_visible()
            check(page, f"signed-out{path.replace('/', '-') or '-home'}-{width}", problems)

    sign_up(page, unique_name("a11y"))
    page.goto("/library")
    page.wait_for_load_state("load")
    photo = tmp_path / "lake.png"
    Image.new("RGB", (96, 64), (30, 120, 200)).save(photo)
    page.locator("#upload-input").set_input_files(photo)
    file_id = wait_until_uploaded(page, "lake.png")
    expect(page.locator(f"#file-{file_id}")).to_have_attribute(
        "data-status", "ready", timeout=120_000
    )
    page.goto("/collections")
    page.get_by_label("Name").fill("Lakes")
    page.get_by_role("button", name="Create collection").click()
    page.goto(f"/library/{file_id}")
    page.get_by_test_id("visibility").select_option("unlisted")
    page.get_by_test_id("save-visibility").click()
    share = page.get_by_test_id("share-url").input_value()
    share_path = re.sub(r"^https?://[^/]+", "", share)

    signed_in = [
        "/",
        "/library",
        f"/library/{file_id}",
        "/generate",
        "/collections",
        "/jobs",
        "/profile",
        "/profile/webhooks",
        share_path,
    ]
    for width in WIDTHS:
        page.set_viewport_size({"width": width, "height": 900})
        for path in signed_in:
            page.goto(path)
            label = re.sub(r"[^a-z0-9]+", "-", path.strip("/")) or "home"
            if path == share_path:
                label = "share"
            check(page, f"{label}-{width}", problems)
    assert not problems, "\n".join(problems)
