"""Job pages: the list (filters, pages, HTMX fragments, rows that poll until the
job is finished), the encode form (a real encode, inline errors that create
nothing), a job's page (status poll, log filter, cancel/retry/delete in place
and without JavaScript), CSRF and other users' jobs, through the test client.

The queue runs inline here, so an encode started from the form has finished
when the POST answers; running jobs are made directly through the jobs service.
"""

from __future__ import annotations

import dataclasses
import io
import re
from datetime import timedelta
from html import unescape

import pytest
from werkzeug.datastructures import FileStorage, MultiDict
from werkzeug.test import encode_multipart

from t2m.db import ID_MESSAGE
from t2m.extensions import db
from t2m.media.encode import EncodeSpec
from t2m.models import File, Job
from t2m.models.base import utcnow
from t2m.services import jobs

from .conftest import PASSWORD, row_counts
from .media_fixtures import make_image, make_video
from .test_web_account import flashes, sign_in

HTMX = {"HX-Request": "true"}
_ROW = re.compile(r'<li class="job-row[^"]*" id="job-(\d+)" data-job-id="\d+" data-status="(\w+)"')
_FIELD_ERROR = re.compile(r'<div id="(\w+)-errors">(.*?)</div>', re.S)
_TAG = re.compile(r"<[^>]+>")
_CSRF = re.compile(r'name="csrf_token" type="hidden" value="([^"]+)"')
ENCODE = {
    "codec": "h264",
    "resolution": "source",
    "fps": "source",
    "quality": "medium",
    "audio": "aac",
    "container": "mp4",
}


@pytest.fixture
def app(app_factory):
    # The rendition ladder of uploads would only slow every source upload down.
    app = app_factory(RENDITIONS_ENABLED=False)
    with app.app_context():
        yield app


@pytest.fixture(scope="module")
def clip_bytes(tmp_path_factory) -> bytes:
    """A 1 s 160x120 H.264/AAC clip, made once for the module."""
    return make_video(tmp_path_factory.mktemp("clip") / "clip.mp4", seconds=1).read_bytes()


@pytest.fixture(scope="module")
def picture_bytes(tmp_path_factory) -> bytes:
    return make_image(tmp_path_factory.mktemp("picture") / "still.png").read_bytes()


@pytest.fixture
def ada(make_user, client):
    user = make_user("ada")
    assert sign_in(client, "ada").status_code in (302, 303)
    return user


@pytest.fixture
def bob(make_user):
    return make_user("bob")


def upload(client, data: bytes, filename: str) -> int:
    """Upload through the library page's route (processed inline); the file id."""
    boundary, body = encode_multipart(MultiDict({"file": FileStorage(io.BytesIO(data), filename)}))
    r = client.post(
        "/library/upload",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers={"Accept": "application/json"},
    )
    assert r.status_code == 201, r.get_data(as_text=True)
    return r.get_json()["file_id"]


@pytest.fixture
def clip(client, ada, clip_bytes) -> int:
    """Ada's uploaded clip."""
    return upload(client, clip_bytes, "holiday.mp4")


def encode_params(file_id: int, **spec) -> dict:
    """The parameters the encoding service stores for an encode of ``file_id``."""
    return {
        "source": {"file_id": file_id},
        "spec": dataclasses.asdict(EncodeSpec(**spec)),
        "output": {},
        "estimate_seconds": 1.0,
    }


def make_job(owner, kind="transcode", status="queued", *, progress=0.0, file_id=None, **fields):
    """A job row in any state (nothing is enqueued)."""
    job = jobs.create(
        owner.id,
        kind,
        file_id=file_id,
        parameters=fields.pop("parameters", None) or (encode_params(file_id) if file_id else {}),
    )
    job.status, job.progress = status, progress
    now = utcnow()
    if status != "queued":
        job.started_at, job.worker, job.heartbeat_at, job.attempts = now, "test:1:1", now, 1
    if status in jobs.FINISHED:
        job.completed_at = now
    for name, value in fields.items():
        setattr(job, name, value)
    db.session.commit()
    return job


def fresh(job_id: int) -> Job | None:
    db.session.expire_all()
    return db.session.get(Job, job_id)


def rows(html: str) -> list[tuple[int, str]]:
    return [(int(i), s) for i, s in _ROW.findall(html)]


def field_errors(html: str) -> dict[str, str]:
    """The encode form's inline errors as {field id: text}."""
    return {
        name: " ".join(unescape(_TAG.sub(" ", errs)).split())
        for name, errs in _FIELD_ERROR.findall(html)
    }


def text(html: str) -> str:
    return " ".join(unescape(_TAG.sub(" ", html)).split())


# --- access --------------------------------------------------------------


ROUTES = [
    ("get", "/jobs/{id}"),
    ("get", "/jobs/{id}/row"),
    ("get", "/jobs/{id}/status"),
    ("post", "/jobs/{id}/cancel"),
    ("post", "/jobs/{id}/retry"),
    ("post", "/jobs/{id}/delete"),
]


@pytest.mark.parametrize(("method", "path"), [("get", "/jobs"), ("post", "/jobs"), *ROUTES])
def test_job_pages_need_sign_in(client, method, path):
    r = getattr(client, method)(path.format(id=1))
    assert r.status_code == 302
    assert r.headers["Location"].startswith("/login?next=")


def test_navigation_links_to_jobs_once_signed_in(client, make_user):
    assert 'href="/jobs"' not in client.get("/").get_data(as_text=True)
    make_user("ada")
    sign_in(client, "ada")
    nav = client.get("/").get_data(as_text=True)
    assert nav.index('href="/collections"') < nav.index('href="/jobs"')


@pytest.mark.parametrize(("method", "path"), ROUTES)
@pytest.mark.parametrize("htmx", [False, True])
def test_other_users_jobs_are_not_found(client, ada, bob, method, path, htmx):
    theirs = make_job(bob, "process", "processing", progress=40)
    before = row_counts()
    r = getattr(client, method)(path.format(id=theirs.id), headers=HTMX if htmx else {})
    assert r.status_code == 404
    if not htmx:
        assert "We could not find that page." in r.get_data(as_text=True)
    assert row_counts() == before
    job = fresh(theirs.id)
    assert (job.status, job.cancel_requested) == ("processing", False)


def test_unknown_job_is_not_found(client, ada):
    assert client.get("/jobs/999999").status_code == 404
    assert client.get("/jobs/0").status_code == 404
    assert client.get("/jobs/99999999999").status_code == 404


# --- the list ----------------------------------------------------------------------


def test_empty_list_invites_an_upload_first(client, ada):
    html = client.get("/jobs").get_data(as_text=True)
    assert 'data-testid="jobs-empty"' in html
    assert 'data-testid="no-videos"' in html  # nothing to encode yet
    assert 'data-testid="start-encode"' not in html
    assert 'href="/static/jobs.css' in html


def test_list_is_newest_first_and_shows_each_jobs_state(client, ada, clip):
    process = db.session.scalars(db.select(Job).where(Job.file_id == clip)).one()
    queued = make_job(ada, file_id=clip)
    running = make_job(ada, "transcode", "processing", progress=42.5, file_id=clip)
    failed = make_job(ada, file_id=clip, status="failed", error="The source has no video stream.")
    # By default your own work: the upload's processing is behind "Everything".
    assert rows(client.get("/jobs").get_data(as_text=True)) == [
        (failed.id, "failed"),
        (running.id, "processing"),
        (queued.id, "queued"),
    ]
    html = client.get("/jobs?type=all").get_data(as_text=True)
    assert rows(html) == [
        (failed.id, "failed"),
        (running.id, "processing"),
        (queued.id, "queued"),
        (process.id, "completed"),
    ]
    row = html[html.index(f'id="job-{running.id}"') :]
    row = row[: row.index("</li>")]
    assert 'value="42.5"' in row
    assert "42.5%" in row
    assert f'href="/library/{clip}"' in row
    assert "holiday.mp4" in row
    # A running job's row follows the page's event stream, polling when it is closed.
    assert f'hx-trigger="every 1s, sse:job-{running.id}"' in row
    assert f'hx-get="/jobs/{running.id}/row"' in row
    queued_row = html[html.index(f'id="job-{queued.id}"') :]
    trigger = f'hx-trigger="every 2s, sse:job-{queued.id}"'
    assert trigger in queued_row[: queued_row.index("</li>")]
    done_row = html[html.index(f'id="job-{process.id}"') :]
    assert "hx-trigger" not in done_row[: done_row.index("</li>")]
    assert "Upload processing" in done_row
    assert "The source has no video stream." in html


def test_filters_by_type_and_status_and_ignores_bad_values(client, ada, clip):
    process = db.session.scalars(db.select(Job).where(Job.file_id == clip)).one()
    queued = make_job(ada, file_id=clip)
    failed = make_job(ada, file_id=clip, status="failed", error="boom")

    def listed(query: str) -> list[int]:
        r = client.get("/jobs" + query)
        assert r.status_code == 200
        return [i for i, _ in rows(r.get_data(as_text=True))]

    assert listed("?type=transcode") == [failed.id, queued.id]
    assert listed("?type=process") == [process.id]
    assert listed("?status=failed") == [failed.id]
    assert listed("?type=transcode&status=queued") == [queued.id]
    assert listed("?type=process&status=failed") == []
    assert "No jobs match these filters." in client.get("/jobs?status=cancelled").get_data(True)
    # Unknown values are the default list (your work); nonsense pages are the first page.
    assert listed("?type=all") == [failed.id, queued.id, process.id]
    yours = [failed.id, queued.id]
    assert listed("") == yours
    assert listed("?type=nope&status=%00&page=abc") == yours
    assert listed("?page=-3") == yours
    assert listed("?status=" + "x" * 5000) == yours
    html = client.get("/jobs?type=transcode").get_data(as_text=True)
    assert '<option value="transcode" selected>Encode</option>' in html
    assert "Clear filters" in html


def test_htmx_filter_returns_the_list_fragment(client, ada, clip):
    make_job(ada, file_id=clip, status="failed", error="boom")
    r = client.get("/jobs?status=failed", headers={**HTMX, "HX-Target": "jobs-list"})
    html = r.get_data(as_text=True)
    assert r.status_code == 200
    assert html.lstrip().startswith('<section id="jobs-list"')
    assert "<html" not in html
    assert "encode-form" not in html
    assert len(rows(html)) == 1
    assert "HX-Request" in r.headers["Vary"]
    # A history restore gets the whole page.
    restore = client.get(
        "/jobs?status=failed",
        headers={**HTMX, "HX-Target": "jobs-list", "HX-History-Restore-Request": "true"},
    )
    assert "<html" in restore.get_data(as_text=True)


def test_pages_of_twenty(client, ada):
    made = [make_job(ada, "transcode", "completed", progress=100).id for _ in range(23)]
    first = client.get("/jobs").get_data(as_text=True)
    assert [i for i, _ in rows(first)] == made[::-1][:20]
    assert "23 jobs" in first
    assert "page 1 of 2" in first
    assert 'href="/jobs?page=2" hx-get="/jobs?page=2"' in first
    second = client.get("/jobs?page=2").get_data(as_text=True)
    assert [i for i, _ in rows(second)] == made[::-1][20:]
    assert 'rel="prev"' in second
    filtered = client.get("/jobs?page=2&type=transcode").get_data(as_text=True)
    assert 'href="/jobs?type=transcode"' in filtered  # previous page keeps the filter
    everything = client.get("/jobs?page=2&type=all").get_data(as_text=True)
    assert 'href="/jobs?type=all"' in everything
    beyond = client.get("/jobs?page=9").get_data(as_text=True)
    assert rows(beyond) == []
    assert "There is nothing on this page." in beyond


# --- polling partials --------------------------------------------------------------


@pytest.mark.parametrize(
    ("status", "code"),
    [("queued", 200), ("processing", 200), ("completed", 286), ("failed", 286), ("cancelled", 286)],
)
def test_row_poll_stops_with_286_once_finished(client, ada, status, code):
    job = make_job(ada, "process", status, progress=100 if status == "completed" else 30)
    r = client.get(f"/jobs/{job.id}/row", headers=HTMX)
    assert r.status_code == code
    html = r.get_data(as_text=True)
    assert rows(html) == [(job.id, status)]
    assert ("hx-trigger" in html) is (code == 200)


def test_polled_row_follows_progress_until_the_job_finishes(client, ada, clip):
    job = make_job(ada, "transcode", "processing", progress=10, file_id=clip)
    assert 'value="10.0"' in client.get(f"/jobs/{job.id}/row", headers=HTMX).get_data(True)
    job.progress = 64.25
    db.session.commit()
    r = client.get(f"/jobs/{job.id}/row", headers=HTMX)
    assert r.status_code == 200
    assert 'value="64.2"' in r.get_data(as_text=True)
    job.status, job.progress, job.completed_at = "completed", 100.0, utcnow()
    db.session.commit()
    r = client.get(f"/jobs/{job.id}/row", headers=HTMX)
    assert r.status_code == 286
    assert 'value="100.0"' in r.get_data(as_text=True)


@pytest.mark.parametrize("status", ["queued", "processing", "completed", "failed", "cancelled"])
def test_status_poll_stops_with_286_and_swaps_the_buttons(client, ada, status):
    job = make_job(ada, "process", status, progress=55)
    jobs.log(job, "Started", step="start")
    db.session.commit()
    r = client.get(f"/jobs/{job.id}/status?seen=1", headers=HTMX)
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<section id="job-status"')
    if status in jobs.FINISHED:
        assert r.status_code == 286
        assert "hx-trigger" not in html[: html.index(">")]
        assert '<div id="job-actions" class="job-actions" hx-swap-oob="true">' in html
        assert r.headers["HX-Trigger"] == "job-log"  # the log reloads a last time
    else:
        assert r.status_code == 200
        assert 'hx-trigger="every 1s"' in html
        assert f'hx-get="/jobs/{job.id}/status?seen=1"' in html
        assert "job-actions" not in html
        assert "HX-Trigger" not in r.headers  # nothing new in the log


def test_status_poll_reloads_the_log_when_it_grows(client, ada):
    job = make_job(ada, "process", "processing", progress=5)
    r = client.get(f"/jobs/{job.id}/status?seen=0", headers=HTMX)
    assert "HX-Trigger" not in r.headers
    jobs.log(job, "Probed", step="probe")
    db.session.commit()
    r = client.get(f"/jobs/{job.id}/status?seen=0", headers=HTMX)
    assert r.headers["HX-Trigger"] == "job-log"
    assert f'hx-get="/jobs/{job.id}/status?seen=1"' in r.get_data(as_text=True)


def test_polling_routes_without_htmx_go_to_the_job_page(client, ada):
    job = make_job(ada, "process", "processing")
    for part in ("row", "status"):
        r = client.get(f"/jobs/{job.id}/{part}")
        assert r.status_code == 303
        assert r.headers["Location"] == f"/jobs/{job.id}"


# --- the encode form ---------------------------------------------------------------


def test_form_offers_the_users_videos_and_preselects_file_id(
    client, ada, clip, clip_bytes, picture_bytes
):
    other = upload(client, clip_bytes, "second.mp4")
    picture = upload(client, picture_bytes, "still.png")
    broken = upload(client, clip_bytes, "broken.mp4")
    db.session.get(File, broken).status = "failed"
    db.session.commit()
    html = client.get("/jobs").get_data(as_text=True)
    select = html[html.index('<select id="file_id"') :]
    select = select[: select.index("</select>")]
    assert f'value="{clip}"' in select
    assert f'value="{other}"' in select
    assert "holiday.mp4 · 160\u00d7120 · 1.0 s" in unescape(select)
    assert f'value="{picture}"' not in select  # not a video
    assert f'value="{broken}"' not in select  # failed
    # Sensible defaults.
    for name, value in ENCODE.items():
        part = html[html.index(f'<select id="{name}"') :]
        assert f'selected value="{value}"' in part[: part.index("</select>")], name
    preselected = client.get(f"/jobs?file_id={clip}").get_data(as_text=True)
    assert f'<option selected value="{clip}">' in preselected
    # An id that is not one of the user's videos preselects nothing and is harmless.
    assert client.get("/jobs?file_id=999999").status_code == 200
    assert client.get("/jobs?file_id=abc").status_code == 200


def test_encode_from_the_form_runs_and_links_the_output(client, ada, clip):
    r = client.post("/jobs", data={"file_id": str(clip), **ENCODE, "resolution": "360p"})
    assert r.status_code == 303
    job = db.session.scalars(db.select(Job).where(Job.kind == "transcode")).one()
    assert r.headers["Location"] == f"/jobs/{job.id}"
    assert job.status == "completed", job.error
    assert job.parameters["spec"]["resolution"] == "360p"
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert ("success", f"Encode job #{job.id} queued.") in flashes(html)
    assert 'data-status="completed"' in html
    assert f'<a href="/library/{job.output_file_id}" class="job-output-link"' in html
    assert f'href="/library/{job.output_file_id}/download"' in html
    assert "H.264" in html
    assert "libx264" in html
    assert 'data-testid="job-cancel"' not in html  # finished: no cancel
    assert 'data-testid="job-retry"' not in html  # completed: nothing to retry
    assert "Its output file" in unescape(html)  # the delete confirmation says so
    listing = client.get("/jobs?type=transcode").get_data(as_text=True)
    assert f'href="/library/{job.output_file_id}" class="job-output-link"' in listing


def test_encode_from_the_form_with_htmx_redirects(client, ada, clip):
    r = client.post("/jobs", data={"file_id": str(clip), **ENCODE}, headers=HTMX)
    assert r.status_code == 204
    job = db.session.scalars(db.select(Job).where(Job.kind == "transcode")).one()
    assert r.headers["HX-Redirect"] == f"/jobs/{job.id}"


@pytest.mark.parametrize(
    ("changes", "field", "message"),
    [
        (
            {"codec": "h265", "container": "webm", "audio": "opus"},
            "container",
            "Webm cannot hold h265; use mp4 or mkv.",
        ),
        ({"fps": "0"}, "fps", "Must be one of 24, 25, 30, 50, 60 or 'source'."),
        ({"quality": "99"}, "quality", "Must be a CRF from 0 to 51 for h264"),
        ({"resolution": "4k"}, "resolution", "Must be one of 360p"),
        ({"codec": "vp9"}, "codec", "Must be one of h264, h265, av1."),
        ({"audio": "aac", "container": "webm", "codec": "av1"}, "audio", "use opus or none"),
        ({"file_id": ""}, "file_id", "Choose a video."),
        ({"file_id": "abc"}, "file_id", ID_MESSAGE),
        ({"file_id": "99999999999"}, "file_id", ID_MESSAGE),
        ({"file_id": str(2**63)}, "file_id", ID_MESSAGE),
        ({"file_id": "2147483648"}, "file_id", ID_MESSAGE),
        ({"file_id": "-1"}, "file_id", ID_MESSAGE),
        ({"file_id": "0"}, "file_id", ID_MESSAGE),
        ({"file_id": "1e30"}, "file_id", ID_MESSAGE),
        ({"file_id": "1\r\n2"}, "file_id", ID_MESSAGE),
        ({"file_id": "999999"}, "file_id", "No such file."),
    ],
)
def test_invalid_form_shows_the_field_error_and_creates_nothing(
    client, ada, clip, changes, field, message
):
    before = row_counts()
    r = client.post("/jobs", data={"file_id": str(clip), **ENCODE, **changes})
    assert r.status_code == 422
    html = r.get_data(as_text=True)
    errors = field_errors(html)
    assert list(errors) == [field], errors
    assert message in errors[field]
    assert row_counts() == before
    # With HTMX: the form alone, with the same error, swapped in place (200).
    r = client.post("/jobs", data={"file_id": str(clip), **ENCODE, **changes}, headers=HTMX)
    assert r.status_code == 200
    fragment = r.get_data(as_text=True)
    assert fragment.lstrip().startswith('<form id="encode-form"')
    assert message in field_errors(fragment)[field]
    assert row_counts() == before


def test_form_refuses_other_users_and_unusable_files(
    client, ada, bob, clip, clip_bytes, picture_bytes, app
):
    theirs_client = app.test_client()
    sign_in(theirs_client, "bob", PASSWORD)
    theirs = upload(theirs_client, clip_bytes, "bobs.mp4")
    picture = upload(client, picture_bytes, "still.png")
    broken = upload(client, clip_bytes, "broken.mp4")
    db.session.get(File, broken).status = "failed"
    db.session.get(File, broken).error = "moov atom not found"
    db.session.commit()
    before = row_counts()
    cases = {
        theirs: "No such file.",
        picture: "The file is image, not a video.",
        broken: "The file could not be read: moov atom not found.",
    }
    for file_id, message in cases.items():
        r = client.post("/jobs", data={"file_id": str(file_id), **ENCODE})
        assert r.status_code == 422
        assert field_errors(r.get_data(as_text=True)) == {"file_id": message}
    assert row_counts() == before
    assert "bobs.mp4" not in client.get("/jobs").get_data(as_text=True)


# --- a job's page ------------------------------------------------------------------


def test_job_page_shows_status_settings_error_and_log(client, ada, clip):
    job = make_job(
        ada,
        file_id=clip,
        status="failed",
        progress=37,
        error="ffmpeg failed: Invalid data found when processing input",
        external_id="order-7",
        client_metadata={"customer": "ada"},
        parameters=encode_params(clip, codec="h265", quality=20, fps=30, container="mkv"),
    )
    jobs.log(job, "Started", step="start", attempt=1)
    jobs.log(job, "Encoding", step="encode", progress=37.0, codec="h265")
    jobs.log(job, "Slow disk", "WARNING", step="output")
    jobs.log(job, "ffmpeg failed", "ERROR", step="failed", stderr="<tail of stderr>")
    db.session.commit()
    html = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    plain = text(html)
    assert "Encode #" in plain
    assert 'data-status="failed"' in html
    assert 'value="37.0"' in html
    assert "Why it failed ffmpeg failed: Invalid data found when processing input" in plain
    for shown in ("H.265 (HEVC)", "CRF 20", "30 fps", "MKV", "order-7", '"customer": "ada"'):
        assert shown in plain, shown
    assert 'hx-trigger="every' not in html  # finished: nothing polls
    assert 'data-testid="job-retry"' in html
    assert 'data-testid="job-cancel"' not in html
    # The log: every line, with step/progress as chips and the rest folded away.
    assert "4 lines" in plain
    assert '<span class="log-chip" title="step">encode</span>' in html
    assert '<span class="log-chip" title="progress">37.0%</span>' in html
    assert '<span class="log-chip" title="attempt">attempt 1</span>' in html
    assert "&lt;tail of stderr&gt;" in html  # escaped, never markup


@pytest.mark.parametrize(
    ("level", "lines"),
    [
        ("", ["debugging", "Started", "Slow disk", "Broken"]),
        ("INFO", ["Started", "Slow disk", "Broken"]),
        ("WARNING", ["Slow disk", "Broken"]),
        ("ERROR", ["Broken"]),
        ("DEBUG", ["debugging", "Started", "Slow disk", "Broken"]),  # "all"
        ("nonsense", ["debugging", "Started", "Slow disk", "Broken"]),  # ignored
    ],
)
def test_log_level_filter(client, ada, level, lines):
    job = make_job(ada, "process", "failed", error="Broken")
    for message, lvl in [
        ("debugging", "DEBUG"),
        ("Started", "INFO"),
        ("Slow disk", "WARNING"),
        ("Broken", "ERROR"),
    ]:
        jobs.log(job, message, lvl)
    db.session.commit()
    r = client.get(f"/jobs/{job.id}?level={level}", headers={**HTMX, "HX-Target": "job-log"})
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<section id="job-log"')
    assert re.findall(r'<span class="log-text">([^<]+)</span>', html) == lines
    current = re.search(r'class="log-level-link is-current"\s*aria-current="true">([^<]+)<', html)
    expected = {"INFO": "Info+", "WARNING": "Warnings+", "ERROR": "Errors"}.get(level, "All")
    assert current.group(1) == expected
    # The whole page, filtered the same way (a link opened without JavaScript).
    page = client.get(f"/jobs/{job.id}?level={level}").get_data(as_text=True)
    assert re.findall(r'<span class="log-text">([^<]+)</span>', page) == lines


def test_log_shows_fifty_lines_then_more(client, ada):
    job = make_job(ada, "process", "completed", progress=100)
    for n in range(120):
        jobs.log(job, f"line {n}")
    db.session.commit()
    html = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert len(re.findall(r'<tr class="log-row', html)) == 50
    assert "Show more (70 more)" in html
    assert f'href="/jobs/{job.id}?limit=100"' in html
    more = client.get(f"/jobs/{job.id}?limit=100", headers={**HTMX, "HX-Target": "job-log"})
    more_html = more.get_data(as_text=True)
    assert len(re.findall(r'<tr class="log-row', more_html)) == 100
    # The log reloads itself (after the status poll says so) with what is shown now.
    shown = f'hx-get="/jobs/{job.id}?limit=100" hx-trigger="job-log from:body, sse:job-log"'
    assert shown in more_html
    everything = client.get(f"/jobs/{job.id}?limit=150").get_data(as_text=True)
    assert len(re.findall(r'<tr class="log-row', everything)) == 120
    assert "Show more" not in everything
    for bad in ("0", "-5", "abc", "999999999"):
        assert client.get(f"/jobs/{job.id}?limit={bad}").status_code == 200


def test_running_job_page_polls_its_status(client, ada, clip):
    job = make_job(ada, "transcode", "processing", progress=12, file_id=clip)
    html = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    status = html[html.index('<section id="job-status"') :]
    assert 'hx-trigger="every 1s"' in status[: status.index(">")]
    assert 'data-testid="job-cancel"' in html
    assert 'data-testid="job-retry"' not in html
    assert "Running for" in html


# --- buttons -----------------------------------------------------------------------


def test_cancel_a_queued_job_without_javascript(client, ada, clip):
    job = make_job(ada, file_id=clip)
    r = client.post(f"/jobs/{job.id}/cancel")
    assert r.status_code == 303
    assert r.headers["Location"] == f"/jobs/{job.id}"
    assert fresh(job.id).status == "cancelled"
    html = client.get(r.headers["Location"]).get_data(as_text=True)
    assert ("success", "The job was cancelled.") in flashes(html)
    assert 'data-testid="job-retry"' in html


def test_cancel_with_htmx_updates_in_place(client, ada, clip):
    job = make_job(ada, file_id=clip)
    r = client.post(f"/jobs/{job.id}/cancel", headers=HTMX)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert html.lstrip().startswith('<div id="job-actions" class="job-actions">')
    assert 'data-testid="job-message">The job was cancelled.</p>' in html
    assert 'data-testid="job-retry"' in html
    assert 'data-testid="job-cancel"' not in html
    status = html[html.index('<section id="job-status"') :]
    assert 'hx-swap-oob="true"' in status[: status.index(">")]
    assert 'data-status="cancelled"' in status
    assert "hx-trigger" not in status
    assert r.headers["HX-Trigger"] == "job-log"


def test_cancel_a_running_job_whose_worker_is_gone(client, ada, clip):
    job = make_job(ada, "transcode", "processing", progress=50, file_id=clip)
    job.heartbeat_at = utcnow() - timedelta(hours=1)
    db.session.commit()
    r = client.post(f"/jobs/{job.id}/cancel", headers=HTMX)
    assert 'data-testid="job-message">The job was cancelled.</p>' in r.get_data(as_text=True)
    assert fresh(job.id).status == "cancelled"


def test_cancel_a_running_job_asks_its_worker_to_stop(client, ada, clip):
    """No worker here stops it, so the page says it is stopping (after the 3 s wait)."""
    job = make_job(ada, "transcode", "processing", progress=50, file_id=clip)
    r = client.post(f"/jobs/{job.id}/cancel", headers=HTMX)
    html = r.get_data(as_text=True)
    assert "Cancellation requested; the job is stopping." in html
    assert '<span class="status-badge status-stopping">stopping</span>' in html
    assert 'hx-trigger="every 1s"' in html  # still polling until the worker stops
    assert fresh(job.id).cancel_requested is True


@pytest.mark.parametrize("htmx", [False, True])
def test_cancelling_a_finished_job_is_a_friendly_message(client, ada, clip, htmx):
    job = make_job(ada, file_id=clip, status="completed", progress=100)
    r = client.post(f"/jobs/{job.id}/cancel", headers=HTMX if htmx else {})
    if htmx:
        assert r.status_code == 200
        html = r.get_data(as_text=True)
        assert 'flash-error job-message" role="alert"' in html
        assert "The job is already completed." in html
    else:
        assert r.status_code == 303
        html = client.get(r.headers["Location"]).get_data(as_text=True)
        assert ("error", "The job is already completed.") in flashes(html)
    assert fresh(job.id).status == "completed"


def test_retry_a_cancelled_encode_runs_it_again(client, ada, clip):
    job = make_job(ada, file_id=clip)
    client.post(f"/jobs/{job.id}/cancel")
    assert fresh(job.id).status == "cancelled"
    r = client.post(f"/jobs/{job.id}/retry", headers=HTMX)
    assert r.status_code == 200
    html = r.get_data(as_text=True)
    assert "The job was queued again." in html
    assert r.headers["HX-Trigger"] == "job-log"
    job = fresh(job.id)
    assert job.status == "completed", job.error  # the queue runs inline here
    assert job.output_file_id is not None
    log = client.get(f"/jobs/{job.id}").get_data(as_text=True)
    assert "Retry requested" in log


@pytest.mark.parametrize("htmx", [False, True])
def test_retrying_a_job_that_did_not_fail_is_a_friendly_message(client, ada, htmx):
    job = make_job(ada, "process", "processing", progress=10)
    r = client.post(f"/jobs/{job.id}/retry", headers=HTMX if htmx else {})
    message = "Only failed or cancelled jobs can be retried; this one is processing."
    if htmx:
        assert message in r.get_data(as_text=True)
    else:
        html = client.get(r.headers["Location"]).get_data(as_text=True)
        assert ("error", message) in flashes(html)
    assert fresh(job.id).status == "processing"


@pytest.mark.parametrize("htmx", [False, True])
def test_delete_removes_the_job_and_its_output(client, ada, clip, htmx):
    client.post("/jobs", data={"file_id": str(clip), **ENCODE})
    job = db.session.scalars(db.select(Job).where(Job.kind == "transcode")).one()
    job_id, output = job.id, job.output_file_id
    assert output is not None
    r = client.post(f"/jobs/{job_id}/delete", headers=HTMX if htmx else {})
    if htmx:
        assert r.status_code == 204
        assert r.headers["HX-Redirect"] == "/jobs"
    else:
        assert r.status_code == 303
        assert r.headers["Location"] == "/jobs"
    assert fresh(job_id) is None
    db.session.expire_all()
    assert db.session.get(File, output) is None
    assert db.session.get(File, clip) is not None  # the source stays
    html = client.get("/jobs").get_data(as_text=True)
    assert ("success", f"Job #{job_id} was deleted. Its output file was deleted too.") in flashes(
        html
    )
    assert job_id not in [i for i, _ in rows(html)]
    assert client.get(f"/jobs/{job_id}").status_code == 404


def test_delete_a_queued_job(client, ada, clip):
    job_id = make_job(ada, file_id=clip).id
    r = client.post(f"/jobs/{job_id}/delete")
    assert r.status_code == 303
    assert fresh(job_id) is None
    html = client.get("/jobs").get_data(as_text=True)
    assert ("success", f"Job #{job_id} was deleted.") in flashes(html)


# --- CSRF --------------------------------------------------------------------------


def test_job_forms_need_the_csrf_token(app_factory, make_user, clip_bytes):
    app = app_factory(CSRF_ENABLED=True, RENDITIONS_ENABLED=False)
    client = app.test_client()
    ada = make_user("ada")
    token = _CSRF.search(client.get("/login").get_data(as_text=True)).group(1)
    r = client.post("/login", data={"identifier": "ada", "password": PASSWORD, "csrf_token": token})
    assert r.status_code in (302, 303)
    page_token = re.search(
        r'name="csrf-token" content="([^"]+)"', client.get("/jobs").get_data(as_text=True)
    ).group(1)
    boundary, body = encode_multipart(
        MultiDict({"file": FileStorage(io.BytesIO(clip_bytes), "clip.mp4")})
    )
    r = client.post(
        "/library/upload",
        data=body,
        content_type=f"multipart/form-data; boundary={boundary}",
        headers={"Accept": "application/json", "X-CSRFToken": page_token},
    )
    assert r.status_code == 201
    clip = r.get_json()["file_id"]
    with app.app_context():
        queued = make_job(ada, file_id=clip)
        before = row_counts()
        # Without a token nothing happens, and the page says why.
        for path in ("/jobs", f"/jobs/{queued.id}/cancel", f"/jobs/{queued.id}/delete"):
            r = client.post(path, data={"file_id": str(clip), **ENCODE})
            assert r.status_code == 400, path
            assert "The form expired" in r.get_data(as_text=True)
        assert row_counts() == before
        assert fresh(queued.id).status == "queued"
        # With the form's token (or the page's, as htmx sends it) they work.
        form_token = _CSRF.search(client.get(f"/jobs/{queued.id}").get_data(as_text=True))
        r = client.post(f"/jobs/{queued.id}/cancel", data={"csrf_token": form_token.group(1)})
        assert r.status_code == 303
        assert fresh(queued.id).status == "cancelled"
        r = client.post(
            "/jobs",
            data={"file_id": str(clip), **ENCODE},
            headers={**HTMX, "X-CSRFToken": page_token},
        )
        assert r.status_code == 204
