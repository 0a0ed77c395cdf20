"""System health: database, queue (and a live worker), storage and ffmpeg."""

from __future__ import annotations

import contextlib
import secrets
import time

from flask import current_app
from sqlalchemy import text

from t2m.extensions import db
from t2m.media import process

VERSION = "0.1.0"


def _timed(fn) -> dict:
    start = time.perf_counter()
    try:
        status, detail = fn()
    except Exception as exc:  # a failed probe is a result, not an error
        status, detail = "down", f"{type(exc).__name__}: {exc}"[:300]
    return {
        "status": status,
        "latency_ms": round((time.perf_counter() - start) * 1000, 2),
        "detail": detail,
    }


def _database():
    db.session.execute(text("SELECT 1"))
    db.session.rollback()
    return "ok", db.engine.dialect.name


def _queue():
    from t2m.tasks import huey
    from t2m.tasks.system import ping

    token = secrets.token_hex(8)
    result = ping(token)
    timeout = current_app.config["HEALTH_QUEUE_TIMEOUT"]
    try:
        answer = result.get(blocking=True, timeout=timeout)
    except Exception:  # huey raises ResultTimeout when no worker answered
        answer = None
    backend = type(huey.storage).__name__
    if answer and answer.get("token") == token:
        return "ok", f"{backend}: a worker answered"
    with contextlib.suppress(Exception):  # best-effort clean-up of the unanswered probe
        result.revoke()
    return "degraded", f"{backend}: queue reachable, no worker answered in {timeout:g}s"


def _storage():
    from t2m.storage import storage

    return "ok", storage().check()


_ffmpeg_cache: dict[str, tuple[str, str]] = {}


def _ffmpeg():
    binary = current_app.config["FFMPEG_BINARY"]
    if binary not in _ffmpeg_cache:
        result = process.run([binary, "-hide_banner", "-version"], timeout=10, max_output=65536)
        out = result.stdout.decode("utf-8", "replace")
        _ffmpeg_cache[binary] = ("ok", out.splitlines()[0] if out else binary)
    return _ffmpeg_cache[binary]


def check() -> dict:
    """Run every probe: ``down`` if the database, queue or storage is down,
    ``degraded`` if no worker answered or ffmpeg is missing."""
    checks = {
        "database": _timed(_database),
        "queue": _timed(_queue),
        "storage": _timed(_storage),
        "ffmpeg": _timed(_ffmpeg),
    }
    if any(checks[name]["status"] == "down" for name in ("database", "queue", "storage")):
        overall = "down"
    elif any(c["status"] != "ok" for c in checks.values()):
        overall = "degraded"
    else:
        overall = "ok"
    return {"status": overall, "version": VERSION, "checks": checks}
