"""``Idempotency-Key`` against the real gunicorn with four worker processes.

Concurrent ``POST /api/v1/jobs`` with one key and body land in different
processes (each with its own database connections); exactly one job may be
created, every answer is that job or ``409 IDEMPOTENCY_IN_PROGRESS``, and
later retries replay it. Run on the embedded SQLite database and, when
``T2M_TEST_DATABASE_URL`` is set, on a fresh PostgreSQL database too.
"""

from __future__ import annotations

import os
import threading
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests

from tests.conftest import BACKENDS
from tests.media_fixtures import make_video

from .conftest import register_via_api, run_live_server

pytestmark = pytest.mark.e2e

API = "/api/v1"
CLIENTS = 10
ROUNDS = 3  # keys raced, one after another: more chances for real overlap


@pytest.fixture(scope="module", params=BACKENDS)
def live_multi(request, tmp_path_factory):
    """gunicorn with four workers (``WEB_CONCURRENCY``), no rate limits."""
    env = {"WEB_CONCURRENCY": "4", "T2M_RATELIMIT_ENABLED": "false"}
    if request.param == "postgresql":
        env["T2M_DATABASE_URL"] = request.getfixturevalue("pg_server")()
    with run_live_server(tmp_path_factory.mktemp(f"live-idem-{request.param}"), env) as server:
        yield server


@pytest.fixture(scope="module")
def account(live_multi, tmp_path_factory) -> dict:
    """A user with one uploaded video: ``{"headers": ..., "file_id": ...}``."""
    token = register_via_api(live_multi.url)["access_token"]
    headers = {"Authorization": f"Bearer {token}"}
    clip = make_video(tmp_path_factory.mktemp("clip") / "clip.mp4", seconds=1, audio=False)
    with open(clip, "rb") as fh:
        r = requests.post(
            live_multi.url + API + "/files/upload",
            headers=headers,
            files={"file": ("clip.mp4", fh, "video/mp4")},
            timeout=60,
        )
    assert r.status_code == 201, r.text
    assert r.json()["data"]["file_type"] == "video"
    return {"headers": headers, "file_id": r.json()["data"]["id"]}


def _encode_jobs(base: str, headers: dict) -> list[dict]:
    r = requests.get(
        base + API + "/jobs",
        params={"type": "transcode", "items_per_page": 100},
        headers=headers,
        timeout=30,
    )
    assert r.status_code == 200, r.text
    return r.json()["data"]["items"]


def _race(url: str, headers: dict, body: dict, n: int) -> list[requests.Response]:
    """``n`` clients send the same request at the same moment."""
    barrier = threading.Barrier(n)

    def send(_):
        barrier.wait(timeout=30)
        return requests.post(url, json=body, headers=headers, timeout=60)

    with ThreadPoolExecutor(max_workers=n) as pool:
        return list(pool.map(send, range(n)))


def test_concurrent_duplicates_create_one_job(live_multi, account):
    base, file_id = live_multi.url, account["file_id"]
    in_progress = 0
    for round_ in range(ROUNDS):
        key = f"e2e-{round_}-{os.urandom(6).hex()}"
        headers = {**account["headers"], "Idempotency-Key": key}
        body = {"source": {"file_id": file_id}, "externalId": key}
        before = {j["id"] for j in _encode_jobs(base, account["headers"])}

        responses = _race(base + API + "/jobs", headers, body, CLIENTS)

        created = [j for j in _encode_jobs(base, account["headers"]) if j["id"] not in before]
        assert len(created) == 1, (created, [r.text for r in responses])
        job_id = created[0]["id"]
        originals = 0
        for r in responses:
            data = r.json()
            assert data["meta"]["request_id"] == r.headers["X-Request-ID"]
            if r.status_code == 409:
                assert data["error"]["code"] == "IDEMPOTENCY_IN_PROGRESS", r.text
                in_progress += 1
                continue
            assert r.status_code in (201, 202), (r.status_code, r.text)
            assert data["data"]["jobId"] == job_id, r.text
            if r.headers.get("Idempotent-Replayed") != "true":
                originals += 1
        assert originals == 1, [(r.status_code, dict(r.headers)) for r in responses]

        # Later retries (in any worker) replay the same job.
        for _ in range(4):
            again = requests.post(base + API + "/jobs", json=body, headers=headers, timeout=30)
            assert again.status_code in (201, 202), again.text
            assert again.headers["Idempotent-Replayed"] == "true"
            assert again.json()["data"]["jobId"] == job_id

        # The same key with another body is refused, and creates nothing.
        other = {**body, "codec": "h265"}
        r = requests.post(base + API + "/jobs", json=other, headers=headers, timeout=30)
        assert r.status_code == 409, r.text
        assert r.json()["error"]["code"] == "IDEMPOTENCY_CONFLICT"
        assert len(_encode_jobs(base, account["headers"])) == len(before) + 1
    # Not asserted (timing decides), but worth seeing when run with -s.
    print(f"{in_progress} of {ROUNDS * CLIENTS} racing requests were told IN_PROGRESS")


def test_keys_are_per_user_across_workers(live_multi, account):
    other = register_via_api(live_multi.url)["access_token"]
    other_headers = {"Authorization": f"Bearer {other}"}
    key = "shared-" + os.urandom(6).hex()
    body = {"source": {"file_id": account["file_id"]}}
    mine = requests.post(
        live_multi.url + API + "/jobs",
        json=body,
        headers={**account["headers"], "Idempotency-Key": key},
        timeout=30,
    )
    assert mine.status_code == 201, mine.text
    # The other user's same key is not a replay of mine: the file is not theirs.
    theirs = requests.post(
        live_multi.url + API + "/jobs",
        json=body,
        headers={**other_headers, "Idempotency-Key": key},
        timeout=30,
    )
    assert theirs.status_code == 404, theirs.text
    assert "Idempotent-Replayed" not in theirs.headers
