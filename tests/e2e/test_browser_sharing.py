"""A video's owner gives it a title and shares it; a signed-out browser watches
it on the share page (HLS through signed links) and in an <iframe> on another
site; made private again, the link is a 404. At 1280 and 390 px wide."""

from __future__ import annotations

import http.server
import re
import threading
from collections.abc import Iterator

import pytest
from playwright.sync_api import Page, expect

from tests.media_fixtures import make_video

from .conftest import free_port, new_page, unique_name
from .test_browser_account import sign_up
from .test_browser_library import wait_until_uploaded
from .test_browser_watch import READY_TIMEOUT, plays

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-share-{}.png"


@pytest.fixture
def other_site() -> Iterator[tuple[str, dict]]:
    """Another origin (its own port) serving one page: an iframe of ``pages['embed']``."""
    pages: dict[str, str] = {}

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self):
            body = (
                "<!doctype html><title>A blog</title><h1>My blog</h1>"
                f'<iframe src="{pages["embed"]}" width="640" height="360" '
                'allow="fullscreen; autoplay" title="video"></iframe>'
            ).encode()
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

        def log_message(self, *args):
            pass

    port = free_port()
    server = http.server.ThreadingHTTPServer(("127.0.0.1", port), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{port}/", pages
    finally:
        server.shutdown()
        server.server_close()


def test_title_share_watch_signed_out_embed_and_unshare(
    page: Page, browser, live, tmp_path, other_site
):
    sign_up(page, unique_name("share"))
    page.goto("/library")
    page.wait_for_load_state("load")
    clip = make_video(tmp_path / "IMG_2031.mp4", seconds=6, size="640x360")
    page.locator("#upload-input").set_input_files(clip)
    file_id = wait_until_uploaded(page, "IMG_2031.mp4")
    page.goto(f"/library/{file_id}")
    expect(page.get_by_test_id("player")).to_have_attribute(
        "data-playback", "hls", timeout=READY_TIMEOUT
    )
    page.wait_for_load_state("load")

    # A title and tags instead of the camera's file name.
    page.get_by_test_id("edit-details").click()
    page.get_by_label("Title").fill("Harbour at dawn")
    page.get_by_label("Tags").fill("sea, boats")
    page.get_by_test_id("save-details").click()
    expect(page.get_by_test_id("details-saved")).to_be_visible()
    expect(page.get_by_test_id("file-title")).to_have_text("Harbour at dawn")
    expect(page.get_by_test_id("file-tags")).to_contain_text("boats")
    page.goto("/library")
    expect(page.locator(f"#file-{file_id} .file-name")).to_have_text("Harbour at dawn")
    page.goto(f"/library/{file_id}")

    # Unlisted: a link and an embed code, each with a Copy button.
    sharing = page.get_by_test_id("sharing")
    sharing.get_by_test_id("visibility").select_option("unlisted")
    sharing.get_by_test_id("save-visibility").click()
    expect(page.get_by_test_id("sharing")).to_have_attribute("data-visibility", "unlisted")
    link = page.get_by_test_id("share-url").input_value()
    assert re.fullmatch(rf"{re.escape(live.url)}/s/[A-Za-z0-9_-]{{16}}", link), link
    embed_code = page.get_by_test_id("embed-code").input_value()
    embed = re.search(r'src="([^"]+)"', embed_code).group(1)
    assert embed == link.replace("/s/", "/embed/")
    page.screenshot(path=SCREENSHOT.format("owner"), full_page=True)

    # A signed-out browser watches it through HLS, and the link previews well.
    with new_page(browser, live.url) as visitor:
        for width in (1280, 390):
            visitor.set_viewport_size({"width": width, "height": 844})
            visitor.goto(link)
            expect(visitor.get_by_test_id("share-title")).to_have_text("Harbour at dawn")
            expect(visitor.get_by_test_id("player")).to_have_attribute("data-playback", "hls")
            scroll, inner = visitor.evaluate(
                "() => [document.documentElement.scrollWidth, innerWidth]"
            )
            assert scroll <= inner, (width, scroll, inner)
            visitor.screenshot(path=SCREENSHOT.format(f"visitor-{width}"), full_page=True)
        og = visitor.locator('meta[property="og:title"]')
        expect(og).to_have_attribute("content", "Harbour at dawn")
        expect(visitor.locator('meta[property="og:image"]')).to_have_attribute(
            "content", re.compile(rf"^{re.escape(live.url)}/api/v1/files/secure/{file_id}\?")
        )
        plays(visitor, 1.0)
        src = visitor.get_by_test_id("preview-video").evaluate("v => v.currentSrc")
        assert src.startswith("blob:")  # hls.js on the signed master playlist

        # Another site embeds it; the player plays inside the frame.
        site, pages = other_site
        pages["embed"] = embed
        visitor.goto(site)
        frame = visitor.frame_locator("iframe")
        video = frame.locator("video")
        expect(video).to_be_attached()
        expect(frame.get_by_test_id("player")).to_have_attribute("data-playback", "hls")
        video.evaluate("v => { v.muted = true; return v.play(); }")
        start = video.evaluate("v => v.currentTime")
        video.evaluate(
            "(v, t) => new Promise((ok) => { const on = () => { if (v.currentTime > t + 0.5)"
            " { v.removeEventListener('timeupdate', on); ok(); } };"
            " v.addEventListener('timeupdate', on); })",
            start,
        )
        visitor.screenshot(path=SCREENSHOT.format("embed"))

        # Private again: the visitor's link is gone.
        sharing = page.get_by_test_id("sharing")
        sharing.get_by_test_id("visibility").select_option("private")
        sharing.get_by_test_id("save-visibility").click()
        expect(page.get_by_test_id("sharing")).to_have_attribute("data-visibility", "private")
        response = visitor.goto(link)
        assert response.status == 404
        expect(visitor.locator("body")).not_to_contain_text("Harbour")
