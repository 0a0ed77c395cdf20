"""The library in a real browser against the live server: upload several files
at once with progress, thumbnails swapped in by polling, video playback from
the stream route, a refused file, filters, and deletion with confirmation.

The main journey runs twice: on local disk, and with the media in S3 (moto),
where the browser is redirected to presigned URLs for pictures and video."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.media_fixtures import make_image, make_video

from .conftest import new_page, unique_name
from .test_browser_account import sign_up

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-library.png"
FILE_SCREENSHOT = "/tmp/t2m-library-file.png"
PROCESSING_TIMEOUT = 60_000  # ms: the worker probes and thumbnails the uploads

IMAGE_LOADED = """(id) => {
  const img = document.querySelector(`#file-${id} img`);
  return !!img && img.complete && img.naturalWidth > 0;
}"""


def upload_item(page: Page, name: str):
    return page.locator(".upload-item").filter(has=page.locator(".upload-name", has_text=name))


def wait_until_uploaded(page: Page, name: str) -> int:
    """Wait for one file's row to finish; return the new file's id."""
    item = upload_item(page, name)
    expect(item).to_have_attribute("data-state", "done", timeout=30_000)
    expect(item.locator("progress")).to_have_js_property("value", 100)
    expect(item.locator(".upload-state")).to_have_text("Done")
    expect(item.locator(".upload-message")).to_have_text(f"Uploaded {name}.")
    expect(item.locator(".upload-cancel")).to_be_hidden()
    return int(item.get_attribute("data-file-id"))


@pytest.fixture(params=["local", "s3"])
def backend(request):
    """The live server for one storage backend: ``(name, server)``."""
    if request.param == "local":
        return "local", request.getfixturevalue("live")
    return "s3", request.getfixturevalue("live_s3")


@pytest.fixture
def library_page(browser, backend):
    with new_page(browser, backend[1].url) as page:
        yield page


def media_files(instance) -> list[str]:
    """Every file under the instance's local media folder."""
    root = instance / "media"
    return sorted(str(p.relative_to(root)) for p in root.rglob("*") if p.is_file())


def test_upload_watch_and_delete(library_page: Page, backend, tmp_path):
    page = library_page
    name, server = backend
    s3_fetches: list[str] = []
    if name == "s3":
        endpoint = server.s3.meta.endpoint_url
        page.on(
            "response",
            lambda r: s3_fetches.append(r.url) if r.url.startswith(endpoint) else None,
        )
        keys_before = set(server.object_keys())
    sign_up(page, unique_name("lib"))
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Library").click()
    page.wait_for_url("**/library")
    expect(page).to_have_title(re.compile("Library"))
    expect(page.get_by_test_id("library-empty")).to_be_visible()
    page.wait_for_load_state("load")  # htmx and upload.js (deferred) are running

    photo = make_image(tmp_path / "sunset.png", (800, 600))
    clip = make_video(tmp_path / "clip.mp4", seconds=3, size="320x240")

    # Two files at once: each gets its own row, request and progress bar.
    with page.expect_request(lambda r: r.url.endswith("/library/upload")) as first:
        page.locator("#upload-input").set_input_files([photo, clip])
    assert first.value.headers.get("x-csrftoken")
    expect(page.locator(".upload-item")).to_have_count(2)
    photo_id = wait_until_uploaded(page, "sunset.png")
    clip_id = wait_until_uploaded(page, "clip.mp4")

    # The grid refreshed by itself; the cards poll until processed, then the
    # thumbnail replaces the spinner.
    grid = page.locator("#library-grid")
    expect(grid.locator(".file-card")).to_have_count(2)
    photo_card = page.locator(f"#file-{photo_id}")
    clip_card = page.locator(f"#file-{clip_id}")
    expect(photo_card.locator(".file-name")).to_have_text("sunset.png")
    expect(photo_card).to_have_attribute("data-status", "ready", timeout=PROCESSING_TIMEOUT)
    expect(clip_card).to_have_attribute("data-status", "ready", timeout=PROCESSING_TIMEOUT)
    page.wait_for_function(IMAGE_LOADED, arg=photo_id, timeout=PROCESSING_TIMEOUT)
    page.wait_for_function(IMAGE_LOADED, arg=clip_id, timeout=PROCESSING_TIMEOUT)
    expect(photo_card.locator(".type-badge")).to_have_text("image")
    expect(clip_card.locator(".type-badge")).to_have_text("video")
    expect(clip_card.locator(".thumb-duration")).to_have_text("0:03")

    # A refused file: the server's reason appears next to it.
    page.locator("#upload-input").set_input_files(
        {
            "name": "tool.bin",
            "mimeType": "application/octet-stream",
            "buffer": b"\x7fELF\x02\x01\x01" + bytes(200),
        }
    )
    refused = upload_item(page, "tool.bin")
    expect(refused).to_have_attribute("data-state", "error")
    expect(refused.locator(".upload-message")).to_contain_text("This file is not accepted")
    expect(refused.locator(".upload-state")).to_have_text("Failed")
    expect(grid.locator(".file-card")).to_have_count(2)

    page.screenshot(path=SCREENSHOT.replace(".png", f"-{name}.png"), full_page=True)

    if name == "s3":
        # Originals and thumbnails went to the bucket, nothing to local disk,
        # and the browser fetched the thumbnails from S3 itself.
        new_keys = set(server.object_keys()) - keys_before
        assert len([k for k in new_keys if k.startswith("blobs/")]) == 2, new_keys
        assert len([k for k in new_keys if k.startswith("derived/")]) >= 6, new_keys
        assert media_files(server.instance) == []
        assert any(server.bucket in url for url in s3_fetches), s3_fetches

    # Filters and search swap the grid in place and keep the URL in step.
    page.locator("#library-type").select_option("video")
    expect(grid.locator(".file-card")).to_have_count(1)
    expect(page).to_have_url(re.compile(r"type=video"))
    page.locator("#library-type").select_option("")
    expect(grid.locator(".file-card")).to_have_count(2)
    page.locator("#library-q").press_sequentially("suns")
    expect(grid.locator(".file-card")).to_have_count(1)
    expect(grid.locator(".file-name")).to_have_text("sunset.png")
    expect(page).to_have_url(re.compile(r"q=suns"))
    page.locator("#library-q").fill("")
    page.locator("#library-q").press("Backspace")
    expect(grid.locator(".file-card")).to_have_count(2)

    # The video plays from the stream route.
    clip_card.locator(".file-name").click()
    page.wait_for_url(f"**/library/{clip_id}")
    video = page.get_by_test_id("preview-video")
    expect(video).to_be_visible()
    expect(page.get_by_test_id("file-metadata")).to_contain_text("320 \N{MULTIPLICATION SIGN} 240")
    expect(page.get_by_test_id("file-metadata")).to_contain_text("h264")
    video.evaluate("v => { v.muted = true; return v.play(); }")
    page.wait_for_function("() => document.querySelector('video').readyState >= 2", timeout=15_000)
    start = video.evaluate("v => v.currentTime")
    page.wait_for_function(
        "(t) => document.querySelector('video').currentTime > t + 0.3", arg=start, timeout=15_000
    )
    assert video.evaluate("v => v.error") is None
    video.evaluate("v => v.pause()")
    page.screenshot(path=FILE_SCREENSHOT.replace(".png", f"-{name}.png"), full_page=True)
    if name == "s3":
        # It played through HLS (see test_browser_watch): segments from the bucket.
        assert any(server.bucket in url and ".m4s" in url for url in s3_fetches), s3_fetches
        keys_with_photo = set(server.object_keys())

    # Delete the picture, confirming the dialog; back in the library it is gone.
    page.goto(f"/library/{photo_id}")
    expect(page.get_by_test_id("preview-image")).to_be_visible()
    page.wait_for_function(
        "() => document.querySelector('[data-testid=preview-image]').naturalWidth > 0"
    )
    dialogs: list[str] = []

    def accept(dialog):
        dialogs.append(dialog.message)
        dialog.accept()

    page.on("dialog", accept)
    page.get_by_role("button", name="Delete").click()
    page.wait_for_url("**/library")
    assert dialogs == ["Delete “sunset.png”? This cannot be undone."]
    expect(page.get_by_role("status").filter(has_text="The file was deleted.")).to_be_visible()
    expect(page.locator(f"#file-{photo_id}")).to_have_count(0)
    expect(page.locator("#library-grid .file-card")).to_have_count(1)
    page.goto(f"/library/{photo_id}")
    expect(page.get_by_role("heading", name="404")).to_be_visible()
    if name == "s3":
        # The picture's blob and thumbnails left the bucket; the video's stayed.
        gone = keys_with_photo - set(server.object_keys())
        assert len([k for k in gone if k.startswith("blobs/")]) == 1, gone
        assert len([k for k in gone if k.startswith("derived/")]) >= 3, gone
        assert all(f"/{photo_id}/" in k or k.startswith("blobs/") for k in gone), gone


def test_cancel_stops_an_upload(page: Page, live_server, tmp_path):
    sign_up(page, unique_name("cancel"))
    page.goto("/library")
    page.wait_for_load_state("load")
    # Slow the upload down so there is time to press Cancel.
    cdp = page.context.new_cdp_session(page)
    cdp.send("Network.enable")
    cdp.send(
        "Network.emulateNetworkConditions",
        {"offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": 64 * 1024},
    )
    big = tmp_path / "big.png"
    big.write_bytes(make_image(tmp_path / "seed.png").read_bytes() + bytes(4 * 1024 * 1024))
    page.locator("#upload-input").set_input_files(big)
    item = upload_item(page, "big.png")
    expect(item).to_have_attribute("data-state", "uploading")
    page.wait_for_function(
        "() => document.querySelector('.upload-item progress').value > 0", timeout=15_000
    )
    item.get_by_role("button", name="Cancel big.png").click()
    expect(item).to_have_attribute("data-state", "cancelled")
    expect(item.locator(".upload-message")).to_have_text(
        "The upload was cancelled; nothing was stored."
    )
    page.reload()
    expect(page.get_by_test_id("library-empty")).to_be_visible()
