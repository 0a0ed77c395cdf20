"""Watching a video in a real browser against the live server: upload a clip
through the library page, wait for its streaming versions ("Preparing
streaming versions…" while the process job runs), then prove it plays
through HLS (hls.js attached, fMP4 segments fetched, time advancing, no
error), switch to a progressive MP4 in the quality menu and back to an HLS
level, and see a storyboard preview when hovering the seek bar.

Runs on local disk and with the media in S3 (moto), where the app redirects
segment requests to presigned URLs and hls.js follows them."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.media_fixtures import make_video

from .conftest import new_page, unique_name
from .test_browser_account import sign_up
from .test_browser_library import wait_until_uploaded

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-watch-{}.png"
READY_TIMEOUT = 120_000  # ms: the worker encodes the ladder and the storyboard
PLAY_TIMEOUT = 20_000
FIRST_LOOK = """() => ({
  playback: document.getElementById('player').dataset.playback,
  status: document.querySelector('[data-testid=playback-status]')?.textContent || '',
  progress: document.querySelector('[data-testid=playback-progress]')?.textContent || '',
})"""
SPRITE_FETCHED = """() => performance.getEntriesByType('resource')
  .some(e => e.name.includes('/storyboard.jpg?token='))"""


@pytest.fixture(params=["local", "s3"])
def backend(request):
    """The live server for one storage backend: ``(name, server)``."""
    if request.param == "local":
        return "local", request.getfixturevalue("live")
    return "s3", request.getfixturevalue("live_s3")


@pytest.fixture
def watch_page(browser, backend):
    with new_page(browser, backend[1].url) as page:
        yield page


def plays(page: Page, seconds: float = 0.8) -> None:
    """Start the video (muted, so autoplay rules allow it) and wait until its
    clock has moved ``seconds`` without an error."""
    video = page.get_by_test_id("preview-video")
    video.evaluate("v => { v.muted = true; return v.play(); }")
    page.wait_for_function(
        "() => document.querySelector('video').readyState >= 2", timeout=PLAY_TIMEOUT
    )
    start = video.evaluate("v => v.currentTime")
    page.wait_for_function(
        f"(t) => document.querySelector('video').currentTime > t + {seconds}",
        arg=start,
        timeout=PLAY_TIMEOUT,
    )
    assert video.evaluate("v => v.error") is None


def test_watch_through_hls_switch_quality_and_scrub(watch_page: Page, backend, tmp_path):
    page = watch_page
    name, server = backend
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))

    sign_up(page, unique_name("watch"))
    page.goto("/library")
    page.wait_for_load_state("load")  # upload.js (deferred) is running
    clip = make_video(tmp_path / "watch.mp4", seconds=6, size="640x360")
    page.locator("#upload-input").set_input_files(clip)
    file_id = wait_until_uploaded(page, "watch.mp4")

    # Straight to the video's page: while the ladder is made it plays the
    # original and says so, then reloads itself into HLS.
    page.goto(f"/library/{file_id}")
    player = page.get_by_test_id("player")
    expect(player).to_be_visible()
    first = page.evaluate(FIRST_LOOK)  # at once: the page may reload itself any moment
    if first["playback"] == "original":  # (it almost always is)
        assert "Preparing streaming versions" in first["status"], first
        assert re.fullmatch(r"\d{1,3}%", first["progress"]), first
    expect(player).to_have_attribute("data-playback", "hls", timeout=READY_TIMEOUT)
    page.wait_for_load_state("load")

    # hls.js plays the signed master playlist through Media Source Extensions.
    assert page.evaluate("() => window.Hls && window.Hls.isSupported()")
    master = f"/api/v1/files/{file_id}/hls/master.m3u8?token="
    assert player.get_attribute("data-hls").startswith(master)
    plays(page, 1.0)
    assert page.get_by_test_id("preview-video").evaluate("v => v.currentSrc").startswith("blob:")
    segments = [u for u in requests if re.search(r"/hls/360p/seg_\d{5}\.m4s\?token=", u)]
    assert segments, requests
    assert any(re.search(r"/hls/360p/init\.mp4\?token=", u) for u in requests)
    expect(player).to_have_attribute("data-level", "360p")
    expect(page.get_by_test_id("quality-now")).to_have_text("Auto · 360p")
    if name == "s3":
        # Segments came from the bucket (the app redirected hls.js to S3).
        endpoint = server.s3.meta.endpoint_url
        fetched = [u for u in requests if u.startswith(endpoint) and ".m4s" in u]
        assert fetched, requests
        assert all(server.bucket in u for u in fetched), fetched
    page.get_by_test_id("preview-video").evaluate("v => v.pause()")

    # Scrub preview: hovering the seek bar shows the storyboard tile for that time.
    expect(player).to_have_attribute("data-storyboard-cues", "6")  # one tile a second
    seek = page.get_by_test_id("seek-range")
    box = seek.bounding_box()
    seek.hover(position={"x": box["width"] * 0.6, "y": box["height"] / 2})
    preview = page.get_by_test_id("scrub-preview")
    expect(preview).to_be_visible()
    thumb = preview.locator(".seek-thumb")
    expect(thumb).to_have_css(
        "background-image", re.compile(rf"/api/v1/files/{file_id}/storyboard\.jpg\?token=")
    )
    expect(preview.locator(".seek-time")).to_have_text(re.compile(r"0:0[3-4]"))
    # 60% of 6 s is the fourth tile: x = 3 * 160 on the first row.
    expect(player).to_have_attribute("data-preview", re.compile(r"^(320|480),0$"))
    page.wait_for_function(SPRITE_FETCHED)
    page.screenshot(path=SCREENSHOT.format(name), full_page=True)
    page.mouse.move(0, 0)
    expect(preview).to_be_hidden()
    # Keyboard users get it too: arrow keys on the seek bar move and preview.
    seek.focus()
    seek.press("End")
    expect(preview).to_be_visible()
    expect(player).to_have_attribute("data-preview", "800,0")  # the sixth tile
    assert seek.get_attribute("aria-valuetext").endswith("of 0:06")
    seek.press("Escape")
    expect(preview).to_be_hidden()
    seek.press("Home")  # back to the start (End had moved the video there too)
    page.wait_for_function("() => document.querySelector('video').currentTime < 0.5")

    # A progressive rendition from the quality menu: a signed MP4 link, Range and all.
    quality = page.get_by_test_id("quality")
    quality.select_option("mp4:360p")
    expect(player).to_have_attribute("data-playback", "progressive")
    expect(page.get_by_test_id("quality-now")).to_have_text("360p MP4")
    plays(page, 0.8)
    src = page.get_by_test_id("preview-video").evaluate("v => v.currentSrc")
    assert f"/api/v1/files/secure/{file_id}?" in src
    assert "quality=360p" in src
    page.get_by_test_id("preview-video").evaluate("v => v.pause()")

    # And back to HLS, locked on a level.
    quality.select_option("hls:360p")
    expect(player).to_have_attribute("data-playback", "hls")
    plays(page, 0.5)
    expect(page.get_by_test_id("quality-now")).to_have_text("360p")
    assert page.get_by_test_id("preview-video").evaluate("v => v.currentSrc").startswith("blob:")
