"""Watching a video in a real browser against the live server: upload a clip
through the library page, wait for its streaming versions ("Preparing
streaming versions…" while the process job runs), then prove it plays
through HLS (hls.js attached, fMP4 segments fetched, time advancing, no
error) in one player (Plyr) with one seek bar that shows storyboard previews,
switch to a progressive MP4 in its quality menu and back while playing (the
position is kept), change the speed, and drive it from the keyboard.

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
VIDEO_STATE = """() => { const v = document.querySelector('video');
  return {time: v.currentTime, paused: v.paused, ended: v.ended, ready: v.readyState,
          src: v.currentSrc.slice(0, 60), error: v.error && v.error.message,
          playback: document.getElementById('player').dataset.playback}; }"""
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


def video_time(page: Page) -> float:
    return page.get_by_test_id("preview-video").evaluate("v => v.currentTime")


def choose(page: Page, menu: str, item: str, *, playing: bool = False) -> float:
    """Pick ``item`` in the player's settings menu, under ``menu`` (Quality, Speed),
    as a person does: pointer over the video (the controls come up) and on the
    control bar, Settings unless its menu is still open, the menu, the item.
    With ``playing``, the video plays when the item is clicked (the menus are
    opened while it is paused: a playing video's controls hide after two
    seconds without the pointer moving, which a busy machine can take between
    two clicks). Returns the video's time just before the last click."""
    player = page.get_by_test_id("player")
    video = page.get_by_test_id("preview-video")
    if playing:
        video.evaluate("v => v.pause()")
    player.locator(".plyr").hover()
    player.locator(".plyr__controls").hover()
    settings = player.locator("button[data-plyr=settings]:not([role])")
    if settings.get_attribute("aria-expanded") != "true":
        settings.click()
    entry = player.get_by_role("menuitem", name=re.compile(rf"^{menu}"))
    expect(entry).to_be_visible()
    entry.click()
    choice = player.get_by_role("menuitemradio", name=item, exact=True)
    expect(choice).to_be_visible()
    if playing:
        video.evaluate("v => v.play()")
        page.wait_for_function("() => !document.querySelector('video').paused")
    at = video_time(page)
    choice.click()
    return at


def still_playing_from(page: Page, before: float) -> None:
    """After a switch: playing again, from no earlier than ``before`` (less a
    second for a keyframe), and the clock moves."""
    try:
        page.wait_for_function(
            "(t) => { const v = document.querySelector('video');"
            " return !v.paused && v.readyState >= 2 && v.currentTime > t; }",
            arg=before - 1.0,
            timeout=PLAY_TIMEOUT,
        )
    except Exception:
        state = page.evaluate(VIDEO_STATE)
        raise AssertionError(f"not playing from {before}: {state}") from None
    at = video_time(page)
    assert at >= before - 1.0, (at, before)
    page.wait_for_function(
        "(t) => document.querySelector('video').currentTime > t + 0.3", arg=at, timeout=PLAY_TIMEOUT
    )


def test_watch_through_hls_switch_quality_and_scrub(watch_page: Page, backend, tmp_path):
    page = watch_page
    name, server = backend
    requests: list[str] = []
    page.on("request", lambda r: requests.append(r.url))

    sign_up(page, unique_name("watch"))
    page.goto("/library")
    page.wait_for_load_state("load")  # upload.js (deferred) is running
    clip = make_video(tmp_path / "watch.mp4", seconds=20, size="640x360")
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

    # One player, one seek bar: hovering it shows the storyboard tile for that time.
    expect(player.locator("input[type=range]:not([data-plyr=volume])")).to_have_count(1)
    seek = player.locator("input[data-plyr=seek]")
    box = seek.bounding_box()
    seek.hover(position={"x": box["width"] * 0.6, "y": box["height"] / 2})
    preview = player.locator(".plyr__preview-thumb")
    expect(preview).to_have_class(re.compile(r"plyr__preview-thumb--is-shown"))
    expect(preview.locator("img").first).to_have_attribute(
        "src", re.compile(rf"/api/v1/files/{file_id}/storyboard\.jpg\?token=")
    )
    expect(preview).to_contain_text(re.compile(r"0:1[12]"))  # 60 % of 20 s
    page.wait_for_function(SPRITE_FETCHED)
    page.screenshot(path=SCREENSHOT.format(name), full_page=True)
    page.mouse.move(0, 0)
    expect(preview).not_to_have_class(re.compile(r"plyr__preview-thumb--is-shown"))

    # A progressive rendition from the quality menu, while playing: a signed MP4
    # link (Range and all) that carries on from the same moment.
    # (From the start: on a busy machine the menus may take a while to open.)
    page.get_by_test_id("preview-video").evaluate("v => { v.currentTime = 0; }")
    plays(page, 0.5)
    before = choose(page, "Quality", "360p MP4", playing=True)
    expect(player).to_have_attribute("data-playback", "progressive")
    expect(page.get_by_test_id("quality-now")).to_have_text("360p MP4")
    still_playing_from(page, before)
    src = page.get_by_test_id("preview-video").evaluate("v => v.currentSrc")
    assert f"/api/v1/files/secure/{file_id}?" in src
    assert "quality=360p" in src

    # And back to Auto (HLS), paused at 2 s: it stays paused there.
    video = page.get_by_test_id("preview-video")
    video.evaluate("v => { v.pause(); v.currentTime = 2; }")
    page.wait_for_function("() => !document.querySelector('video').seeking")
    choose(page, "Quality", "Auto")
    expect(player).to_have_attribute("data-playback", "hls")
    page.wait_for_function(
        "() => { const v = document.querySelector('video');"
        " return v.readyState >= 2 && Math.abs(v.currentTime - 2) < 0.5; }",
        timeout=PLAY_TIMEOUT,
    )
    assert video.evaluate("v => v.paused")
    assert video.evaluate("v => v.currentSrc").startswith("blob:")
    video.evaluate("v => v.play()")
    still_playing_from(page, 2.0)

    # Locked on an HLS level (chosen while paused: the controls stay up).
    video.evaluate("v => v.pause()")
    before = choose(page, "Quality", "360p")
    expect(page.get_by_test_id("quality-now")).to_have_text("360p")
    expect(player).to_have_attribute("data-level", "360p")
    assert video.evaluate("v => v.paused")
    assert abs(video_time(page) - before) < 0.5
    video.evaluate("v => v.play()")
    still_playing_from(page, before)
    video.evaluate("v => v.pause()")

    # Speed.
    choose(page, "Speed", "1.5\N{MULTIPLICATION SIGN}")
    assert page.get_by_test_id("preview-video").evaluate("v => v.playbackRate") == 1.5

    # Keyboard: space plays, k pauses, → skips 5 s, m mutes, t is theatre mode.
    video.evaluate("v => { v.playbackRate = 1; v.pause(); v.currentTime = 1; }")
    player.locator("button[data-plyr=settings]:not([role])").click()  # the menu closes
    expect(player.locator(".plyr__menu__container")).to_be_hidden()
    page.locator("h1").click()  # and now the page has it
    page.keyboard.press(" ")
    page.wait_for_function("() => !document.querySelector('video').paused")
    page.keyboard.press("k")
    page.wait_for_function("() => document.querySelector('video').paused")
    at = video_time(page)
    page.keyboard.press("ArrowRight")
    page.wait_for_function(f"() => document.querySelector('video').currentTime >= {at + 4.9}")
    muted = page.get_by_test_id("preview-video").evaluate("v => v.muted")
    page.keyboard.press("m")
    page.wait_for_function("(was) => document.querySelector('video').muted === !was", arg=muted)
    page.keyboard.press("t")
    expect(page.locator("body")).to_have_class(re.compile(r"\btheatre\b"))
    expect(page.get_by_test_id("theatre")).to_have_attribute("aria-pressed", "true")
    page.get_by_test_id("theatre").click()
    expect(page.locator("body")).not_to_have_class(re.compile(r"\btheatre\b"))
