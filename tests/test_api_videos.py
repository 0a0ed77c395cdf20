"""The videos API and the story API: generation, status, the rendered video's
download/stream/thumbnail/metadata/subtitles, tasks and scene images,
regeneration, generation jobs as ordinary jobs, and every bad input.

Renders are few: one video per backend is made once for the module (by a
hostile prompt, so every read test also shows it is served safely) and read
by most tests; the tests that change a video make their own. With
``QUEUE_IMMEDIATE`` a generation has finished when ``POST`` answers; the tests
that need a job to wait (busy, cancel, not ready) use an app without a
worker and run the job by hand.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

import pytest
from flask import Flask
from flask_migrate import upgrade
from PIL import Image

from t2m.extensions import db
from t2m.models import File, Generation, Job, Scene
from t2m.services import generation as generation_service
from t2m.storage import storage

from .conftest import BACKENDS, PASSWORD, Api, assert_error, make_app, row_counts
from .media_fixtures import make_audio
from .test_api_files import upload
from .test_api_jobs import ffprobe

API = "/api/v1"
GENERATE = f"{API}/videos/generate"
# Hostile on purpose: quotes, %, brackets, ; , backslash and markup must be
# narrated, drawn, subtitled (escaped) and used as a file name safely.
HOSTILE = "It's 50% off: [a]; b, c\\d <b>x</b>"
SHORT = "A red fox runs through the snow."


# ---- one rendered video per backend, shared by the read-only tests --------------------


@dataclass
class World:
    app: Flask
    client: object
    ada: dict
    bob: dict
    ada_id: int
    bob_id: int
    generated: dict  # the 202 answer of POST /videos/generate
    video: int  # its job id
    image: int  # its first scene
    bob_audio: int  # a file of Bob's


def _register(username: str):
    from t2m.services import accounts

    return accounts.register(
        email=f"{username}@example.com",
        username=username,
        password=PASSWORD,
        send_verification=False,
    )


@pytest.fixture(scope="module", params=BACKENDS)
def world(request, tmp_path_factory):
    """An app on a database of its own (the per-test fixtures empty theirs after
    every test), Ada's rendered video and Bob, who must never see it."""
    folder = tmp_path_factory.mktemp(f"videos-{request.param}")
    if request.param == "sqlite":
        url = f"sqlite:///{folder / 'videos.sqlite3'}"
    else:
        url = request.getfixturevalue("pg_server")()
    app = make_app(folder, url)
    with app.app_context():
        upgrade()
        ada, bob = _register("ada"), _register("bob")
        client = app.test_client()
        api = Api(client)
        ada_h, bob_h = api.headers(ada), api.headers(bob)
        r = upload(client, bob_h, make_audio(folder / "tune.mp3"))
        assert r.status_code == 201, r.get_json()
        bob_audio = r.get_json()["data"]["id"]
        r = client.post(GENERATE, json={"prompt": HOSTILE, "seed": 7}, headers=ada_h)
        assert r.status_code == 202, r.get_json()
        generated = r.get_json()
        video = generated["data"]["id"]
        image = db.session.get(Generation, video).scenes[0].id
        world = World(app, client, ada_h, bob_h, ada.id, bob.id, generated, video, image, bob_audio)
    yield world
    with app.app_context():
        db.session.remove()
        db.engine.dispose()


@pytest.fixture
def w(world):
    """The shared world, inside its app context."""
    with world.app.app_context():
        yield world


def get(w, path, headers=None, **kw):
    return w.client.get(f"{API}{path}", headers=w.ada if headers is None else headers, **kw)


# ---- POST /videos/generate and GET /videos/{id}/status ---------------------------------


def test_generate_answers_202_with_the_job_and_its_links(w):
    body = w.generated
    assert body["success"] is True
    data = body["data"]
    assert data["type"] == "video_generation"
    assert data["status"] == "completed"  # ran inline (QUEUE_IMMEDIATE)
    assert data["progress"] == 100
    assert data["stage"] == "done"
    assert data["error"] is None
    links = data["links"]
    assert links["status"] == f"{API}/videos/{w.video}/status"
    assert links["download"] == f"{API}/videos/{w.video}/download"
    assert links["task"] == f"{API}/video/tasks/{w.video}"
    assert links["job"] == f"{API}/jobs/{w.video}"
    for link in links.values():  # every link answers
        assert w.client.get(link, headers=w.ada).status_code == 200, link


def test_status(w):
    data = get(w, f"/videos/{w.video}/status").get_json()["data"]
    gen = db.session.get(Generation, w.video)
    assert data["job_id"] == w.video
    assert data["status"] == "completed"
    assert data["progress"] == 100
    assert data["stage"] == "done"
    assert data["error"] is None
    assert data["title"] == gen.title
    assert data["title"]
    assert data["scenes_total"] == data["scenes_ready"] == len(gen.scenes) >= 1
    assert data["video_file_id"] == gen.video_file_id
    assert data["active_job_id"] is None
    assert data["created_at"] <= data["updated_at"]


def test_idempotency_key_replays_the_same_job(w):
    headers = {**w.ada, "Idempotency-Key": "video-once-1"}
    body = {"prompt": SHORT}
    first = w.client.post(GENERATE, json=body, headers=headers)
    assert first.status_code == 202, first.get_json()
    before = row_counts()
    again = w.client.post(GENERATE, json=body, headers=headers)
    assert again.status_code == 202
    assert again.headers["Idempotent-Replayed"] == "true"
    assert again.get_json()["data"] == first.get_json()["data"]
    assert row_counts() == before
    # The same key with another request is a conflict, and makes nothing.
    other = w.client.post(GENERATE, json={"prompt": "Something else."}, headers=headers)
    assert_error(other, 409, "IDEMPOTENCY_CONFLICT")
    assert row_counts() == before


# ---- the rendered video ---------------------------------------------------------------


def test_download_is_an_mp4_with_video_and_audio(w, tmp_path):
    r = get(w, f"/videos/{w.video}/download")
    assert r.status_code == 200
    assert r.mimetype == "video/mp4"
    assert r.headers["Content-Disposition"].startswith("attachment;")
    info = ffprobe(r.data, tmp_path)
    kinds = {s["codec_type"]: s for s in info["streams"]}
    assert kinds["video"]["codec_name"] == "h264"
    assert (kinds["video"]["width"], kinds["video"]["height"]) == (1280, 720)
    assert kinds["audio"]["codec_name"] == "aac"
    assert float(info["format"]["duration"]) > 0.5
    inline = get(w, f"/videos/{w.video}/download?inline=true")
    assert inline.headers["Content-Disposition"].startswith("inline;")
    assert inline.data == r.data


def test_stream_honours_range(w):
    whole = get(w, f"/videos/{w.video}/stream")
    assert whole.status_code == 200
    assert whole.mimetype == "video/mp4"
    part = get(w, f"/videos/{w.video}/stream", headers={**w.ada, "Range": "bytes=0-99"})
    assert part.status_code == 206
    assert part.headers["Content-Range"] == f"bytes 0-99/{len(whole.data)}"
    assert part.data == whole.data[:100]
    assert part.data[4:8] == b"ftyp"
    # The files API's rules hold: no ladder was made here, so no HLS.
    err = assert_error(get(w, f"/videos/{w.video}/stream?quality=auto"), 422, "VALIDATION_ERROR")
    assert "quality" in err["details"]


def test_thumbnail_sizes(w):
    for size, width in (("small", 160), ("medium", 320), ("large", 640)):
        r = get(w, f"/videos/{w.video}/thumbnail?size={size}")
        assert r.status_code == 200
        with Image.open(io.BytesIO(r.data)) as im:
            assert im.width == width
    err = assert_error(get(w, f"/videos/{w.video}/thumbnail?size=huge"), 422, "VALIDATION_ERROR")
    assert "size" in err["details"]


def test_metadata_of_the_output_and_the_request(w):
    data = get(w, f"/videos/{w.video}/metadata").get_json()["data"]
    gen = db.session.get(Generation, w.video)
    assert data["file_id"] == gen.video_file_id
    assert data["content_type"] == "video/mp4"
    assert data["size"] == db.session.get(File, gen.video_file_id).size
    assert data["probed"] is True
    assert "mp4" in data["format"]
    assert data["duration"] > 0.5
    assert data["bitrate"] > 0
    assert (data["width"], data["height"]) == (1280, 720)
    assert data["fps"] > 0
    assert data["has_video"] is data["has_audio"] is True
    assert data["video_codec"] == "h264"
    assert data["audio_codec"] == "aac"
    assert 0 < data["video_bitrate"] < data["bitrate"]
    assert 0 < data["audio_bitrate"] < data["bitrate"]
    assert data["sample_rate"] == 48000
    assert data["channels"] in (1, 2)
    made = data["generation"]
    assert made["prompt"] == HOSTILE
    assert made["story_topic"] is None
    assert made["title"] == gen.title
    assert made["seed"] == 7
    assert (made["art_style"], made["quality"], made["aspect_ratio"]) == (
        "photorealistic",
        "720p",
        "16:9",
    )
    assert (made["language"], made["voice_name"]) == ("english", "alloy")
    assert (made["narration"], made["subtitles"], made["music"]) == (True, "burned", True)
    assert made["scenes"] == len(gen.scenes)
    assert made["renders"] == 1
    assert {"script", "visuals", "speech", "compose"} <= set(made["engines"])


def test_subtitles_vtt_and_srt_escape_markup(w):
    vtt = get(w, f"/videos/{w.video}/subtitles")
    assert vtt.status_code == 200
    assert vtt.mimetype == "text/vtt"
    text = vtt.get_data(as_text=True)
    assert text.startswith("WEBVTT")
    assert re.search(r"\d\d:\d\d:\d\d\.\d{3} --> \d\d:\d\d:\d\d\.\d{3}", text)
    # The words are there, the markup is not live: "<b>" is escaped in WebVTT.
    assert "50% off" in text
    assert "<b>" not in text
    assert "&lt;b&gt;x&lt;/b&gt;" in text
    assert vtt.headers["X-Content-Type-Options"] == "nosniff"
    cached = get(
        w, f"/videos/{w.video}/subtitles", headers={**w.ada, "If-None-Match": vtt.headers["ETag"]}
    )
    assert cached.status_code == 304
    srt = get(w, f"/videos/{w.video}/subtitles?format=srt")
    assert srt.status_code == 200
    assert srt.mimetype == "application/x-subrip"
    assert re.match(r"1\n\d\d:\d\d:\d\d,\d{3} --> ", srt.get_data(as_text=True))
    for bad in ("ass", "VTT", ""):
        r = get(w, f"/videos/{w.video}/subtitles?format={bad}")
        err = assert_error(r, 422, "VALIDATION_ERROR")
        assert "format" in err["details"]
        assert "'srt'" in err["details"]["format"][0]
        assert "'vtt'" in err["details"]["format"][0]


# ---- the story API: tasks and images ---------------------------------------------------


def test_video_task(w):
    data = get(w, f"/video/tasks/{w.video}").get_json()["data"]
    gen = db.session.get(Generation, w.video)
    assert data["task_id"] == w.video
    assert data["status"] == "completed"
    assert data["progress"] == 100
    assert data["error_message"] is None
    assert data["story_title"] == gen.title
    assert data["story_description"] == gen.description
    assert data["story_text"] == gen.story_text
    assert data["url"] == f"{API}/videos/{w.video}/download"
    assert w.client.get(data["url"], headers=w.ada).status_code == 200
    assert len(data["images"]) == len(gen.scenes)
    first = data["images"][0]
    assert first["id"] == w.image
    assert first["status"] == "completed"
    assert first["urls"] == [f"{API}/images/{w.image}/file?v=1"]
    assert first["subtitles"]
    assert first["created_at"] <= first["updated_at"]


def test_images_task_of_a_video(w):
    data = get(w, f"/images/tasks/{w.video}").get_json()["data"]
    assert data["task_id"] == w.video
    assert data["type"] == "video_generation"
    assert data["status"] == "completed"
    assert data["video_task_id"] == w.video
    assert data["images"][0]["id"] == w.image


def test_image_file_is_the_scene_jpeg(w):
    r = get(w, f"/images/{w.image}/file?v=1")
    assert r.status_code == 200
    assert r.mimetype == "image/jpeg"
    assert r.data[:3] == b"\xff\xd8\xff"
    with Image.open(io.BytesIO(r.data)) as im:
        assert im.size == (1280, 720)
    assert r.headers["X-Content-Type-Options"] == "nosniff"
    again = get(w, f"/images/{w.image}/file", headers={**w.ada, "If-None-Match": r.headers["ETag"]})
    assert again.status_code == 304
    part = get(w, f"/images/{w.image}/file", headers={**w.ada, "Range": "bytes=0-1"})
    assert part.status_code == 206
    assert part.data == b"\xff\xd8"


# ---- generation jobs are jobs -----------------------------------------------------------


def test_generation_is_listed_read_and_logged_as_a_job(w):
    listed = get(w, "/jobs?type=video_generation").get_json()["data"]["items"]
    assert w.video in [j["id"] for j in listed]
    job = get(w, f"/jobs/{w.video}").get_json()["data"]
    gen = db.session.get(Generation, w.video)
    assert job["type"] == "video_generation"
    assert job["status"] == "completed"
    assert job["output_file_id"] == gen.video_file_id
    assert job["result"]["file_id"] == gen.video_file_id
    assert "key" not in job["result"]
    logs = get(w, f"/jobs/{w.video}/logs?limit=1000").get_json()["data"]
    messages = " | ".join(x["message"] for x in logs["logs"])
    for step in ("Generation requested", "Wrote the script", "picture ready", "narrated"):
        assert step in messages
    assert "Completed" in messages
    before = row_counts()
    assert_error(w.client.post(f"{API}/jobs/{w.video}/cancel", headers=w.ada), 409, "JOB_FINISHED")
    assert row_counts() == before


# ---- auth, scopes, other users ------------------------------------------------------------


def _reads(w) -> list[str]:
    v, i = w.video, w.image
    return [
        f"/videos/{v}/status",
        f"/videos/{v}/download",
        f"/videos/{v}/stream",
        f"/videos/{v}/thumbnail",
        f"/videos/{v}/metadata",
        f"/videos/{v}/subtitles",
        f"/video/tasks/{v}",
        f"/images/tasks/{v}",
        f"/images/{i}/file",
        f"/jobs/{v}",
        f"/jobs/{v}/logs",
    ]


def test_everything_needs_credentials(w):
    for path in _reads(w):
        assert_error(w.client.get(f"{API}{path}"), 401, "AUTH_REQUIRED")
    for path in (GENERATE, f"{API}/video", f"{API}/images/{w.image}"):
        assert_error(w.client.post(path, json={"prompt": SHORT}), 401, "AUTH_REQUIRED")


def _key(w, scopes) -> dict:
    r = w.client.post(f"{API}/auth/api-keys", json={"name": "k", "scopes": scopes}, headers=w.ada)
    assert r.status_code == 201, r.get_json()
    return {"X-API-Key": r.get_json()["data"]["key"]}


def test_scopes(w):
    readonly = _key(w, ["files:read", "jobs:read"])
    before = row_counts()
    for path, body in ((GENERATE, {"prompt": SHORT}), (f"{API}/video", {"story_topic": "love"})):
        err = assert_error(
            w.client.post(path, json=body, headers=readonly), 403, "PERMISSION_DENIED"
        )
        assert "videos:generate" in err["message"]
    r = w.client.post(f"{API}/images/{w.image}", headers=readonly)
    assert_error(r, 403, "PERMISSION_DENIED")
    assert row_counts() == before
    for path in _reads(w):
        assert get(w, path, headers=readonly).status_code == 200, path
    generate_only = _key(w, ["videos:generate"])
    err = assert_error(
        get(w, f"/videos/{w.video}/status", headers=generate_only), 403, "PERMISSION_DENIED"
    )
    assert "jobs:read" in err["message"]
    err = assert_error(
        get(w, f"/videos/{w.video}/download", headers=generate_only), 403, "PERMISSION_DENIED"
    )
    assert "files:read" in err["message"]


def test_other_users_ids_are_not_found_and_nothing_changes(w):
    scene = db.session.get(Scene, w.image)
    version, key = scene.version, scene.image_key
    before = row_counts()
    for path in _reads(w):
        assert_error(get(w, path, headers=w.bob), 404, "RESOURCE_NOT_FOUND")
    for body in (None, {"prompt": "a cat"}, {"text": "Other words."}, {"image": False}):
        kw = {} if body is None else {"json": body}
        r = w.client.post(f"{API}/images/{w.image}", headers=w.bob, **kw)
        assert_error(r, 404, "RESOURCE_NOT_FOUND")
    for path in (f"/jobs/{w.video}/cancel", f"/jobs/{w.video}/retry"):
        assert_error(w.client.post(f"{API}{path}", headers=w.bob), 404, "RESOURCE_NOT_FOUND")
    assert_error(w.client.delete(f"{API}/jobs/{w.video}", headers=w.bob), 404, "RESOURCE_NOT_FOUND")
    assert row_counts() == before
    db.session.expire_all()
    scene = db.session.get(Scene, w.image)
    assert (scene.version, scene.image_key) == (version, key)
    assert get(w, f"/videos/{w.video}/status").status_code == 200


def test_unknown_ids_and_jobs_that_are_not_videos(w):
    process = db.session.scalar(
        db.select(Job.id).where(Job.kind == "process", Job.owner_id == w.ada_id)
    )
    for missing in (999_999, process):
        for path in (
            f"/videos/{missing}/status",
            f"/videos/{missing}/download",
            f"/video/tasks/{missing}",
            f"/images/tasks/{missing}",
        ):
            assert_error(get(w, path), 404, "RESOURCE_NOT_FOUND")
    assert_error(get(w, "/images/999999/file"), 404, "RESOURCE_NOT_FOUND")
    assert_error(w.client.post(f"{API}/images/999999", headers=w.ada), 404, "RESOURCE_NOT_FOUND")


# ---- bad input ----------------------------------------------------------------------------


def _bad_cases(w):
    """(body, field, words the message must contain)."""
    return [
        ({"story_topic": "gossip"}, "story_topic", ["scary", "bedtime", "custom"]),
        ({"prompt": SHORT, "art_style": "oil"}, "art_style", ["photorealistic", "pixar-art"]),
        ({"prompt": SHORT, "voice_name": "hal"}, "voice_name", ["alloy", "shimmer"]),
        ({"prompt": SHORT, "language": "klingon"}, "language", ["english", "ukrainian"]),
        ({"prompt": SHORT, "quality": "4k"}, "quality", ["720p", "1080p"]),
        ({"prompt": SHORT, "aspect_ratio": "4:3"}, "aspect_ratio", ["16:9", "9:16", "1:1"]),
        ({"story_topic": "love", "duration": "medium"}, "duration", ["short", "long", "5 to 600"]),
        ({"story_topic": "love", "duration": 4}, "duration", ["5 to 600"]),
        ({"story_topic": "love", "duration": -30}, "duration", ["5 to 600"]),
        ({"story_topic": "love", "duration": 10**30}, "duration", ["5 to 600"]),
        ({"prompt": SHORT * 40, "duration": 5}, "prompt", ["about", "at least"]),
        ({"prompt": ""}, "prompt", ["empty"]),
        ({"prompt": "x" * 100_000}, "prompt", ["20000"]),
        ({"prompt": "\x00\x01\x1b\x7f"}, "prompt", ["control characters"]),
        ({}, "prompt", ["story_topic"]),
        ({"prompt": SHORT, "seed": -1}, "seed", ["0", "2147483647"]),
        ({"prompt": SHORT, "music": "yes"}, "music", ["true or false"]),
        ({"prompt": SHORT, "music": 1}, "music", ["true or false"]),
        ({"prompt": SHORT, "music_file_id": w.bob_audio}, "music_file_id", ["not found"]),
        ({"prompt": SHORT, "music_file_id": "tune.mp3"}, "music_file_id", ["id", "2147483647"]),
        ({"prompt": SHORT, "music_file_id": 2**63}, "music_file_id", ["id", "2147483647"]),
        ({"prompt": SHORT, "scene_file_ids": "all"}, "scene_file_ids", ["array"]),
        ({"prompt": SHORT, "scene_file_ids": [0]}, "scene_file_ids.0", ["id", "2147483647"]),
        ({"prompt": SHORT, "scene_file_ids": [None, 2**64]}, "scene_file_ids.1", ["2147483647"]),
        ({"prompt": SHORT, "scene_file_ids": [w.bob_audio]}, "scene_file_ids", ["not found"]),
        ({"prompt": SHORT, "scene_file_ids": [None] * 61}, "scene_file_ids", ["60"]),
        ({"prompt": SHORT, "colour": "red"}, "colour", ["Extra inputs"]),
    ]


def test_bad_generation_requests_are_422_naming_the_field(w):
    before = row_counts()
    for body, field, words in _bad_cases(w):
        r = w.client.post(GENERATE, json=body, headers=w.ada)
        err = assert_error(r, 422, "VALIDATION_ERROR")
        assert field in err["details"], (body, err)
        why = " ".join(err["details"][field])
        for word in words:
            assert word in why, (field, word, why)
    assert row_counts() == before


def test_a_body_that_is_not_an_object(w):
    before = row_counts()
    for raw in ('[{"prompt": "A fox."}]', '"a fox"', "42", "null", "true"):
        r = w.client.post(GENERATE, data=raw, content_type="application/json", headers=w.ada)
        err = assert_error(r, 422, "VALIDATION_ERROR")
        assert "body" in err["details"]
    for raw, ctype in (
        ("{not json", "application/json"),
        ("prompt=x", "text/plain"),
        ("", "application/json"),
    ):
        r = w.client.post(GENERATE, data=raw, content_type=ctype, headers=w.ada)
        assert_error(r, 400, "VALIDATION_ERROR")
    assert row_counts() == before


def test_bad_story_requests(w):
    before = row_counts()
    r = w.client.post(f"{API}/video", json={"art_style": "oil"}, headers=w.ada)
    err = assert_error(r, 422, "VALIDATION_ERROR")
    # One answer names both: the missing topic (with its values) and the bad style.
    assert "scary" in err["details"]["story_topic"][0]
    assert "photorealistic" in err["details"]["art_style"][0]
    cases = [
        ({}, "story_topic", ["Required", "love"]),
        ({"story_topic": "gossip"}, "story_topic", ["mystery"]),
        ({"story_topic": "custom"}, "prompt", ["custom"]),
        ({"story_topic": "love", "voice_name": "hal"}, "voice_name", ["nova"]),
        ({"story_topic": "love", "language": "elvish"}, "language", ["german"]),
        ({"story_topic": "love", "duration": "forever"}, "duration", ["short", "long"]),
        ({"story_topic": "love", "quality": "1080p"}, "quality", ["Extra inputs"]),
    ]
    for body, field, words in cases:
        err = assert_error(
            w.client.post(f"{API}/video", json=body, headers=w.ada), 422, "VALIDATION_ERROR"
        )
        why = " ".join(err["details"][field])
        for word in words:
            assert word in why, (body, why)
    assert row_counts() == before


def test_bad_regeneration_requests(w):
    scene = db.session.get(Scene, w.image)
    version = scene.version
    before = row_counts()
    cases = [
        ({"prompt": ""}, "prompt"),
        ({"prompt": "\x00\x07"}, "prompt"),
        ({"prompt": "x" * 1001}, "prompt"),
        ({"prompt": 12}, "prompt"),
        ({"text": "   "}, "text"),
        ({"text": "y" * 2001}, "text"),
        ({"image": False}, "image"),
        ({"image": "yes"}, "image"),
        ({"colour": "red"}, "colour"),
        ({"file_id": "tune.mp3"}, "file_id"),
        ({"file_id": -3}, "file_id"),
        ({"file_id": 2**63}, "file_id"),
        ({"file_id": 1e30}, "file_id"),
        ({"file_id": w.bob_audio}, "file_id"),  # Bob's: not found
        ({"file_id": db.session.get(Generation, w.video).video_file_id}, "file_id"),  # itself
        ({"file_id": db.session.get(File, w.bob_audio).id, "prompt": "a cat"}, "file_id"),
    ]
    for body, field in cases:
        r = w.client.post(f"{API}/images/{w.image}", json=body, headers=w.ada)
        err = assert_error(r, 422, "VALIDATION_ERROR")
        assert field in err["details"], (body, err)
    r = w.client.post(f"{API}/images/{w.image}", json=[1], headers=w.ada)
    assert_error(r, 422, "VALIDATION_ERROR")
    r = w.client.post(
        f"{API}/images/{w.image}", data="{", content_type="application/json", headers=w.ada
    )
    assert_error(r, 400, "VALIDATION_ERROR")
    assert row_counts() == before
    db.session.expire_all()
    assert db.session.get(Scene, w.image).version == version


# ---- apps of their own: regeneration, waiting jobs, deletion ------------------------------


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


def _generate(client, headers, prompt=SHORT) -> int:
    r = client.post(GENERATE, json={"prompt": prompt}, headers=headers)
    assert r.status_code == 202, r.get_json()
    return r.get_json()["data"]["id"]


def _image_bytes(client, headers, scene_id) -> bytes:
    r = client.get(f"{API}/images/{scene_id}/file", headers=headers)
    assert r.status_code == 200
    return r.data


def test_regenerating_an_image_re_renders_the_video(client, ada, tmp_path):
    video = _generate(client, ada)
    scene_id = client.get(f"{API}/video/tasks/{video}", headers=ada).get_json()["data"]["images"][
        0
    ]["id"]
    old_file = db.session.get(Generation, video).video_file_id
    old_image = _image_bytes(client, ada, scene_id)

    r = client.post(
        f"{API}/images/{scene_id}", json={"prompt": "a lighthouse at night"}, headers=ada
    )
    assert r.status_code == 202, r.get_json()
    data = r.get_json()["data"]
    assert data["image_id"] == scene_id
    assert data["status"] == "completed"
    assert data["urls"] == [f"{API}/images/{scene_id}/file?v=2"]
    task = client.get(f"{API}/images/tasks/{data['task_id']}", headers=ada).get_json()["data"]
    assert task["type"] == "image_regeneration"
    assert task["status"] == "completed"
    assert task["video_task_id"] == video
    assert [(i["id"], i["version"]) for i in task["images"]] == [(scene_id, 2)]

    status = client.get(f"{API}/videos/{video}/status", headers=ada).get_json()["data"]
    assert status["video_file_id"] not in (None, old_file)
    assert status["active_job_id"] is None
    assert _image_bytes(client, ada, scene_id) != old_image
    assert_error(client.get(f"{API}/files/{old_file}", headers=ada), 404, "RESOURCE_NOT_FOUND")
    assert db.session.get(File, old_file) is None
    info = ffprobe(client.get(f"{API}/videos/{video}/download", headers=ada).data, tmp_path)
    assert {"video", "audio"} <= {s["codec_type"] for s in info["streams"]}
    meta = client.get(f"{API}/videos/{video}/metadata", headers=ada).get_json()["data"]
    assert meta["generation"]["renders"] == 2

    # New words: re-narrated and re-subtitled, the picture kept.
    picture = _image_bytes(client, ada, scene_id)
    r = client.post(f"{API}/images/{scene_id}", json={"text": "Waves crash below."}, headers=ada)
    assert r.status_code == 202, r.get_json()
    vtt = client.get(f"{API}/videos/{video}/subtitles", headers=ada).get_data(as_text=True)
    assert "Waves crash below." in vtt
    assert SHORT not in vtt
    assert _image_bytes(client, ada, scene_id) == picture
    task = client.get(f"{API}/video/tasks/{video}", headers=ada).get_json()["data"]
    assert task["story_text"] == "Waves crash below."
    assert task["images"][0]["version"] == 3


def test_a_scene_shows_a_picture_of_the_users_by_file_id(client, ada, tmp_path):
    video = _generate(client, ada)
    scene_id = db.session.get(Generation, video).scenes[0].id
    r = upload(client, ada, make_audio(tmp_path / "tune.mp3"))
    music = r.get_json()["data"]["id"]
    before = row_counts()
    r = client.post(f"{API}/images/{scene_id}", json={"file_id": music}, headers=ada)
    err = assert_error(r, 422, "VALIDATION_ERROR")
    assert "audio" in err["details"]["file_id"][0]
    assert row_counts() == before
    path = tmp_path / "mine.png"
    Image.new("RGB", (800, 450), (30, 200, 30)).save(path)
    r = upload(client, ada, path)
    picture = r.get_json()["data"]["id"]
    r = client.post(f"{API}/images/{scene_id}", json={"file_id": picture}, headers=ada)
    assert r.status_code == 202, r.get_json()
    db.session.expire_all()
    scene = db.session.get(Scene, scene_id)
    assert (scene.media_file_id, scene.image_engine, scene.version) == (picture, "upload", 2)
    green = Image.open(io.BytesIO(_image_bytes(client, ada, scene_id))).convert("RGB")
    r, g, b = green.resize((1, 1)).getpixel((0, 0))
    assert g > r + 100
    assert g > b + 100


@pytest.fixture
def idle(app_factory, make_user, api):
    """An app whose jobs wait in the queue (nobody runs them), with Ada signed in."""
    app = app_factory(QUEUE_IMMEDIATE=False)
    with app.app_context():
        client = app.test_client()
        yield app, client, Api(client).headers(make_user("ada"))


def test_while_not_rendered_the_video_is_409(idle):
    _app, client, ada = idle
    video = _generate(client, ada)
    status = client.get(f"{API}/videos/{video}/status", headers=ada).get_json()["data"]
    assert (status["status"], status["stage"], status["scenes_total"]) == ("queued", "queued", 0)
    assert status["video_file_id"] is None
    for path in ("download", "stream", "thumbnail", "metadata", "subtitles"):
        r = client.get(f"{API}/videos/{video}/{path}", headers=ada)
        err = assert_error(r, 409, "VIDEO_NOT_READY")
        assert "still being generated" in err["message"]
        assert r.headers["Retry-After"] == "5"
    task = client.get(f"{API}/video/tasks/{video}", headers=ada).get_json()["data"]
    assert (task["status"], task["url"], task["images"]) == ("queued", None, [])


def test_story_video_is_queued_as_a_task(idle):
    _app, client, ada = idle
    r = client.post(
        f"{API}/video",
        json={
            "story_topic": "bedtime",
            "art_style": "anime",
            "duration": "short",
            "language": "french",
            "voice_name": "nova",
        },
        headers=ada,
    )
    assert r.status_code == 202, r.get_json()
    data = r.get_json()["data"]
    assert data == {"task_id": data["task_id"], "status": "queued"}
    job = db.session.get(Job, data["task_id"])
    assert job.kind == "video_generation"
    assert job.parameters["request"]["story_topic"] == "bedtime"
    assert job.parameters["request"]["voice_name"] == "nova"
    task = client.get(f"{API}/video/tasks/{data['task_id']}", headers=ada).get_json()["data"]
    assert (task["status"], task["progress"], task["url"]) == ("queued", 0, None)


def test_regeneration_while_another_is_active_is_busy(idle):
    _app, client, ada = idle
    video = _generate(client, ada)
    scene = {"prompt": "anything"}
    # Before the first render there is no scene yet; run the job as a worker would.
    assert generation_service.run_generation_job(video) == "completed"
    scene_id = db.session.get(Generation, video).scenes[0].id
    first = client.post(f"{API}/images/{scene_id}", json=scene, headers=ada)
    assert first.status_code == 202, first.get_json()
    task = first.get_json()["data"]["task_id"]
    assert first.get_json()["data"]["status"] == "queued"
    status = client.get(f"{API}/videos/{video}/status", headers=ada).get_json()["data"]
    assert status["active_job_id"] == task
    before = row_counts()
    for body in (scene, None, {"text": "Other words."}):
        kw = {} if body is None else {"json": body}
        r = client.post(f"{API}/images/{scene_id}", headers=ada, **kw)
        err = assert_error(r, 409, "GENERATION_BUSY")
        assert "try again" in err["message"]
    assert row_counts() == before
    images = client.get(f"{API}/images/tasks/{task}", headers=ada).get_json()["data"]
    assert images["status"] == "queued"
    assert images["images"][0]["id"] == scene_id
    # Cancelled, it frees the video.
    r = client.post(f"{API}/jobs/{task}/cancel", headers=ada)
    assert r.get_json()["data"]["status"] == "cancelled"
    again = client.post(f"{API}/images/{scene_id}", json=scene, headers=ada)
    assert again.status_code == 202, again.get_json()


def test_regeneration_body_is_optional(idle):
    """No body, or an empty one, is the defaults (redraw from the narration); bytes
    that are not declared JSON are refused, not ignored."""
    _app, client, ada = idle
    video = _generate(client, ada)
    assert generation_service.run_generation_job(video) == "completed"
    scene_id = db.session.get(Generation, video).scenes[0].id
    url = f"{API}/images/{scene_id}"
    for kw in ({}, {"data": b"", "content_type": "application/json"}):
        r = client.post(url, headers=ada, **kw)
        assert r.status_code == 202, (kw, r.get_json())
        task = r.get_json()["data"]["task_id"]
        params = db.session.get(Job, task).parameters
        assert (params["image"], params["prompt"], params["text"]) == (True, None, None)
        assert client.post(f"{API}/jobs/{task}/cancel", headers=ada).status_code == 200
    before = row_counts()
    for kw in (
        {"data": '{"text": "Other words."}'},
        {"data": '{"text": "Other words."}', "content_type": "text/plain"},
        {"data": " ", "content_type": "application/json"},
    ):
        err = assert_error(client.post(url, headers=ada, **kw), 400, "VALIDATION_ERROR")
        assert "body" in err["details"], (kw, err)
    assert row_counts() == before


def test_generation_job_cancel_retry_and_delete(idle):
    _app, client, ada = idle
    video = _generate(client, ada)
    r = client.post(f"{API}/jobs/{video}/cancel", headers=ada)
    assert r.status_code == 200
    assert r.get_json()["data"]["status"] == "cancelled"
    err = assert_error(
        client.get(f"{API}/videos/{video}/download", headers=ada), 409, "VIDEO_NOT_READY"
    )
    assert "cancelled" in err["message"]
    r = client.post(f"{API}/jobs/{video}/retry", headers=ada)
    assert r.status_code == 200, r.get_json()
    assert r.get_json()["data"]["status"] == "queued"
    assert generation_service.run_generation_job(video) == "completed"
    gen = db.session.get(Generation, video)
    file_id, owner = gen.video_file_id, gen.owner_id
    file_key = db.session.get(File, file_id).blob.storage_key
    prefix = generation_service.prefix(owner, video)
    assert list(storage().iter_keys(prefix))
    assert client.get(f"{API}/videos/{video}/download", headers=ada).status_code == 200
    # Its processing job has not run (no worker), yet the video's data is there.
    meta = client.get(f"{API}/videos/{video}/metadata", headers=ada).get_json()["data"]
    assert meta["probed"] is True
    assert meta["width"] == 1280
    assert meta["duration"] > 0
    assert meta["bitrate"] > 0

    r = client.delete(f"{API}/jobs/{video}", headers=ada)
    assert r.status_code == 200, r.get_json()
    db.session.expire_all()
    assert db.session.get(Job, video) is None
    assert db.session.get(Generation, video) is None
    assert db.session.get(File, file_id) is None
    assert db.session.scalar(db.select(db.func.count()).select_from(Scene)) == 0
    assert list(storage().iter_keys(prefix)) == []
    assert not storage().exists(file_key)
    assert_error(client.get(f"{API}/videos/{video}/status", headers=ada), 404, "RESOURCE_NOT_FOUND")
    assert_error(client.get(f"{API}/files/{file_id}", headers=ada), 404, "RESOURCE_NOT_FOUND")
