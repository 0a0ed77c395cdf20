"""GET /api/v1/system/health against real probes, and the queue with a real worker."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from .conftest import REDIS_URL, assert_error

ROOT = Path(__file__).resolve().parent.parent
HEALTH = "/api/v1/system/health"


def test_health_reports_every_check(client):
    r = client.get(HEALTH)
    assert r.status_code == 200
    data = r.get_json()["data"]
    assert r.get_json()["success"] is True
    assert set(data["checks"]) == {"database", "queue", "storage", "ffmpeg"}
    for check in data["checks"].values():
        assert check["status"] == "ok", check
        assert check["latency_ms"] >= 0
    assert data["status"] == "ok"
    assert data["checks"]["ffmpeg"]["detail"].startswith("ffmpeg version")


def test_health_without_ffmpeg_is_degraded(app_factory):
    app = app_factory(FFMPEG_BINARY="/nonexistent/ffmpeg")
    r = app.test_client().get(HEALTH)
    assert r.status_code == 200
    data = r.get_json()["data"]
    assert data["status"] == "degraded"
    assert data["checks"]["ffmpeg"]["status"] == "down"


def test_health_without_a_worker_is_degraded(app_factory, tmp_path):
    app = app_factory(
        QUEUE_IMMEDIATE=False, QUEUE_URL=f"sqlite:///{tmp_path / 'q.db'}", HEALTH_QUEUE_TIMEOUT=0.5
    )
    data = app.test_client().get(HEALTH).get_json()["data"]
    assert data["status"] == "degraded"
    assert data["checks"]["queue"]["status"] == "degraded"
    assert "no worker" in data["checks"]["queue"]["detail"]


def test_health_with_unreachable_queue_is_503(app_factory):
    app = app_factory(
        QUEUE_IMMEDIATE=False, QUEUE_URL="redis://127.0.0.1:1/0", HEALTH_QUEUE_TIMEOUT=0.5
    )
    error = assert_error(app.test_client().get(HEALTH), 503, "SERVICE_UNAVAILABLE")
    assert "queue" in error["details"]


def _start_worker(env_overrides: dict, log: Path) -> subprocess.Popen:
    env = {**os.environ, **env_overrides}
    with log.open("wb") as out:
        return subprocess.Popen(
            [sys.executable, "-m", "flask", "--app", "wsgi", "worker", "--workers", "1"],
            cwd=ROOT,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )


def _stop(proc: subprocess.Popen) -> None:
    os.killpg(proc.pid, signal.SIGTERM)
    try:
        proc.wait(timeout=15)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.wait()


QUEUES = ["sqlite"] + (["redis"] if REDIS_URL else [])


@pytest.mark.parametrize("queue", QUEUES)
def test_health_queue_answered_by_a_real_worker(
    app_factory, database_urls, backend, tmp_path, queue
):
    queue_url = REDIS_URL if queue == "redis" else f"sqlite:///{tmp_path / 'queue.db'}"
    app = app_factory(QUEUE_IMMEDIATE=False, QUEUE_URL=queue_url, HEALTH_QUEUE_TIMEOUT=10)
    worker = _start_worker(
        {
            "T2M_INSTANCE_PATH": app.config["INSTANCE_PATH"],
            "T2M_QUEUE_URL": queue_url,
            "T2M_DATABASE_URL": database_urls[backend],
        },
        tmp_path / "worker.log",
    )
    try:
        client = app.test_client()
        deadline = time.monotonic() + 60
        while True:
            data = client.get(HEALTH).get_json()["data"]
            if data["checks"]["queue"]["status"] == "ok" or time.monotonic() > deadline:
                break
        assert data["checks"]["queue"]["status"] == "ok", (
            data,
            (tmp_path / "worker.log").read_text()[-2000:],
        )
        assert "a worker answered" in data["checks"]["queue"]["detail"]
        expected = "RedisStorage" if queue == "redis" else "SqliteStorage"
        assert data["checks"]["queue"]["detail"].startswith(expected)
    finally:
        _stop(worker)
