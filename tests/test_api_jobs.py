"""The jobs API: encode jobs from an upload, a URL and S3, bulk, status, logs,
cancel/retry/delete, and every bad input named by the contract.

The queue runs tasks inline here (``QUEUE_IMMEDIATE``), so a created job has
finished when ``POST /jobs`` answers; cancelling a running job, crashes and
concurrency are exercised against real workers in ``tests/e2e``.
"""

from __future__ import annotations

import http.server
import json
import subprocess
import threading
from pathlib import Path
from types import SimpleNamespace

import pytest

from t2m.extensions import db
from t2m.models import File, Job
from t2m.storage import storage

from . import s3server
from .conftest import assert_error, row_counts, storage_backend_app
from .media_fixtures import make_image, make_video
from .test_api_files import upload

JOBS = "/api/v1/jobs"
# The rendition ladder of uploads is tested in test_renditions; here it would
# only slow every source upload down.
NO_LADDER = {"RENDITIONS_ENABLED": False}


@pytest.fixture
def app(app_factory):
    app = app_factory(**NO_LADDER)
    with app.app_context():
        yield app


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


@pytest.fixture
def bob(make_user, api):
    return api.headers(make_user("bob"))


@pytest.fixture
def clip(client, ada, tmp_path) -> int:
    """Ada's uploaded 2 s 320x240 video (processed inline)."""
    path = make_video(tmp_path / "clip.mp4", seconds=2, size="320x240")
    r = upload(client, ada, path)
    assert r.status_code == 201, r.get_json()
    return r.get_json()["data"]["id"]


def ffprobe(data: bytes, tmp_path: Path) -> dict:
    path = tmp_path / "probe.bin"
    path.write_bytes(data)
    out = subprocess.run(
        ["ffprobe", "-v", "error", "-show_streams", "-show_format", "-of", "json", str(path)],
        capture_output=True,
        check=True,
        timeout=30,
    )
    return json.loads(out.stdout)


def create(client, headers, body, **kw):
    return client.post(JOBS, json=body, headers={**headers, **kw.pop("extra", {})}, **kw)


# ---- a real encode, end to end ------------------------------------------------------


def test_encode_an_upload_to_h264_480p_makes_a_new_library_file(client, ada, clip, tmp_path):
    r = create(
        client,
        ada,
        {
            "source": {"file_id": clip},
            "codec": "h264",
            "resolution": "480p",
            "fps": 25,
            "container": "mp4",
            "externalId": "order-42",
            "metadata": {"customer": "ada", "tags": ["a", "b"]},
        },
    )
    assert r.status_code == 201, r.get_json()
    data = r.get_json()["data"]
    assert data["externalId"] == "order-42"
    assert data["metadata"] == {"customer": "ada", "tags": ["a", "b"]}
    assert data["estimate"]["seconds"] > 0
    job_id = data["jobId"]

    status = client.get(f"{JOBS}/{job_id}/status", headers=ada).get_json()["data"]
    assert status["status"] == "completed", status
    assert status["pct"] == 100
    assert status["encoder"] == "libx264"
    assert status["ingest"] == {"file_id": clip}
    assert status["failureMessage"] is None
    assert status["startedAt"]
    assert status["finishedAt"]
    output_id = status["output"]["file_id"]
    assert output_id
    assert output_id != clip

    # The signed download URL works without credentials.
    download = client.get(status["downloadUrl"])
    assert download.status_code == 200
    info = ffprobe(download.data, tmp_path)
    video = next(s for s in info["streams"] if s["codec_type"] == "video")
    audio = next(s for s in info["streams"] if s["codec_type"] == "audio")
    assert video["codec_name"] == "h264"
    # Never upscaled: a 240-line source stays 320x240 for "480p".
    assert (video["width"], video["height"]) == (320, 240)
    assert audio["codec_name"] == "aac"

    job = client.get(f"{JOBS}/{job_id}", headers=ada).get_json()["data"]
    assert job["type"] == "transcode"
    assert job["progress"] == 100
    assert job["result"]["file_id"] == output_id
    assert job["result"]["file_size"] == len(download.data)
    assert job["result"]["thumbnail_url"].endswith(f"/files/{output_id}/thumbnail")
    assert job["duration"] >= 0

    out = client.get(f"/api/v1/files/{output_id}", headers=ada).get_json()["data"]
    assert out["status"] == "ready"
    assert out["content_type"] == "video/mp4"
    assert out["original_filename"] == "clip (H.264 480p).mp4"  # not the source's own name
    assert client.get(f"/api/v1/files/{output_id}/thumbnail", headers=ada).status_code == 200

    logs = client.get(f"{JOBS}/{job_id}/logs", headers=ada).get_json()["data"]
    steps = [line["details"].get("step") for line in logs["logs"] if line["details"]]
    assert {"start", "probe", "encode", "output", "done"} <= set(steps)


@pytest.mark.parametrize(
    ("codec", "container", "audio", "expect_video", "expect_audio"),
    [
        ("h265", "mp4", "aac", "hevc", "aac"),
        ("av1", "webm", "opus", "av1", "opus"),
        ("av1", "mkv", "none", "av1", None),
    ],
)
def test_other_codecs_and_containers(
    client, ada, clip, tmp_path, codec, container, audio, expect_video, expect_audio
):
    body = {
        "source": {"file_id": clip},
        "codec": codec,
        "container": container,
        "audio": audio,
        "resolution": "360p",
    }
    r = create(client, ada, body)
    assert r.status_code == 201, r.get_json()
    status = client.get(f"{JOBS}/{r.get_json()['data']['jobId']}/status", headers=ada)
    status = status.get_json()["data"]
    assert status["status"] == "completed", status
    data = client.get(status["downloadUrl"]).data
    streams = ffprobe(data, tmp_path)["streams"]
    assert [s["codec_name"] for s in streams if s["codec_type"] == "video"] == [expect_video]
    audio_codecs = [s["codec_name"] for s in streams if s["codec_type"] == "audio"]
    assert audio_codecs == ([expect_audio] if expect_audio else [])


def test_dry_run_estimates_and_creates_nothing(client, ada, clip):
    before = row_counts()
    r = create(client, ada, {"source": {"file_id": clip}, "codec": "h265", "dryRun": True})
    assert r.status_code == 200, r.get_json()
    data = r.get_json()["data"]
    assert data["jobId"] is None
    assert data["status"] == "dry_run"
    assert data["estimate"]["seconds"] > 0
    assert row_counts() == before


# ---- validation: every bad input is a clear 400 and changes nothing -----------------


BAD_REQUESTS = [
    ({"codec": "vp9"}, "codec"),
    ({"codec": 5}, "codec"),
    ({"container": "avi"}, "container"),
    ({"codec": "h265", "container": "webm"}, "container"),
    ({"codec": "h264", "container": "webm"}, "container"),
    ({"codec": "av1", "container": "webm", "audio": "aac"}, "audio"),
    ({"fps": 0}, "fps"),
    ({"fps": 59}, "fps"),
    ({"fps": "fast"}, "fps"),
    ({"resolution": "9999p"}, "resolution"),
    ({"quality": -1}, "quality"),
    ({"quality": 52}, "quality"),
    ({"quality": "ultra-mega"}, "quality"),
    ({"audio": "mp3"}, "audio"),
    ({"audio": {"codec": "aac", "bitrate": 1}}, "audio_bitrate"),
    ({"metadata": [1, 2]}, "metadata"),
    ({"metadata": "text"}, "metadata"),
    ({"metadata": {"blob": "x" * 17_000}}, "metadata"),
    ({"externalId": "x" * 10_000}, "externalId"),
    ({"externalId": ""}, "externalId"),
    ({"externalId": 7}, "externalId"),
    ({"dryRun": "yes"}, "dryRun"),
    ({"source": {"url": "file:///etc/passwd"}}, "source.url"),
    ({"source": {"url": "javascript:alert(1)"}}, "source.url"),
    ({"source": {"url": "http://user:pw@example.com/a.mp4"}}, "source.url"),
    ({"source": {"file_id": 1, "url": "http://example.com/a.mp4"}}, "source"),
    ({"source": {}}, "source"),
    ({"source": "clip.mp4"}, "source"),
    ({"source": {"path": "/etc/passwd"}}, "source"),
    ({"source": {"s3": {"bucket": "not-allowed", "key": "a.mp4"}}}, "source.s3.bucket"),
    ({"source": {"s3": {"bucket": "b", "key": "../../etc/passwd"}}}, "source.s3.key"),
    ({"output": {"filename": ""}}, "output.filename"),
    ({"output": {"s3": {"bucket": "not-allowed", "key": "o.mp4"}}}, "output.s3.bucket"),
    ({"output": "here"}, "output"),
]


def test_bad_encode_requests_name_the_field(client, ada, clip):
    """One source upload for the whole table (each case is independent)."""
    before = row_counts()
    for patch, field in BAD_REQUESTS:
        r = create(client, ada, {"source": {"file_id": clip}, **patch})
        error = assert_error(r, 400, "VALIDATION_ERROR")
        assert field in error["details"], (patch, error)
        assert row_counts() == before, patch


def test_a_missing_source_and_unknown_fields_are_refused(client, ada):
    error = assert_error(create(client, ada, {"codec": "h264"}), 400, "VALIDATION_ERROR")
    assert "source" in error["details"]
    r = create(client, ada, {"source": {"file_id": 1}, "colour": "red"})
    assert r.status_code in (400, 422)
    assert r.get_json()["error"]["code"] == "VALIDATION_ERROR"


PRIVATE_URLS = [
    "http://127.0.0.1/video.mp4",
    "http://10.1.2.3/video.mp4",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/v.mp4",
    "http://[::ffff:10.0.0.1]/v.mp4",
    "http://2130706433/v.mp4",
    "http://0x7f000001/v.mp4",
]


def test_private_urls_are_blocked_before_anything_is_queued(client, ada):
    before = row_counts()
    for url in PRIVATE_URLS:
        r = create(client, ada, {"source": {"url": url}})
        assert_error(r, 400, "PRIVATE_IP_BLOCKED")
        assert row_counts() == before, url


def test_a_name_that_resolves_to_a_private_address_is_blocked(app_factory, make_user, api):
    app = app_factory(URL_INGEST_RESOLVER=lambda host, port: ["10.0.0.7"], **NO_LADDER)
    with app.app_context():
        client = app.test_client()
        headers = api.__class__(client).headers(make_user("eve"))
        r = create(client, headers, {"source": {"url": "http://media.example/v.mp4"}})
        assert_error(r, 400, "PRIVATE_IP_BLOCKED")


def test_a_name_that_does_not_resolve(client, ada):
    r = create(client, ada, {"source": {"url": "http://no-such-host.invalid/v.mp4"}})
    assert_error(r, 400, "HOST_NOT_RESOLVABLE")


def test_not_a_video_source(client, ada, tmp_path):
    r = upload(client, ada, make_image(tmp_path / "p.png"))
    image_id = r.get_json()["data"]["id"]
    error = assert_error(
        create(client, ada, {"source": {"file_id": image_id}}), 400, "VALIDATION_ERROR"
    )
    assert "source.file_id" in error["details"]


# ---- other users' jobs and files ----------------------------------------------------


def test_other_users_files_and_jobs_are_not_found(client, ada, bob, clip):
    before = row_counts()
    assert_error(create(client, bob, {"source": {"file_id": clip}}), 404, "RESOURCE_NOT_FOUND")
    assert row_counts() == before
    job_id = create(client, ada, {"source": {"file_id": clip}}).get_json()["data"]["jobId"]
    for method, path in [
        ("get", f"{JOBS}/{job_id}"),
        ("get", f"{JOBS}/{job_id}/status"),
        ("get", f"{JOBS}/{job_id}/logs"),
        ("post", f"{JOBS}/{job_id}/cancel"),
        ("post", f"{JOBS}/{job_id}/retry"),
        ("delete", f"{JOBS}/{job_id}"),
    ]:
        r = getattr(client, method)(path, headers=bob)
        assert_error(r, 404, "RESOURCE_NOT_FOUND")
    listing = client.get(JOBS, headers=bob).get_json()["data"]
    assert listing["pagination"]["total_items"] == 0
    many = client.get(f"{JOBS}/status?ids={job_id}", headers=bob).get_json()["data"]
    assert many == {"jobs": [], "missing": [job_id]}
    assert db.session.get(Job, job_id).status == "completed"  # untouched


def test_a_collection_of_someone_else_is_not_found(client, ada, bob, clip):
    col = client.post("/api/v1/collections", json={"name": "bobs"}, headers=bob)
    col_id = col.get_json()["data"]["id"]
    r = create(client, ada, {"source": {"file_id": clip}, "output": {"collection_id": col_id}})
    assert_error(r, 404, "RESOURCE_NOT_FOUND")


# ---- bulk and status ----------------------------------------------------------------


def test_bulk_one_bad_item_does_not_sink_the_rest(client, ada, clip):
    body = {
        "jobs": [
            {"source": {"file_id": clip}, "resolution": "360p", "externalId": "a"},
            {"source": {"file_id": clip}, "fps": 0, "externalId": "b"},
            {"source": {"file_id": clip}, "codec": "av1", "container": "webm", "audio": "opus"},
        ]
    }
    r = client.post(f"{JOBS}/bulk", json=body, headers=ada)
    assert r.status_code == 201, r.get_json()
    data = r.get_json()["data"]
    assert data["totalJobs"] == 2
    assert data["totalEstimatedSeconds"] > 0
    first, bad, third = data["jobs"]
    assert (first["index"], first["externalId"]) == (0, "a")
    assert first["jobId"]
    assert third["jobId"]
    assert bad["jobId"] is None
    assert bad["status"] == "rejected"
    assert bad["externalId"] == "b"
    assert bad["error"]["code"] == "VALIDATION_ERROR"
    assert "fps" in bad["error"]["details"]

    ids = f"{first['jobId']},{third['jobId']},999999"
    many = client.get(f"{JOBS}/status?ids={ids}", headers=ada).get_json()["data"]
    assert [j["id"] for j in many["jobs"]] == [first["jobId"], third["jobId"]]
    assert all(j["status"] == "completed" for j in many["jobs"])
    assert many["missing"] == [999999]


def test_bulk_dry_run_and_unconfirmed_create_nothing(client, ada, clip):
    before = row_counts()
    for settings in ({"dryRun": True}, {"confirm": False}):
        r = client.post(
            f"{JOBS}/bulk",
            json={"jobs": [{"source": {"file_id": clip}}], "settings": settings},
            headers=ada,
        )
        assert r.status_code == 200, r.get_json()
        data = r.get_json()["data"]
        assert data["totalJobs"] == 0
        assert data["jobs"][0]["status"] == "dry_run"
    assert row_counts() == before


def test_bulk_bad_shapes(client, ada):
    for body in ({"jobs": []}, {"jobs": [{}] * 101}, {"jobs": "all"}, {}):
        r = client.post(f"{JOBS}/bulk", json=body, headers=ada)
        assert r.status_code == 422, body
        assert r.get_json()["error"]["code"] == "VALIDATION_ERROR"


def test_status_ids_must_be_ids(client, ada):
    for ids in ("", "a,b", "1,,2", "-1", "0", "99999999999"):
        r = client.get(f"{JOBS}/status?ids={ids}", headers=ada)
        assert r.status_code in (400, 422), ids
        assert r.get_json()["error"]["code"] == "VALIDATION_ERROR"
    folded = client.get(f"{JOBS}/status?ids=5,5,5", headers=ada).get_json()["data"]
    assert folded == {"jobs": [], "missing": [5]}


def test_status_takes_at_most_100_ids(client, ada):
    ids = ",".join(str(i) for i in range(1, 102))
    err = assert_error(client.get(f"{JOBS}/status?ids={ids}", headers=ada), 422, "VALIDATION_ERROR")
    assert "100" in err["details"]["ids"][0]


# ---- listing, logs, cancel, retry, delete ---------------------------------------------


def test_list_filters_by_type_status_and_external_id(client, ada, clip):
    create(client, ada, {"source": {"file_id": clip}, "externalId": "x-1"})
    create(client, ada, {"source": {"file_id": clip}, "externalId": "x-2"})
    every = client.get(JOBS, headers=ada).get_json()["data"]
    kinds = sorted(j["type"] for j in every["items"])
    assert kinds.count("transcode") == 2
    assert "process" in kinds
    only = client.get(f"{JOBS}?type=transcode&externalId=x-2", headers=ada).get_json()["data"]
    assert [j["external_id"] for j in only["items"]] == ["x-2"]
    done = client.get(f"{JOBS}?status=failed", headers=ada).get_json()["data"]
    assert done["items"] == []
    assert_error(client.get(f"{JOBS}?status=stuck", headers=ada), 422, "VALIDATION_ERROR")
    assert_error(client.get(f"{JOBS}?items_per_page=101", headers=ada), 422, "VALIDATION_ERROR")


def test_logs_page_and_filter_by_level(client, ada, clip):
    job_id = create(client, ada, {"source": {"file_id": clip}}).get_json()["data"]["jobId"]
    everything = client.get(f"{JOBS}/{job_id}/logs?limit=1000", headers=ada).get_json()["data"]
    total = everything["total_logs"]
    assert total >= 5
    assert everything["has_more"] is False
    page = client.get(f"{JOBS}/{job_id}/logs?limit=2&offset=1", headers=ada).get_json()["data"]
    assert [x["id"] for x in page["logs"]] == [x["id"] for x in everything["logs"][1:3]]
    assert page["has_more"] is True
    warnings = client.get(f"{JOBS}/{job_id}/logs?level=WARNING", headers=ada).get_json()["data"]
    assert all(x["level"] in ("WARNING", "ERROR") for x in warnings["logs"])
    for bad in ("limit=0", "limit=1001", "offset=-1", "level=LOUD"):
        r = client.get(f"{JOBS}/{job_id}/logs?{bad}", headers=ada)
        assert_error(r, 422, "VALIDATION_ERROR")


def test_cancel_a_finished_job_is_a_conflict(client, ada, clip):
    job_id = create(client, ada, {"source": {"file_id": clip}}).get_json()["data"]["jobId"]
    before = row_counts()
    assert_error(client.post(f"{JOBS}/{job_id}/cancel", headers=ada), 409, "JOB_FINISHED")
    assert_error(client.post(f"{JOBS}/{job_id}/retry", headers=ada), 409, "JOB_NOT_RETRYABLE")
    assert row_counts() == before


def test_a_queued_job_cancelled_never_starts(app_factory, make_user, api, tmp_path):
    app = app_factory(QUEUE_IMMEDIATE=False, **NO_LADDER)
    with app.app_context():
        client = app.test_client()
        headers = api.__class__(client).headers(make_user("cal"))
        from t2m.services import jobs as jobs_service
        from t2m.services.encoding import run_encode_job

        clip_id = _uploaded_without_worker(client, headers, tmp_path)
        job_id = create(client, headers, {"source": {"file_id": clip_id}}).get_json()["data"][
            "jobId"
        ]
        r = client.post(f"{JOBS}/{job_id}/cancel", headers=headers)
        assert r.status_code == 200
        assert r.get_json()["data"]["status"] == "cancelled"
        # The task is still in the queue; when a worker gets it, it does nothing.
        assert run_encode_job(job_id) is None
        job = db.session.get(Job, job_id)
        assert job.status == "cancelled"
        assert job.started_at is None
        assert job.output_file_id is None
        assert jobs_service.FINISHED  # (the module is importable from the worker side)


def _uploaded_without_worker(client, headers, tmp_path) -> int:
    """Upload a clip whose process job waits in the queue (nobody runs it here)."""
    r = upload(client, headers, make_video(tmp_path / "q.mp4", seconds=1, size="160x120"))
    assert r.status_code == 201
    return r.get_json()["data"]["id"]


def test_a_failed_job_is_retried_from_the_original(client, ada, clip, tmp_path):
    job_id = create(client, ada, {"source": {"file_id": clip}}).get_json()["data"]["jobId"]
    # Make it look failed (as after a crash of the encoder), then retry.
    job = db.session.get(Job, job_id)
    output_id = job.output_file_id
    job.status, job.error = "failed", "ffmpeg was killed by signal 9"
    db.session.commit()
    r = client.post(f"{JOBS}/{job_id}/retry", headers=ada)
    assert r.status_code == 200, r.get_json()
    status = client.get(f"{JOBS}/{job_id}/status", headers=ada).get_json()["data"]
    assert status["status"] == "completed"
    assert status["failureMessage"] is None
    assert db.session.get(Job, job_id).attempts == 2
    assert status["output"]["file_id"] not in (None, clip)
    assert output_id is not None
    # The log says it was retried and started again, not taken over from a dead worker.
    logs = client.get(f"{JOBS}/{job_id}/logs", headers=ada).get_json()["data"]["logs"]
    messages = [line["message"] for line in logs]
    assert "Retry requested" in messages
    assert "Started again (attempt 2)" in messages
    assert not any(m.startswith("Taken over") for m in messages)


def test_delete_removes_the_job_and_its_output(client, ada, clip):
    job_id = create(client, ada, {"source": {"file_id": clip}}).get_json()["data"]["jobId"]
    output_id = db.session.get(Job, job_id).output_file_id
    key = db.session.get(File, output_id).blob.storage_key
    assert storage().exists(key)
    r = client.delete(f"{JOBS}/{job_id}", headers=ada)
    assert r.status_code == 200
    db.session.expire_all()
    assert db.session.get(Job, job_id) is None
    assert db.session.get(File, output_id) is None
    assert not storage().exists(key)
    assert db.session.get(File, clip) is not None  # the source stays
    assert_error(client.get(f"{JOBS}/{job_id}", headers=ada), 404, "RESOURCE_NOT_FOUND")


# ---- URL and S3 sources ---------------------------------------------------------------


class _Files(http.server.BaseHTTPRequestHandler):
    routes: dict[str, bytes] = {}

    def do_GET(self):
        body = self.routes.get(self.path)
        if body is None:
            self.send_response(404)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self.send_response(200)
        self.send_header("Content-Type", "video/mp4")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args):
        pass


@pytest.fixture
def media_server(tmp_path):
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Files)
    _Files.routes = {
        "/clip.mp4": make_video(tmp_path / "remote.mp4", seconds=1, size="320x240").read_bytes(),
        "/page.html": b"<html><body>not a video</body></html>",
    }
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://media.test:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def ingest_app(app_factory):
    """An app allowed to fetch from the suite's own loopback server (``media.test``)."""
    app = app_factory(
        URL_INGEST_ALLOW="127.0.0.1/32",
        URL_INGEST_RESOLVER=lambda host, port: ["127.0.0.1"] if host == "media.test" else [],
        **NO_LADDER,
    )
    with app.app_context():
        yield app


def test_url_ingest_through_the_allow_list(ingest_app, make_user, api, media_server, tmp_path):
    client = ingest_app.test_client()
    headers = api.__class__(client).headers(make_user("uma"))
    r = create(client, headers, {"source": {"url": media_server + "/clip.mp4"}})
    assert r.status_code == 201, r.get_json()
    job_id = r.get_json()["data"]["jobId"]
    status = client.get(f"{JOBS}/{job_id}/status", headers=headers).get_json()["data"]
    assert status["status"] == "completed", status
    assert status["ingest"] == {"url": media_server + "/clip.mp4"}
    out = client.get(f"/api/v1/files/{status['output']['file_id']}", headers=headers)
    assert out.get_json()["data"]["original_filename"] == "clip (H.264).mp4"
    # Nothing of the download is left in the scratch folder.
    scratch = Path(ingest_app.config["INSTANCE_PATH"]) / "tmp" / "jobs"
    assert not scratch.exists() or not any(scratch.iterdir())


@pytest.mark.parametrize(
    ("path", "reason"), [("/missing.mp4", "404"), ("/page.html", "not a video")]
)
def test_url_ingest_failures_are_readable(ingest_app, make_user, api, media_server, path, reason):
    client = ingest_app.test_client()
    headers = api.__class__(client).headers(make_user("uma"))
    r = create(client, headers, {"source": {"url": media_server + path}})
    assert r.status_code == 201
    job_id = r.get_json()["data"]["jobId"]
    status = client.get(f"{JOBS}/{job_id}/status", headers=headers).get_json()["data"]
    assert status["status"] == "failed"
    assert reason in status["failureMessage"]
    assert status["output"] is None or status["output"]["file_id"] is None
    errors = client.get(f"{JOBS}/{job_id}/logs?level=ERROR", headers=headers).get_json()["data"]
    assert errors["total_logs"] == 1


@pytest.fixture
def s3_app(app_factory, s3_server):
    client = s3server.client(s3_server)
    bucket = s3server.create_bucket(client)
    app = app_factory(
        S3_INGEST_BUCKETS=bucket,
        S3_ENDPOINT_URL=s3_server,
        S3_REGION=s3server.REGION,
        S3_ACCESS_KEY_ID="testing",
        S3_SECRET_ACCESS_KEY="testing",
        **NO_LADDER,
    )
    with app.app_context():
        yield app, client, bucket
    s3server.drop_bucket(client, bucket)


def test_s3_source_and_s3_output(s3_app, make_user, api, tmp_path):
    app, s3, bucket = s3_app
    source = make_video(tmp_path / "in.mp4", seconds=1, size="320x240")
    s3.upload_file(str(source), bucket, "incoming/in.mp4")
    client = app.test_client()
    headers = api.__class__(client).headers(make_user("sam"))
    body = {
        "source": {"s3": {"bucket": bucket, "key": "incoming/in.mp4"}},
        "resolution": "360p",
        "output": {"s3": {"bucket": bucket, "key": "out/in-360.mp4"}, "filename": "in-360.mp4"},
    }
    r = create(client, headers, body)
    assert r.status_code == 201, r.get_json()
    status = client.get(f"{JOBS}/{r.get_json()['data']['jobId']}/status", headers=headers)
    status = status.get_json()["data"]
    assert status["status"] == "completed", status
    obj = s3.get_object(Bucket=bucket, Key="out/in-360.mp4")
    data = obj["Body"].read()
    assert obj["ContentType"] == "video/mp4"
    assert data == client.get(status["downloadUrl"]).data
    assert ffprobe(data, tmp_path)["streams"][0]["codec_name"] == "h264"

    # An object that does not exist is refused up front.
    before = row_counts()
    missing = {"source": {"s3": {"bucket": bucket, "key": "incoming/nope.mp4"}}}
    error = assert_error(create(client, headers, missing), 404, "SOURCE_NOT_FOUND")
    assert "source.s3.key" in error["details"]
    assert row_counts() == before


def test_encode_on_s3_storage_and_delete_removes_the_output(
    request, app_factory, make_user, api, tmp_path
):
    """Source and output live in the S3 storage backend (not an ingest bucket)."""
    on_s3 = SimpleNamespace(param="s3", getfixturevalue=request.getfixturevalue)
    gen = storage_backend_app(on_s3, app_factory, **NO_LADDER)
    app = next(gen)
    try:
        client = app.test_client()
        headers = api.__class__(client).headers(make_user("stella"))
        r = upload(client, headers, make_video(tmp_path / "s.mp4", seconds=1, size="320x240"))
        source = r.get_json()["data"]["id"]
        r = create(client, headers, {"source": {"file_id": source}, "codec": "h264"})
        assert r.status_code == 201, r.get_json()
        job_id = r.get_json()["data"]["jobId"]
        job = db.session.get(Job, job_id)
        assert job.status == "completed", job.error
        key = db.session.get(File, job.output_file_id).blob.storage_key
        assert key == f"outputs/{job.owner_id}/{job_id}.mp4"
        assert storage().exists(key)
        status = client.get(f"{JOBS}/{job_id}/status", headers=headers).get_json()["data"]
        download = client.get(status["downloadUrl"])
        assert download.status_code in (200, 302)  # proxied or a presigned redirect
        assert client.delete(f"{JOBS}/{job_id}", headers=headers).status_code == 200
        assert not storage().exists(key)
    finally:
        gen.close()


def test_an_encoder_failure_has_a_reason_and_the_stderr_tail_at_error(client, ada, clip):
    """The stored source is damaged after upload: the job fails readably."""
    key = db.session.get(File, clip).blob.storage_key
    with storage().local_path(key) as path:
        data = path.read_bytes()
        path.write_bytes(data[: len(data) // 3])  # local storage: the blob itself
    r = create(client, ada, {"source": {"file_id": clip}})
    assert r.status_code == 201
    job_id = r.get_json()["data"]["jobId"]
    status = client.get(f"{JOBS}/{job_id}/status", headers=ada).get_json()["data"]
    assert status["status"] == "failed"
    assert status["failureMessage"]
    assert "Traceback" not in status["failureMessage"]
    assert "moov atom not found" in status["failureMessage"]
    assert "/instance/" not in status["failureMessage"]  # no server paths
    errors = client.get(f"{JOBS}/{job_id}/logs?level=ERROR", headers=ada).get_json()["data"]
    assert errors["total_logs"] == 1
    line = errors["logs"][0]
    assert line["message"] == status["failureMessage"]
    assert "moov atom not found" in line["details"]["stderr"]
    assert "/instance/" not in line["details"]["stderr"]
    assert db.session.get(Job, job_id).output_file_id is None
