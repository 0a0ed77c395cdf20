"""Pages updated by push in a real browser: the job page's progress rises while
the network log shows no polling request (only the page's one event stream),
and when that stream cannot be opened the page falls back to polling."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from tests.media_fixtures import make_video

from .conftest import new_page, run_live_server, unique_name
from .test_browser_account import sign_up
from .test_browser_jobs import upload_clip, wait_for_progress_above

pytestmark = [pytest.mark.e2e, pytest.mark.browser]

BAR = "#job-status [data-testid=job-progress]"
SCREENSHOT = "/tmp/t2m-job-live.png"


@pytest.fixture(scope="module")
def live_pages(tmp_path_factory):
    with run_live_server(
        tmp_path_factory.mktemp("live-pages"),
        {"T2M_RATELIMIT_ENABLED": "false", "T2M_RENDITIONS_ENABLED": "false"},
    ) as server:
        yield server


@pytest.fixture(scope="module")
def clip(tmp_path_factory):
    # 50 fps so that H.265 at high quality takes a while on a small box.
    path = tmp_path_factory.mktemp("clip") / "long-take.mp4"
    return make_video(path, seconds=40, size="640x360", rate=50)


def start_encode(page: Page, clip) -> int:
    upload_clip(page, clip)
    page.get_by_role("navigation", name="Main").get_by_role("link", name="Jobs").click()
    page.wait_for_url("**/jobs")
    page.wait_for_load_state("load")
    form = page.locator("#encode-form")
    form.get_by_label("Codec").select_option("h265")
    form.get_by_label("Quality").select_option("high")
    form.get_by_role("button", name="Start encoding").click()
    page.wait_for_url(re.compile(r"/jobs/(\d+)$"))
    return int(page.url.rsplit("/", 1)[1])


def test_the_job_page_rises_by_push_with_no_polling(browser, live_pages, clip):
    with new_page(browser, live_pages.url) as page:
        sign_up(page, unique_name("push"))
        seen: list[str] = []
        page.on("request", lambda r: seen.append(r.url))
        job_id = start_encode(page, clip)
        status = page.locator("#job-status")
        expect(page.locator("html")).to_have_attribute("data-live", "open")
        expect(status).to_have_attribute("data-status", "processing", timeout=30_000)
        first = wait_for_progress_above(page, BAR, 5, timeout=60_000)
        second = wait_for_progress_above(page, BAR, first, timeout=60_000)
        third = wait_for_progress_above(page, BAR, second, timeout=60_000)
        assert first < second < third < 100, (first, second, third)
        page.screenshot(path=SCREENSHOT, full_page=True)
        polls = [u for u in seen if re.search(rf"^[^?]*/jobs/{job_id}/status", u)]
        assert polls == [], polls
        # One stream for the job page, opened once (no reconnecting churn).
        streams = [u for u in seen if re.search(rf"/live\?w=job-status\+/jobs/{job_id}/", u)]
        assert len(streams) == 1, streams
        # The log follows too, fetched when the stream says it has new lines.
        expect(
            page.locator("#job-log .log-text").filter(has_text="Encoding with libx265")
        ).to_be_visible()
        page.get_by_test_id("job-cancel").click()
        expect(status).to_have_attribute("data-status", "cancelled", timeout=15_000)


def test_without_the_stream_the_page_polls(browser, live_pages, clip):
    with new_page(browser, live_pages.url) as page:
        page.route(re.compile(r".*/live\?.*"), lambda route: route.abort())
        sign_up(page, unique_name("poll"))
        job_id = start_encode(page, clip)
        seen: list[str] = []
        page.on("request", lambda r: seen.append(r.url))
        status = page.locator("#job-status")
        expect(status).to_have_attribute("data-status", "processing", timeout=30_000)
        first = wait_for_progress_above(page, BAR, 5, timeout=60_000)
        wait_for_progress_above(page, BAR, first, timeout=60_000)
        polls = [u for u in seen if re.search(rf"^[^?]*/jobs/{job_id}/status", u)]
        assert polls, "no polling fallback"
        expect(page.locator("html")).not_to_have_attribute("data-live", "open")
        page.get_by_test_id("job-cancel").click()
        expect(status).to_have_attribute("data-status", "cancelled", timeout=15_000)
