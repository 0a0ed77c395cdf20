"""Job control with real workers: progress while encoding, cancel that kills
ffmpeg, and a consumer killed with SIGKILL mid-encode whose job is taken over
by another consumer and finishes exactly once."""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
import requests

from tests.media_fixtures import make_video
from tests.test_api_files import upload

from .conftest import BIN, ROOT, free_port, register_via_api, run_live_server, server_env

pytestmark = pytest.mark.e2e

API = "/api/v1"


def ffmpeg_pids_for_job(job_id: int) -> list[int]:
    """ffmpeg processes working in this job's scratch folder."""
    marker = f"/tmp/jobs/{job_id}/"
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            cmdline = (entry / "cmdline").read_bytes().replace(b"\0", b" ").decode()
        except OSError:
            continue
        if "ffmpeg" in cmdline and marker in cmdline:
            found.append(int(entry.name))
    return found


def upload_video(url: str, headers: dict, path: Path) -> int:
    with path.open("rb") as fh:
        r = requests.post(
            url + API + "/files/upload",
            headers=headers,
            files={"file": (path.name, fh, "video/mp4")},
            timeout=60,
        )
    assert r.status_code == 201, r.text
    return r.json()["data"]["id"]


def get_job(url: str, headers: dict, job_id: int) -> dict:
    r = requests.get(f"{url}{API}/jobs/{job_id}", headers=headers, timeout=30)
    assert r.status_code == 200, r.text
    return r.json()["data"]


def wait_for(predicate, timeout: float, interval: float = 0.2, what: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(interval)
    raise AssertionError(f"timed out waiting for {what}")


def cancel_and_see_ffmpeg_die(url: str, headers: dict, job_id: int, pids: list[int]) -> None:
    """Cancel a running job: the answer is "cancelled" and its ffmpeg is gone
    within a couple of seconds."""
    asked = time.monotonic()
    r = requests.post(f"{url}{API}/jobs/{job_id}/cancel", headers=headers, timeout=30)
    assert r.status_code == 200, r.text
    assert r.json()["data"]["status"] == "cancelled"
    wait_for(lambda: not ffmpeg_pids_for_job(job_id), 2.0, 0.05, "ffmpeg to die")
    assert time.monotonic() - asked < 3.0
    for pid in pids:
        assert not Path(f"/proc/{pid}").exists() or "zombie" in _state(pid)


@pytest.fixture(scope="module")
def jobs_server(tmp_path_factory):
    with run_live_server(
        tmp_path_factory.mktemp("live-jobs"),
        {"T2M_RATELIMIT_ENABLED": "false", "T2M_RENDITIONS_ENABLED": "false"},
    ) as server:
        yield server


def test_progress_moves_and_cancel_kills_ffmpeg(jobs_server, tmp_path):
    url = jobs_server.url
    headers = {"Authorization": f"Bearer {register_via_api(url)['access_token']}"}
    source = upload_video(
        url, headers, make_video(tmp_path / "long.mp4", seconds=120, size="640x360")
    )
    r = requests.post(
        url + API + "/jobs",
        headers=headers,
        json={"source": {"file_id": source}, "codec": "h265", "quality": "high"},
        timeout=30,
    )
    assert r.status_code == 201, r.text
    job_id = r.json()["data"]["jobId"]

    # Progress: watched for 4 s while ffmpeg encodes two minutes of video; it only moves forward and
    # never stands still for more than 2 s.
    wait_for(lambda: get_job(url, headers, job_id)["progress"] > 3, 60, what="encoding to start")
    seen: list[tuple[float, float]] = []
    started = time.monotonic()
    while time.monotonic() - started < 4:
        seen.append((time.monotonic(), get_job(url, headers, job_id)["progress"]))
        time.sleep(0.25)
    values = [p for _, p in seen]
    assert values == sorted(values), values
    assert values[-1] < 100
    changes = [t for (t, p), (_, q) in itertools.pairwise(seen) if q != p]
    gaps = [b - a for a, b in zip([started, *changes], [*changes, seen[-1][0]], strict=False)]
    assert max(gaps) <= 2.5, (gaps, values)

    pids = ffmpeg_pids_for_job(job_id)
    assert pids, "ffmpeg should be running for the job"
    cancel_and_see_ffmpeg_die(url, headers, job_id, pids)

    job = get_job(url, headers, job_id)
    assert job["status"] == "cancelled"
    assert job["progress"] < 100
    assert job["output_file_id"] is None
    owner = requests.get(url + API + "/auth/me", headers=headers, timeout=30).json()["data"]["id"]
    assert not list((jobs_server.instance / "media" / "outputs").glob(f"{owner}/{job_id}.*"))
    assert not (jobs_server.instance / "tmp" / "jobs" / str(job_id)).exists()
    logs = requests.get(f"{url}{API}/jobs/{job_id}/logs", headers=headers, timeout=30).json()
    messages = [x["message"] for x in logs["data"]["logs"]]
    assert "Cancellation requested" in messages
    assert "Cancelled; partial outputs removed" in messages

    # A cancelled job is finished: cancelling again is a conflict; it can be retried.
    again = requests.post(f"{url}{API}/jobs/{job_id}/cancel", headers=headers, timeout=30)
    assert again.status_code == 409
    assert again.json()["error"]["code"] == "JOB_FINISHED"


def _state(pid: int) -> str:
    try:
        return Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return "zombie"


# ---- crash safety --------------------------------------------------------------------


@contextlib.contextmanager
def consumer(env: dict, log: Path):
    """One Huey consumer process (``flask worker``) in its own process group."""
    with log.open("ab") as out:
        proc = subprocess.Popen(
            [str(BIN / "flask"), "--app", "wsgi", "worker", "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL,
            start_new_session=True,
        )
    try:
        yield proc
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        proc.wait(timeout=20)


def test_a_killed_worker_s_job_is_taken_over_and_finishes_once(tmp_path):
    from t2m import create_app
    from t2m.extensions import db
    from t2m.models import Blob, File, Job, JobLog

    instance = tmp_path / "instance"
    instance.mkdir()
    env = server_env(
        instance,
        free_port(),
        {"T2M_JOB_LEASE_SECONDS": "3", "T2M_RENDITIONS_ENABLED": "false"},
    )
    subprocess.run(
        [str(BIN / "flask"), "--app", "wsgi", "db", "upgrade"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        timeout=120,
    )
    app = create_app(
        {
            "INSTANCE_PATH": str(instance),
            "RATELIMIT_ENABLED": False,
            "JOB_LEASE_SECONDS": 3,
            "RENDITIONS_ENABLED": False,
            "QUEUE_IMMEDIATE": False,
        }
    )
    log = tmp_path / "workers.log"
    with app.app_context():
        client = app.test_client()
        reg = client.post(
            API + "/auth/register",
            json={"email": "k@example.com", "username": "killer", "password": "x" * 12},
        )
        assert reg.status_code == 202, reg.get_json()
        signed_in = client.post(
            API + "/auth/login", json={"username": "killer", "password": "x" * 12}
        )
        headers = {"Authorization": f"Bearer {signed_in.get_json()['data']['access_token']}"}
        clip = make_video(tmp_path / "c.mp4", seconds=30, size="640x360")
        up = upload(client, headers, clip)
        assert up.status_code == 201, up.get_json()
        source = up.get_json()["data"]["id"]
        r = client.post(
            API + "/jobs",
            headers=headers,
            json={"source": {"file_id": source}, "codec": "h265", "quality": "high"},
        )
        assert r.status_code == 201, r.get_json()
        job_id = r.get_json()["data"]["jobId"]

        def job() -> Job:
            db.session.expire_all()
            return db.session.get(Job, job_id)

        with consumer(env, log) as first:
            wait_for(
                lambda: job().status == "processing" and job().progress > 15,
                90,
                what="the first worker to be encoding",
            )
            assert ffmpeg_pids_for_job(job_id)
            progress_at_kill = job().progress
            os.kill(first.pid, signal.SIGKILL)  # the consumer only, not its group
            first.wait(timeout=10)
        # ffmpeg died with the thread that started it.
        wait_for(lambda: not ffmpeg_pids_for_job(job_id), 5, 0.1, "the orphan ffmpeg to die")
        assert job().status == "processing"  # nobody has noticed yet
        assert job().attempts == 1

        def all_done() -> bool:
            db.session.expire_all()
            return (
                not db.session.query(Job).filter(Job.status.in_(("queued", "processing"))).count()
            )

        with consumer(env, log):
            wait_for(
                lambda: job().status in ("completed", "failed"),
                180,
                0.5,
                "the second worker to finish the job",
            )
            # ... and the output's own (thumbnail) job after it.
            wait_for(all_done, 60, 0.5, "every job to finish")
        final = job()
        assert final.status == "completed", (final.error, log.read_text()[-3000:])
        assert final.attempts == 2
        assert final.progress == 100
        assert progress_at_kill < 100
        messages = [
            line.message
            for line in db.session.query(JobLog).filter_by(job_id=job_id).order_by(JobLog.id)
        ]
        assert sum(m.startswith("Taken over") for m in messages) == 1
        assert messages.count("Completed") == 1
        # One output file, one stored object, nothing left in scratch space.
        outputs = db.session.query(File).filter(File.description == f"Encoded by job {job_id}")
        assert outputs.count() == 1
        assert final.output_file_id == outputs.one().id
        stored = list((instance / "media" / "outputs").rglob("*"))
        assert [p.name for p in stored if p.is_file()] == [f"{job_id}.mp4"]
        blob = db.session.get(Blob, outputs.one().blob_id)
        assert blob.storage_key == f"outputs/{final.owner_id}/{job_id}.mp4"
        leftovers = instance / "tmp" / "jobs"
        assert not leftovers.exists() or not any(leftovers.iterdir())


def test_a_generation_cancelled_mid_composition_stops_at_once(jobs_server):
    """A real worker composing a story video: cancel kills its ffmpeg, the job
    ends cancelled with no video, and the stage outputs made so far stay for a retry."""
    url = jobs_server.url
    headers = {"Authorization": f"Bearer {register_via_api(url)['access_token']}"}
    r = requests.post(
        f"{url}{API}/videos/generate",
        headers=headers,
        json={"story_topic": "mystery", "duration": 60, "quality": "1080p", "seed": 2},
        timeout=30,
    )
    assert r.status_code == 202, r.text
    job_id = r.json()["data"]["id"]

    def composing() -> bool:
        status = requests.get(f"{url}{API}/videos/{job_id}/status", headers=headers, timeout=30)
        return status.json()["data"]["stage"] == "compose" and ffmpeg_pids_for_job(job_id)

    wait_for(composing, 120, 0.1, "composition to start")
    pids = ffmpeg_pids_for_job(job_id)
    cancel_and_see_ffmpeg_die(url, headers, job_id, pids)
    status = requests.get(f"{url}{API}/videos/{job_id}/status", headers=headers, timeout=30)
    data = status.json()["data"]
    assert data["status"] == "cancelled"
    assert data["video_file_id"] is None
    assert data["scenes_ready"] == data["scenes_total"] > 1  # kept for a retry
    files = requests.get(f"{url}{API}/files", headers=headers, timeout=30).json()["data"]
    assert files["items"] == []
    outputs = jobs_server.instance / "media" / "outputs"
    assert not outputs.exists() or not any(outputs.rglob(f"generation-{job_id}-*"))
