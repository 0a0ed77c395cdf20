"""The jobs pages in a real browser against a live server with a real worker:
upload a 40 s clip, start an H.265 encode from the jobs page (after a refused
combination is shown next to its field), watch the progress bar move, cancel
it and see polling end, retry it and watch it run again in the list, then
delete it through the confirmation dialog."""

from __future__ import annotations

import re
import time

import pytest
from playwright.sync_api import Page, expect

from tests.media_fixtures import make_video

from .conftest import new_page, run_live_server, unique_name
from .test_browser_account import sign_up

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

SCREENSHOT = "/tmp/t2m-jobs.png"
LIST_SCREENSHOT = "/tmp/t2m-jobs-list.png"
CANCELLED_SCREENSHOT = "/tmp/t2m-jobs-cancelled.png"
PROCESSING_TIMEOUT = 60_000  # ms: the worker probes and thumbnails the upload

PROGRESS = "(sel) => Number(document.querySelector(sel)?.value ?? -1)"
PROGRESS_ABOVE = """([sel, floor]) => {
  const bar = document.querySelector(sel);
  return !!bar && Number(bar.value) > floor;
}"""


@pytest.fixture(scope="module")
def jobs_live(tmp_path_factory):
    """A live server with a worker; no rate limits (the pages poll every second) and
    no rendition ladder (the upload is ready sooner)."""
    with run_live_server(
        tmp_path_factory.mktemp("live-jobs-pages"),
        {"T2M_RATELIMIT_ENABLED": "false", "T2M_RENDITIONS_ENABLED": "false"},
    ) as server:
        yield server


@pytest.fixture
def jobs_page(browser, jobs_live):
    with new_page(browser, jobs_live.url) as page:
        yield page


def upload_clip(page: Page, path) -> int:
    """Upload through the library page and wait until the file is processed."""
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Library").click()
    page.wait_for_url("**/library")
    page.wait_for_load_state("load")  # upload.js (deferred) is running
    page.locator("#upload-input").set_input_files(path)
    item = page.locator(".upload-item").filter(has_text=path.name)
    expect(item).to_have_attribute("data-state", "done", timeout=60_000)
    file_id = int(item.get_attribute("data-file-id"))
    expect(page.locator(f"#file-{file_id}")).to_have_attribute(
        "data-status", "ready", timeout=PROCESSING_TIMEOUT
    )
    return file_id


def wait_for_progress_above(page: Page, selector: str, floor: float, timeout=30_000) -> float:
    page.wait_for_function(PROGRESS_ABOVE, arg=[selector, floor], timeout=timeout)
    return page.evaluate(PROGRESS, selector)


def test_encode_watch_cancel_retry_delete(jobs_page: Page, jobs_live, tmp_path):
    page = jobs_page
    requests: list[tuple[float, str]] = []
    page.on("request", lambda r: requests.append((time.monotonic(), r.url)))
    sign_up(page, unique_name("jobs"))

    # Nothing to encode yet.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Jobs").click()
    page.wait_for_url("**/jobs")
    expect(page.get_by_test_id("jobs-empty")).to_be_visible()
    expect(page.get_by_test_id("no-videos")).to_be_visible()

    # 50 fps so that H.265 at high quality takes a while on a small box.
    clip = make_video(tmp_path / "long-take.mp4", seconds=40, size="640x360", rate=50)
    file_id = upload_clip(page, clip)

    # Your work is still empty; the upload's processing job is under Everything,
    # and the form offers the clip.
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Jobs").click()
    page.wait_for_url("**/jobs")
    page.wait_for_load_state("load")
    rows = page.locator("#jobs-list .job-row")
    expect(page.get_by_test_id("jobs-empty")).to_be_visible()
    page.locator("#jobs-type").select_option("all")
    expect(page).to_have_url(re.compile(r"type=all"))
    expect(rows).to_have_count(1)
    expect(rows.first).to_have_attribute("data-status", "completed")
    expect(rows.first.locator(".job-title")).to_contain_text("Upload processing")
    expect(rows.first.locator(".job-file")).to_have_text("long-take.mp4")
    page.goto("/jobs")
    page.wait_for_load_state("load")
    form = page.locator("#encode-form")
    expect(form.get_by_label("Video")).to_have_value(str(file_id))
    expect(form.get_by_label("Codec")).to_have_value("h264")

    # A combination the encoder refuses: the reason appears next to the field, in place.
    form.get_by_label("Codec").select_option("h265")
    form.get_by_label("Quality").select_option("high")
    form.get_by_label("Container").select_option("webm")
    form.get_by_label("Audio").select_option("opus")
    form.get_by_role("button", name="Start encoding").click()
    error = page.locator("#container-errors")
    expect(error).to_have_text("Webm cannot hold h265; use mp4 or mkv.")
    expect(page).to_have_url(re.compile(r"/jobs$"))
    expect(page.locator("#jobs-list .job-row")).to_have_count(0)  # nothing was created

    # The form kept the choices; fix the container and start.
    form = page.locator("#encode-form")
    expect(form.get_by_label("Codec")).to_have_value("h265")
    form.get_by_label("Container").select_option("mp4")
    form.get_by_label("Audio").select_option("aac")
    form.get_by_role("button", name="Start encoding").click()
    page.wait_for_url(re.compile(r"/jobs/(\d+)$"))
    job_id = int(page.url.rsplit("/", 1)[1])
    expect(
        page.get_by_role("status").filter(has_text=f"Encode job #{job_id} queued.")
    ).to_be_visible()
    expect(page.get_by_test_id("job-title")).to_contain_text(f"Encode #{job_id}")
    expect(page.get_by_test_id("job-parameters")).to_contain_text("H.265 (HEVC)")

    # The progress bar moves by itself (the status block polls every second).
    bar = "#job-status [data-testid=job-progress]"
    status = page.locator("#job-status")
    expect(status).to_have_attribute("data-status", "processing", timeout=30_000)
    first = wait_for_progress_above(page, bar, 10)
    second = wait_for_progress_above(page, bar, first)
    third = wait_for_progress_above(page, bar, second)
    assert 10 < first < second < third < 100, (first, second, third)
    expect(
        page.locator("#job-log .log-text").filter(has_text="Encoding with libx265")
    ).to_be_visible()
    page.screenshot(path=SCREENSHOT, full_page=True)

    # Cancel: ffmpeg is stopped, the page shows it in place, and polling ends.
    page.get_by_test_id("job-cancel").click()
    expect(status).to_have_attribute("data-status", "cancelled", timeout=15_000)
    expect(status.get_by_test_id("job-status")).to_have_text("cancelled")
    expect(page.get_by_test_id("job-cancel")).to_have_count(0)
    expect(page.get_by_test_id("job-retry")).to_be_visible()
    expect(page.locator("#job-log .log-text").filter(has_text="Cancel").first).to_be_visible()
    stopped_at = page.evaluate(PROGRESS, bar)
    assert 10 < stopped_at < 100
    page.wait_for_timeout(1_000)  # let a poll that was already on its way land
    polled = [u for _, u in requests if f"/jobs/{job_id}" in u]
    page.wait_for_timeout(3_500)
    assert [u for _, u in requests if f"/jobs/{job_id}" in u] == polled, "still polling"
    assert page.evaluate(PROGRESS, bar) == stopped_at
    expect(status).to_have_attribute("data-status", "cancelled")
    page.screenshot(path=CANCELLED_SCREENSHOT, full_page=True)

    # Retry: queued again, then running, with the bar moving from the start.
    page.get_by_test_id("job-retry").click()
    expect(page.get_by_test_id("job-message")).to_have_text("The job was queued again.")
    expect(status).to_have_attribute("data-status", "processing", timeout=30_000)
    expect(page.get_by_test_id("job-cancel")).to_be_visible()
    wait_for_progress_above(page, bar, 10)

    # The list shows it running too, its row polling on its own.
    page.get_by_role("link", name="← Jobs").click()
    page.wait_for_url("**/jobs")
    row = page.locator(f"#job-{job_id}")
    expect(row).to_have_attribute("data-status", "processing")
    row_bar = f"#job-{job_id} [data-testid=job-progress]"
    one = wait_for_progress_above(page, row_bar, 10)
    wait_for_progress_above(page, row_bar, one)
    page.screenshot(path=LIST_SCREENSHOT, full_page=True)

    # The filters swap the list in place and keep the URL in step.
    page.locator("#jobs-type").select_option("all")
    expect(page).to_have_url(re.compile(r"type=all"))
    page.locator("#jobs-status").select_option("completed")
    expect(page).to_have_url(re.compile(r"status=completed"))
    expect(page.locator("#jobs-list .job-row")).to_have_count(1)
    expect(page.locator(f"#job-{job_id}")).to_have_count(0)
    page.locator("#jobs-status").select_option("")
    expect(page.locator(f"#job-{job_id}")).to_have_count(1)

    # Delete, through the confirmation dialog (it is stopped first).
    row.locator(".job-title").click()
    page.wait_for_url(f"**/jobs/{job_id}")
    dialogs: list[str] = []

    def accept(dialog):
        dialogs.append(dialog.message)
        dialog.accept()

    page.on("dialog", accept)
    page.get_by_test_id("job-delete").click()
    page.wait_for_url("**/jobs", timeout=15_000)
    assert dialogs == [f"Delete job #{job_id}? It is stopped first. This cannot be undone."]
    expect(
        page.get_by_role("status").filter(has_text=f"Job #{job_id} was deleted.")
    ).to_be_visible()
    expect(page.locator(f"#job-{job_id}")).to_have_count(0)
    expect(page.get_by_test_id("jobs-empty")).to_be_visible()
    page.goto("/jobs?type=all")
    expect(page.locator("#jobs-list .job-row")).to_have_count(1)  # the upload's job stays
    page.goto(f"/jobs/{job_id}")
    expect(page.get_by_role("heading", name="404")).to_be_visible()
