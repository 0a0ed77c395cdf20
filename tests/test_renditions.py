"""The process job's video ladder on local disk and S3: renditions from the
original, never upscaled, keyframes on a 2 s grid, HLS playlists, the
storyboard, and cancel/retry of a process job mid-ladder."""

from __future__ import annotations

import json
import subprocess
import threading
import time
from pathlib import Path

import pytest

from t2m.extensions import db
from t2m.models import DerivedFile, File, Job
from t2m.services import jobs, processing
from t2m.storage import storage

from .conftest import storage_backend_app
from .media_fixtures import make_audio, make_video
from .test_api_files import upload


@pytest.fixture(params=["local", "s3"])
def app(request, app_factory):
    yield from storage_backend_app(request, app_factory, RENDITIONS_ENABLED=True)


@pytest.fixture
def ada(make_user, api):
    return api.headers(make_user("ada"))


def rows(file_id: int, kind: str) -> dict[str, DerivedFile]:
    found = db.session.query(DerivedFile).filter_by(file_id=file_id, kind=kind)
    return {row.label: row for row in found}


def read(key: str) -> bytes:
    with storage().open(key) as fh:
        return fh.read()


def ffprobe_json(path: Path, *args: str) -> dict:
    out = subprocess.run(
        ["ffprobe", "-v", "error", *args, "-of", "json", str(path)],
        capture_output=True,
        check=True,
        timeout=60,
    )
    return json.loads(out.stdout)


def test_a_480p_upload_gets_360p_and_480p_with_hls_and_a_storyboard(client, ada, tmp_path):
    r = upload(client, ada, make_video(tmp_path / "clip.mp4", seconds=5, size="854x480"))
    assert r.status_code == 201, r.get_json()
    file_id = r.get_json()["data"]["id"]
    file = db.session.get(File, file_id)
    assert file.status == "ready", file.error

    renditions = rows(file_id, "rendition")
    assert sorted(renditions) == ["360p", "480p"]  # never above the source
    for name, height in (("360p", 360), ("480p", 480)):
        row = renditions[name]
        assert row.content_type == "video/mp4"
        assert row.meta["height"] == height
        assert row.meta["codecs"].startswith("avc1.64")  # H.264 High
        path = tmp_path / f"{name}.mp4"
        path.write_bytes(read(row.storage_key))
        info = ffprobe_json(path, "-show_streams", "-show_format")
        video = next(s for s in info["streams"] if s["codec_type"] == "video")
        audio = next(s for s in info["streams"] if s["codec_type"] == "audio")
        assert (video["codec_name"], video["profile"]) == ("h264", "High")
        assert video["height"] == height
        assert audio["codec_name"] == "aac"
        # Keyframes on the fixed 2 s grid (so every rung's segments line up).
        frames = ffprobe_json(
            path,
            "-select_streams",
            "v:0",
            "-skip_frame",
            "nokey",
            "-show_entries",
            "frame=pts_time",
        )["frames"]
        assert [round(float(f["pts_time"]), 2) for f in frames] == [0.0, 2.0, 4.0]
        # faststart: the moov box comes before the media data.
        head = path.read_bytes()[:4096]
        assert head.find(b"moov") != -1
        assert head.find(b"moov") < path.read_bytes().find(b"mdat")

    hls = rows(file_id, "hls")
    assert sorted(hls) == ["360p", "480p", "master"]
    master = read(hls["master"].storage_key).decode()
    assert master.startswith("#EXTM3U")
    assert master.index("360p/index.m3u8") < master.index("480p/index.m3u8")
    assert "RESOLUTION=854x480" in master
    assert 'CODECS="avc1.64' in master
    media = read(hls["480p"].storage_key).decode()
    assert '#EXT-X-MAP:URI="init.mp4"' in media
    durations = [
        float(line.split(":")[1].rstrip(","))
        for line in media.splitlines()
        if line.startswith("#EXTINF")
    ]
    assert sum(durations) == pytest.approx(5.0, abs=0.1)
    assert max(durations) <= 4.1
    prefix = f"derived/{file.owner_id}/{file_id}/hls/480p/"
    segments = sorted(k for k in storage().iter_keys(prefix) if k.endswith(".m4s"))
    assert len(segments) == len(durations)

    sprite = rows(file_id, "storyboard")["sprite"]
    assert sprite.content_type == "image/jpeg"
    assert sprite.meta["tile_width"] == 160
    assert sprite.meta["duration"] == pytest.approx(5.0, abs=0.1)

    job = db.session.query(Job).filter_by(file_id=file_id, kind="process").one()
    assert job.status == "completed"
    assert job.progress == 100
    assert job.result["renditions"] == ["360p", "480p"]
    steps = [line.details.get("step") for line in job.logs if line.details]
    assert steps.count("rendition") == 2
    assert {"probe", "thumbnails", "renditions", "hls", "storyboard", "done"} <= set(steps)


def test_a_tiny_video_gets_one_rung_at_its_own_size(client, ada, tmp_path):
    r = upload(client, ada, make_video(tmp_path / "tiny.mp4", seconds=2, size="320x240"))
    file_id = r.get_json()["data"]["id"]
    renditions = rows(file_id, "rendition")
    assert list(renditions) == ["240p"]
    assert (renditions["240p"].meta["width"], renditions["240p"].meta["height"]) == (320, 240)


def test_audio_and_disabled_ladders_get_none(client, ada, tmp_path, app):
    r = upload(client, ada, make_audio(tmp_path / "tone.mp3", seconds=1))
    file_id = r.get_json()["data"]["id"]
    assert db.session.get(File, file_id).status == "ready"
    assert rows(file_id, "rendition") == {}
    assert rows(file_id, "hls") == {}
    app.config["RENDITIONS_ENABLED"] = False
    r = upload(client, ada, make_video(tmp_path / "plain.mp4", seconds=1, size="320x240"))
    file_id = r.get_json()["data"]["id"]
    assert db.session.get(File, file_id).status == "ready"
    assert rows(file_id, "rendition") == {}
    assert len(rows(file_id, "thumbnail")) == 3


def test_cancelling_a_process_job_mid_ladder_then_retrying(app, make_user, tmp_path):
    """The worker runs in a thread here; the owner cancels from the 'request' side."""
    from t2m.services.library import files as library
    from t2m.uploads import Upload

    user = make_user("cal")
    app.config["QUEUE_IMMEDIATE"] = False
    from t2m.tasks import huey

    huey.immediate = False
    try:
        path = make_video(tmp_path / "long.mp4", seconds=30, size="854x480")
        import hashlib

        data = path.read_bytes()
        stored = library.upload(
            user,
            Upload(
                path=path,
                filename="long.mp4",
                size=len(data),
                sha256=hashlib.sha256(data).hexdigest(),
            ),
        )
        job = db.session.query(Job).filter_by(file_id=stored.id, kind="process").one()
        job_id, file_id = job.id, stored.id
        outcome = {}

        def work():
            with app.app_context():
                outcome["status"] = processing.run_process_job(job_id)

        worker = threading.Thread(target=work)
        worker.start()
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            db.session.expire_all()
            if db.session.get(Job, job_id).progress > 15:
                break
            time.sleep(0.1)
        else:
            pytest.fail("the ladder did not start")
        cancelled = jobs.cancel(user, job_id)
        worker.join(timeout=30)
        assert outcome["status"] == "cancelled"
        assert cancelled.status == "cancelled"
        db.session.expire_all()
        file = db.session.get(File, file_id)
        assert file.status == "failed"
        assert file.error == "Processing was cancelled."
        assert rows(file_id, "rendition") == {}
        assert rows(file_id, "hls") == {}
        prefix = f"derived/{user.id}/{file_id}/"
        left = sorted(storage().iter_keys(prefix))
        assert left  # the thumbnails stay, nothing else
        assert all("/thumbnail-" in k for k in left), left

        jobs.retry(user, job_id)  # queued again; run it as the worker would
        assert processing.run_process_job(job_id) == "completed"
        db.session.expire_all()
        assert db.session.get(File, file_id).status == "ready"
        assert sorted(rows(file_id, "rendition")) == ["360p", "480p"]
        assert db.session.get(Job, job_id).attempts == 2
    finally:
        huey.immediate = True
